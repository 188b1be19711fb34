"""Train ``quotes`` v12's speaker ranker on the dev half, or check the shipped model (issue #15).

Reads the dev half of ``eval/devset`` only (the 42 documents frozen in ``sources/dev42.json``;
test and unseen are never opened), with the entity registry frozen in ``train_v12_entities.json`` (see ``CONFIG``).  Usage, from the repository root::

    .venv/bin/python eval/devset/sources/train_v12.py --check          # retrain; exit 1 if the shipped file differs
    .venv/bin/python eval/devset/sources/train_v12.py --write [--overwrite]
    .venv/bin/python eval/devset/sources/train_v12.py --cv [--c 0.1 --c 1 ...]   # grouped CV by document

``--cv`` prints, per C (and without the rule features, as an ablation), the dev figures of a
grouped 6-fold cross-validation: each fold's documents are predicted by a model fitted on the
other folds' documents.  v11's dev score is printed beside it (optimistic: its rules were
written on dev).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgold.extractors.quotes import QuotesV11
from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v12 import QuotesV12
from newsgold.output.files import OverwriteRefused, write_files

DEVSET = Path(__file__).resolve().parents[1]
MODEL = Path(__file__).resolve().parents[3] / "src" / "newsgold" / "data" / "quotes_v12_ranker.json"
# The entity registry is shared by every split and grows when one is added (session 10's unseen2 added
# 61 entities), and v12's candidates read it; so the model is trained with the registry as it was when
# v12 was trained (annotations/entities.json of session 9, kept byte for byte beside this script), and a
# retrain reproduces the frozen model whatever splits come later.  At run time v12 reads the registry it
# is given, as every version does.
TRAINING_ENTITIES = DEVSET / "sources" / "train_v12_entities.json"
CONFIG = {"entities": str(TRAINING_ENTITIES)}


def trained_text() -> str:
    """The model file the shipped one must equal, byte for byte (fit on every dev quote)."""
    _, docs, gold = T.dev_set(DEVSET)
    return T.dumps_model(T.fit(T.build_rows(QuotesV12(CONFIG), docs, gold), T.DEFAULT_C))


def _figures(name: str, scores: dict[str, float]) -> str:
    keys = ("quotes.content.coverage:0.3.f1", "quotes.content.exact.f1", "quotes.speaker.accuracy", "quotes.e2e.f1")
    return f"{name:<34}" + "  ".join(f"{scores[k]:.3f}" for k in keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="retrain and compare with the shipped model file")
    mode.add_argument("--write", action="store_true", help="retrain and write the model file")
    mode.add_argument("--cv", action="store_true", help="grouped cross-validation figures on dev")
    parser.add_argument("--overwrite", action="store_true", help="with --write: replace a different existing file")
    parser.add_argument("--c", type=float, action="append", help="with --cv: the C values to compare (default: the shipped one)")
    args = parser.parse_args(argv)
    if args.cv:
        ws, docs, gold = T.dev_set(DEVSET)
        v11 = QuotesV11(CONFIG)
        extractor = QuotesV12(CONFIG)
        print(f"candidate recall (gold speaker among the candidates of matched quotes): {T.candidate_recall(docs, gold, extractor):.3f}")
        print(f"{'':<34}content  exact  speaker  e2e")
        print(_figures("v11 on dev (rules written on dev)", T.score(ws, docs, gold, {d.doc_id: v11.extract(d) for d in docs})))
        print(_figures("v12 shipped, in-sample on dev", T.score(ws, docs, gold, {d.doc_id: extractor.extract(d) for d in docs})))
        rows = T.build_rows(extractor, docs, gold)
        generic = {f for feats in rows.features for f in feats if not f.startswith("rule_")}
        for pairwise in (True, False):
            how = "pairwise" if pairwise else "pointwise"
            for c in args.c or [T.DEFAULT_C]:
                cv = T.cross_validate(ws, docs, gold, c, config=CONFIG, pairwise=pairwise)
                print(_figures(f"v12 {T.FOLDS}-fold CV {how} C={c:g}", cv), flush=True)
                cv = T.cross_validate(ws, docs, gold, c, config=CONFIG, keep=generic, pairwise=pairwise)
                print(_figures("  without rule_* features", cv), flush=True)
        return 0
    text = trained_text()
    if args.check:
        shipped = MODEL.read_text(encoding="utf-8") if MODEL.exists() else ""
        same = shipped == text
        print(f"{MODEL}: {'reproduced byte for byte' if same else 'DIFFERS from a retrained model'}")
        if not same:
            was, now = json.loads(shipped).get("sklearn") if shipped else None, json.loads(text)["sklearn"]
            if was != now:
                print(f"(the shipped model was trained with scikit-learn {was}, this one with {now}: install {was} to reproduce it)")
        return 0 if same else 1
    try:
        write_files({MODEL: text}, overwrite=args.overwrite)
    except OverwriteRefused as exc:
        print(f"{exc}\n{exc.diff}", file=sys.stderr)
        return 1
    print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
