"""Scoring annotation sets against gold: the stable public API.

>>> scores = score_corpus(gold, pred, docs, ScoreConfig(), entities)   # doctest: +SKIP
>>> scores.headline()["quotes.content.coverage:0.3.f1"]                 # doctest: +SKIP

Each document gives a summable :class:`DocCounts`; corpus scores come from summed counts
(micro), from the mean over documents (macro) and from bootstrap resamples of documents (CI).
Nothing here imports numpy, scipy or scikit-learn at import time.
"""

from newsgold.scoring.config import DEFAULT_SCHEMES, HEADLINE_SCHEME, Scheme, ScoreConfig, parse_scheme
from newsgold.scoring.corpus import CorpusScores, gold_hash, match_document, score_corpus, score_document
from newsgold.scoring.counts import Confusion, DocCounts, SpanCounts, prf
from newsgold.scoring.engine import SpanScores, SpanTable, score_tables
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.metrics import breakdown, headline
from newsgold.scoring.results import DocResult, ItemMatch, StanceMatch
from newsgold.scoring.span_lists import score_span_lists, span_table

__all__ = [
    "DEFAULT_SCHEMES",
    "HEADLINE_SCHEME",
    "Confusion",
    "CorpusScores",
    "DocCounts",
    "DocResult",
    "EntityMatcher",
    "ItemMatch",
    "Scheme",
    "ScoreConfig",
    "SpanCounts",
    "SpanScores",
    "SpanTable",
    "StanceMatch",
    "breakdown",
    "gold_hash",
    "headline",
    "match_document",
    "parse_scheme",
    "prf",
    "score_corpus",
    "score_document",
    "score_span_lists",
    "score_tables",
    "span_table",
]
