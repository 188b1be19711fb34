"""The count vectors of one scoring pass, kept as columns of cells instead of one dict per document.

Why: scoring 10,000 documents wrote ~1M counts one ``dict`` update at a time, and the count
matrix that every corpus score needs (micro, macro, bootstrap) then read them all back out of
those dicts: half a second of a 3-second ``newsgold score``, spent on dicts that the terminal
table never shows.  Here the layers add their counts as blocks of ``(document, key, value)``
cells (a column of counts from numpy, or a few Python cells), the matrix is one scatter of
them, and a document's ``DocCounts.values`` dict is built only when something reads it (the
JSON and HTML reports, error listings, runs), with its keys in the order they were added, as
the dict of the row-by-row scoring had them (tests/scoring/test_count_log.py).

Sums are the same bits: each cell of the matrix is ``np.add.at`` of its values in the order
they were added, which is the ``values.get(key, 0.0) + value`` chain of a dict.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from newsgold.scoring.counts import DocCounts

#: at most this many matrix cells (documents x keys) are kept in memory; a larger matrix is
#: written to a temporary file a block at a time (:class:`newsgold.scoring.disk.DiskMatrix`)
MEMORY_CELLS = 1 << 23


class _Block:
    """Cells in document order (stable: a document's cells keep the order they were added in).
    Document and key numbers are kept as int32 when they fit (16 bytes a cell, not 24: the cells
    are most of what a ``score`` holds per document); arithmetic on them is done in int64."""

    __slots__ = ("distinct", "doc", "key", "objects", "value")

    def __init__(self, doc: Any, key: Any, value: Any, objects: list[Any] | None, distinct: bool = False):
        if len(doc) > 1 and not bool((doc[1:] >= doc[:-1]).all()):
            order = np.argsort(doc, kind="stable")
            doc, key, value = doc[order], key[order], value[order]
            objects = None if objects is None else [objects[i] for i in order.tolist()]
        doc, key = _narrow(doc), _narrow(key)
        self.doc, self.key, self.value, self.objects = doc, key, value, objects
        self.distinct = distinct  # known to hold one cell per (document, key) at most

    def of(self, d: int) -> tuple[int, int]:
        lo, hi = np.searchsorted(self.doc, [d, d + 1])
        return int(lo), int(hi)


def _narrow(numbers: Any) -> Any:
    """Non-negative whole numbers as int32 when every one fits, else as they are."""
    if len(numbers) and int(numbers.max()) >= 2**31 - 1:
        return numbers
    return numbers.astype(np.int32)


class CountLog:
    """Every count added for ``n`` documents, in order (see the module docstring)."""

    def __init__(self, n: int):
        self.n = n
        self.keys: list[str] = []
        self.index: dict[str, int] = {}
        self.blocks: list[_Block] = []
        self._floats = True  # every value added was a float (else the totals keep ints, as DocCounts.total)
        self._docs: list[int] = []  # cells added one at a time, not yet a block
        self._names: list[str] = []
        self._values: list[Any] = []
        self._built: list[dict[str, Any] | None] = [None] * n
        self._n_built = 0  # documents whose dict is built (all of them: n)

    # -- adding
    def key_ids(self, names: Sequence[str]) -> Any:
        index, keys = self.index, self.keys
        for name in dict.fromkeys(names):  # new names numbered in order of first sight
            if name not in index:
                index[name] = len(keys)
                keys.append(name)
        return np.fromiter(map(index.__getitem__, names), dtype=np.int64, count=len(names))

    def add(self, d: int, key: str, value: Any) -> None:
        """One cell (``DocCounts.add`` on a document of this log)."""
        self._docs.append(d)
        self._names.append(key)
        self._values.append(value)
        self._changed()

    def add_cells(self, docs: Sequence[int], names: Sequence[str], values: Sequence[Any]) -> None:
        """Cells given as three parallel lists (each document's cells in the order given)."""
        self._docs.extend(docs)
        self._names.extend(names)
        self._values.extend(values)
        self._changed()

    def add_matrix(self, names: Sequence[str], matrix: Any) -> None:
        """The non-zero cells of a documents x ``names`` float matrix, each row's in column order."""
        self._flush()
        at_row, at_col = np.nonzero(matrix)
        if len(at_row):
            self.blocks.append(
                _Block(
                    at_row.astype(np.int64),
                    self.key_ids(names)[at_col],
                    matrix[at_row, at_col].astype(np.float64),
                    None,
                    len(set(names)) == len(names),
                )
            )
        self._changed()

    def add_column(self, name: str, docs: Any, value: float) -> None:
        """``value`` under ``name`` for each of ``docs`` (ascending)."""
        self._flush()
        docs = np.asarray(docs, dtype=np.int64)
        if len(docs):
            key = np.full(len(docs), self.key_ids([name])[0], dtype=np.int64)
            self.blocks.append(_Block(docs, key, np.full(len(docs), float(value)), None, len(np.unique(docs)) == len(docs)))
        self._changed()

    def _changed(self) -> None:
        if self._n_built:
            self._built = [None] * self.n
            self._n_built = 0

    def _flush(self) -> None:
        if not self._docs:
            return
        values = self._values
        exotic = any(type(v) is not float for v in values)
        self._floats &= not exotic
        doc, key = np.asarray(self._docs, dtype=np.int64), self.key_ids(self._names)
        distinct = len(np.unique(doc * len(self.keys) + key)) == len(doc)
        self.blocks.append(_Block(doc, key, np.asarray(values, dtype=np.float64), list(values) if exotic else None, distinct))
        self._docs, self._names, self._values = [], [], []

    # -- reading
    def values_of(self, d: int) -> dict[str, Any]:
        """Document ``d``'s counts as a dict, keys in the order they were first added."""
        self._flush()
        built = self._built[d]
        if built is not None:
            return built
        if self._n_built >= 64:  # most documents are being read: all at once
            self._build_all()
            return self._built[d]  # type: ignore[return-value]
        out: dict[str, Any] = {}
        keys = self.keys
        for block in self.blocks:
            lo, hi = block.of(d)
            if lo == hi:
                continue
            values = block.objects[lo:hi] if block.objects is not None else block.value[lo:hi].tolist()
            for k, v in zip(block.key[lo:hi].tolist(), values):
                name = keys[k]
                out[name] = out.get(name, 0.0) + v
        self._built[d] = out
        self._n_built += 1
        return out

    def _build_all(self) -> None:
        blocks = self.blocks
        if not blocks:
            self._built, self._n_built = [{} for _ in range(self.n)], self.n
            return
        doc = np.concatenate([b.doc for b in blocks]).astype(np.int64)
        order = np.argsort(doc, kind="stable")  # by document, then block, then place in block
        doc = doc[order]
        key = np.concatenate([b.key for b in blocks]).astype(np.int64)[order]
        repeated = np.zeros(self.n, dtype=bool)  # documents whose dict is summed cell by cell
        if all(b.objects is None for b in blocks):
            values: list[Any] = np.concatenate([b.value for b in blocks])[order].tolist()
            code = doc * max(1, len(self.keys)) + key
            _, first, times = np.unique(code, return_index=True, return_counts=True)
            repeated[doc[first[times > 1]]] = True
        else:  # 0.0 + an int is a float, as in DocCounts.add: every cell through the sum
            flat = [v for b in blocks for v in (b.objects if b.objects is not None else b.value.tolist())]
            values = [flat[i] for i in order.tolist()]
            repeated[:] = True
        bounds = np.searchsorted(doc, np.arange(self.n + 1)).tolist()
        names = np.asarray(self.keys, dtype=object)[key].tolist() if len(key) else []
        built: list[dict[str, Any] | None] = []
        for d, (lo, hi) in enumerate(pairwise(bounds)):
            if not repeated[d]:
                built.append(dict(zip(names[lo:hi], values[lo:hi])))
                continue
            out: dict[str, Any] = {}
            for name, v in zip(names[lo:hi], values[lo:hi]):
                out[name] = out.get(name, 0.0) + v
            built.append(out)
        self._built, self._n_built = built, self.n

    def forget(self) -> None:
        """Drop the documents' dicts built so far (rebuilt if read again): a reader going through
        many logs once (a chunked report) keeps one log's dicts at a time."""
        self._built, self._n_built = [None] * self.n, 0

    @property
    def all_floats(self) -> bool:
        self._flush()
        return self._floats

    def keys_seen(self) -> set[str]:
        self._flush()
        used = np.zeros(len(self.keys), dtype=bool)
        for b in self.blocks:
            used[b.key] = True
        return {k for k, u in zip(self.keys, used.tolist()) if u}

    def count_matrix(self) -> tuple[list[str], Any, Any]:
        """:func:`newsgold.scoring.metrics.count_matrix` of these vectors, from the cells."""
        from newsgold.scoring import disk

        keys = sorted(self.keys_seen())
        col = np.full(len(self.keys), -1, dtype=np.int64)
        col[[self.index[k] for k in keys]] = np.arange(len(keys))
        n = self.n
        if n <= disk.ON_DISK_ROWS or n * len(keys) <= MEMORY_CELLS:
            matrix, present = np.zeros((n, len(keys))), np.zeros((n, len(keys)), dtype=bool)
            for b in self.blocks:  # in the order added: the same additions as a dict's
                _scatter(matrix, present, b, 0, len(b.doc), 0, col)
            return keys, matrix, present
        out = disk.DiskMatrix(n, len(keys), np.float64)
        has = disk.DiskMatrix(n, len(keys), np.bool_)
        step = out.block_rows()
        for start in range(0, n, step):
            stop = min(n, start + step)
            block, seen = np.zeros((stop - start, len(keys))), np.zeros((stop - start, len(keys)), dtype=bool)
            for b in self.blocks:
                lo, hi = np.searchsorted(b.doc, [start, stop])
                _scatter(block, seen, b, int(lo), int(hi), start, col)
            out.write(start, block)
            has.write(start, seen)
        return keys, out, has


def _scatter(matrix: Any, present: Any, b: _Block, lo: int, hi: int, first_row: int, col: Any) -> None:
    """Add the cells ``lo:hi`` of block ``b`` into ``matrix`` (rows from ``first_row``)."""
    rows, cols = b.doc[lo:hi].astype(np.int64) - first_row, col[b.key[lo:hi]]
    if b.distinct:  # one cell per (document, key): a plain fancy-index add is the same additions
        matrix[rows, cols] += b.value[lo:hi]
    else:
        np.add.at(matrix, (rows, cols), b.value[lo:hi])
    present[rows, cols] = True


class LoggedCounts(DocCounts):
    """One document's :class:`DocCounts` in a :class:`CountLog`: ``add`` adds a cell to the log,
    ``values`` is built from the log when read.  Equal to, and pickled as, the plain DocCounts."""

    def __init__(self, log: CountLog, d: int):  # (DocCounts.__init__ would set values)
        self.log, self.d, self.n_docs = log, d, 1

    @property
    def values(self) -> dict[str, Any]:  # type: ignore[override]
        return self.log.values_of(self.d)

    def add(self, key: str, value: float = 1.0) -> None:
        self.log.add(self.d, key, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DocCounts):
            return NotImplemented
        return (self.values, self.n_docs) == (other.values, other.n_docs)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return DocCounts, (dict(self.values), self.n_docs)

    def __repr__(self) -> str:
        return f"DocCounts(values={self.values!r}, n_docs={self.n_docs!r})"


class LoggedRows(Sequence[DocCounts]):
    """The count vectors of a log's documents in order, as :func:`metrics.count_matrix`,
    :func:`metrics.total_of_matrix` and the bootstrap read them (``count_matrix`` from the cells)."""

    def __init__(self, log: CountLog, counts: Sequence[DocCounts]):
        self.log, self._counts = log, counts

    @classmethod
    def of(cls, counts: Sequence[DocCounts]) -> LoggedRows | None:
        """The rows of one log's documents 0..n-1, or None when ``counts`` are not exactly that."""
        first = counts[0] if len(counts) else None
        if not isinstance(first, LoggedCounts) or len(counts) != first.log.n:
            return None
        log = first.log
        if all(type(c) is LoggedCounts and c.log is log and c.d == i for i, c in enumerate(counts)):
            return cls(log, counts)
        return None

    def __len__(self) -> int:
        return len(self._counts)

    def __getitem__(self, i: Any) -> Any:
        return self._counts[i]

    @property
    def all_floats(self) -> bool:
        return self.log.all_floats

    @property
    def keys_seen(self) -> set[str]:
        return self.log.keys_seen()

    def count_matrix(self) -> tuple[list[str], Any, Any]:
        return self.log.count_matrix()
