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
        Quote(f"q{i}", draw(st.sampled_from(["direct", "indirect", "mixed"])), draw(fragments()),
              Source(None, draw(st.sampled_from([None, "a", "b"]))), None)
        for i in range(draw(st.integers(0, 6)))
    ]
    claims = [
        Claim(f"c{i}", draw(fragments()), draw(st.sampled_from([None, "a"])), draw(st.sampled_from(["factual", "evaluative"])),
              draw(st.booleans()))
        for i in range(draw(st.integers(0, 4)))
    ]
    keys = draw(st.lists(st.tuples(st.sampled_from(["@document", "a", "b"]), st.sampled_from(["t1", "t2"])), unique=True, max_size=4))
    stances = [Stance(h, t, draw(st.sampled_from(["favor", "against", "neutral"]))) for h, t in keys]
    return DocAnnotation(doc_id, quotes, claims, stances)


def shuffled(doc: DocAnnotation, rnd) -> DocAnnotation:
    return DocAnnotation(doc.doc_id, rnd.sample(doc.quotes, len(doc.quotes)), rnd.sample(doc.claims, len(doc.claims)),
                         rnd.sample(doc.stances, len(doc.stances)))


@settings(max_examples=60, deadline=None)
@given(annotation(), annotation(), st.randoms(use_true_random=False))
def test_invariant_to_input_order_and_bounded(gold, pred, rnd):
    a = score_corpus({"d": gold}, {"d": pred}, {"d": TEXT}, CFG)
    b = score_corpus({"d": shuffled(gold, rnd)}, {"d": shuffled(pred, rnd)}, {"d": TEXT}, CFG)
    assert a.total.values == b.total.values
    assert a.micro == b.micro
    assert all(0.0 <= v <= 1.0 for v in a.micro.values())
    assert all(math.isnan(v) or 0.0 <= v <= 1.0 for v in a.macro.values())


@settings(max_examples=40, deadline=None)
@given(annotation(), st.randoms(use_true_random=False))
def test_perfect_prediction_scores_one(gold, rnd):
    s = score_corpus({"d": gold}, {"d": shuffled(gold, rnd)}, {"d": TEXT}, CFG)
    assert all(v == 1.0 for v in s.micro.values()), {k: v for k, v in s.micro.items() if v != 1.0}
