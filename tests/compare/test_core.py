"""compare_runs and ScoreConfig check their numbers as a suite does: a negative trial or resample
count, or a seed outside 0..2**32-1, is refused before any run is read (``--trials -1`` and
``score --seed -1`` used to pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.compare.core import compare_runs
from newsgold.errors import NewsgoldError
from newsgold.scoring.config import ScoreConfig
from newsgold.suites import MAX_SEED


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_perm": -1}, "randomization trials must be between 0 and 1,000,000, got -1"),
        ({"n_boot": -5}, "bootstrap resamples must be between 0 and 1,000,000, got -5"),
        ({"n_perm": 2**63 - 1}, "randomization trials must be between 0 and 1,000,000"),  # ran until killed
        ({"n_boot": 10**6 + 1}, "bootstrap resamples must be between 0 and 1,000,000"),
        ({"seed": -1}, "the seed must be between 0 and"),
        ({"seed": 2**70}, "the seed must be between 0 and"),
    ],
)
def test_bad_numbers_are_refused_before_reading(kwargs: dict, message: str, tmp_path: Path) -> None:
    with pytest.raises(NewsgoldError, match=message) as info:
        compare_runs(tmp_path / "no-a", tmp_path / "no-b", **kwargs)
    assert getattr(info.value, "remedy", None) is None  # not a --force matter


@pytest.mark.parametrize("seed", [-1, MAX_SEED + 1, 2**70])
def test_a_score_seed_outside_the_range_is_refused(seed: int) -> None:
    with pytest.raises(ValueError, match="the seed must be between 0 and 4294967295"):
        ScoreConfig(seed=seed)
    assert ScoreConfig(seed=MAX_SEED).seed == MAX_SEED and ScoreConfig(seed=0).seed == 0
