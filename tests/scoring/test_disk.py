"""Score matrices on disk (newsgold.scoring.disk): the same bits as in memory, block by block."""

from __future__ import annotations

import numpy as np
import pytest

from newsgold.runs.artifacts import ScoresFile
from newsgold.schema import DocAnnotation, Quote
from newsgold.scoring import ScoreConfig, count_log, disk, score_corpus
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.metrics import count_matrix, headline_columns, macro_of_columns, total_of_matrix


def test_matrix_written_and_read_back_by_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 3)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    values = np.arange(40, dtype=np.float64).reshape(10, 4) / 2
    m = disk.DiskMatrix(10, 4, np.float64, tmp_path)
    m.write(0, values[:6])
    m.write(6, values[6:])
    assert len(m) == 10 and m.exact and m.frac_bits == 1  # halves: every resample sum is exact
    assert np.array_equal(m.read(2, 7), values[2:7]) and m.read(8, 20).shape == (2, 4)
    assert [s for s, _ in m.blocks()] == [0, 3, 6, 9]
    assert np.array_equal(np.concatenate([b for _, b in m.blocks()]), values)
    assert not list(tmp_path.iterdir())  # an anonymous file: nothing left in the directory


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.25, 0.1])
def test_weighted_sums_equal_the_product_in_memory(tmp_path, monkeypatch, scale):
    """Counts in whole, half or quarter units are summed block by block (exact); others in one
    product, as in memory."""
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 7)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    rng = np.random.default_rng(0)
    counts = rng.integers(0, 300, size=(50, 6)).astype(np.float64) * scale
    weights = rng.integers(0, 5, size=(9, 50)).astype(np.float64)
    m = disk.DiskMatrix(50, 6, np.float64, tmp_path)
    m.write(0, counts)
    assert m.exact == (scale != 0.1)
    got = disk.weighted_sums(weights, m)
    assert got.tobytes() == (weights @ counts).tobytes()


def test_half_credits_summed_by_blocks_give_the_bits_of_one_product(tmp_path, monkeypatch):
    """Half-unit counts (partial-match credit) over many rows, weights as a bootstrap draws them:
    the block sums are the product in memory, bit for bit, for blocks of any size."""
    from newsgold.scoring.arrays import resample_weights

    rng = np.random.default_rng(5)
    counts = rng.integers(0, 41, size=(3000, 5)) / 2.0
    counts[:, 0] = rng.integers(0, 10**6, size=3000)  # large whole counts beside the halves
    weights = next(resample_weights(3000, 40, 11)).copy()
    m = disk.DiskMatrix(3000, 5, np.float64, tmp_path)
    m.write(0, counts)
    assert m.exact
    want = (weights @ counts).tobytes()
    for rows in (64, 333, 3000):
        monkeypatch.setattr(disk, "BLOCK_BYTES", rows * 5 * 8)
        monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", rows)
        assert disk.weighted_sums(weights, m).tobytes() == want


@pytest.mark.parametrize(
    ("values", "exact"),
    [
        ([[0.5, 3.0], [1.25, 2.0]], True),  # quarters
        ([[1 / 3, 1.0]], False),  # not a whole number of any 2**-k
        ([[2.0**-9, 1.0]], False),  # finer than MAX_FRAC_BITS
        ([[2.0**51, 0.5]], False),  # 2 rows x 2**51 x 2 units: past 2**53
        ([[float("nan"), 1.0]], False),
        ([[float("inf"), 1.0]], False),
    ],
)
def test_exact_only_when_every_resample_sum_is_representable(tmp_path, values, exact):
    m = disk.DiskMatrix(2, 2, np.float64, tmp_path)
    m.write(0, np.array(values))
    assert m.exact == exact
    m.write(1, np.array([[1 / 3, 0.0]]))  # a later block can only make it inexact
    assert not m.exact


def _rows(n: int) -> list[DocCounts]:
    rng = np.random.default_rng(1)
    keys = ["quotes.content.exact.cor", "quotes.content.exact.act", "quotes.content.exact.pos", "quotes.content.exact.par"]
    out = []
    for i in range(n):
        picked = [k for k in keys if rng.random() < 0.8]
        order = list(reversed(picked)) if i % 3 else picked  # key orders differ from row to row
        out.append(DocCounts({k: float(rng.integers(0, 9)) for k in order}))
    return out


def test_count_matrix_totals_and_columns_on_disk_equal_those_in_memory(monkeypatch):
    rows = _rows(40)
    config = ScoreConfig(schemes=("exact",))
    keys, matrix, present = count_matrix(rows)
    total, columns = total_of_matrix(rows, (keys, matrix, present)), headline_columns(rows, config)
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 5)
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 6)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    on_disk = count_matrix(rows)
    assert isinstance(on_disk[1], disk.DiskMatrix) and on_disk[0] == keys
    assert np.array_equal(on_disk[1].read(0, 40), matrix) and np.array_equal(on_disk[2].read(0, 40), present)
    got = total_of_matrix(rows, on_disk)
    assert list(got.values.items()) == list(total.values.items()) and got.n_docs == total.n_docs
    cols = headline_columns(rows, config, on_disk)
    assert isinstance(cols, disk.DiskColumns) and list(cols) == list(columns)
    for name, (values, has) in columns.items():
        assert cols[name][0].tobytes() == np.asarray(values, dtype=np.float64).tobytes()
        assert np.array_equal(cols[name][1], has)
    assert macro_of_columns(cols) == macro_of_columns(columns)


def _corpus(n: int) -> tuple[dict, dict, dict]:
    texts, gold, pred = {}, {}, {}
    for i in range(n):
        d = f"d{i:03d}"
        texts[d] = "He said “yes” and “no” 🇫🇷 then\n“maybe”."
        gold[d] = DocAnnotation(d, [Quote("q1", "direct", [(9, 12)]), Quote("q2", "direct", [(19, 21)])], [], [])
        quotes = (
            [Quote("p1", "direct", [(9, 12)])]
            + ([Quote("p2", "direct", [(18, 22)])] if i % 2 else [])
            + ([Quote("p3", "direct", [(32, 37)])] if i % 5 == 0 else [])
        )
        pred[d] = DocAnnotation(d, quotes, None, None)
    return gold, pred, texts


def test_corpus_scores_on_disk_are_the_same_file(monkeypatch):
    gold, pred, texts = _corpus(30)
    config = ScoreConfig(bootstrap=200, seed=3)
    want = ScoresFile.of(score_corpus(gold, pred, texts, config)).to_text()
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 4)
    monkeypatch.setattr(count_log, "MEMORY_CELLS", 0)  # score_corpus keeps a small matrix in memory otherwise
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 7)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    scores = score_corpus(gold, pred, texts, config)
    assert isinstance(scores.per_doc.disk, disk.DiskColumns)
    assert ScoresFile.of(scores).to_text() == want


def test_predictions_for_no_gold_layer_on_disk_score_as_in_memory(monkeypatch):
    """Review: on disk, a corpus where no metric applies (predictions of a layer the gold lacks)
    crashed building columns of no metric (``need at least one array to concatenate``)."""
    gold, _, texts = _corpus(12)
    gold = {d: DocAnnotation(d, quotes=g.quotes, claims=None, stances=None) for d, g in gold.items()}
    pred = {d: DocAnnotation(d, quotes=None, claims=[], stances=None) for d in gold}
    config = ScoreConfig(bootstrap=50, seed=3)
    want = ScoresFile.of(score_corpus(gold, pred, texts, config)).to_text()
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 4)
    monkeypatch.setattr(count_log, "MEMORY_CELLS", 0)  # score_corpus keeps a small matrix in memory otherwise
    assert ScoresFile.of(score_corpus(gold, pred, texts, config)).to_text() == want


def test_a_fractional_matrix_on_disk_is_read_once_for_the_bootstrap(monkeypatch):
    """Review: fractional counts (partial, token schemes) were read whole from disk for every
    chunk of resamples; now once, with the same bits."""
    gold, pred, texts = _corpus(30)
    config = ScoreConfig(bootstrap=200, seed=3)
    want = ScoresFile.of(score_corpus(gold, pred, texts, config)).to_text()
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 4)
    monkeypatch.setattr(count_log, "MEMORY_CELLS", 0)  # score_corpus keeps a small matrix in memory otherwise
    reads: list[int] = []
    real = disk.DiskMatrix.read

    def counted(self, start, stop):
        if stop - start == len(self):
            reads.append(len(self))
        return real(self, start, stop)

    monkeypatch.setattr(disk.DiskMatrix, "read", counted)
    monkeypatch.setattr("newsgold.scoring.arrays.chunk_rows", lambda n, *a, **k: 16, raising=False)
    scores = score_corpus(gold, pred, texts, config)
    assert ScoresFile.of(scores).to_text() == want
    assert len(reads) <= 3, reads  # not once per chunk of resamples


def test_half_credits_on_disk_are_summed_by_blocks_not_read_whole(monkeypatch):
    """Partial matches give half credits: exact sums, so the bootstrap sums the disk matrix block
    by block (float32 weights) instead of reading it whole, and writes the same file."""
    gold, pred, texts = _corpus(30)
    config = ScoreConfig(bootstrap=200, seed=3)
    want = ScoresFile.of(score_corpus(gold, pred, texts, config)).to_text()
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 4)
    monkeypatch.setattr(count_log, "MEMORY_CELLS", 0)
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 7)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    seen: list[tuple[bool, int | None]] = []
    real_sums = disk.weighted_sums

    def sums(weights, counts):
        seen.append(
            (isinstance(counts, disk.DiskMatrix) and counts.exact, counts.frac_bits if isinstance(counts, disk.DiskMatrix) else None)
        )
        assert weights.dtype == np.float32
        return real_sums(weights, counts)

    monkeypatch.setattr(disk, "weighted_sums", sums)
    scores = score_corpus(gold, pred, texts, config)
    assert ScoresFile.of(scores).to_text() == want
    assert seen and all(exact for exact, _ in seen) and {bits for _, bits in seen} == {1}  # halves, on disk
