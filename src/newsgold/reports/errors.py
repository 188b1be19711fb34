"""Error listings: every missed, spurious, mis-bounded or mis-attributed item with its context.

One JSON object per line, so a listing greps and diffs well and two runs compare item by item.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from newsgold.corpus import Document
from newsgold.layers import registry
from newsgold.schema import DocAnnotation
from newsgold.scoring.corpus import CorpusScores
from newsgold.scoring.results import ItemMatch

if TYPE_CHECKING:
    from newsgold.layers.spans import SpanLayer

CONTEXT = 60


def _span_layer(name: str) -> SpanLayer:
    """The layer of a span item or an item match (those come only from span layers)."""
    return cast("SpanLayer", registry[name])


def spans_of(item: Any, layer: str | None = None) -> list[tuple[int, int]]:
    """The fragments of a span layer's item (its layer found by type when not named)."""
    if layer is None:
        layer = next(lay.name for lay in registry if isinstance(item, lay.item_type))
    return _span_layer(layer).frags(item)


def context(text: str, spans: list[tuple[int, int]], width: int = CONTEXT) -> str:
    """The text around ``spans`` with each fragment in ⟦ ⟧, e.g. ``…he said ⟦no talks⟧ on…``."""
    if not spans:
        return ""
    lo, hi = max(0, spans[0][0] - width), min(len(text), spans[-1][1] + width)
    out, pos = [], lo
    for s, e in spans:
        out += [text[pos:s], "⟦", text[s:e], "⟧"]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out).replace("\n", " ") + ("…" if hi < len(text) else "")


def item_errors(m: ItemMatch, gold: DocAnnotation, pred: DocAnnotation, text: str) -> list[dict[str, Any]]:
    """The error records of one item match (none when it is fully right)."""
    layer = _span_layer(m.layer)
    g = getattr(gold, m.layer)[m.gold] if m.gold is not None else None
    p = getattr(pred, m.layer)[m.pred] if m.pred is not None else None
    kinds = []
    if m.kind != "tp":
        kinds.append({"fn": "missed", "fp": "spurious", "boundary": "boundary"}[m.kind])
    elif m.attribution in ("wrong", "abstained"):
        kinds.append("wrong_speaker" if m.attribution == "wrong" else "no_speaker")
    if m.kind == "tp" and m.gold_label != m.pred_label:
        kinds.append("wrong_type")
    base = {
        "layer": m.layer,
        "gold_id": m.gold_id,
        "pred_id": m.pred_id,
        "outcome": m.outcome,
        "gold_text": None if g is None else " … ".join(text[s:e] for s, e in layer.frags(g)),
        "pred_text": None if p is None else " … ".join(text[s:e] for s, e in layer.frags(p)),
        "gold_speaker": None if g is None else layer.who(g),
        "pred_speaker": None if p is None else layer.who(p),
        "gold_label": m.gold_label,
        "pred_label": m.pred_label,
        "context": context(text, layer.frags(g if g is not None else p)),
    }
    return [{"error": k, **base} for k in kinds]


def error_records(
    scores: CorpusScores, gold: Mapping[str, DocAnnotation], pred: Mapping[str, DocAnnotation], docs: Mapping[str, Document | str]
) -> list[dict[str, Any]]:
    out = []
    for result in scores.docs:
        doc = docs[result.doc_id]
        text = doc if isinstance(doc, str) else doc.text
        g = gold[result.doc_id]
        p = pred.get(result.doc_id) or DocAnnotation(result.doc_id)
        for layer in registry:
            out += [{"doc_id": result.doc_id, **r} for r in layer.errors(result, g, p, text)]
    return out


def errors_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
