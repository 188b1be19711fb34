"""Paired significance of metric deltas between two runs over the same documents.

Both tests resample *documents*, the unit the corpus is drawn in: a paired bootstrap interval of
the delta (the same resampled documents for A and B) and a paired approximate-randomization test
(each document's A and B count vectors swapped with probability 1/2; p = (c + 1) / (n + 1)).
A metric undefined for the observed runs (0/0) gets no p-value; trials in which it is undefined
do not count towards n.
Metrics come from the scorer's own :func:`newsgold.scoring.metrics.headline` on summed counts;
identical sums are evaluated once, which makes small corpora instant.
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


class _Evaluator:
    """Metric values of a summed count vector, per layer, memoised on the sums."""

    def __init__(self, keys: Sequence[str], metrics_wanted: Sequence[str], config: Any):
        self.config = config
        self.groups = []
        from newsgold.layers import registry

        for prefix in (f"{name}." for name in registry.names()):
            idx = [i for i, k in enumerate(keys) if k.startswith(prefix)]
            names = [m for m in metrics_wanted if m.startswith(prefix)]
            if idx and names:
                self.groups.append(([keys[i] for i in idx], idx, names))
        self.memo: dict[Any, dict[str, float]] = {}

    def __call__(self, row: Any, n_docs: int) -> dict[str, float]:
        from newsgold.scoring import DocCounts
        from newsgold.scoring.metrics import headline

        out: dict[str, float] = {}
        for gi, (gkeys, idx, names) in enumerate(self.groups):
            sub = row[idx]
            memo_key = (gi, sub.round(9).tobytes())
            values = self.memo.get(memo_key)
            if values is None:
                full = headline(DocCounts(dict(zip(gkeys, sub.tolist())), n_docs), self.config)
                values = {m: float("nan") if full.get(m) is None else float(full[m]) for m in names}  # None/NaN: undefined
                self.memo[memo_key] = values
            out.update(values)
        return out


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
    import numpy as np

    keys = sorted({k for r in (*a_rows, *b_rows) for k in r})
    A = np.array([[r.get(k, 0.0) for k in keys] for r in a_rows], dtype=np.float64)
    B = np.array([[r.get(k, 0.0) for k in keys] for r in b_rows], dtype=np.float64)
    n = len(a_rows)
    evaluate = _Evaluator(keys, metric_names, config)
    obs_a, obs_b = evaluate(A.sum(0), n), evaluate(B.sum(0), n)
    observed = {m: obs_b.get(m, np.nan) - obs_a.get(m, np.nan) for m in metric_names}
    rng = np.random.default_rng(seed)
    boots: dict[str, list[float]] = {m: [] for m in metric_names}
    if n_boot:
        picks = rng.integers(0, n, size=(n_boot, n))
        weights = np.stack([np.bincount(p, minlength=n) for p in picks]).astype(np.float64)
        for sa, sb in zip(weights @ A, weights @ B):
            va, vb = evaluate(sa, n), evaluate(sb, n)
            for m in metric_names:
                boots[m].append(vb[m] - va[m])
    exceed = dict.fromkeys(metric_names, 0)
    valid = dict.fromkeys(metric_names, 0)
    if n_perm:
        swaps = rng.random((n_perm, n)) < 0.5
        diff = B - A
        sum_a = A.sum(0)
        for s in swaps:
            moved = diff[s].sum(0) if s.any() else 0.0
            sa, sb = sum_a + moved, B.sum(0) - moved
            va, vb = evaluate(sa, n), evaluate(sb, n)
            for m in metric_names:
                d = vb[m] - va[m]
                if np.isnan(d):  # undefined in this rearrangement: not a trial of this metric
                    continue
                valid[m] += 1
                if abs(d) >= abs(observed[m]) - 1e-12:
                    exceed[m] += 1
    alpha = (1 - confidence) / 2
    out = {}
    for m in metric_names:
        vals = np.array([v for v in boots[m] if not np.isnan(v)])
        lo, hi = (float(np.quantile(vals, alpha)), float(np.quantile(vals, 1 - alpha))) if len(vals) else (np.nan, np.nan)
        defined = not np.isnan(observed[m])
        p = (exceed[m] + 1) / (valid[m] + 1) if n_perm and defined else float("nan")
        out[m] = Paired(float(observed[m]), lo, hi, p)
    return out
