"""Span matching and per-scheme counts, against hand-computed expectations."""

from __future__ import annotations

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
    scores = score_tables(SpanTable.from_items(items(gold)), SpanTable.from_items(items(pred)), [len(text)], parsed,
                          label_names=LABELS, mids=[token_mids(text)])
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
    assert c["coverage:0.8"] == SpanCounts(cor=2, inc=1, mis=1, spu=1)  # 3/4 < 0.8
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
        assert sorted(zip(scores.match_gold.tolist(), scores.match_overlap.tolist())) == [(0, 5), (1, 5)]


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
    assert scores.match_overlap.tolist() == [8]
    assert c["exact"] == SpanCounts(inc=1)
    assert c["partial"] == SpanCounts(par=1)
    assert c["coverage:0.3"] == SpanCounts(cor=1)  # 8/8 and 8/14 = 0.57
    assert c["coverage:0.8"] == SpanCounts(inc=1)  # 8/14 < 0.8


def test_touching_spans_do_not_overlap():
    c, _, _ = run([([(0, 4)], "A")], [([(4, 9)], "A")], schemes=("overlap",))
    assert c["overlap"] == SpanCounts(mis=1, spu=1)
    assert c["overlap"].prf() == (0.0, 0.0, 0.0)


def test_empty_gold_and_empty_predictions():
    c, _, _ = run([], [])
    assert all(v == SpanCounts() and v.prf() == (1.0, 1.0, 1.0) for v in c.values())
    c, _, _ = run([], [([(0, 4)], "A"), ([(5, 9)], "B")], schemes=("exact",))
    assert c["exact"] == SpanCounts(spu=2)
    assert c["exact"].prf() == (0.0, 1.0, 0.0)  # recall 0/0 is vacuously 1; F1 still 0
    c, _, _ = run([([(0, 4)], "A"), ([(5, 9)], "B")], [], schemes=("exact",))
    assert c["exact"] == SpanCounts(mis=2)
    assert c["exact"].prf() == (1.0, 0.0, 0.0)


def test_coverage_threshold_is_inclusive():
    # 3 of 10 gold characters = exactly 0.3
    c, _, _ = run([([(0, 10)], "A")], [([(7, 10)], "A")], schemes=("coverage:0.3", "coverage:0.31"))
    assert c["coverage:0.3"] == SpanCounts(cor=1)
    assert c["coverage:0.31"] == SpanCounts(inc=1)


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
    assert scores.match_overlap.tolist() == [4]  # "Iran"
    assert c["coverage:0.5"] == SpanCounts(cor=1)  # 4/7 = 0.57
    assert c["coverage:0.6"] == SpanCounts(inc=1)
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
