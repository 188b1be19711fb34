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


def test_runs_over_different_documents_say_which_lacks_predictions_and_how_to_fix_it(data_root: Path, tmp_path: Path) -> None:
    """A newcomer annotated a third article and ran the suite again; comparing with the earlier run said
    "rescore both against the current gold", but the earlier run has no predictions for that article
    (a suite extracts the documents with gold), so rescoring changed nothing and the refusal stayed."""
    import json

    from newsgold.compare import CompareRefused
    from newsgold.runs import run_suite
    from newsgold.suites import parse_suite
    from newsgold.workspace import Workspace

    ws = Workspace.at(data_root)
    first, second = sorted(ws.documents)
    runs = {}
    for run_id, docs in (("one", [first]), ("both", [first, second])):
        suite = parse_suite(f'name = "s"\nbootstrap = 0\ndocuments = {json.dumps(docs)}\n[[extractors]]\nspec = "quotes@3"\n', "s.toml")
        _, (result,) = run_suite(ws, suite, tmp_path / "runs", run_id, use_cache=False)
        runs[run_id] = result.directory
    with pytest.raises(CompareRefused) as info:
        compare_runs(runs["one"], runs["both"], n_boot=0, n_perm=10, workspace=ws)
    message = str(info.value)
    assert "the runs cover different documents (1 vs 2; only 1 in common): A has no predictions" in message
    assert "run its suite again (`newsgold run s`" in message and "compare the 1 in common" in message
    assert "newsgold rescore" not in message  # it would not help
    assert len(compare_runs(runs["one"], runs["both"], force=True, n_boot=0, n_perm=10, workspace=ws).warnings) >= 1
