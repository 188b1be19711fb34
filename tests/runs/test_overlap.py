"""Suite entries overlapped in a forked second process (runs/overlap.py): the same run files as a
serial run, the learned entry really run in the other process, the first failing entry's error
in suite order, and Ctrl-C leaving neither a child process nor a staged directory behind."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from newsgold.extractors.base import ExtractorError
from newsgold.extractors.claims_learned import LearnedClaims
from newsgold.runs import core, overlap, run_suite
from newsgold.runs.errors import RunError
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

SUITE = """
name = "o"
bootstrap = 40
[[extractors]]
spec = "quotes-direct"
version = "1"
[[extractors]]
spec = "claims-learned"
folds = 2
[[extractors]]
spec = "quotes"
version = "2"
[[extractors]]
spec = "claims"
version = "1"
"""
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="entries overlap on Linux only (a fork)")
TIME_FIELDS = ("started_at", "duration_s")  # what differs between two runs of the same suite anyway


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlap, "usable_cores", lambda: 2)


@pytest.fixture
def pids(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Each entry run appends ``pid label`` to a file (the child process too: it is forked)."""
    log = tmp_path / "pids.txt"
    run_entry = core._run_entry

    def logged(*args, **kwargs):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {args[3]}\n")
        return run_entry(*args, **kwargs)

    monkeypatch.setattr(core, "_run_entry", logged)
    return log


def _run(ws: Workspace, out: Path, overlapped: bool, suite: str = SUITE):
    return run_suite(ws, parse_suite(suite, "o.toml"), out, "g", use_cache=False, overlap=overlapped)


def _files(group: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(group.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "manifest.json":
                doc = json.loads(data)
                assert all(field in doc for field in TIME_FIELDS)
                data = json.dumps({k: v for k, v in doc.items() if k not in TIME_FIELDS}).encode()
            out[str(path.relative_to(group))] = data
    return out


def test_overlapped_run_writes_the_serial_runs_files(data_root: Path, tmp_path: Path, two_cores: None, pids: Path) -> None:
    ws = Workspace.at(data_root)
    serial_group, serial = _run(ws, tmp_path / "serial", False)
    assert {line.split()[0] for line in pids.read_text().splitlines()} == {str(os.getpid())}
    pids.unlink()
    group, results = _run(ws, tmp_path / "overlap", True)
    ran = [line.split() for line in pids.read_text().splitlines()]
    # the learned entry ran once, in another process; the others once each, here
    assert sorted(label for _, label in ran) == sorted(r.label for r in results)
    assert {label for pid, label in ran if pid != str(os.getpid())} == {"claims-learned-v1"}
    assert _files(group) == _files(serial_group)
    assert len(_files(group)) == 2 + 4 * 5  # summary.json/.md, five files per entry
    # the results handed back from the child read their spilled rows and predictions here
    a, b = results[1], serial[1]
    assert a.label == b.label == "claims-learned-v1"
    assert a.scores.to_json() == b.scores.to_json()
    assert dict(a.predictions) == dict(b.predictions) and len(a.predictions) == 2
    assert [r.label for r in results] == [r.label for r in serial]


def test_the_default_is_serial_for_one_entry_many_jobs_or_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlap, "usable_cores", lambda: 2)
    assert overlap.offloaded([None, 2, None], 1, "local") == [1]
    assert overlap.offloaded([2, None, 3], 1, "local") == [0, 2]
    assert overlap.offloaded([2], 1, "local") == []  # nothing to run meanwhile
    assert overlap.offloaded([2, 2], 1, "local") == []
    assert overlap.offloaded([None, None], 1, "local") == []
    assert overlap.offloaded([None, 2], 2, "local") == []  # --jobs 2 uses the cores already
    assert overlap.offloaded([None, 2], 1, "dask") == []
    monkeypatch.setattr(overlap, "usable_cores", lambda: 1)
    assert overlap.offloaded([None, 2], 1, "local") == []


def _failing_fit(self, documents, gold):
    raise ExtractorError("claims-learned: the fit failed on purpose")


def test_a_child_entry_that_fails_raises_what_the_serial_run_raises(
    data_root: Path, tmp_path: Path, two_cores: None, pids: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LearnedClaims, "fit", _failing_fit)
    ws = Workspace.at(data_root)
    with pytest.raises(RunError) as serial:
        _run(ws, tmp_path / "serial", False)
    pids.unlink()
    with pytest.raises(RunError) as overlapped:
        _run(ws, tmp_path / "overlap", True)
    assert str(overlapped.value) == str(serial.value) == "claims-learned: the fit failed on purpose"
    # tried in the child, then once more here, which raised
    ran = [line.split() for line in pids.read_text().splitlines() if line.endswith("claims-learned-v1")]
    assert [pid == str(os.getpid()) for pid, _ in ran] == [False, True]
    for out in ("serial", "overlap"):
        assert not (tmp_path / out / "g").exists()
        assert [p.name for p in (tmp_path / out).iterdir()] == []  # no staged directory, no lock left


def test_the_first_failing_entry_in_suite_order_is_reported(
    data_root: Path, tmp_path: Path, two_cores: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """claims v1 (run here, after the learned entry) fails too: the learned entry's error comes first, as serially."""
    from newsgold.extractors.claims import ClaimsV1

    def failing_extract(self, document):
        raise ExtractorError(f"claims: failed on {document.doc_id}")

    monkeypatch.setattr(ClaimsV1, "extract", failing_extract)
    ws = Workspace.at(data_root)
    with pytest.raises(RunError, match=r"^claims: failed on") as later:
        _run(ws, tmp_path / "a", True)  # the learned entry works: the later entry's error
    monkeypatch.setattr(LearnedClaims, "fit", _failing_fit)
    with pytest.raises(RunError) as serial:
        _run(ws, tmp_path / "b", False)
    with pytest.raises(RunError) as overlapped:
        _run(ws, tmp_path / "c", True)
    assert str(overlapped.value) == str(serial.value) == "claims-learned: the fit failed on purpose" != str(later.value)


def test_ctrl_c_ends_the_child_and_publishes_nothing(
    data_root: Path, tmp_path: Path, two_cores: None, pids: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    run_entry = core._run_entry  # the logging one

    def interrupted(*args, **kwargs):
        if args[3] == "quotes-v2":  # after the child has started the learned entry
            for _ in range(200):
                if "claims-learned-v1" in pids.read_text():
                    break
                time.sleep(0.05)
            raise KeyboardInterrupt
        return run_entry(*args, **kwargs)

    monkeypatch.setattr(core, "_run_entry", interrupted)
    ws = Workspace.at(data_root)
    with pytest.raises(KeyboardInterrupt):
        _run(ws, tmp_path / "runs", True)
    child = [int(pid) for pid, label in (line.split() for line in pids.read_text().splitlines()) if label == "claims-learned-v1"]
    assert len(child) == 1 and child[0] != os.getpid()
    with pytest.raises(ChildProcessError):  # reaped: not running, not a zombie
        os.waitpid(child[0], os.WNOHANG)
    with pytest.raises(ProcessLookupError):
        os.kill(child[0], 0)
    assert [p.name for p in (tmp_path / "runs").iterdir()] == []


def test_the_child_entrys_progress_bars_are_drawn_here_and_complete(data_root: Path, tmp_path: Path, two_cores: None) -> None:
    import threading

    def recorder():
        bars: dict[str, list[int]] = {}
        lock = threading.Lock()

        def factory(label: str, done: int, total: int):
            with lock:
                bars[label] = [done, total]

            def advance(n: int) -> None:
                with lock:
                    bars[label][0] += n

            return advance

        return bars, factory

    ws = Workspace.at(data_root)
    serial, factory = recorder()
    run_suite(ws, parse_suite(SUITE, "o.toml"), tmp_path / "a", "g", use_cache=False, progress=factory)
    overlapped, factory = recorder()
    run_suite(ws, parse_suite(SUITE, "o.toml"), tmp_path / "b", "g", use_cache=False, progress=factory, overlap=True)
    assert overlapped == serial
    assert {"claims-learned", "claims-learned: score, bootstrap", "claims-learned: reports"} <= set(overlapped)
    assert all(done == total > 0 for done, total in overlapped.values())


KILLED_PARENT = """
import os, signal, sys, time
from pathlib import Path
from newsgold.runs import core, overlap, run_suite
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

root, log, suite = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
overlap.usable_cores = lambda: 2
run_entry = core._run_entry

def logged(*args, **kwargs):
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {args[3]}\\n")
    if args[3] == "quotes-v2":  # the child has started the learned entry: die as an out-of-memory kill would
        for _ in range(400):
            if "claims-learned-v1" in log.read_text():
                break
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGKILL)
    return run_entry(*args, **kwargs)

core._run_entry = logged
run_suite(Workspace.at(root), parse_suite(suite, "o.toml"), root / "runs", "g", use_cache=False, overlap=True)
"""


def test_a_parent_killed_outright_takes_the_child_with_it(data_root: Path, tmp_path: Path) -> None:
    import subprocess
    import time

    log = tmp_path / "pids.txt"
    err = tmp_path / "stderr.txt"
    with open(err, "w") as fh:  # not a pipe: run() would wait for every process holding it, the child too
        proc = subprocess.run([sys.executable, "-c", KILLED_PARENT, str(data_root), str(log), SUITE], stdout=fh, stderr=fh, timeout=300)
    assert proc.returncode == -9, err.read_text()
    ran = [line.split() for line in log.read_text().splitlines()]
    parent = {int(pid) for pid, label in ran if label == "quotes-v2"}
    child = [int(pid) for pid, label in ran if label == "claims-learned-v1"]
    assert len(child) == 1 and child[0] not in parent
    for _ in range(30):  # the kernel ends it as soon as its parent is gone (the entry itself takes longer)
        try:
            os.kill(child[0], 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(child[0], 0)
