"""Three constructed passes (conftest.py) give exactly these positions under each rule.

The passes, position by position (claims and stances in text / pass order):

========== ====================================== ===================== ======================
position    a                                      b                     c
========== ====================================== ===================== ======================
quotes:1    "We will talk," direct, spokesman      same                  same (id q9)
claims:1    "Officials 🇮🇷 met 👋🏽 today" factual     same                  evaluative
claims:2    "We will talk" in quote q1             same                  same, in quote q9
claims:3    "She denied it"                        —                     —
claims:4    —                                      "She denied it."      —
stances:1   @document T_TALKS favor                favor                 against
stances:2   E_HER T_TALKS against                  —                     against
========== ====================================== ===================== ======================
"""

from __future__ import annotations

import pytest

from newsgold.curation import CurationError, adjudicate, parse_rule, summary


def statuses(curations):
    return {p.id: p.status for p in curations["synth"].positions}


def test_unanimous(passes):
    cur = adjudicate(passes, parse_rule("unanimous", 3))
    assert statuses(cur) == {
        "quotes:1": "agree",
        "claims:1": "disputed",
        "claims:2": "agree",
        "claims:3": "incomplete",
        "claims:4": "incomplete",
        "stances:1": "disputed",
        "stances:2": "incomplete",
    }
    curated = cur["synth"].curated
    assert [q.id for q in curated.quotes] == ["q1"]
    # c's link to its own q9 is the same quote by content: the accepted claim points at curated q1
    assert [(c.id, c.quote) for c in curated.claims] == [("c1", "q1")]
    assert curated.stances == []
    disputed = cur["synth"].positions[1]
    assert [v[0]["kind"] for v in disputed.versions.values()] == ["factual", "factual", "evaluative"]
    assert cur["synth"].positions[4].versions == {
        "annotator-a": [],
        "annotator-b": [passes["annotator-b"]["synth"].claims[2].to_dict()],
        "annotator-c": [],
    }


def test_two_of_three(passes):
    cur = adjudicate(passes, parse_rule("2-of-3", 3))
    assert statuses(cur) == {
        "quotes:1": "agree",
        "claims:1": "agree",
        "claims:2": "agree",
        "claims:3": "incomplete",
        "claims:4": "incomplete",
        "stances:1": "agree",
        "stances:2": "agree",
    }
    doc = cur["synth"]
    first = doc.positions[1]
    assert (first.supporters, first.dissent, first.item) == (["annotator-a", "annotator-b"], ["annotator-c"], "c1")
    assert [(c.id, c.kind, c.quote) for c in doc.curated.claims] == [("c1", "factual", None), ("c2", "factual", "q1")]
    assert [(s.holder, s.label) for s in doc.curated.stances] == [("@document", "favor"), ("E_HER", "against")]
    assert summary(cur)["claims"] == {"agree": 2, "decided": 0, "disputed": 0, "incomplete": 2}


def test_overlap_scheme_puts_the_two_boundaries_in_one_position(passes):
    claims = {}
    for rule, scheme in (("2-of-3", "overlap"), ("unanimous", "overlap"), ("2-of-3", "coverage:0.9"), ("2-of-3", "coverage:0.99")):
        cur = adjudicate(passes, parse_rule(rule, 3), scheme)
        claims[rule, scheme] = [p.status for p in cur["synth"].positions if p.layer == "claims"]
    # a's "She denied it" and b's "She denied it." overlap (13 of 14 characters: coverage 0.93): one position
    assert claims["2-of-3", "overlap"] == claims["2-of-3", "coverage:0.9"] == ["agree", "agree", "agree"]
    assert claims["unanimous", "overlap"] == ["disputed", "agree", "incomplete"]
    assert claims["2-of-3", "coverage:0.99"] == ["agree", "agree", "incomplete", "incomplete"]  # apart again
    cur = adjudicate(passes, parse_rule("2-of-3", 3), "overlap")
    last = cur["synth"].positions[3]
    assert (last.supporters, last.dissent) == (["annotator-a", "annotator-b"], ["annotator-c"])
    # of the agreeing versions, the first annotator's span is taken
    assert cur["synth"].curated.claims[-1].span == passes["annotator-a"]["synth"].claims[2].span


def test_decisions_settle_open_positions(passes):
    rule = parse_rule("2-of-3", 3)
    cur = adjudicate(passes, rule, decisions={"synth": {"claims:3": "annotator-a", "claims:4": "none"}})
    doc = cur["synth"]
    assert statuses(cur)["claims:3"] == statuses(cur)["claims:4"] == "decided"
    assert not doc.open_positions
    assert [c.span for c in doc.gold().claims][-1] == passes["annotator-a"]["synth"].claims[2].span
    assert doc.gold().meta is None


@pytest.mark.parametrize(
    ("decisions", "message"),
    [
        ({"synth": {"claims:3": "annotator-z"}}, "names no annotator"),
        ({"synth": {"claims:3": "annotator-b"}}, "annotator-b has 0 items here"),
        ({"synth": {"claims:99": "none"}}, "unknown position 'claims:99'"),
        ({"other": {"claims:3": "none"}}, "'other', which the passes do not annotate"),
    ],
)
def test_bad_decisions_are_refused(passes, decisions, message):
    with pytest.raises(CurationError, match=message):
        adjudicate(passes, parse_rule("2-of-3", 3), decisions=decisions)


def test_passes_of_different_documents_are_refused(passes):
    passes["annotator-c"] = {"elsewhere": passes["annotator-c"]["synth"]}
    with pytest.raises(CurationError, match="different documents: annotator-a lacks elsewhere"):
        adjudicate(passes, parse_rule("2-of-3", 3))


def test_partial_matching_cannot_place_items(passes):
    with pytest.raises(CurationError, match="cannot place items"):
        adjudicate(passes, parse_rule("2-of-3", 3), "partial")
    with pytest.raises(CurationError, match="unknown scheme 'fuzzy'"):
        adjudicate(passes, parse_rule("2-of-3", 3), "fuzzy")


def test_a_claim_whose_quote_is_open_stays_open(passes):
    """Under unanimity, c giving the quote another type makes the quote disputed; the claim in it,
    though all three agree on it, cannot point at an accepted quote and is left open too."""
    passes["annotator-c"]["synth"].quotes[0].type = "indirect"
    doc = adjudicate(passes, parse_rule("unanimous", 3))["synth"]
    claim = next(p for p in doc.positions if p.id == "claims:2")
    assert (claim.status, claim.item) == ("disputed", None)
    assert "refers to an item that is not accepted" in claim.note
    assert doc.curated.quotes == [] and [c.quote for c in doc.curated.claims] == []
    # the curator takes a's quote: the claim is accepted again, pointing at it
    doc = adjudicate(passes, parse_rule("unanimous", 3), decisions={"synth": {"quotes:1": "annotator-a"}})["synth"]
    assert [(c.id, c.quote) for c in doc.curated.claims] == [("c1", "q1")]
    assert next(p for p in doc.positions if p.id == "claims:2").status == "agree"


def test_an_annotator_with_two_items_at_one_place_is_disputed(passes):
    """Under overlap, b splitting "Officials 🇮🇷 met 👋🏽 today" in two puts two b items in one position."""
    from newsgold.schema import Claim

    text = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said. She denied it.\n"
    b = passes["annotator-b"]["synth"]
    head, tail = text.index("Officials 🇮🇷"), text.index("met 👋🏽 today")
    b.claims[0] = Claim("c1", [(head, head + len("Officials 🇮🇷"))], None, "factual", True)
    b.claims.insert(1, Claim("c9", [(tail, tail + len("met 👋🏽 today"))], None, "factual", True))
    pos = adjudicate(passes, parse_rule("2-of-3", 3), "overlap")["synth"].positions
    first = next(p for p in pos if p.id == "claims:1")
    assert first.status == "disputed" and len(first.versions["annotator-b"]) == 2
    # a and c disagree on the kind; with b's two items nobody else is left to agree with a
