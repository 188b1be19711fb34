"""Finding the workspace: --root, then $NEWSGOLD_ROOT, then the current directory and its
parents; never the package's own location, except as the read-only built-in seed corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.errors import WorkspaceNotFound
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    out = []
    for name in ("a", "b"):
        root = tmp_path / name
        (root / "corpus" / "data").mkdir(parents=True)
        (root / "annotations").mkdir()
        out.append(root)
    return out[0], out[1]


def test_explicit_root_wins_then_the_environment_then_the_cwd(two: tuple[Path, Path]):
    a, b = two
    deep = a / "corpus" / "data"
    assert Workspace.find(b, env={"NEWSGOLD_ROOT": str(a)}, cwd=deep).root == b.resolve()
    assert Workspace.find(env={"NEWSGOLD_ROOT": str(b)}, cwd=deep).root == b.resolve()
    assert Workspace.find(env={}, cwd=deep).root == a.resolve()  # the nearest enclosing one, like git


def test_a_newsgold_toml_marks_a_workspace(tmp_path: Path):
    (tmp_path / "newsgold.toml").write_text('name = "mine"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert Workspace.find(env={}, cwd=tmp_path / "sub").root == tmp_path.resolve()


def test_not_found_names_both_ways_to_say_where(tmp_path: Path):
    with pytest.raises(WorkspaceNotFound, match=r"--root DIR or NEWSGOLD_ROOT=DIR"):
        Workspace.find(env={}, cwd=tmp_path, builtin=False)
    with pytest.raises(WorkspaceNotFound, match=r"NEWSGOLD_ROOT=.*not a newsgold workspace"):
        Workspace.find(env={"NEWSGOLD_ROOT": str(tmp_path)}, cwd=tmp_path)
    with pytest.raises(WorkspaceNotFound, match="not a newsgold workspace"):
        Workspace.find(tmp_path, env={}, cwd=REPO)


def test_paths_are_stored_relative_to_the_root(two: tuple[Path, Path], tmp_path: Path):
    a, _ = two
    ws = Workspace.at(a)
    assert ws.stored(a / "annotations" / "gold") == "annotations/gold"
    assert ws.resolve("annotations/gold") == ws.gold_dir
    assert ws.stored(tmp_path / "elsewhere") == str((tmp_path / "elsewhere").resolve())


def test_outside_any_workspace_the_builtin_seed_is_found_read_only(tmp_path: Path):
    ws = Workspace.find(env={}, cwd=tmp_path)
    assert ws.read_only and not Workspace.find(env={}, cwd=REPO).read_only
    # a source tree's seed is the repository's own data (a wheel carries a copy: tests/test_wheel.py)
    assert ws.root == REPO and ws.documents_file.read_bytes() == (REPO / "corpus/data/documents.jsonl").read_bytes()


def test_the_command_outside_any_workspace_says_so_once(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "NEWSGOLD_ROOT"}
    proc = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", "validate"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("using the built-in seed corpus (read-only)") == 1 and "Traceback" not in proc.stderr
    assert "all annotation files valid" in proc.stdout


def test_root_option_selects_the_workspace(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", "--root", str(REPO), "validate"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "all annotation files valid" in proc.stdout


def test_shown_survives_a_symlink_loop(tmp_path):
    from newsgold.workspace import shown

    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert shown(loop) == str(loop)
