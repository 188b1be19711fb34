"""Train ``quotes`` v13's speaker stage on the dev half, or check the shipped model (issue #15).

Reads the dev half of ``eval/devset`` only (the 42 documents frozen in ``sources/dev42.json``,
which dev had before ``more3`` joined it; test and unseen are never opened), with the entity
registry frozen for v12 (``train_v12_entities.json``, see ``train_v12.py``) so that a retrain reproduces the shipped file whatever splits come later.  One
model serves both uses: its rows are the dev quotes' candidates found with that registry and
found again without any registry (names as written), fitted together.
Usage, from the repository root::

    .venv/bin/python eval/devset/sources/train_v13_speakers.py --check     # retrain; exit 1 if the shipped file differs
    .venv/bin/python eval/devset/sources/train_v13_speakers.py --write [--overwrite] [--out FILE]
    .venv/bin/python eval/devset/sources/train_v13_speakers.py --cv [--c 0.3 --c 1 ...]

``--detector module:Class`` trains on another extractor's quotes (a class taking a config dict,
with ``detect(document) -> Detected``, see ``v13_speakers_training``); the default is v12's
detection.  ``--with-rules`` keeps the detecting extractor's own resolution among the features
(the shipped model leaves it out: on dev, where v11's rules were written, the model learns to
follow them, and on new articles they are right far less often).  ``--cv`` prints grouped 6-fold
CV figures by document and by outlet, with and without the registry, for v12's ranker and this
stage, and the candidate sets' oracle rates.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes import v13_speakers_training as S
from newsgold.output.files import OverwriteRefused, write_files
from newsgold.scoring.entities import EntityMatcher

DEVSET = Path(__file__).resolve().parents[1]
MODEL = Path(__file__).resolve().parents[3] / "src" / "newsgold" / "data" / "quotes_v13_speakers.json"
TRAINING_ENTITIES = DEVSET / "sources" / "train_v12_entities.json"  # the registry v12 was trained with
CONFIG = {"entities": str(TRAINING_ENTITIES)}
C = 1.0  # chosen by grouped CV on dev (by document and by outlet) over 0.03 / 0.3 / 1, on the same folds


def detector_class(spec: str | None) -> Any:
    if spec is None:
        return S.V12Detection
    module, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise SystemExit(f"--detector {spec}: cannot load it ({exc})") from exc


def trained_text(detector: Any = S.V12Detection, with_rules: bool = False, c: float = C) -> str:
    """The model file the shipped one must equal, byte for byte (fit on every dev quote)."""
    ws, docs, gold = T.dev_set(DEVSET)
    rows = S.stage_rows([CONFIG, {}], docs, gold, EntityMatcher(ws.entities), detector)
    return T.dumps_model(S.fit(rows, c, None if with_rules else S.without_rules(rows)))


def _figures(name: str, scores: dict[str, float]) -> str:
    return f"{name:<56}speaker {scores['quotes.speaker.accuracy']:.3f}  e2e {scores['quotes.e2e.f1']:.3f}"


def cv_report(detector: Any, cs: list[float]) -> None:
    ws, docs, gold = T.dev_set(DEVSET)
    matcher = EntityMatcher(ws.entities)
    stage_rows = S.stage_rows([CONFIG, {}], docs, gold, matcher, detector)  # one model for both uses
    for registry in (True, False):
        config = CONFIG if registry else {}
        label = "registry" if registry else "no registry"
        systems: list[tuple[str, S.System]] = [("v12 ranker", S.V12System(config)), ("v13 stage", S.StageSystem(config, detector))]
        shipped = T.score(ws, docs, gold, {d.doc_id: S.V12Detection(config).extract(d) for d in docs})
        print(_figures(f"[{label}] v12 shipped (in-sample on dev)", shipped))
        for name, system in systems:
            n, reach = S.oracle_rate(system, docs, gold, matcher)
            rows = S.build_rows(system, docs, gold, matcher) if name.startswith("v12") else stage_rows
            print(f"[{label}] {name}: gold speaker among the candidates of {reach}/{n} matched quotes ({reach / n:.3f})")
            for c in [T.DEFAULT_C] if name.startswith("v12") else cs:  # v12: its shipped C
                for by in ("document", "outlet"):
                    keeps = [("all features", None)] if name.startswith("v12") else [("no rule_*", S.without_rules), ("with rule_*", None)]
                    for how, keep in keeps:
                        try:
                            scores, _ = S.cross_validate(ws, system, docs, gold, by, c, keep, rows)
                        except ValueError as exc:  # no registry: v12's candidates are often one, too few pairs
                            print(f"[{label}] {name} C={c:g} by {by}: cannot fit ({exc})")
                            continue
                        print(_figures(f"[{label}] {name} C={c:g} CV by {by}, {how}", scores), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="retrain and compare with the shipped model file")
    mode.add_argument("--write", action="store_true", help="retrain and write the model file")
    mode.add_argument("--cv", action="store_true", help="grouped cross-validation figures on dev")
    parser.add_argument("--overwrite", action="store_true", help="with --write: replace a different existing file")
    parser.add_argument("--out", type=Path, default=MODEL, help="with --write/--check: the model file (default: the shipped one)")
    parser.add_argument("--detector", help="module:Class of the detecting extractor (default: v12's detection)")
    parser.add_argument("--with-rules", action="store_true", help="keep the detecting extractor's resolution as features")
    parser.add_argument("--c", type=float, action="append", help=f"with --cv: the C values to compare (default {C})")
    args = parser.parse_args(argv)
    detector = detector_class(args.detector)
    if args.cv:
        cv_report(detector, args.c or [C])
        return 0
    text = trained_text(detector, args.with_rules)
    if args.check:
        shipped = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        same = shipped == text
        print(f"{args.out}: {'reproduced byte for byte' if same else 'DIFFERS from a retrained model'}")
        if not same and shipped:
            was, now = json.loads(shipped).get("sklearn"), json.loads(text)["sklearn"]
            if was != now:
                print(f"(the shipped model was trained with scikit-learn {was}, this one with {now}: install {was} to reproduce it)")
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
