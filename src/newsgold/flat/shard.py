"""An append-only JSON Lines temporary file read back by line: what a store keeps on disk.

Why here: run entries (:mod:`newsgold.runs.spill`) and chunked scoring
(:mod:`newsgold.scoring.chunk_rows`) both keep each document's item rows in one, and scoring
does not depend on runs.  The file is anonymous (``tempfile.TemporaryFile``): never part of
any output, gone when the shard is.
"""

from __future__ import annotations

import tempfile
import weakref
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsgold.flat.narrow import appended
from newsgold.output.files import failed


def _dumps(obj: Any) -> bytes:
    import orjson

    return bytes(orjson.dumps(obj)) + b"\n"


def _loads(line: bytes) -> Any:
    import orjson

    return orjson.loads(line)


class Shard:
    """An append-only JSON Lines temporary file with the byte offset of each line."""

    def __init__(self, directory: Path):
        self.file: IO[bytes] = tempfile.TemporaryFile(dir=directory)
        # closed when the shard is dropped (with the run's results), not left to the collector's warning
        weakref.finalize(self, self.file.close)
        self.where = directory
        self.offsets: array[int] = array("I")  # 8 bytes a line past 4 GiB (flat.narrow)
        self.end = 0

    def append(self, obj: Any) -> None:
        line = _dumps(obj)
        self.file.seek(self.end)
        try:
            self.file.write(line)
        except OSError as exc:  # a full disk: named, the staged run is removed
            raise failed(exc, self.where) from exc
        self.offsets = appended(self.offsets, self.end)
        self.end += len(line)

    def read(self, i: int) -> Any:
        self.file.seek(self.offsets[i])
        return _loads(self.file.readline())

    def __iter__(self) -> Iterator[Any]:
        self.file.seek(0)
        for _ in range(len(self.offsets)):
            yield _loads(self.file.readline())

    def __len__(self) -> int:
        return len(self.offsets)
