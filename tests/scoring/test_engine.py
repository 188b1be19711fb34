"""Span matching and per-scheme counts, against hand-computed expectations."""

from __future__ import annotations

import math

import pytest

from newsgold.scoring.config import parse_scheme
from newsgold.scoring.counts import SpanCounts
from newsgold.scoring.engine import SpanTable, score_tables
from newsgold.scoring.spans import canonical, token_mids

ALL = ("strict", "exact", "partial", "overlap", "coverage:0.3", "coverage:0.8", "token")
# ten 4-letter words; word k covers [5k, 5k + 4) and its middle character is 5k + 1
WORDS = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj"
LABELS = ("A", "B")


def run(gold, pred, text=WORDS, schemes=ALL, normalize=False):
    """gold/pred: lists of (fragments, label) for one document; returns {scheme: SpanCounts}, scores."""

    def items(spans):
        return [[(canonical(f, text, normalize), LABELS.index(lab), str(i)) for i, (f, lab) in enumerate(spans)]]

    parsed = [parse_scheme(s) for s in schemes]
    scores = score_tables(
        SpanTable.from_items(items(gold)),
        SpanTable.from_items(items(pred)),
        [len(text)],
        parsed,
        label_names=LABELS,
        mids=[token_mids(text)],
    )
    counts = {k: float(v[0]) for k, v in scores.columns.items()}
    return {s: SpanCounts.of(counts, s) for s in schemes}, counts, scores


def test_every_scheme_on_one_document():
    gold = [([(0, 9)], "A"), ([(10, 19)], "A"), ([(20, 24)], "B"), ([(40, 49)], "A")]
    pred = [([(0, 9)], "A"), ([(10, 19)], "B"), ([(21, 24)], "B"), ([(30, 34)], "A")]
    c, raw, _ = run(gold, pred)
    # P1 exact+type; P2 exact, wrong type; P3 covers 3 of G3's 4 chars; P4 spurious; G4 missed
    assert c["strict"] == SpanCounts(cor=1, inc=2, par=0, mis=1, spu=1)
    assert c["strict"].prf() == (0.25, 0.25, 0.25)
    assert c["exact"] == SpanCounts(cor=2, inc=1, mis=1, spu=1)
    assert c["exact"].prf() == (0.5, 0.5, 0.5)
    assert c["partial"] == SpanCounts(cor=2, par=1, mis=1, spu=1)
    assert c["partial"].prf() == (0.625, 0.625, 0.625)  # (2 + 0.5) / 4
    assert c["overlap"].prf() == (0.75, 0.75, 0.75)
    assert c["coverage:0.3"] == SpanCounts(cor=3, mis=1, spu=1)  # 3/4 and 3/3 >= 0.3
    # 3/4 < 0.8: P3 may not be paired with G3 at all (a miss and a spurious; P/R as before)
    assert c["coverage:0.8"] == SpanCounts(cor=2, mis=2, spu=2)
    assert c["coverage:0.8"].prf() == (0.5, 0.5, 0.5)
    # tokens: gold 2+2+1+2 = 7, predicted 2+2+1+1 = 6, shared 2+2+1 = 5
    assert c["token"] == SpanCounts(cor=5, mis=2, spu=1)
    p, r, f = c["token"].prf()
    assert p == pytest.approx(5 / 6) and r == pytest.approx(5 / 7) and f == pytest.approx(10 / 13)
    # per label, strict: gold A = 3 (credit 1: G1), predicted A = 2 (credit 1: P1)
    assert (raw["strict.label.A.gold"], raw["strict.label.A.gold_credit"]) == (3, 1)
    assert (raw["strict.label.A.pred"], raw["strict.label.A.pred_credit"]) == (2, 1)
    # per label, exact: gold B = 1 (G3 not exact: 0), predicted B = 2 (P2 exact: 1)
    assert (raw["exact.label.B.gold"], raw["exact.label.B.gold_credit"]) == (1, 0)
    assert (raw["exact.label.B.pred"], raw["exact.label.B.pred_credit"]) == (2, 1)


def test_optimal_where_greedy_takes_the_first_overlap():
    # X overlaps G1 by 2 and G2 by 5; Y overlaps only G1.  Greedy (X first) pairs X-G1 and
    # leaves Y spurious and G2 missed; the optimum pairs X-G2 and Y-G1 (overlap 5 + 5).
    gold = [([(0, 10)], "A"), ([(10, 20)], "A")]
    for pred in ([([(8, 15)], "A"), ([(0, 5)], "A")], [([(0, 5)], "A"), ([(8, 15)], "A")]):
        c, _, scores = run(gold, pred, schemes=("overlap", "partial"))
        assert c["overlap"] == SpanCounts(cor=2)
        assert c["partial"] == SpanCounts(par=2)
        m = scores.matches["overlap"]
        assert sorted(zip(m.gold.tolist(), m.overlap.tolist())) == [(0, 5), (1, 5)]


def test_tie_in_overlap_prefers_exact_boundaries():
    # X overlaps G1 and G2 by 5 each; Y is G1 exactly: X-G2 + Y-G1 (total 15) beats X-G1 (5).
    gold = [([(0, 10)], "A"), ([(10, 20)], "A")]
    c, _, _ = run(gold, [([(5, 15)], "A"), ([(0, 10)], "A")], schemes=("exact", "strict"))
    assert c["exact"] == SpanCounts(cor=1, inc=1)


def test_tie_between_duplicates_prefers_same_label():
    gold = [([(0, 10)], "A")]
    for pred in ([([(0, 10)], "B"), ([(0, 10)], "A")], [([(0, 10)], "A"), ([(0, 10)], "B")]):
        c, _, _ = run(gold, pred, schemes=("strict",))
        assert c["strict"] == SpanCounts(cor=1, spu=1)
        assert c["strict"].prf() == (0.5, 1.0, pytest.approx(2 / 3))


def test_multi_fragment_spans_compare_by_characters():
    gold = [([(0, 4), (10, 14)], "A")]  # 8 characters
    c, _, _ = run(gold, [([(0, 2), (2, 4), (10, 14)], "A")], schemes=("strict", "exact"))
    assert c["exact"] == SpanCounts(cor=1) and c["strict"] == SpanCounts(cor=1)
    c, _, scores = run(gold, [([(0, 14)], "A")], schemes=("exact", "partial", "coverage:0.3", "coverage:0.8"))
    assert scores.matches["exact"].overlap.tolist() == [8]
    assert c["exact"] == SpanCounts(inc=1)
    assert c["partial"] == SpanCounts(par=1)
    assert c["coverage:0.3"] == SpanCounts(cor=1)  # 8/8 and 8/14 = 0.57
    assert c["coverage:0.8"] == SpanCounts(mis=1, spu=1)  # 8/14 < 0.8: not a pair


def test_touching_spans_do_not_overlap():
    c, _, _ = run([([(0, 4)], "A")], [([(4, 9)], "A")], schemes=("overlap",))
    assert c["overlap"] == SpanCounts(mis=1, spu=1)
    assert c["overlap"].prf() == (0.0, 0.0, 0.0)


def test_empty_gold_and_empty_predictions():
    c, _, _ = run([], [])
    assert all(v == SpanCounts() for v in c.values())
    assert all(math.isnan(x) for v in c.values() for x in v.prf())  # nothing on either side: n/a
    c, _, _ = run([], [([(0, 4)], "A"), ([(5, 9)], "B")], schemes=("exact",))
    assert c["exact"] == SpanCounts(spu=2)
    assert c["exact"].prf() == (0.0, 0.0, 0.0)  # two wrong predictions: not a vacuous R = 1
    c, _, _ = run([([(0, 4)], "A"), ([(5, 9)], "B")], [], schemes=("exact",))
    assert c["exact"] == SpanCounts(mis=2)
    assert c["exact"].prf() == (0.0, 0.0, 0.0)  # predicting nothing finds nothing: not P = 1


def test_coverage_threshold_is_inclusive():
    # 3 of 10 gold characters = exactly 0.3
    c, _, _ = run([([(0, 10)], "A")], [([(7, 10)], "A")], schemes=("coverage:0.3", "coverage:0.31"))
    assert c["coverage:0.3"] == SpanCounts(cor=1)
    assert c["coverage:0.31"] == SpanCounts(mis=1, spu=1)


def test_normalised_boundaries_ignore_quotes_and_punctuation():
    text = "🇮🇷 “We will not negotiate,” he said."
    inner = text.index("We")
    gold = [([(inner, inner + len("We will not negotiate"))], "A")]
    pred = [([(inner - 1, inner + len("We will not negotiate,”"))], "A")]
    c, _, _ = run(gold, pred, text=text, schemes=("exact",))
    assert c["exact"] == SpanCounts(inc=1)
    c, _, _ = run(gold, pred, text=text, schemes=("exact",), normalize=True)
    assert c["exact"] == SpanCounts(cor=1)


def test_offsets_outside_the_bmp():
    text = "🇮🇷 Iran said 😀 no."  # the flag is two code points, the emoji one
    c, _, scores = run([([(0, 7)], "A")], [([(3, 7)], "A")], text=text, schemes=("coverage:0.5", "coverage:0.6", "token"))
    assert scores.matches["coverage:0.5"].overlap.tolist() == [4]  # "Iran"
    assert c["coverage:0.5"] == SpanCounts(cor=1)  # 4/7 = 0.57
    assert c["coverage:0.6"] == SpanCounts(mis=1, spu=1)
    assert c["token"] == SpanCounts(cor=1)  # only "Iran" is a word token in either span


def test_spans_of_different_documents_never_match():
    tables = [SpanTable.from_items([[(((0, 4),), 0, "g")], []]), SpanTable.from_items([[], [(((0, 4),), 0, "p")]])]
    scores = score_tables(*tables, [10, 10], [parse_scheme("overlap")])
    assert scores.columns["overlap.mis"].tolist() == [1, 0]
    assert scores.columns["overlap.spu"].tolist() == [0, 1]


def test_from_arrays_equals_from_items():
    import numpy as np

    doc, start, end, label = [0, 0, 1], [5, 0, 2], [9, 4, 8], [1, 0, 0]
    a = SpanTable.from_arrays(np.array(doc), np.array(start), np.array(end), np.array(label))
    b = SpanTable.from_items([[(((5, 9),), 1, ""), (((0, 4),), 0, "")], [(((2, 8),), 0, "")]])
    assert a.item_doc.tolist() == b.item_doc.tolist() == [0, 0, 1]
    assert a.frag_start.tolist() == b.frag_start.tolist() == [0, 5, 2]
    assert a.origin.tolist() == b.origin.tolist() == [1, 0, 0]


LONG = "x" * 1200  # no word boundaries needed: only character schemes below


@pytest.mark.parametrize("order", [0, 1])
def test_coverage_matches_the_prediction_that_qualifies_not_the_longest_overlap(order):
    # gold [0,100); A = [0,1000) overlaps it by 100 but covers 100/1000 = 0.1 of itself;
    # B = [0,90) covers 90/100 of gold and all of itself.  Under coverage:0.3 only B qualifies:
    # B-gold is the pair, A is spurious: P = 1/2, R = 1/1, F1 = 2/3.
    preds = [([(0, 1000)], "A"), ([(0, 90)], "A")]
    pred = preds if order == 0 else preds[::-1]
    c, _, scores = run([([(0, 100)], "A")], pred, text=LONG, schemes=("coverage:0.3", "overlap"))
    assert c["coverage:0.3"] == SpanCounts(cor=1, spu=1)
    p, r, f = c["coverage:0.3"].prf()
    assert (p, r) == (0.5, 1.0) and f == pytest.approx(2 / 3)
    assert scores.matches["coverage:0.3"].overlap.tolist() == [90]
    # overlap has no threshold: one pair either way, the larger overlap (A) wins the tie-break
    assert c["overlap"] == SpanCounts(cor=1, spu=1)
    assert scores.matches["overlap"].overlap.tolist() == [100]


def test_overlap_and_partial_maximise_the_number_of_pairs():
    # X = [0,11) overlaps G1 = [0,10) by 10 and G2 = [10,20) by 1; Y = [9,10) overlaps G1 by 1.
    # Largest total overlap would pair X-G1 only (10 > 1 + 1); overlap and partial pair X-G2 and Y-G1.
    gold = [([(0, 10)], "A"), ([(10, 20)], "A")]
    for pred in ([([(0, 11)], "A"), ([(9, 10)], "A")], [([(9, 10)], "A"), ([(0, 11)], "A")]):
        c, _, _ = run(gold, pred, text=LONG, schemes=("overlap", "partial", "exact"))
        assert c["overlap"] == SpanCounts(cor=2)
        assert c["partial"] == SpanCounts(par=2)
        assert c["partial"].prf() == (0.5, 0.5, 0.5)
        assert c["exact"].prf() == (0.0, 0.0, 0.0)


def test_partial_prefers_one_exact_pair_to_two_partial_when_credit_is_higher():
    # X = [0,10) is G1 = [0,10) exactly; Z = [5,15) overlaps G1 and G2 = [10,20) by 5 each.
    # X-G1 (credit 1) + Z-G2 (0.5) = 1.5 beats Z-G1 alone (0.5).
    gold = [([(0, 10)], "A"), ([(10, 20)], "A")]
    c, _, _ = run(gold, [([(0, 10)], "A"), ([(5, 15)], "A")], text=LONG, schemes=("partial",))
    assert c["partial"] == SpanCounts(cor=1, par=1)


def test_rows_report_leftover_overlaps_as_unmatched_pairs():
    # coverage:0.3: [0,1000) covers 0.1 of itself, so it is not a pair; reports still show it
    # next to the gold span it overlaps (a boundary error), not as two unrelated items
    _, _, scores = run([([(0, 100)], "A")], [([(0, 1000)], "A")], text=LONG, schemes=("coverage:0.3",))
    assert scores.matches["coverage:0.3"].gold.tolist() == []
    assert scores.rows("coverage:0.3") == [(0, 0, 100, False)]
