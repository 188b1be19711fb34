"""Suite runs on the real corpus and gold (measured, never asserted against exact figures):
run directory contents, cache hits, --jobs equivalence, rescore, refusal to overwrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgold.runs import RunError, load_run, rescore, run_suite, write_rescored
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

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
    group, results = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
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
    run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    _, again = run_suite(Workspace.find(), suite, tmp_path / "runs", "r2", cache_dir=tmp_path / "cache")
    assert all(r.stats.extracted == 0 and r.stats.cached == len(r.manifest.documents) for r in again)
    a = (tmp_path / "runs/r1/quotes-v2/predictions.jsonl").read_text()
    assert a == (tmp_path / "runs/r2/quotes-v2/predictions.jsonl").read_text()


def test_config_change_misses_the_cache(tmp_path: Path):
    suite = parse_suite(SUITE.replace('version = "2"', 'version = "2"\nconfig = { entities = "annotations/entities.json" }'), "t.toml")
    base = parse_suite(SUITE, "t.toml")
    run_suite(Workspace.find(), base, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    _, res = run_suite(Workspace.find(), suite, tmp_path / "runs", "r2", cache_dir=tmp_path / "cache")
    v2 = next(r for r in res if r.label == "quotes-v2")
    assert v2.stats.extracted == len(v2.manifest.documents)


def test_jobs_equal_serial(tmp_path: Path, suite):
    run_suite(Workspace.find(), suite, tmp_path / "runs", "serial", use_cache=False)
    run_suite(Workspace.find(), suite, tmp_path / "runs", "par", jobs=2, use_cache=False)
    for label in ("quotes-direct-v1", "quotes-v2"):
        serial = tmp_path / "runs/serial" / label
        par = tmp_path / "runs/par" / label
        assert (serial / "predictions.jsonl").read_bytes() == (par / "predictions.jsonl").read_bytes()
        assert json.loads((serial / "scores.json").read_text())["micro"] == json.loads((par / "scores.json").read_text())["micro"]


def test_existing_run_is_not_overwritten(tmp_path: Path, suite):
    run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    before = (tmp_path / "runs/r1/quotes-v2/scores.json").read_text()
    with pytest.raises(RunError, match="exists"):
        run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    assert (tmp_path / "runs/r1/quotes-v2/scores.json").read_text() == before


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_rescore_with_other_scheme(tmp_path: Path, suite):
    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    preds = (group / "quotes-v2/predictions.jsonl").read_text()
    r = rescore(Workspace.find(), group / "quotes-v2", ("exact",), replace_schemes=True)
    assert r.scores.config.schemes == ("exact",) and not r.comparable_with_original
    assert "quotes.content.exact.f1" in r.scores.headline()
    write_rescored(Workspace.find(), r, overwrite=True)
    run = load_run(group / "quotes-v2")
    assert run.scores.config.schemes == ["exact"] and run.manifest.rescored
    assert (group / "quotes-v2/predictions.jsonl").read_text() == preds


def test_rescore_writes_nothing_by_default(tmp_path: Path, suite):
    from typer.testing import CliRunner

    from newsgold.cli import app

    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    before = _snapshot(group)
    rescore(Workspace.find(), group / "quotes-v2", ("exact",))
    res = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--scheme", "exact"])
    assert res.exit_code == 0, res.output
    assert "nothing written" in res.output and "content exact" in res.output
    res = CliRunner().invoke(app, ["rescore", str(group)])
    assert res.exit_code == 0, res.output
    assert _snapshot(group) == before
    with pytest.raises(RunError, match="replaces the run"):
        write_rescored(Workspace.find(), rescore(Workspace.find(), group / "quotes-v2"))
    assert _snapshot(group) == before


def test_rescore_scheme_adds_to_the_runs_schemes(tmp_path: Path, suite):
    group, (_, v2) = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    own = v2.scores.config.schemes
    same = rescore(Workspace.find(), group / "quotes-v2", ("exact",))  # already among the run's schemes
    assert same.scores.config.schemes == own and same.comparable_with_original and same.added_schemes == ()
    more = rescore(Workspace.find(), group / "quotes-v2", ("coverage:0.5",))
    assert more.scores.config.schemes == (*own, "coverage:0.5") and more.added_schemes == ("coverage:0.5",)
    assert not more.comparable_with_original  # a new scheme changes the signature


def test_rescore_out_writes_a_new_run(tmp_path: Path, suite):
    from typer.testing import CliRunner

    from newsgold.cli import app
    from newsgold.compare import compare_runs

    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    before = _snapshot(group)
    new = tmp_path / "rescored" / "quotes-v2"
    res = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--scheme", "exact", "--out", str(new)])
    assert res.exit_code == 0, res.output
    assert _snapshot(group) == before
    assert {p.name for p in new.iterdir()} == FILES
    m = json.loads((new / "manifest.json").read_text())
    assert m["rescored_from"]["run_id"] == "r1/quotes-v2" and "rescored" not in m
    assert (new / "predictions.jsonl").read_bytes() == (group / "quotes-v2/predictions.jsonl").read_bytes()
    compare_runs(group / "quotes-direct-v1", new, n_boot=10, n_perm=10, workspace=Workspace.find())  # same signature: comparable
    res = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--out", str(new)])
    assert res.exit_code == 1 and "exists" in res.output
    # a whole suite run: a new suite directory with its summary
    res = CliRunner().invoke(app, ["rescore", str(group), "--out", str(tmp_path / "g2")])
    assert res.exit_code == 0, res.output
    assert {p.name for p in (tmp_path / "g2").iterdir()} == {"quotes-direct-v1", "quotes-v2", "summary.json", "summary.md"}
    assert _snapshot(group) == before


def test_rescore_overwrite_in_place_updates_the_summary(tmp_path: Path):
    from typer.testing import CliRunner

    from newsgold.cli import app

    suite = parse_suite(SUITE.replace("bootstrap = 20", 'bootstrap = 20\nschemes = ["coverage:0.3"]'), "t.toml")
    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    assert "exact" not in json.loads((group / "summary.json").read_text())["signature"]
    res = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--scheme", "exact", "--overwrite"])
    assert res.exit_code == 0, res.output
    assert "scores.json" in res.output and "rewrote" in res.output  # the files that changed
    summary = json.loads((group / "summary.json").read_text())
    assert summary["signature"] is None and "exact" in summary["signatures"]["quotes-v2"]  # siblings differ now
    assert "scored differently" in (group / "summary.md").read_text()
    res = CliRunner().invoke(app, ["rescore", str(group), "--scheme", "exact", "--overwrite"])
    assert res.exit_code == 0, res.output
    summary = json.loads((group / "summary.json").read_text())
    assert "exact" in summary["signature"] and [r["directory"] for r in summary["runs"]] == ["quotes-direct-v1", "quotes-v2"]
    assert load_run(group / "quotes-direct-v1").manifest.rescored


CRASH = "cmd:sh -c 'cat >/dev/null; echo boom >&2; exit 3'"


def test_failing_command_under_jobs_2_is_a_clear_error(tmp_path: Path):
    from typer.testing import CliRunner

    from newsgold.cli import app

    text = f'layers = ["quotes"]\nbootstrap = 5\n[[extractors]]\nspec = "{CRASH}"\n'
    with pytest.raises(RunError, match=r"exited with status 3 on document .*stderr: boom"):
        run_suite(Workspace.find(), parse_suite(text, "t.toml"), tmp_path / "runs", "r", jobs=2, use_cache=False)
    (tmp_path / "s.toml").write_text(text)
    res = CliRunner().invoke(
        app,
        ["run", str(tmp_path / "s.toml"), "--jobs", "2", "--no-cache", "--no-progress", "--out", str(tmp_path / "runs"), "--run-id", "r"],
    )
    assert res.exit_code == 1 and "exited with status 3" in res.output
    assert "Traceback" not in res.output and (res.exception is None or isinstance(res.exception, SystemExit))


def test_broken_worker_pool_is_a_clear_error(monkeypatch: pytest.MonkeyPatch):
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    from newsgold.extractors import ExtractorError, resolve
    from newsgold.runs import PredictionCache, extract_documents

    class Broken:
        def __init__(self, *a, **k): ...
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def map(self, *a, **k):
            raise BrokenProcessPool("A child process terminated abruptly")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Broken)
    docs = list(Workspace.find().documents.values())[:2]
    with pytest.raises(ExtractorError, match=r"one of 2 worker processes failed.*a serial run"):
        extract_documents(resolve("quotes@2"), docs, "h", PredictionCache(None), jobs=2)


def test_failing_suite_leaves_no_run_behind(tmp_path: Path):
    text = f'layers = ["quotes"]\nbootstrap = 5\n[[extractors]]\nspec = "quotes-direct"\n[[extractors]]\nspec = "{CRASH}"\n'
    with pytest.raises(RunError, match="exited with status 3"):
        run_suite(Workspace.find(), parse_suite(text, "t.toml"), tmp_path / "runs", "r", use_cache=False)
    assert list((tmp_path / "runs").iterdir()) == []  # no run directory, no temporary one
    ok = 'layers = ["quotes"]\nbootstrap = 5\n[[extractors]]\nspec = "quotes-direct"\n'
    group, _ = run_suite(Workspace.find(), parse_suite(ok, "t.toml"), tmp_path / "runs", "r", use_cache=False)  # same id: not "exists"
    assert {p.name for p in group.iterdir()} == {"quotes-direct-v1", "summary.json", "summary.md"}


def test_run_directories_have_a_normal_mode(tmp_path: Path, suite):
    import os
    import stat

    group, results = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    mask = os.umask(0)
    os.umask(mask)
    for d in (group, *(r.directory for r in results)):
        assert stat.S_IMODE(d.stat().st_mode) == 0o777 & ~mask, d


def test_invalid_command_config_in_a_suite(tmp_path: Path):
    text = 'bootstrap = 5\n[[extractors]]\nspec = "cmd:cat"\nconfig = { batch_size = 0 }\n'
    with pytest.raises(RunError, match="config batch_size: expected a whole number >= 1, got 0"):
        run_suite(Workspace.find(), parse_suite(text, "t.toml"), tmp_path / "runs", "r", use_cache=False)
    assert not (tmp_path / "runs" / "r").exists()


def test_gold_path_is_recorded_from_the_repository_root(tmp_path: Path, data_root: Path, monkeypatch: pytest.MonkeyPatch):
    from newsgold.compare import compare_runs

    monkeypatch.chdir(data_root / "annotations")  # a subdirectory of the repository
    group, results = run_suite(Workspace.find(), parse_suite(SUITE, "t.toml"), tmp_path / "runs", "r1", use_cache=False)
    assert all(r.manifest.gold.path == "annotations/gold" for r in results)
    monkeypatch.chdir(tmp_path)  # elsewhere: rescore and compare resolve it the same way
    r = rescore(Workspace.find(), group / "quotes-v2")
    assert r.comparable_with_original and r.manifest.gold.path == "annotations/gold"
    c = compare_runs(group / "quotes-direct-v1", group / "quotes-v2", n_boot=10, n_perm=10, workspace=Workspace.find())
    found = [ch for ch in c.changes if ch.kind == "newly_found"]
    assert found and all(ch.text for ch in found) and not c.warnings  # excerpts from the gold


def test_load_run_errors(tmp_path: Path, suite):
    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    with pytest.raises(RunError, match=r"not a run directory.*name one"):
        load_run(group)
    with pytest.raises(RunError, match="no such run directory"):
        load_run(tmp_path / "nope")


def test_learned_extractor_needs_folds(tmp_path: Path):
    suite = parse_suite('[[extractors]]\nspec = "claims-learned"\n', "t.toml")
    with pytest.raises(RunError, match="only by cross-validation"):
        run_suite(Workspace.find(), suite, tmp_path / "runs", "r", use_cache=False)


def test_cross_validated_run(tmp_path: Path):
    suite = parse_suite('bootstrap = 10\n[[extractors]]\nspec = "claims-learned"\nfolds = 2\n', "t.toml")
    _, (res,) = run_suite(Workspace.find(), suite, tmp_path / "runs", "cv", cache_dir=tmp_path / "cache")
    assert res.manifest.extractor.folds == 2 and res.stats.extracted == len(res.manifest.documents)
    _, (again,) = run_suite(Workspace.find(), suite, tmp_path / "runs", "cv2", cache_dir=tmp_path / "cache")
    assert again.stats.extracted == 0


def test_rescore_command_shows_the_schemes_asked_for(tmp_path: Path, suite):
    from typer.testing import CliRunner

    from newsgold.cli import app

    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    result = CliRunner().invoke(app, ["rescore", str(group / "quotes-v2"), "--scheme", "exact", "--scheme", "partial"])
    assert result.exit_code == 0, result.output
    assert "content exact" in result.output and "content partial" in result.output
    assert "coverage:0.3" not in result.output


def test_a_rescored_copy_names_the_signature_it_came_from(tmp_path: Path, suite):
    group, _ = run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", use_cache=False)
    ws = Workspace.find()
    r = rescore(ws, group / "quotes-v2", ("coverage:0.5",))
    new = write_rescored(ws, r, tmp_path / "copy" / "quotes-v2")
    m = json.loads((new / "manifest.json").read_text())
    original = json.loads((group / "quotes-v2" / "scores.json").read_text())["signature"]
    assert m["rescored_from"]["signature"] == original
    assert m["scorer"]["signature"] != original and "coverage:0.5" in m["scorer"]["signature"]


def test_a_workspace_without_gold_yet_says_so(tmp_path: Path, suite):
    from newsgold.workspace_init import init_workspace

    root = tmp_path / "w"
    init_workspace(root)
    with pytest.raises(RunError, match="holds no gold yet") as info:
        run_suite(Workspace.at(root), suite, tmp_path / "runs", "r", use_cache=False)
    assert "gold/<doc_id>.json in the format of `newsgold schema`" in str(info.value)  # by hand, not only in Label Studio


def test_every_phase_has_a_progress_bar_that_reaches_its_total(tmp_path: Path, suite):
    bars: dict[str, list[int]] = {}

    def factory(label: str, done: int, total: int):
        bars[label] = [done, total]
        return lambda n: bars[label].__setitem__(0, bars[label][0] + n)

    run_suite(Workspace.find(), suite, tmp_path / "runs", "r1", use_cache=False, progress=factory)
    for name in ("quotes-direct", "quotes"):
        assert {f"{name}", f"{name}: score, bootstrap", f"{name}: reports"} <= set(bars)
    assert bars["quotes: score, bootstrap"][1] == 20
    assert all(done == total for done, total in bars.values()), bars


def test_a_quotes_only_workspace_runs(tmp_path: Path):
    """eval/devset declares `layers = ["quotes"]`: its gold has no claims/stances key, which the
    run must read as "not annotated" (it refused with "layer missing" before)."""
    ws = Workspace.at(Path(__file__).resolve().parents[1] / "eval" / "devset")
    assert list(ws.config.layers or ()) == ["quotes"]
    text = 'name = "t"\nlayers = ["quotes"]\nbootstrap = 0\ndocuments = ["mlive-suh-rodgers"]\n[[extractors]]\nspec = "quotes-direct"\n'
    group, results = run_suite(ws, parse_suite(text, "t.toml"), tmp_path / "runs", "r1", cache_dir=tmp_path / "cache")
    assert [r.label for r in results] == ["quotes-direct-v1"] and (group / "summary.md").exists()
