"""Train ``quotes`` v14's speaker stage on dev+more3, check the shipped model, or cross-validate it (issue #15).

Reads the frozen document list ``train_v14_speakers_docs.json`` (dev and more3 only; the loader
refuses any other split's document) and labels rows with the frozen registry
``train_v14_entities.json`` (the workspace registry when v14 was trained), so that a retrain
reproduces the shipped file byte for byte.  The detection is v13's.  One model serves both
uses: its rows are the quotes' candidates found with that registry and found again without one.
From the repository root::

    .venv/bin/python eval/devset/sources/train_v14_speakers.py --check     # retrain; exit 1 if the shipped file differs
    .venv/bin/python eval/devset/sources/train_v14_speakers.py --write [--overwrite] [--out FILE]
    .venv/bin/python eval/devset/sources/train_v14_speakers.py --cv [--c 0.3 --c 1 ...]

``--cv`` prints grouped 6-fold CV figures (by document and by outlet) with and without the
registry, for v13's stage and this one, both retrained per fold on the same documents with v13's
detection (speaker accuracy and end-to-end F1 as the dev suite scores them, coverage 0.3).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes import v13_speakers_training as S
from newsgold.extractors.quotes import v14_speakers_training as S14
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.output.files import OverwriteRefused, write_files

DEVSET = Path(__file__).resolve().parents[1]
MODEL = Path(__file__).resolve().parents[3] / "src" / "newsgold" / "data" / "quotes_v14_speakers.json"
DOCS = DEVSET / "sources" / "train_v14_speakers_docs.json"
TRAINING_ENTITIES = DEVSET / "sources" / "train_v14_entities.json"
CONFIG = {"entities": str(TRAINING_ENTITIES)}


def trained_text(c: float = S14.C) -> str:
    """The model file the shipped one must equal, byte for byte (fit on every listed document)."""
    _ws, docs, gold = S14.training_set(DEVSET, DOCS)
    rows = S14.rows_for(S14.StageSystemV14, [CONFIG, {}], docs, gold, S14.frozen_matcher(TRAINING_ENTITIES))
    return T.dumps_model(S14.fit(rows, c))


def _v13_stage(config: dict) -> S.StageSystem:
    return S.StageSystem(config, QuotesV13)


def cv_report(cs: list[float]) -> None:
    ws, docs, gold = S14.training_set(DEVSET, DOCS)
    matcher = S14.frozen_matcher(TRAINING_ENTITIES)
    systems = {"v13 stage": _v13_stage, "v14 stage": S14.StageSystemV14}
    rows = {name: S14.rows_for(system, [CONFIG, {}], docs, gold, matcher) for name, system in systems.items()}
    print(f"{len(docs)} documents (dev+more3), v13's detection; one model per stage for both uses, retrained per fold")
    for registry in (True, False):
        config = CONFIG if registry else {}
        label = "registry" if registry else "no registry"
        for name, system in systems.items():
            n, reach = S.oracle_rate(system(config), docs, gold, matcher)
            print(f"[{label}] {name}: gold speaker among the candidates of {reach}/{n} matched quotes ({reach / n:.3f})")
            for c in cs:
                for by in ("document", "outlet"):
                    scores, _ = S.cross_validate(ws, system(config), docs, gold, by, c, S.without_rules, rows[name])
                    print(
                        f"[{label}] {name} C={c:g} CV by {by:<8}  speaker {scores['quotes.speaker.accuracy']:.3f}"
                        f"  e2e {scores['quotes.e2e.f1']:.3f}",
                        flush=True,
                    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="retrain and compare with the shipped model file")
    mode.add_argument("--write", action="store_true", help="retrain and write the model file")
    mode.add_argument("--cv", action="store_true", help="grouped cross-validation figures")
    parser.add_argument("--overwrite", action="store_true", help="with --write: replace a different existing file")
    parser.add_argument("--out", type=Path, default=MODEL, help="with --write/--check: the model file (default: the shipped one)")
    parser.add_argument("--c", type=float, action="append", help=f"with --cv: the C values to compare (default {S14.C})")
    args = parser.parse_args(argv)
    if args.cv:
        cv_report(args.c or [S14.C])
        return 0
    text = trained_text()
    if args.check:
        shipped = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        same = shipped == text
        print(f"{args.out}: {'reproduced byte for byte' if same else 'DIFFERS from a retrained model'}")
        return 0 if same else 1
    try:
        write_files({args.out: text}, overwrite=args.overwrite)
    except OverwriteRefused as exc:
        print(f"{exc}\n{exc.diff}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
