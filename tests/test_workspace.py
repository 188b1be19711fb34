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


def test_passes_pulled_for_several_annotators_are_passes_one_level_down(tmp_path: Path, monkeypatch):
    """`ls pull -o annotations/passes/round1` with two annotators writes round1/<e-mail>/: status
    said "Annotation passes: none", validate skipped them, import --replace left them in place."""
    import json

    from typer.testing import CliRunner

    from newsgold.cli import app

    (tmp_path / "a").mkdir()
    text = "“We are ready 👋🏽,” said Ana Ruiz."
    (tmp_path / "a/bridge.txt").write_text(text, encoding="utf-8")
    root = tmp_path / "ws1"
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    assert runner.invoke(app, ["--root", str(root), "import", str(tmp_path / "a")]).exit_code == 0
    quote = {"id": "q1", "type": "direct", "content": [[1, 16]], "source": {"span": [23, 31], "entity": None}, "cue": [18, 22]}
    doc = {"doc_id": "bridge", "quotes": [quote], "claims": [], "stances": []}
    for who, content in (("a@x.org", [1, 16]), ("b@x.org", [1, 99])):
        d = root / "annotations/passes/round1" / who
        d.mkdir(parents=True)
        (d / "bridge.json").write_text(json.dumps({**doc, "quotes": [{**quote, "content": [content]}]}), encoding="utf-8")
    (root / "annotations/passes/solo").mkdir()
    (root / "annotations/passes/solo/bridge.json").write_text(json.dumps(doc), encoding="utf-8")
    ws = Workspace.at(root)
    assert [d.relative_to(ws.passes_dir).as_posix() for d in ws.pass_dirs()] == ["round1/a@x.org", "round1/b@x.org", "solo"]
    checked = runner.invoke(app, ["--root", str(root), "validate"])
    assert checked.exit_code == 1 and "round1/b@x.org/bridge.json" in checked.output  # the offset past the text
    (root / "annotations/passes/round1/b@x.org/bridge.json").unlink()
    status = runner.invoke(app, ["--root", str(root), "status", "--format", "json"])
    assert status.exit_code == 0, status.output
    assert "round1/a@x.org" in status.output and "solo" in status.output
    (tmp_path / "a/bridge.txt").write_text(text + " More.", encoding="utf-8")
    replaced = runner.invoke(app, ["--root", str(root), "import", str(tmp_path / "a"), "--replace"])
    assert replaced.exit_code == 0, replaced.output
    assert not (root / "annotations/passes/round1/a@x.org/bridge.json").exists()  # moved aside with the others
    assert list((root / "annotations/.replaced").glob("*/passes/round1/a@x.org/bridge.json"))


def test_printable_names_undecodable_bytes_as_escapes():
    from newsgold.workspace import printable, shown

    assert printable(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert printable("caf\u00e9 \U0001f1ee\U0001f1f7.txt") == "caf\u00e9 \U0001f1ee\U0001f1f7.txt"
    assert printable("a\ud800b") == "a\\ud800b"
    shown(os.fsdecode(b"/nowhere/caf\xe9")).encode("utf-8")
