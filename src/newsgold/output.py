"""Safe output: the one path through which every file newsgold writes goes.

Three promises, kept here and nowhere else:

* **Atomic.** A file is written to a temporary sibling and renamed into place; a set of files
  is staged completely before the first rename; a directory (a run) is assembled in a hidden
  sibling and swapped in.  An interrupted write leaves the old content or the new, never a mix.
* **Never silent.** Replacing an existing file whose content would change raises
  :class:`OverwriteRefused` (with the diff) unless the caller passes ``overwrite``.
* **Never into the gold by accident.** :func:`check_outputs` refuses a target inside the
  workspace's ``annotations/`` (the explicit gold-writing paths pass ``allow_annotations``),
  onto one of the inputs, onto a directory, or the same target twice.
* **Never into the built-in seed corpus.** :func:`check_writable` refuses any target inside a
  read-only workspace (:attr:`Workspace.read_only`); :func:`check_outputs` applies it to every
  target, and the writers that write into a workspace (imports, pulls) call it.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.errors import NewsgoldError, OutputRefused, ReadOnlyWorkspace
from newsgold.workspace import shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

BACKUPS = ".gold-backups"


class OverwriteRefused(NewsgoldError):
    """An existing file would change; ``diff`` shows how (nothing was written)."""

    remedy = "overwrite"

    def __init__(self, paths: Iterable[Path], diff: str):
        self.paths = list(paths)
        self.path = self.paths[0]
        self.diff = diff
        names = ", ".join(shown(p) for p in self.paths)
        verb = "exists" if len(self.paths) == 1 else "exist"
        super().__init__(f"{names} already {verb} and would be replaced; nothing was written")


def current_umask() -> int:
    """The process umask (only readable by setting it), for giving files a normal mode."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def diff_text(old: str, new: str, name: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}"))


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (UnicodeDecodeError, IsADirectoryError):
        return ""  # not text we wrote: it counts as changed


def changes(files: Mapping[Path, str]) -> dict[Path, str]:
    """The diffs of the files that exist and would change (empty: nothing would be overwritten)."""
    out = {}
    for path, text in files.items():
        old = _read(Path(path))
        if old is not None and old != text:
            out[Path(path)] = diff_text(old, text, shown(path))
    return out


def _stage(path: Path, text: str, mask: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes it private; give it a normal file's mode
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write one file through a temporary sibling renamed into place."""
    path = Path(path)
    tmp = _stage(path, text, current_umask())
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_files(files: Mapping[Path, str], overwrite: bool = False) -> list[Path]:
    """Write every file or none; returns the ones whose content changed.

    Refuses (before writing anything) when an existing file would change and ``overwrite`` is
    false.  Every new content is staged next to its target first, so a failure while writing
    (disk full, permissions) leaves every target as it was.
    """
    files = {Path(p): t for p, t in files.items()}
    diffs = changes(files)
    if diffs and not overwrite:
        raise OverwriteRefused(diffs, "".join(diffs.values()))
    todo = {p: t for p, t in files.items() if _read(p) != t}
    mask = current_umask()
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in todo.items():
            staged.append((_stage(path, text, mask), path))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    return [path for _, path in staged]


def _inside(path: Path, place: Path) -> bool:
    path, place = path.resolve(), place.resolve()
    return path == place or place in path.parents


def check_writable(workspace: Workspace | None, paths: Iterable[Path]) -> None:
    """The one rule of the built-in seed corpus: nothing is written inside a read-only workspace."""
    if workspace is None or not workspace.read_only:
        return
    for path in paths:
        if _inside(Path(path), workspace.root):
            raise ReadOnlyWorkspace(
                f"refusing to write {shown(path)}: it is inside the built-in seed corpus, which is "
                "read-only; `newsgold init DIR` makes a workspace of your own (--from-builtin "
                "starts it from the seed corpus)"
            )


def check_outputs(
    outputs: Iterable[Path],
    workspace: Workspace | None = None,
    inputs: Iterable[tuple[Path, str]] = (),
    *,
    allow_annotations: bool = False,
    directories: bool = False,
) -> None:
    """Refuse (raise :class:`OutputRefused`, nothing written) unsafe output targets.

    A target may not lie inside the workspace's annotations (unless ``allow_annotations``: the
    explicit gold-writing path), inside or onto one of the ``(path, what)`` inputs, be an
    existing directory (unless ``directories``: run and pull outputs are directories), or be
    given twice.
    """
    outputs = [Path(out) for out in outputs]
    check_writable(workspace, outputs)
    guarded = list(inputs)
    if workspace is not None and not allow_annotations:
        guarded.insert(0, (workspace.annotations_dir, "the annotations directory"))
    seen: set[Path] = set()
    for out in outputs:
        out = Path(out)
        for place, what in guarded:
            if _inside(out, place):
                raise OutputRefused(f"refusing to write {shown(out)}: it is inside {what} ({shown(place)}); write outputs elsewhere")
            if directories and _inside(place, out):  # replacing the directory would replace the place too
                raise OutputRefused(f"refusing to write {shown(out)}: it holds {what} ({shown(place)}); write outputs elsewhere")
        if not directories and out.is_dir():
            raise OutputRefused(f"{shown(out)} is a directory: give a file name for the output")
        key = out.resolve()
        if key in seen:
            raise OutputRefused(f"{shown(out)} is given for two outputs")
        seen.add(key)


# -- directories: staged in a hidden sibling, swapped in ------------------------------------------
def make_temp_dir(target: Path) -> Path:
    """An empty hidden sibling of ``target`` with a normal directory's mode (``mkdtemp`` makes
    it 0700, which the final directory would keep after the move)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    os.chmod(tmp, 0o777 & ~current_umask())
    return tmp


def fill_dir(directory: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` (name -> text) into a directory being staged."""
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o777 & ~current_umask())
    for name, text in files.items():
        atomic_write_text(directory / name, text)


def install_dir(tmp: Path, directory: Path) -> None:
    """Move the finished ``tmp`` to ``directory``, replacing an existing one."""
    if directory.exists():
        old = directory.with_name(f".{directory.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(directory, old)
        os.replace(tmp, directory)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, directory)


def write_dir(directory: Path, files: Mapping[str, str], overwrite: bool = False) -> None:
    """Assemble a directory in a temporary sibling, then move it into place in one step."""
    if directory.exists() and not overwrite:
        raise OverwriteRefused([directory], "")
    tmp = make_temp_dir(directory)
    try:
        fill_dir(tmp, files)
        install_dir(tmp, directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def backup_dir(directory: Path) -> Path:
    """Copy ``directory/*.json`` to ``<parent>/.gold-backups/<UTC time>/``; return that copy."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    root = directory.parent / BACKUPS
    dest, n = root / stamp, 1
    while dest.exists():
        n += 1
        dest = root / f"{stamp}-{n}"
    dest.mkdir(parents=True)
    for f in sorted(directory.glob("*.json")):
        shutil.copy2(f, dest / f.name)
    return dest
