"""One writer per run id: ``<out>/.<run-id>.lock`` holds the pid of the process writing the run.

Two runs with the same ``--run-id`` would each stage a group and move it into place, one silently
replacing (or mixing into) the other; the second one is refused at once instead.  The lock is a
file created with ``O_CREAT | O_EXCL`` (atomic on local file systems) and removed when the run
ends however it ends; one left by a process that died (a SIGKILL, a power cut) is taken over
when its pid is no longer alive, and the locks of other run ids that dead processes left are
removed when the next run takes its own (they would stay in ``eval/runs`` for good).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from newsgold.runs.errors import RunError
from newsgold.workspace import shown

_FRESH = 10.0  # seconds: a lock without a pid yet is being written, not stale


def lock_path(group: Path) -> Path:
    return group.parent / f".{group.name}.lock"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def _holder(path: Path) -> tuple[bool, int | None]:
    """(held, pid) for an existing lock file; a vanished file is not held."""
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return False, None
    if text.isdigit():
        return _alive(int(text)), int(text)
    return age < _FRESH, None  # just created, pid not written yet; or garbage left behind


def _remove_stale(own: Path) -> None:
    """The other run ids' locks in ``own``'s directory whose writer is gone."""
    for other in own.parent.glob(".*.lock"):
        if other != own and not _holder(other)[0]:
            with contextlib.suppress(FileNotFoundError):
                other.unlink()


@contextlib.contextmanager
def run_lock(group: Path) -> Iterator[Path]:
    """Hold the lock of run group ``group`` for the ``with`` block; :class:`RunError` if another
    live process holds it."""
    path = lock_path(group)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    for _ in range(5):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            held, pid = _holder(path)
            if held:
                raise RunError(
                    f"run id {group.name} is being written by another newsgold process (pid {pid if pid is not None else '?'}): "
                    f"wait for it, or pick another run id (lock file {shown(path)})"
                ) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # stale: its writer is gone
            continue
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(f"{os.getpid()}\n")
        break
    else:
        raise RunError(f"cannot take the lock {shown(path)} of run id {group.name}: it keeps reappearing")
    try:
        yield path
    finally:
        if _holder(path)[1] == os.getpid():  # never remove a lock another process took over
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
