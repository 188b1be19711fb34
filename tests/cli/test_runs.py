"""``newsgold run --engine dask``: options checked before anything runs, a bad scheduler address
said with its remedy, and a run on a LocalCluster with the progress bar on."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import require
from typer.testing import CliRunner

from newsgold.cli import app

require("distributed")


def test_scheduler_without_the_dask_engine_is_refused(tmp_path: Path):
    res = CliRunner().invoke(app, ["run", "--scheduler", "tcp://127.0.0.1:1", "--out", str(tmp_path)])
    assert res.exit_code == 1 and "--scheduler needs --engine dask" in res.output


def test_an_unknown_engine_is_refused(tmp_path: Path):
    res = CliRunner().invoke(app, ["run", "--engine", "spark", "--out", str(tmp_path)])
    assert res.exit_code == 1 and "unknown engine 'spark'" in res.output


@pytest.mark.slow
def test_a_bad_scheduler_address_is_one_clear_error(tmp_path: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = CliRunner().invoke(app, ["run", "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}", "--out", str(tmp_path / "o")])
    assert res.exit_code == 1, res.output
    assert f"no Dask scheduler answers at 'tcp://127.0.0.1:{port}'" in res.output and "leave --scheduler out" in res.output
    assert "Traceback" not in res.output and not (tmp_path / "o").exists()


@pytest.mark.slow
def test_run_on_a_local_cluster(tmp_path: Path):
    args = ["run", "--engine", "dask", "--workers", "1", "--only", "quotes", "--no-cache", "--run-id", "d", "--out", str(tmp_path)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert (tmp_path / "d" / "quotes-v3" / "predictions.jsonl").read_text(encoding="utf-8").count("\n") == 2
    assert "quotes-v3" in res.output and "extracted 2, cached 0" in res.output


def test_a_damaged_cache_entry_is_a_warning_message_not_a_python_warning(data_root: Path, tmp_path: Path):
    suite = tmp_path / "c.toml"
    suite.write_text('name = "c"\nbootstrap = 0\n[[extractors]]\nspec = "quotes@3"\n', encoding="utf-8")
    cmd = [sys.executable, "-W", "always", "-m", "newsgold.cli", "--root", str(data_root), "run", str(suite), "--no-progress"]
    first = subprocess.run([*cmd, "--run-id", "a"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    entry = sorted((data_root / "eval" / "cache").rglob("*.json"))[0]
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["prediction"]["quotes"] = []  # tampered: the checksum no longer matches
    entry.write_text(json.dumps(data), encoding="utf-8")
    second = subprocess.run([*cmd, "--run-id", "b"], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    lines = [x for x in second.stderr.splitlines() if "cache entry" in x]
    assert len(lines) == 1 and lines[0].startswith(f"warning: ignored cache entry {entry}"), second.stderr
    assert "checksum does not match" in second.stderr and "extracted again" in second.stderr
    assert "Warning" not in second.stderr and "warnings.warn" not in second.stderr  # no Python warning line


def test_run_without_a_suite_runs_the_workspace_default_suite(data_root: Path):
    """newsgold.toml's default_suite was checked, then ignored: `run` always ran eval/suites/default.toml."""
    (data_root / "newsgold.toml").write_text('name = "w"\ndefault_suite = "one"\n', encoding="utf-8")
    (data_root / "eval" / "suites").mkdir(parents=True)
    (data_root / "eval" / "suites" / "one.toml").write_text('name = "one"\nbootstrap = 0\n[[extractors]]\nspec = "quotes@2"\n')
    res = CliRunner().invoke(app, ["run", "--run-id", "x", "--no-progress", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (data_root / "eval" / "runs" / "x").iterdir() if p.is_dir()) == ["quotes-v2"]


def test_a_default_suite_that_does_not_exist_is_an_error(data_root: Path):
    (data_root / "newsgold.toml").write_text('name = "w"\ndefault_suite = "nosuch"\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["run", "--run-id", "x", "--no-progress", "--no-cache"])
    assert res.exit_code == 1 and "no suite 'nosuch'" in res.output, res.output
    assert not (data_root / "eval" / "runs" / "x").exists()


def test_run_names_its_run_directories_as_compare_takes_them(data_root: Path) -> None:
    """Inside the workspace the run printed "/home/me/ws/eval/runs/a/quotes-v3  extracted 2, cached 0":
    the path to give `newsgold compare` is eval/runs/a/quotes-v3, as every other message shows paths."""
    suite = data_root / "c.toml"
    suite.write_text('name = "c"\nbootstrap = 0\n[[extractors]]\nspec = "quotes@3"\n', encoding="utf-8")
    cmd = [sys.executable, "-m", "newsgold.cli", "run", str(suite), "--no-progress", "--run-id", "a"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=data_root)
    assert done.returncode == 0, done.stderr
    assert "eval/runs/a/quotes-v3  extracted 2, cached 0" in done.stderr.splitlines()
