"""Per-document score matrices kept in a temporary file and read a block of rows at a time.

Why: a run's count matrix (documents x count keys) and its per-document score columns
(documents x metrics) grew with the corpus, ~1.3 KB a document for ``quotes`` alone (130 MB at
100,000 documents), although every use of them goes over the rows in order.  Past
:data:`ON_DISK_ROWS` rows they are written to an anonymous temporary file (in the run's staged
directory when there is one) and read back with ``os.pread`` a block at a time: nothing is
mapped, so what a block reads is freed with the block and the process's memory stays bounded by
a block, not by the corpus.  The values are the same float64 bits as in memory; every consumer
(:mod:`newsgold.scoring.metrics`, the bootstrap's :func:`weighted_sums`) goes over the blocks in
row order with the same float operations, so the results are identical (tests/scoring/test_disk.py).
"""

from __future__ import annotations

import os
import tempfile
import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

#: matrices of more rows than this go to disk (below, in memory as before: small runs are not slowed)
ON_DISK_ROWS = 8192
#: bytes of one block read back at a time
BLOCK_BYTES = 1 << 22
MIN_BLOCK_ROWS = 64
#: values that are whole numbers of 2**-MAX_FRAC_BITS at the finest are summed exactly (see DiskMatrix.exact)
MAX_FRAC_BITS = 8


def _failed(exc: OSError, where: Path | None) -> Exception:
    from newsgold.output.files import failed

    return failed(exc, where or tempfile.gettempdir())


class DiskMatrix:
    """A ``rows x cols`` matrix of ``dtype`` in an anonymous temporary file (``directory``: where;
    the system's temporary directory when None), written and read by blocks of whole rows."""

    def __init__(self, rows: int, cols: int, dtype: Any, directory: Path | None = None):
        self.shape = (rows, cols)
        self.dtype = np.dtype(dtype)
        self.row_bytes = cols * self.dtype.itemsize
        self._where = directory
        try:
            self.file = tempfile.TemporaryFile(dir=directory)
        except OSError as exc:
            raise _failed(exc, directory) from exc
        weakref.finalize(self, self.file.close)
        # every value written is a whole number of 2**-frac_bits (whole counts, half credits);
        # None once one is not (see :attr:`exact`)
        self.frac_bits: int | None = 0 if self.dtype.kind == "f" else None
        self.max_abs = 0.0

    def __len__(self) -> int:
        return self.shape[0]

    @property
    def exact(self) -> bool:
        """Whether any weighted sum of the rows with whole-number weights summing to at most
        the number of rows (a resample's) is exact in float64, in any order of the additions:
        every value is a whole number of ``2**-frac_bits`` and ``rows x max|value|`` of those
        units stays below 2**53.  Half credits (partial matches) are exact as well as counts."""
        if self.frac_bits is None:
            return False
        return self.shape[0] * self.max_abs * 2.0**self.frac_bits < 2.0**53

    def block_rows(self) -> int:
        return max(MIN_BLOCK_ROWS, BLOCK_BYTES // max(1, self.row_bytes))

    def write(self, start: int, block: Any) -> None:
        values = np.ascontiguousarray(block, dtype=self.dtype)
        if self.frac_bits is not None and values.size:
            self._track(values)
        self.write_bytes(memoryview(values.tobytes()), start * self.row_bytes)

    def _track(self, values: Any) -> None:
        """Narrow :attr:`frac_bits` and :attr:`max_abs` to the values of a block written."""
        if not np.isfinite(values).all():
            self.frac_bits = None
            return
        self.max_abs = max(self.max_abs, float(np.abs(values).max()))
        bits = self.frac_bits or 0
        while bits <= MAX_FRAC_BITS:  # scaling by a power of two is exact: only the units are tested
            scaled = values * 2.0**bits
            if np.array_equal(scaled, np.round(scaled)):
                self.frac_bits = bits
                return
            bits += 1
        self.frac_bits = None

    def write_bytes(self, data: memoryview, at: int) -> None:
        """``data`` at byte ``at`` of the file, whole (``pwrite`` may write part)."""
        try:
            while data:
                n = os.pwrite(self.file.fileno(), data, at)
                data, at = data[n:], at + n
        except OSError as exc:  # a full disk: named, the staged run is removed
            raise _failed(exc, self._where) from exc

    def read(self, start: int, stop: int) -> Any:
        """Rows ``start:stop`` as a new (read-only) array."""
        stop = min(stop, self.shape[0])
        want = max(0, stop - start) * self.row_bytes
        parts, at = [], start * self.row_bytes
        while want:
            chunk = os.pread(self.file.fileno(), want, at)
            if not chunk:
                raise OSError(f"temporary matrix file ended early at byte {at}")
            parts.append(chunk)
            want, at = want - len(chunk), at + len(chunk)
        data = parts[0] if len(parts) == 1 else b"".join(parts)
        return np.frombuffer(data, dtype=self.dtype).reshape(max(0, stop - start), self.shape[1])

    def blocks(self, rows: int | None = None) -> Iterator[tuple[int, Any]]:
        """``(start, rows start:start+k)`` in row order."""
        size = rows or self.block_rows()
        for start in range(0, self.shape[0], size):
            yield start, self.read(start, start + size)


def weighted_sums(weights: Any, counts: Any) -> Any:
    """``weights @ counts`` (resamples x keys), block by block of documents when ``counts`` is a
    :class:`DiskMatrix`.  Summed in blocks only when the sums are exact (:attr:`DiskMatrix.exact`:
    whole-number resample weights times counts in whole or half units): every partial sum is
    then exact, the same bits in any order as the product in memory; otherwise the whole matrix
    is read and multiplied at once, as in memory."""
    if not isinstance(counts, DiskMatrix):
        return weights @ counts
    if not counts.exact:
        return weights @ counts.read(0, len(counts))
    out = np.zeros((weights.shape[0], counts.shape[1]))
    for start, block in counts.blocks():
        out += weights[:, start : start + len(block)] @ block
    return out


class DiskColumns(Mapping[str, tuple[Any, Any]]):
    """Per-document metric columns (``name -> (values, has)``, as
    :func:`newsgold.scoring.metrics.headline_columns` gives) stored twice in temporary files:
    by metric (a column read whole, 9 bytes a document) and by document (a row read whole, for
    :class:`newsgold.scoring.arrays.RowsOfColumns`)."""

    def __init__(self, names: list[str], n: int, directory: Path | None = None):
        self.names, self.n = names, n
        self.index = {k: i for i, k in enumerate(names)}
        m = len(names)
        self.by_doc = DiskMatrix(n, m, np.float64, directory)
        self.has_by_doc = DiskMatrix(n, m, np.bool_, directory)
        self.by_metric = DiskMatrix(m, n, np.float64, directory)
        self.has_by_metric = DiskMatrix(m, n, np.bool_, directory)

    def write(self, start: int, block: Mapping[str, tuple[Any, Any]]) -> None:
        """Rows ``start:`` of every column (each a value per row of the block)."""
        k = len(next(iter(block.values()))[0]) if block else 0
        values = np.column_stack([np.broadcast_to(block[name][0], (k,)) for name in self.names])
        has = np.column_stack([np.broadcast_to(block[name][1], (k,)) for name in self.names])
        self.by_doc.write(start, values)
        self.has_by_doc.write(start, has)
        for j in range(len(self.names)):  # this block's stretch of each metric's column
            for matrix, part in ((self.by_metric, values[:, j]), (self.has_by_metric, has[:, j])):
                data = memoryview(np.ascontiguousarray(part, dtype=matrix.dtype).tobytes())
                matrix.write_bytes(data, j * matrix.row_bytes + start * matrix.dtype.itemsize)

    def __getitem__(self, name: str) -> tuple[Any, Any]:
        j = self.index[name]
        return self.by_metric.read(j, j + 1)[0], self.has_by_metric.read(j, j + 1)[0]

    def row(self, i: int) -> tuple[list[float], list[bool]]:
        return self.by_doc.read(i, i + 1)[0].tolist(), self.has_by_doc.read(i, i + 1)[0].tolist()

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
