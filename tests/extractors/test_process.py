"""``cmd:`` extractors run contained: a flood of stderr is kept only as a bounded tail, and on a
timeout the program's whole process group is killed, grandchildren included."""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors import ExtractorError, resolve
from newsgold.extractors.process import STDERR_KEEP, run_contained

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")

DOC = Document("a", "Some text.\n")
FLOOD = 50 * 1024 * 1024


def _script(tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(body)
    return f"cmd:{sys.executable} {path}"


def test_stderr_flood_keeps_only_a_bounded_tail(tmp_path: Path):
    spec = _script(
        tmp_path,
        "flood.py",
        "import sys\nsys.stdin.read()\nblock = b'x' * (1 << 20)\n"
        f"for _ in range({FLOOD >> 20}):\n    sys.stderr.buffer.write(block)\n"
        "sys.stderr.write('\\nthe real error\\n')\nsys.exit(4)\n",
    )
    tracemalloc.start()
    try:
        with pytest.raises(ExtractorError, match=r"exited with status 4 .*stderr: \.\.\.x+\s+the real error") as err:
            resolve(spec).extract(DOC)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(str(err.value)) < 2000
    assert peak < 8 * 1024 * 1024  # 50 MB went through; a few chunks and the tail were held


def test_runner_reports_the_tail_and_the_total():
    code = f"import sys; sys.stderr.buffer.write(b'y' * {FLOOD}); sys.stderr.buffer.write(b'END')"
    done = run_contained([sys.executable, "-c", code], b"", 60, os.environ)
    assert done.returncode == 0 and done.stderr_bytes == FLOOD + 3
    assert len(done.stderr_tail) == STDERR_KEEP and done.stderr_tail.endswith(b"yEND")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:  # reparented to a pid 1 that does not reap: a zombie is not running either
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def test_timeout_kills_the_whole_process_group(tmp_path: Path):
    pidfile = tmp_path / "grandchild.pid"
    spec = _script(
        tmp_path,
        "hang.py",
        "import subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
        f"open({str(pidfile)!r}, 'w').write(str(child.pid))\n"
        "time.sleep(600)\n",
    )
    ex = resolve(spec, {"timeout": 1.5})
    t0 = time.monotonic()
    with pytest.raises(ExtractorError, match=r"timed out after 1.5s on document 'a'"):
        ex.extract(DOC)
    assert time.monotonic() - t0 < 10
    grandchild = int(pidfile.read_text())
    end = time.monotonic() + 5
    while not _gone(grandchild) and time.monotonic() < end:
        time.sleep(0.05)
    assert _gone(grandchild)


def test_interrupt_kills_the_whole_process_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import subprocess

    pidfile = tmp_path / "grandchild.pid"
    code = (
        "import subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
        f"open({str(pidfile)!r}, 'w').write(str(child.pid))\n"
        "time.sleep(600)\n"
    )
    real_wait = subprocess.Popen.wait

    def interrupted_wait(self, timeout=None):
        if timeout is not None and timeout > 100:  # the runner's wait, not kill_group's
            while not pidfile.exists() or not pidfile.read_text():
                time.sleep(0.02)
            raise KeyboardInterrupt
        return real_wait(self, timeout)

    monkeypatch.setattr(subprocess.Popen, "wait", interrupted_wait)
    with pytest.raises(KeyboardInterrupt):
        run_contained([sys.executable, "-c", code], b"", 300, os.environ)
    monkeypatch.undo()
    grandchild = int(pidfile.read_text())
    end = time.monotonic() + 5
    while not _gone(grandchild) and time.monotonic() < end:
        time.sleep(0.05)
    assert _gone(grandchild)


def test_a_program_that_does_not_read_its_input_is_not_an_error():
    done = run_contained([sys.executable, "-c", "print('ok')"], b"z" * (4 << 20), 30, os.environ)
    assert done.returncode == 0 and done.stdout.strip() == b"ok"
