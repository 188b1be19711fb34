"""Spans given as text, aligned to the document (newsgold.align): hand-made cases of every rule."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from newsgold.align import EXACT, FAILED, NORMALISED, Aligner, align_raw, has_text_fields, normalise
from newsgold.corpus import Document
from newsgold.extractors import ExtractorError, extract_many, resolve
from newsgold.schema import DocAnnotation, Quote, Source
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.corpus import score_corpus
from newsgold.validate import Context, check_object

TEXT = (
    "Officials 🇳🇴 met 👋🏽 on Monday. “We’re ready — really,” the mayor said.\n"
    "She said yes. He said yes. The\u00a0council met in 2019–2020 and said it would\n"
    "rebuild the bridge… eventually."
)


def at(piece: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return [start, start + len(piece)]


def quote(qid: str, content: Any, **more: Any) -> dict[str, Any]:
    return {"id": qid, "type": "direct", "content_text": content, **more}


def aligned(*quotes: dict[str, Any], text: str = TEXT) -> dict[str, Any]:
    raw = {"doc_id": "d", "quotes": list(quotes)}
    assert check_object(raw, Context(docs={"d": Document("d", text)}), "preds.jsonl", 1, strict_refs=False) == []
    return align_raw(raw, text)


def records(out: dict[str, Any]) -> list[dict[str, Any]]:
    return out["meta"]["align"]["unaligned_or_tied"]


def test_exact_match_after_emoji_and_flags_gives_code_point_offsets():
    out = aligned(quote("q1", "met 👋🏽 on Monday"))
    assert out["quotes"][0]["content"] == [at("met 👋🏽 on Monday")]
    s, e = out["quotes"][0]["content"][0]
    assert TEXT[s:e] == "met 👋🏽 on Monday" and s == len("Officials 🇳🇴 ")  # the flag is two code points
    assert out["meta"]["align"]["counts"]["quotes"] == {EXACT: 1, NORMALISED: 0, FAILED: 0, "ties": 0}
    assert records(out) == []


def test_straight_quotes_and_hyphen_align_to_curly_quotes_and_em_dash():
    out = aligned(quote("q1", '"We\'re ready - really,"'))
    s, e = out["quotes"][0]["content"][0]
    assert TEXT[s:e] == "“We’re ready — really,”"
    assert records(out) == [
        {"layer": "quotes", "item": "q1", "field": "content_text", "text": '"We\'re ready - really,"', "how": NORMALISED, "span": [s, e]}
    ]


def test_a_string_spanning_a_line_break_and_a_no_break_space():
    out = aligned(quote("q1", "would rebuild the bridge"), quote("q2", "The council met"))
    (s1, e1), (s2, e2) = out["quotes"][0]["content"][0], out["quotes"][1]["content"][0]
    assert TEXT[s1:e1] == "would\nrebuild the bridge"
    assert TEXT[s2:e2] == "The\u00a0council met"
    assert out["meta"]["align"]["counts"]["quotes"][NORMALISED] == 2


MIXED = "Le caf\u00e9 est ferm\u00e9.\r\nLe cafe\u0301 aussi. \U0001f469\u200d\U0001f469\u200d\U0001f467 et \U0001f1fa\U0001f1f8\U0001f1eb\U0001f1f7."


def test_nfc_and_nfd_strings_find_each_other():
    """An NFD string missed an NFC text (and the reverse): each is aligned, normalised, to the
    characters as written in the text."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Le caf\u00e9 est")
    out = aligned(quote("q1", nfd), quote("q2", "Le caf\u00e9 aussi"), text=MIXED)
    (s1, e1), (s2, e2) = out["quotes"][0]["content"][0], out["quotes"][1]["content"][0]
    assert MIXED[s1:e1] == "Le caf\u00e9 est" and MIXED[s2:e2] == "Le cafe\u0301 aussi"
    assert out["meta"]["align"]["counts"]["quotes"] == {EXACT: 0, NORMALISED: 2, FAILED: 0, "ties": 0}


def test_a_match_never_takes_half_a_user_perceived_character():
    """One person of a ZWJ family, the regional indicators across two flags, a letter without its
    combining accent were matched inside the character (a span cutting it)."""
    a = Aligner(MIXED)
    for needle in ["\U0001f469", "\U0001f1f8\U0001f1eb", "Le cafe aussi", "cafe", "\u0301"]:
        assert a.find(needle).span is None, needle
    for needle in ["\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1f8", "\U0001f1eb\U0001f1f7", "caf"]:
        s, e = a.find(needle).span or (0, 0)
        assert MIXED[s:e] == needle
    s, e = Aligner("x\r\ny").find("x\r").span or (0, 0)
    assert (s, e) == (0, 1)  # CR LF stays whole; the string is stripped to "x"


def test_en_dash_and_ellipsis():
    out = aligned(quote("q1", "in 2019-2020"), quote("q2", "the bridge... eventually"))
    assert TEXT[slice(*out["quotes"][0]["content"][0])] == "in 2019–2020"
    assert TEXT[slice(*out["quotes"][1]["content"][0])] == "the bridge… eventually"


def test_repeated_strings_follow_item_order_and_ties_are_reported():
    out = aligned(quote("q1", "said yes"), quote("q2", "said yes"), quote("q3", "said yes"))
    spans = [q["content"][0] for q in out["quotes"]]
    assert spans[:2] == [at("said yes"), at("said yes", 1)]
    assert spans[2] == at("said yes")  # nothing after q2's match: the first occurrence, out of order
    got = records(out)
    assert [r["occurrences"] for r in got] == [2, 2, 2]
    assert [r.get("out_of_order", False) for r in got] == [False, False, True]
    assert out["meta"]["align"]["counts"]["quotes"]["ties"] == 3


def test_items_given_with_offsets_move_the_order_cursor_too():
    first = {"id": "q1", "type": "direct", "content": [at("He said yes")], "source": {"span": None, "entity": None}, "cue": None}
    out = aligned(first, quote("q2", "said yes"))
    assert out["quotes"][1]["content"] == [at("said yes", 1)]


def test_a_string_not_in_the_text_is_reported_and_kept_without_content():
    out = aligned(quote("q1", "we will never give up", source_text="the mayor"), quote("q2", "said yes"))
    q1 = out["quotes"][0]
    assert q1["content"] == [] and q1["id"] == "q1"
    assert q1["source"] == {"span": at("the mayor"), "entity": "the mayor"}
    assert records(out)[0] == {"layer": "quotes", "item": "q1", "field": "content_text", "text": "we will never give up", "how": FAILED}
    assert out["quotes"][1]["content"] == [at("said yes")]  # a failed item does not move the cursor
    assert DocAnnotation.from_dict(out).quotes[0].content == []


def test_fragments_of_an_interrupted_quote_and_a_fragment_out_of_order():
    out = aligned(quote("q1", ["We’re ready —", "the mayor said"]), quote("q2", ["council met", "Officials"]))
    assert out["quotes"][0]["content"] == [at("We’re ready —"), at("the mayor said")]
    assert out["quotes"][1]["content"] == []
    bad = [r for r in records(out) if r["how"] == FAILED]
    assert bad and bad[0]["field"] == "content_text[1]" and bad[0]["reason"] == "before the previous fragment"
    assert out["meta"]["align"]["counts"]["quotes"][FAILED] == 1


def test_source_and_cue_take_the_occurrence_nearest_the_content_and_whole_words():
    out = aligned(quote("q2", "said yes", source_text="He", cue_text="said"), quote("q3", "yes. The", source_text="he"))
    q2, q3 = out["quotes"]
    assert q2["content"] == [at("said yes")]  # "She said yes", the first occurrence
    assert q2["source"]["span"] == at("He")  # the nearest whole word "He", not the "he" inside "She"
    assert q2["cue"] == at("said", 1)  # the "said" of "She said yes" (distance 0), not "the mayor said"
    # "he" occurs only inside words ("She", "The"): taken anyway, nearest the content
    assert TEXT[slice(*q3["source"]["span"])] == "he"


def test_whole_word_preference_for_main_spans():
    m = Aligner("Then he left; he said").find("he", after=0)
    assert m.span == (5, 7) and m.occurrences == 3  # not the "he" inside "Then"
    assert Aligner("Then").find("he").span == (1, 3)  # inside a word only: taken


def test_claims_span_text():
    raw = {
        "doc_id": "d",
        "claims": [{"id": "c1", "span_text": "the council met", "claimant": None, "kind": "factual", "checkworthy": True, "quote": None}],
    }
    assert check_object(raw, Context(docs={"d": Document("d", TEXT)}), "p.jsonl", strict_refs=False) == []
    out = align_raw(raw, TEXT)
    assert out["claims"][0]["span"] == [] and out["meta"]["align"]["counts"]["claims"][FAILED] == 1  # case is kept
    raw["claims"][0]["span_text"] = "The council met"
    assert align_raw(raw, TEXT)["claims"][0]["span"] == [at("The\u00a0council met")]


def test_normalise_maps_every_character_back():
    norm, starts, ends = normalise("a \u00a0\n b—“c”…\u00adz")
    assert norm == 'a b-"c"...z'
    assert [starts[i] for i in range(len(norm))] == [0, 1, 5, 6, 7, 8, 9, 10, 10, 10, 12]
    assert ends[1] == 5


def test_empty_or_blank_text_fails():
    assert Aligner(TEXT).find("   ").how == FAILED


# -- validation: text fields are for predictions, never both forms


def problems(raw: dict[str, Any], strict: bool = False) -> list[str]:
    return [str(p) for p in check_object(raw, Context(docs={"d": Document("d", TEXT)}), "x.jsonl", 3, strict_refs=strict)]


def test_gold_refuses_text_fields_and_both_forms_are_refused():
    text_quote = quote("q1", "said yes")
    assert any("spans given as text are for predictions" in p for p in problems({"doc_id": "d", "quotes": [text_quote]}, strict=True))
    both = {**text_quote, "content": [at("said yes")], "source": {"span": None, "entity": None}, "cue": None}
    assert any("content (offsets) or content_text" in p and "x.jsonl:3" in p for p in problems({"doc_id": "d", "quotes": [both]}))
    src_both = {**text_quote, "source": {"span": at("He"), "entity": None}, "source_text": "He"}
    assert any("source_text" in p for p in problems({"doc_id": "d", "quotes": [src_both]}))
    no_content = {"id": "q1", "type": "direct", "source": {"span": None, "entity": None}, "cue": None}
    assert any("'content' is a required property" in p for p in problems({"doc_id": "d", "quotes": [no_content]}))
    assert problems({"doc_id": "d", "quotes": [quote("q1", "")]})  # an empty string is no span


# -- scoring: an unaligned item is a spurious prediction; the report says how spans were aligned


def test_scoring_counts_an_unaligned_item_as_spurious_and_reports_alignment():
    from newsgold.reports.summary import notes

    doc = Document("d", TEXT)
    gold = DocAnnotation("d", quotes=[Quote("g1", "direct", [tuple(at("She said yes"))], Source(None, "She"), None)], claims=[], stances=[])
    raw = aligned(quote("p1", "She said yes."), quote("p2", "no such words"))
    pred = DocAnnotation.from_dict(raw)
    scores = score_corpus({"d": gold}, {"d": pred}, {"d": doc}, ScoreConfig(("exact", "coverage:0.3", "token"), bootstrap=0), [])
    assert scores.micro["quotes.content.coverage:0.3.p"] == 0.5  # 1 of 2 predictions: the unaligned one is spurious
    assert scores.micro["quotes.content.coverage:0.3.r"] == 1.0
    assert scores.total["quotes.align.failed"] == 1 and scores.total["quotes.align.exact"] == 1
    assert any("2 span(s) given as text, aligned 1 exact, 0 normalised, 1 failed" in n for n in notes(scores))


# -- every way predictions come in: file:, cmd:, module:attr


@pytest.fixture
def loose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("NEWSGOLD_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_file_predictions_with_text_fields(tmp_path: Path):
    from newsgold.store import load_annotations

    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"doc_id": "d", "quotes": [quote("q1", '"We\'re ready - really,"', source_text="the mayor")]}) + "\n")
    got = load_annotations(path, Context(docs={"d": Document("d", TEXT)}))["d"]
    assert TEXT[slice(*got.quotes[0].content[0])] == "“We’re ready — really,”"
    assert got.quotes[0].source == Source(tuple(at("the mayor")), "the mayor")  # type: ignore[arg-type]


def test_cmd_extractor_giving_text(tmp_path: Path):
    script = tmp_path / "lm.py"
    script.write_text(
        textwrap.dedent(
            """
            import json, sys
            for line in sys.stdin:
                doc = json.loads(line)
                q = {"id": "q1", "type": "direct", "content_text": "We're ready - really,", "source_text": "the mayor", "cue_text": "said"}
                gone = {"id": "q2", "type": "indirect", "content_text": "words that are not there"}
                print(json.dumps({"doc_id": doc["doc_id"], "quotes": [q, gone]}))
            """
        )
    )
    ex = resolve(f"cmd:{sys.executable} {script}", {"layers": ["quotes"]})
    (ann,) = extract_many(ex, [Document("d", TEXT)])
    assert TEXT[slice(*ann.quotes[0].content[0])] == "We’re ready — really,"
    assert ann.quotes[0].cue == tuple(at("said"))
    assert ann.quotes[1].content == [] and ann.meta["align"]["counts"]["quotes"][FAILED] == 1


class TextExtractor:
    """A module:attr extractor that returns the JSON form with spans as text."""

    name, version, layers = "text-extractor", "1", ("quotes",)

    def __init__(self, content: str = "said yes"):
        self.content = content

    def extract(self, document: Document) -> dict[str, Any]:
        return {"doc_id": document.doc_id, "quotes": [quote("q1", self.content, source_text="She")]}


def test_module_extractor_returning_json_with_text():
    ex = resolve("tests.test_align:TextExtractor")
    (ann,) = extract_many(ex, [Document("d", TEXT)])
    assert ann.quotes[0].content == [tuple(at("said yes"))] and ann.quotes[0].source.span == tuple(at("She"))


def test_module_extractor_returning_bad_json_names_the_document():
    class Bad(TextExtractor):
        def extract(self, document: Document) -> dict[str, Any]:
            return {"doc_id": document.doc_id, "quotes": [{"id": "q1", "type": "direct", "content_text": 3}]}

    with pytest.raises(ExtractorError, match="bad output for document 'd'"):
        extract_many(Bad(), [Document("d", TEXT)])


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([{"id": "q1", "content": [[0, 4]]}], False),
        ([{"id": "q1", "content": [[0, 4]]}, {"id": "q2", "content_text": "said"}], True),
        ([{"id": "q1", "cue_text\n": "x"}], True),  # as re.search(r"_text$") found it
        ([{"id": "q1", "a_text\nb": "x"}], False),  # the joined keys hold "_text\n", no key ends so
        ([{"id": "q1", "texts": "x", "context": 1}], False),
        (["content_text"], False),  # not an item: never a text field
        ([[1, 2], {"source_text": "A"}], True),  # not joinable: checked item by item
    ],
)
def test_has_text_fields_finds_exactly_the_keys_ending_in_text(items: list[Any], expected: bool) -> None:
    assert has_text_fields({"doc_id": "d", "quotes": items}) is expected
    assert has_text_fields({"doc_id": "d", "claims": [], "quotes": None}) is False


def test_an_exact_hit_that_cuts_a_character_falls_back_to_the_normalised_match():
    """The only exact hit of '"no"' ends before a combining accent (half a character): the
    normalised view's whole match (curly quotes) is taken, not a failure."""
    text = 'A: "no"\u0301. B: \u201cno\u201d.'
    match = Aligner(text).find('"no"')
    assert match.how == NORMALISED and match.span is not None
    assert text[slice(*match.span)] == "\u201cno\u201d"


@pytest.mark.parametrize(
    ("needle", "found"),
    [
        ("میخواهد", "می\u200cخواهد"),  # a Persian word whose zero-width non-joiner the string left out
        ("said می", "said \u200fمی"),  # a right-to-left mark in the text
        ("today and more", "today \u2060and\u00a0more"),  # a word joiner and a no-break space
        ("It\u02bcs fine", "It\u2019s fine"),  # the modifier letter apostrophe for a curly one
        ("\u202bمی\u202c", "می"),  # an embedding in the string, not in the text
    ],
)
def test_invisible_format_characters_are_ignored_in_the_normalised_view(needle: str, found: str):
    """Text copied from Arabic, Persian or Hebrew pages holds direction marks and non-joiners that
    a tool's string leaves out (or the reverse): such a string was never aligned."""
    text = "He said \u200fمی\u200cخواهد\u200f today \u2060and\u00a0more. It\u2019s fine."
    m = Aligner(text).find(needle)
    assert m.how == NORMALISED and m.span is not None
    assert text[m.span[0] : m.span[1]] == found
