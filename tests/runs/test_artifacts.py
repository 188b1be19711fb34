"""Typed run files: exact round trips (runs made now, the committed baseline, re-scored runs),
the format version, and bad files reported by file and field (never a KeyError/TypeError)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.test_runs import SUITE  # the same small suite the run tests use

from newsgold.errors import NewsgoldError
from newsgold.runs import RunError, load_run, rescore, run_suite, write_rescored
from newsgold.runs.artifacts import FORMAT_VERSION, ArtifactError, RunManifest, ScoresFile, SuiteSummary
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

MODELS = {"manifest.json": RunManifest, "scores.json": ScoresFile, "summary.json": SuiteSummary}
BASELINE = Workspace.find().root / "eval/runs/baseline"


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("artifacts")
    group, _ = run_suite(Workspace.find(), parse_suite(SUITE, "t.toml"), tmp / "runs", "r1", use_cache=False)
    return group


def _run_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json") if p.name in MODELS)


def _assert_round_trip(path: Path) -> object:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    model = MODELS[path.name].from_json(data, path.name)
    assert model.to_json() == data
    assert list(model.to_json()) == list(data)  # key order too
    assert model.to_text() == text
    assert MODELS[path.name].read(path) == model
    return model


def test_fresh_run_files_round_trip_and_carry_the_format_version(group: Path):
    files = _run_files(group)
    assert {p.name for p in files} == set(MODELS) and len(files) == 5
    for path in files:
        model = _assert_round_trip(path)
        assert model.format_version == FORMAT_VERSION == model.version
        assert next(iter(json.loads(path.read_text()))) == "format_version"
        assert model.extra == {}  # every key is typed


@pytest.mark.parametrize("path", _run_files(BASELINE), ids=lambda p: str(p.relative_to(BASELINE)))
def test_committed_baseline_loads_and_round_trips(path: Path):
    model = _assert_round_trip(path)
    assert model.format_version == FORMAT_VERSION and model.extra == {}


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """The baseline as runs were written before files carried a format version."""
    copy = tmp_path / "legacy"
    shutil.copytree(BASELINE, copy)
    for path in _run_files(copy):
        data = json.loads(path.read_text(encoding="utf-8"))
        del data["format_version"]
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return copy


def test_files_without_a_format_version_load_as_version_1(legacy: Path):
    for path in _run_files(legacy):
        model = _assert_round_trip(path)
        assert model.format_version is None and model.version == 1 and model.extra == {}


def test_baseline_runs_load_as_typed_runs():
    run = load_run(BASELINE / "quotes-v2")
    assert isinstance(run.manifest, RunManifest) and isinstance(run.scores, ScoresFile)
    assert run.manifest.extractor.version == "2" and run.manifest.gold.path == "annotations/gold"
    assert run.signature == run.manifest.scorer.signature and run.scores.doc_ids == run.manifest.documents


def test_rescored_runs_round_trip(group: Path, tmp_path: Path):
    ws = Workspace.find()
    copy = tmp_path / "g"
    shutil.copytree(group, copy)
    write_rescored(ws, rescore(ws, copy / "quotes-v2", ("exact",)), overwrite=True)  # in place
    write_rescored(ws, rescore(ws, copy / "quotes-v2", ("exact",)), tmp_path / "new/quotes-v2")  # a new run
    in_place, new = load_run(copy / "quotes-v2"), load_run(tmp_path / "new/quotes-v2")
    assert len(in_place.manifest.rescored or []) == 1 and in_place.manifest.rescored_from is None
    assert new.manifest.rescored is None and new.manifest.rescored_from is not None
    assert new.manifest.rescored_from.run_id == "r1/quotes-v2"
    summary = SuiteSummary.read(copy / "summary.json")
    assert [r.rescored is not None for r in summary.runs] == [False, True]
    for path in [*_run_files(copy), *_run_files(tmp_path / "new")]:
        _assert_round_trip(path)


def test_rescoring_a_legacy_run_writes_the_current_format(tmp_path: Path, legacy: Path):
    ws = Workspace.find()
    shutil.copytree(legacy / "quotes-v2", tmp_path / "quotes-v2")
    write_rescored(ws, rescore(ws, tmp_path / "quotes-v2"), overwrite=True)
    run = load_run(tmp_path / "quotes-v2")
    assert run.manifest.format_version == run.scores.format_version == FORMAT_VERSION


def test_unknown_keys_are_kept_in_place():
    data = json.loads((BASELINE / "quotes-v2/manifest.json").read_text())
    data = {"format_version": data.pop("format_version"), "zzz": 1, **data, "later": {"a": [1]}}
    model = RunManifest.from_json(data)
    assert model.extra == {"zzz": 1, "later": {"a": [1]}}
    assert list(model.to_json()) == list(data)


# --- bad files ---------------------------------------------------------------------------


@pytest.fixture
def bad(group: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the run at ``x/``, the current directory being its parent (paths shown relative)."""
    shutil.copytree(group, tmp_path / "x")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "x"


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=2))


def _error(run: Path) -> str:
    with pytest.raises(ArtifactError) as e:
        load_run(run)
    assert isinstance(e.value, RunError) and isinstance(e.value, NewsgoldError)
    return str(e.value)


def test_wrong_type_names_file_and_field(bad: Path):
    _edit(bad / "quotes-v2/manifest.json", lambda m: m["extractor"].update(version=3))
    assert _error(bad / "quotes-v2") == "x/quotes-v2/manifest.json: field extractor.version: expected a string, got 3"


def test_empty_object_manifest(bad: Path):
    (bad / "quotes-v2/manifest.json").write_text("{}")
    assert _error(bad / "quotes-v2") == "x/quotes-v2/manifest.json: field run_id: missing"


def test_missing_nested_field(bad: Path):
    _edit(bad / "quotes-v2/manifest.json", lambda m: m["gold"].pop("hash"))
    assert _error(bad / "quotes-v2") == "x/quotes-v2/manifest.json: field gold.hash: missing"


def test_scores_that_are_a_list(bad: Path):
    (bad / "quotes-v2/scores.json").write_text("[]\n")
    assert _error(bad / "quotes-v2") == "x/quotes-v2/scores.json: expected an object, got a list"


def test_truncated_file_names_the_line(bad: Path):
    path = bad / "quotes-v2/scores.json"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:10]))
    assert _error(bad / "quotes-v2") == "x/quotes-v2/scores.json: line 10: the file ends before the JSON does (truncated?)"
    path.write_text("".join(lines[:10]) + '      "exa')  # cut inside a string
    assert _error(bad / "quotes-v2") == "x/quotes-v2/scores.json: line 11: the file ends before the JSON does (truncated?)"


def test_syntax_error_inside_a_file(bad: Path):
    path = bad / "quotes-v2/manifest.json"
    path.write_text(path.read_text().replace('"label":', '"label"', 1))
    assert _error(bad / "quotes-v2") == (
        "x/quotes-v2/manifest.json: line 4 column 11: not valid JSON (unexpected character, expected ':' after key)"
    )


def test_empty_file(bad: Path):
    (bad / "quotes-v2/manifest.json").write_text("")
    assert _error(bad / "quotes-v2") == "x/quotes-v2/manifest.json: the file is empty"


def test_metric_values_are_checked_with_the_metric_named(bad: Path):
    _edit(bad / "quotes-v2/scores.json", lambda s: s["docs"][1]["counts"].update({"quotes.e2e.gold": "7"}))
    assert _error(bad / "quotes-v2") == ('x/quotes-v2/scores.json: field docs[1].counts["quotes.e2e.gold"]: expected a number, got "7"')
    _edit(bad / "quotes-v2/scores.json", lambda s: s["docs"][1]["counts"].update({"quotes.e2e.gold": 7}))
    _edit(bad / "quotes-v2/scores.json", lambda s: s["micro"].update({"quotes.e2e.f1": [1]}))
    assert _error(bad / "quotes-v2") == ('x/quotes-v2/scores.json: field micro["quotes.e2e.f1"]: expected a number or null, got a list')


def test_newer_format_is_refused(bad: Path):
    _edit(bad / "quotes-v2/manifest.json", lambda m: m.update(format_version=FORMAT_VERSION + 1))
    assert _error(bad / "quotes-v2") == (
        f"x/quotes-v2/manifest.json: field format_version: {FORMAT_VERSION + 1} is "
        f"newer than this newsgold reads ({FORMAT_VERSION}); upgrade newsgold"
    )


def test_bad_summary_and_missing_file(bad: Path):
    (bad / "summary.json").write_text('{"suite": "t", "description": "", "runs": [{"label": 1}]}')
    with pytest.raises(ArtifactError, match=r"^x/summary.json: field runs\[0\].label: expected a string, got 1$"):
        SuiteSummary.read(bad / "summary.json")
    with pytest.raises(ArtifactError, match=r"^x/nope.json: no such file$"):
        SuiteSummary.read(bad / "nope.json")


def test_cli_reports_a_bad_file_without_traceback(group: Path, tmp_path: Path):
    from typer.testing import CliRunner

    from newsgold.cli import app

    shutil.copytree(group, tmp_path / "x")
    (tmp_path / "x/quotes-v2/manifest.json").write_text("{}")
    res = CliRunner().invoke(app, ["compare", str(tmp_path / "x/quotes-v2"), str(group / "quotes-v2")])
    assert res.exit_code == 1 and not isinstance(res.exception, (KeyError, TypeError))
    assert "quotes-v2/manifest.json: field run_id: missing" in res.output


def test_summary_from_before_descriptions_keeps_its_run_order(group: Path, tmp_path: Path):
    from newsgold.runs.summary import write_group_summary

    shutil.copytree(group, tmp_path / "g")
    path = tmp_path / "g/summary.json"
    data = json.loads(path.read_text())
    del data["description"], data["format_version"]
    data["runs"].reverse()
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    old = _assert_round_trip(path)
    assert old.description is None and old.version == 1
    write_group_summary(tmp_path / "g", "t")
    new = SuiteSummary.read(path)
    assert [r.label for r in new.runs] == ["quotes-v2", "quotes-direct-v1"]  # the old summary's order
    assert new.description is not None and new.format_version == FORMAT_VERSION


@pytest.mark.parametrize("path", [p for p in _run_files(BASELINE) if p.name == "scores.json"], ids=lambda p: p.parent.name)
def test_the_head_of_scores_is_the_file_without_its_documents(path: Path, tmp_path: Path):
    from dataclasses import replace

    whole = ScoresFile.read(path)
    assert whole.docs  # something to leave out
    assert ScoresFile.read_head(path) == replace(whole, docs=[])
    compact = tmp_path / "scores.json"  # laid out otherwise (not by newsgold): read whole
    compact.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    assert ScoresFile.read_head(compact) == whole
    with pytest.raises(ArtifactError, match="no such file"):
        ScoresFile.read_head(tmp_path / "missing.json")
    damaged = tmp_path / "damaged.json"  # a damaged head is named as in a whole read
    damaged.write_text(path.read_text(encoding="utf-8").replace('"micro": {', '"micro": [', 1), encoding="utf-8")
    with pytest.raises(ArtifactError, match=r"damaged\.json"):
        ScoresFile.read_head(damaged)


@pytest.mark.parametrize("block", [1, 3, 7, 1 << 16])
@pytest.mark.parametrize("ids", [[], ["a"], ["x]", "\n  ]", "“]”", "👋🏽]", *(f"d{i:05d}" for i in range(300))]])
def test_manifest_head_is_the_manifest_without_its_documents(tmp_path, ids, block):
    from dataclasses import replace as copied

    from newsgold.runs.artifacts import RunManifest

    base = RunManifest.read(Path(__file__).resolve().parents[2] / "eval/runs/baseline/quotes-v3/manifest.json")
    path = tmp_path / "manifest.json"
    path.write_text(copied(base, documents=ids).to_text(), encoding="utf-8")
    head = RunManifest.read_head(path, block=block)
    assert head.documents == [] and head == copied(RunManifest.read(path), documents=[])
    other = tmp_path / "other.json"  # laid out otherwise (one line): read whole, the same answer
    other.write_text(json.dumps(copied(base, documents=ids).to_json()), encoding="utf-8")
    assert RunManifest.read_head(other, block=block).documents == ids
