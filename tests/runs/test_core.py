"""run_suite's --only: an extractor is picked by what a user sees of it (spec, spec@version, label,
or the run directory's name as printed in the summary); an unknown name lists the known ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgold.runs import run_suite
from newsgold.runs.errors import RunError
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

SUITE = """
name = "w"
layers = ["quotes"]
bootstrap = 0
[[extractors]]
spec = "quotes-direct"
version = "1"
[[extractors]]
spec = "quotes"
version = "2"
[[extractors]]
spec = "quotes"
version = "3"
label = "third"
"""


@pytest.mark.parametrize(
    ("only", "dirs"), [("quotes-v2", ["quotes-v2"]), ("quotes@2", ["quotes-v2"]), ("third", ["third"]), ("quotes", ["quotes-v2", "third"])]
)
def test_only_picks_an_extractor_by_any_of_its_names(data_root: Path, only: str, dirs: list[str]) -> None:
    group, _ = run_suite(Workspace.at(data_root), parse_suite(SUITE, "w.toml"), data_root / "runs", "g", use_cache=False, only=[only])
    assert sorted(p.name for p in group.iterdir() if p.is_dir()) == dirs


def test_an_unknown_name_lists_the_known_ones(data_root: Path) -> None:
    with pytest.raises(RunError, match=r"no extractor 'nope' in suite w \(known: .*quotes-v2.*quotes@2.*\)"):
        run_suite(Workspace.at(data_root), parse_suite(SUITE, "w.toml"), data_root / "runs", "g", use_cache=False, only=["nope"])
    assert not (data_root / "runs" / "g").exists()


@pytest.mark.parametrize("run_id", [".", "", "a/b"])
def test_a_run_id_that_is_not_a_folder_name_writes_nothing(data_root: Path, run_id: str) -> None:
    from newsgold.errors import OutputRefused

    with pytest.raises(OutputRefused, match="is not a folder name"):
        run_suite(Workspace.at(data_root), parse_suite(SUITE, "w.toml"), data_root / "runs", run_id, use_cache=False, only=["quotes@2"])
    assert not (data_root / "runs").exists()


@pytest.mark.parametrize("into", ["annotations/gold", "annotations", "corpus"])
def test_a_cache_folder_linked_into_the_annotations_or_corpus_is_refused(data_root: Path, into: str) -> None:
    """eval/cache a symlink to annotations/gold: the run wrote its cache entries among the gold files."""
    from newsgold.errors import OutputRefused

    ws = Workspace.at(data_root)
    before = sorted(p.relative_to(data_root) for p in (data_root / into).rglob("*"))
    shutil.rmtree(ws.cache_dir, ignore_errors=True)
    ws.cache_dir.parent.mkdir(parents=True, exist_ok=True)
    ws.cache_dir.symlink_to(data_root / into)
    with pytest.raises(OutputRefused, match=r"^the prediction cache .*eval/cache: refusing to write .*: it is inside .*--no-cache"):
        run_suite(ws, parse_suite(SUITE, "w.toml"), data_root / "runs", "g", only=["quotes@2"])
    assert sorted(p.relative_to(data_root) for p in (data_root / into).rglob("*")) == before
    assert not (data_root / "runs" / "g").exists()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('spec = "quotes"\nversion = "2"\nconfig = { bogus = 1 }', r"s\.toml: extractors\[1\]: quotes: unknown config key\(s\) bogus"),
        ('spec = "claims-learned"', r"s\.toml: extractors\[1\]: claims-learned: a learned extractor is evaluated only by cross-validation"),
        ('spec = "no_such_module_xyz:X"', r"s\.toml: extractors\[1\]: .*no_such_module_xyz"),
    ],
)
def test_an_entry_that_cannot_be_resolved_is_named_by_suite_file_and_entry(data_root: Path, entry: str, message: str) -> None:
    """``quotes: unknown config key(s) bogus`` named neither the suite file nor which of its entries."""
    text = 'name = "s"\nbootstrap = 0\n[[extractors]]\nspec = "quotes-direct"\nversion = "1"\n[[extractors]]\n' + entry + "\n"
    with pytest.raises(RunError, match=message):
        run_suite(Workspace.at(data_root), parse_suite(text, "s.toml", data_root / "s.toml"), data_root / "runs", "g", use_cache=False)
    assert not (data_root / "runs" / "g").exists()
