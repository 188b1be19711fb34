"""What Label Studio's editor itself produces, read back by the pull (no server): a span's text with
its line breaks escaped, random region ids, an item's attributes given once on its first fragment."""

from __future__ import annotations

import pytest

from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.convert import ResultsError, results_to_doc
from newsgold.schema import Claim, Quote, Source

VOCAB = Vocab.of(["E_A", "E_B"], ["T_1"])
# a line break, a flag, an emoji with a skin tone, curly quotes, a no-break space; first and last characters used
TEXT = "“No deal,” 🇮🇷 A said, “before the\nelection.”\u00a0👋🏽 B said so"


def span(rid: str, label: str, start: int, end: int, text: str | None = None) -> dict:
    shown = TEXT[start:end].replace("\n", "\\n") if text is None else text  # what the editor stores
    value = {"start": start, "end": end, "text": shown, "labels": [label]}
    return {"id": rid, "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels", "value": value, "origin": "manual"}


def choice(rid: str, name: str, value: str) -> dict:
    return {"id": rid, "from_name": name, "to_name": C.TEXT, "type": "choices", "value": {"choices": [value]}, "origin": "manual"}


def rel(a: str, b: str, labels: list[str] | None = None) -> dict:
    return {"type": "relation", "from_id": a, "to_id": b, "direction": "right", **({"labels": labels} if labels else {})}


def at(s: str) -> tuple[int, int]:
    start = TEXT.index(s)
    return start, start + len(s)


def test_a_span_across_a_line_break_pulls() -> None:
    """The editor writes the line break of ``value.text`` as backslash-n; the offsets are the truth."""
    frag = at("before the\nelection.")
    results = [span("x7Gq2", "Quote", *frag), choice("x7Gq2", C.QUOTE_TYPE, "direct")]
    assert results[0]["value"]["text"] == "before the\\nelection."
    doc = results_to_doc("d", TEXT, results, VOCAB, renumber=True)
    assert doc.quotes[0].content == [frag]


def test_other_text_still_does_not_match() -> None:
    results = [span("x", "Quote", *at("before the\nelection."), text="before the election."), choice("x", C.QUOTE_TYPE, "direct")]
    with pytest.raises(ResultsError, match="does not match the document"):
        results_to_doc("d", TEXT, results, VOCAB)


def test_editor_regions_get_the_guidelines_ids_and_attributes_once() -> None:
    """Random ids become q1, q2 / c1 in the order of the text; type and speaker are on the first
    fragment only; a relation drawn in the editor has no label."""
    first, second = at("No deal,"), at("before the\nelection.")
    results = [
        span("Zz9", "Quote", *at("so")),  # drawn first, last in the text: the last character
        choice("Zz9", C.QUOTE_TYPE, "indirect"),
        span("aB3", "Quote", *second),
        span("Qw1", "Quote", *first),  # the first character is the quote mark, outside
        choice("Qw1", C.QUOTE_TYPE, "direct"),
        choice("Qw1", C.SPEAKER, "E_A"),
        rel("aB3", "Qw1"),
        span("s1", "Source", *at("A")),
        rel("s1", "Qw1"),
        span("cl", "Claim", *at("“No deal,” 🇮🇷")),
        choice("cl", C.CLAIM_KIND, "factual"),
        choice("cl", C.CHECKWORTHY, "no"),
        choice("cl", C.CLAIMANT, "E_B"),
        rel("cl", "Qw1"),
    ]
    doc = results_to_doc("d", TEXT, results, VOCAB, renumber=True)
    assert doc.quotes == [
        Quote("q1", "direct", [first, second], Source(at("A"), "E_A"), None),
        Quote("q2", "indirect", [at("so")], Source(None, None), None),
    ]
    assert doc.claims == [Claim("c1", [at("“No deal,” 🇮🇷")], "E_B", "factual", False, "q1")]
    again = results_to_doc("d", TEXT, list(reversed(results)), VOCAB, renumber=True)
    assert again.quotes == doc.quotes and again.claims == doc.claims  # stable, whatever the result order


def test_ids_already_as_the_guidelines_say_are_kept() -> None:
    """A pushed gold whose q2 was deleted in the editor: q1 and q3 stay (ids are never reused)."""
    results = [span("q3", "Quote", *at("so")), choice("q3", C.QUOTE_TYPE, "direct")]
    results += [span("q1", "Quote", *at("No deal,")), choice("q1", C.QUOTE_TYPE, "direct")]
    doc = results_to_doc("d", TEXT, results, VOCAB, renumber=True)
    assert [q.id for q in doc.quotes] == ["q1", "q3"]
    out_of_order = [span("q1", "Quote", *at("so")), choice("q1", C.QUOTE_TYPE, "direct")]
    out_of_order += [span("q2", "Quote", *at("No deal,")), choice("q2", C.QUOTE_TYPE, "direct")]
    doc = results_to_doc("d", TEXT, out_of_order, VOCAB, renumber=True)
    assert [(q.id, q.content) for q in doc.quotes] == [("q1", [at("No deal,")]), ("q2", [at("so")])]


def test_predictions_keep_their_ids() -> None:
    results = [span("x7", "Quote", *at("so")), choice("x7", C.QUOTE_TYPE, "direct")]
    assert results_to_doc("d", TEXT, results, VOCAB).quotes[0].id == "x7"


def test_two_sources_on_one_quote_are_a_problem_naming_both_spans() -> None:
    """The message lists both spans (it used to raise a TypeError while formatting them)."""
    results = [
        span("q", "Quote", *at("No deal,")),
        choice("q", C.QUOTE_TYPE, "direct"),
        span("s1", "Source", *at("A")),
        span("s2", "Source", *at("B")),
        rel("s1", "q", ["source"]),
        rel("s2", "q", ["source"]),
    ]
    a, b = at("A"), at("B")
    with pytest.raises(ResultsError, match=rf"2 different values: \[{a[0]}, {a[1]}\], \[{b[0]}, {b[1]}\]"):
        results_to_doc("d", TEXT, results, VOCAB, renumber=True)


def test_an_unlabelled_cue_relation_is_the_cue_with_a_pushed_item_beside_it() -> None:
    """An editor-drawn quote whose Cue relation has no label, next to a pushed (gold) quote with
    guideline region ids: the cue stays the cue after renumbering (the browser case of issue #12)."""
    results = [
        span("q1", "Quote", *at("before the\nelection.")),
        choice("q1", C.QUOTE_TYPE, "direct"),
        span("q1:source", "Source", *at("B")),
        rel("q1:source", "q1", ["source"]),
        span("x1", "Quote", *at("No deal,")),
        choice("x1", C.QUOTE_TYPE, "direct"),
        span("x2", "Source", *at("A")),
        span("x3", "Cue", *at("said")),
        rel("x2", "x1", ["source"]),
        rel("x3", "x1"),
    ]
    doc = results_to_doc("d", TEXT, results, VOCAB, renumber=True)
    first = next(q for q in doc.quotes if q.content == [at("No deal,")])
    assert (first.source.span, first.cue) == (at("A"), at("said"))


@pytest.mark.parametrize(
    "edit, cause",
    [
        (lambda v: v.__setitem__("text", "something else"), "does not match the document"),
        (lambda v: v.update(start=v["end"]), "empty span"),
        (lambda v: v.update(end=10**6), "outside the text"),
    ],
)
def test_a_refused_quote_region_is_one_problem_not_a_cascade(edit, cause) -> None:
    """The quote's Source, Cue, attributes and the claim resting on it are not reported again."""
    from newsgold.labelstudio.tasks import build_tasks
    from newsgold.store import load_annotations
    from newsgold.workspace import Workspace

    ws = Workspace.find()
    doc_id = "no-negotiations-underway"
    gold = load_annotations(ws.gold_dir, ws.context())
    (task,) = build_tasks({doc_id: ws.documents[doc_id]}, {doc_id: gold[doc_id]}, vocab=Vocab.of_workspace(ws))
    results = task["annotations"][0]["result"]
    q1 = next(r for r in results if r.get("id") == "q1" and r.get("from_name") == C.SPAN)
    assert any(r.get("to_id") == "q1" and r.get("from_id", "").startswith("c") for r in results)  # a claim rests on q1
    edit(q1["value"])
    with pytest.raises(ResultsError) as e:
        results_to_doc(doc_id, ws.documents[doc_id].text, results, Vocab.of_workspace(ws), task_id=1, annotation_id=5, strict=True)
    assert [p.item for p in e.value.problems] == ["annotation 5 region q1"], [str(p) for p in e.value.problems]
    assert cause in e.value.problems[0].message


@pytest.mark.parametrize(
    ("shown", "actual", "same"),
    [
        ("but\\n\\nnot", "but\r\nnot", True),  # what the editor stores of a mouse selection across a CRLF
        ("a\\n\\n\\n\\nb", "a\r\n\r\nb", True),  # a blank-line paragraph break in a CRLF text
        ("but\\nnot", "but\nnot", True),
        ("but\\nnot", "but\r\nnot", False),  # one line break for two characters: not this text
        ("but\\n\\nnot", "but\n\nnot", True),
        ("but  not", "but\r\nnot", False),
        ("a\\rb", "a\rb", False),  # the editor never writes \r escaped
    ],
)
def test_the_editors_escaped_line_breaks_match_crlf(shown: str, actual: str, same: bool) -> None:
    from newsgold.labelstudio._regions import same_text

    assert same_text(shown, actual) is same
