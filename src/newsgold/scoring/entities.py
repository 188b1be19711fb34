"""Deciding whether a predicted speaker/claimant/holder is the gold entity.

Gold names entities by id; an extractor usually has only the text it read.  A prediction is the
gold entity when it is the same id, or when (case-insensitively, whitespace-normalised) it is
the entity's name or one of its aliases in ``annotations/entities.json``.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgold.schema import Entity


def normalize_name(text: str) -> str:
    return " ".join(text.casefold().split())


class EntityMatcher:
    """``same(pred, gold_id)``: is the predicted string the gold entity?"""

    def __init__(self, entities: Iterable[Entity] = ()):
        self.names: dict[str, frozenset[str]] = {e.id: frozenset(normalize_name(n) for n in (e.id, e.name, *e.aliases)) for e in entities}

    def same(self, pred: str, gold: str) -> bool:
        if pred == gold:
            return True
        return normalize_name(pred) in self.names.get(gold, frozenset({normalize_name(gold)}))
