"""Spans of one side (gold or prediction) of a corpus as arrays, in canonical order.

The engine matches tables, not Python objects: one row per span and per fragment, sorted by
(document, start, end, label) so that no result depends on the order of the input lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass
class SpanTable:
    """Spans of one side (gold or prediction) of a corpus, in canonical order.

    ``item_*`` arrays have one row per span, ``frag_*`` one row per fragment (offsets local to
    the document, end exclusive); ``origin[i]`` is the index of span ``i`` in the caller's list
    of its document.
    """

    item_doc: np.ndarray
    item_label: np.ndarray
    origin: np.ndarray
    frag_item: np.ndarray
    frag_start: np.ndarray
    frag_end: np.ndarray

    @property
    def n_items(self) -> int:
        return len(self.item_doc)

    @classmethod
    def from_arrays(cls, doc: np.ndarray, start: np.ndarray, end: np.ndarray, label: np.ndarray | None = None) -> SpanTable:
        """Single-fragment spans given as columns (the fast path for large synthetic sets)."""
        import numpy as np

        doc, start, end = (np.asarray(x, dtype=np.int64) for x in (doc, start, end))
        label = np.zeros(len(doc), dtype=np.int64) if label is None else np.asarray(label, dtype=np.int64)
        keep = end > start
        idx = np.flatnonzero(keep)
        origin_all: np.ndarray = np.zeros(len(doc), dtype=np.int64)
        if len(doc):  # index of each span within its document, in input order
            first = np.searchsorted(doc, doc, side="left") if np.all(doc[:-1] <= doc[1:]) else None
            if first is None:
                raise ValueError("spans must be grouped by document (doc ids ascending)")
            origin_all = np.arange(len(doc)) - first
        order = _canonical_order(doc[idx], start[idx], end[idx], label[idx])
        idx = idx[order]
        n = len(idx)
        return cls(doc[idx], label[idx], origin_all[idx], np.arange(n, dtype=np.int64), start[idx], end[idx])

    @classmethod
    def from_items(cls, docs: Sequence[Sequence[tuple[tuple[tuple[int, int], ...], int, str]]]) -> SpanTable:
        """From per-document lists of ``(canonical fragments, label code, tie key)``.

        Spans whose canonical fragments are empty (e.g. only punctuation after trimming) are
        dropped from the table; their ``origin`` never appears.
        """
        import numpy as np

        rows = [(d, frags, label, key, i) for d, items in enumerate(docs) for i, (frags, label, key) in enumerate(items) if frags]
        # by (doc, fragments, label, key), ties in input order: the last field, the index in the
        # document, is that order, so sorting the whole tuples is the same and needs no key function
        rows.sort()
        n = len(rows)
        sizes = np.fromiter((len(r[1]) for r in rows), dtype=np.int64, count=n)
        flat = np.fromiter((x for r in rows for f in r[1] for x in f), dtype=np.int64, count=2 * int(sizes.sum())).reshape(-1, 2)
        as_int = lambda x: np.fromiter(x, dtype=np.int64, count=n)
        return cls(
            as_int(r[0] for r in rows),
            as_int(r[2] for r in rows),
            as_int(r[4] for r in rows),
            np.repeat(np.arange(n, dtype=np.int64), sizes),
            flat[:, 0].copy(),
            flat[:, 1].copy(),
        )


def _canonical_order(doc: np.ndarray, start: np.ndarray, end: np.ndarray, label: np.ndarray) -> np.ndarray:
    """Sort by (doc, start, end, label): one packed int64 key when it fits, free if already sorted."""
    import numpy as np

    if not len(doc):
        return np.zeros(0, dtype=np.int64)
    span = int(max(start.max(), end.max())) + 1
    n_lab = int(label.max()) + 1
    if min(start.min(), label.min(), doc.min()) >= 0 and (int(doc.max()) + 1) * span * span * n_lab < 2**62:
        key = ((doc * span + start) * span + end) * n_lab + label
        if np.all(key[:-1] <= key[1:]):
            return np.arange(len(doc))
        return np.argsort(key, kind="stable")
    return np.lexsort((label, end, start, doc))
