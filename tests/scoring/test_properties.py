"""Properties: order does not matter, perfect predictions score 1, every score is in [0, 1]."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance
from newsgold.scoring import ScoreConfig, score_corpus

TEXT = "He said “we will not talk” 🇺🇸 and she said the deal is done, officials added. " * 2
CFG = ScoreConfig(bootstrap=0)


@st.composite
def fragments(draw):
    n = draw(st.integers(1, 3))
    cuts = sorted(draw(st.lists(st.integers(0, len(TEXT)), min_size=2 * n, max_size=2 * n, unique=True)))
    return [(cuts[2 * i], cuts[2 * i + 1]) for i in range(n)]


@st.composite
def annotation(draw, doc_id="d"):
    quotes = [
        Quote(
            f"q{i}",
            draw(st.sampled_from(["direct", "indirect", "mixed"])),
            draw(fragments()),
            Source(None, draw(st.sampled_from([None, "a", "b"]))),
            None,
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    claims = [
        Claim(
            f"c{i}",
            draw(fragments()),
            draw(st.sampled_from([None, "a"])),
            draw(st.sampled_from(["factual", "evaluative"])),
            draw(st.booleans()),
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    keys = draw(st.lists(st.tuples(st.sampled_from(["@document", "a", "b"]), st.sampled_from(["t1", "t2"])), unique=True, max_size=4))
    stances = [Stance(h, t, draw(st.sampled_from(["favor", "against", "neutral"]))) for h, t in keys]
    return DocAnnotation(doc_id, quotes, claims, stances)


def shuffled(doc: DocAnnotation, rnd) -> DocAnnotation:
    return DocAnnotation(
        doc.doc_id,
        rnd.sample(doc.quotes, len(doc.quotes)),
        rnd.sample(doc.claims, len(doc.claims)),
        rnd.sample(doc.stances, len(doc.stances)),
    )


@settings(max_examples=60, deadline=None)
@given(annotation(), annotation(), st.randoms(use_true_random=False))
def test_invariant_to_input_order_and_bounded(gold, pred, rnd):
    a = score_corpus({"d": gold}, {"d": pred}, {"d": TEXT}, CFG)
    b = score_corpus({"d": shuffled(gold, rnd)}, {"d": shuffled(pred, rnd)}, {"d": TEXT}, CFG)
    assert a.total.values == b.total.values
    assert a.micro.keys() == b.micro.keys()
    assert all(x == y or (math.isnan(x) and math.isnan(y)) for x, y in zip(a.micro.values(), b.micro.values()))
    assert all(math.isnan(v) or 0.0 <= v <= 1.0 for v in a.micro.values())
    assert all(math.isnan(v) or 0.0 <= v <= 1.0 for v in a.macro.values())
    for layer, items in (("quotes.content", gold.quotes + pred.quotes), ("claims.span", gold.claims + pred.claims)):
        # a span score is undefined exactly when neither side has a span
        assert math.isnan(a.micro[f"{layer}.exact.f1"]) == (not items)


@settings(max_examples=40, deadline=None)
@given(annotation(), st.randoms(use_true_random=False))
def test_perfect_prediction_scores_one(gold, rnd):
    s = score_corpus({"d": gold}, {"d": shuffled(gold, rnd)}, {"d": TEXT}, CFG)
    assert all(v == 1.0 for v in s.micro.values() if not math.isnan(v)), {k: v for k, v in s.micro.items() if v != 1.0}
    # undefined only where gold has nothing to score (in tokens, a span may hold no word middle)
    chars = [x for x in CFG.schemes if x != "token"]
    if gold.quotes:
        assert all(s.micro[f"quotes.content.{x}.f1"] == 1.0 for x in chars)
        assert s.micro["quotes.type.accuracy"] == 1.0
    if any(q.source.entity for q in gold.quotes):
        assert s.micro["quotes.speaker.accuracy"] == 1.0
    if gold.claims:
        assert all(s.micro[f"claims.span.{x}.f1"] == 1.0 for x in chars)
    for level, has in (
        ("document", any(x.holder == "@document" for x in gold.stances)),
        ("holder", any(x.holder != "@document" for x in gold.stances)),
    ):
        assert math.isnan(s.micro[f"stances.{level}.pair.f1"]) == (not has)
        if has:
            assert s.micro[f"stances.{level}.macro_f1"] == 1.0
    if any(x.label in ("favor", "against") for x in gold.stances):
        assert any(s.micro[f"stances.{lvl}.f_avg"] == 1.0 for lvl in ("document", "holder"))


def _brute_force(edges: list[tuple[int, int, int]], n_gold: int) -> tuple[int, int]:
    """(most pairs, most total overlap among matchings with that many pairs) by enumeration."""
    best = (0, 0)

    def go(g: int, used: frozenset, pairs: int, total: int) -> None:
        nonlocal best
        if g == n_gold:
            best = max(best, (pairs, total))
            return
        go(g + 1, used, pairs, total)
        for gg, p, ov in edges:
            if gg == g and p not in used:
                go(g + 1, used | {p}, pairs + 1, total + ov)

    go(0, frozenset(), 0, 0)
    return best


@st.composite
def small_spans(draw, max_n=5):
    out = []
    for _ in range(draw(st.integers(0, max_n))):
        s = draw(st.integers(0, 40))
        out.append((s, s + draw(st.integers(1, 25))))
    return out


@settings(max_examples=300, deadline=None)
@given(small_spans(), small_spans(), st.sampled_from([0.1, 0.3, 0.5, 0.8, 1.0]))
def test_coverage_matching_is_a_maximum_matching(gold, pred, tau):
    from newsgold.scoring.config import parse_scheme
    from newsgold.scoring.engine import SpanTable, score_tables

    name = f"coverage:{tau:g}"
    table = lambda spans: SpanTable.from_items([[(((s, e),), 0, str(i)) for i, (s, e) in enumerate(spans)]])
    scores = score_tables(table(gold), table(pred), [80], [parse_scheme(name)])
    m = scores.matches[name]
    # brute force on the same spans (canonical order does not matter for counts)
    edges = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and ov / (ge - gs) >= tau and ov / (pe - ps) >= tau:
                edges.append((i, j, ov))
    pairs, total = _brute_force(edges, len(gold))
    assert len(m.gold) == pairs
    assert int(m.overlap.sum()) == total  # tie-break: the most overlap among maximum matchings
    assert scores.columns[f"{name}.cor"].sum() == pairs
    assert len(set(m.gold.tolist())) == len(m.gold) and len(set(m.pred.tolist())) == len(m.pred)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(annotation(), annotation()), min_size=1, max_size=6), st.integers(0, 2**31))
def test_bootstrap_over_the_columns_read_equals_every_column(pairs, seed):
    """The resample sums of only the columns the interval metrics read (float32 when exact) give
    the intervals of the full product, to the bit (partial and token schemes: half and fractional credits)."""
    import numpy as np

    from newsgold.scoring import corpus as C
    from newsgold.scoring.arrays import percentile_intervals
    from newsgold.scoring.metrics import count_matrix

    gold = {f"d{i}": DocAnnotation(f"d{i}", g.quotes, g.claims, g.stances) for i, (g, _) in enumerate(pairs)}
    pred = {f"d{i}": DocAnnotation(f"d{i}", p.quotes, p.claims, p.stances) for i, (_, p) in enumerate(pairs)}
    config = ScoreConfig(bootstrap=40, seed=seed)
    rows = [r.counts for r in score_corpus(gold, pred, dict.fromkeys(gold, TEXT), ScoreConfig(bootstrap=0)).docs]
    keys, counts, _ = count_matrix(rows)
    used = C.needed_columns(keys, counts, config)
    full = C._resampled(keys, counts, config, None, None)
    if used is not None:
        assert len(used[0]) < len(keys)
        sub = C._resampled(keys, counts, config, None, used)
        assert sub.keys() == full.keys()
        assert all(np.array_equal(sub[k], full[k], equal_nan=True) for k in full)
    assert C.bootstrap(rows, config) == percentile_intervals(full, config.confidence)
