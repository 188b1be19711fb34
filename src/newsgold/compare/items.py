"""What changed item by item between two runs: found, missed, spurious, speakers, stance pairs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from newsgold.schema import DocAnnotation


@dataclass(frozen=True)
class Change:
    kind: str  # newly_found | newly_missed | newly_spurious | no_longer_spurious | speaker_fixed | speaker_broken | stance_fixed | stance_broken
    doc_id: str
    layer: str
    item: str  # gold id, or the predicted span, or "holder → target"
    text: str  # excerpt
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


CHANGE_TITLES = {
    "newly_found": "Gold items newly found",
    "newly_missed": "Gold items newly missed",
    "newly_spurious": "Predictions newly spurious",
    "no_longer_spurious": "Spurious predictions removed",
    "speaker_fixed": "Speakers/claimants fixed",
    "speaker_broken": "Speakers/claimants broken",
    "stance_fixed": "Stance pairs fixed",
    "stance_broken": "Stance pairs broken",
}


def _excerpt(text: str, spans: list[tuple[int, int]], width: int = 90) -> str:
    s = " … ".join(text[a:b] for a, b in spans)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _items_of(ann: DocAnnotation | None, layer: str) -> list[Any]:
    return list(getattr(ann, layer) or []) if ann is not None else []


def span_changes(
    layer: Any,
    doc_id: str,
    a_doc: Mapping[str, Any],
    b_doc: Mapping[str, Any],
    gold: DocAnnotation | None,
    a_pred: DocAnnotation | None,
    b_pred: DocAnnotation | None,
    text: str,
) -> list[Change]:
    """Found, missed, spurious and attribution changes of one span layer in one document."""
    name = layer.name
    out: list[Change] = []
    ia = [m for m in a_doc["items"] if m["layer"] == name]
    ib = [m for m in b_doc["items"] if m["layer"] == name]
    if not ia and not ib:
        return out
    gold_items = _items_of(gold, name)

    def gold_text(gid: str) -> str:
        for it in gold_items:
            if it.id == gid:
                return _excerpt(text, layer.frags(it))
        return ""

    ta = {m["gold_id"]: m for m in ia if m["gold_id"] is not None}
    tb = {m["gold_id"]: m for m in ib if m["gold_id"] is not None}
    for gid in sorted(set(ta) | set(tb), key=lambda x: (len(x), x)):
        ma, mb = ta.get(gid), tb.get(gid)
        hit_a = bool(ma and ma["kind"] == "tp")
        hit_b = bool(mb and mb["kind"] == "tp")
        if hit_b and not hit_a:
            out.append(Change("newly_found", doc_id, name, gid, gold_text(gid)))
        elif hit_a and not hit_b:
            out.append(Change("newly_missed", doc_id, name, gid, gold_text(gid)))
        elif hit_a and hit_b and ma is not None and mb is not None:  # (a hit implies its match)
            ok_a, ok_b = ma.get("attribution") == "correct", mb.get("attribution") == "correct"
            if ok_b and not ok_a:
                out.append(Change("speaker_fixed", doc_id, name, gid, gold_text(gid), f"was {ma.get('attribution')}"))
            elif ok_a and not ok_b and ma.get("attribution") is not None:
                out.append(Change("speaker_broken", doc_id, name, gid, gold_text(gid), f"now {mb.get('attribution')}"))

    def spurious(items: list[dict[str, Any]], pred: DocAnnotation | None) -> dict[tuple, str]:
        plist = _items_of(pred, name)
        found = {}
        for m in items:
            if m["kind"] == "fp" and m["pred"] is not None and m["pred"] < len(plist):
                spans = layer.frags(plist[m["pred"]])
                found[tuple(map(tuple, spans))] = _excerpt(text, spans)
        return found

    sa, sb = spurious(ia, a_pred), spurious(ib, b_pred)
    for key in sorted(set(sb) - set(sa)):
        out.append(Change("newly_spurious", doc_id, name, str([list(k) for k in key]), sb[key]))
    for key in sorted(set(sa) - set(sb)):
        out.append(Change("no_longer_spurious", doc_id, name, str([list(k) for k in key]), sa[key]))
    return out


def item_changes(
    a_scores: Mapping[str, Any],
    b_scores: Mapping[str, Any],
    a_preds: Mapping[str, DocAnnotation],
    b_preds: Mapping[str, DocAnnotation],
    gold: Mapping[str, DocAnnotation] | None,
    texts: Mapping[str, str],
) -> list[Change]:
    """Every change between two runs, document by document, layer by layer (each layer says what
    a change is: :meth:`newsgold.layers.base.Layer.changes`)."""
    from newsgold.layers import registry

    out: list[Change] = []
    a_docs = {d["doc_id"]: d for d in a_scores.get("docs", [])}
    b_docs = {d["doc_id"]: d for d in b_scores.get("docs", [])}
    for doc_id in sorted(set(a_docs) & set(b_docs)):
        text = texts.get(doc_id, "")
        g = gold.get(doc_id) if gold else None
        for layer in registry:
            out += layer.changes(doc_id, a_docs[doc_id], b_docs[doc_id], g, a_preds.get(doc_id), b_preds.get(doc_id), text)
    return out
