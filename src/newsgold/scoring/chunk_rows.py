"""What chunked scoring keeps of each chunk: its count cells, and its item rows on disk.

Why: copying every document's counts out of its chunk's :class:`CountLog` into dicts (and those
into a flat store) cost more than scoring the chunk.  :class:`ChunkRows` keeps each chunk's log
as it is (its cells: numpy columns, ~24 bytes a count) and makes the corpus count matrix by
placing each chunk's own matrix (``CountLog.count_matrix``) in the rows and columns of the whole
one: each cell is the same additions in the same order, so the bits are those of one log over
all documents; a document's ``DocCounts.values`` is built from its chunk's log when read.
:class:`ChunkResults` rebuilds each :class:`DocResult`, its item and stance rows read back from
a temporary file (written only when the report lists items).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from newsgold.flat.indexed import Indexed
from newsgold.scoring.count_log import MEMORY_CELLS, CountLog, LoggedCounts, LoggedRows
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.results import DocResult, StanceMatch, item_match


class ChunkRows(Sequence[DocCounts]):
    """The count vectors of all chunks, in order, each chunk's in its own log."""

    def __init__(self) -> None:
        self.logs: list[CountLog] = []
        self._counts: list[DocCounts] = []

    def add(self, counts: Sequence[DocCounts]) -> None:
        """One chunk's vectors: the documents 0..n-1 of one log (as ``score_aligned`` makes them)."""
        rows = LoggedRows.of(counts)
        if rows is None:
            raise ValueError("a chunk's count vectors are one log's documents, in order")
        self.logs.append(rows.log)
        self._counts.extend(counts)

    def __len__(self) -> int:
        return len(self._counts)

    @overload
    def __getitem__(self, i: int) -> DocCounts: ...
    @overload
    def __getitem__(self, i: slice) -> list[DocCounts]: ...
    def __getitem__(self, i: int | slice) -> DocCounts | list[DocCounts]:
        return self._counts[i]

    @property
    def all_floats(self) -> bool:
        return all(log.all_floats for log in self.logs)

    @property
    def keys_seen(self) -> set[str]:
        return set().union(*(log.keys_seen() for log in self.logs))

    def count_matrix(self) -> tuple[list[str], Any, Any]:
        """:func:`newsgold.scoring.metrics.count_matrix` of all the vectors, kept on disk by the
        rule a single log follows (``CountLog.count_matrix``), so the same code reads it after."""
        import numpy as np

        from newsgold.scoring import disk

        keys = sorted(self.keys_seen)
        place = {k: j for j, k in enumerate(keys)}
        n = len(self)
        in_memory = n <= disk.ON_DISK_ROWS or n * len(keys) <= MEMORY_CELLS
        matrix: Any
        present: Any
        if in_memory:
            matrix, present = np.zeros((n, len(keys))), np.zeros((n, len(keys)), dtype=bool)
        else:
            matrix, present = disk.DiskMatrix(n, len(keys), np.float64), disk.DiskMatrix(n, len(keys), np.bool_)
        start = 0
        for log in self.logs:
            own, m, p = log.count_matrix()
            if isinstance(m, disk.DiskMatrix):  # (a chunk past the log's own limits: read back whole)
                m, p = m.read(0, log.n), p.read(0, log.n)
            cols = np.asarray([place[k] for k in own], dtype=np.int64)
            if in_memory:
                matrix[start : start + log.n, cols] = m
                present[start : start + log.n, cols] = p
            else:
                block, seen = np.zeros((log.n, len(keys))), np.zeros((log.n, len(keys)), dtype=bool)
                block[:, cols], seen[:, cols] = m, p
                matrix.write(start, block)
                present.write(start, seen)
            start += log.n
        return keys, matrix, present


class ChunkResults(Indexed[DocResult]):
    """Every scored document's :class:`DocResult`, in order: ids and counts in memory, item and
    stance rows (when kept) in a temporary file."""

    def __init__(self, items: bool):
        self.doc_ids: list[str] = []
        self.rows = ChunkRows()
        self._shard: Any = None
        if items:
            import tempfile
            from pathlib import Path

            from newsgold.flat.shard import Shard

            self._shard = Shard(Path(tempfile.gettempdir()))

    def add(self, results: Sequence[DocResult]) -> None:
        self.rows.add([r.counts for r in results])
        self.doc_ids.extend(r.doc_id for r in results)
        if self._shard is not None:
            for r in results:
                # field values in field order: item_match(*row) / StanceMatch(*row) rebuild them exactly
                stances = [[s.level, s.holder, s.target, s.gold_label, s.pred_label, s.pred_holder, s.duplicate_of] for s in r.stances]
                self._shard.append([[list(m.__dict__.values()) for m in r.items], stances])

    def __len__(self) -> int:
        return len(self.doc_ids)

    def _get(self, i: int) -> DocResult:
        counts = logged = self.rows[i]
        if isinstance(logged, LoggedCounts):  # the document's dict, held by this result only
            counts = DocCounts(logged.values, logged.n_docs)
            if logged.d == logged.log.n - 1:  # its chunk's last: the chunk's dicts are not kept
                logged.log.forget()
        if self._shard is None:
            return DocResult(self.doc_ids[i], counts)
        items, stances = self._shard.read(i)
        return DocResult(self.doc_ids[i], counts, [item_match(*row) for row in items], [StanceMatch(*row) for row in stances])

    def __iter__(self) -> Iterator[DocResult]:
        for i in range(len(self)):
            yield self._get(i)
