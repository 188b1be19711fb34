"""One writer per run id: a live lock refuses a second run at once, a stale one is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.test_runs import SUITE

from newsgold.runs import RunError, run_suite
from newsgold.runs.lock import lock_path, run_lock
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

ONE = 'layers = ["quotes"]\nbootstrap = 5\n[[extractors]]\nspec = "quotes-direct"\n'


def test_a_run_id_being_written_is_refused(tmp_path: Path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = lock_path(tmp_path / "runs" / "r1")
        lock.parent.mkdir(parents=True)
        lock.write_text(f"{sleeper.pid}\n")
        with pytest.raises(RunError, match=rf"run id r1 is being written by another newsgold process \(pid {sleeper.pid}\)"):
            run_suite(Workspace.find(), parse_suite(SUITE, "t.toml"), tmp_path / "runs", "r1", use_cache=False)
        assert lock.read_text() == f"{sleeper.pid}\n"  # the other process's lock is left alone
        assert not (tmp_path / "runs" / "r1").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_stale_lock_is_taken_over(tmp_path: Path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = lock_path(tmp_path / "runs" / "r1")
    lock.parent.mkdir(parents=True)
    lock.write_text(f"{dead.pid}\n")
    group, _ = run_suite(Workspace.find(), parse_suite(ONE, "t.toml"), tmp_path / "runs", "r1", use_cache=False)
    assert (group / "quotes-direct-v1" / "manifest.json").is_file()
    assert not lock.exists()  # released at the end
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["r1"]


def test_the_lock_is_held_while_writing_and_released_on_failure(tmp_path: Path):
    group = tmp_path / "runs" / "r2"
    with pytest.raises(ValueError), run_lock(group) as lock:
        assert lock.read_text() == f"{os.getpid()}\n"
        with pytest.raises(RunError, match=r"pid \d+"), run_lock(group):
            pass
        raise ValueError
    assert not lock.exists()


def test_garbage_in_an_old_lock_is_stale(tmp_path: Path):
    group = tmp_path / "runs" / "r3"
    lock = lock_path(group)
    lock.parent.mkdir(parents=True)
    lock.write_text("")
    with pytest.raises(RunError, match=r"pid \?"), run_lock(group):
        pass
    os.utime(lock, (0, 0))
    with run_lock(group):
        assert lock.read_text() == f"{os.getpid()}\n"


def test_the_next_run_removes_the_stale_locks_of_other_run_ids(tmp_path: Path):
    """A run killed with SIGKILL left ``.k.lock`` in eval/runs; a next run with another id left it there."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    runs = tmp_path / "runs"
    runs.mkdir()
    stale, live, fresh = lock_path(runs / "k"), lock_path(runs / "live"), lock_path(runs / "fresh")
    stale.write_text(f"{dead.pid}\n")
    live.write_text(f"{os.getpid()}\n")
    fresh.write_text("")  # being written by a process that has not put its pid in yet
    with run_lock(runs / "other"):
        assert not stale.exists() and live.exists() and fresh.exists()
