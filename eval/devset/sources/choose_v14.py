"""The one comparison that chose the default ``quotes`` version in session 12, on the fresh ``more4`` split.

v13 as released; v14's detection with v13's speaker stage; v14 as built (its detection and the v14
speaker stage).  Prints content cov0.3 / exact / speaker / end-to-end F1 per variant, with the devset
registry and without one (aggregates only; no error is printed).  Run once, before v14 was scored on
test, unseen or unseen2; ``more4`` is not fresh since.  From the repository root::

    .venv/bin/python eval/devset/sources/choose_v14.py
"""

from __future__ import annotations

import json
from pathlib import Path

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v13_speakers import SpeakerStage
from newsgold.extractors.quotes.v14 import QuotesV14
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

DEVSET = Path(__file__).resolve().parents[1]


def main() -> None:
    ws = Workspace.at(DEVSET)
    ids = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))["more4"]
    docs = [ws.documents[d] for d in ids]
    ctx = ws.context()
    gold = {}
    for d in ids:
        gold.update(load_annotations(ws.gold_dir / f"{d}.json", ctx))
    print(f"{'':<62}content  exact  speaker  e2e")
    for label, config in (("registry", {"entities": str(DEVSET / "annotations/entities.json")}), ("no registry", {})):
        variants = {
            "v13 as released": QuotesV13(config),
            "v14 detection + v13's speaker stage": QuotesV14(config, stage=SpeakerStage.shipped()),
            "v14 as built (v14 speaker stage)": QuotesV14(config),
        }
        for name, extractor in variants.items():
            s = T.score(ws, docs, gold, {d.doc_id: extractor.extract(d) for d in docs})
            print(f"[{label}] {name:<48} " + "  ".join(f"{v:.3f}" for v in s.values()))


if __name__ == "__main__":
    main()
