"""Suite runs on the real corpus and gold (measured, never asserted against exact figures):
run directory contents, cache hits, --jobs equivalence, rescore, refusal to overwrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgold.runs import RunError, load_run, rescore, run_suite
from newsgold.suites import parse_suite

SUITE = """
name = "t"
layers = ["quotes"]
bootstrap = 20
[[extractors]]
spec = "quotes-direct"
version = "1"
[[extractors]]
spec = "quotes"
version = "2"
"""
FILES = {"manifest.json", "predictions.jsonl", "scores.json", "report.md", "report.html"}


@pytest.fixture
def suite():
    return parse_suite(SUITE, "t.toml")


def test_run_writes_one_directory_per_extractor(tmp_path: Path, suite):
    group, results = run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    assert {p.name for p in group.iterdir()} == {"quotes-direct-v1", "quotes-v2", "summary.json", "summary.md"}
    for res in results:
        assert {p.name for p in res.directory.iterdir()} == FILES
        m = json.loads((res.directory / "manifest.json").read_text())
        for key in ("suite", "extractor", "corpus_hash", "gold", "scorer", "newsgold_version", "git", "started_at", "duration_s"):
            assert key in m
        assert m["extractor"]["config_hash"] and m["gold"]["hash"] and "commit" in m["git"] and "dirty" in m["git"]
        assert m["extraction"] == {"extracted": len(m["documents"]), "cached": 0, "jobs": 1}
    assert "| quotes-v2 | quotes |" in (group / "summary.md").read_text()


def test_unchanged_rerun_extracts_nothing(tmp_path: Path, suite):
    run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    _, again = run_suite(suite, tmp_path / "runs", "r2", cache_dir=tmp_path / "cache")
    assert all(r.stats.extracted == 0 and r.stats.cached == len(r.manifest["documents"]) for r in again)
    a = (tmp_path / "runs/r1/quotes-v2/predictions.jsonl").read_text()
    assert a == (tmp_path / "runs/r2/quotes-v2/predictions.jsonl").read_text()


def test_config_change_misses_the_cache(tmp_path: Path):
    suite = parse_suite(SUITE.replace('version = "2"', 'version = "2"\nconfig = { entities = "annotations/entities.json" }'), "t.toml")
    base = parse_suite(SUITE, "t.toml")
    run_suite(base, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    _, res = run_suite(suite, tmp_path / "runs", "r2", cache_dir=tmp_path / "cache")
    v2 = next(r for r in res if r.label == "quotes-v2")
    assert v2.stats.extracted == len(v2.manifest["documents"])


def test_jobs_equal_serial(tmp_path: Path, suite):
    run_suite(suite, tmp_path / "runs", "serial", use_cache=False)
    run_suite(suite, tmp_path / "runs", "par", jobs=2, use_cache=False)
    for label in ("quotes-direct-v1", "quotes-v2"):
        serial = (tmp_path / "runs/serial" / label)
        par = (tmp_path / "runs/par" / label)
        assert (serial / "predictions.jsonl").read_bytes() == (par / "predictions.jsonl").read_bytes()
        assert json.loads((serial / "scores.json").read_text())["micro"] == json.loads((par / "scores.json").read_text())["micro"]


def test_existing_run_is_not_overwritten(tmp_path: Path, suite):
    run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    before = (tmp_path / "runs/r1/quotes-v2/scores.json").read_text()
    with pytest.raises(RunError, match="exists; choose another --run-id or pass --overwrite"):
        run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    assert (tmp_path / "runs/r1/quotes-v2/scores.json").read_text() == before


def test_rescore_with_other_scheme(tmp_path: Path, suite):
    group, _ = run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    preds = (group / "quotes-v2/predictions.jsonl").read_text()
    run, scores = rescore(group / "quotes-v2", ("exact",))
    assert run.scores["config"]["schemes"] == ["exact"]
    assert "quotes.content.exact.f1" in scores.headline()
    assert (group / "quotes-v2/predictions.jsonl").read_text() == preds
    assert run.manifest["rescored"]


def test_load_run_errors(tmp_path: Path, suite):
    group, _ = run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    with pytest.raises(RunError, match="not a run directory.*name one"):
        load_run(group)
    with pytest.raises(RunError, match="no such run directory"):
        load_run(tmp_path / "nope")


def test_learned_extractor_needs_folds(tmp_path: Path):
    suite = parse_suite('[[extractors]]\nspec = "claims-learned"\n', "t.toml")
    with pytest.raises(RunError, match="only by cross-validation"):
        run_suite(suite, tmp_path / "runs", "r", use_cache=False)


def test_cross_validated_run(tmp_path: Path):
    suite = parse_suite('bootstrap = 10\n[[extractors]]\nspec = "claims-learned"\nfolds = 2\n', "t.toml")
    _, (res,) = run_suite(suite, tmp_path / "runs", "cv", cache_dir=tmp_path / "cache")
    assert res.manifest["extractor"]["folds"] == 2 and res.stats.extracted == len(res.manifest["documents"])
    _, (again,) = run_suite(suite, tmp_path / "runs", "cv2", cache_dir=tmp_path / "cache")
    assert again.stats.extracted == 0


def test_rescore_command_shows_the_schemes_asked_for(tmp_path: Path, suite):
    from typer.testing import CliRunner

    from newsgold.cli import app

    group, _ = run_suite(suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    result = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--scheme", "exact", "--scheme", "partial"])
    assert result.exit_code == 0, result.output
    assert "content exact" in result.output and "content partial" in result.output
    assert "coverage:0.3" not in result.output
