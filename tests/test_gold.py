"""Integrity of the committed gold and annotation passes, checked against the text itself.

Each test derives what a span must look like from the guidelines and the document text (quote
marks around direct content, cues that are words, claims inside their quote, own-voice
claimants from the corpus metadata), never from copies of the gold's own values.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgold.schema import DOCUMENT_HOLDER
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

DOCS = Workspace.find().documents
ENTITIES = {e.id: e for e in Workspace.find().entities}
TARGETS = {t.id for t in Workspace.find().targets}
OPEN_MARKS = "\"“‘'"
CLOSE_MARKS = "\"”’'"
ALL_MARKS = '"“”‘’'


def annotation_sets() -> dict[str, Path]:
    sets = {"gold": Workspace.find().gold_dir}
    passes = Workspace.find().passes_dir
    if passes.is_dir():
        sets.update({f"passes/{p.name}": p for p in sorted(passes.iterdir()) if p.is_dir()})
    return sets


SETS = annotation_sets()
ITEMS = [(name, doc_id, doc) for name, path in SETS.items() for doc_id, doc in load_annotations(path, Workspace.find().context()).items()]
IDS = [f"{name}:{doc_id}" for name, doc_id, _ in ITEMS]


def out_of_scope(doc_id: str) -> list[tuple[int, int]]:
    """Headline, dateline, byline and page furniture, found from the text and its metadata."""
    d = DOCS[doc_id]
    text, regions = d.text, []
    if d.title and text.startswith(d.title):
        regions.append((0, len(d.title)))
    for marker in ("Written by", "Read More", "Add new comment"):
        at = text.find(marker)
        if at >= 0:
            regions.append((at, len(text)))
    dateline = re.match(r"[^\n]*\n+([A-Z][a-z]+ \([A-Z]+\) -)", text)
    if dateline:
        regions.append(dateline.span(1))
    return regions


def own_voice(doc_id: str) -> str:
    """Guidelines §4.3: the byline author, else the named outlet, else the unnamed publisher."""
    d = DOCS[doc_id]
    for value in (d.author, d.outlet):
        if value:
            (entity,) = [e.id for e in ENTITIES.values() if e.name == value]
            return entity
    return "E_UNNAMED_PUBLISHER"


def covered(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def is_word_boundary(text: str, i: int) -> bool:
    return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def test_there_is_a_gold_file_per_document_and_it_is_not_empty():
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())
    assert set(gold) == set(DOCS)
    assert sum(len(d.quotes) for d in gold.values()) >= 15
    assert sum(len(d.claims) for d in gold.values()) >= 30
    assert sum(len(d.stances) for d in gold.values()) >= 10


def test_both_independent_passes_are_committed():
    passes = [name for name in SETS if name.startswith("passes/")]
    assert len(passes) >= 2
    for name in passes:
        assert set(load_annotations(SETS[name], Workspace.find().context())) == set(DOCS)


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_spans_have_clean_boundaries_and_stay_in_scope(name, doc_id, doc):
    text = DOCS[doc_id].text
    spans = [f for q in doc.quotes for f in q.content] + [f for c in doc.claims for f in c.span]
    spans += [q.cue for q in doc.quotes if q.cue] + [q.source.span for q in doc.quotes if q.source.span]
    for s, e in spans:
        piece = text[s:e]
        assert piece == piece.strip(), f"{name}/{doc_id} [{s},{e}] {piece!r} has outer whitespace"
        for lo, hi in out_of_scope(doc_id):
            assert e <= lo or s >= hi, f"{name}/{doc_id} [{s},{e}] {piece!r} is out of scope"


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_quote_content_matches_its_type(name, doc_id, doc):
    text = DOCS[doc_id].text
    for q in doc.quotes:
        where = f"{name}/{doc_id} {q.id}"
        if q.type == "direct":
            for s, e in q.content:
                assert text[s - 1] in OPEN_MARKS and text[e] in CLOSE_MARKS, (
                    f"{where}: {text[s - 1 : e + 1]!r} not enclosed by quotation marks"
                )
                assert not any(m in text[s:e] for m in "“”"), f"{where}: direct content contains a curly quotation mark"
        else:
            (s, e), *rest = q.content
            piece = text[s:e]
            assert not rest or q.type == "direct", f"{where}: indirect/mixed content is one fragment"
            assert not piece.lower().startswith("that "), f"{where}: leading 'that' in {piece[:30]!r}"
            assert piece[-1] not in ".,;:", f"{where}: final punctuation in {piece[-30:]!r}"
            has_mark = any(m in piece for m in ALL_MARKS if m != "'") or re.search(r"(^|\W)'\w", piece)
            if q.type == "mixed":
                assert has_mark, f"{where}: mixed quote without a quoted fragment"
            else:
                assert not any(m in piece for m in '“”"'), f"{where}: indirect quote contains quotation marks"
            assert is_word_boundary(text, s) and is_word_boundary(text, e), f"{where}: content cuts a word"


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_cues_and_sources_are_words_outside_the_content(name, doc_id, doc):
    text = DOCS[doc_id].text
    for q in doc.quotes:
        where = f"{name}/{doc_id} {q.id}"
        content = covered(q.content)
        if q.cue:
            cue = text[slice(*q.cue)]
            assert re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){0,2}", cue), f"{where}: cue {cue!r} is not a word or phrase"
            assert not covered([q.cue]) & content, f"{where}: cue inside content"
            assert is_word_boundary(text, q.cue[0]) and is_word_boundary(text, q.cue[1])
        if q.source.span:
            src = text[slice(*q.source.span)]
            assert src and "," not in src and "\n" not in src, f"{where}: source {src!r}"
            assert not covered([q.source.span]) & content, f"{where}: source inside content"
            assert is_word_boundary(text, q.source.span[0]) and is_word_boundary(text, q.source.span[1])
            assert q.source.entity is not None, f"{where}: a source mention without its entity"


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_named_sources_resolve_to_an_entity_with_that_name(name, doc_id, doc):
    """A source span that is a capitalised name must be the entity's name or one of its aliases."""
    text = DOCS[doc_id].text
    pronouns = {"he", "she", "they", "it", "we", "i"}
    for q in doc.quotes:
        if not q.source.span:
            continue
        mention = text[slice(*q.source.span)]
        if mention.lower() in pronouns or mention[0].islower():
            continue  # pronouns and descriptions are resolved by the annotator (§9.3)
        entity = ENTITIES[q.source.entity]
        names = [entity.name, *entity.aliases]
        assert any(n in mention or mention in n for n in names), f"{name}/{doc_id} {q.id}: {mention!r} vs {entity.id}"


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_claims_link_to_their_quote_or_to_the_own_voice(name, doc_id, doc):
    text = DOCS[doc_id].text
    quotes = {q.id: q for q in doc.quotes}
    quoted = covered(f for q in doc.quotes for f in q.content)
    voice = own_voice(doc_id)
    for c in doc.claims:
        where = f"{name}/{doc_id} {c.id} {text[slice(*c.span[0])][:40]!r}"
        if c.quote is not None:
            q = quotes[c.quote]
            assert covered(c.span) <= covered(q.content), f"{where}: claim not inside quote {q.id}"
            assert c.claimant == q.source.entity, f"{where}: claimant differs from the quote's speaker"
        else:
            assert c.claimant == voice, f"{where}: own-voice claimant should be {voice}"
            assert not covered(c.span) & quoted, f"{where}: unlinked claim overlaps a quote"
        if c.checkworthy:
            assert c.kind == "factual", f"{where}: checkworthy but not factual"
        assert text[c.span[-1][1] - 1] not in ".,;:", f"{where}: final punctuation"


@pytest.mark.parametrize("name,doc_id,doc", ITEMS, ids=IDS)
def test_stances_have_a_document_label_per_target_and_speaking_holders(name, doc_id, doc):
    holders = {(s.holder, s.target) for s in doc.stances}
    for target in TARGETS:
        assert (DOCUMENT_HOLDER, target) in holders, f"{name}/{doc_id}: no @document stance on {target}"
    text = DOCS[doc_id].text
    speakers = {q.source.entity for q in doc.quotes}
    for s in doc.stances:
        if s.holder != DOCUMENT_HOLDER:
            # §8.1/§9.5: a holder speaks in a quote, or is named in a position report ("X ruled out ...")
            named = any(n in text for n in (ENTITIES[s.holder].name, *ENTITIES[s.holder].aliases))
            assert s.holder in speakers or named, f"{name}/{doc_id}: holder {s.holder} is neither a speaker nor named"
            assert s.holder != own_voice(doc_id), f"{name}/{doc_id}: the own voice is @document, not {s.holder}"
