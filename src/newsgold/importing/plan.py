"""Merging candidates into a workspace's corpus: added, unchanged, replaced; then one write.

The existing records are kept line for line (byte-identical), new ones are appended in the
order they were read, and a replaced record takes the place of the old one.  A replaced
document's annotation files are moved aside to ``annotations/.replaced/<UTC time>/``, never
deleted: their offsets index the old text.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.importing.errors import BadRecordError, ChangedTextRefused, DuplicateIdError, InvalidUtf8Error, SourceError
from newsgold.importing.records import Candidate
from newsgold.jsonio import JsonReadError, loads
from newsgold.output import write_files
from newsgold.workspace import shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

REPLACED = ".replaced"


@dataclass(frozen=True)
class Existing:
    doc_id: str
    text: str
    index: int  # position in ``lines``
    line: str


@dataclass
class ImportPlan:
    lines: list[str]  # documents.jsonl after the import, without newlines
    added: list[Candidate] = field(default_factory=list)
    unchanged: list[Candidate] = field(default_factory=list)
    replaced: list[Candidate] = field(default_factory=list)
    moved: dict[str, list[Path]] = field(default_factory=dict)  # doc_id -> annotation files to move aside
    metadata_differs: list[Candidate] = field(default_factory=list)  # same text, other metadata: kept as it was

    @property
    def changes(self) -> bool:
        return bool(self.added or self.replaced)

    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)


def read_existing(path: Path) -> tuple[list[str], dict[str, Existing]]:
    """The corpus file's lines, as they are, and its records by doc_id."""
    name = shown(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRecordError(
            name, f"the corpus file is not UTF-8 (byte offset {e.start})", line=data.count(b"\n", 0, e.start) + 1
        ) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records: dict[str, Existing] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            raw = loads(line, name, i + 1)
            doc_id, doc_text = raw["doc_id"], raw["text"]
        except JsonReadError as e:
            raise BadRecordError(name, f"{e.reason} (column {e.column}); fix the corpus first", line=i + 1) from None
        except (KeyError, TypeError) as e:
            raise BadRecordError(name, f"not a document record ({type(e).__name__}: {e}); fix the corpus first", line=i + 1) from None
        records[doc_id] = Existing(doc_id, doc_text, i, line)
    return lines, records


def annotation_files(ws: Workspace, doc_id: str) -> list[Path]:
    """Every annotation file of ``doc_id``: the gold and each annotation pass (whatever is there
    by that name: a named pipe or a folder was left where it was by ``--replace``, beside the new text)."""
    found = [ws.gold_dir / f"{doc_id}.json", *(d / f"{doc_id}.json" for d in ws.pass_dirs())]
    return [p for p in found if os.path.lexists(p)]


def plan_import(ws: Workspace, candidates: list[Candidate], replace: bool = False) -> ImportPlan:
    """Check every candidate against the others and the corpus; raise on the first conflict."""
    lines, existing = read_existing(ws.documents_file)
    plan = ImportPlan(list(lines))
    first: dict[str, Candidate] = {}
    corpus = shown(ws.documents_file)
    for cand in candidates:
        other = first.get(cand.doc_id)
        if other is not None:
            raise DuplicateIdError(
                cand.file,
                f"doc_id {cand.doc_id!r} is also the id of {other.origin}: give the "
                "documents distinct ids (--id-field, or distinct titles or file names)",
                line=cand.line,
                row=cand.row,
                field="doc_id",
            )
        first[cand.doc_id] = cand
        old = existing.get(cand.doc_id)
        if old is None:
            plan.added.append(cand)
            plan.lines.append(cand.line_json())
        elif old.text == cand.text:
            plan.unchanged.append(cand)
            if old.line != cand.line_json():
                plan.metadata_differs.append(cand)
        elif not replace:
            files = annotation_files(ws, cand.doc_id)
            held = f"; its annotations ({', '.join(shown(p) for p in files)}) index the old text" if files else ""
            raise ChangedTextRefused(
                cand.file,
                f"the text of {cand.doc_id!r} differs from the one in {corpus} (line {old.index + 1}){held}; nothing was written",
                line=cand.line,
                row=cand.row,
                field="text",
                remedy="replace",
            )
        else:
            plan.replaced.append(cand)
            plan.lines[old.index] = cand.line_json()
            plan.moved[cand.doc_id] = annotation_files(ws, cand.doc_id)
    return plan


def replaced_dir(ws: Workspace) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    dest, n = ws.annotations_dir / REPLACED / stamp, 1
    while dest.exists():
        n += 1
        dest = ws.annotations_dir / REPLACED / f"{stamp}-{n}"
    return dest


def apply_plan(ws: Workspace, plan: ImportPlan) -> dict[Path, Path]:
    """Write documents.jsonl and move replaced documents' annotations aside, as one transaction
    (:func:`newsgold.output.write_files`): a kill or a failure at any point leaves the old corpus
    with its annotations or the new one with them moved, never a mix.

    Returns the moves, old path -> new path.
    """
    if not plan.changes:
        return {}
    moves: dict[Path, Path] = {}
    files = [p for paths in plan.moved.values() for p in paths]
    if files:
        dest = replaced_dir(ws)
        moves = {p: dest / p.relative_to(ws.annotations_dir) for p in files}
    moved = {dst: _moved_text(src) for src, dst in moves.items()}  # before any folder is made: a refusal leaves none
    made: list[Path] = []
    for dst in moves.values():
        for d in reversed([dst.parent, *dst.parent.parents]):
            if not d.exists():
                d.mkdir()
                made.append(d)
    # the corpus first: its directory holds the journal that commits the whole set
    out = {ws.documents_file: plan.text(), **moved}
    try:
        write_files(out, overwrite=True, deletes=list(moves))
    except BaseException:  # nothing was written (a read-only gold, a full disk): nor are the folders made for it kept
        for d in reversed(made):
            with contextlib.suppress(OSError):
                d.rmdir()
        raise
    return moves


def _moved_text(path: Path) -> str:
    """An annotation file to move aside, as the text the writer writes back byte for byte; one
    that is not UTF-8 (saved as UTF-16 by an editor) was a UnicodeDecodeError traceback.  One
    that is not a regular file (a named pipe, a folder, a dangling link) is refused, named."""
    from newsgold.jsonio import JsonReadError, open_regular

    try:
        with open_regular(path, shown(path)) as fh:
            data = fh.read()
    except JsonReadError as e:
        raise SourceError(
            shown(path),
            f"{e.reason}: --replace moves the document's annotations aside as they are, and this one cannot be; "
            "move it away yourself (or make it a file) and import again; nothing was written",
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidUtf8Error(
            shown(path),
            f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}): --replace moves the document's annotations "
            "aside as they are, and this one cannot be; save it as UTF-8 (or move it away yourself) and import again; "
            "nothing was written",
        ) from None


@contextlib.contextmanager
def corpus_lock(ws: Workspace, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """One import at a time per corpus: an exclusive ``flock`` on the workspace folder (no file is
    left behind; the kernel drops it when the process dies, even by SIGKILL).  Two imports at once
    each read documents.jsonl, added their documents and wrote it whole: the later one silently
    dropped the other's documents, both exit 0.  ``waiting`` is called when another import holds it."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    # the workspace's root, which exists before any import (the corpus folder may not: making it
    # here left an empty folder behind a refused import)
    fd = os.open(ws.root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without flock on directories (NFS emulates it for files opened to write): as before, unlocked
            pass
        yield
    finally:
        os.close(fd)
