"""Paired significance of metric deltas between two runs over the same documents.

Both tests resample *documents*, the unit the corpus is drawn in: a paired bootstrap interval of
the delta (the same resampled documents for A and B) and a paired approximate-randomization test
(each document's A and B count vectors swapped with probability 1/2; p = (c + 1) / (n + 1)).
A metric undefined for the observed runs (0/0) gets no p-value; trials in which it is undefined
do not count towards n.
Metrics come from the scorer's own metric functions, evaluated on all resamples (or trials) at
once (:func:`newsgold.scoring.metrics.headline_arrays`): one array operation per metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Paired:
    delta: float
    lo: float
    hi: float
    p: float


def _evaluate(keys: Sequence[str], sums: Any, n_docs: int, metric_names: Sequence[str], config: Any) -> dict[str, Any]:
    """Every wanted metric of each row of ``sums`` (rows x keys), NaN where undefined or absent."""
    import numpy as np

    from newsgold.scoring.arrays import ArrayCounts
    from newsgold.scoring.metrics import headline_arrays

    values = headline_arrays(ArrayCounts(keys, sums, n_docs), config)
    nan = np.full(len(sums), np.nan)
    return {m: values.get(m, nan) for m in metric_names}


def paired_tests(
    a_rows: list[dict[str, float]],
    b_rows: list[dict[str, float]],
    metric_names: Sequence[str],
    config: Any,
    n_boot: int = 1000,
    n_perm: int = 10000,
    seed: int = 12345,
    confidence: float = 0.95,
) -> dict[str, Paired]:
    from newsgold.scoring.arrays import one_blas_thread

    with one_blas_thread():  # (small products: see one_blas_thread)
        return _paired(a_rows, b_rows, metric_names, config, n_boot, n_perm, seed, confidence)


def _paired(
    a_rows: list[dict[str, float]],
    b_rows: list[dict[str, float]],
    metric_names: Sequence[str],
    config: Any,
    n_boot: int,
    n_perm: int,
    seed: int,
    confidence: float,
) -> dict[str, Paired]:
    import numpy as np

    from newsgold.scoring.arrays import CHUNK, resample_weights

    keys = sorted({k for r in (*a_rows, *b_rows) for k in r})
    A = np.array([[r.get(k, 0.0) for k in keys] for r in a_rows], dtype=np.float64)
    B = np.array([[r.get(k, 0.0) for k in keys] for r in b_rows], dtype=np.float64)
    n = len(a_rows)
    both = _evaluate(keys, np.stack([A.sum(0), B.sum(0)]), n, metric_names, config)
    observed = {m: both[m][1] - both[m][0] for m in metric_names}
    boots: dict[str, list[Any]] = {m: [] for m in metric_names}
    # one generator for both tests, as always: the bootstrap draws first, the swaps after
    rng = np.random.default_rng(seed)
    if n_boot:
        for weights in resample_weights(n, n_boot, rng):
            va, vb = _evaluate(keys, weights @ A, n, metric_names, config), _evaluate(keys, weights @ B, n, metric_names, config)
            for m in metric_names:
                boots[m].append(vb[m] - va[m])
    exceed = dict.fromkeys(metric_names, 0)
    valid = dict.fromkeys(metric_names, 0)
    if n_perm:
        diff = B - A
        sum_a, sum_b = A.sum(0), B.sum(0)
        for start in range(0, n_perm, CHUNK):  # rng.random draws the same numbers in chunks
            swaps = rng.random((min(CHUNK, n_perm - start), n)) < 0.5
            moved = swaps.astype(np.float64) @ diff
            va = _evaluate(keys, sum_a + moved, n, metric_names, config)
            vb = _evaluate(keys, sum_b - moved, n, metric_names, config)
            for m in metric_names:
                d = vb[m] - va[m]
                ok = ~np.isnan(d)  # undefined in a rearrangement: not a trial of this metric
                valid[m] += int(ok.sum())
                exceed[m] += int((np.abs(d[ok]) >= abs(observed[m]) - 1e-12).sum())
    alpha = (1 - confidence) / 2
    out = {}
    for m in metric_names:
        vals = np.concatenate(boots[m]) if boots[m] else np.array([])
        vals = vals[~np.isnan(vals)]
        lo, hi = (float(np.quantile(vals, alpha)), float(np.quantile(vals, 1 - alpha))) if len(vals) else (np.nan, np.nan)
        defined = not np.isnan(observed[m])
        p = (exceed[m] + 1) / (valid[m] + 1) if n_perm and defined else float("nan")
        out[m] = Paired(float(observed[m]), lo, hi, p)
    return out
