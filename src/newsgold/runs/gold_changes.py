"""Which documents' gold differs from what a stored run was scored against, so that a re-scoring
with a different gold hash can name them.

A run records one hash for its whole gold, not one per document; its ``scores.json`` keeps each
scored document's counts and item matches.  Re-scored, the predictions are the same, so under
the same scorer a document whose counts or matches differ had other gold: those are named, with
the documents that entered or left the gold.  A change no score sees (a note, an unscored
field) shows in the hash only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

SHOWN = 3  # ids named in a message; the rest are counted


@dataclass(frozen=True)
class GoldChanges:
    added: tuple[str, ...]  # scored now, not in the run's gold
    removed: tuple[str, ...]  # in the run's gold, not now
    changed: tuple[str, ...]  # in both, scored differently with the same predictions
    compared: bool  # False: the scorer changed too, so scores could not tell which documents changed

    @property
    def ids(self) -> list[str]:
        return sorted({*self.added, *self.removed, *self.changed})

    def describe(self, shown: int = SHOWN) -> str:
        """``3 document(s) differ: a, b, c and 1 more (1 added, 2 scored differently)``, or why none is named."""
        ids = self.ids
        if not ids:
            if not self.compared:
                return "which documents changed is not known: the scorer changed too"
            return "no scored document's counts or matches changed: the change is in what is not scored"
        more = f" and {len(ids) - shown:,} more" if len(ids) > shown else ""
        parts = [
            f"{len(ids_):,} {what}"
            for ids_, what in ((self.added, "added"), (self.removed, "removed"), (self.changed, "scored differently"))
            if ids_
        ]
        rest = "" if self.compared else "; other documents may have changed too: the scorer changed as well"
        return f"{len(ids):,} document(s) differ: {', '.join(ids[:shown])}{more} ({', '.join(parts)}){rest}"


def _scorer_apart_from_schemes(signature: str) -> list[str]:
    return [part for part in signature.split("|") if not part.startswith("schemes:")]


def _same(value: Any, stored: Any) -> bool:
    return bool(json.loads(json.dumps(value)) == stored)


def _differs(result: Any, old: Any, same_schemes: bool) -> bool:
    """Counts are sparse (an absent key is 0); with other schemes only the keys both have are compared,
    and the item matches (which carry every scheme's outcome) only under the same schemes."""
    counts = result.counts.values
    if same_schemes:
        if any(counts.get(k, 0) != old.counts.get(k, 0) for k in {*counts, *old.counts}):
            return True
        entry = result.to_dict()
        return not all(_same(entry[k], old.extra.get(k)) for k in ("items", "stances") if k in old.extra)
    return any(counts[k] != v for k, v in old.counts.items() if k in counts)


def gold_changes(stored: Any, scores: Any) -> GoldChanges:
    """``stored``: the run's :class:`~newsgold.runs.artifacts.ScoresFile`; ``scores``: the new
    :class:`~newsgold.scoring.corpus.CorpusScores` of the same predictions."""
    before = {d.doc_id: d for d in stored.docs}
    now = [d.doc_id for d in scores.docs]
    added = tuple(sorted(set(now) - set(before)))
    removed = tuple(sorted(set(before) - set(now)))
    compared = _scorer_apart_from_schemes(stored.signature) == _scorer_apart_from_schemes(scores.signature())
    same_schemes = list(stored.config.schemes) == list(scores.config.schemes)
    changed = []
    if compared:
        for result in scores.docs:
            old = before.get(result.doc_id)
            if old is None:
                continue
            if _differs(result, old, same_schemes):
                changed.append(result.doc_id)
    return GoldChanges(added, removed, tuple(sorted(changed)), compared)
