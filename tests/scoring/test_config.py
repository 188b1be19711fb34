"""ScoreConfig's numbers are bounded as a suite's are: ``score --bootstrap 2**63`` ran until killed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.scoring.config import ScoreConfig
from newsgold.suites import MAX_BOOTSTRAP


@pytest.mark.parametrize("n", [-1, MAX_BOOTSTRAP + 1, 2**63 - 1])
def test_bootstrap_resamples_outside_the_suite_range_are_refused(n: int) -> None:
    with pytest.raises(ValueError, match=f"bootstrap resamples must be between 0 and 1,000,000, got {n}"):
        ScoreConfig(bootstrap=n)
    assert ScoreConfig(bootstrap=MAX_BOOTSTRAP).bootstrap == MAX_BOOTSTRAP


def test_score_bootstrap_2_63_is_one_error_line() -> None:
    res = CliRunner().invoke(app, ["score", "--pred", "eval/runs/baseline/quotes-v2", "--bootstrap", str(2**63 - 1)])
    assert res.exit_code == 1 and "bootstrap resamples must be between 0 and 1,000,000" in res.output, res.output
