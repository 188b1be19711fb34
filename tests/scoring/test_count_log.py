"""scoring/count_log.py: counts kept as cells give the dicts, key order, matrix and scores of the
plain per-document dicts they replace (the reference: ``values[k] = values.get(k, 0.0) + v``)."""

from __future__ import annotations

import json
import pickle
import random
from typing import Any

import numpy as np
import pytest

from newsgold.schema import DocAnnotation, Quote
from newsgold.scoring import ScoreConfig, count_log, disk, score_corpus
from newsgold.scoring.corpus import assemble
from newsgold.scoring.count_log import CountLog, LoggedCounts, LoggedRows
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.metrics import count_matrix, total_of_matrix

KEYS = ["q.a", "q.b", "c.x", "s.n", "q.c.cor", "z.1"]


def _random_ops(rng: random.Random, n: int) -> list[tuple[str, Any]]:
    ops: list[tuple[str, Any]] = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.choice(["one", "cells", "matrix", "column"])
        if kind == "one":
            ops.append((kind, (rng.randrange(n), rng.choice(KEYS), float(rng.randint(0, 3)))))
        elif kind == "cells":
            m = rng.randint(0, 20)
            ops.append(
                (kind, ([rng.randrange(n) for _ in range(m)], [rng.choice(KEYS) for _ in range(m)], [rng.random() for _ in range(m)]))
            )
        elif kind == "matrix":
            names = rng.sample(KEYS, rng.randint(1, 3))
            ops.append((kind, (names, np.array([[float(rng.choice([0, 0, 1, 2])) for _ in names] for _ in range(n)]))))
        else:
            ops.append((kind, (rng.choice(KEYS), sorted(rng.sample(range(n), rng.randint(0, n))), 1.0)))
    return ops


def _apply(ops: list[tuple[str, Any]], n: int) -> tuple[CountLog, list[DocCounts]]:
    log, ref = CountLog(n), [DocCounts() for _ in range(n)]
    for kind, args in ops:
        if kind == "one":
            d, k, v = args
            log.add(d, k, v)
            ref[d].add(k, v)
        elif kind == "cells":
            log.add_cells(*args)
            for d, k, v in zip(*args):
                ref[d].add(k, v)
        elif kind == "matrix":
            names, m = args
            log.add_matrix(names, m)
            for d, row in enumerate(m.tolist()):
                for k, v in zip(names, row):
                    if v:
                        ref[d].add(k, v)
        else:
            k, docs, v = args
            log.add_column(k, docs, v)
            for d in docs:
                ref[d].add(k, v)
    return log, ref


@pytest.mark.parametrize("seed", range(40))
def test_dicts_key_order_and_matrix_equal_the_plain_dicts(seed):
    rng = random.Random(seed)
    n = rng.choice([1, 3, 70, 130])  # past 64 documents read, the rest are built at once
    log, ref = _apply(_random_ops(rng, n), n)
    rows = [LoggedCounts(log, d) for d in range(n)]
    fast = LoggedRows.of(rows)
    assert fast is not None
    keys, matrix, present = fast.count_matrix()
    want_keys, want_matrix, want_present = count_matrix(ref)
    assert keys == want_keys
    assert matrix.tobytes() == want_matrix.tobytes() and (present == want_present).all()
    total = total_of_matrix(fast, (keys, matrix, present))
    want_total = DocCounts.total(ref)
    assert list(total.values.items()) == list(want_total.values.items())
    assert [list(r.values.items()) for r in rows] == [list(r.values.items()) for r in ref]


def test_values_read_then_more_counts_added_are_read_again():
    log = CountLog(2)
    counts = LoggedCounts(log, 0)
    counts.add("a", 1.0)
    assert counts.values == {"a": 1.0}
    counts.add("b", 2.0)
    counts.add("a", 1.0)
    assert list(counts.values.items()) == [("a", 2.0), ("b", 2.0)]
    assert LoggedCounts(log, 1).values == {}


@pytest.mark.parametrize("n", [2, 100])
def test_counts_that_are_not_floats_add_as_doc_counts_add(n):
    log, ref = CountLog(n), [DocCounts() for _ in range(n)]
    for d in range(n):
        for counts in (LoggedCounts(log, d), ref[d]):
            counts.add("x", 2)
            counts.add("y", True)
            counts.add("x", 1.5 if d % 2 else 1)
    rows = LoggedRows.of([LoggedCounts(log, d) for d in range(n)])
    assert rows is not None and rows.all_floats is False
    got = [list(r.values.items()) for r in rows]
    assert got == [list(r.values.items()) for r in ref]
    assert [[type(v) for _, v in r] for r in got] == [[type(v) for v in r.values.values()] for r in ref]
    total = total_of_matrix(rows, rows.count_matrix())
    assert list(total.values.items()) == list(DocCounts.total(ref).values.items())


def test_logged_counts_equal_and_pickle_as_plain_doc_counts():
    log = CountLog(1)
    counts = LoggedCounts(log, 0)
    counts.add("q.n", 3.0)
    plain = DocCounts({"q.n": 3.0})
    assert counts == plain and plain == counts
    back = pickle.loads(pickle.dumps(counts))
    assert type(back) is DocCounts and back == plain
    assert counts != DocCounts({"q.n": 2.0})


def test_rows_not_of_one_whole_log_take_the_plain_path():
    log = CountLog(3)
    rows = [LoggedCounts(log, d) for d in range(3)]
    assert LoggedRows.of(rows[:2]) is None  # not every document
    assert LoggedRows.of([rows[1], rows[0], rows[2]]) is None  # not in order
    assert LoggedRows.of([*rows[:2], DocCounts()]) is None
    assert LoggedRows.of([]) is None


def _corpus(n: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    gold, pred, texts = {}, {}, {}
    for i in range(n):
        d = f"d{i:02d}"
        texts[d] = "He said “yes” 👩‍👩‍👧 and “no” 🇫🇷 then\r\n“maybe”."
        gold[d] = DocAnnotation(d, [Quote("q1", "direct", [(9, 12)]), Quote("q2", "direct", [(27, 29)])], [], [])
        quotes = [Quote("p1", "direct", [(9, 12)])] + ([Quote("p2", "indirect", [(26, 30)])] if i % 2 else [])
        pred[d] = DocAnnotation(d, quotes + ([Quote("p3", "direct", [(43, 48)])] if i % 5 == 0 else []), None, None)
    return gold, pred, texts


@pytest.mark.parametrize("on_disk", [False, True])
def test_corpus_scores_from_cells_equal_those_from_plain_dicts(monkeypatch, on_disk):
    gold, pred, texts = _corpus(23)
    config = ScoreConfig(bootstrap=100, seed=5)
    if on_disk:
        monkeypatch.setattr(disk, "ON_DISK_ROWS", 4)
        monkeypatch.setattr(count_log, "MEMORY_CELLS", 0)
    fast = score_corpus(gold, pred, texts, config)
    plain_rows = [DocCounts(dict(r.counts.values)) for r in fast.docs]
    slow = assemble(
        fast.docs, config, fast.not_predicted, fast.missing_docs, fast.unscored_docs, fast.n_corpus, fast.gold_hash, rows=plain_rows
    )
    assert list(fast.total.values.items()) == list(slow.total.values.items())
    assert json.dumps(fast.to_json()) == json.dumps(slow.to_json())  # (NaN written as null by clean)
    assert fast.ci == slow.ci


def test_forget_drops_the_built_dicts_and_they_are_built_again_equal():
    log = CountLog(100)
    for d in range(100):
        log.add_cells([d, d], ["b", "a"], [float(d), 2.0])
    first = [dict(log.values_of(d)) for d in range(100)]  # past 64 read: built all at once
    assert log._n_built == 100
    log.forget()
    assert log._n_built == 0 and all(b is None for b in log._built)
    again = [log.values_of(d) for d in range(100)]
    assert again == first and [list(v) for v in again] == [["b", "a"]] * 100


def test_cells_keep_their_numbers_as_int32_when_they_fit() -> None:
    """16 bytes a cell instead of 24 (most of what a ``score`` holds a document), the same counts;
    numbers past int32 stay int64."""
    from newsgold.scoring.count_log import _Block

    log = CountLog(3)
    log.add_matrix(["a", "b"], np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 4.0]]))
    log.add(2, "a", 5.0)
    log.add(0, "c", 1.0)
    assert log.values_of(2) == {"a": 8.0, "b": 4.0} and log.values_of(0) == {"a": 1.0, "c": 1.0}
    assert all(b.doc.dtype == np.int32 and b.key.dtype == np.int32 for b in log.blocks)
    keys, matrix, present = log.count_matrix()
    assert present.tolist() == [[True, False, True], [False, True, False], [True, True, False]]
    assert keys == ["a", "b", "c"] and matrix.tolist() == [[1.0, 0.0, 1.0], [0.0, 2.0, 0.0], [8.0, 4.0, 0.0]]
    big = _Block(np.array([1, 2**31 + 5], dtype=np.int64), np.array([0, 1], dtype=np.int64), np.array([1.0, 2.0]), None)
    assert big.doc.dtype == np.int64 and big.doc.tolist() == [1, 2**31 + 5] and big.key.dtype == np.int32
