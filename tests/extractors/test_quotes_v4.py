"""``quotes`` v4's rules, each on a small invented snippet of a common news convention (v3 misses each)."""

from __future__ import annotations

import pytest
from tests.extractors.quote_rows import quote_rows

from newsgold.extractors.quotes import QuotesV3, QuotesV4


def quotes(text: str, version: type = QuotesV4) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, content, source span text, speaker, cue text) of every quote found."""
    return quote_rows(version(), text)


CASES = [
    (  # a reporting verb outside v3's list
        "Board chair Dana Okafor testified before the council that the old pipes were failing.",
        ("indirect", "the old pipes were failing", "Dana Okafor", "Dana Okafor", "testified"),
    ),
    (
        "Resident Mary Chen cautioned that rates could double.",
        ("indirect", "rates could double", "Resident Mary Chen", "Resident Mary Chen", "cautioned"),
    ),
    (  # a wh-clause object
        "Nurse Ada Kim wondered whether the ward would reopen.",
        ("indirect", "the ward would reopen", "Nurse Ada Kim", "Nurse Ada Kim", "wondered"),
    ),
    (  # a participial report with a particle
        "Parents protested outside the school, calling on the board to publish its budget.",
        ("indirect", "the board to publish its budget", "Parents", "Parents", "calling on"),
    ),
    (  # "according to X" before a direct quote
        "Coach Ivo Brandt spoke after the game.\nAccording to Brandt, “the referee lost control early.”",
        ("direct", "the referee lost control early.", "Brandt", "Ivo Brandt", "According to"),
    ),
    (  # a colon introduction without a reporting verb; the name of the apposition is the source
        "The mayor, Luis Ferreira, had a blunt message for residents: “Conserve now or pay later.”",
        ("direct", "Conserve now or pay later.", "Luis Ferreira", "Luis Ferreira", None),
    ),
    (  # a noun cue with a possessor
        "Engineers disputed Okafor's claim that the pipes date from 1920.",
        ("indirect", "the pipes date from 1920", "Okafor", "Okafor", "claim"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][4] or "colon" for c in CASES])
def test_v4_finds_what_v3_misses(text: str, expected: tuple):
    assert expected in quotes(text)
    assert expected not in quotes(text, QuotesV3)


def test_colon_ending_the_paragraph_before_the_quotation():
    text = "Councillor Rosa Lind spoke after the vote. She said:\n“We were never consulted.”"
    assert ("direct", "We were never consulted.", "She", "Rosa Lind", "said") in quotes(text)


def test_noun_cue_in_subject_position_stops_at_the_main_verb():
    text = "Engineer Tom Reyes spoke first. Reyes's claim that the pipes were laid in 1920 was disputed by the board."
    got = [q for q in quotes(text) if q[4] == "claim"]
    assert got == [("indirect", "the pipes were laid in 1920", "Reyes", "Engineer Tom Reyes", "claim")]


def test_a_noun_cue_without_a_speaker_is_no_quote():
    assert quotes("The claim that the bridge was unsafe spread online.") == []


def test_passive_forms_of_new_verbs_are_no_cue():
    assert quotes("The new bridge is expected to open in May, and the budget was charged with interest.") == []


def test_caps_dateline_is_out_of_scope():
    text = "MILLBROOK — The water plan will cost $40 million, Mayor Luis Ferreira said Tuesday."
    (found,) = quotes(text)
    assert found[1] == "The water plan will cost $40 million" and found[3] == "Luis Ferreira"


def test_plural_descriptions_are_not_resolved_to_one_named_person():
    text = "The plan will cost more, officials said.\nWater board chair Dana Okafor testified that the pipes were failing."
    first = quotes(text)[0]
    assert first[2] == "officials" and first[3] is None


def test_pronoun_takes_the_previous_speaker_over_a_later_sentence_subject():
    text = (
        "“We will rebuild,” Mayor Ana Ruiz said on Monday.\n"
        "Governor Paul Weber visited the site on Sunday. “Nobody should be left out,” she said."
    )
    got = quotes(text)
    assert got[-1][1:4] == ("Nobody should be left out,", "she", "Ana Ruiz")
    assert quotes(text, QuotesV3)[-1][3] == "Paul Weber"


def test_direct_only_verbs_cue_direct_quotes_but_start_no_indirect_one():
    text = "“That was close,” Ruiz laughed. Ruiz laughed that it was close."
    got = quotes(text)
    assert got == [("direct", "That was close,", "Ruiz", "Ruiz", "laughed")]


MORE = [
    (  # a quoted fragment inside a paraphrase is a mixed quote, not a direct quote of its own
        "Senator Ana Ruiz said the plan “will not survive the winter” without new money.",
        ("mixed", "the plan “will not survive the winter” without new money", "Senator Ana Ruiz", "Ana Ruiz", "said"),
    ),
    (  # a trailing attribution whose clause has no finite verb from the lexicon
        "Slow hiring outside a few regions, such as the coast and the north, supports that view, said Paul Weber, a fellow at the institute.",
        (
            "indirect",
            "Slow hiring outside a few regions, such as the coast and the north, supports that view",
            "Paul Weber",
            "Paul Weber",
            "said",
        ),
    ),
    (  # a subject pronoun right after the cue starts the clause
        "After the storm passed, Ruiz said she went outside to look for her neighbour.",
        ("indirect", "she went outside to look for her neighbour", "Ruiz", "Ruiz", "said"),
    ),
    (  # a parenthesis between speaker and cue; the name after the cue is the content's subject
        "State Sen. Ana Ruiz (D-North) said Weber “has sold himself as a reformer.”",
        ("mixed", "Weber “has sold himself as a reformer.”", "State Sen. Ana Ruiz", "Ana Ruiz", "said"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=["mixed", "trailing", "pronoun-clause", "parenthesis"])
def test_v4_dev_classes(text: str, expected: tuple):
    assert expected in quotes(text)


def test_nested_cue_right_before_a_quotation_is_the_innermost_report():
    text = "Ana Ruiz spoke to police on Monday, adding that “the car was already gone,” Detective Paul Weber wrote."
    (found,) = quotes(text)
    assert found[1] == "the car was already gone," and found[4] == "adding" and found[3] == "Ana Ruiz"
