"""The rule-based quote extractors on invented articles: spans, cues, speakers, types."""

from __future__ import annotations

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesDirectV1, QuotesV2
from newsgold.extractors.text import find_quotations
from newsgold.validate import Context, check_object

from .conftest import span_text


def by_content(doc, ann):
    return {" | ".join(span_text(doc, s) for s in q.content): q for q in ann.quotes}


def test_pairing_curly_straight_nested_and_multi_paragraph():
    text = '“Outer ‘inner’ text,” he said.\n"First paragraph.\n"Second paragraph," she said. It is a "word" here.'
    quotes = find_quotations(text)
    got = [[text[s:e] for s, e in q.fragments] for q in quotes]
    assert got[0] == ["Outer ‘inner’ text,"]
    assert got[1] == ["First paragraph.", "Second paragraph,"]  # one quote, one fragment per paragraph
    assert got[2] == ["word"]


def test_v1_direct_quotes_offsets_after_emoji(article: Document):
    ann = QuotesDirectV1().extract(article)
    quotes = by_content(article, ann)
    q = quotes["We will not sign anything this week,"]
    assert q.type == "direct"
    assert span_text(article, q.cue) == "said"
    assert span_text(article, q.source.span) == "Harbor Authority Director Maria Olsen"
    assert q.source.entity == "Maria Olsen"
    assert all(x.type == "direct" for x in ann.quotes)
    assert "temporary problem" not in quotes  # a fragment inside a sentence is not a direct quote
    assert ann.claims is None and ann.stances is None  # layers not predicted stay absent


def test_v2_indirect_mixed_participle_and_resolution(article: Document):
    ann = QuotesV2().extract(article)
    quotes = by_content(article, ann)
    lede = quotes["Harbor talks 🇳🇴 stalled 🚢 on Tuesday"]
    assert lede.type == "indirect"
    assert span_text(article, lede.source.span) == "a senior port official"
    assert lede.source.entity == "Maria Olsen"  # delayed identification in the lede
    added = quotes["the union had rejected the latest offer"]
    assert span_text(article, added.cue) == "added" and added.source.entity == "Maria Olsen"
    report = quotes["the ministry offered new subsidies"]
    assert span_text(article, report.cue) == "claiming"
    assert span_text(article, report.source.span) == "The Coastal Gazette"
    she = quotes["Nobody is talking to us,"]
    assert span_text(article, she.source.span) == "she" and she.source.entity == "Maria Olsen"
    need = quotes["We need time."]
    assert span_text(article, need.cue) == "adding" and need.source.entity == "Maria Olsen"
    mayor = quotes["the port would reopen by May"]
    assert span_text(article, mayor.cue) == "said"
    assert span_text(article, mayor.source.span) == "Mayor John Tran"
    mixed = quotes['the dispute is a "temporary problem" for the city']
    assert mixed.type == "mixed" and mixed.source.entity == "John Tran"
    union = quotes["the strike will continue"]
    assert span_text(article, union.cue) == "According to"
    assert not any("third week" in k for k in quotes)  # "Read more" list is out of scope
    ids = [q.id for q in ann.quotes]
    assert ids == [f"q{i}" for i in range(1, len(ids) + 1)]


def test_predictions_validate(article: Document):
    ctx = Context(docs={"harbor": article})
    for ex in (QuotesDirectV1(), QuotesV2()):
        raw = ex.extract(article).to_dict()
        assert check_object(raw, ctx, "pred", strict_refs=False) == []


def test_interrupted_quote_is_one_quote_with_two_fragments():
    doc = Document("d", "“We are not a bargaining chip,” he said, “in anyone's election.”\n")
    ann = QuotesV2().extract(doc)
    assert len(ann.quotes) == 1
    assert [span_text(doc, s) for s in ann.quotes[0].content] == ["We are not a bargaining chip,", "in anyone's election."]


def test_continuation_paragraph_inherits_speaker():
    doc = Document("d", "“The plan works,” Ana Ruiz said.\n“It will keep working next year.”\n")
    _, q2 = QuotesV2().extract(doc).quotes
    assert q2.cue is None and q2.source.span is None and q2.source.entity == "Ana Ruiz"


def test_entity_registry_maps_names_to_ids():
    doc = Document("d", "“We will see,” Governor Ana Maria Ruiz said.\n")
    registry = [{"id": "E_RUIZ", "name": "Ana Ruiz", "aliases": ["Maria Ruiz", "Ruiz"], "type": "person"}]
    (q,) = QuotesV2({"entities": registry}).extract(doc).quotes
    assert q.source.entity == "E_RUIZ"


def test_v3_general_conventions_on_invented_sentences():
    from newsgold.extractors.quotes import QuotesV3

    text = (
        "Ana Ruiz, who chairs the parks board, said the pool would reopen in June.\n"
        "The hospital's chief nurse, Tom Berg, said staff had been told on Friday.\n"
        "The Lakeside Rowing Club said in a statement that the regatta was cancelled.\n"
        "The rowing club said the course had been checked so that boats could train.\n"
        "“We waited long enough,” said Ana Ruiz. “Now we swim.”\n"
    )
    doc = Document("v3", text)
    v3 = by_content(doc, QuotesV3().extract(doc))
    v2 = by_content(doc, QuotesV2().extract(doc))
    pool = v3["the pool would reopen in June"]
    assert span_text(doc, pool.source.span) == "Ana Ruiz" and pool.source.entity == "Ana Ruiz"
    assert "the pool would reopen in June" not in v2  # v2 read "Ana Ruiz, who …," as the content
    staff = v3["staff had been told on Friday"]
    assert span_text(doc, staff.source.span) == "Tom Berg"  # apposition: the part with the name
    club = v3["the course had been checked so that boats could train"]  # "that" after a finite verb
    assert span_text(doc, club.source.span) == "The rowing club"
    assert club.source.entity == "Lakeside Rowing Club"  # "the <noun>" → the one organisation named so
    swim = v3["We waited long enough, | Now we swim."]  # “A,” said X. “B.” is one quote
    assert swim.source.entity == "Ana Ruiz" and len(swim.content) == 2
    assert "We waited long enough," in v2 and "Now we swim." not in v2
