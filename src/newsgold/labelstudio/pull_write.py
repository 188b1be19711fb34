"""Writing a pull: the planned files checked against what is there, then staged and swapped in.

A pass folder pulled again after an annotation was deleted (or skipped) in Label Studio kept the
file of that annotation beside the new ones, so the pass mixed the project's state of two
moments; such a file (``<doc_id>.json`` of a document of the project that this pull does not
write) is *stale*: outside the gold it goes with ``--overwrite`` (refused without), in the gold
it is kept and said (the gold is never removed by a pull).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.output import changes, check_outputs, diff_text, update_dir, write_files
from newsgold.workspace import Workspace, shown


def stale_files(out: Path, files: Mapping[Path, str], documents: Iterable[str]) -> list[Path]:
    """The ``<doc_id>.json`` under ``out`` (and its annotator folders) of a document of the
    project that this pull does not write: its annotation is gone from the project since the
    last pull (or the layout changed from one annotator to several)."""
    out, docs = Path(out), set(documents)
    if not out.is_dir():
        return []
    found = [*out.glob("*.json"), *(p for d in out.iterdir() if d.is_dir() and not d.name.startswith(".") for p in d.glob("*.json"))]
    return sorted(p for p in found if p.stem in docs and p not in files and p.is_file())


@dataclass
class Written:
    paths: list[Path]
    diff: str
    backup: Path | None = None
    removed: list[Path] = field(default_factory=list)  # stale files taken out (outside the gold)
    kept: list[Path] = field(default_factory=list)  # stale gold files left in place


def write_pulled(
    ws: Workspace,
    files: Mapping[Path, str],
    out: Path,
    *,
    write_gold: bool = False,
    overwrite: bool = False,
    show: Callable[[str], None] | None = None,
    documents: Iterable[str] = (),
) -> Written:
    """Write what :func:`~newsgold.labelstudio.pull.annotation_files` planned, under the rules for
    the gold and for other files.

    Gold (``out`` is the gold directory): anything new or changed needs ``write_gold``; the
    current gold is backed up first.  Elsewhere, changing an existing file, or removing a stale one
    (``documents``: the project's documents), needs ``overwrite``.  Raises
    :class:`~newsgold.labelstudio.pull.PullRefused` (with the diff) before writing anything;
    ``show`` gets the diff of a gold write before the write.
    """
    from newsgold.labelstudio.pull import PullRefused, is_gold

    check_outputs([out], ws, allow_annotations=True, directories=True)  # never the corpus; the files lie inside out
    diffs = changes(files, new=True, exact=False)  # new or changed (line ends alone are no change)
    todo, diff = {p: t for p, t in files.items() if Path(p) in diffs}, "".join(diffs.values())
    gold = is_gold(ws, out)
    stale = [] if Path(out) in files else stale_files(out, files, documents)
    if gold:
        kept, stale = stale, []
    else:
        kept = []
        diff += "".join(diff_text(p.read_text(encoding="utf-8", errors="replace"), "", shown(p)) for p in stale)
    if not todo and not stale:
        return Written([], "", kept=kept)
    if gold:
        if not write_gold:
            raise PullRefused(
                f"{len(todo)} gold file(s) under {shown(out)} would be written or changed; "
                "review the diff (the current gold is backed up before a write)",
                diff,
                remedy="write_gold",
            )
        if show is not None:
            show(diff)
    elif not overwrite:
        changed = [p for p in todo if p.exists()]
        if changed or stale:
            first = (changed or stale)[0]
            what = f"{len(changed)} existing file(s) would change" if changed else ""
            if stale:
                what += (", and " if what else "") + (
                    f"{len(stale)} file(s) pulled before would be removed: their annotation is no longer in the project "
                    "(deleted or skipped in Label Studio)"
                )
            raise PullRefused(f"{what} (first: {shown(first)})", diff, remedy="overwrite")
    if Path(out) in todo:  # predictions: one file
        return Written(write_files(todo, overwrite=True), diff)
    # annotations: the directory is swapped whole, so it holds the old set or the new, never a mix
    backup = update_dir(Path(out), todo, backup=gold, remove=stale)
    return Written(list(todo), diff, backup, removed=stale, kept=kept)
