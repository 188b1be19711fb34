"""Safe output: the one path through which every file newsgold writes goes.

Promises, kept here and nowhere else:

* **Atomic, and recovered.** A file is staged beside its target and renamed in; a set of files
  is staged completely, then committed through a journal; a directory (the gold, a run) is
  staged whole and swapped in with one atomic exchange (:mod:`newsgold.output.txn`).  A write
  interrupted at any step, by an error or by a kill, leaves the old content or the new, never a
  mix: the next write (and every command at start-up, :func:`recover_workspace`) completes or
  undoes what a dead process left, and removes its temporaries.
* **All or nothing for several outputs.** ``score -o R --errors E`` replaces both or neither.
* **Never silent.** Replacing an existing file whose content would change raises
  :class:`OverwriteRefused` (with the diff) unless the caller passes ``overwrite``.
* **Never into the gold by accident.** :func:`check_outputs` refuses a target inside the
  workspace's ``annotations/`` (the explicit gold-writing paths pass ``allow_annotations``),
  onto one of the inputs, onto a directory, or the same target twice.
* **Never into the built-in seed corpus.** :func:`check_writable` refuses any target inside a
  read-only workspace (:attr:`Workspace.read_only`).

Each step of a write is named for the test-only fault hook of :mod:`newsgold.output.fault`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgold.output.checks import check_name, check_outputs, check_writable
from newsgold.output.dirs import BACKUPS, backup_dir, fill_dir, install_dir, make_temp_dir, staged_dir, update_dir, write_dir
from newsgold.output.files import (
    OutputFailed,
    OverwriteRefused,
    atomic_write_text,
    changes,
    current_umask,
    diff_text,
    read_exact,
    write_files,
)
from newsgold.output.txn import recover

if TYPE_CHECKING:
    from pathlib import Path

    from newsgold.workspace import Workspace

__all__ = [
    "BACKUPS",
    "OutputFailed",
    "OverwriteRefused",
    "atomic_write_text",
    "backup_dir",
    "changes",
    "check_name",
    "check_outputs",
    "check_writable",
    "current_umask",
    "diff_text",
    "fill_dir",
    "install_dir",
    "make_temp_dir",
    "read_exact",
    "recover",
    "recover_workspace",
    "staged_dir",
    "update_dir",
    "write_dir",
    "write_files",
]


def recover_workspace(ws: Workspace) -> list[str]:
    """:func:`recover` over the places of a workspace that writes publish into: the annotations,
    the gold and each pass, the runs and each run group (a few directory listings)."""
    if ws.read_only:
        return []
    places: list[Path] = [ws.root, ws.annotations_dir, ws.gold_dir, ws.annotations_dir / BACKUPS, ws.runs_dir, ws.corpus_dir / "data"]
    for parent in (ws.passes_dir, ws.runs_dir):
        try:
            places += [p for p in parent.iterdir() if p.is_dir()]
        except OSError:
            pass
    aside = ws.annotations_dir / ".replaced"  # where `import --replace` moves annotations (newsgold.importing.plan)
    if aside.is_dir():
        places += [p for p in aside.rglob("*") if p.is_dir()]
    return recover(places)
