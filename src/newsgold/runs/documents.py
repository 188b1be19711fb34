"""The corpus of a run as an index into ``documents.jsonl``: ids and byte offsets in memory,
texts read from disk a partition at a time.

``Workspace.documents`` holds every text as a :class:`Document` (about 2.3 KB per short article
in CPython): fine for commands that show or validate a corpus, not for a run over millions of
documents.  A run needs random access to the gold documents (validation, reports) and a
sequential pass over the selected ones (partitions); both are served from the file.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from newsgold.corpus import Document, check_distinct_id
from newsgold.flat.ids import CompactIds, IdMap
from newsgold.flat.narrow import appended
from newsgold.jsonio import JsonReadError, loads, open_regular
from newsgold.workspace import shown


class DocumentIndex(Mapping[str, Document]):
    """The documents of a JSON Lines corpus file by ``doc_id`` (distinct ids, as
    :func:`newsgold.corpus.load_documents` requires), each parsed when asked for.

    Every line goes through the strict reader and the same shape check as ``load_documents``
    (a damaged corpus is an error naming file and line, not a traceback), and a text must still
    have its recorded sha256 (one edited in place would be scored against gold offsets made on
    the old text); a line read again later must still be the document indexed there.

    Per document memory keeps its id in one byte string (:class:`newsgold.flat.ids.IdMap`, id ->
    row, ~40 bytes with its lookup table) and three 8-byte array cells (byte offset, length, line
    number): a dict of tuples and a second dict of line numbers, then a dict of ids, cost
    ~0.1-0.3 KB more a document, which grew a run's peak with the corpus.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.name = shown(self.path)
        self._row = IdMap()  # id -> row (its place: ids are distinct)
        # byte offset, length and line number of each document (the last two widen as needed: flat.narrow)
        self._offset, self._size, self._lineno = array("q"), array("I"), array("I")
        offset, seen = 0, dict[str, tuple[str, int]]()
        with open_regular(self.path, self.name) as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    doc = self._parse(line, n)
                    doc_id = doc.doc_id
                    if isinstance(doc.sha256, str) and doc.sha256 != doc.text_sha256:
                        raise JsonReadError(
                            self.name,
                            f"document {doc_id!r}: field sha256: its text changed since it was imported (the recorded sha256 "
                            "differs), so the offsets of its annotations may no longer fit: restore the text, or import it "
                            "again with --replace",
                            n,
                        )
                    check_distinct_id(doc_id, n, seen, self.name)
                    self._row.set(doc_id, len(self._offset))
                    self._offset.append(offset)
                    self._size = appended(self._size, len(line))
                    self._lineno = appended(self._lineno, n)
                offset += len(line)

    @property
    def ids(self) -> CompactIds:
        """The documents' ids in file order (what a run's selection may follow: ``CompactIds(like=)``)."""
        return self._row.ids

    def _parse(self, line: bytes, n: int) -> Document:
        raw = loads(line.rstrip(b"\r\n"), self.name, n)
        if not isinstance(raw, dict) or not isinstance(raw.get("doc_id"), str) or not isinstance(raw.get("text"), str):
            raise JsonReadError(self.name, "expected a document object with a string doc_id and text", n)
        return Document.from_dict(raw)

    def __getitem__(self, doc_id: str) -> Document:
        return self.many([doc_id])[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._row

    def many(self, doc_ids: Iterable[str]) -> list[Document]:
        """The documents of ``doc_ids``, in that order, read from the file in file order."""
        ids = list(doc_ids)
        out: dict[str, Document] = {}
        rows = {d: self._row[d] for d in set(ids)}
        with open_regular(self.path, self.name) as fh:
            for doc_id, i in sorted(rows.items(), key=lambda item: item[1]):  # rows are in file order
                fh.seek(self._offset[i])
                doc = self._parse(fh.read(self._size[i]), self._lineno[i])
                if doc.doc_id != doc_id:
                    raise JsonReadError(
                        self.name, f"changed while it was read: document {doc_id!r} is no longer on this line", self._lineno[i]
                    )
                out[doc_id] = doc
        return [out[d] for d in ids]

    def corpus_hash(self, batch: int = 1000) -> str:
        """:func:`newsgold.corpus.corpus_hash` of the whole corpus, reading ``batch`` documents at a time."""
        return self.corpus_hashes((), batch)[0]

    def corpus_hashes(self, selected: Iterable[str], batch: int = 1000) -> tuple[str, str]:
        """:func:`newsgold.corpus.corpus_hash` of the whole corpus and of the ``selected``
        documents alone (what a run's predictions point into), in one pass over the texts."""
        whole, own = hashlib.sha256(), hashlib.sha256()
        # no list or set of str objects when the ids are compact and the file is in id order
        chosen = selected if isinstance(selected, CompactIds) else set(selected)
        ids = self.ids if all(a < b for a, b in pairwise(self.ids)) else sorted(self.ids)
        for start in range(0, len(ids), batch):
            for doc in self.many(ids[start : start + batch]):
                part = doc.doc_id.encode("utf-8") + b"\0" + doc.text.encode("utf-8") + b"\0"
                whole.update(part)
                if doc.doc_id in chosen:
                    own.update(part)
        return whole.hexdigest(), own.hexdigest()


@dataclass
class Selection:
    """The documents of a run: their ids, the corpus they are read from (an index into the
    corpus file, not the texts) and the corpus hash."""

    ids: Sequence[str]  # a CompactIds: no str object per document
    documents: Mapping[str, Document]
    corpus_hash: str
    documents_hash: str | None = None  # the corpus hash of ``ids`` alone
