"""compare on two real runs (quotes-direct v1 vs quotes v2): paired tests, changed items,
the regression gate's exit codes, and refused comparisons."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.compare import CompareRefused, compare_runs, paired_tests
from newsgold.runs import run_suite
from newsgold.suites import parse_suite

SUITE = """
name = "cmp"
layers = ["quotes"]
bootstrap = 20
[[extractors]]
spec = "quotes-direct"
version = "1"
[[extractors]]
spec = "quotes"
version = "2"
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("runs")
    group, _ = run_suite(parse_suite(SUITE, "cmp.toml"), root, "g", cache_dir=root / "cache")
    return group / "quotes-direct-v1", group / "quotes-v2"


def test_compare_v1_v2(runs):
    v1, v2 = runs
    c = compare_runs(v1, v2, n_boot=200, n_perm=500)
    rows = {r.name: r for r in c.rows}
    f1 = rows["quotes.content.coverage:0.3.f1"]
    assert f1.b > f1.a and f1.test.lo <= f1.delta <= f1.test.hi
    assert 0 < f1.test.p <= 1
    kinds = {ch.kind for ch in c.changes}
    assert "newly_found" in kinds  # v2 finds the indirect quotes v1 cannot
    assert not any(r.name.endswith(".strict.f1") for r in c.rows)  # only the matching scheme


def test_compare_is_deterministic(runs):
    v1, v2 = runs
    a = compare_runs(v1, v2, n_boot=100, n_perm=200, seed=3)
    b = compare_runs(v1, v2, n_boot=100, n_perm=200, seed=3)
    assert [(r.name, r.test) for r in a.rows] == [(r.name, r.test) for r in b.rows]


def test_randomization_p_value_formula():
    rows_a = [{"quotes.content.exact.cor": 1.0, "quotes.content.exact.mis": 0.0, "quotes.scored": 1.0}]
    rows_b = [{"quotes.content.exact.cor": 1.0, "quotes.content.exact.mis": 0.0, "quotes.scored": 1.0}]
    from newsgold.scoring import ScoreConfig

    out = paired_tests(rows_a, rows_b, ["quotes.content.exact.f1"], ScoreConfig(schemes=("exact",)), 10, 99, 1)
    assert out["quotes.content.exact.f1"].p == 1.0  # (99 + 1) / (99 + 1): identical runs


def test_cli_formats_and_gate(runs):
    v1, v2 = runs
    runner = CliRunner()
    common = ["--bootstrap", "50", "--trials", "100"]
    res = runner.invoke(app, ["compare", str(v1), str(v2), "--format", "markdown", *common])
    assert res.exit_code == 0 and "| `quotes.content.coverage:0.3.f1` |" in res.output
    res = runner.invoke(app, ["compare", str(v1), str(v2), "--format", "json", *common])
    data = json.loads(res.output)
    assert data["tests"]["seed"] == 12345 and data["metrics"]
    # v2 -> v1 loses recall: the gate fails ...
    res = runner.invoke(app, ["compare", str(v2), str(v1), "--fail-on-regression", *common])
    assert res.exit_code == 1
    # ... but not when the drop must be significant and two documents cannot make it so
    res = runner.invoke(app, ["compare", str(v2), str(v1), "--fail-on-regression", "--alpha", "0.05", *common])
    assert res.exit_code == 0
    # a run compared with itself never regresses
    res = runner.invoke(app, ["compare", str(v2), str(v2), "--fail-on-regression", "--max-drop", "0", *common])
    assert res.exit_code == 0


def _copy_with(run: Path, dest: Path, **changes: str) -> Path:
    shutil.copytree(run, dest)
    scores = json.loads((dest / "scores.json").read_text())
    scores.update(changes)
    (dest / "scores.json").write_text(json.dumps(scores))
    return dest


def test_refuses_different_gold_or_scorer(runs, tmp_path: Path):
    v1, v2 = runs
    other_gold = _copy_with(v2, tmp_path / "g", gold_hash="0" * 64)
    with pytest.raises(CompareRefused, match="different gold"):
        compare_runs(v1, other_gold, n_boot=10, n_perm=10)
    other_sig = _copy_with(v2, tmp_path / "s", signature="schemes:exact|other")
    with pytest.raises(CompareRefused, match="different scorer signatures"):
        compare_runs(v1, other_sig, n_boot=10, n_perm=10)
    forced = compare_runs(v1, other_sig, force=True, n_boot=10, n_perm=10)
    assert forced.warnings
    res = CliRunner().invoke(app, ["compare", str(v1), str(other_gold)])
    assert res.exit_code == 1 and "--force" in res.output


def test_cli_run_rescore_extract_extractors(tmp_path: Path):
    runner = CliRunner()
    suite = tmp_path / "s.toml"
    suite.write_text(SUITE)
    res = runner.invoke(app, ["run", str(suite), "--out", str(tmp_path / "runs"), "--run-id", "x", "--no-progress", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert "F1" in res.output and "| quotes-v2 | quotes | content coverage:0.3 |" in (tmp_path / "runs/x/summary.md").read_text()
    res = runner.invoke(app, ["rescore", str(tmp_path / "runs/x"), "--scheme", "exact"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "p.jsonl"
    res = runner.invoke(app, ["extract", "quotes@2", "-o", str(out)])
    assert res.exit_code == 0 and out.read_text().count("\n") >= 2
    res = runner.invoke(app, ["extract", "quotes@7", "-o", str(tmp_path / "q.jsonl")])
    assert res.exit_code == 1 and "version 7 requested" in res.output
    res = runner.invoke(app, ["extractors"])
    assert res.exit_code == 0 and "quotes-direct" in res.output
    res = runner.invoke(app, ["run", "no-such-suite"])
    assert res.exit_code == 1 and "no suite" in res.output
