"""``quotes`` v10's mechanisms on small invented snippets (v9 misses each quote or speaker);
never dev, test or unseen text.  Offsets are checked with emoji, a flag, curly quotes and
line breaks around the new rules' spans."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesV9, QuotesV10
from newsgold.extractors.quotes.v9 import AnalysisV9
from newsgold.extractors.quotes.v10 import AnalysisV10, RulesV10
from newsgold.extractors.quotes.v10_frames import FRAME_FORMS_V10, FRAMES_V10, frame_start_v10
from newsgold.extractors.registry import resolve
from newsgold.extractors.text import WORD_RE, Token

REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": ["Ruiz"], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": ["Baker"], "type": "person"},
    {"id": "E_LENA", "name": "Lena Ortiz", "aliases": ["Ortiz"], "type": "person"},
    {"id": "E_OMAR", "name": "Omar Haddad", "aliases": ["Haddad"], "type": "person"},
    {"id": "E_NORDBANK", "name": "Nordbank Capital Markets", "aliases": ["Nordbank"], "type": "organization"},
    {"id": "E_VALE_MINISTRY", "name": "Vale Ministry of Transport", "aliases": [], "type": "organization"},
    {"id": "E_PORT_BOARD", "name": "the Port Board", "aliases": ["Port Board"], "type": "organization"},
]


def quotes(text: str, version: type) -> dict[str, tuple[str, str | None, str | None]]:
    """content (fragments joined by " | ") -> (type, speaker entity, source span text)."""
    ann = version({"entities": REGISTRY}).extract(Document("d", text))
    out = {}
    for q in ann.quotes:
        span = text[q.source.span[0] : q.source.span[1]] if q.source.span else None
        out[" | ".join(text[s:e] for s, e in q.content)] = (q.type, q.source.entity, span)
    return out


# each mechanism at least twice, in different words: a rule must fix a class, not a sentence
APPOSITION = [
    ("Ana Ruiz, equity strategist at Delta Partners, says the shares could fall further.", "the shares could fall further", "E_ANA"),
    ("Tom Baker, Head of Research at Kestrel Securities, pointed out that this is a narrow market.", "this is a narrow market", "E_TOM"),
    ("Lena Ortiz, Vale City's new fire chief, said in an interview that crews cannot do it alone.", "crews cannot do it alone", "E_LENA"),
    ("State Sen. Omar Haddad (D-Riverside), for example, said the budget was too small.", "the budget was too small", "E_OMAR"),
    (
        "Ana Ruiz, president of Ruiz & Baker, a Vale and Ostrava design agency, said she thought the campaign was meant to shock.",
        "she thought the campaign was meant to shock",
        "E_ANA",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), APPOSITION)
def test_a_name_and_its_apposition_before_the_cue(text: str, content: str, speaker: str) -> None:
    assert content not in quotes(text, QuotesV9)
    assert quotes(text, QuotesV10)[content][1] == speaker


def test_an_apposition_with_a_clause_is_not_read_as_a_title() -> None:
    # a finite verb inside the commas: a relative clause, not a noun phrase; the name is not taken
    text = "Ana Ruiz, whose firm lost the bid, is expected to appeal, the report said."
    assert all(entity != "E_ANA" or span != "Ana Ruiz" for _t, entity, span in quotes(text, QuotesV10).values())


FRAMES = [
    # V to VP
    ("The union offered to pay for the repairs at no cost to the city.", "to pay for the repairs at no cost to the city"),
    ("Police threatened to close the bridge, as the protest grew.", "to close the bridge"),
    # V X to VP, with a particle
    ("The doctors pleaded with the ministry to reconsider its decision.", "the ministry to reconsider its decision"),
    ("Lena Ortiz pressed residents to stay indoors overnight.", "residents to stay indoors overnight"),
    # V X as Y
    ("Ruiz and council leaders touted the plan as a model for the region.", "the plan as a model for the region"),
    ("Omar Haddad dismissed the report as a distraction.", "the report as a distraction"),
    # V X ADJ / V X a Y / V X to be Y
    ("Vale courts, however, have declared most of the new levies unconstitutional.", "most of the new levies unconstitutional"),
    ("The Port Board called the proposal a costly mistake.", "the proposal a costly mistake"),
    # V X to Y (fixed preposition)
    ("Tom Baker attributed the rally in bank shares to the court's ruling.", "the rally in bank shares to the court's ruling"),
]


@pytest.mark.parametrize(("text", "content"), FRAMES)
def test_complement_frames(text: str, content: str) -> None:
    assert content not in quotes(text, QuotesV9)
    assert quotes(text, QuotesV10)[content][0] == "indirect"


NOT_REPORTS = [
    "A man called 911 after the crash.",  # a noun object only
    "The so-called reform passed on Tuesday.",
    "She was asked to leave the room.",  # passive: no speaker in the clause
    "The board is urging members to vote.",  # a progressive: left to v9 (it moved a dev speaker)
    "The mayor called a meeting for Friday.",  # "called a meeting": a noun object (§9.5)
    "The team will see the doctor as soon as it lands.",  # "as" opening a clause
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_complement_frames_do_not_read_plain_objects(text: str) -> None:
    assert quotes(text, QuotesV10) == quotes(text, QuotesV9)


def test_frame_content_stops_at_a_sentence_end_inside_quotation_marks() -> None:
    text = 'Ana Ruiz sees the lineup as its "weak spot." While prices are low, the titles cost more.'
    found = quotes(text, QuotesV10)
    assert found['the lineup as its "weak spot."'][:2] == ("mixed", "E_ANA")


def test_frame_lookup_table() -> None:
    assert set(FRAME_FORMS_V10.values()) == set(FRAMES_V10)
    toks = [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer("with the board to act now")]
    assert frame_start_v10("plead", toks) == 1
    assert frame_start_v10("plead", toks[1:]) is None  # "pleaded the board to": the particle is required
    assert frame_start_v10("offer", toks) is None


# -- speakers: salience -------------------------------------------------------------------


SALIENCE = [
    (
        "“Costs are rising,” Baker said. “We are late,” he added.\n\n"
        "Wild defenseman Omar Haddad, who joked about the weather, could see the strain.\n\n“He is used to winning,” he said.",
        "He is used to winning,",
        "E_OMAR",
    ),
    (
        "“Prices will rise,” Haddad said. “It is certain,” he added.\n\n"
        "Assistant coach Tom Baker, who ran the drills, watched from the bench.\n\n“He kept us calm,” he said.",
        "He kept us calm,",
        "E_TOM",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SALIENCE)
def test_a_pronoun_goes_to_a_person_introduced_since_its_antecedent(text: str, content: str, speaker: str) -> None:
    assert quotes(text, QuotesV9)[content][1] != speaker
    assert quotes(text, QuotesV10)[content][1] == speaker


def test_a_pronoun_keeps_its_antecedent_when_the_new_person_was_named_before() -> None:
    # Haddad was named before Ruiz spoke: no introduction since, v9's answer stands
    text = (
        "Omar Haddad joined in May.\n\n“Costs are rising,” Baker said. “We are late,” he added.\n\n"
        "Wild defenseman Omar Haddad could see the strain.\n\n“He is used to winning,” he said."
    )
    assert quotes(text, QuotesV10) == quotes(text, QuotesV9)


def test_a_pronoun_of_the_wrong_gender_keeps_its_antecedent() -> None:
    text = (
        "“Costs are rising,” Ruiz said. “We are late,” she added.\n\n"
        "Wild defenseman Mr. Omar Haddad could see the strain.\n\n“It was hard,” she said."
    )
    assert quotes(text, QuotesV10)["It was hard,"][1] == quotes(text, QuotesV9)["It was hard,"][1] == "E_ANA"


ORGS = [
    (
        "“Growth will stay weak,” said Nordbank Capital Markets.\n\nA long slowdown could hurt demand, the brokerage said.",
        "A long slowdown could hurt demand",
    ),
    ("“Margins will shrink,” said Nordbank Capital Markets.\n\nLoan demand is slowing, the lender said.", "Loan demand is slowing"),
]


@pytest.mark.parametrize(("text", "content"), ORGS)
def test_an_organisations_definite_description_is_the_organisation_that_spoke_last(text: str, content: str) -> None:
    v9, v10 = quotes(text, QuotesV9)[content], quotes(text, QuotesV10)[content]
    assert v9[1] not in {"E_NORDBANK", "E_VALE_MINISTRY"}
    assert v10[1] in {"E_NORDBANK", "E_VALE_MINISTRY"}


def test_a_person_description_is_not_an_organisation() -> None:
    text = "“Growth will stay weak,” said Nordbank Capital Markets.\n\nA slowdown could hurt demand, the analyst said."
    assert quotes(text, QuotesV10) == quotes(text, QuotesV9)


# -- offsets ----------------------------------------------------------------------------------


def test_offsets_with_emoji_flags_curly_quotes_and_line_breaks() -> None:
    text = (
        "🇺🇦 Fans 👋🏽 cheered.\r\n\r\nAna Ruiz, equity strategist at Delta 🚀 Partners, says the shares could “fall” 📉 further.\n\n"
        "Tom Baker pressed the council to delay the vote 🗳️ until June.\r\n"
        "“Costs 💸 are rising,” Baker said.\n\nVeteran pilot Lena Ortiz flew the route.\n\n“It was 🇫🇷 never easy,” she said."
    )
    ann = QuotesV10({"entities": REGISTRY}).extract(Document("d", text))
    by_content = {" | ".join(text[s:e] for s, e in q.content): q for q in ann.quotes}
    q1 = by_content["the shares could “fall” 📉 further"]
    assert q1.type == "mixed" and q1.source.entity == "E_ANA"
    assert text[q1.source.span[0] : q1.source.span[1]] == "Ana Ruiz"
    assert text[q1.cue[0] : q1.cue[1]] == "says"
    q2 = by_content["the council to delay the vote 🗳️ until June"]
    assert q2.source.entity == "E_TOM" and text[q2.cue[0] : q2.cue[1]] == "pressed"
    assert by_content["It was 🇫🇷 never easy,"].source.entity == "E_LENA"
    for q in ann.quotes:
        for s, e in q.content:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


def test_the_analysis_indexes_the_frame_verbs_in_the_same_pass() -> None:
    text = "Ruiz touted the board as able. Baker said “no” 🙂 and offered to resign.\n"
    a9, a10 = AnalysisV9(text), AnalysisV10(text)
    assert [(t.start, t.end, t.text) for t in a9.tokens] == [(t.start, t.end, t.text) for t in a10.tokens]
    assert a10.word_index["touted"] == [1] and "touted" not in a9.word_index
    assert RulesV10(Document("d", text))._tokens_of(["offered", "touted"]) == sorted(a10.word_index["touted"] + a10.word_index["offered"])


def test_v10_is_still_served() -> None:
    # plain ``quotes`` is v11 since session 9 (tests/extractors/test_quotes_v11.py)
    assert resolve("quotes@10").version == "10"
