"""Directories (the gold, a run group, a run, an export): staged whole in a hidden sibling, then
swapped in (:func:`newsgold.output.txn.publish_dir`); gold backups."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgold.output.fault import step
from newsgold.output.files import OutputFailed, OverwriteRefused, atomic_write_text, current_umask, failed
from newsgold.output.txn import new_token, publish_dir, recover, remove, temp_path

BACKUPS = ".gold-backups"


def make_temp_dir(target: Path) -> Path:
    """An empty hidden sibling of ``target`` named as a temporary of this process (so that
    :func:`~newsgold.output.txn.recover` removes it should the process die), with a normal
    directory's mode."""
    for up in [target.parent, *target.parent.parents]:  # ``init afile/ws`` said "afile: File exists"
        if up.exists() or up.is_symlink():
            if not up.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "Not a directory (a file is in the way of the folder to write into)", str(up))
            break
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target, new_token())
    step("stage")
    try:
        os.mkdir(tmp, 0o777 & ~current_umask())
    except OSError as e:  # said of the target: the hidden .<name>.ngtx-….tmp is no name the user gave
        raise OSError(e.errno, e.strerror, str(target)) from None
    return tmp


def fill_dir(directory: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` (name -> text) into a directory being staged."""
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o777 & ~current_umask())
    for name, text in files.items():
        atomic_write_text(directory / name, text)


def link_or_copy(src: str, dst: str) -> None:
    """Hard-link ``src`` to ``dst`` (a copy where links are not possible)."""
    try:
        os.link(src, dst)  # files are only ever replaced, never rewritten in place: sharing is safe
    except OSError:
        shutil.copy2(src, dst)


def copy_into(source: Path, stage: Path, skip: tuple[str, ...] = ()) -> None:
    """The current content of ``source`` (hard links, else copies) into ``stage``, but ``skip``."""
    for entry in sorted(source.iterdir()):
        if entry.name in skip:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, stage / entry.name, copy_function=link_or_copy, symlinks=True)
        else:
            link_or_copy(str(entry), str(stage / entry.name))


def install_dir(tmp: Path, directory: Path) -> None:
    """Move the finished ``tmp`` to ``directory``, replacing an existing one in one step."""
    recover([directory.parent])
    if tmp.name.startswith(f".{directory.name}.ngtx-") and tmp.parent == directory.parent:
        stage = tmp
    else:  # staged under another name (inside a temporary): moved beside the target first
        stage = temp_path(directory, new_token())
        os.rename(tmp, stage)
    try:
        publish_dir(stage, directory)
    except OSError as exc:
        remove(stage)
        raise failed(exc, directory) from exc


@contextmanager
def staged_dir(directory: Path, *, keep: bool = False, skip: tuple[str, ...] = ()) -> Iterator[Path]:
    """A stage for the new ``directory``: empty, or (``keep``) holding its current content but
    ``skip``.  Fill it in the ``with`` block; on leaving it the stage replaces ``directory`` in one
    step; on an error nothing is published and the stage is removed."""
    recover([directory.parent])
    try:
        tmp = make_temp_dir(directory)
    except OSError as exc:
        raise failed(exc, directory) from exc
    try:
        if keep and directory.is_dir():
            _published(copy_into, directory, tmp, skip)
        yield tmp
        _published(publish_dir, tmp, directory)
    except BaseException:
        remove(tmp)
        raise


def _published(fn: Callable[..., None], *args: Any) -> None:
    """``fn(*args)`` with a system error said as an :class:`OutputFailed`."""
    try:
        fn(*args)
    except OSError as exc:
        if isinstance(exc, OutputFailed):
            raise
        raise failed(exc, args[1]) from exc


def write_dir(directory: Path, files: Mapping[str, str], overwrite: bool = False) -> None:
    """Assemble a directory in a temporary sibling, then move it into place in one step."""
    if directory.exists() and not overwrite:
        raise OverwriteRefused([directory], "")
    with staged_dir(directory) as tmp:
        fill_dir(tmp, files)


def update_dir(directory: Path, files: Mapping[Path, str], backup: bool = False, remove: Iterable[Path] = ()) -> Path | None:
    """Write ``files`` (paths under ``directory``) into a copy of ``directory``, without the files
    ``remove`` (a folder they leave empty goes too), and swap it in: at every instant ``directory``
    holds the whole old set or the whole new one.  ``backup`` first copies its current ``*.json``
    with :func:`backup_dir`; returns that copy."""
    copy = None
    try:
        with staged_dir(directory, keep=True) as stage:
            for path, text in files.items():
                atomic_write_text(stage / Path(path).relative_to(directory), text)
            for path in remove:
                gone = stage / Path(path).relative_to(directory)
                gone.unlink()
                if gone.parent != stage and not any(gone.parent.iterdir()):
                    gone.parent.rmdir()
            if backup and directory.is_dir() and any(directory.glob("*.json")):
                try:
                    copy = backup_dir(directory)
                except OSError as exc:
                    raise failed(exc, directory / BACKUPS) from exc
    except Exception:
        if copy is not None:  # the swap failed: nothing to back up
            discard_backup(copy, directory)
        raise
    return copy


def discard_backup(copy: Path, directory: Path) -> None:
    """Remove the backup ``copy`` of ``directory`` made for a write that failed, when the
    directory still holds what it copied (and its backups folder, if that is now empty)."""
    if _same_json(copy, directory):
        shutil.rmtree(copy, ignore_errors=True)
        with contextlib.suppress(OSError):
            copy.parent.rmdir()  # the backups folder, if this made it


def _same_json(a: Path, b: Path) -> bool:
    """Whether two directories hold the same ``*.json`` files, byte for byte."""
    import filecmp

    names = sorted(p.name for p in a.glob("*.json"))
    if names != sorted(p.name for p in b.glob("*.json")):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def backup_dir(directory: Path) -> Path:
    """Copy ``directory/*.json`` to ``<parent>/.gold-backups/<UTC time>/`` (staged, then renamed
    in: a backup is never partial); return that copy."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    root = directory.parent / BACKUPS
    dest, n = root / stamp, 1
    while dest.exists():
        n += 1
        dest = root / f"{stamp}-{n}"
    root.mkdir(parents=True, exist_ok=True)
    recover([root])
    tmp = make_temp_dir(dest)
    step("backup")
    for f in sorted(directory.glob("*.json")):
        shutil.copy2(f, tmp / f.name)
    os.rename(tmp, dest)
    return dest
