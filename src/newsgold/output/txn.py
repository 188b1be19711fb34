"""Publishing staged content, and recovering what a killed process left half-published.

Every temporary a write makes is named ``.<target name>.ngtx-<pid>-<hex>.<kind>`` beside its
target (``tmp``: the new content staged; ``old``: the old content set aside), so the next
command can tell whose it is and whether that process is gone.

* A **directory** (the gold, a run group, a run) is staged whole in a sibling and swapped with
  the target in one ``renameat2(RENAME_EXCHANGE)``: at every instant the target holds the whole
  old or the whole new set.  Where the kernel or file system cannot exchange, the target is
  moved aside and the stage moved in; :func:`recover` completes such a pair.
* A **set of files** in one or more directories (``score -o R --errors E``) is staged file by
  file, then a journal listing every (target, staged) pair is written into each directory (the
  first directory's copy last: that write is the commit point), then the files are renamed.
  :func:`recover` finds a journal of a dead process and rolls forward when it was committed
  (every staged file is complete), else back.
* Leftover temporaries of dead processes are removed by :func:`recover`, which every write
  runs on its target directories first (and the command line on the workspace at start-up).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsgold.output.fault import step

TEMP = re.compile(r"^\.(?P<name>.+)\.ngtx-(?P<pid>\d+)-(?P<hex>[0-9a-f]+)\.(?P<kind>tmp|old)$")
JOURNAL = re.compile(r"^\.ngtx-(?P<pid>\d+)-(?P<hex>[0-9a-f]+)\.journal$")
_RENAME_EXCHANGE = 2
_exchange_works: bool | None = None


def new_token() -> str:
    return f"{os.getpid()}-{secrets.token_hex(4)}"


NAME_MAX = 255  # bytes of one file name (ext4, xfs, btrfs, tmpfs)
TEMP_EXTRA = len(".") + len(".ngtx-") + 7 + len("-") + 8 + len(".tmp")  # the longest pid has 7 digits


def temp_path(target: Path, token: str, kind: str = "tmp") -> Path:
    """The temporary's path; a name too long for the file system raises an OSError naming
    ``target``: a legal name of 240 bytes failed as ``.<name>.ngtx-….tmp: File name too long``
    (a file the user never named) or as the target's own name being too long (it is not)."""
    name = f".{target.name}.ngtx-{token}.{kind}"
    if len(os.fsencode(name)) > NAME_MAX:
        why = (
            "File name too long"
            if len(os.fsencode(target.name)) > NAME_MAX
            else f"File name too long to be written safely: it is written first under a name up to {TEMP_EXTRA} bytes "
            f"longer and moved into place; give a name of {NAME_MAX - TEMP_EXTRA} bytes at most"
        )
        raise OSError(errno.ENAMETOOLONG, why, str(target))
    return target.with_name(name)


def journal_path(directory: Path, token: str) -> Path:
    return directory / f".ngtx-{token}.journal"


def token_of(temp: Path) -> str:
    m = TEMP.match(temp.name)
    if m is None:
        raise ValueError(f"{temp} is not a staged temporary")
    return f"{m['pid']}-{m['hex']}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # our own: still in use
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sync_dir(directory: Path) -> None:
    """Make the renames in ``directory`` durable (a power cut keeps them)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot (then nothing was done)."""
    global _exchange_works
    if _exchange_works is False:
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        _exchange_works = False
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        _exchange_works = True
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def publish_dir(stage: Path, target: Path) -> None:
    """Put the complete directory ``stage`` (a :func:`temp_path` sibling) at ``target``, replacing
    the old one in one step; the old one is removed."""
    if not target.exists():
        step("rename")
        os.rename(stage, target)
        sync_dir(target.parent)
        return
    step("exchange")
    if _exchange(stage, target):
        sync_dir(target.parent)
        step("cleanup")
        remove(stage)  # now the old directory
        return
    aside = temp_path(target, token_of(stage), "old")
    step("rename")
    os.rename(target, aside)
    step("rename")
    os.rename(stage, target)
    sync_dir(target.parent)
    step("cleanup")
    remove(aside)


# -- sets of files: journal, commit, roll forward ------------------------------------------------
def _write_journal(path: Path, body: str) -> None:
    tmp = temp_path(path, token_of_journal(path))
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(body)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    sync_dir(path.parent)


def token_of_journal(path: Path) -> str:
    m = JOURNAL.match(path.name)
    if m is None:
        raise ValueError(f"{path} is not a journal")
    return f"{m['pid']}-{m['hex']}"


def commit_files(staged: Sequence[tuple[Path, Path]], token: str, deletes: Sequence[Path] = ()) -> None:
    """Rename every staged file onto its target, then remove ``deletes``, through a journal so
    that a kill at any point is completed by :func:`recover`.  An error while renaming puts back
    what was replaced (nothing is removed before every rename is done)."""
    dirs = list(dict.fromkeys(target.parent for _, target in staged))
    journals = [journal_path(d, token) for d in dirs]
    body = json.dumps(
        {
            "primary": str(journals[0]),
            "journals": [str(j) for j in journals],
            "ops": [[str(t), str(s)] for s, t in staged],
            "deletes": [str(d) for d in deletes],
        }
    )
    olds: list[tuple[Path, Path]] = []
    try:
        for _, target in staged:  # the old content, to put back should a rename fail
            if target.is_file():
                old = temp_path(target, token, "old")
                os.link(target, old)
                olds.append((old, target))
        for gone in deletes:  # each can be removed (a read-only or immutable folder cannot): known before the commit
            _can_remove(gone, token)
        for journal in [*journals[1:], journals[0]]:  # the first directory's journal commits
            step("journal")
            _write_journal(journal, body)
    except BaseException:
        for path in [*journals, *(o for o, _ in olds), *(s for s, _ in staged)]:
            remove(path)
        raise
    done: list[Path] = []
    renamed = 0
    try:
        for tmp, target in staged:
            step("rename")
            existed = target.exists()
            os.replace(tmp, target)
            renamed += 1
            if not existed:
                done.append(target)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM after the commit point: finished here, as recover would
        # (left to recover, the journals stayed among the outputs, and a next command writing elsewhere never settled them)
        for tmp, target in staged[renamed:]:
            if tmp.exists():
                os.replace(tmp, target)
        _finish(dirs, deletes, journals, olds)
        raise
    except Exception:
        for old, target in olds:
            with contextlib.suppress(OSError):
                os.replace(old, target)
            remove(old)  # still there when the target was never replaced (rename between links is a no-op)
        for target in done:
            remove(target)
        for path in [*journals, *(s for s, _ in staged)]:
            remove(path)
        raise
    _finish(dirs, deletes, journals, olds)


def _can_remove(gone: Path, token: str) -> None:
    """Raise the OSError that removing ``gone`` would raise after the commit point (where it left
    the journals, the old copies and a half-done set): a link made and removed beside it."""
    if not os.path.lexists(gone):
        return
    if gone.is_dir() and not gone.is_symlink():
        if not os.access(gone.parent, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(gone))
        return
    probe = temp_path(gone, token, "old")  # (left by a kill: removed by recover, its target being there)
    os.link(gone, probe, follow_symlinks=False)
    os.unlink(probe)


def _finish(dirs: list[Path], deletes: Sequence[Path], journals: list[Path], olds: list[tuple[Path, Path]]) -> None:
    """What follows the renames of a committed set: the deletes, the syncs, the journals and old copies removed."""
    for gone in deletes:  # committed: what the new set no longer has
        step("delete")
        remove(gone)
    for d in dict.fromkeys([*dirs, *(g.parent for g in deletes)]):
        sync_dir(d)
    step("cleanup")
    for path in [*journals[1:], *(o for o, _ in olds), journals[0]]:
        remove(path)


def _settle_journal(path: Path, notes: list[str]) -> set[str]:
    """Complete or undo the transaction of a dead process's journal; return its token."""
    token = token_of_journal(path)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        journals = [Path(j) for j in spec["journals"]]
        ops = [(Path(t), Path(s)) for t, s in spec["ops"]]
        deletes = [Path(d) for d in spec.get("deletes", [])]
        committed = Path(spec["primary"]).exists()
    except (OSError, ValueError, KeyError, TypeError):
        return set()  # not ours to read: left alone
    if committed:
        for target, staged in ops:
            if staged.exists():
                os.replace(staged, target)
        for gone in deletes:
            remove(gone)
        notes.append(f"completed an interrupted write of {len(ops)} file(s) ({', '.join(t.name for t, _ in ops)})")
    else:
        for _, staged in ops:
            remove(staged)
        notes.append(f"undid an interrupted write of {len(ops)} file(s) that had not been committed")
    for target, _ in ops:
        remove(temp_path(target, token, "old"))
    for journal in [*(j for j in journals if j != Path(spec["primary"])), Path(spec["primary"])]:
        remove(journal)
    return {token}


def _settle_temp(path: Path, m: re.Match[str], settled: set[str], notes: list[str]) -> None:
    target, token = path.with_name(m["name"]), f"{m['pid']}-{m['hex']}"
    if token in settled:
        remove(path)
    elif m["kind"] == "tmp" and temp_path(target, token, "old").exists() and not target.exists():
        os.rename(path, target)  # the old one moved aside, the new one not yet in: complete the swap
        notes.append(f"completed the interrupted replacement of {target.name}")
    elif m["kind"] == "old" and not target.exists():
        os.rename(path, target)  # moved aside and nothing in its place: put the old one back
        notes.append(f"restored {target.name}, whose replacement was interrupted")
    else:
        remove(path)
        notes.append(f"removed {path.name}, left by an interrupted write")


def recover(directories: Iterable[Path]) -> list[str]:
    """Complete or undo what dead newsgold processes left in ``directories``; return notes on
    what was done (empty when nothing was left).  Temporaries of live processes are not touched."""
    notes: list[str] = []
    for directory in dict.fromkeys(Path(d) for d in directories):
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        if not any(".ngtx-" in n for n in names):
            continue
        settled: set[str] = set()
        for name in sorted(names):
            m = JOURNAL.match(name)
            if m and not _alive(int(m["pid"])):
                settled |= _settle_journal(directory / name, notes)
        for kind in ("tmp", "old"):  # a complete stage first: a swap is rolled forward when it can be
            for name in sorted(os.listdir(directory)):
                m = TEMP.match(name)
                if m is None or m["kind"] != kind or _alive(int(m["pid"])):
                    continue
                _settle_temp(directory / name, m, settled, notes)
    return notes
