"""The corpus count matrix placed chunk by chunk is the one-log matrix, in memory or on disk."""

from __future__ import annotations

import numpy as np
import pytest
from test_chunked import CONFIG, _set

from newsgold.reports import json_report
from newsgold.scoring import chunk_rows, chunked, count_log, disk
from newsgold.scoring.chunk_rows import ChunkRows
from newsgold.scoring.corpus import score_corpus
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.sources import open_source
from newsgold.standalone import standalone_context
from newsgold.store import load_annotations


@pytest.mark.parametrize("on_disk", [False, True])
def test_matrix_and_report_as_one_log(tmp_path, monkeypatch, on_disk):
    if on_disk:  # the matrix past both limits: written a chunk at a time to a DiskMatrix
        monkeypatch.setattr(disk, "ON_DISK_ROWS", 2)
        monkeypatch.setattr(count_log, "MEMORY_CELLS", 4)
        monkeypatch.setattr(chunk_rows, "MEMORY_CELLS", 4)
    monkeypatch.setattr(chunked, "CHUNK", 3)
    docs, gold, pred = _set(tmp_path, 11, n=10)
    ctx, _ = standalone_context(docs)
    whole = score_corpus(load_annotations(gold, ctx), load_annotations(pred, ctx), ctx.docs, CONFIG)
    part = chunked.score_chunked(open_source(gold, ctx), open_source(pred, ctx), ctx.docs, CONFIG)
    rows = part.docs.rows  # type: ignore[attr-defined]
    assert len(rows.logs) == 3  # 8 gold documents in chunks of 3
    keys, matrix, present = rows.count_matrix()
    wkeys, wmatrix, wpresent = count_log.LoggedRows.of([d.counts for d in whole.docs]).count_matrix()  # type: ignore[union-attr]
    assert keys == wkeys
    assert isinstance(matrix, disk.DiskMatrix) == on_disk == isinstance(wmatrix, disk.DiskMatrix)
    if on_disk:
        matrix, wmatrix = matrix.read(0, len(matrix)), wmatrix.read(0, len(wmatrix))
        present, wpresent = present.read(0, len(present)), wpresent.read(0, len(wpresent))
    assert np.array_equal(matrix, wmatrix) and np.array_equal(present, wpresent)
    assert [dict(r.values) for r in rows] == [d.counts.values for d in whole.docs]
    assert [list(r.values) for r in rows] == [list(d.counts.values) for d in whole.docs]  # key order too
    assert json_report(part) == json_report(whole)


def test_a_chunk_is_one_logs_documents_in_order():
    with pytest.raises(ValueError, match="one log"):
        ChunkRows().add([DocCounts({"a": 1.0})])
