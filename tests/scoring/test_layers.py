"""Attribution, types, claims and stance, against hand-computed expectations."""

from __future__ import annotations

import math

import pytest
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b, span

from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance
from newsgold.scoring import ScoreConfig, headline, match_document, score_corpus, score_document

CFG = ScoreConfig(schemes=("exact", "coverage:0.3"), bootstrap=0)


def test_speaker_accuracy_coverage_and_end_to_end():
    t = TEXT_A
    pred = DocAnnotation("doc-a", quotes=[
        # q1, with quotation marks: exact fails, coverage:0.3 matches; alias of the gold speaker
        Quote("p1", "direct", [span(t, "“We will not negotiate,”")], Source(None, "khatibzadeh"), None),
        # q3 exactly, wrong speaker (free text naming another entity), wrong type
        Quote("p2", "direct", [span(t, "a deal was close")], Source(None, "Saeed Khatibzadeh"), None),
        # q2 exactly, no speaker: an abstention
        Quote("p3", "indirect", [span(t, "sanctions must end 😀 first")], Source(None, None), None),
        # spurious
        Quote("p4", "direct", [span(t, "Iran rejects talks")], Source(None, "Trump"), None),
    ], claims=None, stances=None)
    counts = score_document(gold_a(), pred, t, CFG, ENTITIES)
    h = headline(counts, CFG)
    # exact: p2, p3 correct, p1 incorrect, p4 spurious: P = 2/4, R = 2/3
    assert (h["quotes.content.exact.p"], h["quotes.content.exact.r"]) == (0.5, pytest.approx(2 / 3))
    assert (h["quotes.content.coverage:0.3.p"], h["quotes.content.coverage:0.3.r"]) == (0.75, 1.0)
    # 3 matched quotes with gold speakers: 1 right, 1 wrong, 1 abstained
    assert h["quotes.speaker.accuracy"] == pytest.approx(1 / 3)
    assert h["quotes.speaker.coverage"] == pytest.approx(2 / 3)
    assert h["quotes.speaker.selective_accuracy"] == 0.5
    # end to end: only p1 has content and speaker right: P = 1/4, R = 1/3, F1 = 2/7
    assert (h["quotes.e2e.p"], h["quotes.e2e.r"]) == (0.25, pytest.approx(1 / 3))
    assert h["quotes.e2e.f1"] == pytest.approx(2 / 7)
    # types on the 3 matched: direct/direct, indirect/direct, indirect/indirect
    assert h["quotes.type.accuracy"] == pytest.approx(2 / 3)
    assert counts["quotes.type.indirect.direct"] == 1 and counts["quotes.type.direct.direct"] == 1
    assert "claims.span.exact.f1" not in h and "stance.document.f_avg" not in h


def test_item_matches_name_what_went_wrong():
    t = TEXT_A
    pred = DocAnnotation("doc-a", quotes=[
        Quote("p2", "indirect", [span(t, "a deal was close")], Source(None, "Khatibzadeh"), None),
        Quote("p9", "direct", [span(t, "Iran rejects")], Source(None, None), None),
    ], claims=[], stances=[])
    result = match_document(gold_a(), pred, t, CFG, ENTITIES)
    by_pred = {m.pred_id: m for m in result.items if m.layer == "quotes"}
    assert by_pred["p2"].gold_id == "q3" and by_pred["p2"].attribution == "wrong" and by_pred["p2"].kind == "tp"
    assert by_pred["p9"].kind == "fp" and by_pred["p9"].outcome["exact"] == "spu"
    missed = sorted(m.gold_id for m in result.items if m.layer == "quotes" and m.kind == "fn")
    assert missed == ["q1", "q2"]


def test_claims_checkworthy_claimant_and_kind():
    t = TEXT_A
    pred = DocAnnotation("doc-a", quotes=None, stances=None, claims=[
        Claim("x1", [span(t, "Iran rejects talks")], None, "evaluative", True),  # c1: cw yes/yes, kind wrong
        Claim("x2", [span(t, "a deal was close")], "Donald Trump", "factual", False),  # c2: cw yes/no
        Claim("x3", [span(t, "He added")], None, "factual", True),  # spurious, checkworthy
    ])
    h = headline(score_document(gold_a(), pred, t, CFG, ENTITIES), CFG)
    assert (h["claims.span.exact.p"], h["claims.span.exact.r"]) == (pytest.approx(2 / 3), 1.0)
    # checkworthy: gold yes = 2 (c1, c2), predicted yes = 2 (x1, x3), both yes = 1 → P = R = F1 = 1/2
    assert (h["claims.checkworthy.p"], h["claims.checkworthy.r"], h["claims.checkworthy.f1"]) == (0.5, 0.5, 0.5)
    # claimant: c1 has none (not counted), c2 "trump" named by its full name
    assert h["claims.claimant.accuracy"] == 1.0
    assert h["claims.kind.accuracy"] == 0.5


def test_stance_pairs_labels_f_avg():
    gold = DocAnnotation("d", quotes=None, claims=None, stances=[
        Stance("@document", "t1", "favor"), Stance("@document", "t2", "favor"),
        Stance("@document", "t3", "against"), Stance("@document", "t4", "neutral"),
    ])
    pred = DocAnnotation("d", quotes=None, claims=None, stances=[
        Stance("@document", "t1", "favor"), Stance("@document", "t2", "against"),
        Stance("@document", "t3", "against"), Stance("@document", "t5", "favor"),
    ])
    h = headline(score_document(gold, pred, "text", CFG), CFG)
    # pairs: 3 of 4 found, 3 of 4 predicted
    assert (h["stance.document.pair.p"], h["stance.document.pair.r"]) == (0.75, 0.75)
    # favor: tp 1 of predicted 2 (t1, t5), of gold 2 → 1/2;  against: tp 1, predicted 2, gold 1 → F1 2/3
    assert (h["stance.document.favor.p"], h["stance.document.favor.r"], h["stance.document.favor.f1"]) == (0.5, 0.5, 0.5)
    assert h["stance.document.against.f1"] == pytest.approx(2 / 3)
    # neutral: never predicted (P = 0/0 = 1 by convention), recall 0 → F1 0
    assert (h["stance.document.neutral.p"], h["stance.document.neutral.f1"]) == (1.0, 0.0)
    assert h["stance.document.f_avg"] == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert h["stance.document.macro_f1"] == pytest.approx((1 / 2 + 2 / 3 + 0) / 3)
    assert h["stance.document.label_accuracy"] == pytest.approx(2 / 3)  # t1 and t3 of t1..t3
    # no holder-level stances anywhere: nothing to find, nothing found
    assert h["stance.holder.pair.f1"] == 1.0


def test_stance_holder_named_in_free_text():
    pred = DocAnnotation("doc-a", quotes=None, claims=None, stances=[
        Stance("@document", "talks", "against"), Stance("Saeed Khatibzadeh", "talks", "against"),
        Stance("Donald Trump", "talks", "against"),
    ])
    h = headline(score_document(gold_a(), pred, TEXT_A, CFG, ENTITIES), CFG)
    assert h["stance.holder.pair.f1"] == 1.0
    assert h["stance.holder.label_accuracy"] == 0.5  # trump: favor predicted against
    assert h["stance.document.f_avg"] == pytest.approx((1.0 + 1.0) / 2)  # favor absent in both: 1 by convention


def test_gold_against_itself_is_perfect_everywhere():
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    scores = score_corpus(gold, gold, {"doc-a": TEXT_A, "doc-b": TEXT_B}, ScoreConfig(bootstrap=20), ENTITIES)
    assert scores.layers == ("quotes", "claims", "stance")
    assert scores.micro and all(v == 1.0 for v in scores.micro.values()), {k: v for k, v in scores.micro.items() if v != 1.0}
    assert all(math.isnan(v) or v == 1.0 for v in scores.macro.values())
    assert all(ci == (1.0, 1.0) for ci in scores.ci.values())
