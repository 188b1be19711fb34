"""Error analysis of a quote extractor on the dev half, by class (issue #15, step 1).

``newsgold score --errors`` lists misses, spurious items and speaker errors but not the quotes
that match at coverage:0.3 with the wrong boundaries, which is where exact-boundary F1 is lost;
this script pairs predictions with gold itself and prints every error under its class.

Usage (in eval/devset; GOLD_DIR must hold the dev half's gold only, never the test half's)::

    python sources/error_classes.py PREDICTIONS.jsonl GOLD_DIR [--verbose]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his"}


def _load(path: Path) -> dict[str, dict]:
    if path.is_dir():
        return {p.stem: json.loads(p.read_text()) for p in sorted(path.glob("*.json"))}
    return {d["doc_id"]: d for d in map(json.loads, path.read_text().splitlines()) if d}


def _cover(a: list[list[int]], b: list[list[int]]) -> float:
    """Characters of ``a`` covered by ``b``, as a share of ``a``."""
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    return inter / max(1, sum(e - s for s, e in a))


def _source_kind(text: str, span: list[int] | None) -> str:
    if span is None:
        return "no span"
    s = text[span[0] : span[1]]
    if s.lower() in PRONOUNS:
        return "pronoun"
    if s[:1].islower() or s.split()[0].lower() in {"the", "a", "an"}:
        return "description"
    return "name"


def _boundary_class(text: str, g: list[list[int]], p: list[list[int]]) -> str:
    gs, ge, ps, pe = g[0][0], g[-1][1], p[0][0], p[-1][1]
    parts = []
    if len(g) != len(p):
        parts.append(f"fragments {len(p)} for {len(g)}")
    if ps < gs:
        parts.append(f"starts early +{text[ps:gs]!r}")
    elif ps > gs:
        parts.append(f"starts late -{text[gs:ps]!r}")
    if pe > ge:
        parts.append(f"ends late +{text[ge:pe]!r}")
    elif pe < ge:
        parts.append(f"ends early -{text[pe:ge]!r}")
    return "; ".join(parts) or "inner fragments differ"


def main(argv: list[str]) -> int:
    pred, gold = _load(Path(argv[0])), _load(Path(argv[1]))
    docs = {}
    for line in Path("corpus/data/documents.jsonl").read_text().splitlines():
        d = json.loads(line)
        if d["doc_id"] in gold:  # never read a document whose gold is not given (the test half)
            docs[d["doc_id"]] = d["text"]
    classes: Counter[str] = Counter()
    lines: list[str] = []
    for doc_id, g in gold.items():
        text = docs[doc_id]
        preds = pred.get(doc_id, {}).get("quotes", [])
        used: set[int] = set()
        for gq in g["quotes"]:
            best = max(range(len(preds)), key=lambda i: _cover(gq["content"], preds[i]["content"]), default=None)
            if best is None or _cover(gq["content"], preds[best]["content"]) < 0.3:
                cls = f"miss {gq['type']} ({'cue' if gq['cue'] else 'no cue'})"
                classes[cls] += 1
                cue = text[gq["cue"][0] : gq["cue"][1]] if gq["cue"] else None
                lines.append(f"{cls}: {doc_id} {gq['id']} cue={cue!r} {text[gq['content'][0][0] : gq['content'][-1][1]][:110]!r}")
                continue
            used.add(best)
            pq = preds[best]
            if pq["content"] != gq["content"]:
                b = _boundary_class(text, gq["content"], pq["content"])
                classes[f"boundary {gq['type']}"] += 1
                lines.append(f"boundary {gq['type']}: {doc_id} {gq['id']} {b}"[:260])
            ge, pe = gq["source"]["entity"], pq["source"].get("entity")
            if ge != pe:
                kind = _source_kind(text, gq["source"]["span"])
                cls = f"speaker {'none' if pe is None else 'wrong'} (gold {kind})"
                classes[cls] += 1
                gspan = gq["source"]["span"]
                psp = pq["source"].get("span")
                lines.append(
                    f"{cls}: {doc_id} {gq['id']} gold={ge} {text[gspan[0] : gspan[1]] if gspan else None!r} "
                    f"pred={pe} {text[psp[0] : psp[1]] if psp else None!r}"
                )
        for i, pq in enumerate(preds):
            if i not in used and all(_cover(pq["content"], gq["content"]) < 0.3 for gq in g["quotes"]):
                classes[f"spurious {pq['type']}"] += 1
                lines.append(f"spurious {pq['type']}: {doc_id} {pq['id']} {text[pq['content'][0][0] : pq['content'][-1][1]][:110]!r}")
    for cls, n in classes.most_common():
        print(f"{n:3d}  {cls}")
    if "--verbose" in argv:
        print()
        print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
