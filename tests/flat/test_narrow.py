"""Narrow integer arrays (newsgold.flat.narrow) widen rather than lose a value."""

from __future__ import annotations

from array import array

from newsgold.flat.narrow import appended


def test_a_value_that_does_not_fit_widens_the_array_and_keeps_every_value():
    a = array("b")
    for v in (1, 127, -128):
        assert appended(a, v) is a  # fits: the same array, no copy
    wide = appended(a, 128)
    assert wide.typecode == "q" and list(wide) == [1, 127, -128, 128]
    unsigned = appended(array("I", [0]), 2**32 + 5)
    assert unsigned.typecode == "q" and list(unsigned) == [0, 2**32 + 5]
    assert list(appended(appended(array("I"), -1), 2**40)) == [-1, 2**40]  # a negative value too


def test_compact_counts_keep_large_counts_of_documents():
    from newsgold.runs.spill import CompactCounts
    from newsgold.scoring import DocCounts

    counts = CompactCounts()
    vectors = [DocCounts({"quotes.tp": 1.0}, 1), DocCounts({"quotes.tp": 2.0, "quotes.fp": 0.5}, 300), DocCounts({}, 2**40)]
    for c in vectors:
        counts.append(c)
    assert list(counts.n_docs_each) == [1, 300, 2**40]
    assert [(list(c.values.items()), c.n_docs) for c in counts] == [(list(c.values.items()), c.n_docs) for c in vectors]
