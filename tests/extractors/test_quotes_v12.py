"""``quotes`` v12 (v12.py, v12_features.py): the speaker candidates and their features on small
invented snippets (never dev, test or unseen text), with emoji, flags, a skin tone, curly quotes
and CRLF line breaks around every span; the frozen ranker's decisions and its errors."""

from __future__ import annotations

import hashlib
import json

import pytest

from newsgold.corpus import Document
from newsgold.extractors.base import ExtractorError
from newsgold.extractors.quotes import QuotesV11, QuotesV12
from newsgold.extractors.quotes.v12 import Ranker
from newsgold.extractors.quotes.v12_features import Candidate, paragraph_bounds, previous_paragraph_start
from newsgold.extractors.registry import resolve

REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": ["Ruiz"], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": ["Baker"], "type": "person"},
    {"id": "E_BOARD", "name": "the Vale Port Board", "aliases": ["Port Board"], "type": "organization"},
    # entities of "other articles" sharing a word with this one's speaker
    {"id": "E_RAIL_OFFICIALS", "name": "the officials (Ostrava rail)", "aliases": [], "type": "other"},
    {"id": "E_PORT_OFFICIALS", "name": "the officials (Vale port)", "aliases": [], "type": "other"},
]
TEXT = (
    "🇺🇦 Mr. Tom Baker 👋🏽 said on Monday that the “old” bridge 🌉 was unsafe.\r\n\r\n"
    "“It will fall 🚀 soon,” he said, as Ana Ruiz listened.\r\n\r\n"
    "Officials at the Vale port said the ferry 🇫🇷 would run."
)


def candidates() -> dict[str, dict[str, Candidate]]:
    """quote content -> entity -> candidate."""
    ann, cands = QuotesV12({"entities": REGISTRY}).candidates(Document("d", TEXT))
    return {" | ".join(TEXT[s:e] for s, e in q.content): {c.entity: c for c in cs} for q, cs in zip(ann.quotes, cands, strict=True)}


def test_paragraphs_with_crlf_lf_and_cr() -> None:
    text = "A 🇫🇷.\r\n\r\nB “x”.\n\nC 👋🏽.\rD."
    b = text.index("B")
    assert paragraph_bounds(text, b) == (b, text.index("\n\nC"))
    assert previous_paragraph_start(text, b) == 0
    c, d = text.index("C"), text.index("D")
    assert previous_paragraph_start(text, c) == b
    assert paragraph_bounds(text, d) == (d, len(text))
    assert previous_paragraph_start(text, d) == c
    assert previous_paragraph_start(text, 0) == 0


def test_candidates_of_a_pronoun_quote() -> None:
    cands = candidates()["It will fall 🚀 soon,"]
    assert set(cands) == {"E_ANA", "E_TOM"}
    tom, ana = cands["E_TOM"], cands["E_ANA"]
    # v11 bound "he" to Baker: that is the rule's candidate, named in the paragraph before
    assert tom.features["rule_pronoun"] == tom.features["rule_any"] == 1.0
    assert tom.features["named_prev_para"] == 1.0 and "named_same_sentence" not in tom.features
    assert TEXT[tom.span[0] : tom.span[1]] == "he"
    # Ruiz is named after the cue in the quote's own sentence, outside the quotation marks
    assert TEXT[ana.span[0] : ana.span[1]] == "Ana Ruiz"
    assert ana.features["named_same_sentence"] == ana.features["named_after_cue"] == 1.0
    assert "rule_any" not in ana.features and "named_before_cue" not in ana.features
    assert ana.features["he_she_person"] == tom.features["he_she_person"] == 1.0
    assert tom.features["doc_quotes"] > ana.features["doc_quotes"] == 0.0


def test_registry_candidates_and_document_evidence() -> None:
    cands = candidates()["the ferry 🇫🇷 would run"]
    port, rail = cands["E_PORT_OFFICIALS"], cands["E_RAIL_OFFICIALS"]
    assert TEXT[port.span[0] : port.span[1]] == "Officials at the Vale port"
    assert port.features["registry_full_match"] == 1.0 and port.features["doc_evidence"] == 1.0
    # "the officials (Ostrava rail)": one of its three words is in the text, and 1 of the
    # mention's three content words ("officials", "vale", "port") is one of its words
    assert rail.features["doc_evidence"] == pytest.approx(1 / 3)
    assert rail.features["registry_match"] == pytest.approx(1 / 3) and rail.features["registry_full_match"] == 0.0
    assert rail.span is None and "rule_any" not in rail.features
    # the previous quote's speaker is a candidate too
    assert cands["E_TOM"].features["prev_speaker"] == 1.0 and "prev_same_para" not in cands["E_TOM"].features


def test_without_a_registry_the_candidates_are_the_rule_and_the_previous_speaker() -> None:
    ann, cands = QuotesV12().candidates(Document("d", TEXT))
    # no registry: v11's speakers are names and descriptions as written
    assert [sorted(c.entity for c in cs) for cs in cands] == [["Tom Baker"], ["Officials at the Vale port", "Tom Baker"]]
    assert all("named_window" not in c.features and "registry_match" not in c.features for cs in cands for c in cs)
    assert all(c.features["unregistered"] == 1.0 for cs in cands for c in cs)
    v12 = QuotesV12().extract(Document("d", TEXT))
    assert [q.source.entity for q in v12.quotes] == [q.source.entity for q in ann.quotes]


def test_the_shipped_ranker_keeps_these_speakers() -> None:
    v11 = QuotesV11({"entities": REGISTRY}).extract(Document("d", TEXT))
    v12 = QuotesV12({"entities": REGISTRY}).extract(Document("d", TEXT))
    assert [q.source.entity for q in v12.quotes] == [q.source.entity for q in v11.quotes] == ["E_TOM", "E_PORT_OFFICIALS"]
    assert [(q.content, q.cue, q.type) for q in v12.quotes] == [(q.content, q.cue, q.type) for q in v11.quotes]


def test_a_ranker_decides_the_speaker_and_its_span() -> None:
    nearest = Ranker({"features": ["named_same_sentence", "prev_speaker"], "coef": [5.0, 1.0], "intercept": 0.0})
    ann = QuotesV12({"entities": REGISTRY}, ranker=nearest).extract(Document("d", TEXT))
    q1, q2 = ann.quotes
    assert q1.source.entity == "E_ANA" and TEXT[q1.source.span[0] : q1.source.span[1]] == "Ana Ruiz"
    # the previous speaker outscores the rule here: named elsewhere, so no span (a continuation)
    assert q2.source.entity == "E_TOM" and q2.source.span is None


def test_ties_go_to_the_first_candidate_in_entity_order() -> None:
    flat = Ranker({"features": [], "coef": [], "intercept": 0.0})
    assert flat.best([Candidate("E_B"), Candidate("E_A")]).entity == "E_B"
    assert flat.best([]) is None


@pytest.mark.parametrize(
    "model", [{}, {"features": ["a"], "coef": [1.0, 2.0], "intercept": 0.0}, {"features": ["a"], "coef": [1.0], "intercept": "x"}]
)
def test_a_malformed_model_is_refused(model: dict) -> None:
    with pytest.raises(ExtractorError, match="malformed model"):
        Ranker(model)


# the released model file: v12's output on the pinned texts equals v11's (no registry entity of
# theirs is ever outranked), so the output pins alone would not see a retrained model
MODEL_SHA256 = "dac9d64099602b6456b101bfcf918f5a40ba245d57250246435c77acfd71671c"


def test_the_shipped_model_is_frozen_and_generic() -> None:
    from importlib import resources

    raw = resources.files("newsgold.data").joinpath("quotes_v12_ranker.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == MODEL_SHA256, "the released v12 model changed: bump the version instead"
    model = json.loads(raw)
    assert len(model["features"]) == len(model["coef"]) and model["features"] == sorted(model["features"])
    # feature names only: no entity id, name or offset of any article
    assert all(name.replace("_", "").isalpha() and name.islower() for name in model["features"])
    assert {"rule_any", "prev_speaker", "named_same_sentence", "doc_evidence"} <= set(model["features"])


def test_v12_is_still_served() -> None:
    # plain ``quotes`` is v13 since session 11 (tests/extractors/test_quotes_v13.py)
    assert resolve("quotes@12").version == "12"
