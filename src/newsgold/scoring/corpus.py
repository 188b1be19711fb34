"""Corpus scores: micro from summed counts, macro over documents, bootstrap intervals.

Bootstrap resamples documents with replacement; because a document is a count vector, one
resample is a weighted sum of rows (one matrix product for all resamples), after which the same
:func:`metrics.headline` turns the sums into F-scores.  A resample in which a score is undefined
(NaN: e.g. no document with a "favor" stance was drawn) is left out of that score's interval;
a score undefined in every resample has no interval.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from newsgold.corpus import Document
from newsgold.layers import registry
from newsgold.schema import DocAnnotation, Entity
from newsgold.scoring import metrics
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.layers import score_aligned
from newsgold.scoring.results import DocResult


def gold_hash(gold: Mapping[str, DocAnnotation]) -> str:
    """sha256 of the canonical JSON of every gold document, in doc_id order (``dumps_line``'s
    text, written by msgspec where that gives the same bytes: :mod:`newsgold.scoring.canonical`)."""
    from newsgold.scoring.canonical import gold_hash as hashed

    return hashed(gold)


def _text(doc: Document | str) -> str:
    return doc if isinstance(doc, str) else doc.text


def match_document(
    gold: DocAnnotation, pred: DocAnnotation, text: str, config: ScoreConfig | None = None, entities: Iterable[Entity] | EntityMatcher = ()
) -> DocResult:
    """Score one document: its count vector plus item-level matches."""
    matcher = entities if isinstance(entities, EntityMatcher) else EntityMatcher(entities)
    return score_aligned([gold.doc_id], [gold], [pred], [text], config or ScoreConfig(), matcher)[0]


def score_document(
    gold: DocAnnotation, pred: DocAnnotation, text: str, config: ScoreConfig | None = None, entities: Iterable[Entity] | EntityMatcher = ()
) -> DocCounts:
    """The summable count vector of one document (``sum()`` them, then :func:`metrics.headline`)."""
    return match_document(gold, pred, text, config, entities).counts


@dataclass
class CorpusScores:
    """Scores of one prediction set against gold; ``headline()`` is the flat dict to compare runs on."""

    config: ScoreConfig
    docs: Sequence[DocResult]  # a list, or a run's results kept on disk (runs/spill.py)
    total: DocCounts
    micro: dict[str, float]
    macro: dict[str, float]
    ci: dict[str, tuple[float, float]]
    support: dict[str, float]
    breakdown: dict[str, dict[str, float]]
    layers: tuple[str, ...]
    not_predicted: tuple[str, ...]
    missing_docs: tuple[str, ...] = ()
    unscored_docs: tuple[str, ...] = ()
    n_corpus: int = 0  # documents in the corpus scored against: partial gold is said in every report
    hashed: str | Callable[[], str] | None = None  # the gold hash, or what computes it when first read
    per_doc: Mapping[str, dict[str, float]] = field(default_factory=dict)
    averaged: dict[str, list[str]] = field(default_factory=dict)

    @property
    def gold_hash(self) -> str | None:
        """sha256 of the gold scored against (:func:`gold_hash`); computed when first read, as
        the terminal table never shows it (a quarter of a second for 10,000 documents)."""
        if callable(self.hashed):
            self.hashed = self.hashed()
        return self.hashed

    def headline(self) -> dict[str, float]:
        """The micro scores; an undefined score (nothing in gold nor predictions) is NaN."""
        return dict(self.micro)

    def signature(self) -> str:
        return self.config.signature()

    def to_json(self, docs: bool = True) -> dict[str, Any]:
        """The JSON report's object; ``docs=False``: without its last key, ``docs`` (one
        :meth:`doc_json` per document), for a writer that takes them a few at a time."""
        from newsgold import __version__

        out: dict[str, Any] = {
            "signature": self.config.signature(),
            "config": {
                "schemes": list(self.config.schemes),
                "match_scheme": self.config.match_scheme,
                "normalize_boundaries": self.config.normalize_boundaries,
                "bootstrap": self.config.bootstrap,
                "seed": self.config.seed,
                "confidence": self.config.confidence,
                "version": __version__,
            },
            "gold_hash": self.gold_hash,
            "n_docs": len(self.docs),
            "layers": list(self.layers),
            "not_predicted": list(self.not_predicted),
            "missing_docs": list(self.missing_docs),
            "unscored_docs": list(self.unscored_docs),
            "micro": clean(self.micro),
            "macro": clean(self.macro),
            "averaged": self.averaged,
            "ci": {k: list(v) for k, v in self.ci.items()},
            "support": self.support,
            "breakdown": {k: clean(v) for k, v in self.breakdown.items()},
            "confusion": {k: metrics.as_json_confusion(c) for k, c in metrics.confusions(self.total).items()},
            "counts": self.total.values,
        }
        if docs:
            out["docs"] = [self.doc_json(d) for d in self.docs]
        return out

    def doc_json(self, d: DocResult) -> dict[str, Any]:
        """One entry of the report's ``docs``: the document's counts, items and scores."""
        return {**d.to_dict(), "scores": clean(self.per_doc.get(d.doc_id, {}))}


def clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """Scores for JSON: NaN (undefined) as None (``v != v``: NaN; 1.3M scores for 10,000 documents)."""
    return {k: (None if v != v else v) for k, v in values.items()}


def bootstrap(
    rows: Sequence[DocCounts],
    config: ScoreConfig,
    advance: Callable[[int], None] | None = None,
    matrix: tuple[list[str], Any, Any] | None = None,
) -> dict[str, tuple[float, float]]:
    """Percentile intervals of every headline F-score over documents resampled with replacement
    (``advance(k)``: k more resamples done; ``matrix``: ``metrics.count_matrix(rows)`` if at hand)."""
    if not rows or config.bootstrap == 0:
        return {}
    from newsgold.scoring import arrays, disk

    keys, counts, _ = matrix or metrics.count_matrix(rows)
    if isinstance(counts, disk.DiskMatrix) and not counts.exact:
        counts = counts.read(0, len(counts))  # fractional counts: summed in memory, as they always were (read once)
    # a whole-number matrix kept on disk (a large run) is summed block by block over every column
    used = None if isinstance(counts, disk.DiskMatrix) else needed_columns(keys, counts, config)
    with arrays.one_blas_thread():
        try:
            samples = _resampled(keys, counts, config, advance, used)
        except _Unexpected:  # (never, by the layers' contract) the same resamples over every column
            samples = _resampled(keys, counts, config, None, None)
    return arrays.percentile_intervals(samples, config.confidence)


def _resampled(keys: list[str], counts: Any, config: ScoreConfig, advance: Callable[[int], None] | None, used: Any) -> dict[str, Any]:
    """Every interval metric's value in every resample (``used``: :func:`needed_columns`)."""
    import numpy as np

    from newsgold.scoring import arrays, disk

    n = len(counts)
    parts: dict[str, list[Any]] = {}
    # on disk, the weights are multiplied a slice at a time (cast to float64 there, the same
    # values: whole numbers below 2**24): float32 halves the largest buffer of a large run
    dtype = np.float32 if isinstance(counts, disk.DiskMatrix) and n < 2**24 else np.float64
    if used is not None:  # weights drawn in the columns' type (float32: exact, whole numbers below 2**24), not cast per chunk
        dtype = used[1].dtype
    for weights in arrays.resample_weights(n, config.bootstrap, config.seed, dtype):
        if used is None:  # by blocks of documents when the matrix is on disk (scoring/disk.py)
            sums: Any = arrays.ArrayCounts(keys, disk.weighted_sums(weights, counts), n)
        else:
            sums = _Columns(keys, used[0], weights.astype(used[1].dtype, copy=False) @ used[1], n)
        for name, values in metrics.headline_arrays(sums, config, f_only=True).items():
            parts.setdefault(name, []).append(values)
        if advance is not None:
            advance(len(weights))
    return {k: np.concatenate(v) for k, v in parts.items()}


class _Unexpected(Exception):
    """A metric read a count the probe of :func:`needed_columns` did not see (never, by the
    layers' ``arrays`` contract: their metrics do arithmetic on columns, no branching on values)."""


class _Columns:
    """:class:`arrays.ArrayCounts` of some of the count keys: what the interval metrics read."""

    def __init__(self, keys: Sequence[str], used: Sequence[str], matrix: Any, n_docs: int):
        from newsgold.scoring.arrays import ArrayCounts

        self.all = ArrayCounts(keys, matrix[:0, :0], n_docs)  # the keys, for ``has`` and absent keys
        self.sub = ArrayCounts(used, matrix, n_docs)
        self.keys, self.rows, self.n_docs = self.all.keys, self.sub.rows, n_docs

    def __getitem__(self, key: str) -> Any:
        if key in self.sub.index:
            return self.sub[key]
        if key in self.all.index:
            raise _Unexpected(key)
        return self.sub.zeros

    def get(self, key: str, default: float = 0.0) -> Any:
        return self[key]

    def has(self, prefix: str) -> bool:
        return self.all.has(prefix)

    @property
    def columns(self) -> Any:
        raise _Unexpected("columns")


def needed_columns(keys: Sequence[str], counts: Any, config: ScoreConfig) -> tuple[list[str], Any] | None:
    """The count columns the interval metrics read (found by evaluating them once, on the column
    sums) and those columns, as float32 when that is exact, or None: all of them (a metric read
    every column).  Why: the resample sums ``weights @ counts`` were most of a bootstrap (1,000
    resamples x 10,000 documents x 218 keys: the metrics read 86).  Exact: the counts read are
    whole numbers and every sum of them is below 2**24 (float32) or 2**53, so any order of the
    additions, any kernel and any subset of columns gives the same bits as the full product."""
    import numpy as np

    from newsgold.scoring.arrays import ArrayCounts

    if any(not g.arrays and any(m.interval for m in g.metrics) for _, g in metrics._plan(config)):
        return None  # a metric computed row by row reads every column
    seen: list[str] = []

    class Probe(ArrayCounts):
        def __getitem__(self, key: str) -> Any:
            seen.append(key)
            return super().__getitem__(key)

    metrics.headline_arrays(Probe(keys, counts.sum(axis=0, keepdims=True), len(counts)), config, f_only=True)
    index = {k: i for i, k in enumerate(keys)}
    used = sorted({k for k in seen if k in index})
    cols, step, largest = [index[k] for k in used], metrics.COLUMN_BLOCK, 0.0
    for start in range(0, len(counts), step):  # checked a block of rows at a time: no copies of every row
        sub = counts[start : start + step, cols]
        if not np.array_equal(sub, np.floor(sub)) or not np.isfinite(sub).all():
            return None
        largest = max(largest, float(np.abs(sub).max(initial=0.0)))
    bound = largest * len(counts)  # no resample sum exceeds n x the largest count
    if bound >= 2.0**53:
        return None
    out = np.empty((len(counts), len(cols)), dtype=np.float32 if bound < 2.0**24 else np.float64)
    for start in range(0, len(counts), step):
        out[start : start + step] = counts[start : start + step, cols]
    return used, out


def score_corpus(
    gold: Mapping[str, DocAnnotation],
    pred: Mapping[str, DocAnnotation],
    docs: Mapping[str, Document | str],
    config: ScoreConfig | None = None,
    entities: Iterable[Entity] | EntityMatcher = (),
    only_common: bool = False,
    advance: Callable[[int], None] | None = None,
    items: bool = True,
) -> CorpusScores:
    """Score ``pred`` against ``gold`` on the gold documents (``items=False``: counts and
    scores only, no item rows: what the terminal table and Markdown need).

    A layer no prediction has (``None`` everywhere) is "not predicted", never zero.  A gold
    document without any prediction counts as predicting nothing for the predicted layers
    (unless ``only_common``: then only documents in both sets are scored, as for agreement).
    """
    config = config or ScoreConfig()
    matcher = entities if isinstance(entities, EntityMatcher) else EntityMatcher(entities)
    names = registry.names()
    predicted = tuple(layer for layer in names if any(getattr(p, layer) is not None for p in pred.values()))
    doc_ids = sorted(d for d in gold if d in pred or not only_common)
    unknown = [d for d in doc_ids if d not in docs]
    if unknown:
        raise ValueError(f"gold documents not in the corpus: {', '.join(unknown)}")
    missing = tuple(d for d in doc_ids if d not in pred)
    empty: dict[str, list[Any]] = {layer: [] for layer in predicted}
    preds = [pred.get(d) or DocAnnotation(d, items={name: empty.get(name) for name in names}) for d in doc_ids]
    results = score_aligned(doc_ids, [gold[d] for d in doc_ids], preds, [_text(docs[d]) for d in doc_ids], config, matcher, items)
    return assemble(
        results,
        config,
        not_predicted=tuple(name for name in names if name not in predicted),
        missing_docs=missing,
        unscored_docs=tuple(sorted(d for d in pred if d not in gold)),
        n_corpus=len(docs),
        gold_hash=partial(gold_hash, gold),
        advance=advance,
    )


def assemble(
    results: Sequence[DocResult],
    config: ScoreConfig,
    not_predicted: tuple[str, ...],
    missing_docs: tuple[str, ...],
    unscored_docs: tuple[str, ...],
    n_corpus: int,
    gold_hash: str | Callable[[], str] | None,
    advance: Callable[[int], None] | None = None,
    rows: Sequence[DocCounts] | None = None,
    doc_ids: Sequence[str] | Mapping[str, int] | None = None,
) -> CorpusScores:
    """Corpus scores from per-document results in doc_id order (scored in one go or partition by
    partition: the count vectors of a document do not depend on the others).  ``rows`` and
    ``doc_ids``: the results' count vectors and ids where the caller keeps them apart from the
    item rows (a streamed run: :mod:`newsgold.runs.spill`), read in order a few times; ``doc_ids``
    may map each id to its row already."""
    if rows is None:
        from newsgold.scoring.count_log import LoggedRows

        rows = [r.counts for r in results]
        rows = LoggedRows.of(rows) or rows  # counts kept as cells (scoring/count_log.py): the matrix from them
    matrix = metrics.count_matrix(rows) if rows else None
    total = DocCounts.total(rows) if matrix is None else metrics.total_of_matrix(rows, matrix)
    # the intervals first, then the per-document columns, then the matrix let go: the resample
    # sums, the columns and their copy by document are never held at once (each is a function of
    # the matrix alone, so the order changes no value)
    ci = bootstrap(rows, config, advance, matrix)
    columns = metrics.headline_columns(rows, config, matrix) if rows else {}
    matrix = None
    macro = metrics.macro_of_columns(columns)
    from newsgold.scoring.arrays import RowsOfColumns

    per_doc = RowsOfColumns([r.doc_id for r in results] if doc_ids is None else doc_ids, columns)  # each document's dict built when read
    del columns
    return CorpusScores(
        config=config,
        docs=results,
        total=total,
        micro=metrics.headline(total, config),
        macro=macro,
        ci=ci,
        support=metrics.supports(total, config),
        breakdown=metrics.breakdown(total, config),
        layers=metrics.scored_layers(total),
        not_predicted=not_predicted,
        missing_docs=missing_docs,
        unscored_docs=unscored_docs,
        n_corpus=n_corpus,
        hashed=gold_hash,
        per_doc=per_doc,
        averaged=metrics.averaged_classes(total),
    )
