"""Krippendorff's unitizing alpha against cases worked on paper (no pip-installable reference
implements u-alpha; ``krippendorff`` has coding alpha only)."""

from __future__ import annotations

import math

import pytest

from newsgold.scoring.krippendorff import unitizing_alpha


def test_identical_units_agree_perfectly():
    assert unitizing_alpha(10, [[(2, 5)], [(2, 5)]]) == 1.0
    assert unitizing_alpha(10, [[(2, 5)], [(2, 5)], [(2, 5)]]) == 1.0


def test_two_shifted_units():
    """L = 10; observer 1 has the unit [0, 4), observer 2 the unit [2, 6).

    Sections: 1: U[0,4) G[4,10); 2: G[0,2) U[2,6) G[6,10).  Intersecting pairs: U[0,4)~G[0,2)
    (gap does not contain the unit: 0), U[0,4)~U[2,6): (0-2)² + (4-6)² = 8, G[4,10)~U[2,6)
    (0), G~G (0).  D_o = 2·8 / (2·1·10²) = 0.08.
    N = 2 units of length 4; gaps 6, 2, 4.  Per unit: (N-1)(2·64 - 3·16 + 4)/3 = 28, plus
    4²·[(6-4+1) + (4-4+1)] = 64: 92; both 184.  D_e = (2/10)·184 / (2·10·19 - 2·4·3) = 36.8/356.
    α = 1 - 0.08·356/36.8 = 1 - 89/115 = 26/115.
    """
    assert unitizing_alpha(10, [[(0, 4)], [(2, 6)]]) == pytest.approx(26 / 115)


def test_a_unit_the_other_observer_missed():
    """L = 10; observer 1 has [0, 4), observer 2 nothing (one gap of 10).

    δ²(U[0,4), G[0,10)) = 4² = 16 (the gap contains the unit): D_o = 2·16/200 = 0.16.
    N = 1: the first term is 0; gaps 6 and 10: 4²·[(10-4+1) + (6-4+1)] = 160.
    D_e = (2/10)·160 / (380 - 12) = 32/368.  α = 1 - 0.16·368/32 = 1 - 1.84 = -0.84.
    """
    assert unitizing_alpha(10, [[(0, 4)], []]) == pytest.approx(-0.84)


def test_undefined_cases_are_nan():
    assert math.isnan(unitizing_alpha(10, [[], []]))  # no unit at all
    assert math.isnan(unitizing_alpha(10, [[(0, 4)]]))  # one observer
    # touching units of one observer are one unit, as overlapping ones are
    assert unitizing_alpha(10, [[(0, 2), (2, 4)], [(0, 4)]]) == 1.0
