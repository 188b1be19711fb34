from __future__ import annotations

import math

import pytest
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b

from newsgold.schema import Stance
from newsgold.scoring.agreement import agreement, kappa
from newsgold.scoring.counts import Confusion
from newsgold.scoring.krippendorff import nominal_alpha


def test_alpha_hand_computed():
    # units (a,a) (a,b) (b,b): o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n_a = n_b = 3, n = 6
    # alpha = 1 - (n - 1) * 2 / (2 * 3 * 3) = 1 - 10/18
    assert nominal_alpha([("a", "a"), ("a", "b"), ("b", "b")]) == pytest.approx(1 - 10 / 18)
    assert nominal_alpha([("a", "a"), ("b", "b", None)]) == 1.0
    assert math.isnan(nominal_alpha([("a", "a"), ("a", None)]))  # no variation
    assert math.isnan(nominal_alpha([("a", None)]))


def test_alpha_published_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders x 12 units: nominal 0.743
    n = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert nominal_alpha(list(zip(*coders))) == pytest.approx(0.743, abs=5e-4)


def test_kappa_on_matched_items_only():
    # matched: (x,x) 2, (x,y) 1, (y,y) 1; the none cells are unmatched items and are left out
    conf = Confusion.of({"k.x.x": 2, "k.x.y": 1, "k.y.y": 1, "k.none.x": 5}, "k", ("x", "y", "none"))
    # po = 3/4; A says x 3/4, y 1/4; B says x 2/4, y 2/4; pe = 3/8 + 1/8 = 1/2; kappa = (3/4 - 1/2) / (1/2)
    value, n = kappa(conf)
    assert (value, n) == (pytest.approx(0.5), 4.0)


def test_agreement_of_three_passes():
    docs = {"doc-a": TEXT_A, "doc-b": TEXT_B}
    alice = {"doc-a": gold_a(), "doc-b": gold_b()}
    bob = {"doc-a": gold_a(), "doc-b": gold_b()}
    carol_a = gold_a()
    carol_a.stances = [Stance("@document", "talks", "favor")]
    carol = {"doc-a": carol_a}
    report = agreement({"alice": alice, "bob": bob, "carol": carol}, docs, ENTITIES)
    assert [(p.a, p.b) for p in report.pairs] == [("alice", "bob"), ("alice", "carol"), ("bob", "carol")]
    ab = report.pairs[0]
    assert ab.n_docs == 2 and all(v == 1.0 for v in ab.f1.values()) and ab.kappa["quotes.type"] == 1.0
    ac = report.pairs[1]
    assert ac.n_docs == 1  # carol did doc-a only
    # carol keeps 1 of alice's 3 doc-a stance pairs (and changes its label): document-level pair F1 1, holder-level 0
    assert ac.f1["stances.document.pair.f1"] == 1.0 and ac.f1["stances.holder.pair.f1"] == 0.0
    assert report.alpha_docs == ["doc-a"]
    assert report.alpha["quotes.tokens"] == 1.0
    # stance units on doc-a: against/against/favor, against/against/none, favor/favor/none.
    # Coincidences (each ordered pair 1/2): o(ag,ag)=2, o(fa,fa)=1, o(ag,fa)=o(fa,ag)=1,
    # o(ag,none)=o(none,ag)=1, o(fa,none)=o(none,fa)=1; n_ag=4, n_fa=3, n_none=2, n=9.
    # alpha = 1 - 8 * 6 / (2 * (4*3 + 4*2 + 3*2)) = 1 - 48/52 = 1/13
    assert report.alpha["stances"] == pytest.approx(1 / 13)


def test_unitizing_alpha_matrix_per_document_and_vs_gold():
    from newsgold.schema import DocAnnotation, Quote, Source

    text = "0123456789"  # a 10-character document: the hand-computed cases of test_krippendorff.py

    def ann(*spans):
        return {
            "d": DocAnnotation("d", quotes=[Quote(f"q{i}", "direct", [s], Source()) for i, s in enumerate(spans, 1)], claims=[], stances=[])
        }

    sets = {"x": ann((0, 4)), "y": ann((2, 6))}
    report = agreement(sets, {"d": text}, (), gold=ann((0, 4)))
    assert report.u_alpha["quotes"] == pytest.approx(26 / 115) == report.per_doc["d"]["quotes"]
    assert math.isnan(report.u_alpha["claims"])  # no claim anywhere: undefined, not 1
    assert report.vs_gold["x"]["quotes.content.exact.f1"] == 1.0 and report.vs_gold["y"]["quotes.content.exact.f1"] == 0.0
    assert report.vs_gold["y"]["quotes.content.overlap.f1"] == 1.0
    three = agreement({**sets, "z": ann((0, 4))}, {"d": text}, ())
    m = three.matrix("quotes.content.exact.f1")
    assert (m["x"]["z"], m["z"]["x"], m["x"]["y"], m["y"]["y"]) == (1.0, 1.0, 0.0, 1.0)
    assert three.to_json()["u_alpha"]["claims"] is None
