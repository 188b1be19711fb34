"""Span layers' counts from arrays: the same counts, in the same key order, as the row-by-row
loop they replace (kept here as the reference), and the same item rows."""

from __future__ import annotations

import random
from typing import Any

import pytest

import newsgold.scoring.span_rows as span_rows
from newsgold.layers.claims import CLAIM_KINDS, YES, Claim
from newsgold.layers.quotes import QUOTE_TYPES, Quote, Source
from newsgold.schema import DocAnnotation, Entity
from newsgold.scoring import ScoreConfig
from newsgold.scoring.counts import DocCounts
from newsgold.scoring.engine import SpanScores, SpanTable
from newsgold.scoring.entities import EntityMatcher
from newsgold.scoring.layers import add_confusion, attribution

# The row-by-row reference, as src/newsgold/scoring/layers.py had it before the counts came from arrays.


def pairs(
    scores: SpanScores, gt: SpanTable, pt: SpanTable, n_docs: int, match_scheme: str
) -> list[list[tuple[int | None, int | None, int, dict[str, str], bool]]]:
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
    names = list(fates)
    # each item's fate under every scheme as one tuple, and the tables' columns as lists: the
    # loop below then indexes Python lists (85k rows for 10,000 documents)
    gold_fates = list(zip(*(map(str, f[0].tolist()) for f in fates.values()))) if names else []
    pred_fates = list(zip(*(map(str, f[1].tolist()) for f in fates.values()))) if names else []
    gold_doc, pred_doc = gt.item_doc.tolist(), pt.item_doc.tolist()
    gold_origin, pred_origin = gt.origin.tolist(), pt.origin.tolist()
    for g, p, ov, matched in scores.rows(match_scheme):
        if g is not None:
            outcome = dict(zip(names, gold_fates[g])) if names else {}
            doc = gold_doc[g]
        else:
            assert p is not None  # a row has a gold item, a prediction or both
            outcome = dict(zip(names, pred_fates[p])) if names else {}
            doc = pred_doc[p]
        per_doc[doc].append((gold_origin[g] if g is not None else None, pred_origin[p] if p is not None else None, ov, outcome, matched))
    return per_doc


def count_attribution(counts: DocCounts, prefix: str, status: str | None, gold: str | None) -> bool:
    """Count one matched item's speaker/claimant; returns whether it is right end to end."""
    if gold is not None:
        counts.add(f"{prefix}.n")
        counts.add(f"{prefix}.answered", float(status != "abstained"))
        counts.add(f"{prefix}.correct", float(status == "correct"))
    return status in (None, "correct")


def pair_order(row: tuple[int | None, int | None, int, dict[str, str], bool]) -> tuple[int, int]:
    g, p = row[0], row[1]
    return (g if g is not None else 1 << 30, p if p is not None else 1 << 30)


TEXT = " ".join(f"w{i:02d}" for i in range(60))  # 60 four-character words
SPEAKERS = ("ann", "bob", "Ann", None)
MATCHER = EntityMatcher([Entity("ann", "Ann Lee", ("Ann",), "person"), Entity("bob", "Bob", (), "person")])


def frags(rng: random.Random) -> list[tuple[int, int]]:
    out, at = [], rng.randrange(0, 40)
    for _ in range(rng.choice((1, 1, 1, 2))):
        end = min(at + rng.randrange(2, 30), len(TEXT))
        if at >= end:
            break
        out.append((at, end))
        at = end + rng.randrange(1, 20)
        if at >= len(TEXT) - 2:
            break
    return out


def span_or_none(rng: random.Random) -> tuple[int, int] | None:
    if rng.random() < 0.3:
        return None
    s = rng.randrange(0, len(TEXT) - 5)
    return (s, s + rng.randrange(1, 5))


def annotation(rng: random.Random, doc_id: str, side: str) -> DocAnnotation:
    quotes = [
        Quote(f"{side}q{i}", rng.choice(QUOTE_TYPES), frags(rng), Source(span_or_none(rng), rng.choice(SPEAKERS)), span_or_none(rng))
        for i in range(rng.randrange(0, 7))
    ]
    claims = [
        Claim(f"{side}c{i}", frags(rng), rng.choice(SPEAKERS), rng.choice(CLAIM_KINDS), rng.random() < 0.5)
        for i in range(rng.randrange(0, 6))
    ]
    return DocAnnotation(doc_id, quotes=None if rng.random() < 0.1 else quotes, claims=None if rng.random() < 0.1 else claims, stances=None)


def reference_counts(layer, corpus, active, golds, preds, scores, gt, pt):
    """The row-by-row loop of SpanLayer.score before the counts came from arrays (counts only)."""
    per_doc = pairs(scores, gt, pt, len(corpus.doc_ids), corpus.config.match_scheme)
    prefix = f"{layer.name}.{layer.who_part}"
    for d in active:
        counts = corpus.results[d].counts
        if layer.name == "quotes":
            counts.add("quotes.e2e.gold", float(len(golds[d])))
            counts.add("quotes.e2e.pred", float(len(preds[d])))
        cw_g: list[str] = []
        cw_p: list[str] = []
        labels_g: list[str] = []
        labels_p: list[str] = []
        for g, p, _ov, _outcome, matched in sorted(per_doc[d], key=pair_order):
            gi = golds[d][g] if g is not None else None
            pi = preds[d][p] if p is not None else None
            if matched and gi is not None and pi is not None:
                gold_who = layer.who(gi)
                status = attribution(corpus.matcher, gold_who, layer.who(pi))
                right = count_attribution(counts, prefix, status, gold_who)
                labels_g.append(layer.label(gi))
                labels_p.append(layer.label(pi))
                if layer.name == "quotes":
                    counts.add("quotes.e2e.cor", float(right))
                else:
                    cw_g.append(YES[gi.checkworthy])
                    cw_p.append(YES[pi.checkworthy])
            elif layer.name == "claims":
                if gi is not None:
                    cw_g.append(YES[gi.checkworthy])
                    cw_p.append("none")
                if pi is not None:
                    cw_g.append("none")
                    cw_p.append(YES[pi.checkworthy])
        add_confusion(counts, f"{layer.name}.{layer.label_part}", labels_g, labels_p, layer.labels)
        if layer.name == "claims":
            add_confusion(counts, "claims.checkworthy", cw_g, cw_p, ("yes", "no", "none"))
            counts.add("claims.checkworthy.scored", 1.0)
        counts.add(f"{layer.name}.{layer.label_part}.scored", 1.0)


def predicted(rng: random.Random, gold: DocAnnotation) -> DocAnnotation:
    """Random predictions, half of them copies of gold items (same fragments, other labels or
    speakers at times), so that every match scheme pairs some."""
    own = annotation(rng, gold.doc_id, "p")
    quotes = [
        Quote(f"pq{q.id}", rng.choice(QUOTE_TYPES), list(q.content), Source(q.source.span, rng.choice((q.source.entity, *SPEAKERS))), q.cue)
        for q in gold.quotes or []
        if rng.random() < 0.5
    ]
    claims = [
        Claim(f"pc{c.id}", list(c.span), rng.choice((c.claimant, *SPEAKERS)), rng.choice(CLAIM_KINDS), rng.random() < 0.5)
        for c in gold.claims or []
        if rng.random() < 0.5
    ]
    return DocAnnotation(
        gold.doc_id,
        quotes=None if own.quotes is None else quotes + own.quotes,
        claims=None if own.claims is None else claims + own.claims,
        stances=None,
    )


def corpus_of(seed: int):
    rng = random.Random(seed)
    ids = [f"d{i:02d}" for i in range(1 + seed % 9)]
    golds = [annotation(rng, d, "g") for d in ids]
    return ids, golds, [predicted(rng, g) for g in golds], [TEXT] * len(ids)


@pytest.mark.parametrize("scheme", ["coverage:0.3", "exact", "strict"])
@pytest.mark.parametrize("seed", range(25))
def test_counts_from_arrays_equal_the_row_loop_in_key_order(seed, scheme, monkeypatch):
    from newsgold.scoring.layers import score_aligned

    config = ScoreConfig(match_scheme=scheme, bootstrap=0)
    fast = score_aligned(*corpus_of(seed), config, MATCHER)
    monkeypatch.setattr(span_rows, "count_span_layer", reference_counts)
    slow = score_aligned(*corpus_of(seed), config, MATCHER)
    assert [list(r.counts.values.items()) for r in fast] == [list(r.counts.values.items()) for r in slow]


@pytest.mark.parametrize("scheme", ["coverage:0.3", "exact", "strict"])
def test_the_random_corpora_exercise_every_part(scheme):
    from newsgold.scoring.layers import score_aligned

    config = ScoreConfig(match_scheme=scheme, bootstrap=0)
    results = [r for seed in range(25) for r in score_aligned(*corpus_of(seed), config, MATCHER)]
    for key in ("quotes.speaker.n", "quotes.speaker.correct", "claims.claimant.n", "quotes.e2e.cor", "claims.checkworthy.yes.none"):
        assert sum(r.counts[key] for r in results) > 0, key
    # documents whose first matched quote has no gold speaker (e2e before speaker in key order)
    firsts = {
        next(k for k in r.counts.values if k in ("quotes.e2e.cor", "quotes.speaker.n"))
        for r in results
        if "quotes.e2e.cor" in r.counts.values
    }
    assert firsts == {"quotes.e2e.cor", "quotes.speaker.n"}
    assert {m.kind for r in results for m in r.items} == {"tp", "fn", "fp", "boundary"}
    assert {m.attribution for r in results for m in r.items} == {None, "correct", "wrong", "abstained"}


@pytest.mark.parametrize("seed", range(10))
def test_counts_without_item_rows_are_the_same(seed):
    from newsgold.scoring.layers import score_aligned

    config = ScoreConfig(bootstrap=0)
    full = score_aligned(*corpus_of(seed), config, MATCHER)
    bare = score_aligned(*corpus_of(seed), config, MATCHER, items=False)
    assert [list(r.counts.values.items()) for r in full] == [list(r.counts.values.items()) for r in bare]
    assert all(not r.items for r in bare) and any(r.items for r in full)


def reference_items(layer, corpus, active, golds, preds, scores, gt, pt):
    """The item rows as the per-document loop built them (layers.pairs, sorted by pair_order)."""
    from newsgold.scoring.results import item_match

    per_doc = pairs(scores, gt, pt, len(corpus.doc_ids), corpus.config.match_scheme)
    for d in active:
        for g, p, ov, outcome, matched in sorted(per_doc[d], key=pair_order):
            gi = golds[d][g] if g is not None else None
            pi = preds[d][p] if p is not None else None
            status = None
            if matched and gi is not None and pi is not None:
                status = attribution(corpus.matcher, layer.who(gi), layer.who(pi))
            ids = (gi.id if gi else None, pi.id if pi else None)
            labels = (layer.label(gi) if gi else None, layer.label(pi) if pi else None)
            corpus.results[d].items.append(item_match(layer.name, g, p, *ids, ov, outcome, matched, status, *labels))


@pytest.mark.parametrize("scheme", ["coverage:0.3", "exact", "token"])
@pytest.mark.parametrize("seed", range(20))
def test_item_rows_from_arrays_equal_the_per_document_loop(seed, scheme, monkeypatch):
    from newsgold.scoring.layers import score_aligned

    config = ScoreConfig(match_scheme=scheme, bootstrap=0)
    fast = score_aligned(*corpus_of(seed), config, MATCHER)
    monkeypatch.setattr(span_rows, "span_items", reference_items)
    slow = score_aligned(*corpus_of(seed), config, MATCHER)
    assert [[m.to_dict() for m in r.items] for r in fast] == [[m.to_dict() for m in r.items] for r in slow]
