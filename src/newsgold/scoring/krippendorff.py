"""Krippendorff's alpha for nominal data (no scikit-learn equivalent exists).

Computed from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
Alpha-Reliability", section C): each unit with m >= 2 values adds 1/(m-1) for every ordered
pair of its values; alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence


def nominal_alpha(units: Iterable[Sequence[Hashable | None]]) -> float:
    """Alpha over units, each a sequence of one value per coder (``None`` = missing).

    NaN when there is nothing to compare (fewer than two pairable values) or when every value
    is the same category (no variation: expected disagreement is 0).
    """
    coincidence: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    coincidence[(values[i], values[j])] += 1.0 / (m - 1)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _), value in coincidence.items():
        totals[c] += value
    n = sum(totals.values())
    observed = sum(v for (c, k), v in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n < 2 or expected == 0:
        return math.nan
    return 1.0 - (n - 1) * observed / expected
