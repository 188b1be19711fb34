"""Suite entries overlapped on two cores: the cross-validated (learned) entries run in a forked
second process while this one runs the others.

Why: in the default suite the learned entry (``claims-learned``) costs about as much CPU as the
ten rule entries together, most of it importing scikit-learn and fitting its fold models; run one
after the other on a 2-core machine, one core sits idle.  A fork starts at no cost (documents,
gold and workspace are already loaded) and writes into the same staged run directory, so the run
files are those of a serial run (tests/runs/test_overlap.py compares them byte for byte).

What stays as in a serial run:

- Errors: a child entry that fails (an exception, or the child killed) is run again here, in
  this process, where it raises exactly what the serial run raises; an error of a later entry
  in this process waits for the earlier child entries first, so the error reported is always
  that of the first failing entry in suite order.
- Progress: the child's bars are drawn by this process (messages over a pipe).
- Ctrl-C / SIGTERM: the child ignores SIGINT and is terminated by this process on the way out;
  the staged directory is removed by this process as before.
"""

from __future__ import annotations

import io
import os
import pickle
import socket
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Progress = Callable[[str, int, int], Callable[[int], None]]
RunOne = Callable[[int, Progress | None], Any]  # (entry index, progress) -> RunResult


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def offloaded(folds: Sequence[int | None], jobs: int, engine: str) -> list[int]:
    """The entries worth a second process: the cross-validated ones, when the suite has others
    to run meanwhile, extraction is serial (``--jobs 1``: the cores are not used otherwise), the
    engine is local, and the machine (Linux) has 2+ cores."""
    picked = [i for i, k in enumerate(folds) if k]
    if not picked or len(picked) == len(folds) or jobs != 1 or engine != "local":
        return []
    # Linux only: a fork is safe there with numpy & co.; macOS's system libraries are not
    if usable_cores() < 2 or not sys.platform.startswith("linux"):
        return []
    return picked


class _Out(pickle.Pickler):
    """Pickles a RunResult with its open temporary files (the spill shards its scores and
    predictions read back) as references to file descriptors, sent alongside over the socket."""

    def __init__(self, buf: io.BytesIO):
        super().__init__(buf, pickle.HIGHEST_PROTOCOL)
        self.fds: list[int] = []

    def persistent_id(self, obj: Any) -> Any:
        if isinstance(obj, io.BufferedRandom):
            obj.flush()
            self.fds.append(obj.fileno())
            return len(self.fds) - 1
        return None


class _In(pickle.Unpickler):
    def __init__(self, data: bytes, fds: list[int]):
        super().__init__(io.BytesIO(data))
        self.fds = fds

    def persistent_load(self, pid: Any) -> Any:
        return os.fdopen(self.fds[pid], "r+b")


class Sidecar:
    """The forked child running ``indices`` one after another with ``run_one``; ``result(i)``
    waits for entry ``i`` and returns its RunResult, or None when it failed there."""

    def __init__(self, indices: list[int], run_one: RunOne, progress: Progress | None):
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=True)  # a Unix socket pair: file descriptors pass too
        self._results: dict[int, Any] = {}
        self._done = threading.Condition()
        self._finished = False
        self._progress = progress
        self.proc = ctx.Process(target=_child, args=(indices, run_one, send, progress is not None, os.getpid()), daemon=True)
        self.proc.start()
        send.close()
        self._reader = threading.Thread(target=self._read, daemon=True, name="newsgold-overlap")
        self._reader.start()

    def _read(self) -> None:
        bars: dict[int, Callable[[int], None]] = {}
        try:
            while True:
                try:
                    msg = self._recv.recv()
                except (EOFError, OSError):
                    break
                kind = msg[0]
                if kind == "bar" and self._progress is not None:
                    bars[msg[1]] = self._progress(*msg[2])
                elif kind == "advance" and msg[1] in bars:
                    bars[msg[1]](msg[2])
                elif kind == "result":
                    res = None
                    if msg[2] is not None:
                        from multiprocessing.reduction import recvfds

                        try:  # the child may die between the message and its files: that entry runs again here
                            with socket.fromfd(self._recv.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                                fds = recvfds(sock, msg[3]) if msg[3] else []
                            res = _In(msg[2], fds).load()
                        except Exception:
                            res = None
                    with self._done:
                        self._results[msg[1]] = res
                        self._done.notify_all()
        finally:
            with self._done:
                self._finished = True
                self._done.notify_all()

    def result(self, index: int) -> Any:
        with self._done:
            while index not in self._results and not self._finished:
                self._done.wait()
            return self._results.get(index)

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
        self.proc.join()
        self._reader.join()
        self._recv.close()


def _die_with(parent: int) -> None:
    """A parent killed outright (SIGKILL, out of memory) takes this process with it, instead of
    leaving it extracting for nobody (Linux's PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before that took effect
        os._exit(0)


def _exit_cleanly(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def _child(indices: list[int], run_one: RunOne, send: Any, bars: bool, parent: int) -> None:
    """In the forked process: run the entries in order, stop at the first failure (the parent
    runs that one again itself), never write to the terminal."""
    import signal
    from multiprocessing.reduction import sendfds

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it terminates this process
    signal.signal(signal.SIGTERM, _exit_cleanly)  # as SystemExit, so staged files (a cache entry being written) are removed
    _die_with(parent)
    # the parent's stderr may have been locked by its progress thread at the fork: fresh streams on the same fds
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False)
    counter = iter(range(1 << 30))

    def progress(label: str, done: int, total: int) -> Callable[[int], None]:
        key = next(counter)
        send.send(("bar", key, (label, done, total)))
        return lambda n: send.send(("advance", key, n))

    try:
        for i in indices:
            try:
                res = run_one(i, progress if bars else None)
                buf = io.BytesIO()
                out = _Out(buf)
                out.dump(res)
            except BaseException:
                send.send(("result", i, None, 0))
                break
            send.send(("result", i, buf.getvalue(), len(out.fds)))
            if out.fds:
                with socket.fromfd(send.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sendfds(sock, out.fds)
    finally:
        send.close()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(0)


def run_entries(
    labels: Sequence[str], folds: Sequence[int | None], run_one: RunOne, progress: Progress | None, tmp: Path, jobs: int, engine: str
) -> list[Any]:
    """Every entry's RunResult in suite order: serially, or with :func:`offloaded` entries in a
    :class:`Sidecar` (``tmp``: the staged group directory both processes write into)."""
    offload = offloaded(folds, jobs, engine)
    if not offload:
        return [run_one(i, progress) for i in range(len(labels))]

    side = Sidecar(offload, run_one, progress)
    results: dict[int, Any] = {}

    def settle(j: int) -> None:
        res = side.result(j)
        if res is None:  # failed (or died) in the child: here it fails, or not, as in a serial run
            side.close()
            import shutil

            shutil.rmtree(tmp / labels[j], ignore_errors=True)
            res = run_one(j, progress)
        results[j] = res

    try:
        for i in range(len(labels)):
            if i in offload:
                continue
            try:
                results[i] = run_one(i, progress)
            except Exception:
                for j in offload:
                    if j < i:
                        settle(j)  # an earlier entry's error comes first, as in a serial run
                raise
        for j in offload:
            settle(j)
    finally:
        side.close()
    return [results[i] for i in range(len(labels))]
