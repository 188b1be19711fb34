"""``quotes`` v14 (v14.py, v14_bounds.py, v14_reports.py): each boundary correction and added report
on an invented sentence (never dev, test or unseen text), checked to need its rule (without it
v13's boundary stays, or the quote is missed); where none fires v14's output is v13's; offsets
around emoji and CRLF; the speaker stage is v13's and replaceable; registration."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesV13, QuotesV14
from newsgold.extractors.quotes.v14_bounds import BOUNDS
from newsgold.extractors.quotes.v14_reports import REPORTS
from newsgold.extractors.registry import resolve

# correction, text, expected (type, content fragments, cue, source span)
CASES = [
    (
        "quoted_sentence_end",
        "The mayor said the levy is “a fair deal for everyone.” But the union has also quietly told members to vote against it.",
        ("mixed", ["the levy is “a fair deal for everyone.”"], "said", "The mayor"),
    ),
    (
        "quoted_sentence_end",
        "The mayor describes the levy as “a fair deal. And a good one.” When she finished, the council voted.",
        ("mixed", ["the levy as “a fair deal. And a good one.”"], "describes", "The mayor"),
    ),
    (
        "quoted_sentence_end",
        'The mayor says the council can "deliver a better budget next year." The goal is to deliver a "fair levy" that helps.',
        ("mixed", ['the council can "deliver a better budget next year."'], "says", "The mayor"),
    ),
    (
        "parenthesis",
        "The firm lost money last year. (The company said it had sold its entire stake in the mill.) Shares fell.",
        ("indirect", ["it had sold its entire stake in the mill"], "said", "The company"),
    ),
]


def _quotes(text: str, bounds: tuple[str, ...] = BOUNDS, reports: tuple[str, ...] = REPORTS) -> list[tuple]:
    ann = QuotesV14(bounds=bounds, reports=reports).extract(Document("d", text))
    out = []
    for q in ann.quotes or []:
        cue = text[q.cue[0] : q.cue[1]] if q.cue else None
        span = text[q.source.span[0] : q.source.span[1]] if q.source.span else None
        out.append((q.type, [text[s:e] for s, e in q.content], cue, span))
    return out


@pytest.mark.parametrize(("bound", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_correction_gives_its_boundary_and_is_needed(bound: str, text: str, expected: tuple) -> None:
    assert expected in _quotes(text)
    assert expected not in _quotes(text, bounds=tuple(b for b in BOUNDS if b != bound))


REPORT_CASES = [
    (
        "Two bakeries and a florist are among the shops that said they raised prices after the storm.",
        ("indirect", ["they raised prices after the storm"], "said", "the shops"),
    ),
    (
        "Even if the port reopens, harbour analysts who have studied the data say they doubt that traffic will recover.",
        ("indirect", ["they doubt that traffic will recover"], "say", "harbour analysts"),
    ),
    (
        "In a letter to the mayor, the two doctors, both from the city clinic, said they would offer free checks; few replied.",
        ("indirect", ["they would offer free checks"], "said", None),
    ),
    (
        'Members of the club, in a note to the board, said it was a "sad day", but the board has not replied.',
        ("mixed", ['it was a "sad day"'], "said", "Members"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_CASES)
def test_say_pronoun_finds_a_report_whose_subject_no_reader_knows(text: str, expected: tuple) -> None:
    """The speaker span is the subject noun phrase before the verb (a relative clause skipped), when
    there is one; "…, said they" after a comma has none."""
    assert expected in _quotes(text)
    assert expected[:3] not in [q[:3] for q in _quotes(text, reports=tuple(r for r in REPORTS if r != "say_pronoun"))]


ACCORDING_CASES = [
    (
        "According to figures released by the port in May, traffic rose by 4% and the harbour plans to expand by 2030.",
        ("indirect", ["traffic rose by 4% and the harbour plans to expand by 2030"], "According to", "figures released by the port in May"),
    ),
    (
        "He grew up in Ohio. According to his aunt, Ann Lee, “He was reading at an adult level at five.” He loved trains.",
        ("direct", ["He was reading at an adult level at five."], "According to", "Ann Lee"),
    ),
    (
        "According to data compiled by the port, shipments of “green” steel fell by 4% this year.",
        ("mixed", ["shipments of “green” steel fell by 4% this year"], "According to", "data compiled by the port"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_CASES)
def test_according_lead_attributes_the_rest_of_its_sentence(text: str, expected: tuple) -> None:
    assert expected in _quotes(text)
    assert expected not in _quotes(text, reports=tuple(r for r in REPORTS if r != "according_lead"))


@pytest.mark.parametrize(
    "text",
    [
        "According to the mayor, the levy is fair.",  # v13 reads it already: nothing added twice
        "Traffic rose by 4%, according to the port.",  # a trailing attribution is v13's
        "The plan went according to schedule, and the port reopened early in the year.",  # not the sentence's opening
        "According to plan, it went.",  # too short a clause to be a report
    ],
)
def test_according_lead_adds_nothing_where_it_should_not(text: str) -> None:
    assert _quotes(text) == _quotes(text, reports=tuple(r for r in REPORTS if r != "according_lead"))


@pytest.mark.parametrize(
    "text",
    [
        "Lee told them of the plan. Say it again.",  # "told" takes an object first; "Say" opens the sentence
        "I wrote back, saying they should call me.",  # a participle: v13's rules read it
        "The mayor said she will run again next year.",  # v13 finds it already: nothing added twice
        "“Nobody said they would come,” she said.",  # inside a quotation
        "The band said it 2 times.",  # no lower-case word after the pronoun
    ],
)
def test_say_pronoun_adds_nothing_where_it_should_not(text: str) -> None:
    assert _quotes(text) == _quotes(text, reports=tuple(r for r in REPORTS if r != "say_pronoun"))


def test_without_its_rules_v14_is_v13() -> None:
    for text in [c[1] for c in CASES] + [c[0] for c in REPORT_CASES + ACCORDING_CASES]:
        v14 = QuotesV14(bounds=(), reports=()).extract(Document("d", text))
        assert v14.to_dict() == QuotesV13().extract(Document("d", text)).to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "“The levy is fair. It helps everyone,” the mayor said.",  # a direct quote keeps all its sentences
        "Lee said on Monday that the council (a body of nine) would meet again next week.",  # a parenthesis inside the clause
        "The mayor said the levy was “fair”. Critics disagreed with her on Monday.",  # the quote already ends at the mark
        "The mayor said the levy is “a fair deal for everyone.”",  # the quotation ends the text
    ],
)
def test_the_corrections_change_nothing_where_they_should_not(text: str) -> None:
    assert _quotes(text) == _quotes(text, bounds=())
    assert QuotesV14().extract(Document("d", text)).to_dict() == QuotesV13().extract(Document("d", text)).to_dict()


def test_offsets_with_emoji_and_crlf() -> None:
    text = "🇺🇦 Intro 👋🏽.\r\n\r\nThe mayor said the 🌉 levy is “a fair deal for everyone.” But the union told members to vote no.\r\n"
    ann = QuotesV14().extract(Document("d", text))
    contents = [text[s:e] for q in ann.quotes or [] for s, e in q.content]
    assert "the 🌉 levy is “a fair deal for everyone.”" in contents
    for q in ann.quotes or []:
        for s, e in q.content:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


def test_v14_speakers_come_from_the_stage_it_is_given() -> None:
    from newsgold.extractors.quotes.v13_speakers import SpeakerStage

    calls: list[int] = []

    class Recording(SpeakerStage):
        def choose(self, text, quotes, found, analysis, resolver):  # type: ignore[no-untyped-def]
            calls.append(len(quotes))
            return super().choose(text, quotes, found, analysis, resolver)

    doc = Document("s", "Mayor Ann Lee spoke on Monday. \u201cWe will build it,\u201d she said.")
    ann = QuotesV14(stage=Recording()).extract(doc)
    assert calls == [1]
    assert [q.source.entity for q in ann.quotes or []] == ["Ann Lee"]
    assert QuotesV14(stage=SpeakerStage.shipped()).extract(doc).to_dict() == ann.to_dict()


def test_v14_names_speakers_with_the_v14_stage_by_default() -> None:
    # without a registry v13's stage keeps the name the analysis cut ("Mary E"); v14's default stage
    # writes the fullest form the document has (test_quotes_v14_speakers.py covers the stage itself)
    text = (
        'Tariffs hit electronics too, said Mary E. Lovely, a Syracuse University economist. "About a third of imports are covered," she said.\n\n'
        '"It will take years," Lovely said.\n'
    )
    from newsgold.extractors.quotes.v13_speakers import SpeakerStage

    doc = Document("s", text)
    v13_stage = [q.source.entity for q in QuotesV14(stage=SpeakerStage.shipped()).extract(doc).quotes or []]
    default = [q.source.entity for q in QuotesV14().extract(doc).quotes or []]
    assert v13_stage[0] == "Mary E" and default[0] == "Mary E. Lovely", (default, v13_stage)


def test_v14_is_served_and_plain_quotes_is_v14() -> None:
    assert resolve("quotes@14").version == "14"
    assert resolve("quotes@13").version == "13"
    # chosen once on the fresh more4 split (eval/devset/sources/choose_v14.py), see v14's docstring
    assert resolve("quotes").version == "14"
