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


def _items(rng: random.Random, n_docs: int, odd: bool):
    """Per document, quote-like items: 0-3 fragments, touching ones often; ``odd``: unsorted,
    overlapping or empty fragments too (then the columns decline)."""
    from newsgold.layers.quotes import Quote

    docs = []
    for _ in range(n_docs):
        items = []
        for i in range(rng.randint(0, 6)):
            frags, at = [], rng.randrange(0, 30)
            for _ in range(rng.choice([0, 1, 1, 1, 2, 3]) if not odd else rng.randint(1, 3)):
                length = rng.randint(1, 6) if not odd else rng.randint(-2, 6)
                frags.append((at, at + length))
                at += max(length, 0) + rng.choice([0, 0, 1, 4]) - (rng.randint(0, 3) if odd else 0)
            items.append(Quote(rng.choice(["q1", "q2", f"q{i}"]), rng.choice(["direct", "indirect", "mixed"]), frags))
        docs.append(items)
    return docs


def test_table_of_items_is_from_items_of_the_canonical_rows_and_declines_what_it_cannot_read():
    from newsgold.layers.quotes import QUOTE_TYPES
    from newsgold.scoring.spans import canonical
    from newsgold.scoring.tables import table_of_items

    code = {t: i for i, t in enumerate(QUOTE_TYPES)}
    rng = random.Random(21)
    merged = declined = 0
    for trial in range(300):
        odd = trial % 3 == 0
        docs = _items(rng, rng.randint(0, 12), odd)
        reference = SpanTable.from_items([[(canonical(q.content), code[q.type], q.id) for q in items] for items in docs])
        got = table_of_items(docs, "content", "type", code)
        if got is None:
            declined += 1
            frags = [f for items in docs for q in items for f in zip(q.content, q.content[1:])]
            assert odd and (any(s >= e for items in docs for q in items for s, e in q.content) or any(b[0] < a[1] for a, b in frags))
            continue
        merged += any(b[0] == a[1] for items in docs for q in items for a, b in zip(q.content, q.content[1:]))
        assert columns(got) == columns(reference)
    assert declined > 30 and merged > 50
    from newsgold.layers.quotes import Quote

    floats = [[Quote("q1", "direct", [(0.5, 3)])]]  # (read as from_items reads them: the integer part)
    assert columns(table_of_items(floats, "content", "type", code)) == columns(SpanTable.from_items([[(((0.5, 3),), 0, "q1")]]))
    assert table_of_items([[Quote("q1", "direct", [("a", 3)])]], "content", "type", code) is None
