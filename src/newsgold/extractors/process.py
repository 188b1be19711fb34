"""Running an extractor program contained: bounded memory for its stderr, nothing left running.

``subprocess.run(capture_output=True)`` keeps all of stderr (a chatty or looping program can make
newsgold hold hundreds of megabytes) and, on a timeout or Ctrl-C, kills only the direct child, so
a shell wrapper's grandchildren keep running.  Here stderr is read in a thread into a tail of at
most :data:`STDERR_KEEP` bytes, the program gets its own process group (its own session, so a
terminal's Ctrl-C reaches only newsgold) and on a timeout or an interrupt the whole group is
sent SIGTERM, then SIGKILL after :data:`GRACE` seconds.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO

STDERR_KEEP = 64 * 1024  # bytes of stderr kept (the end of it: where the error is)
GRACE = 1.0  # seconds between SIGTERM and SIGKILL
_CHUNK = 64 * 1024


@dataclass
class Finished:
    returncode: int | None  # None: killed on timeout
    stdout: bytes
    stderr_tail: bytes  # at most STDERR_KEEP bytes: the end of stderr
    stderr_bytes: int  # how much the program wrote to stderr in all


class Tail:
    """The last ``limit`` bytes of a stream, and how long the whole stream was."""

    def __init__(self, limit: int = STDERR_KEEP) -> None:
        self.limit, self.total, self.data = limit, 0, bytearray()

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        self.data += chunk
        if len(self.data) > self.limit:
            del self.data[: len(self.data) - self.limit]


def _drain(stream: IO[bytes], sink: Tail | list[bytes]) -> None:
    with contextlib.suppress(OSError, ValueError):
        while chunk := os.read(stream.fileno(), _CHUNK):
            if isinstance(sink, Tail):
                sink.add(chunk)
            else:
                sink.append(chunk)


def _feed(stream: IO[bytes], data: bytes) -> None:
    # a program that exits (or is killed) without reading all of its input: not our error
    with contextlib.suppress(OSError, ValueError):
        stream.write(data)
    with contextlib.suppress(OSError, ValueError):
        stream.close()


def kill_group(proc: subprocess.Popen[bytes], grace: float = GRACE) -> None:
    """SIGTERM to the program's whole process group, SIGKILL to whatever is left after ``grace``."""
    if not hasattr(os, "killpg"):  # pragma: no cover - not POSIX: no process groups
        with contextlib.suppress(OSError):
            proc.kill()
        return
    pgid = proc.pid  # start_new_session=True: the group id is the child's pid
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    end = time.monotonic() + grace
    while time.monotonic() < end:
        proc.poll()  # reap the leader, else it stays a member of the group as a zombie
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            break
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)


def run_contained(argv: Sequence[str], stdin: bytes, timeout: float, env: Mapping[str, str]) -> Finished:
    """Run ``argv`` with ``stdin``; the timeout covers the program and its output pipes closing.

    Raises what :class:`subprocess.Popen` raises for a program that cannot be started.
    """
    proc = subprocess.Popen(
        list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(env), start_new_session=True
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    out: list[bytes] = []
    err = Tail()
    threads = [
        threading.Thread(target=_feed, args=(proc.stdin, stdin), daemon=True),
        threading.Thread(target=_drain, args=(proc.stdout, out), daemon=True),
        threading.Thread(target=_drain, args=(proc.stderr, err), daemon=True),
    ]
    timed_out = False
    try:
        for t in threads:
            t.start()
        deadline = time.monotonic() + timeout
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        for t in threads[1:]:  # a grandchild may still hold the pipes open
            t.join(max(0.0, deadline - time.monotonic()))
            timed_out = timed_out or t.is_alive()
        if timed_out:
            kill_group(proc)
            for t in threads:
                t.join(GRACE)
    except BaseException:  # KeyboardInterrupt included: the program must not outlive us
        kill_group(proc)
        raise
    finally:
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            with contextlib.suppress(OSError):
                stream.close()
    return Finished(None if timed_out else proc.returncode, b"".join(out), bytes(err.data), err.total)
