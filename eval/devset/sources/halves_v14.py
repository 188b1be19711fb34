"""``quotes`` v14's rules one by one, on dev and on its two halves (issue #15, session 12).

Dev (``splits.json``'s ``dev``, 54 documents) is split by sorted document id into half A (even
positions) and B (odd), as for v13.  ``parenthesis`` and ``according_lead`` were written looking at
half A's errors only, ``quoted_sentence_end`` and ``say_pronoun`` after reading all of dev; the
figures per half show what each gains where it was not written.  Reads the dev half only.
Usage, from the repository root::

    .venv/bin/python eval/devset/sources/halves_v14.py

Columns: content F1 (coverage:0.3), exact F1, speaker accuracy, end-to-end F1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v14 import QuotesV14
from newsgold.extractors.quotes.v14_bounds import BOUNDS
from newsgold.extractors.quotes.v14_reports import REPORTS

DEVSET = Path(__file__).resolve().parents[1]
CONFIG = {"entities": str(DEVSET / "annotations" / "entities.json")}


def variants() -> dict[str, Any]:
    out: dict[str, Any] = {"v13": QuotesV13(CONFIG), "v14 without its rules": QuotesV14(CONFIG, bounds=(), reports=())}
    for rule in BOUNDS:
        out[f"v14 without {rule}"] = QuotesV14(CONFIG, bounds=tuple(b for b in BOUNDS if b != rule))
    for rule in REPORTS:
        out[f"v14 without {rule}"] = QuotesV14(CONFIG, reports=tuple(r for r in REPORTS if r != rule))
    out["v14"] = QuotesV14(CONFIG)
    return out


def main() -> int:
    ids = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))["dev"]
    ws, docs, gold = T.documents_and_gold(DEVSET, ids)
    half = {d: "AB"[i % 2] for i, d in enumerate(sorted(ids))}
    for name, extractor in variants().items():
        preds = {d.doc_id: extractor.extract(d) for d in docs}
        cells = []
        for h in ("all", "A", "B"):
            mine = [d for d in docs if h == "all" or half[d.doc_id] == h]
            s = T.score(ws, mine, {d.doc_id: gold[d.doc_id] for d in mine}, {d.doc_id: preds[d.doc_id] for d in mine})
            cells.append(f"{h}: " + " ".join(f"{v:.3f}" for v in s.values()))
        print(f"{name:34} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
