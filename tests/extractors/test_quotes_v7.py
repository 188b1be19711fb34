"""``quotes`` v7's speaker rules, each on small invented snippets (v6 gets each wrong); never dev or test text."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesV6, QuotesV7

REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": [], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": [], "type": "person"},
    {"id": "E_NURSES", "name": "Nurses for Safe Wards", "aliases": ["NSW"], "type": "organization"},
    {"id": "E_ENGINEERS", "name": "Engineers Without Walls", "aliases": ["EWW"], "type": "organization"},
    {"id": "E_RAILCO", "name": "Railco Holdings", "aliases": ["Railco"], "type": "organization"},
    {"id": "E_WATER", "name": "Water Safety Board", "aliases": ["the board"], "type": "organization"},
]


def speakers(text: str, version: type) -> list[tuple[str, str | None]]:
    """(content, speaker) of every quote found."""
    ann = version({"entities": REGISTRY}).extract(Document("d", text))
    return [(" | ".join(text[s:e] for s, e in q.content), q.source.entity) for q in ann.quotes]


# each class twice, in different words: a rule must fix a class, not a sentence
CASES = [
    # a plural description after the organisation whose name holds its head
    (
        "Nurses for Safe Wards wrote to the minister on Friday.\n\nThe nurses said the wards were unsafe.",
        ("the wards were unsafe", "E_NURSES"),
    ),
    (
        "Engineers Without Walls inspected the bridge in June.\n\nThe engineers said the cables had rusted.",
        ("the cables had rusted", "E_ENGINEERS"),
    ),
    # an organisation noun after the organisation named in its paragraph or the one before
    ("Ana Ruiz joined Railco in May.\n\nThe company said profits had doubled.", ("profits had doubled", "E_RAILCO")),
    ("Tom Baker sold his shares in Railco Holdings last year.\n\nThe firm said the sale was legal.", ("the sale was legal", "E_RAILCO")),
    # a document noun: the group that wrote it
    (
        "Members of NSW signed an appeal to the mayor.\n\nThe appeal was sent on Monday, and the letter said the hospital needed staff.",
        ("the hospital needed staff", "E_NURSES"),
    ),
    # a sentence-opening capitalised word that is no person gives way to the cue's subject
    ("Hours before the vote, union leader Tom Baker voiced doubts about the deal, saying it was dead.", ("it was dead", "E_TOM")),
    ("Minutes after the match, coach Ana Ruiz thanked the fans, saying the referee had erred.", ("the referee had erred", "E_ANA")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_v7_links_the_speaker_and_v6_did_not(text, expected):
    content, speaker = expected
    v7 = dict(speakers(text, QuotesV7))
    v6 = dict(speakers(text, QuotesV6))
    assert content in v7, (content, v7)
    assert v7[content] == speaker
    assert v6.get(content) != speaker  # the rule is v7's: v6 links it otherwise


def test_a_person_speaker_is_not_taken_by_a_group_description():
    # "the nurses" with no group named before: v6's behaviour (the description as written)
    text = "Ana Ruiz visited the ward.\n\nThe nurses said the beds were full."
    assert dict(speakers(text, QuotesV7)) == dict(speakers(text, QuotesV6))


def test_an_organisation_outside_the_window_is_not_linked():
    text = "Railco opened a depot.\n\nIt rained.\n\nThen it snowed.\n\nThe company said the line was closed."
    assert dict(speakers(text, QuotesV7)).get("the line was closed") != "E_RAILCO"


def test_quote_spans_are_v6s():
    text = "Nurses for Safe Wards wrote to the minister.\n\nThe nurses said the wards were unsafe, and Tom Baker said “no.”"
    v6 = QuotesV6({"entities": REGISTRY}).extract(Document("d", text)).quotes
    v7 = QuotesV7({"entities": REGISTRY}).extract(Document("d", text)).quotes
    assert [(q.type, q.content, q.cue) for q in v6] == [(q.type, q.content, q.cue) for q in v7]
