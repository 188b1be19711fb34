"""``newsgold run --engine dask``: options checked before anything runs, a bad scheduler address
said with its remedy, and a run on a LocalCluster with the progress bar on."""

from __future__ import annotations

import socket
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
