"""Corpus scores computed a chunk of documents at a time: the same scores, memory bounded by a chunk.

Why (issue #11, "scale of bad input"): scored whole, a 50 MB prediction file held the typed gold
and predictions and every item row at once (1-2 GB).  Here the gold documents are taken in
doc_id order, :data:`CHUNK` at a time, from their sources (:mod:`newsgold.scoring.sources`):
scored, their count cells kept and their item rows appended to a temporary file
(:mod:`newsgold.scoring.chunk_rows`), the gold hash updated, and the typed objects dropped.  :func:`newsgold.scoring.corpus.assemble` then makes the corpus scores from
the count vectors, as it does for a run scored partition by partition: a document's counts do
not depend on the other documents, so the scores are those of
:func:`newsgold.scoring.corpus.score_corpus` on the whole sets, bit for bit
(tests/scoring/test_chunked.py compares them, and the reports, on random sets).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from newsgold.layers import registry
from newsgold.schema import DocAnnotation
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.corpus import CorpusScores, assemble
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.layers import score_aligned
from newsgold.scoring.sources import NotStreamed

#: gold documents scored at a time (a module constant so tests can make chunks of 1, 2, 3)
CHUNK = 256

#: called with each chunk's results, gold and predictions (by doc id) while they are alive
OnChunk = Callable[[list[Any], Mapping[str, DocAnnotation], Mapping[str, DocAnnotation]], None]


def score_chunked(
    gold: Any,
    pred: Any,
    docs: Mapping[str, Any],
    config: ScoreConfig,
    entities: Any = (),
    advance: Callable[[int], None] | None = None,
    items: bool = True,
    on_chunk: OnChunk | None = None,
    hashed: bool = True,
) -> CorpusScores:
    """``score_corpus(gold, pred, docs, config, entities, advance=advance, items=items)`` from two
    sources (:func:`newsgold.scoring.sources.open_source`).  ``hashed``: take the gold hash on
    the way (else it is computed, re-reading the gold, when first read).  Raises
    :class:`NotStreamed` when a source doubts a document: nothing is half-done then but memory."""
    from newsgold.scoring.canonical import canonical_lines
    from newsgold.scoring.chunk_rows import ChunkResults
    from newsgold.scoring.sources import LineSource

    if not isinstance(pred, LineSource):  # a directory does not say which layers it predicts before it is read
        raise NotStreamed("predictions given as a directory")
    matcher = entities if isinstance(entities, EntityMatcher) else EntityMatcher(entities)
    names = registry.names()
    predicted = tuple(n for n in names if n in pred.given)
    empty: dict[str, list[Any]] = {n: [] for n in predicted}
    doc_ids = gold.ids
    unknown = [d for d in doc_ids if d not in docs]
    if unknown:
        raise ValueError(f"gold documents not in the corpus: {', '.join(unknown)}")
    missing = tuple(d for d in doc_ids if d not in pred)
    results = ChunkResults(items)  # (item rows in an anonymous temporary file)
    digest = hashlib.sha256() if hashed else None
    seen: set[str] = set()  # layers some prediction gives: must be pred.given

    def saw(preds: Mapping[str, DocAnnotation]) -> None:
        for p in preds.values():
            seen.update(n for n in names if n not in seen and getattr(p, n) is not None)

    for at in range(0, len(doc_ids), CHUNK):
        part = doc_ids[at : at + CHUNK]
        g = gold.take(part)
        p = pred.take([d for d in part if d in pred])
        saw(p)
        preds = [p.get(d) or DocAnnotation(d, items={n: empty.get(n) for n in names}) for d in part]
        texts = [_text(docs[d]) for d in part]
        scored = score_aligned(part, [g[d] for d in part], preds, texts, config, matcher, items)
        results.add(scored)
        if digest is not None:
            for line in canonical_lines([g[d] for d in part]):
                digest.update(line + b"\n")
        if on_chunk is not None:
            on_chunk(scored, g, p)
        del g, p, preds, scored
    unscored = sorted(d for d in pred if d not in gold)
    for at in range(0, len(unscored), CHUNK):  # read (so checked) as the whole-set loader would
        saw(pred.take(unscored[at : at + CHUNK]))
    if seen != set(predicted):
        raise NotStreamed("the layers predicted")
    return assemble(
        results,
        config,
        not_predicted=tuple(n for n in names if n not in predicted),
        missing_docs=missing,
        unscored_docs=tuple(unscored),
        n_corpus=len(docs),
        gold_hash=digest.hexdigest() if digest is not None else (lambda: rehash(gold)),
        advance=advance,
        rows=results.rows,
        doc_ids=results.doc_ids,
    )


def rehash(gold: Any) -> str:
    """:func:`newsgold.scoring.corpus.gold_hash` of a source, a chunk of documents at a time."""
    from newsgold.scoring.canonical import canonical_lines

    h = hashlib.sha256()
    ids = gold.ids
    for at in range(0, len(ids), CHUNK):
        part = ids[at : at + CHUNK]
        g = gold.take(part)
        for line in canonical_lines([g[d] for d in part]):
            h.update(line + b"\n")
    return h.hexdigest()


def _text(doc: Any) -> str:
    return doc if isinstance(doc, str) else str(doc.text)
