"""Per-layer scoring of aligned document lists into count vectors and item matches.

Spans of all documents go through :mod:`engine` at once; the attributes of matched items
(speaker, type, claimant, kind, checkworthiness) and the stance pairs are then counted per
document.  Confusion matrices come from ``sklearn.metrics.confusion_matrix`` with fixed labels,
so they add up across documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.schema import CLAIM_KINDS, DOCUMENT_HOLDER, QUOTE_TYPES, STANCE_LABELS, DocAnnotation
from newsgold.scoring.config import ScoreConfig, parse_scheme
from newsgold.scoring.counts import NONE_LABEL, DocCounts
from newsgold.scoring.engine import SpanScores, SpanTable, score_tables
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.results import DocResult, ItemMatch, StanceMatch
from newsgold.scoring.spans import Fragments, canonical, token_mids

CHECKWORTHY_LABELS = ("yes", "no", NONE_LABEL)
STANCE_PAIR_LABELS = (*STANCE_LABELS, NONE_LABEL)


def add_confusion(counts: DocCounts, prefix: str, gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> None:
    """Add a confusion matrix (rows gold, columns prediction) under ``prefix.<gold>.<pred>``."""
    if not gold:
        return
    from sklearn.metrics import confusion_matrix

    matrix = confusion_matrix(list(gold), list(pred), labels=list(labels))
    for i, g in enumerate(labels):
        for j, p in enumerate(labels):
            if matrix[i, j]:
                counts.add(f"{prefix}.{g}.{p}", float(matrix[i, j]))


class _Corpus:
    """Aligned gold/prediction documents plus what scoring needs to know about their texts."""

    def __init__(self, doc_ids: Sequence[str], gold: Sequence[DocAnnotation], pred: Sequence[DocAnnotation],
                 texts: Sequence[str], config: ScoreConfig, matcher: EntityMatcher):
        self.doc_ids, self.gold, self.pred, self.texts = list(doc_ids), list(gold), list(pred), list(texts)
        self.config, self.matcher = config, matcher
        self.schemes = tuple(parse_scheme(s) for s in config.all_schemes)
        self.results = [DocResult(d, DocCounts()) for d in self.doc_ids]
        self._mids: list[list[int]] | None = None

    @property
    def mids(self) -> list[list[int]] | None:
        if self._mids is None and any(s.kind == "token" for s in self.schemes):
            self._mids = [token_mids(t) for t in self.texts]
        return self._mids

    def frags(self, spans: Sequence[Sequence[int]], d: int) -> Fragments:
        return canonical(spans, self.texts[d], self.config.normalize_boundaries)

    def spans(self, gold_items: list[list[tuple[Fragments, int, str]]], pred_items: list[list[tuple[Fragments, int, str]]],
              prefix: str, labels: Sequence[str] | None) -> tuple[SpanScores, SpanTable, SpanTable]:
        gt, pt = SpanTable.from_items(gold_items), SpanTable.from_items(pred_items)
        scores = score_tables(gt, pt, [len(t) for t in self.texts], self.schemes, label_names=labels, mids=self.mids)
        for name, column in scores.columns.items():
            for d, value in enumerate(column):
                if value:
                    self.results[d].counts.add(f"{prefix}.{name}", float(value))
        for d in range(len(self.doc_ids)):  # mark the layer as scored even when every count is 0
            self.results[d].counts.add(f"{prefix}.scored", 1.0)
        return scores, gt, pt


def _pairs(scores: SpanScores, gt: SpanTable, pt: SpanTable, n_docs: int, match_scheme: str) -> list[list[tuple[int | None, int | None, int, dict[str, str], bool]]]:
    """Per document: (gold index, pred index, overlap, outcome per scheme, matched) incl. misses.

    The rows are the match scheme's own matching (:meth:`SpanScores.rows`), so speaker,
    claimant, type, kind and checkworthiness are judged on exactly the pairs the headline
    scheme counts as found.  ``outcome[s]`` is what scheme ``s`` made of the row's gold item
    (of its prediction, for a prediction alone): ``cor``/``inc``/``par`` when ``s`` paired it
    (each scheme has its own optimal matching, so possibly with another partner), ``mis`` or
    ``spu`` when ``s`` left it unpaired.
    """
    per_doc: list[list[Any]] = [[] for _ in range(n_docs)]
    fates = {name: scores.fates(name) for name in scores.matches}
    for g, p, ov, matched in scores.rows(match_scheme):
        if g is not None:
            outcome = {n: str(f[0][g]) for n, f in fates.items()}
            doc = int(gt.item_doc[g])
        else:
            outcome = {n: str(f[1][p]) for n, f in fates.items()}
            doc = int(pt.item_doc[p])
        per_doc[doc].append((
            int(gt.origin[g]) if g is not None else None, int(pt.origin[p]) if p is not None else None, ov, outcome, matched,
        ))
    return per_doc


def _distinct_spans(items: Sequence[Any], get: Any, corpus: _Corpus, d: int) -> list[tuple[Fragments, int, str]]:
    """Cue or source spans, each distinct span once (one speaker mention may serve two quotes)."""
    seen: dict[Fragments, None] = {}
    for item in items:
        span = get(item)
        if span is not None:
            seen.setdefault(corpus.frags([span], d))
    return [(f, 0, "") for f in seen]


def _attribution(matcher: EntityMatcher, gold: str | None, pred: str | None) -> str | None:
    if gold is None:
        return None if pred is None else "wrong"
    if pred is None:
        return "abstained"
    return "correct" if matcher.same(pred, gold) else "wrong"


def _count_attribution(counts: DocCounts, prefix: str, status: str | None, gold: str | None) -> bool:
    """Count one matched item's speaker/claimant; returns whether it is right end to end."""
    if gold is not None:
        counts.add(f"{prefix}.n")
        counts.add(f"{prefix}.answered", float(status != "abstained"))
        counts.add(f"{prefix}.correct", float(status == "correct"))
    return status in (None, "correct")


def score_quotes(corpus: _Corpus) -> None:
    active = [d for d in range(len(corpus.doc_ids)) if corpus.pred[d].quotes is not None and corpus.gold[d].quotes is not None]
    if not active:
        return
    code = {t: i for i, t in enumerate(QUOTE_TYPES)}
    golds = [corpus.gold[d].quotes or [] if d in active else [] for d in range(len(corpus.doc_ids))]
    preds = [corpus.pred[d].quotes or [] if d in active else [] for d in range(len(corpus.doc_ids))]
    content = corpus.spans(
        [[(corpus.frags(q.content, d), code[q.type], q.id) for q in golds[d]] for d in range(len(golds))],
        [[(corpus.frags(q.content, d), code[q.type], q.id) for q in preds[d]] for d in range(len(preds))],
        "quotes.content", QUOTE_TYPES,
    )
    for part, get in (("cue", lambda q: q.cue), ("source", lambda q: q.source.span)):
        corpus.spans(
            [_distinct_spans(golds[d], get, corpus, d) for d in range(len(golds))],
            [_distinct_spans(preds[d], get, corpus, d) for d in range(len(preds))],
            f"quotes.{part}", None,
        )
    per_doc = _pairs(*content, len(golds), corpus.config.match_scheme)
    for d in active:
        counts, result = corpus.results[d].counts, corpus.results[d]
        counts.add("quotes.e2e.gold", float(len(golds[d])))
        counts.add("quotes.e2e.pred", float(len(preds[d])))
        types_g, types_p = [], []
        for g, p, ov, outcome, matched in sorted(per_doc[d], key=_pair_order):
            gq = golds[d][g] if g is not None else None
            pq = preds[d][p] if p is not None else None
            status = None
            if matched and gq is not None and pq is not None:
                status = _attribution(corpus.matcher, gq.source.entity, pq.source.entity)
                counts.add("quotes.e2e.cor", float(_count_attribution(counts, "quotes.speaker", status, gq.source.entity)))
                types_g.append(gq.type)
                types_p.append(pq.type)
            result.items.append(ItemMatch(
                "quotes", g, p, gq.id if gq else None, pq.id if pq else None, ov, outcome, matched, status,
                gq.type if gq else None, pq.type if pq else None,
            ))
        add_confusion(counts, "quotes.type", types_g, types_p, QUOTE_TYPES)
        counts.add("quotes.type.scored", 1.0)


def score_claims(corpus: _Corpus) -> None:
    active = [d for d in range(len(corpus.doc_ids)) if corpus.pred[d].claims is not None and corpus.gold[d].claims is not None]
    if not active:
        return
    code = {k: i for i, k in enumerate(CLAIM_KINDS)}
    golds = [corpus.gold[d].claims or [] if d in active else [] for d in range(len(corpus.doc_ids))]
    preds = [corpus.pred[d].claims or [] if d in active else [] for d in range(len(corpus.doc_ids))]
    spans = corpus.spans(
        [[(corpus.frags(c.span, d), code[c.kind], c.id) for c in golds[d]] for d in range(len(golds))],
        [[(corpus.frags(c.span, d), code[c.kind], c.id) for c in preds[d]] for d in range(len(preds))],
        "claims.span", CLAIM_KINDS,
    )
    per_doc = _pairs(*spans, len(golds), corpus.config.match_scheme)
    yes = {True: "yes", False: "no"}
    for d in active:
        counts, result = corpus.results[d].counts, corpus.results[d]
        kinds_g, kinds_p, cw_g, cw_p = [], [], [], []
        for g, p, ov, outcome, matched in sorted(per_doc[d], key=_pair_order):
            gc = golds[d][g] if g is not None else None
            pc = preds[d][p] if p is not None else None
            status = None
            if matched and gc is not None and pc is not None:
                status = _attribution(corpus.matcher, gc.claimant, pc.claimant)
                _count_attribution(counts, "claims.claimant", status, gc.claimant)
                kinds_g.append(gc.kind)
                kinds_p.append(pc.kind)
                cw_g.append(yes[gc.checkworthy])
                cw_p.append(yes[pc.checkworthy])
            else:  # an unmatched item is checkworthy-or-not against nothing
                if gc is not None:
                    cw_g.append(yes[gc.checkworthy])
                    cw_p.append(NONE_LABEL)
                if pc is not None:
                    cw_g.append(NONE_LABEL)
                    cw_p.append(yes[pc.checkworthy])
            result.items.append(ItemMatch(
                "claims", g, p, gc.id if gc else None, pc.id if pc else None, ov, outcome, matched, status,
                gc.kind if gc else None, pc.kind if pc else None,
            ))
        add_confusion(counts, "claims.kind", kinds_g, kinds_p, CLAIM_KINDS)
        add_confusion(counts, "claims.checkworthy", cw_g, cw_p, CHECKWORTHY_LABELS)
        counts.add("claims.kind.scored", 1.0)
        counts.add("claims.checkworthy.scored", 1.0)


def score_stances(corpus: _Corpus) -> None:
    """Pairs match on (holder, target) within a document; a free-text predicted holder takes
    the id of the gold holder (same target) it names.

    Two predictions that end up on the same (holder, target) pair (e.g. "Khatibzadeh" and
    "Saeed Khatibzadeh" both resolving to ``khatibzadeh``) state two stances for one pair: one
    of them is scored against the gold pair (the one written as the id itself if any, else the
    first by written holder and label), every other one counts as a *spurious* pair
    (gold ``none``), so a prediction cannot hedge by naming one holder twice.  The extra ones
    are reported as :class:`StanceMatch` rows under the holder as written, with
    ``duplicate_of`` naming the pair they collided with.
    """
    for d in range(len(corpus.doc_ids)):
        gold_items, pred_items = corpus.gold[d].stances, corpus.pred[d].stances
        if gold_items is None or pred_items is None:
            continue
        gold = {(s.holder, s.target): s.label for s in gold_items}
        resolved = []
        for s in pred_items:
            holder = s.holder
            if holder != DOCUMENT_HOLDER and (holder, s.target) not in gold:
                named = sorted(h for h, t in gold if t == s.target and h != DOCUMENT_HOLDER and corpus.matcher.same(holder, h))
                holder = named[0] if named else holder
            resolved.append((holder, s.target, s.holder, s.label))
        # order-independent choice of the one that stands for the pair: as written first, then by text
        resolved.sort(key=lambda r: (r[0], r[1], r[2] != r[0], r[2], r[3]))
        pred: dict[tuple[str, str], tuple[str, str]] = {}
        extra: list[tuple[str, str, str, str]] = []
        for holder, target, written, label in resolved:
            if (holder, target) in pred:
                extra.append((holder, target, written, label))
            else:
                pred[(holder, target)] = (label, written)
        counts, result = corpus.results[d].counts, corpus.results[d]
        by_level: dict[str, tuple[list[str], list[str]]] = {"document": ([], []), "holder": ([], [])}
        for key in sorted(set(gold) | set(pred)):
            level = "document" if key[0] == DOCUMENT_HOLDER else "holder"
            g = gold.get(key)
            p, written = pred.get(key, (None, None))
            by_level[level][0].append(g or NONE_LABEL)
            by_level[level][1].append(p or NONE_LABEL)
            result.stances.append(StanceMatch(level, key[0], key[1], g, p, written if written != key[0] else None))
        for holder, target, written, label in extra:
            level = "document" if holder == DOCUMENT_HOLDER else "holder"
            by_level[level][0].append(NONE_LABEL)
            by_level[level][1].append(label)
            result.stances.append(StanceMatch(level, written, target, None, label, None, duplicate_of=holder))
        for level, (ys_g, ys_p) in by_level.items():
            add_confusion(counts, f"stance.{level}", ys_g, ys_p, STANCE_PAIR_LABELS)
            counts.add(f"stance.{level}.scored", 1.0)


def _pair_order(row: tuple[int | None, int | None, int, dict[str, str], bool]) -> tuple[int, int]:
    g, p = row[0], row[1]
    return (g if g is not None else 1 << 30, p if p is not None else 1 << 30)


def score_aligned(doc_ids: Sequence[str], gold: Sequence[DocAnnotation], pred: Sequence[DocAnnotation],
                  texts: Sequence[str], config: ScoreConfig, matcher: EntityMatcher) -> list[DocResult]:
    """Score documents given as aligned lists; one :class:`DocResult` per document."""
    corpus = _Corpus(doc_ids, gold, pred, texts, config, matcher)
    score_quotes(corpus)
    score_claims(corpus)
    score_stances(corpus)
    return corpus.results
