"""One partition of a run: a batch of documents extracted, finished and scored on its own.

A run is cut into partitions of documents in doc_id order.  Each partition extracts what the
cache does not hold, restricts and labels its predictions, writes their ``predictions.jsonl``
lines and scores its gold documents into count vectors and item matches.  A document's counts
do not depend on the other documents, so the partitions, in order, add up to exactly what one
pass over the whole corpus gives — whichever engine ran them (:mod:`newsgold.runs.engines`).

What a partition needs travels with it (:class:`Job`, :class:`Partition`): a Dask worker
resolves the extractor spec itself, bound to the workspace at the same path, and never touches
the prediction cache, which stays with the client.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.layers import registry
from newsgold.schema import DocAnnotation, Entity, dumps_line


@dataclass(frozen=True)
class Job:
    """What every partition of one run entry shares: the extractor spec (resolved where the
    partition runs), how predictions are finished, and how they are scored."""

    root: str
    read_only: bool
    spec: str
    config: dict[str, Any] | None
    version: str | None
    layers: tuple[str, ...] | None  # the suite's layers (None: all the extractor produces)
    name: str  # the extractor's name and version, recorded in every prediction's meta
    extractor_version: str
    score_config: Any  # ScoreConfig
    entities: tuple[Entity, ...]


@dataclass
class Partition:
    """Documents in doc_id order with their gold (when they have some) and cached predictions."""

    index: int
    docs: list[Document]
    gold: dict[str, DocAnnotation]
    given: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id -> cached prediction (to_dict)

    def where(self) -> str:
        """The documents of this partition, as an error message names them."""
        if not self.docs:
            return f"partition {self.index} (empty)"
        first, last = self.docs[0].doc_id, self.docs[-1].doc_id
        span = repr(first) if first == last else f"{first!r} … {last!r}"
        return f"partition {self.index} ({len(self.docs)} documents {span})"


@dataclass
class PartitionResult:
    """What a partition sends back: bounded by the partition, never by the corpus."""

    index: int
    n_docs: int
    lines: str  # its predictions.jsonl lines, in doc_id order
    new: dict[str, dict[str, Any]]  # freshly extracted predictions (to_dict), for the client's cache
    results: list[Any]  # DocResult of each gold document, in doc_id order
    scored: dict[str, DocAnnotation]  # predictions of the gold documents (reports show them)
    predicted: frozenset[str]  # layers some prediction has
    extracted: int
    cached: int
    seconds: float


def partitions(
    doc_ids: Sequence[str], documents: Any, gold: Mapping[str, DocAnnotation], size: int, given: Any = None
) -> Iterator[Partition]:
    """``doc_ids`` in doc_id order, cut into partitions of ``size``; built lazily, one at a time.

    ``documents``: a mapping of the corpus, or a :class:`~newsgold.runs.documents.DocumentIndex`
    (whose ``many`` reads one partition's texts from disk).  ``given(batch)`` returns the
    predictions already known for a batch (the cache's hits), so only the batch in hand is read
    from the cache.
    """
    # ids already in order (a suite over all the gold: core.select_documents sorts them) are
    # cut as they are: a sorted copy was a str object per document for the whole extraction
    ordered = doc_ids if all(a < b for a, b in pairwise(doc_ids)) else sorted(doc_ids)
    fetch = getattr(documents, "many", None) or (lambda ids: [documents[d] for d in ids])
    for index, start in enumerate(range(0, len(ordered), max(1, size))):
        batch = fetch(ordered[start : start + max(1, size)])
        yield Partition(index, batch, {d.doc_id: gold[d.doc_id] for d in batch if d.doc_id in gold}, given(batch) if given else {})


_EXTRACTORS: dict[tuple[Any, ...], Any] = {}  # resolved once per worker process and job


def _extractor(job: Job) -> Any:
    key = (job.root, job.spec, repr(job.config), job.version)
    if key not in _EXTRACTORS:
        from newsgold.extractors.registry import resolve
        from newsgold.workspace import Workspace

        _EXTRACTORS.clear()  # one job at a time per worker: keep no stale extractor alive
        _EXTRACTORS[key] = resolve(job.spec, job.config, job.version, Workspace(Path(job.root), read_only=job.read_only))
    return _EXTRACTORS[key]


def run_partition(job: Job, part: Partition, extracted: Mapping[str, DocAnnotation] | None = None) -> PartitionResult:
    """Extract (unless ``extracted`` or the partition's cached predictions cover a document),
    finish and score one partition.  Runs on a Dask worker as well as in the client."""
    from newsgold.extractors.base import extract_checked

    t0 = time.perf_counter()
    preds: dict[str, DocAnnotation] = dict(extracted or {})
    new: dict[str, dict[str, Any]] = {}
    cached = 0
    for doc_id, d in part.given.items():
        if doc_id not in preds:
            preds[doc_id] = DocAnnotation.from_dict(d)
            cached += 1
    todo = [d for d in part.docs if d.doc_id not in preds]
    if todo:
        for doc, ann in zip(todo, extract_checked(_extractor(job), todo)):
            preds[doc.doc_id] = ann
            new[doc.doc_id] = ann.to_dict()
    return finish(job, part, preds, new, cached, t0)


def finish(
    job: Job,
    part: Partition,
    raw: Mapping[str, DocAnnotation],
    new: dict[str, dict[str, Any]],
    cached: int,
    t0: float,
    extracted: int | None = None,
) -> PartitionResult:
    """Restrict and label the predictions of a partition, then score its gold documents.
    ``new``: predictions the client still has to cache (``extracted`` defaults to their number)."""
    from newsgold.runs.core import restrict_layers
    from newsgold.scoring.entities import EntityMatcher
    from newsgold.scoring.layers import score_aligned

    preds = {}
    for doc in part.docs:
        ann = restrict_layers(raw[doc.doc_id], job.layers)
        ann.meta = {"extractor": job.name, "version": job.extractor_version}
        preds[doc.doc_id] = ann
    names = registry.names()
    predicted = frozenset(layer for layer in names if any(getattr(p, layer) is not None for p in preds.values()))
    ids = [d.doc_id for d in part.docs if d.doc_id in part.gold]
    texts = {d.doc_id: d.text for d in part.docs}
    results = score_aligned(
        ids, [part.gold[d] for d in ids], [preds[d] for d in ids], [texts[d] for d in ids], job.score_config, EntityMatcher(job.entities)
    )
    return PartitionResult(
        index=part.index,
        n_docs=len(part.docs),
        lines="".join(dumps_line(preds[d.doc_id]) + "\n" for d in part.docs),
        new=new,
        results=results,
        scored={d: preds[d] for d in ids},
        predicted=predicted,
        extracted=len(new) if extracted is None else extracted,
        cached=cached,
        seconds=round(time.perf_counter() - t0, 6),
    )
