"""The built-in seed corpus: shipped with the package, used outside any workspace, never written."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsgold.errors import ReadOnlyWorkspace
from newsgold.output import check_outputs
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
DATA_PACKAGES = {
    "newsgold._builtin.corpus": "corpus",
    "newsgold._builtin.annotations": "annotations",
    "newsgold._builtin.eval.suites": "eval/suites",
}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def seed() -> Workspace:
    ws = Workspace.builtin()
    assert ws.read_only
    return ws


def test_the_package_list_names_every_package_and_the_seed_data():
    """pyproject lists packages explicitly (the seed data packages are mapped from top-level
    directories, which `find` cannot do): a new subpackage must be added there."""
    tool = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    src = REPO / "src"
    code = {".".join(p.parent.relative_to(src).parts) for p in src.glob("newsgold/**/__init__.py")}
    assert set(tool["packages"]) == code | set(DATA_PACKAGES)
    assert {k: v for k, v in tool["package-dir"].items() if k} == DATA_PACKAGES


def test_every_write_into_the_seed_is_refused(seed: Workspace, tmp_path: Path):
    for target in (seed.runs_dir / "r", seed.cache_dir, seed.gold_dir / "x.json", seed.documents_file):
        with pytest.raises(ReadOnlyWorkspace, match=r"read-only; `newsgold init DIR` makes a workspace"):
            check_outputs([target], seed, allow_annotations=True, directories=True)
    check_outputs([tmp_path / "out"], seed, directories=True)  # elsewhere is fine


def test_import_and_pull_into_the_seed_are_refused(seed: Workspace, tmp_path: Path):
    from newsgold.importing import import_sources
    from newsgold.labelstudio.pull import write_pulled

    before = snapshot(seed.root / "corpus")
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    with pytest.raises(ReadOnlyWorkspace):
        import_sources(seed, [tmp_path / "a.txt"])
    assert import_sources(seed, [tmp_path / "a.txt"], dry_run=True).plan.added  # a dry run writes nothing: allowed
    with pytest.raises(ReadOnlyWorkspace):
        write_pulled(seed, {seed.gold_dir / "x.json": "{}"}, seed.gold_dir, write_gold=True)
    assert snapshot(seed.root / "corpus") == before


@pytest.mark.slow
def test_a_run_on_the_seed_needs_an_output_root_and_keeps_no_cache(seed: Workspace, tmp_path: Path):
    from newsgold.runs import run_suite
    from newsgold.suites import load_suite

    suite = load_suite(seed, "default")
    with pytest.raises(ReadOnlyWorkspace):
        run_suite(seed, suite, only=["quotes"])
    cache_before = seed.cache_dir.exists() and snapshot(seed.cache_dir)
    group, results = run_suite(seed, suite, tmp_path / "out", "r", only=["quotes"])
    assert group == tmp_path / "out" / "r" and results[0].stats.cached == 0
    assert (seed.cache_dir.exists() and snapshot(seed.cache_dir)) == cache_before
