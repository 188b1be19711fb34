"""Scalar label scores are scikit-learn's to the bit (scoring no longer imports it); totals, per-document
and macro scores computed on the count matrix equal the row-by-row path."""

from __future__ import annotations

import math
import random

import numpy as np
from sklearn.metrics import accuracy_score, precision_recall_fscore_support
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b

from newsgold.scoring import DocCounts, ScoreConfig, score_corpus
from newsgold.scoring.counts import Confusion
from newsgold.scoring.metrics import (
    accuracy,
    class_prf,
    count_matrix,
    headline,
    headline_columns,
    macro_of_columns,
    rows_of_columns,
    total_of_matrix,
)

LABELS = ("favor", "against", "neutral", "none")


def confusions(n: int, seed: int) -> list[Confusion]:
    """Random whole-number confusions, many cells (and some whole matrices) zero."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        cells = rng.integers(0, 40, size=(4, 4)) * (rng.random((4, 4)) > rng.random())
        out.append(Confusion(LABELS, tuple(tuple(float(x) for x in row) for row in cells)))
    return out


def test_accuracy_equals_sklearn_accuracy_score() -> None:
    checked = 0
    for conf in confusions(400, 1):
        for exclude in (None, "none"):
            y_true, y_pred, weight = conf.weighted_samples()
            keep = [i for i in range(len(y_true)) if exclude not in (y_true[i], y_pred[i])]
            got = accuracy(conf, exclude)
            if not keep:
                assert math.isnan(got)
                continue
            want = accuracy_score([y_true[i] for i in keep], [y_pred[i] for i in keep], sample_weight=[weight[i] for i in keep])
            assert got == float(want)
            checked += 1
    assert checked > 300


def test_class_prf_equals_sklearn_precision_recall_fscore_support() -> None:
    labels = LABELS[:3]
    empty = 0
    for conf in confusions(400, 2):
        got = class_prf(conf, labels)
        y_true, y_pred, weight = conf.weighted_samples()
        if not y_true:
            empty += 1
            assert all(math.isnan(x) for v in got.values() for x in v)
            continue
        p, r, f, _ = precision_recall_fscore_support(
            y_true, y_pred, labels=list(labels), sample_weight=weight, average=None, zero_division=0.0
        )
        for j, label in enumerate(labels):
            present = any(conf.cell(label, x) + conf.cell(x, label) for x in LABELS)
            assert got[label] == (float(p[j]), float(r[j]), float(f[j])) if present else all(map(math.isnan, got[label]))
    assert empty > 0


def _rows(n: int, seed: int) -> list[DocCounts]:
    """Count vectors of scored documents with their own key orders, some keys absent."""
    rng = np.random.default_rng(seed)
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    s = score_corpus(gold, gold, {"doc-a": TEXT_A, "doc-b": TEXT_B}, ScoreConfig(bootstrap=0), ENTITIES)
    keys = list(dict.fromkeys(k for d in s.docs for k in d.counts.values))
    rows = []
    for _ in range(n):
        mine = [k for k in keys if rng.random() > 0.3]
        rng.shuffle(mine)
        rows.append(DocCounts({k: float(rng.integers(0, 5)) + 0.5 * (rng.random() > 0.8) for k in mine}))
    return rows


def _macro_reference(per_doc: list[dict[str, float]]) -> dict[str, float]:
    """The per-document loop scoring.corpus used: mean of the defined values, in document order."""
    out: dict[str, float] = {}
    for name in sorted({k for d in per_doc for k in d}):
        vals = [d[name] for d in per_doc if name in d and not math.isnan(d[name])]
        out[name] = sum(vals) / len(vals) if vals else math.nan
    return out


def test_total_of_matrix_is_doccounts_total_in_values_and_key_order() -> None:
    rows = _rows(120, 3)
    got, want = total_of_matrix(rows, count_matrix(rows)), DocCounts.total(rows)
    assert list(got.values.items()) == list(want.values.items())
    assert got.n_docs == want.n_docs == 120
    rows[5].values["quotes.e2e.cor"] = 2  # an int count: the in-place sum keeps it an int
    got = total_of_matrix(rows, count_matrix(rows))
    assert list(got.values.items()) == list(DocCounts.total(rows).values.items())


def test_total_of_matrix_adds_in_row_order_and_keeps_first_appearance() -> None:
    """Fractions whose sum depends on the order of additions, keys first seen in later rows and
    in an order no sort gives: the same floats and key order as the in-place sum."""
    rng = random.Random(3)
    names = [f"k{8 - i}" for i in range(9)]  # introduced from k8 down: not sorted
    rows = []
    for i in range(300):
        keys = rng.sample(names[: 2 + i // 40], rng.randint(1, min(5, 2 + i // 40)))
        rows.append(DocCounts({k: rng.random() * 10 ** rng.randint(-8, 8) for k in keys}))
    got, want = total_of_matrix(rows, count_matrix(rows)), DocCounts.total(rows)
    assert list(got.values.items()) == list(want.values.items())
    assert list(got.values) != sorted(got.values)


def _same(x: float, y: float) -> bool:
    return x == y or (math.isnan(x) and math.isnan(y))


def test_per_document_and_macro_scores_from_columns_equal_the_row_by_row_path() -> None:
    config = ScoreConfig(bootstrap=0)
    rows = _rows(150, 4)
    columns = headline_columns(rows, config)
    per_doc = rows_of_columns(columns, len(rows))
    for got, row in zip(per_doc, rows, strict=True):
        want = headline(row, config)
        assert list(got) == list(want) and all(_same(got[k], want[k]) for k in want)
    macro, want = macro_of_columns(columns), _macro_reference(per_doc)
    assert list(macro) == list(want) and all(_same(macro[k], want[k]) for k in want)
    assert any(math.isnan(v) for d in per_doc for v in d.values())  # undefined scores were left out


def test_count_matrix_places_every_count_of_every_vector():
    import random

    import numpy as np

    from newsgold.scoring.counts import DocCounts
    from newsgold.scoring.metrics import count_matrix

    rng = random.Random(4)
    names = [f"k{i}" for i in range(12)]
    rows = []
    for _ in range(40):  # vectors of different keys in different orders, ints among the floats
        chosen = rng.sample(names, rng.randrange(0, 12))
        rows.append(DocCounts({k: rng.choice([0.0, 1.0, 2.5, 3, float("nan")]) for k in chosen}))
    keys, matrix, present = count_matrix(rows)
    assert keys == sorted({k for r in rows for k in r.values})
    for i, r in enumerate(rows):
        for j, k in enumerate(keys):
            assert present[i, j] == (k in r.values)
            expected = float(r.values.get(k, 0.0))
            assert matrix[i, j] == expected or (np.isnan(expected) and np.isnan(matrix[i, j]))


def test_columns_and_intervals_made_by_blocks_of_rows_are_those_of_the_whole_matrix(tmp_path, monkeypatch):
    """The per-document columns are computed ``COLUMN_BLOCK`` rows at a time and the bootstrap's
    columns checked and copied so (past 8,192 documents): the report is the same bytes, blocks
    of 1, 3 and 7 rows as one block."""
    from test_chunked import CONFIG, _set

    from newsgold.reports import json_report
    from newsgold.scoring import metrics
    from newsgold.standalone import standalone_context
    from newsgold.store import load_annotations

    docs, gold, pred = _set(tmp_path, 8, n=30)
    ctx, _ = standalone_context(docs)
    g, p = load_annotations(gold, ctx), load_annotations(pred, ctx)
    whole = json_report(score_corpus(g, p, ctx.docs, CONFIG))
    assert '"ci"' in whole and len(g) > 20
    for rows in (1, 3, 7):
        monkeypatch.setattr(metrics, "COLUMN_BLOCK", rows)
        assert json_report(score_corpus(g, p, ctx.docs, CONFIG)) == whole
