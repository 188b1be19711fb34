"""Which targets may be written at all: never into the annotations by accident, never into the
corpus or onto the workspace's configuration (only ``import`` writes those, through its own path),
never into the built-in seed corpus, never onto an input, a directory, a device, or the same
target twice."""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.errors import OutputRefused, ReadOnlyWorkspace
from newsgold.workspace import CONFIG_FILE, shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # a symlink loop (RuntimeError before Python 3.13)
        raise OutputRefused(f"refusing to write {path}: it is a symlink loop") from None


def _inside(path: Path, place: Path) -> bool:
    path, place = _resolved(path), _resolved(place)
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
    explicit gold-writing path), its corpus or configuration file, inside or onto one of the
    ``(path, what)`` inputs, be an existing directory (unless ``directories``: run and pull
    outputs are directories) or other non-regular file, or be given twice.
    """
    outputs = [Path(out) for out in outputs]
    check_writable(workspace, outputs)
    guarded = list(inputs)
    if workspace is not None:
        guarded[:0] = [(workspace.corpus_dir, "the corpus"), (workspace.root / CONFIG_FILE, "the workspace configuration")]
        if not allow_annotations:
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
        check_regular(out)
        key = _resolved(out)
        if key in seen:
            raise OutputRefused(f"{shown(out)} is given for two outputs")
        seen.add(key)


def check_regular(path: Path) -> None:
    """Refuse an existing target that is neither a file nor a directory: reading a device such as
    ``/dev/zero`` for the diff never ends, and renaming over it would replace the device node."""
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return  # absent (or unreachable: the write reports it)
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise OutputRefused(
            f"refusing to write {shown(path)}: it is not a regular file (a device, pipe or socket); give a file name for the output"
        )


def check_name(name: str, what: str) -> None:
    """Refuse a ``name`` that is not one plain folder name (``--run-id .`` wrote the run into
    ``eval/runs`` itself, ``a/b`` nested it, an empty one fell back to a timestamp unasked)."""
    if name in ("", ".", "..") or any(c in name for c in "/\\\0\n\r") or name != name.strip():
        raise OutputRefused(
            f"{what} {name!r} is not a folder name: one name, not '.' or '..', without '/', '\\' or a line break, no leading or trailing space"
        )
