"""The one comparison that chose ``quotes`` v13's speaker step, on the fresh ``more3`` split (session 11).

v13's detection with four speaker steps: v12's ranker (the shipped v12 model), the v13 speaker stage
as shipped (trained on v12's quotes, without the rules' choices as features), and the stage retrained
on v13's quotes without and with those features.  Prints content cov0.3 / exact / speaker / end-to-end
F1 per variant, with the devset registry and without one (aggregates only; no error is printed).
Run once, before v13 was scored on test, unseen or unseen2; ``more3`` has not been fresh for
speakers since.  From the repository root::

    .venv/bin/python eval/devset/sources/choose_v13_speakers.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes import v12
from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v12 import QuotesV12
from newsgold.extractors.quotes.v12_features import CandidateBuilder
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v13_speakers import SpeakerModel, SpeakerStage
from newsgold.schema import DocAnnotation, Source
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

DEVSET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_v13_speakers  # noqa: E402  (a script beside this one)


def v12_ranker_on_v13(document: Document, config: dict[str, Any]) -> DocAnnotation:
    """v13's quotes, speakers as v12 chooses them (its candidates and shipped ranker): v13 before the stage."""
    d = QuotesV13(config).detect(document)
    cands = CandidateBuilder(document.text, d.analysis, d.resolver, {}).build(d.ann.quotes or [], d.found)
    ranker, out = v12._shipped(), []
    for q, cs in zip(d.ann.quotes or [], cands, strict=True):
        best = ranker.best(cs)
        if best is not None and best.entity != q.source.entity:
            span = best.span if best.span is not None and best.features.get("named_same_sentence") else None
            q = replace(q, source=Source(span, best.entity))
        out.append(q)
    d.ann.quotes = out
    return d.ann


def main() -> None:
    ws = Workspace.at(DEVSET)
    ids = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))["more3"]
    docs = [ws.documents[d] for d in ids]
    ctx = ws.context()
    gold = {}
    for d in ids:
        gold.update(load_annotations(ws.gold_dir / f"{d}.json", ctx))
    retrained = {
        rules: SpeakerStage(SpeakerModel(json.loads(train_v13_speakers.trained_text(detector=QuotesV13, with_rules=rules))))
        for rules in (False, True)
    }
    for label, config in (("registry", {"entities": str(DEVSET / "annotations/entities.json")}), ("no registry", {})):
        variants = {
            "v12 as released": lambda d, c=config: QuotesV12(c).extract(d),
            "v13 detection + v12's ranker": lambda d, c=config: v12_ranker_on_v13(d, c),
            "v13 detection + stage as shipped": lambda d, c=config: QuotesV13(c).extract(d),
            "v13 detection + stage on v13's quotes": lambda d, c=config: QuotesV13(c, stage=retrained[False]).extract(d),
            "v13 detection + stage on v13's quotes, rules": lambda d, c=config: QuotesV13(c, stage=retrained[True]).extract(d),
        }
        for name, run in variants.items():
            s = T.score(ws, docs, gold, {d.doc_id: run(d) for d in docs})
            print(f"[{label}] {name:<48} " + "  ".join(f"{v:.3f}" for v in s.values()))


if __name__ == "__main__":
    main()
