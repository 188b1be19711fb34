"""What a streamed run entry must keep for its reports, kept on disk instead of in memory.

A run scores every gold document, and ``scores.json`` and ``report.html`` list each one with its
item rows and its prediction.  Held as Python objects until the entry ends, those grew with the
corpus (52 KB per gold document, most of a 10,000-document run's memory).  Here each partition's
item rows and predictions go to a JSON Lines shard as the partition comes back; memory keeps
only each document's id (:mod:`newsgold.flat.ids`: no Python object each), count vector (flat:
:class:`CompactCounts`) and line offset, and the reports read the shards back one
document at a time (:mod:`newsgold.runs.entry_files`).

The shards are anonymous temporary files (``tempfile.TemporaryFile`` in the staged run
directory): never part of the run's files, gone when the entry's results are.
"""

from __future__ import annotations

import os
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from newsgold.flat.ids import CompactIds, IdMap
from newsgold.flat.indexed import Indexed
from newsgold.flat.narrow import appended
from newsgold.flat.shard import Shard
from newsgold.output.files import failed
from newsgold.schema import DocAnnotation
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.results import DocResult, StanceMatch, item_match


def _result(doc_id: str, counts: DocCounts, rows: Any) -> DocResult:
    items = [item_match(*row) for row in rows[0]]
    return DocResult(doc_id, counts, items, [StanceMatch(*row) for row in rows[1]])


class CompactCounts(Indexed[DocCounts]):
    """Count vectors held flat and on disk: every vector's keys (as numbers into one shared list
    of keys, int32) and values (float64) appended to an anonymous temporary file in
    ``directory``, 12 bytes a count; memory keeps ~5 bytes a vector (where it starts, its
    ``n_docs``), whatever the corpus (the counts themselves were ~1.5 KB a document in memory).
    Each :class:`DocCounts` is rebuilt equal when read, key order included; a vector holding
    anything but floats (an int count stays an int in a sum) is kept as it is, in memory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._index: dict[str, int] = {}
        self._keys: list[str] = []
        self._file: IO[bytes] = tempfile.TemporaryFile(dir=directory)
        weakref.finalize(self, self._file.close)
        self._pending = bytearray()  # appended, not yet written (one write per ~1 MB)
        self._written = 0  # bytes in the file
        # vector i: counts _starts[i] : _starts[i + 1] (12 bytes each); both arrays widen as needed (flat.narrow)
        self._starts: array[int] = array("I", [0])
        self._n_docs: array[int] = array("b")
        self._other: dict[int, DocCounts] = {}

    @property
    def keys_seen(self) -> set[str]:
        """Every key of every vector (for :func:`newsgold.scoring.metrics.count_matrix`)."""
        return set(self._keys) | {k for c in self._other.values() for k in c.values}

    @property
    def all_floats(self) -> bool:
        return not self._other

    @property
    def n_docs_each(self) -> Sequence[int]:
        return self._n_docs

    def append(self, counts: DocCounts) -> None:
        values = counts.values
        if not all(type(v) is float for v in values.values()):
            self._other[len(self._n_docs)] = counts
            self._starts = appended(self._starts, self._starts[-1])
        else:
            index = self._index
            for k in values:
                if k not in index:
                    index[k] = len(self._keys)
                    self._keys.append(k)
            self._pending += array("i", map(index.__getitem__, values)).tobytes()
            self._pending += array("d", values.values()).tobytes()
            self._starts = appended(self._starts, self._starts[-1] + len(values))
            if len(self._pending) >= 1 << 20:
                self._flush()
        self._n_docs = appended(self._n_docs, counts.n_docs)

    def _flush(self) -> None:
        if not self._pending:
            return
        try:
            self._file.seek(self._written)
            self._file.write(self._pending)
            self._file.flush()
        except OSError as exc:  # a full disk: named, the staged run is removed
            raise failed(exc, self.directory or tempfile.gettempdir()) from exc
        self._written += len(self._pending)
        self._pending = bytearray()

    def __len__(self) -> int:
        return len(self._n_docs)

    def _get(self, i: int) -> DocCounts:
        if i in self._other:
            return self._other[i]
        self._flush()
        a, b = self._starts[i], self._starts[i + 1]
        data = os.pread(self._file.fileno(), 12 * (b - a), 12 * a)
        cols, vals = array("i"), array("d")
        cols.frombytes(data[: 4 * (b - a)])
        vals.frombytes(data[4 * (b - a) :])
        return DocCounts(dict(zip(map(self._keys.__getitem__, cols), vals)), self._n_docs[i])


class SpilledResults(Indexed[DocResult]):
    """The :class:`DocResult` of each gold document in doc_id order: ids and (compact) count
    vectors in memory, item and stance rows in a shard (read back on access)."""

    def __init__(self, directory: Path, like: CompactIds | None = None):
        self.doc_ids = CompactIds(like=like)  # (``like``: the ids expected, in order: none stored while they come so)
        self.counts = CompactCounts(directory)
        self._rows = Shard(directory)

    def add(self, results: Sequence[DocResult]) -> None:
        for r in results:
            # field values in field order: item_match(*row) / StanceMatch(*row) rebuild them exactly
            items = [list(m.__dict__.values()) for m in r.items]
            stances = [[s.level, s.holder, s.target, s.gold_label, s.pred_label, s.pred_holder, s.duplicate_of] for s in r.stances]
            self._rows.append([items, stances])
            self.doc_ids.append(r.doc_id)
            self.counts.append(r.counts)

    def __len__(self) -> int:
        return len(self.doc_ids)

    def _get(self, i: int) -> DocResult:
        return _result(self.doc_ids[i], self.counts[i], self._rows.read(i))

    def __iter__(self) -> Iterator[DocResult]:
        for doc_id, counts, rows in zip(self.doc_ids, self.counts, self._rows):
            yield _result(doc_id, counts, rows)


class SpilledPredictions(Mapping[str, DocAnnotation]):
    """The predictions of the gold documents (the reports show them) in a shard, by doc id."""

    def __init__(self, directory: Path, like: CompactIds | None = None):
        self._lines = Shard(directory)
        self._index = IdMap(CompactIds(like=like))

    def add(self, preds: Mapping[str, DocAnnotation]) -> None:
        for doc_id, ann in preds.items():
            self._index.set(doc_id, len(self._lines))
            self._lines.append(ann.to_dict())

    def __getitem__(self, doc_id: str) -> DocAnnotation:
        return DocAnnotation.from_dict(self._lines.read(self._index[doc_id]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)
