"""Item-level results: which gold item matched which prediction, and what was wrong with it.

These records feed error listings, the HTML report and item-by-item comparison of two runs;
the numbers themselves come only from the count vectors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgold.scoring.counts import DocCounts


@dataclass(frozen=True)
class ItemMatch:
    """One gold item, one prediction, or a matched pair, in the ``quotes`` or ``claims`` layer.

    The rows are the match scheme's own optimal matching; items it left unpaired but that
    overlap are shown side by side (``kind`` ``boundary``, ``matched`` false).  ``outcome`` maps
    each scheme to what that scheme made of the row's gold item (of the prediction, for a
    prediction alone): ``cor``/``inc``/``par`` when the scheme paired it (each scheme matches
    optimally for itself, so possibly with another partner), ``mis`` / ``spu`` when it did not.
    ``matched`` is true when the pair counts as the same item under the configured match
    scheme; ``attribution`` is then ``correct``, ``wrong``, ``abstained`` (no speaker
    predicted) or ``None`` (gold has no speaker either / not applicable).
    """

    layer: str
    gold: int | None
    pred: int | None
    gold_id: str | None
    pred_id: str | None
    overlap: int
    outcome: dict[str, str]
    matched: bool = False
    attribution: str | None = None
    gold_label: str | None = None
    pred_label: str | None = None

    @property
    def kind(self) -> str:
        """``tp``, ``fn`` (missed), ``fp`` (spurious), ``boundary`` (paired but not matched)."""
        if self.pred is None:
            return "fn"
        if self.gold is None:
            return "fp"
        return "tp" if self.matched else "boundary"

    def to_dict(self) -> dict[str, Any]:
        # by hand, not dataclasses.asdict: that deep-copies field by field and took most of a
        # 400k-item JSON report's time; same keys in the same (field) order
        return {
            "layer": self.layer,
            "gold": self.gold,
            "pred": self.pred,
            "gold_id": self.gold_id,
            "pred_id": self.pred_id,
            "overlap": self.overlap,
            "outcome": dict(self.outcome),
            "matched": self.matched,
            "attribution": self.attribution,
            "gold_label": self.gold_label,
            "pred_label": self.pred_label,
            "kind": self.kind,
        }


_ITEM_FIELDS = tuple(ItemMatch.__dataclass_fields__)


def item_match(*values: Any) -> ItemMatch:
    """``ItemMatch(*values)`` (every field, in order) without the frozen dataclass's
    ``object.__setattr__`` per field: the span scorer makes one per row, 180k for 10,000
    documents, and this halves their cost.  The object is the same (equal, still frozen)."""
    if len(values) != len(_ITEM_FIELDS):
        raise TypeError(f"item_match takes {len(_ITEM_FIELDS)} values, got {len(values)}")
    match = object.__new__(ItemMatch)
    match.__dict__.update(zip(_ITEM_FIELDS, values))
    return match


@dataclass(frozen=True)
class StanceMatch:
    level: str  # "document" or "holder"
    holder: str
    target: str
    gold_label: str | None
    pred_label: str | None
    pred_holder: str | None = None  # as written in the prediction, when it differs
    duplicate_of: str | None = None  # a second prediction for the pair (duplicate_of, target): spurious

    @property
    def kind(self) -> str:
        if self.pred_label is None:
            return "fn"
        if self.gold_label is None:
            return "fp"
        return "tp" if self.gold_label == self.pred_label else "wrong_label"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "holder": self.holder,
            "target": self.target,
            "gold_label": self.gold_label,
            "pred_label": self.pred_label,
            "pred_holder": self.pred_holder,
            "duplicate_of": self.duplicate_of,
            "kind": self.kind,
        }


@dataclass
class DocResult:
    """Everything scored for one document: its count vector and its item-level matches."""

    doc_id: str
    counts: DocCounts
    items: list[ItemMatch] = field(default_factory=list)
    stances: list[StanceMatch] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "counts": self.counts.values,
            "items": [m.to_dict() for m in self.items],
            "stances": [s.to_dict() for s in self.stances],
        }
