"""Scoring aligned document lists into count vectors and item matches, layer by layer.

Each registered layer scores itself (:meth:`newsgold.layers.base.Layer.score`) on one
:class:`Corpus`; this module holds what layers share: span matching of all documents at once
through :mod:`engine`, distinct cue/source tables, attribution and confusion counting (the
per-pair counts come from arrays, :mod:`newsgold.scoring.span_rows`).  Confusion matrices are ``sklearn.metrics.confusion_matrix``'s with fixed
labels (counted directly, see :func:`add_confusion`), so they add up across documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.layers import registry
from newsgold.layers.claims import CHECKWORTHY_LABELS  # noqa: F401  (importable from here as before)
from newsgold.layers.stances import STANCE_PAIR_LABELS  # noqa: F401
from newsgold.schema import DocAnnotation
from newsgold.scoring.config import ScoreConfig, parse_scheme
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.engine import SpanScores, SpanTable, score_tables
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.results import DocResult
from newsgold.scoring.spans import Fragments, canonical, token_mid_line


def add_confusion(counts: DocCounts, prefix: str, gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> None:
    """Add a confusion matrix (rows gold, columns prediction) under ``prefix.<gold>.<pred>``:
    ``sklearn.metrics.confusion_matrix(gold, pred, labels=labels)`` (pairs outside ``labels``
    left out), counted directly, as a call per document costs milliseconds for a handful of
    pairs (tests/scoring/test_layers.py checks it against scikit-learn)."""
    if not gold:
        return
    rank = {label: i for i, label in enumerate(labels)}
    pairs: dict[tuple[int, int], int] = {}
    for g, p in zip(gold, pred, strict=True):
        cell = (rank.get(g, -1), rank.get(p, -1))
        if cell[0] >= 0 and cell[1] >= 0:
            pairs[cell] = pairs.get(cell, 0) + 1
    for i, j in sorted(pairs):  # in the labels' order, rows first
        counts.add(f"{prefix}.{labels[i]}.{labels[j]}", float(pairs[(i, j)]))


class Corpus:
    """Aligned gold/prediction documents plus what scoring needs to know about their texts."""

    def __init__(
        self,
        doc_ids: Sequence[str],
        gold: Sequence[DocAnnotation],
        pred: Sequence[DocAnnotation],
        texts: Sequence[str],
        config: ScoreConfig,
        matcher: EntityMatcher,
        want_items: bool = True,
    ):
        self.doc_ids, self.gold, self.pred, self.texts = list(doc_ids), list(gold), list(pred), list(texts)
        self.config, self.matcher = config, matcher
        self.schemes = tuple(parse_scheme(s) for s in config.all_schemes)
        from newsgold.scoring.count_log import CountLog, LoggedCounts

        self.log = CountLog(len(self.doc_ids))  # the counts of every document (scoring/count_log.py)
        self.results = [DocResult(d, LoggedCounts(self.log, i)) for i, d in enumerate(self.doc_ids)]
        self.want_items = want_items  # item rows (ItemMatch, StanceMatch): only for reports that list items
        self._mids: Any | None = None  # a numpy array

    @property
    def mids(self) -> Any | None:
        """The token middles of all texts in the engine's coordinates (for the ``token`` scheme)."""
        if self._mids is None and any(s.kind == "token" for s in self.schemes):
            self._mids = token_mid_line(self.texts)
        return self._mids

    def frags(self, spans: Sequence[Sequence[int]], d: int) -> Fragments:
        return canonical(spans, self.texts[d], self.config.normalize_boundaries)

    def spans(
        self,
        gold_items: list[list[tuple[Fragments, int, str]]],
        pred_items: list[list[tuple[Fragments, int, str]]],
        prefix: str,
        labels: Sequence[str] | None,
    ) -> tuple[SpanScores, SpanTable, SpanTable]:
        return self.score_spans(SpanTable.from_items(gold_items), SpanTable.from_items(pred_items), prefix, labels)

    def score_spans(
        self, gt: SpanTable, pt: SpanTable, prefix: str, labels: Sequence[str] | None
    ) -> tuple[SpanScores, SpanTable, SpanTable]:
        """Match two tables and add their per-document counts under ``prefix``."""
        scores = score_tables(gt, pt, [len(t) for t in self.texts], self.schemes, label_names=labels, line_mids=self.mids)
        import numpy as np

        keys = [f"{prefix}.{name}" for name in scores.columns]
        if keys and self.results:  # each document's non-zero cells, column by column
            self.log.add_matrix(keys, np.column_stack(list(scores.columns.values())).astype(np.float64))
        self.log.add_column(f"{prefix}.scored", np.arange(len(self.results)), 1.0)  # the layer scored, even when every count is 0
        return scores, gt, pt


def distinct_table(sides: Sequence[Sequence[Any]], get: Any, corpus: Corpus) -> SpanTable:
    """:func:`distinct_spans` of every document as one table, ``SpanTable.from_items`` of them
    (the same rows, ``origin`` the span's index among its document's distinct spans), without
    a tuple per span: the spans (one fragment each) are found distinct by one ``np.unique``.
    With boundary normalisation the spans are trimmed one by one through :func:`distinct_spans`."""
    import numpy as np

    if corpus.config.normalize_boundaries:
        return SpanTable.from_items([distinct_spans(side, get, corpus, d) for d, side in enumerate(sides)])
    from functools import partial
    from itertools import chain, repeat
    from operator import is_not

    counts = np.fromiter(map(len, sides), dtype=np.int64, count=len(sides))
    spans = list(map(get, chain.from_iterable(sides)))  # read as columns: no Python loop over the items
    present = np.fromiter(map(is_not, spans, repeat(None)), dtype=bool, count=len(spans))
    d_all = np.repeat(np.arange(len(sides), dtype=np.int64), counts)[present]
    given = list(filter(partial(is_not, None), spans))
    if not set(map(len, given)) <= {2}:
        raise ValueError("a span is [start, end]")
    pairs = np.fromiter(chain.from_iterable(given), dtype=np.int64, count=2 * len(given))
    s_all, e_all = pairs[0::2].copy(), pairs[1::2].copy()
    empty = e_all <= s_all  # canonical: no fragments, one distinct "span" of its document
    s_all[empty], e_all[empty] = -1, -1
    if not len(d_all):
        z = np.zeros(0, dtype=np.int64)
        return SpanTable(z, z, z, z, z, z)
    # the distinct (doc, start, end) rows sorted, each with the index of its first sight: what
    # ``np.unique(rows, axis=0, return_index=True)`` gives, by one stable lexsort of the columns
    # (np.unique sorts the rows as structured values, 4x slower)
    order = np.lexsort((e_all, s_all, d_all))
    d_o, s_o, e_o = d_all[order], s_all[order], e_all[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (d_o[1:] != d_o[:-1]) | (s_o[1:] != s_o[:-1]) | (e_o[1:] != e_o[:-1])
    uniq, first = np.stack([d_o[new], s_o[new], e_o[new]], axis=1), order[new]
    by_seen = np.lexsort((first, uniq[:, 0]))  # each document's distinct spans in order of first sight
    rank: np.ndarray = np.empty(len(uniq), dtype=np.int64)
    starts_of_doc = np.searchsorted(uniq[by_seen, 0], uniq[by_seen, 0], side="left")
    rank[by_seen] = np.arange(len(uniq)) - starts_of_doc
    keep = uniq[:, 1] >= 0
    uniq, rank = uniq[keep], rank[keep]
    n = len(uniq)
    return SpanTable(
        uniq[:, 0].copy(), np.zeros(n, dtype=np.int64), rank, np.arange(n, dtype=np.int64), uniq[:, 1].copy(), uniq[:, 2].copy()
    )


def distinct_spans(items: Sequence[Any], get: Any, corpus: Corpus, d: int) -> list[tuple[Fragments, int, str]]:
    """Cue or source spans, each distinct span once (one speaker mention may serve two quotes)."""
    seen: dict[Fragments, None] = {}
    for item in items:
        span = get(item)
        if span is not None:
            seen.setdefault(corpus.frags([span], d))
    return [(f, 0, "") for f in seen]


def attribution(matcher: EntityMatcher, gold: str | None, pred: str | None) -> str | None:
    if gold is None:
        return None if pred is None else "wrong"
    if pred is None:
        return "abstained"
    return "correct" if matcher.same(pred, gold) else "wrong"


def score_aligned(
    doc_ids: Sequence[str],
    gold: Sequence[DocAnnotation],
    pred: Sequence[DocAnnotation],
    texts: Sequence[str],
    config: ScoreConfig,
    matcher: EntityMatcher,
    items: bool = True,
) -> list[DocResult]:
    """Score documents given as aligned lists; one :class:`DocResult` per document (``items``:
    with its item rows, else counts only)."""
    corpus = Corpus(doc_ids, gold, pred, texts, config, matcher, items)
    for layer in registry:
        layer.score(corpus)
    return corpus.results
