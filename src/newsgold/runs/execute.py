"""Extraction over many documents: cache first, then serial or parallel (``--jobs N``).

Parallel extraction hands whole chunks of documents to worker processes (the extractor is
pickled once per worker) and reassembles results by document id, so the output is identical to
a serial run whatever the scheduling.  Extractors that cannot be pickled run in threads.
:class:`Extraction` keeps one pool for a whole streamed run, batch after batch.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import Extractor, ExtractorError, extract_checked
from newsgold.runs.cache import CacheKey, PredictionCache
from newsgold.schema import DocAnnotation

_WORKER: Any = None


@dataclass
class ExtractStats:
    extracted: int = 0
    cached: int = 0


def _init_worker(blob: bytes) -> None:
    global _WORKER
    _WORKER = pickle.loads(blob)


def _work(docs: list[Document]) -> list[dict[str, Any]]:
    return [a.to_dict() for a in extract_checked(_WORKER, docs)]


def _chunks(docs: list[Document], n: int) -> list[list[Document]]:
    size = max(1, -(-len(docs) // (n * 4)))
    return [docs[i : i + size] for i in range(0, len(docs), size)]


class Extraction:
    """One extractor bound to its cache and config hash, extracting batch after batch.

    With ``jobs > 1`` one pool of worker processes (the extractor pickled once per worker) serves
    every batch, so a streamed run pays the start-up once; close it with ``with``.
    """

    def __init__(self, extractor: Extractor, config_hash: str, cache: PredictionCache, jobs: int = 1) -> None:
        self.extractor, self.config_hash, self.cache, self.jobs = extractor, config_hash, cache, jobs
        self._pool: Any = None
        self._threads = False

    def __enter__(self) -> Extraction:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.__exit__(None, None, None)  # as `with pool:` would: waits for its workers

    def _executor(self) -> Any:
        if self._pool is None:
            try:
                blob = pickle.dumps(self.extractor)
            except Exception:
                blob = None
            if blob is None:  # not picklable: threads share the object
                from concurrent.futures import ThreadPoolExecutor

                self._pool, self._threads = ThreadPoolExecutor(max_workers=self.jobs), True
            else:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_init_worker, initargs=(blob,))
        return self._pool

    def batch(
        self, docs: Sequence[Document], progress: Callable[[int], None] | None = None
    ) -> tuple[dict[str, DocAnnotation], ExtractStats]:
        """Predictions for ``docs`` (from the cache where possible), keyed by doc id."""
        extractor, cache = self.extractor, self.cache
        stats = ExtractStats()
        out: dict[str, DocAnnotation] = {}
        todo: list[Document] = []
        keys = {d.doc_id: CacheKey.of(extractor.name, str(extractor.version), self.config_hash, d) for d in docs}
        for doc in docs:
            hit = cache.get(keys[doc.doc_id])
            if hit is not None:
                out[doc.doc_id] = DocAnnotation.from_dict(hit)
                stats.cached += 1
                if progress:
                    progress(1)
            else:
                todo.append(doc)

        def done(doc_anns: list[tuple[Document, DocAnnotation]]) -> None:
            for doc, ann in doc_anns:
                out[doc.doc_id] = ann
                cache.put(keys[doc.doc_id], ann.to_dict())
                stats.extracted += 1
            if progress:
                progress(len(doc_anns))

        if not todo:
            return out, stats
        if self.jobs <= 1 or len(todo) == 1:
            for chunk in _chunks(todo, 1):
                done(list(zip(chunk, extract_checked(extractor, chunk))))
            return out, stats
        chunks = _chunks(todo, self.jobs)
        pool = self._executor()
        if self._threads:
            for chunk, anns in zip(chunks, pool.map(lambda c: extract_checked(extractor, c), chunks)):
                done(list(zip(chunk, anns)))
            return out, stats
        from concurrent.futures.process import BrokenProcessPool

        try:
            for chunk, dicts in zip(chunks, pool.map(_work, chunks)):
                done([(doc, DocAnnotation.from_dict(d)) for doc, d in zip(chunk, dicts)])
        except BrokenProcessPool as e:
            # a worker died (killed, out of memory, a crash in native code) or sent back something
            # that cannot be unpickled: the document is unknown here, a serial run names it
            raise ExtractorError(
                f"{extractor.name}: one of {self.jobs} worker processes failed ({e}); a serial run (one job) names the document that fails and why"
            ) from None
        return out, stats


def extract_documents(
    extractor: Extractor,
    docs: Sequence[Document],
    config_hash: str,
    cache: PredictionCache,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[dict[str, DocAnnotation], ExtractStats]:
    """Predictions for ``docs`` (from the cache where possible), keyed by doc id."""
    with Extraction(extractor, config_hash, cache, jobs) as extraction:
        return extraction.batch(docs, progress)
