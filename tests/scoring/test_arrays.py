"""Vectorised statistics equal the per-resample reference (scikit-learn per confusion) exactly."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import precision_recall_fscore_support
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b

from newsgold.compare import paired_tests
from newsgold.layers.base import MetricGroup
from newsgold.scoring import DocCounts, ScoreConfig, score_corpus
from newsgold.scoring import arrays as arrays_mod
from newsgold.scoring import metrics as metrics_mod
from newsgold.scoring.arrays import ArrayCounts, resample_weights
from newsgold.scoring.corpus import bootstrap
from newsgold.scoring.counts import Confusion
from newsgold.scoring.metrics import headline, headline_arrays

CONFIG = ScoreConfig(bootstrap=200, seed=5)
CHUNK = 16  # small chunks of resamples, so that small tests cross chunk boundaries


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(arrays_mod, "CHUNK", CHUNK)


def count_keys() -> list[str]:
    """Every count key the layers record, from scoring the synthetic gold against itself."""
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    s = score_corpus(gold, gold, {"doc-a": TEXT_A, "doc-b": TEXT_B}, CONFIG, ENTITIES)
    return sorted({k for d in s.docs for k in d.counts.values})


def random_rows(n: int, seed: int, zeros: float = 0.6) -> list[DocCounts]:
    """Small integer (and half, as partial credit gives) counts, mostly zero: many 0/0 cases."""
    rng = np.random.default_rng(seed)
    keys = count_keys()
    values = rng.integers(0, 4, size=(n, len(keys))) * (rng.random((n, len(keys))) > zeros)
    values = values + 0.5 * (rng.random((n, len(keys))) > 0.9)
    return [DocCounts(dict(zip(keys, row.tolist()))) for row in values]


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


def test_every_declared_metric_of_array_rows_equals_the_scalar_path():
    rows = random_rows(150, 1)
    keys = sorted({k for r in rows for k in r.values})
    arrays = headline_arrays(ArrayCounts(keys, [[r[k] for k in keys] for r in rows], 1), CONFIG)
    assert set(arrays) == {m.key for m in metrics_mod.declared(CONFIG)}
    undefined = 0
    for i, row in enumerate(rows):
        scalar = headline(row, CONFIG)
        assert scalar.keys() == arrays.keys()
        for name, value in scalar.items():
            assert same(value, float(arrays[name][i])), (name, i, value, arrays[name][i])
            undefined += math.isnan(value)
    assert undefined > 0  # the 0/0 cases were exercised


def test_per_class_scores_equal_sklearn_on_every_row():
    rows = random_rows(100, 2, zeros=0.4)
    keys = sorted({k for r in rows for k in r.values})
    labels = ("favor", "against", "neutral", "none")
    arrays = headline_arrays(ArrayCounts(keys, [[r[k] for k in keys] for r in rows], 1), CONFIG)
    for i, row in enumerate(rows):
        conf = Confusion.of(row, "stances.holder", labels)
        y_true, y_pred, weight = conf.weighted_samples()
        if not y_true:  # nothing to score: every class undefined
            assert all(math.isnan(arrays[f"stances.holder.{x}.f1"][i]) for x in labels[:3])
            continue
        p, r, f, _ = precision_recall_fscore_support(
            y_true, y_pred, labels=list(labels[:3]), sample_weight=weight, average=None, zero_division=0.0
        )
        for j, label in enumerate(labels[:3]):
            present = any(conf.cell(label, x) + conf.cell(x, label) for x in labels)
            got = [float(arrays[f"stances.holder.{label}.{k}"][i]) for k in ("p", "r", "f1")]
            assert got == [float(p[j]), float(r[j]), float(f[j])] if present else all(map(math.isnan, got))


def reference_bootstrap(rows: list[DocCounts], config: ScoreConfig) -> dict[str, tuple[float, float]]:
    """The per-resample implementation (one headline(), so scikit-learn calls, per resample)."""
    keys = sorted({k for r in rows for k in r.values})
    matrix = np.array([[r[k] for k in keys] for r in rows], dtype=np.float64)
    n = len(rows)
    picks = np.random.default_rng(config.seed).integers(0, n, size=(config.bootstrap, n))
    samples: dict[str, list[float]] = {}
    for w in picks:
        row = np.bincount(w, minlength=n).astype(np.float64) @ matrix
        for name, value in headline(DocCounts(dict(zip(keys, row)), n), config, f_only=True).items():
            samples.setdefault(name, []).append(value)
    alpha = (1.0 - config.confidence) / 2
    out = {}
    for name, vals in samples.items():
        defined = np.array([v for v in vals if not math.isnan(v)])
        if len(defined):
            out[name] = (float(np.quantile(defined, alpha)), float(np.quantile(defined, 1.0 - alpha)))
    return out


@pytest.mark.parametrize("n_docs", [1, 3, 40])
def test_bootstrap_intervals_equal_the_per_resample_reference(n_docs):
    rows = random_rows(n_docs, n_docs)
    config = ScoreConfig(bootstrap=CHUNK * 3 + 5, seed=n_docs)  # more than one chunk of resamples
    got, ref = bootstrap(rows, config), reference_bootstrap(rows, config)
    assert got == ref
    assert list(got) == list(ref)  # same order in scores.json
    assert got  # some metric got an interval


def test_bootstrap_reports_every_resample_to_advance():
    seen: list[int] = []
    bootstrap(random_rows(5, 3), ScoreConfig(bootstrap=CHUNK * 2 + 1, seed=1), seen.append)
    assert sum(seen) == CHUNK * 2 + 1 and len(seen) == 3


@pytest.mark.parametrize(("n_docs", "n_resamples"), [(7, CHUNK + 3), (1, 3), (10, 2 * CHUNK), (9, CHUNK - 1)])
def test_resample_weights_count_each_draw(n_docs, n_resamples):
    """Drawn chunk by chunk, the weights are those of the single (resamples x docs) draw."""
    chunks = [w.copy() for w in resample_weights(n_docs, n_resamples, 9)]  # each chunk is overwritten by the next
    picks = np.random.default_rng(9).integers(0, n_docs, size=(n_resamples, n_docs))
    assert np.array_equal(np.concatenate(chunks), np.stack([np.bincount(p, minlength=n_docs) for p in picks]))


def test_resample_weights_continue_a_given_generator():
    rng = np.random.default_rng(4)
    rng.integers(0, 5, size=3)
    chunks = [w.copy() for w in resample_weights(5, CHUNK + 1, rng)]
    again = np.random.default_rng(4)
    again.integers(0, 5, size=3)
    picks = again.integers(0, 5, size=(CHUNK + 1, 5))
    assert np.array_equal(np.concatenate(chunks), np.stack([np.bincount(p, minlength=5) for p in picks]))


def reference_paired(a_rows, b_rows, names, config, n_boot, n_perm, seed, confidence=0.95):
    """The per-trial implementation newsgold had: headline() once per resample and per trial."""
    keys = sorted({k for r in (*a_rows, *b_rows) for k in r})
    A = np.array([[r.get(k, 0.0) for k in keys] for r in a_rows])
    B = np.array([[r.get(k, 0.0) for k in keys] for r in b_rows])
    n = len(a_rows)

    def ev(row):
        full = headline(DocCounts(dict(zip(keys, row.tolist())), n), config)
        return {m: full.get(m, math.nan) for m in names}

    oa, ob = ev(A.sum(0)), ev(B.sum(0))
    observed = {m: ob[m] - oa[m] for m in names}
    rng = np.random.default_rng(seed)
    boots = {m: [] for m in names}
    picks = rng.integers(0, n, size=(n_boot, n))
    for p in picks:
        w = np.bincount(p, minlength=n).astype(np.float64)
        va, vb = ev(w @ A), ev(w @ B)
        for m in names:
            boots[m].append(vb[m] - va[m])
    swaps = rng.random((n_perm, n)) < 0.5
    exceed, valid = dict.fromkeys(names, 0), dict.fromkeys(names, 0)
    for s in swaps:
        moved = (B - A)[s].sum(0) if s.any() else 0.0
        va, vb = ev(A.sum(0) + moved), ev(B.sum(0) - moved)
        for m in names:
            d = vb[m] - va[m]
            if not math.isnan(d):
                valid[m] += 1
                exceed[m] += abs(d) >= abs(observed[m]) - 1e-12
    alpha = (1 - confidence) / 2
    out = {}
    for m in names:
        vals = np.array([v for v in boots[m] if not math.isnan(v)])
        lo, hi = (float(np.quantile(vals, alpha)), float(np.quantile(vals, 1 - alpha))) if len(vals) else (math.nan, math.nan)
        p = (exceed[m] + 1) / (valid[m] + 1) if not math.isnan(observed[m]) else math.nan
        out[m] = (float(observed[m]), lo, hi, p)
    return out


def test_paired_tests_equal_the_per_trial_reference():
    a = [r.values for r in random_rows(12, 4, zeros=0.3)]
    b = [r.values for r in random_rows(12, 5, zeros=0.3)]
    names = [m for m in headline(DocCounts.total(DocCounts(r) for r in a), CONFIG) if not m.endswith(".p")]
    got = paired_tests(a, b, names, CONFIG, n_boot=CHUNK * 2 + 3, n_perm=CHUNK * 4 + 7, seed=3)
    ref = reference_paired(a, b, names, CONFIG, CHUNK * 2 + 3, CHUNK * 4 + 7, 3)
    for m in names:
        t = got[m]
        assert all(same(x, y) for x, y in zip((t.delta, t.lo, t.hi, t.p), ref[m])), (m, t, ref[m])
    assert any(not math.isnan(got[m].p) and got[m].p < 1 for m in names)


def test_a_group_that_needs_numbers_is_computed_row_by_row(monkeypatch):
    """A layer's metric function that branches on values opts out (``arrays=False``)."""
    calls: list[float] = []

    def branching(counts):
        calls.append(counts["quotes.e2e.cor"])
        return {"quotes.x": 1.0 if counts["quotes.e2e.cor"] > 1 else 0.0}

    group = MetricGroup("quotes", (metrics_mod.Metric("quotes.x", interval=True),), branching, arrays=False)
    monkeypatch.setattr(metrics_mod, "_plan", lambda config: [("quotes", group)])
    out = headline_arrays(ArrayCounts(["quotes.e2e.cor"], [[0.0], [2.0], [5.0]], 1), CONFIG, f_only=True)
    assert out["quotes.x"].tolist() == [0.0, 1.0, 1.0] and calls == [0.0, 2.0, 5.0]


def test_per_document_scores_at_once_equal_headline_of_each_document():
    from newsgold.scoring.metrics import headline_rows

    rows = random_rows(60, 8)
    # documents that recorded only some layers (or a zero count) get only those layers' metrics
    rows += [DocCounts({k: v for k, v in r.values.items() if k.startswith("quotes.")}) for r in rows[:10]]
    rows += [DocCounts({"stances.document.none.none": 0.0}), DocCounts({})]
    got = headline_rows(rows, CONFIG)
    for row, values in zip(rows, got):
        want = headline(row, CONFIG)
        assert list(values) == list(want)
        assert all(same(values[k], want[k]) for k in want)
    assert got[-1] == {} and got[-2]


def test_rows_of_columns_by_doc_id_equal_the_dicts_of_every_row():
    from newsgold.scoring.arrays import RowsOfColumns
    from newsgold.scoring.metrics import headline_columns, rows_of_columns

    rows = random_rows(60, 8)
    rows += [DocCounts({k: v for k, v in r.values.items() if k.startswith("quotes.")}) for r in rows[:10]]
    rows += [DocCounts({"stances.document.none.none": 0.0}), DocCounts({})]
    columns = headline_columns(rows, CONFIG)
    ids = [f"d{i:03d}" for i in range(len(rows))]
    lazy, eager = RowsOfColumns(ids, columns), rows_of_columns(columns, len(rows))
    assert list(lazy) == ids and len(lazy) == len(rows)
    for doc_id, want in zip(ids, eager, strict=True):
        got = lazy[doc_id]
        assert list(got.items()) == list(want.items()) or (list(got) == list(want) and all(same(got[k], want[k]) for k in want))
    assert lazy[ids[-1]] == {} and lazy.get("no-such-doc", {}) == {}
    assert dict(RowsOfColumns(["a"], {})) == {"a": {}}


def test_chunk_rows_bound_the_weights_past_8192_documents(monkeypatch):
    monkeypatch.setattr(arrays_mod, "CHUNK", 256)  # the module's own (this file's fixture makes it small)
    assert arrays_mod.chunk_rows(1) == arrays_mod.chunk_rows(8192) == arrays_mod.CHUNK
    for n in (8193, 10_000, 30_000, 65_536, 65_537, 100_000, 10**7, 10**8):
        rows = arrays_mod.chunk_rows(n)
        assert (rows % 32 == 0 or n > 65_536) and 1 <= rows < arrays_mod.CHUNK
        assert rows * n * 8 <= max(arrays_mod.WEIGHTS_BYTES, n * 8)  # no floor of rows past the budget
    assert arrays_mod.chunk_rows(100_000) == 20 and arrays_mod.chunk_rows(10**8) == 1
    assert [len(w) for w in resample_weights(20_000, 300, 3)] == [96, 96, 96, 12]


def test_bootstrap_in_smaller_chunks_gives_the_same_bits(monkeypatch):
    """Past 8,192 documents the resamples come in chunks of fewer rows: same draws, and the
    product of each chunk with the count matrix gives exactly the bits of chunks of CHUNK rows."""
    monkeypatch.setattr(arrays_mod, "CHUNK", 256)
    rows = random_rows(10_000, 5)
    config = ScoreConfig(bootstrap=300, seed=7)
    assert arrays_mod.chunk_rows(len(rows)) < arrays_mod.CHUNK
    smaller = bootstrap(rows, config)
    monkeypatch.setattr(arrays_mod, "chunk_rows", lambda n: arrays_mod.CHUNK)
    assert bootstrap(rows, config) == smaller and smaller
    monkeypatch.setattr(arrays_mod, "chunk_rows", lambda n: 7)  # fewer than 32 (past 65,536 documents)
    assert bootstrap(rows, config) == smaller
