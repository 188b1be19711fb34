"""One suite entry streamed partition by partition: predictions appended to ``predictions.jsonl``
as partitions come back (in doc_id order), cache entries written, count vectors collected.

Memory is bounded by the partitions in flight plus the id and count vector of each *gold*
document (its gold is read back a partition at a time: :mod:`newsgold.runs.gold`): the item matches and predictions the reports list (``scores.json`` and
``report.html`` show every scored document by design) go to shards on disk as partitions come
back (:mod:`newsgold.runs.spill`).  Predictions of documents without gold are written and
dropped; only their ids are kept (``unscored_docs`` in ``scores.json``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.flat.ids import CompactIds
from newsgold.output.files import failed
from newsgold.runs.cache import CacheKey, PredictionCache
from newsgold.runs.execute import Extraction, ExtractStats
from newsgold.runs.partitions import Job, Partition, PartitionResult, finish, partitions
from newsgold.runs.spill import SpilledPredictions, SpilledResults
from newsgold.schema import DocAnnotation


@dataclass
class Streamed:
    """What a streamed entry keeps: in memory an id and a count vector per gold document; their
    item rows and predictions in shards on disk (``spill_dir``: the entry's staged directory)."""

    results: SpilledResults  # DocResult per gold document, doc_id order
    scored: SpilledPredictions  # predictions of the gold documents
    predicted: set[str]
    stats: ExtractStats
    partition_seconds: list[float]  # per partition, measured where it ran
    wall_s: float = 0.0

    @classmethod
    def into(cls, spill_dir: Path, like: CompactIds | None = None) -> Streamed:
        """``like``: the entry's document ids, in the order results come back (doc_id order):
        the results and predictions keep no ids of their own while theirs are those."""
        return cls(SpilledResults(spill_dir, like), SpilledPredictions(spill_dir, like), set(), ExtractStats(), [])

    def add(self, res: PartitionResult) -> None:
        self.results.add(res.results)
        self.scored.add(res.scored)
        self.predicted |= res.predicted
        self.stats.extracted += res.extracted
        self.stats.cached += res.cached
        self.partition_seconds.append(res.seconds)


def stream_entry(
    engine: Any,
    job: Job,
    extractor: Any,
    doc_ids: Sequence[str],
    documents: Any,
    gold: Mapping[str, DocAnnotation],
    config_hash: str,
    cache: PredictionCache,
    predictions: Path,
    partition_size: int,
    jobs: int = 1,
    folded: Any = None,
    advance: Callable[[int], None] | None = None,
) -> Streamed:
    """Run one entry on ``engine`` over ``doc_ids`` (texts from ``documents``, a mapping or a
    :class:`~newsgold.runs.documents.DocumentIndex`), writing ``predictions`` (a new file) as
    partitions finish.

    ``folded``: a cross-validated extractor's fold models (:class:`~newsgold.runs.folds.Folded`),
    which predict each partition here, in this process, whatever the engine.
    """
    t0 = time.perf_counter()
    predictions.parent.mkdir(parents=True, exist_ok=True)
    out = Streamed.into(predictions.parent, doc_ids if isinstance(doc_ids, CompactIds) else None)

    def keys(batch: list[Document]) -> dict[str, CacheKey]:
        return {d.doc_id: CacheKey.of(extractor.name, str(extractor.version), config_hash, d) for d in batch}

    def cached(batch: list[Document]) -> dict[str, dict[str, Any]]:
        hits = {}
        for doc_id, key in keys(batch).items():
            hit = cache.get(key)
            if hit is not None:
                hits[doc_id] = hit
        return hits

    with open(predictions, "x", encoding="utf-8", newline="\n") as sink:

        def take(res: PartitionResult, part_docs: list[Document] | None = None) -> None:
            try:
                sink.write(res.lines)
            except OSError as exc:  # a full disk: a clear error (the staged run is removed)
                raise failed(exc, predictions) from exc
            if res.new:
                by_id = {d.doc_id: d for d in (part_docs or [])}
                for doc_id, key in keys([by_id[d] for d in res.new]).items():
                    cache.put(key, res.new[doc_id])
            out.add(res)
            if advance:
                advance(res.n_docs)

        if folded is not None:
            for part in partitions(doc_ids, documents, gold, partition_size):
                t = time.perf_counter()
                preds, s = folded.batch(part.docs)  # cached by the fold models themselves: nothing new here
                take(finish(job, part, preds, {}, s.cached, t, s.extracted))
        elif engine.name == "local":
            with Extraction(extractor, config_hash, cache, jobs) as extraction:
                for res in engine.map(job, partitions(doc_ids, documents, gold, partition_size), extraction):
                    take(res)
        else:
            sent: dict[int, list[Document]] = {}

            def tracked(parts: Any) -> Any:
                for part in parts:
                    sent[part.index] = part.docs
                    yield part

            for res in engine.map(job, tracked(partitions(doc_ids, documents, gold, partition_size, cached)), None):
                take(res, sent.pop(res.index))
        try:
            sink.flush()
            os.fsync(sink.fileno())
        except OSError as exc:
            raise failed(exc, predictions) from exc
    out.wall_s = time.perf_counter() - t0
    return out


__all__ = ["Partition", "Streamed", "stream_entry"]
