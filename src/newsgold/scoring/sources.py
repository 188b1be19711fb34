"""Annotation sets read a few documents at a time, by doc id, for scoring in chunks.

Why: ``newsgold score`` on a 50 MB prediction file held both sets whole as typed objects
(400k gold and 360k predicted quotes: most of its 1-2 GB).  A :class:`LineSource` keeps where in a JSON
Lines file each document's line is (read again when the document is taken); a
:class:`DirSource` the ``<doc_id>.json`` file of each document.  :meth:`take` builds the typed
annotations of the documents asked for, by the same readers as
:func:`newsgold.store.load_annotations` (:mod:`newsgold.bulkread`, then the slow path for the
lines it doubts), so each document is the object the whole-set loader makes.

They never word a problem.  Anything they cannot vouch for (a line that does not decode, a
repeated or unknown doc_id, a file that is not a regular file, a problem in a document) raises
:class:`NotStreamed`: the caller then loads the sets whole, as before, which lists every problem
in the order and words it always did (nothing has been written by then).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgold.layers import registry
from newsgold.schema import DocAnnotation


class NotStreamed(Exception):
    """These inputs are read whole, the way that words every problem (see the module docstring)."""


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _head_decoder() -> Any:
    """Decodes a line's doc_id and, per layer, whether it is given and not null (the rest skipped)."""
    import msgspec

    fields = [("doc_id", str)] + [(name, msgspec.Raw, msgspec.Raw()) for name in registry.names()]  # (Raw(): absent)
    return msgspec.json.Decoder(msgspec.defstruct("LineHead", fields))


def open_source(path: Path, ctx: Any) -> LineSource | DirSource:
    """The source of a ``.jsonl`` file, a run directory's predictions or a gold directory."""
    if path.is_dir() and (path / "manifest.json").is_file() and (path / "predictions.jsonl").is_file():
        path = path / "predictions.jsonl"  # a run directory (as validate.read_path)
    if path.is_dir():
        return DirSource(path, ctx)
    if path.suffix == ".jsonl" and _regular(path):  # (a pipe cannot be read again to word a problem)
        return LineSource(path, ctx)
    raise NotStreamed(str(path))


#: bytes of a JSON Lines file read (and decoded) at a time when a :class:`LineSource` opens it
BLOCK = 1 << 22


class LineSource:
    """A JSON Lines annotation file: where each document's line is, one typed document built when taken.

    The file is read a block of bytes at a time and each line decoded on its own (a newline byte
    is never inside a UTF-8 sequence, so the lines are those of the whole text decoded, split on
    "\n"); only the doc_id, line number, offset and length of each line are kept, and
    :meth:`take` reads its lines again.  Holding the lines' text cost twice to four times the
    file (a ``str`` of curly quotes is 2 bytes a character), for the gold and the predictions,
    through the whole scoring, and decoding the file whole briefly held three copies of it."""

    strict = False  # references as load_annotations reads a .jsonl (validate.read_jsonl)

    def __init__(self, path: Path, ctx: Any):
        import os

        import msgspec

        from newsgold.jsonio import WIDE_BOMS
        from newsgold.workspace import shown

        self.path, self.ctx, self.name = path, ctx, shown(path)
        head = _head_decoder()
        names = registry.names()
        self._lines: dict[str, tuple[int, int, int]] = {}  # doc_id -> (line number, byte offset, byte length)
        self.given: set[str] = set()  # layers some line gives (not null)
        try:
            fh = open(path, "rb")
        except OSError:
            raise NotStreamed(self.name) from None
        with fh:
            st = os.fstat(fh.fileno())
            self._stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
            offset, lineno, tail = 0, 0, [b""]  # tail: the line going on past the last block read
            while True:
                block = fh.read(BLOCK)
                if offset == 0 and tail == [b""] and any(block.startswith(bom) for bom, _ in WIDE_BOMS):
                    raise NotStreamed(self.name)  # (UTF-16/32: the whole-set reader says so)
                if block:
                    cut = block.rfind(b"\n")
                    if cut < 0:
                        tail.append(block)
                        continue
                    pieces = b"".join([*tail, block[:cut]]).split(b"\n")
                    tail = [block[cut + 1 :]]
                else:
                    pieces = [b"".join(tail)]  # the last line (empty after a final newline), as str.split gives it
                for raw in pieces:
                    lineno += 1
                    at, offset = offset, offset + len(raw) + 1
                    try:
                        line = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        raise NotStreamed(f"{self.name}:{lineno}") from None
                    if not line.strip():
                        continue
                    try:
                        h = head.decode(line)
                    except (msgspec.DecodeError, RecursionError):
                        raise NotStreamed(f"{self.name}:{lineno}") from None
                    if h.doc_id in self._lines or h.doc_id not in ctx.docs:
                        raise NotStreamed(f"{self.name}:{lineno}")
                    self._lines[h.doc_id] = (lineno, at, len(raw))
                    if len(self.given) < len(names):  # (each line's raw layers copied only until every layer is seen)
                        self.given.update(n for n in names if n not in self.given and bytes(getattr(h, n)) not in (b"", b"null"))
                if not block:
                    break
        if not self._lines:
            raise NotStreamed(self.name)

    def _read(self, doc_ids: Sequence[str]) -> list[tuple[int, str]]:
        """(line number, line) of each document, read again from the file; :class:`NotStreamed`
        when the file is no longer the one read at first (its lines could have moved)."""
        import os

        try:
            with open(self.path, "rb") as fh:
                st = os.fstat(fh.fileno())
                if (st.st_ino, st.st_size, st.st_mtime_ns) != self._stamp:
                    raise NotStreamed(f"{self.name}: changed while it was read")
                fd, out = fh.fileno(), []
                for d in doc_ids:
                    lineno, at, length = self._lines[d]
                    out.append((lineno, os.pread(fd, length, at).decode("utf-8")))
        except (OSError, UnicodeDecodeError):
            raise NotStreamed(self.name) from None
        return out

    @property
    def ids(self) -> list[str]:
        return sorted(self._lines)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._lines

    def __iter__(self) -> Any:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def take(self, doc_ids: Sequence[str]) -> dict[str, DocAnnotation]:
        """The typed annotations of ``doc_ids`` (each of them in this file)."""
        from newsgold.bulkread import gc_paused, read_chunk

        part = self._read(doc_ids)
        with gc_paused():
            fast = read_chunk([line for _, line in part], self.ctx, self.strict, True)
            out = {}
            for (lineno, line), got in zip(part, fast):
                doc = got if got is not None else self._slow(lineno, line)
                out[doc.doc_id] = doc
        return out

    def _slow(self, lineno: int, line: str) -> DocAnnotation:
        """A line the bulk reader doubts, as :func:`newsgold.bulkread.read_lines` reads it."""
        from newsgold.align import annotation_from_raw
        from newsgold.jsonio import JsonReadError, loads
        from newsgold.validate import check_object

        try:
            raw = loads(line, self.name, lineno)
        except JsonReadError:
            raise NotStreamed(f"{self.name}:{lineno}") from None
        if check_object(raw, self.ctx, self.name, lineno, self.strict):
            raise NotStreamed(f"{self.name}:{lineno}")
        doc: DocAnnotation = annotation_from_raw(raw, self.ctx.docs[raw["doc_id"]].text)
        return doc


class DirSource:
    """A gold (or pass) directory: a ``<doc_id>.json`` file per document, read when taken."""

    def __init__(self, path: Path, ctx: Any):
        self.path, self.ctx = path, ctx
        self._files = {f.stem: f for f in path.glob("*.json")}
        if not self._files or any(d not in ctx.docs for d in self._files):
            raise NotStreamed(str(path))  # (the whole-set reader words both)
        self.given = set(registry.names())

    @property
    def ids(self) -> list[str]:
        return sorted(self._files)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._files

    def __iter__(self) -> Any:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def take(self, doc_ids: Iterable[str]) -> dict[str, DocAnnotation]:
        from newsgold.bulkread import read_files

        ctx = self.ctx

        def build(raw: Any) -> Any:
            from newsgold.align import annotation_from_raw

            return annotation_from_raw(raw, ctx.docs[raw["doc_id"]].text)

        files = [self._files[d] for d in doc_ids]
        docs, problems = read_files(files, ctx, build, _same)
        if problems or len(docs) != len(files):
            raise NotStreamed(str(self.path))
        out = {doc.doc_id: doc for doc in docs}
        if list(out) != [f.stem for f in files]:
            raise NotStreamed(str(self.path))
        return out


def _same(doc: DocAnnotation) -> DocAnnotation:
    return doc
