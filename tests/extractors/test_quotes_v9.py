"""``quotes`` v9's speaker mechanisms and its one-pass analysis, on small invented snippets
(v8 gets each speaker wrong); never dev or test text."""

from __future__ import annotations

import json

import pytest

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesV8, QuotesV9
from newsgold.extractors.quotes.v6 import _ACCUSE_FORMS, FRAME_FORMS, RulesV6
from newsgold.extractors.quotes.v8 import AnalysisV8
from newsgold.extractors.quotes.v9 import AnalysisV9, RulesV9
from newsgold.extractors.quotes.v9_speakers import content_words
from newsgold.extractors.registry import resolve

from .pins import UNSEEN, WS

REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": ["Ruiz"], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": ["Baker"], "type": "person"},
    {"id": "E_LENA", "name": "Lena Ortiz", "aliases": [], "type": "person"},
    {"id": "E_RUIZ_AND_BAKER", "name": "Ana Ruiz and Tom Baker", "aliases": [], "type": "other"},
    {"id": "E_RAILCO", "name": "Railco Holdings", "aliases": ["Railco"], "type": "organization"},
    {"id": "E_HARBOUR_BOARD", "name": "Harbour Board", "aliases": [], "type": "organization"},
    {"id": "E_WATER_BOARD", "name": "Water Board", "aliases": [], "type": "organization"},
    {"id": "E_BOARDS", "name": "the Harbour Board and the Water Board", "aliases": [], "type": "other"},
    {"id": "E_RIVER_COMMISSIONER", "name": "Vale Commissioner for River Safety", "aliases": [], "type": "person"},
    {"id": "E_COUNTY_PROSECUTORS", "name": "county prosecutors (Vale fraud case)", "aliases": [], "type": "other"},
    {"id": "E_OTHER_PROSECUTORS", "name": "federal prosecutors (Ostrava bribery case)", "aliases": [], "type": "other"},
    {"id": "E_MINE_OFFICE", "name": "Vale Office of Mine Safety", "aliases": [], "type": "organization"},
    {"id": "E_HALE", "name": "Maria Hale", "aliases": [], "type": "person"},
    {"id": "E_BRANDT", "name": "Otto Brandt", "aliases": [], "type": "person"},
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
CASES = [
    # the subject phrase as a whole: a coordination, a name with a preposition inside
    (
        "The Harbour Board and Water Board said the pier would stay closed until spring.",
        "the pier would stay closed until spring",
        "E_BOARDS",
    ),
    ("Ana Ruiz and Tom Baker said the merger would go ahead.", "the merger would go ahead", "E_RUIZ_AND_BAKER"),
    ("Ruiz and Baker told shareholders that the merger would go ahead.", "the merger would go ahead", "E_RUIZ_AND_BAKER"),
    (
        "The Vale Commissioner for River Safety said the dam had been inspected twice.",
        "the dam had been inspected twice",
        "E_RIVER_COMMISSIONER",
    ),
    # a bare description ranked against the registry by the document's own words
    (
        "The strike began at the Vale hospital on Monday.\n\nProsecutors said the fraud had cost the county $2 million.",
        "the fraud had cost the county $2 million",
        "E_COUNTY_PROSECUTORS",
    ),
    (
        "A fraud case in Vale county went to trial.\n\nProsecutors argued that the invoices were forged.",
        "the invoices were forged",
        "E_COUNTY_PROSECUTORS",
    ),
    # a role noun written as an abbreviated title before a name: the one named last before it
    (
        "Republican Gov. Maria Hale met Gov. Otto Brandt in March.\n\nHale later spoke to farmers. The governor said the drought aid would arrive in May.",
        "the drought aid would arrive in May",
        "E_HALE",
    ),
    (
        "Gov. Maria Hale and Gov. Otto Brandt signed the pact.\n\nBrandt flew home. The governor said the border would reopen.",
        "the border would reopen",
        "E_BRANDT",
    ),
    # a person pronoun names a registered person, never a name inside the quote's own content
    ("Lena Ortiz leads the program.\n\nDune Walker will land in 2024, she said.", "Dune Walker will land in 2024", "E_LENA"),
    ("Tom Baker runs the yard.\n\nBlue Heron will sail in June, he said.", "Blue Heron will sail in June", "E_TOM"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_v9_finds_the_registered_speaker_and_v8_did_not(text: str, content: str, speaker: str) -> None:
    v9 = quotes(text, QuotesV9)
    assert content in v9, v9
    assert v9[content][1] == speaker
    v8 = quotes(text, QuotesV8)
    assert content in v8 and v8[content][1] != speaker  # the same quote, another speaker


@pytest.mark.parametrize(
    "text",
    [
        "Federal officials said the bridge would reopen in June.",  # "prosecutors (Ostrava …)": no word of it here
        "Mine safety officials said the tunnel had been sealed.",  # "Vale Office of …": "Vale", "Office" not written
    ],
)
def test_an_entity_whose_capitalised_words_the_document_does_not_write_is_no_candidate(text: str) -> None:
    (_kind, speaker, _span), *_ = quotes(text, QuotesV9).values()
    assert speaker not in {e["id"] for e in REGISTRY}
    assert quotes(text, QuotesV9) == quotes(text, QuotesV8)


def test_two_entities_equally_ranked_leave_the_speaker_as_v8_had_it() -> None:
    registry = [
        {"id": "E_P1", "name": "prosecutors (the dock case)", "aliases": [], "type": "other"},
        {"id": "E_P2", "name": "prosecutors (the mill case)", "aliases": [], "type": "other"},
    ]
    text = "The dock and the mill were both searched.\n\nProsecutors said the records were missing."
    ann = QuotesV9({"entities": registry}).extract(Document("d", text))
    assert [q.source.entity for q in ann.quotes] == ["Prosecutors"]


def test_content_words_fold_articles_plurals_possessives_and_qualifiers_apart() -> None:
    assert content_words("The Harbour Board and the Water Board") == content_words("Harbour Board and Water Board")
    assert content_words("court records") == content_words("the court record")
    assert content_words("Ruiz’s lawyers") == content_words("Ruiz's lawyer") == {"ruiz", "lawyer"}


# offsets are str indices into the exact text: emoji, flags, skin tones, curly quotes, CRLF
OFFSET_TEXTS = [
    "🎉 Party night. 🇧🇷 The Harbour Board and Water Board said the pier would stay closed until spring.",
    "Ana Ruiz 👩🏽‍🔬 leads the lab.\r\n\r\n“Dune Walker will land in 2024,” she said. 🚀",
    "Gov. Maria Hale 🇺🇸 met Gov. Otto Brandt.\n\nBrandt left. The governor said the “border” would reopen 🙂.",
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_spans_are_exact_str_indices_around_emoji_flags_and_line_breaks(text: str) -> None:
    ann = QuotesV9({"entities": REGISTRY}).extract(Document("d", text))
    assert ann.quotes
    for q in ann.quotes:
        assert q.source.entity in {e["id"] for e in REGISTRY}
        for s, e in [*q.content, *([q.source.span] if q.source.span else []), *([q.cue] if q.cue else [])]:
            piece = text[s:e]
            assert piece == piece.strip() and piece  # no span starts or ends inside whitespace
            assert not (0 < s < len(text) and "\u200d" in text[s - 1 : s + 1])  # nor inside an emoji sequence
    speakers = {text[q.source.span[0] : q.source.span[1]] for q in ann.quotes if q.source.span}
    assert speakers <= {"Water Board", "she", "The governor"}


def _texts() -> list[str]:
    unseen = [json.loads(line)["text"] for line in UNSEEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d.text for d in WS.documents.values()] + unseen + OFFSET_TEXTS + [t for t, _, _ in CASES]


def test_the_one_pass_analysis_gives_v8s_tokens_and_cue_lists() -> None:
    for text in _texts():
        old, new = AnalysisV8(text), AnalysisV9(text)
        assert [(t.start, t.end, t.text, t.lower) for t in new.tokens] == [(t.start, t.end, t.text, t.lower) for t in old.tokens]
        assert new.token_starts == old.token_starts
        assert new._cue_tokens == old._cue_tokens
        rules = RulesV9(Document("d", text))
        for words in (FRAME_FORMS, _ACCUSE_FORMS, {"said", "told"}, {"no-such-word"}):
            assert rules._tokens_of(words) == RulesV6._tokens_of(rules, words)


def test_quotes_v9_is_still_served() -> None:
    # plain ``quotes`` is v10 since session 7 (tests/extractors/test_quotes_v10.py)
    assert resolve("quotes@9").version == "9"
    assert resolve("quotes@8").version == "8"


SCAN_TEXTS = [
    "Bashar al-Assad met Osama bin Laden's envoy, Abu ibn-Saud and el-Sisi; ul-Haq and ash-Shami came.",
    "Mr. Smith, Dr. J.R. Jones and the U.S. Navy said so... Really?! “Yes.” (Maybe.) Ends…\n\nNew 🇧🇷 paragraph 🎉.\r\nNext",
    "at-Tahrir, az-Zubair and ad-Dawla. Sen. Ana Ruiz! Gov. Tom Baker? 1990s. e.g. this. i.e. that.",
]


def test_the_name_and_sentence_end_scans_give_the_patterns_matches() -> None:
    """The shared scans (a first-character lookahead in front of each pattern) find exactly the
    matches of the patterns v1-v8 were released with."""
    from newsgold.extractors import sentences, text

    for t in [*SCAN_TEXTS, *_texts()]:
        assert [m.span() for m in text._NAME_SCAN_RE.finditer(t)] == [m.span() for m in text.NAME_RE.finditer(t)]
        assert [m.span() for m in sentences._SENT_END_SCAN_RE.finditer(t)] == [m.span() for m in sentences._SENT_END_RE.finditer(t)]
