"""Scores of many count vectors at once: the bootstrap and the paired tests in array operations.

A resample of documents is a weighted sum of their count vectors, so all resamples are one matrix
``weights @ counts`` (resamples x count keys).  :class:`ArrayCounts` hands the layers' own metric
functions a column per count key instead of a number; :func:`newsgold.scoring.counts.prf`,
:func:`~newsgold.scoring.counts.ratio`, :func:`~newsgold.scoring.counts.mean_defined`,
:func:`newsgold.scoring.metrics.class_prf` and :func:`~newsgold.scoring.metrics.accuracy`
then compute every resample with one array operation each, by the same float operations in the
same order as the per-vector path (scikit-learn's for the label scores), so the results are
identical, not merely close (tests/scoring/test_arrays.py checks against scikit-learn).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import compress
from typing import Any

import numpy as np

#: resamples whose weights are materialised at once (bounds memory to CHUNK x documents floats)
CHUNK = 256


class ArrayCounts:
    """Count vectors side by side: ``counts["quotes.e2e.cor"]`` is one value per row."""

    def __init__(self, keys: Sequence[str], matrix: Any, n_docs: int = 0):
        self.keys = list(keys)
        self.columns = np.ascontiguousarray(np.asarray(matrix, dtype=np.float64).T)
        self.rows = self.columns.shape[1] if self.columns.ndim == 2 else 0
        self.index = {k: i for i, k in enumerate(self.keys)}
        self.zeros = np.zeros(self.rows)
        self.n_docs = n_docs

    def __getitem__(self, key: str) -> Any:
        i = self.index.get(key)
        return self.zeros if i is None else self.columns[i]

    def get(self, key: str, default: float = 0.0) -> Any:
        return self[key]

    def has(self, prefix: str) -> bool:
        dotted = prefix + "."
        return any(k.startswith(dotted) for k in self.keys)


def is_array(x: Any) -> bool:
    return isinstance(x, np.ndarray) and x.ndim > 0


def prf(credit: Any, n_pred: Any, n_gold: Any) -> tuple[Any, Any, Any]:
    """:func:`newsgold.scoring.counts.prf` per row."""
    credit, n_pred, n_gold = np.broadcast_arrays(*(np.asarray(x, dtype=np.float64) for x in (credit, n_pred, n_gold)))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n_pred != 0, credit / np.where(n_pred != 0, n_pred, 1.0), 0.0)
        r = np.where(n_gold != 0, credit / np.where(n_gold != 0, n_gold, 1.0), 0.0)
        f = 2 * credit / (n_pred + n_gold)
    both = (n_pred == 0) & (n_gold == 0)
    p[both] = r[both] = f[both] = np.nan
    return p, r, f


def ratio(num: Any, den: Any) -> Any:
    num, den = np.broadcast_arrays(np.asarray(num, dtype=np.float64), np.asarray(den, dtype=np.float64))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den != 0, num / np.where(den != 0, den, 1.0), np.nan)


def mean_defined(values: Sequence[Any]) -> Any:
    """Per row, the mean of the values that are defined there (NaN where none is)."""
    arrays = [np.asarray(v, dtype=np.float64) for v in values]
    shape = np.broadcast_shapes(*(a.shape for a in arrays))
    total, n = np.zeros(shape), np.zeros(shape)
    for a in arrays:  # left to right, as Python's sum() over the defined values
        ok = ~np.isnan(a)
        total = np.where(ok, total + np.where(ok, a, 0.0), total)
        n = n + ok
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(n > 0, total / np.where(n > 0, n, 1.0), np.nan)


def class_prf(conf: Any, labels: tuple[str, ...]) -> dict[str, tuple[Any, Any, Any]]:
    """``precision_recall_fscore_support(average=None, zero_division=0)`` per row of a confusion
    whose cells are columns; a class in neither gold nor predictions is NaN (as the scalar path)."""
    out = {}
    for label in labels:
        i = conf.labels.index(label)
        tp = np.asarray(conf.matrix[i][i], dtype=np.float64)
        true_sum = sum((conf.matrix[i][j] for j in range(len(conf.labels))), np.zeros_like(tp))
        pred_sum = sum((conf.matrix[g][i] for g in range(len(conf.labels))), np.zeros_like(tp))
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(pred_sum != 0, tp / np.where(pred_sum != 0, pred_sum, 1.0), 0.0)
            r = np.where(true_sum != 0, tp / np.where(true_sum != 0, true_sum, 1.0), 0.0)
            denom = 1.0 * true_sum + pred_sum
            f = np.where(denom != 0, (1 + 1.0) * tp / np.where(denom != 0, denom, 1.0), 0.0)
        absent = (true_sum == 0) & (pred_sum == 0)
        p[absent] = r[absent] = f[absent] = np.nan
        out[label] = (p, r, f)
    return out


def accuracy(conf: Any, exclude: str | None = None) -> Any:
    """Weighted accuracy over the cells whose gold and prediction are not ``exclude``, per row."""
    keep = [(i, j) for i, g in enumerate(conf.labels) for j, p in enumerate(conf.labels) if exclude not in (g, p)]
    cells = [np.asarray(conf.matrix[i][j], dtype=np.float64) for i, j in keep]
    shape = np.broadcast_shapes(*(c.shape for c in cells)) if cells else ()
    weight = sum((c for c in cells), np.zeros(shape))
    right = sum((c for (i, j), c in zip(keep, cells) if i == j), np.zeros(shape))
    return ratio(right, weight)


WEIGHTS_BYTES = 1 << 24  # a chunk of weights past 8,192 documents: ~16 MB, not 2 KB a document


def chunk_rows(n_docs: int) -> int:
    """Resamples drawn per chunk: ``CHUNK`` up to 8,192 documents, then fewer, so a chunk's
    weights stay within ``WEIGHTS_BYTES`` (a multiple of 32 rows while 32 fit; fewer past
    65,536 documents, at least one: a floor of 32 rows grew a run's peak by 4 bytes x 32 a
    document).  The resamples are the same whatever the chunk; the matrix product gives the
    same bits only because the counts are whole numbers (sums of them are exact in any order):
    real-valued counts could differ in the last bit between chunk sizes (the local and Dask
    engines use the same chunks)."""
    if n_docs * CHUNK * 8 <= WEIGHTS_BYTES:
        return CHUNK
    rows = WEIGHTS_BYTES // (8 * n_docs)
    return rows // 32 * 32 if rows >= 32 else max(1, rows)


def one_blas_thread() -> Any:
    """A context in which the BLAS behind ``@`` runs on one thread.  Why: the resample sums are
    many small products (32 resamples x 10,000 documents x 86 counts); OpenBLAS spreads each over
    every core and its threads then spin, so on a 2-core machine the bootstrap of a 10,000-document
    ``score`` took 0.29 s of CPU in them instead of 0.03 s, and more on a core shared with other
    work (``taskset -c 1``).  One thread also sums in one order on every machine."""
    from contextlib import nullcontext

    try:
        from threadpoolctl import threadpool_limits  # (scikit-learn's dependency)
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return nullcontext()
    return threadpool_limits(1, user_api="blas")


def resample_weights(n_docs: int, n_resamples: int, seed: Any, dtype: Any = np.float64) -> Iterator[Any]:
    """How often each document is drawn in each resample, in chunks of rows (resamples x docs).

    ``seed``: an int or a numpy Generator to draw from.  The draw is ``default_rng(seed).integers(0, n, size=(resamples, n))``, one row per resample,
    counted per document: the resamples newsgold has always drawn, so frozen intervals stay.
    The draw is made a chunk of rows at a time (the generator gives the same numbers in
    sequence), so memory holds the chunk's weights (``chunk_rows(n_docs) x n_docs``), not every pick (800 MB at
    100,000 documents) and their offsets.  The chunk is overwritten by the next one: use it (or
    copy it) before asking for the next.  ``dtype``: of the weights (float32 halves the chunk;
    exact below 2**24 documents, and a product with float64 counts casts them back)."""
    rng = np.random.default_rng(seed)
    rows = chunk_rows(n_docs)
    # one buffer refilled for every chunk (a new one per chunk held two at once, the caller's
    # last and the next): each chunk is valid until the next is asked for
    buffer = np.empty((min(rows, n_resamples), n_docs), dtype=dtype)
    for start in range(0, n_resamples, rows):
        weights = buffer[: min(rows, n_resamples - start)]
        for row in weights:  # one resample's draw at a time: the chunk's weights are all it holds
            row[:] = np.bincount(rng.integers(0, n_docs, size=n_docs), minlength=n_docs)
        yield weights


def percentile_intervals(samples: dict[str, Any], confidence: float) -> dict[str, tuple[float, float]]:
    """The central ``confidence`` interval of each metric over the resamples where it is defined."""
    alpha = (1.0 - confidence) / 2
    out = {}
    for name, values in samples.items():
        defined = values[~np.isnan(values)]
        if len(defined):
            out[name] = (float(np.quantile(defined, alpha)), float(np.quantile(defined, 1.0 - alpha)))
    return out


class RowsOfColumns(Mapping[str, dict[str, float]]):
    """:func:`newsgold.scoring.metrics.rows_of_columns` keyed by doc id, each row's dict built
    when asked: the columns (documents x metrics, 9 bytes a value) instead of a dict of ~130
    floats per document (~10 KB each, 1 GB at 100,000 documents); columns on disk
    (:class:`newsgold.scoring.disk.DiskColumns`) stay there, a row read when asked.  The same
    dicts, key order and values (``tolist`` of the same float64 arrays)."""

    def __init__(self, doc_ids: Sequence[str] | Mapping[str, int], columns: Mapping[str, tuple[Any, Any]]):
        from newsgold.scoring.disk import DiskColumns

        n = len(doc_ids)
        # a mapping: each id's row already (a run's, kept without a Python object per id)
        self.index = doc_ids if isinstance(doc_ids, Mapping) else {d: i for i, d in enumerate(doc_ids)}
        self.names = list(columns)
        self.disk = columns if isinstance(columns, DiskColumns) else None  # rows read back from its file
        if self.names and self.disk is None:
            self.matrix = np.column_stack([np.broadcast_to(columns[k][0], (n,)) for k in self.names])
            self.present = np.column_stack([np.broadcast_to(columns[k][1], (n,)) for k in self.names])

    def __getitem__(self, doc_id: str) -> dict[str, float]:
        i = self.index[doc_id]
        if not self.names:
            return {}
        if self.disk is not None:
            values, present = self.disk.row(i)
            return dict(compress(zip(self.names, values), present))
        return dict(compress(zip(self.names, self.matrix[i].tolist()), self.present[i].tolist()))

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)
