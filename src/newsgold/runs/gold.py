"""A run's gold, validated whole before anything runs but never held whole.

Loaded as one dict, a run's gold was most of what grew with the corpus (~8 KB a gold document
of Python objects, kept to the end of the run).  Here the gold is read once, up front, by the
same reader as :func:`newsgold.store.load_annotations` (so every problem is found, with the same
messages, before any extraction starts); each document is written as its canonical JSON Lines
record (:func:`newsgold.schema.dumps_line`, the text ``gold_hash`` is taken of) to an anonymous
temporary file, and memory keeps only its id (:class:`newsgold.flat.ids.IdMap`: no Python
object per document) and byte range.  A partition reads back its own
documents' gold when it is scored; ``gold_hash`` is taken from the stored lines, in doc_id order,
without building anything.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import weakref
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from newsgold.flat.ids import CompactIds, IdMap
from newsgold.flat.narrow import appended
from newsgold.output.files import failed
from newsgold.runs.errors import RunError
from newsgold.schema import DocAnnotation, dumps_line
from newsgold.workspace import shown


class _Lines:
    """An append-only file of records (bytes, newline-terminated), each read back by number.

    Written and read by position (``os.pwrite``/``os.pread``), never through the file's offset:
    a run may fork a second process (``runs/overlap.py``) that shares this open file, and a
    ``seek`` there between a ``seek`` and a ``read`` here would hand one process another
    document's line."""

    def __init__(self, directory: Path | None):
        self.file: IO[bytes] = tempfile.TemporaryFile(dir=directory, buffering=0)
        weakref.finalize(self, self.file.close)  # closed with the gold, not left to the collector's warning
        self.where = Path(directory or tempfile.gettempdir())
        self.starts: array[int] = array("I")  # 8 bytes a record past 4 GiB (flat.narrow)
        self.end = 0

    def append(self, line: bytes) -> int:
        fd, at = self.file.fileno(), self.end
        try:
            while at < self.end + len(line):
                at += os.pwrite(fd, line[at - self.end :], at)
        except OSError as exc:  # a full disk: named (nothing of the run is written yet)
            raise failed(exc, self.where) from exc
        self.starts = appended(self.starts, self.end)
        self.end = at
        return len(self.starts) - 1

    def read(self, i: int) -> bytes:
        start = self.starts[i]
        stop = self.starts[i + 1] if i + 1 < len(self.starts) else self.end
        return os.pread(self.file.fileno(), stop - start, start)


class RunGold(Mapping[str, DocAnnotation]):
    """The gold of a run by doc id; each document read from its stored line when asked for."""

    def __init__(self, lines: _Lines, index: IdMap):
        self._lines = lines
        self._index = index

    @classmethod
    def read(cls, path: Path, ctx: Any, directory: Path | None = None) -> RunGold:
        """Validate the gold at ``path`` (a directory, ``.json`` or ``.jsonl``) in one pass,
        keeping each clean document's line; a gold with problems is refused with the first ten."""
        from newsgold.align import annotation_from_raw
        from newsgold.validate import read_path

        lines = _Lines(directory)
        index = IdMap()

        def keep(ann: DocAnnotation) -> None:
            index.set(ann.doc_id, lines.append(dumps_line(ann).encode("utf-8") + b"\n"))

        def build(raw: Any) -> None:
            keep(annotation_from_raw(raw, ctx.docs[raw["doc_id"]].text))

        _, problems = read_path(Path(path), ctx, build=build, typed=keep)
        if problems:
            listed = "\n  ".join(str(p) for p in problems[:10])
            raise RunError(f"the gold {shown(path)} is invalid:\n  {listed}")
        return cls(lines, index)

    def only(self, doc_ids: Iterable[str]) -> RunGold:
        """The gold of ``doc_ids`` (those that have some), sharing the stored lines (and, while
        every one has gold, the ids of ``doc_ids`` when it is a :class:`CompactIds`)."""
        index = IdMap(CompactIds(like=doc_ids if isinstance(doc_ids, CompactIds) else None))
        for d in doc_ids:
            if d in self._index:
                index.set(d, self._index[d])
        return RunGold(self._lines, index)

    def line(self, doc_id: str) -> bytes:
        return self._lines.read(self._index[doc_id])

    def __getitem__(self, doc_id: str) -> DocAnnotation:
        import orjson

        return DocAnnotation.from_dict(orjson.loads(self.line(doc_id)))

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def digest(self) -> str:
        """:func:`newsgold.scoring.gold_hash` of this gold, from the stored lines."""
        h = hashlib.sha256()
        for doc_id in sorted(self._index):
            h.update(self.line(doc_id))
        return h.hexdigest()
