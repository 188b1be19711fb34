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
from newsgold.workspace import Workspace

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
    group, _ = run_suite(Workspace.find(), parse_suite(SUITE, "cmp.toml"), root, "g", cache_dir=root / "cache")
    return group / "quotes-direct-v1", group / "quotes-v2"


def test_compare_v1_v2(runs):
    v1, v2 = runs
    c = compare_runs(v1, v2, n_boot=200, n_perm=500, workspace=Workspace.find())
    rows = {r.name: r for r in c.rows}
    f1 = rows["quotes.content.coverage:0.3.f1"]
    assert f1.b > f1.a and f1.test.lo <= f1.delta <= f1.test.hi
    assert 0 < f1.test.p <= 1
    kinds = {ch.kind for ch in c.changes}
    assert "newly_found" in kinds  # v2 finds the indirect quotes v1 cannot
    assert not any(r.name.endswith(".strict.f1") for r in c.rows)  # only the matching scheme


def test_compare_is_deterministic(runs):
    v1, v2 = runs
    a = compare_runs(v1, v2, n_boot=100, n_perm=200, seed=3, workspace=Workspace.find())
    b = compare_runs(v1, v2, n_boot=100, n_perm=200, seed=3, workspace=Workspace.find())
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
    with pytest.raises(CompareRefused, match=r"different gold .*`newsgold rescore RUN --overwrite` \(or `--out DIR`\)"):
        compare_runs(v1, other_gold, n_boot=10, n_perm=10, workspace=Workspace.find())  # rescore alone prints only
    other_sig = _copy_with(v2, tmp_path / "s", signature="schemes:exact|other")
    with pytest.raises(CompareRefused, match="different scorer signatures"):
        compare_runs(v1, other_sig, n_boot=10, n_perm=10, workspace=Workspace.find())
    forced = compare_runs(v1, other_sig, force=True, n_boot=10, n_perm=10, workspace=Workspace.find())
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
    res = runner.invoke(app, ["extract", "quotes@99", "-o", str(tmp_path / "q.jsonl")])
    assert res.exit_code == 1 and "version 99 requested" in res.output
    res = runner.invoke(app, ["extractors"])
    assert res.exit_code == 0 and "quotes-direct" in res.output
    res = runner.invoke(app, ["run", "no-such-suite"])
    assert res.exit_code == 1 and "no suite" in res.output


@pytest.fixture(scope="module")
def layer_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A claims run and a quotes run: same gold, documents and scorer, different layers."""
    root = tmp_path_factory.mktemp("layers")
    text = 'bootstrap = 10\n[[extractors]]\nspec = "claims"\nversion = "1"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'
    group, _ = run_suite(Workspace.find(), parse_suite(text, "l.toml"), root, "g", cache_dir=root / "cache")
    return group / "claims-v1", group / "quotes-v2"


def test_gate_fails_when_b_drops_a_layer(layer_runs):
    claims, quotes = layer_runs
    c = compare_runs(claims, quotes, n_boot=10, n_perm=10, workspace=Workspace.find())
    regs = c.regressions(0.01, None)
    assert regs and all(r.missing_in_b for r in regs) and {r.name.split(".")[0] for r in regs} == {"claims"}
    assert any("different layers" in w and "claims" in w for w in c.warnings)
    common = ["--bootstrap", "10", "--trials", "10"]
    for a, b in ((claims, quotes), (quotes, claims)):
        res = CliRunner().invoke(app, ["compare", str(a), str(b), "--fail-on-regression", *common])
        assert res.exit_code == 1, res.output
        assert "missing in B" in res.output and "different layers" in res.output
    # with --alpha too: nothing to test is no evidence of no change
    res = CliRunner().invoke(app, ["compare", str(claims), str(quotes), "--fail-on-regression", "--alpha", "0.05", *common])
    assert res.exit_code == 1
    res = CliRunner().invoke(app, ["compare", str(claims), str(quotes), "--format", "json", *common])
    data = json.loads(res.output)
    assert data["regressions"] and all(m.get("status") for m in data["metrics"] if m["metric"] in data["regressions"])


def test_gate_fails_when_a_metric_becomes_undefined_in_b(runs, tmp_path: Path):
    _, v2 = runs
    b = tmp_path / "b"
    shutil.copytree(v2, b)
    scores = json.loads((b / "scores.json").read_text())
    name = "quotes.content.coverage:0.3.f1"
    scores["micro"][name] = None  # the scorer's "undefined" (0/0)
    (b / "scores.json").write_text(json.dumps(scores))
    c = compare_runs(v2, b, n_boot=10, n_perm=10, workspace=Workspace.find())
    assert [r.name for r in c.regressions(0.01, None)] == [name]
    res = CliRunner().invoke(app, ["compare", str(v2), str(b), "--fail-on-regression", "--bootstrap", "10", "--trials", "10"])
    assert res.exit_code == 1 and "missing in B" in res.output
    # the other way round (A undefined, B defined) is no regression
    res = CliRunner().invoke(
        app, ["compare", str(b), str(v2), "--fail-on-regression", "--max-drop", "0", "--bootstrap", "10", "--trials", "10"]
    )
    assert res.exit_code == 0, res.output


def test_paired_statistics_by_hand():
    """Two documents (exact scheme, F1 = 2·cor / (act + pos)):

    doc 1: A finds both gold quotes; B predicts two wrong spans  (F1 1 vs 0)
    doc 2: A finds both; B finds one and predicts one wrong span  (F1 1 vs 0.5)
    micro: A 1, B 2·1/(4+4) = 0.25, delta -0.75.

    Bootstrap: the resamples are {1,1} (p 1/4, delta -1), {2,2} (1/4, -0.5), {1,2} (1/2, -0.75),
    so the 95% interval is [-1, -0.5].  Randomization: four equally likely swaps; none or both
    give |delta| = 0.75, one only gives A' = B1+A2 (F1 4/8) vs B' = A1+B2 (F1 6/8), |delta| 0.25
    < 0.75.  So c ~ Binomial(n, 1/2) and E[p] = (n/2 + 1)/(n + 1).
    """
    from newsgold.scoring import ScoreConfig

    k = "quotes.content.exact"
    a = [{f"{k}.cor": 2.0, "quotes.scored": 1.0}, {f"{k}.cor": 2.0, "quotes.scored": 1.0}]
    b = [
        {f"{k}.spu": 2.0, f"{k}.mis": 2.0, "quotes.scored": 1.0},
        {f"{k}.cor": 1.0, f"{k}.spu": 1.0, f"{k}.mis": 1.0, "quotes.scored": 1.0},
    ]
    n = 10000
    out = paired_tests(a, b, [f"{k}.f1"], ScoreConfig(schemes=("exact",)), n_boot=2000, n_perm=n, seed=7)[f"{k}.f1"]
    assert out.delta == pytest.approx(-0.75)
    assert (out.lo, out.hi) == (pytest.approx(-1.0), pytest.approx(-0.5))
    exact = (n / 2 + 1) / (n + 1)
    assert abs(out.p - exact) < 0.02


def test_excerpts_skipped_when_the_gold_changed(tmp_path: Path, data_root: Path):
    group, _ = run_suite(Workspace.find(), parse_suite(SUITE, "cmp.toml"), tmp_path / "runs", "g", use_cache=False)
    v1, v2 = group / "quotes-direct-v1", group / "quotes-v2"
    c = compare_runs(v1, v2, n_boot=10, n_perm=10, workspace=Workspace.find())
    assert not c.warnings and all(ch.text for ch in c.changes if ch.kind == "newly_found")
    # the gold changes after the runs: gold ids may now name other items, so no excerpts (and say why)
    gold_file = sorted((data_root / "annotations/gold").glob("*.json"))[0]
    doc = json.loads(gold_file.read_text())
    doc["quotes"] = list(reversed(doc["quotes"]))
    gold_file.write_text(json.dumps(doc))
    c = compare_runs(v1, v2, n_boot=10, n_perm=10, workspace=Workspace.find())
    assert any("item excerpts skipped" in w and "changed since" in w for w in c.warnings)
    assert all(ch.text == "" for ch in c.changes if ch.kind in ("newly_found", "newly_missed"))
    # a forced comparison across different gold: the same
    other = _copy_with(v2, tmp_path / "o", gold_hash="0" * 64)
    c = compare_runs(v1, other, force=True, n_boot=10, n_perm=10, workspace=Workspace.find())
    assert any("item excerpts skipped" in w and "different gold" in w for w in c.warnings)
    # a gold that cannot be read is a warning, not silence
    m = json.loads((v1 / "manifest.json").read_text())
    m["gold"]["path"] = "annotations/no-such-gold"
    (v1 / "manifest.json").write_text(json.dumps(m))
    c = compare_runs(v1, v2, n_boot=10, n_perm=10, workspace=Workspace.find())
    assert any("item excerpts skipped: cannot load the gold" in w for w in c.warnings)
