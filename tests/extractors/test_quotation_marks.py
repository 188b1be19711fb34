"""Quotation-mark pairing on marks that open nothing: no empty quotation, no crash downstream."""

from __future__ import annotations

import pytest

from newsgold.corpus import Document
from newsgold.extractors import resolve
from newsgold.extractors.quotation_marks import find_quotations

# an opening mark with nothing after it in its paragraph; every released version raised
# IndexError on these (an empty Quotation has no start or end) until session 7
STRAY = ["Smith said “\n\nNo.", "He said: «\nThe end.", "\n[ «\n", "Jones 🇫🇷 said “\r\n\r\n“Yes,” she added."]


@pytest.mark.parametrize("text", STRAY)
def test_a_mark_opening_nothing_makes_no_quotation(text):
    for q in find_quotations(text):
        assert q.fragments and q.start < q.end


def test_a_stray_mark_before_a_real_quotation_keeps_the_real_one():
    text = "Smith said “\n\nLater Jones said “We will win.”"
    assert [(q.open, q.close, q.fragments) for q in find_quotations(text)] == [
        (text.index("“We"), len(text) - 1, [(text.index("We"), text.index(".”") + 1)])
    ]


@pytest.mark.parametrize("spec", ["quotes-direct@1"] + [f"quotes@{v}" for v in range(2, 10)])
def test_released_versions_read_stray_marks(spec):
    ex = resolve(spec)
    for text in STRAY:
        ann = ex.extract(Document("stray", text, "", "", ""))
        for q in ann.quotes or []:
            assert all(0 <= s < e <= len(text) for s, e in q.content)
