"""What span layers share for agreement and curation: word-token units for alpha, character
spans for unitizing alpha, and what makes two annotators' items "the same place".

A mixin of :class:`~newsgold.layers.spans.SpanLayer` (its own module to keep that one short);
it relies on the layer's ``frags``, ``label`` and ``who``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.layers.base import NONE_LABEL, Span


class SpanCuration:
    name: str
    who_part: str | None

    def frags(self, item: Any) -> list[Span]:
        raise NotImplementedError

    def label(self, item: Any) -> str:
        raise NotImplementedError

    def who(self, item: Any) -> str | None:
        raise NotImplementedError

    def alpha_units(self, anns: Sequence[Any], text: str, mids: Sequence[int]) -> dict[str, list[list[Any]]]:
        """Word tokens, labelled by the item covering them (first by id), or ``none``."""
        import bisect

        columns: list[list[str | None]] = []
        for ann in anns:
            items = getattr(ann, self.name)
            if items is None:
                columns.append([None] * len(mids))
                continue
            labels: list[str | None] = [NONE_LABEL] * len(mids)
            for item in sorted(items, key=lambda x: x.id):
                for s, e in self.frags(item):
                    for t in range(bisect.bisect_left(mids, s), bisect.bisect_left(mids, e)):
                        if labels[t] == NONE_LABEL:
                            labels[t] = self.label(item)
            columns.append(labels)
        return {f"{self.name}.tokens": [list(u) for u in zip(*columns)]}

    # -- curation: one position per place, under exact, overlap or coverage:τ matching
    def curation_anchor(self, item: Any) -> Any:
        from newsgold.scoring.spans import canonical

        return canonical(self.frags(item))

    def curation_same(self, a: Any, b: Any, scheme: Any) -> bool:
        from newsgold.scoring.spans import length, overlap

        if scheme.kind in ("exact", "strict"):
            return bool(a == b)
        shared = overlap(a, b)
        if scheme.kind == "overlap":
            return shared > 0
        if scheme.kind == "coverage":
            return bool(shared and shared >= scheme.tau * length(a) and shared >= scheme.tau * length(b))
        raise ValueError(f"scheme {scheme.name!r} cannot place items for curation: choose exact, overlap or coverage:TAU")

    def curation_sort(self, anchor: Any, index: int, rank: int) -> tuple[Any, ...]:
        return (anchor[0][0], anchor[-1][1], anchor, rank) if anchor else ((), rank)  # text order: start, then end

    def curation_attrs(self, item: Any, doc: Any) -> Any:
        return (self.label(item), self.who(item))

    def curation_view(self, item: Any) -> tuple[list[Span], str]:
        who = self.who(item)
        return self.frags(item), f"{self.label(item)}" + (f", {self.who_part} {who}" if self.who_part else "")

    def alpha_spans(self, ann: Any) -> list[Span] | None:
        items = getattr(ann, self.name)
        return None if items is None else [f for item in items for f in self.frags(item)]
