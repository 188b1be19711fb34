"""SpanTable.from_items: the canonical order of its columns, against sorting the tuples."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newsgold.scoring.tables import SpanTable


def by_tuples(docs):
    """The table as the tuples sort it: (doc, fragments, label, key, index), empty spans dropped."""
    rows = sorted((d, frags, label, key, i) for d, items in enumerate(docs) for i, (frags, label, key) in enumerate(items) if frags)
    return (
        [r[0] for r in rows],
        [r[2] for r in rows],
        [r[4] for r in rows],
        [k for k, r in enumerate(rows) for _ in r[1]],
        [s for r in rows for s, _ in r[1]],
        [e for r in rows for _, e in r[1]],
    )


def columns(t: SpanTable):
    return tuple(x.tolist() for x in (t.item_doc, t.item_label, t.origin, t.frag_item, t.frag_start, t.frag_end))


def random_docs(rng: random.Random, n_docs: int):
    docs = []
    for _ in range(n_docs):
        items = []
        for _ in range(rng.randrange(0, 8)):
            frags, at = [], rng.randrange(0, 5)
            for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):  # some empty, some with several fragments
                end = at + rng.randrange(1, 4)
                frags.append((at, end))
                at = end + rng.randrange(1, 3)
            # few distinct values: equal fragments, labels and keys (ties) are common
            items.append((tuple(frags), rng.randrange(0, 3), rng.choice(("", "a", "b", "q10", "q2", "é"))))
        docs.append(items)
    return docs


@pytest.mark.parametrize("seed", range(30))
def test_from_items_orders_as_sorting_the_tuples(seed):
    docs = random_docs(random.Random(seed), 1 + seed % 7)
    assert columns(SpanTable.from_items(docs)) == by_tuples(docs)


def test_from_items_of_nothing():
    for docs in ([], [[]], [[], []], [[((), 0, "a")]]):
        t = SpanTable.from_items(docs)
        assert t.n_items == 0 and len(t.frag_start) == 0
        assert t.item_doc.dtype == np.int64


def test_a_fragment_list_sorts_after_its_prefix():
    docs = [[(((0, 2), (4, 6)), 0, "a"), (((0, 2),), 0, "b"), (((0, 2), (3, 6)), 0, "c")]]
    t = SpanTable.from_items(docs)
    assert t.origin.tolist() == [1, 2, 0]
    assert columns(t) == by_tuples(docs)
