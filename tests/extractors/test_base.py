"""extract_many: a plug-in's undeclared layers are "not predicted", whatever DocAnnotation filled in."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document
from newsgold.extractors.base import ExtractorError, extract_many
from newsgold.schema import Claim, DocAnnotation, Quote, Source

DOC = Document(doc_id="harbour", text="Talks 🇵🇹 stalled. “We act now,\nor never,” said Rui Costa.", title=None)


class QuotesOnly:
    """The obvious way to write a quotes plug-in: DocAnnotation(doc_id, quotes=...)."""

    name, version, layers = "quotes-only", "1", ("quotes",)

    def __init__(self, claims: list | None = None):
        self.claims = claims

    def extract(self, document: Document) -> DocAnnotation:
        start = document.text.index("We act")
        quote = Quote("q1", "direct", [(start, document.text.index("”"))], Source(None), None)
        if self.claims is None:
            return DocAnnotation(document.doc_id, quotes=[quote])
        return DocAnnotation(document.doc_id, quotes=[quote], claims=self.claims)


def test_undeclared_layers_are_not_predicted():
    (ann,) = extract_many(QuotesOnly(), [DOC])
    assert ann.claims is None and ann.stances is None
    assert [DOC.text[s:e] for s, e in ann.quotes[0].content] == ["We act now,\nor never,"]


def test_undeclared_layer_with_items_is_refused():
    claim = Claim("c1", [(0, 5)], "E_X", "factual", True, None)
    with pytest.raises(ExtractorError, match=r"quotes-only: returned claims for document 'harbour' but declares layers quotes"):
        extract_many(QuotesOnly(claims=[claim]), [DOC])


def test_declared_empty_layer_stays_nothing_found():
    class Both(QuotesOnly):
        layers = ("quotes", "claims")

    (ann,) = extract_many(Both(), [DOC])
    assert ann.claims == [] and ann.stances is None


def test_json_form_keeps_its_absent_layers():
    class Raw(QuotesOnly):
        def extract(self, document: Document) -> dict:  # type: ignore[override]
            return {"doc_id": document.doc_id, "quotes": [{"id": "q1", "type": "direct", "content_text": "We act now,\nor never,"}]}

    (ann,) = extract_many(Raw(), [DOC])
    assert ann.claims is None and DOC.text[slice(*ann.quotes[0].content[0])] == "We act now,\nor never,"
