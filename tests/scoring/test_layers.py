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
    pred = DocAnnotation(
        "doc-a",
        quotes=[
            # q1, with quotation marks: exact fails, coverage:0.3 matches; alias of the gold speaker
            Quote("p1", "direct", [span(t, "“We will not negotiate,”")], Source(None, "khatibzadeh"), None),
            # q3 exactly, wrong speaker (free text naming another entity), wrong type
            Quote("p2", "direct", [span(t, "a deal was close")], Source(None, "Saeed Khatibzadeh"), None),
            # q2 exactly, no speaker: an abstention
            Quote("p3", "indirect", [span(t, "sanctions must end 😀 first")], Source(None, None), None),
            # spurious
            Quote("p4", "direct", [span(t, "Iran rejects talks")], Source(None, "Trump"), None),
        ],
        claims=None,
        stances=None,
    )
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
    assert "claims.span.exact.f1" not in h and "stances.document.f_avg" not in h


def test_item_matches_name_what_went_wrong():
    t = TEXT_A
    pred = DocAnnotation(
        "doc-a",
        quotes=[
            Quote("p2", "indirect", [span(t, "a deal was close")], Source(None, "Khatibzadeh"), None),
            Quote("p9", "direct", [span(t, "Iran rejects")], Source(None, None), None),
        ],
        claims=[],
        stances=[],
    )
    result = match_document(gold_a(), pred, t, CFG, ENTITIES)
    by_pred = {m.pred_id: m for m in result.items if m.layer == "quotes"}
    assert by_pred["p2"].gold_id == "q3" and by_pred["p2"].attribution == "wrong" and by_pred["p2"].kind == "tp"
    assert by_pred["p9"].kind == "fp" and by_pred["p9"].outcome["exact"] == "spu"
    missed = sorted(m.gold_id for m in result.items if m.layer == "quotes" and m.kind == "fn")
    assert missed == ["q1", "q2"]


def test_claims_checkworthy_claimant_and_kind():
    t = TEXT_A
    pred = DocAnnotation(
        "doc-a",
        quotes=None,
        stances=None,
        claims=[
            Claim("x1", [span(t, "Iran rejects talks")], None, "evaluative", True),  # c1: cw yes/yes, kind wrong
            Claim("x2", [span(t, "a deal was close")], "Donald Trump", "factual", False),  # c2: cw yes/no
            Claim("x3", [span(t, "He added")], None, "factual", True),  # spurious, checkworthy
        ],
    )
    h = headline(score_document(gold_a(), pred, t, CFG, ENTITIES), CFG)
    assert (h["claims.span.exact.p"], h["claims.span.exact.r"]) == (pytest.approx(2 / 3), 1.0)
    # checkworthy: gold yes = 2 (c1, c2), predicted yes = 2 (x1, x3), both yes = 1 → P = R = F1 = 1/2
    assert (h["claims.checkworthy.p"], h["claims.checkworthy.r"], h["claims.checkworthy.f1"]) == (0.5, 0.5, 0.5)
    # claimant: c1 has none (not counted), c2 "trump" named by its full name
    assert h["claims.claimant.accuracy"] == 1.0
    assert h["claims.kind.accuracy"] == 0.5


def test_stance_pairs_labels_f_avg():
    gold = DocAnnotation(
        "d",
        quotes=None,
        claims=None,
        stances=[
            Stance("@document", "t1", "favor"),
            Stance("@document", "t2", "favor"),
            Stance("@document", "t3", "against"),
            Stance("@document", "t4", "neutral"),
        ],
    )
    pred = DocAnnotation(
        "d",
        quotes=None,
        claims=None,
        stances=[
            Stance("@document", "t1", "favor"),
            Stance("@document", "t2", "against"),
            Stance("@document", "t3", "against"),
            Stance("@document", "t5", "favor"),
        ],
    )
    h = headline(score_document(gold, pred, "text", CFG), CFG)
    # pairs: 3 of 4 found, 3 of 4 predicted
    assert (h["stances.document.pair.p"], h["stances.document.pair.r"]) == (0.75, 0.75)
    # favor: tp 1 of predicted 2 (t1, t5), of gold 2 → 1/2;  against: tp 1, predicted 2, gold 1 → F1 2/3
    assert (h["stances.document.favor.p"], h["stances.document.favor.r"], h["stances.document.favor.f1"]) == (0.5, 0.5, 0.5)
    assert h["stances.document.against.f1"] == pytest.approx(2 / 3)
    # neutral: in gold (t4), never predicted: nothing found, P = R = F1 = 0
    assert (h["stances.document.neutral.p"], h["stances.document.neutral.r"], h["stances.document.neutral.f1"]) == (0.0, 0.0, 0.0)
    assert h["stances.document.f_avg"] == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert h["stances.document.macro_f1"] == pytest.approx((1 / 2 + 2 / 3 + 0) / 3)
    assert h["stances.document.label_accuracy"] == pytest.approx(2 / 3)  # t1 and t3 of t1..t3
    # no holder-level stances anywhere: undefined, not a perfect 1
    assert all(math.isnan(h[f"stances.holder.pair.{k}"]) for k in "p r f1".split())
    assert math.isnan(h["stances.holder.f_avg"]) and math.isnan(h["stances.holder.label_accuracy"])


def test_stance_holder_named_in_free_text():
    pred = DocAnnotation(
        "doc-a",
        quotes=None,
        claims=None,
        stances=[
            Stance("@document", "talks", "against"),
            Stance("Saeed Khatibzadeh", "talks", "against"),
            Stance("Donald Trump", "talks", "against"),
        ],
    )
    h = headline(score_document(gold_a(), pred, TEXT_A, CFG, ENTITIES), CFG)
    assert h["stances.holder.pair.f1"] == 1.0
    assert h["stances.holder.label_accuracy"] == 0.5  # trump: favor predicted against
    # favor occurs in neither gold nor prediction at document level: F_avg is F1(against) alone
    assert h["stances.document.f_avg"] == 1.0
    assert math.isnan(h["stances.document.favor.f1"])


def test_gold_against_itself_is_perfect_everywhere():
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    scores = score_corpus(gold, gold, {"doc-a": TEXT_A, "doc-b": TEXT_B}, ScoreConfig(bootstrap=20), ENTITIES)
    assert scores.layers == ("quotes", "claims", "stances")
    # undefined only where gold has nothing: no document-level "favor", no holder-level "neutral"
    undefined = {f"stances.document.favor.{k}" for k in "p r f1".split()} | {f"stances.holder.neutral.{k}" for k in "p r f1".split()}
    assert {k for k, v in scores.micro.items() if math.isnan(v)} == undefined
    assert all(v == 1.0 for k, v in scores.micro.items() if k not in undefined)
    assert all(math.isnan(v) or v == 1.0 for v in scores.macro.values())
    assert all(ci == (1.0, 1.0) for ci in scores.ci.values())
    assert "stances.document.favor.f1" not in scores.ci  # undefined in every resample: no interval
    assert scores.averaged["stances.document.f_avg"] == ["against"]
    assert scores.averaged["stances.holder.f_avg"] == ["favor", "against"]


LONG_TEXT = "x" * 1200


def test_attribution_uses_the_match_schemes_own_matching():
    # gold quote [0,100) by khatibzadeh; A = [0,1000) names trump, B = [0,90) names him rightly.
    # Under coverage:0.3 the quote is found by B (A covers 0.1 of itself), so its speaker and
    # type are judged on B: speaker 1/1, e2e P 1/2 R 1/1; A is a spurious prediction.
    gold = DocAnnotation("d", quotes=[Quote("q1", "direct", [(0, 100)], Source(None, "khatibzadeh"), None)], claims=None, stances=None)
    for order in (1, -1):
        pred = DocAnnotation(
            "d",
            quotes=[
                Quote("A", "indirect", [(0, 1000)], Source(None, "Trump"), None),
                Quote("B", "direct", [(0, 90)], Source(None, "Khatibzadeh"), None),
            ][::order],
            claims=None,
            stances=None,
        )
        result = match_document(gold, pred, LONG_TEXT, CFG, ENTITIES)
        h = headline(result.counts, CFG)
        assert (h["quotes.content.coverage:0.3.p"], h["quotes.content.coverage:0.3.r"]) == (0.5, 1.0)
        assert h["quotes.speaker.accuracy"] == 1.0 and result.counts["quotes.speaker.n"] == 1
        assert h["quotes.type.accuracy"] == 1.0
        assert (h["quotes.e2e.p"], h["quotes.e2e.r"]) == (0.5, 1.0)
        kinds = {m.pred_id: (m.kind, m.gold_id, m.attribution) for m in result.items}
        assert kinds == {"B": ("tp", "q1", "correct"), "A": ("fp", None, None)}
        # each scheme has its own matching: exact (no exact span anywhere) pairs q1 with A, the
        # larger overlap, as "incorrect"; the outcome of a row is what each scheme made of its
        # gold item (of its prediction, for a prediction alone)
        outcomes = {m.pred_id: m.outcome for m in result.items}
        assert outcomes == {"B": {"exact": "inc", "coverage:0.3": "cor"}, "A": {"exact": "inc", "coverage:0.3": "spu"}}


def test_a_prediction_failing_the_threshold_is_a_boundary_error_not_a_match():
    gold = DocAnnotation("d", quotes=[Quote("q1", "direct", [(0, 100)], Source(None, "khatibzadeh"), None)], claims=None, stances=None)
    pred = DocAnnotation("d", quotes=[Quote("A", "direct", [(0, 1000)], Source(None, "khatibzadeh"), None)], claims=None, stances=None)
    result = match_document(gold, pred, LONG_TEXT, CFG, ENTITIES)
    (item,) = result.items
    assert (item.gold_id, item.pred_id, item.kind, item.matched, item.attribution) == ("q1", "A", "boundary", False, None)
    assert item.outcome == {"exact": "inc", "coverage:0.3": "mis"}
    assert result.counts["quotes.speaker.n"] == 0
    assert math.isnan(headline(result.counts, CFG)["quotes.speaker.accuracy"])  # no matched quote: n/a


def test_two_predicted_holders_naming_one_entity_count_the_second_as_spurious():
    # gold (doc-a): khatibzadeh → talks against, trump → talks favor (holder level).
    # "Khatibzadeh" and "Saeed Khatibzadeh" both resolve to khatibzadeh: one pair, two labels.
    # The first by written holder ("Khatibzadeh", against) is scored; "Saeed Khatibzadeh" (favor)
    # is a spurious pair.  Holder level: found 1; predicted 2; gold 2 → P = R = F1 = 1/2.
    stances = [
        Stance("@document", "talks", "against"),
        Stance("Khatibzadeh", "talks", "against"),
        Stance("Saeed Khatibzadeh", "talks", "favor"),
    ]
    for order in (1, -1):
        pred = DocAnnotation("doc-a", quotes=None, claims=None, stances=stances[::order])
        result = match_document(gold_a(), pred, TEXT_A, CFG, ENTITIES)
        h = headline(result.counts, CFG)
        assert (h["stances.holder.pair.p"], h["stances.holder.pair.r"], h["stances.holder.pair.f1"]) == (0.5, 0.5, 0.5)
        assert h["stances.holder.label_accuracy"] == 1.0  # the one scored against gold is right
        assert result.counts["stances.holder.none.favor"] == 1
        dup = [s for s in result.stances if s.duplicate_of]
        assert [(s.holder, s.target, s.pred_label, s.duplicate_of, s.kind) for s in dup] == [
            ("Saeed Khatibzadeh", "talks", "favor", "khatibzadeh", "fp")
        ]


def test_the_holder_written_as_the_id_stands_for_the_pair():
    pred = DocAnnotation(
        "doc-a", quotes=None, claims=None, stances=[Stance("khatibzadeh", "talks", "favor"), Stance("Khatibzadeh", "talks", "against")]
    )
    result = match_document(gold_a(), pred, TEXT_A, CFG, ENTITIES)
    h = headline(result.counts, CFG)
    assert h["stances.holder.label_accuracy"] == 0.0  # id "khatibzadeh" says favor, gold against
    assert (h["stances.holder.pair.p"], h["stances.holder.pair.r"]) == (0.5, 0.5)


def test_empty_prediction_scores_zero_not_one():
    pred = DocAnnotation("doc-a", quotes=[], claims=[], stances=[])
    h = headline(score_document(gold_a(), pred, TEXT_A, CFG, ENTITIES), CFG)
    for key in (
        "quotes.content.exact",
        "quotes.content.coverage:0.3",
        "quotes.e2e",
        "claims.span.exact",
        "claims.checkworthy",
        "stances.document.pair",
        "stances.holder.pair",
    ):
        assert (h[f"{key}.p"], h[f"{key}.r"], h[f"{key}.f1"]) == (0.0, 0.0, 0.0), key
    # nothing matched: accuracies over no items are undefined, not perfect
    for key in (
        "quotes.speaker.accuracy",
        "quotes.type.accuracy",
        "claims.claimant.accuracy",
        "claims.kind.accuracy",
        "stances.document.label_accuracy",
        "stances.holder.label_accuracy",
    ):
        assert math.isnan(h[key]), key
    # favor and against occur in gold: F_avg averages both, each F1 0
    assert h["stances.holder.f_avg"] == 0.0 and h["stances.document.f_avg"] == 0.0


def test_both_empty_is_undefined():
    empty = DocAnnotation("d", quotes=[], claims=[], stances=[])
    h = headline(score_document(empty, empty, "text", CFG), CFG)
    assert h and all(math.isnan(v) for v in h.values()), {k: v for k, v in h.items() if not math.isnan(v)}


def _doc_stances(*pairs):
    return DocAnnotation("d", quotes=None, claims=None, stances=[Stance("@document", t, lab) for t, lab in pairs])


def test_f_avg_over_the_classes_that_occur():
    # perfect document stance, no "favor" anywhere: F_avg = F1(against) = 1, averaged over against only
    gold = {"d": _doc_stances(("t1", "against"), ("t2", "neutral"))}
    s = score_corpus(gold, gold, {"d": "text"}, CFG)
    assert s.micro["stances.document.f_avg"] == 1.0
    assert math.isnan(s.micro["stances.document.favor.f1"])
    assert s.to_json()["averaged"]["stances.document.f_avg"] == ["against"]
    assert s.to_json()["averaged"]["stances.document.macro_f1"] == ["against", "neutral"]
    assert s.to_json()["micro"]["stances.document.favor.f1"] is None
    # every label wrong: favor ↔ against swapped, neutral → favor.  F1(favor) = F1(against) = 0
    gold = {"d": _doc_stances(("t1", "favor"), ("t2", "against"), ("t3", "neutral"))}
    pred = {"d": _doc_stances(("t1", "against"), ("t2", "favor"), ("t3", "favor"))}
    s = score_corpus(gold, pred, {"d": "text"}, CFG)
    assert s.micro["stances.document.f_avg"] == 0.0 and s.micro["stances.document.macro_f1"] == 0.0
    assert s.averaged["stances.document.f_avg"] == ["favor", "against"]
    # no favor/against at all: F_avg undefined, macro-F1 over neutral
    gold = {"d": _doc_stances(("t1", "neutral"))}
    s = score_corpus(gold, gold, {"d": "text"}, CFG)
    assert math.isnan(s.micro["stances.document.f_avg"]) and s.micro["stances.document.macro_f1"] == 1.0
    assert s.averaged["stances.document.f_avg"] == []


def test_confusion_counts_equal_sklearn_confusion_matrix():
    import random

    from sklearn.metrics import confusion_matrix

    from newsgold.scoring.counts import DocCounts
    from newsgold.scoring.layers import add_confusion

    rng = random.Random(4)
    labels = ("favor", "against", "neutral", "none")
    for _ in range(200):
        n = rng.randint(1, 12)
        gold = [rng.choice(labels) for _ in range(n)]
        pred = [rng.choice((*labels, "other")) for _ in range(n)]  # a label outside the matrix is left out
        counts = DocCounts()
        add_confusion(counts, "x", gold, pred, labels)
        matrix = confusion_matrix(gold, pred, labels=list(labels))
        want = {f"x.{g}.{p}": float(matrix[i, j]) for i, g in enumerate(labels) for j, p in enumerate(labels) if matrix[i, j]}
        assert counts.values == want and list(counts.values) == list(want)


@pytest.mark.parametrize("seed", range(20))
def test_distinct_table_is_the_table_of_distinct_spans(seed):
    import random

    from newsgold.scoring.config import ScoreConfig
    from newsgold.scoring.entities import EntityMatcher
    from newsgold.scoring.layers import Corpus, distinct_spans, distinct_table
    from newsgold.scoring.tables import SpanTable

    rng = random.Random(seed)
    n = 1 + seed % 5
    texts = ["x" * 30] * n
    sides = [[rng.choice([None, (3, 7), (3, 7), (0, 2), (5, 5), (8, 9), (1, 4)]) for _ in range(rng.randrange(0, 9))] for _ in range(n)]
    corpus = Corpus([str(i) for i in range(n)], [None] * n, [None] * n, texts, ScoreConfig(), EntityMatcher(()))
    fast = distinct_table(sides, lambda x: x, corpus)
    slow = SpanTable.from_items([distinct_spans(side, lambda x: x, corpus, d) for d, side in enumerate(sides)])
    for name in ("item_doc", "item_label", "origin", "frag_item", "frag_start", "frag_end"):
        assert getattr(fast, name).tolist() == getattr(slow, name).tolist(), name
