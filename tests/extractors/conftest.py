"""Invented test articles (never the corpus): curly and straight quotes, emoji and a flag
outside the BMP before the quotes, so any offset confusion shows up as a wrong span."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document

ARTICLE = (
    "Harbor talks 🇳🇴 stalled 🚢 on Tuesday, a senior port official said in a statement.\n"
    "“We will not sign anything this week,” Harbor Authority Director Maria Olsen said at a briefing.\n"
    "Olsen added that the union had rejected the latest offer.\n"
    "The Coastal Gazette has published a report claiming that the ministry offered new subsidies.\n"
    '“Nobody is talking to us,” she said. "The offer is not serious," Olsen said, adding: "We need time."\n'
    "Mayor John Tran had also recently said the port would reopen by May.\n"
    'He has claimed the dispute is a "temporary problem" for the city.\n'
    "According to the union, the strike will continue.\n"
    "Read more:\n"
    "Port strike enters its third week\n"
)


@pytest.fixture
def article() -> Document:
    return Document(doc_id="harbor", text=ARTICLE, title=None)


def span_text(doc: Document, span) -> str:
    return doc.text[span[0] : span[1]]
