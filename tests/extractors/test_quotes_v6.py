"""``quotes`` v6's rules, each on small invented snippets (v5 gets each wrong); never dev or test text."""

from __future__ import annotations

import pytest
from tests.extractors.quote_rows import quote_rows

from newsgold.extractors.quotes import QuotesV5, QuotesV6
from newsgold.extractors.quotes.v5_speakers import SpeakerResolverV5
from newsgold.extractors.quotes.v6_frames import frame_start
from newsgold.extractors.quotes.v6_speakers import RegistryV6, SpeakerResolverV6
from newsgold.extractors.text import Analysis

REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": [], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": [], "type": "person"},
    {"id": "E_CALLER", "name": "the person Baker phoned", "aliases": [], "type": "person"},
    {"id": "E_UNION", "name": "Dock Workers Union", "aliases": ["the union"], "type": "organization"},
    {"id": "E_UNION_MEMBER", "name": "a member of the Dock Workers Union", "aliases": [], "type": "person"},
    {"id": "E_RAID_OFFICIAL", "name": "a police official (the raid)", "aliases": [], "type": "person"},
]


def quotes(text: str, version: type = QuotesV6, entities: list | None = REGISTRY) -> list[tuple]:
    """(type, content, source span text, speaker, cue text) of every quote found."""
    return quote_rows(version({"entities": entities}), text)


# each class twice, in different words: a rule must fix a class, not a sentence
CASES = [
    # a reporting form with a capital inside a sentence is part of a name ("States", "Says")
    (
        "Ana Ruiz said trade between Canada and the United States, and Mexico, would grow.",
        ("indirect", "trade between Canada and the United States, and Mexico, would grow", "Ana Ruiz", "E_ANA", "said"),
    ),
    (
        "Tom Baker said talks between Peru and the United States had stalled.",
        ("indirect", "talks between Peru and the United States had stalled", "Tom Baker", "E_TOM", "said"),
    ),
    # a participial insertion between the speaker and the cue
    (
        "Tom Baker, speaking at a news conference, said the tests were negative.",
        ("indirect", "the tests were negative", "Tom Baker", "E_TOM", "said"),
    ),
    (
        "Ana Ruiz, asked about the delay, said the trains would run on Monday.",
        ("indirect", "the trains would run on Monday", "Ana Ruiz", "E_ANA", "said"),
    ),
    # "told X (that) …" with a named or described addressee
    ("Ana Ruiz told CNN the vote would be close.", ("indirect", "the vote would be close", "Ana Ruiz", "E_ANA", "told")),
    (
        "Tom Baker told a local radio station the plant would stay open.",
        ("indirect", "the plant would stay open", "Tom Baker", "E_TOM", "told"),
    ),
    # "accused X of Y", "blamed X for Y": content from X to the end of Y
    ("Tom Baker accused the council of wasting money.", ("indirect", "the council of wasting money", "Tom Baker", "E_TOM", "accused")),
    (
        "Ana Ruiz blamed the contractor for the delays on the bridge.",
        ("indirect", "the contractor for the delays on the bridge", "Ana Ruiz", "E_ANA", "blamed"),
    ),
    # a second finite report by the same subject ends the first
    (
        "Ana Ruiz said the talks were over, and accused Tom Baker of lying.",
        ("indirect", "the talks were over", "Ana Ruiz", "E_ANA", "said"),
    ),
    (
        "Tom Baker said the budget was balanced but warned that taxes would rise.",
        ("indirect", "the budget was balanced", "Tom Baker", "E_TOM", "said"),
    ),
    # verb frames: an addressee before "that", a commissive's infinitive, a wh-clause, a bare clause
    ("Ana Ruiz reminded voters that the deadline was Friday.", ("indirect", "the deadline was Friday", "Ana Ruiz", "E_ANA", "reminded")),
    ("Tom Baker informed the board that he would resign.", ("indirect", "he would resign", "Tom Baker", "E_TOM", "informed")),
    ("Ana Ruiz vowed to “fight for every job.”", ("mixed", "to “fight for every job.”", "Ana Ruiz", "E_ANA", "vowed")),
    (
        "Tom Baker promised to “clean up the mess” in the city.",
        ("mixed", "to “clean up the mess” in the city", "Tom Baker", "E_TOM", "promised"),
    ),
    ("Ana Ruiz questioned why the money was spent.", ("indirect", "why the money was spent", "Ana Ruiz", "E_ANA", "questioned")),
    ("Tom Baker confirmed the school would close.", ("indirect", "the school would close", "Tom Baker", "E_TOM", "confirmed")),
    # a prepositional phrase between "said" and a clause without "that"
    ("Ana Ruiz said in an interview the talks had failed.", ("indirect", "the talks had failed", "Ana Ruiz", "E_ANA", "said")),
    ("Tom Baker said after the vote the party would unite.", ("indirect", "the party would unite", "Tom Baker", "E_TOM", "said")),
    # an irregular past tense makes the reported clause finite
    ("The road was closed. Tom Baker said the driver fled on foot.", ("indirect", "the driver fled on foot", "Tom Baker", "E_TOM", "said")),
    (
        "Stocks dropped. Ana Ruiz said the storm hit the coast at night.",
        ("indirect", "the storm hit the coast at night", "Ana Ruiz", "E_ANA", "said"),
    ),
    # a described subject with a prepositional phrase
    (
        "It was late. The men in the car told him they were lost.",
        ("indirect", "they were lost", "The men in the car", "the men in the car", "told"),
    ),
    (
        "It was late. The woman at the desk said the store had closed.",
        ("indirect", "the store had closed", "The woman at the desk", "the woman at the desk", "said"),
    ),
    # a title apposition after the speaker's name ("X, chief executive of Y, said")
    (
        "It rained. Tom Baker, chief executive of Acme Robotics, said his company’s award was a sign of trust.",
        ("indirect", "his company’s award was a sign of trust", "Tom Baker", "E_TOM", "said"),
    ),
    (
        "It rained. Ana Ruiz, director of the county clinic, said the beds were full.",
        ("indirect", "the beds were full", "Ana Ruiz", "E_ANA", "said"),
    ),
    # a subject and its predicate parted by the attribution: two fragments
    (
        "It rained. The new bridge, Ana Ruiz said, will open in May.",
        ("indirect", "The new bridge | will open in May", "Ana Ruiz", "E_ANA", "said"),
    ),
    (
        "It rained. The two pumps, Tom Baker said, could fail by winter.",
        ("indirect", "The two pumps | could fail by winter", "Tom Baker", "E_TOM", "said"),
    ),
    # "announced"/"reiterated" with a clause without "that"
    (
        "It rained. Tom Baker announced it had become the largest shareholder of the firm.",
        ("indirect", "it had become the largest shareholder of the firm", "Tom Baker", "E_TOM", "announced"),
    ),
    (
        "It rained. Ana Ruiz reiterated it still considers the deal unfair.",
        ("indirect", "it still considers the deal unfair", "Ana Ruiz", "E_ANA", "reiterated"),
    ),
    # a relay after the closing mark of a mixed quote is not content
    (
        "Tom Baker sent a memo to staff, telling them to “stay calm,” his aide wrote.",
        ("mixed", "them to “stay calm,”", "Tom Baker", "E_TOM", "telling"),
    ),
    (
        "Ana Ruiz met the crew, urging them to “work safely,” a colleague wrote.",
        ("mixed", "them to “work safely,”", "Ana Ruiz", "E_ANA", "urging"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i}-{c[1][4]}" for i, c in enumerate(CASES)])
def test_v6_finds_what_v5_misses(text: str, expected: tuple):
    assert expected in quotes(text)
    assert expected not in quotes(text, QuotesV5)


SPEAKERS = [
    # "a spokesman for X", "a member of X": the description speaks, never the organisation it names
    ("The port closed. A member of the Dock Workers Union said the strike would go on.", "E_UNION_MEMBER"),
    ("The port closed. A spokeswoman for the union said the strike would go on.", "a spokeswoman for the union"),
    # an unresolved description is the speaker as written, and a later pronoun is that speaker
    ("Ana Ruiz spoke first.\n\n“We are ready,” the fire chief said. He said the roads would reopen.", "the fire chief"),
    # a generic head is not the person quoted before; the registry's one description it begins is
    ("“Call me,” Ana Ruiz said.\n\nThe person said he was outside.", "E_CALLER"),
    # "A police official said … The official said": the same head noun, the same speaker
    ("Ana Ruiz spoke first. A fire official said two men were held. The official said both were armed.", "a fire official"),
    # the previous speaker in the paragraph before, across a blank line (v4-v5 looked only in its own)
    (
        "Tom Baker said the talks were over.\n\nAna Ruiz said she was ill. “Not today,” the aide added. He said a new round would start.",
        "E_TOM",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS, ids=[s for _, s in SPEAKERS])
def test_v6_speakers(text: str, speaker: str):
    found = quotes(text)
    assert found and found[-1][3] == speaker
    assert quotes(text, QuotesV5)[-1][3] != speaker


def test_a_new_subject_in_the_paragraph_beats_the_speaker_before():
    # v6's window reaches the paragraph before; a person introduced as a subject after that
    # speaker is still the pronoun's antecedent (as v5 had it, by its narrower window)
    text = "Tom Baker said the talks were over.\n\nAna Ruiz was the next witness. She said the memo was late."
    assert quotes(text)[-1][3] == "E_ANA"


def test_possessive_is_no_gender_evidence():
    resolver = SpeakerResolverV6("")
    text = "Tom Baker, her deputy, was not present."
    a = Analysis(text)
    name = a.name_starting_at(0)
    assert name is not None
    assert resolver._gender_from_text(name, a) is None
    assert SpeakerResolverV5("")._gender_from_text(name, a) == "f"  # v5 took "her" as Baker's


def test_one_word_head_needs_a_unique_registered_description():
    reg = RegistryV6([*REGISTRY, {"id": "E_OTHER", "name": "the person in the blue car", "aliases": [], "type": "person"}])
    assert reg.lookup_head("person") is None  # two registered descriptions begin with "person"
    assert RegistryV6(REGISTRY).lookup_head("person") == "E_CALLER"
    assert RegistryV6(REGISTRY).lookup("Police") is None  # a name is never matched by a prefix


def test_frames_do_not_fire_without_their_frame():
    # no addressee + "that", no "to", no wh-word, a finite verb too far for a bare clause
    for text in (
        "Ana Ruiz reminded voters of the deadline.",
        "Tom Baker promised a new bridge.",
        "Ana Ruiz questioned the figures.",
        "Tom Baker confirmed the deaths of twelve people who were killed.",
        "Tom Baker said in an interview with the paper.",
        "Tom Baker announced the deaths of two workers who were hurt.",
        "In May, the bridge, which is old, was closed.",
    ):
        assert quotes(text) == [], text


def test_frame_start_indexes():
    toks = Analysis("the board that he would resign").tokens
    assert frame_start("object_that", toks) == 3
    assert frame_start("infinitive", Analysis("to rebuild the city").tokens) == 0
    assert frame_start("wh", Analysis("whether it rains").tokens) == 1
    assert frame_start("wh", Analysis("why it rains").tokens) == 0


def test_offsets_with_emoji_flags_curly_quotes_and_line_breaks():
    text = "🇫🇷 Fans waited 🎉.\n\nAna Ruiz, speaking at the 🏟 stadium, said the team “won fair.”\nTom Baker told CNN the 🇧🇷 match was next."
    found = quotes(text)
    assert ("mixed", "the team “won fair.”", "Ana Ruiz", "E_ANA", "said") in found
    assert ("indirect", "the 🇧🇷 match was next", "Tom Baker", "E_TOM", "told") in found
