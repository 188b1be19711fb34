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


# -- unitizing alpha ---------------------------------------------------------------------------
# Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological Methodology
# 25; Krippendorff (2004), Content Analysis, 2nd ed., section 12.4: each observer cuts the
# continuum [0, L) into units and gaps.  Observed disagreement sums, over pairs of observers and
# pairs of their intersecting sections, delta² = (b_g - b_h)² + (e_g - e_h)² for two overlapping
# units, l_g² for a unit inside the other's gap, else 0:  D_o = 2 Σ / (m (m - 1) L²).  Expected
# disagreement, over all units g and gaps h of all observers (N units):
# D_e = (2/L) Σ_g [(N - 1)(2l³ - 3l² + l)/3 + l² Σ_{h: l_h ≥ l} (l_h - l + 1)] / (mL(mL - 1) - Σ_g l(l - 1)).
# No pip-installable implementation of this coefficient exists: ``krippendorff`` has coding alpha
# only, and ``krippendorff-unitized-alpha`` 0.1.0 computes the coincidence-matrix variant of
# Krippendorff, Mathet et al. (2016), another coefficient.  DKPro Statistics (Java) implements this
# one (KrippendorffAlphaUnitizingAgreement); the tests check hand-computed cases.


def _sections(units: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int, bool]]:
    """(begin, end, is_unit) sections partitioning [0, length); units sorted and disjoint."""
    out, pos = [], 0
    for s, e in units:
        if s > pos:
            out.append((pos, s, False))
        out.append((s, e, True))
        pos = e
    if pos < length:
        out.append((pos, length, False))
    return out


def _delta(g: tuple[int, int, bool], h: tuple[int, int, bool]) -> int:
    (bg, eg, ug), (bh, eh, uh) = g, h
    if ug and uh:
        return (bg - bh) ** 2 + (eg - eh) ** 2 if bg < eh and bh < eg else 0
    if ug and not uh:
        return (eg - bg) ** 2 if bh <= bg and eg <= eh else 0
    if uh and not ug:
        return (eh - bh) ** 2 if bg <= bh and eh <= eg else 0
    return 0


def unitizing_alpha(length: int, observers: Sequence[Sequence[tuple[int, int]]]) -> float:
    """Krippendorff's u-alpha of one category on a continuum of ``length`` (e.g. characters).

    ``observers``: each observer's units as (begin, end), end exclusive; overlapping or touching
    units of one observer are merged.  NaN when it is undefined (under 2 observers, no unit, or
    no expected disagreement).
    """
    from newsgold.scoring.spans import canonical

    m = len(observers)
    units = [list(canonical(u)) for u in observers]
    if m < 2 or length <= 0 or not any(units):
        return math.nan
    sections = [_sections(u, length) for u in units]
    observed = 0
    for i in range(m):
        for j in range(i + 1, m):
            observed += sum(_delta(g, h) for g in sections[i] for h in sections[j] if g[0] < h[1] and h[0] < g[1])
    d_o = 2 * observed / (m * (m - 1) * length**2)
    lengths = [e - s for u in units for s, e in u]
    gaps = [e - s for sec in sections for s, e, unit in sec if not unit]
    n = len(lengths)
    total = sum((n - 1) * (2 * ln**3 - 3 * ln**2 + ln) / 3 + ln**2 * sum(h - ln + 1 for h in gaps if h >= ln) for ln in lengths)
    denominator = m * length * (m * length - 1) - sum(ln * (ln - 1) for ln in lengths)
    d_e = 2 / length * total / denominator if denominator else 0.0
    return 1.0 - d_o / d_e if d_e else math.nan
