"""Sentence splitting that never splits inside a quotation or after a common abbreviation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

Span = tuple[int, int]

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "sr",
    "jr",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "maj",
    "inc",
    "corp",
    "ltd",
    "co",
    "vs",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "approx",
    "dept",
    "est",
    "fig",
    "mt",
    "ft",
    "rev",
    "hon",
    "pres",
}
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\.$")  # the word a period ends (an abbreviation?)
_SENT_END_RE = re.compile(r"[.!?…]+[\"”’»')\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9])|\n+")
# the same matches, found faster: the engine skips every position that cannot start one
_SENT_END_SCAN_RE = re.compile(rf"(?=[.!?…\n])(?:{_SENT_END_RE.pattern})")
# the same matches with less work: a leading lookahead (as above) still makes the engine try the
# pattern at every position, a leading character set lets it skip to the next candidate in C;
# "[.!?…]+" and "\n+" are resumed after their first character, their alternatives in the same
# order (tests/extractors/test_text.py compares the three patterns on generated text)
_SENT_END_FAST_RE = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”’»')\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9])|(?<=\n)\n*)")


def strip_span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, protected: Sequence[Span] = ()) -> list[Span]:
    """Sentences as spans, never splitting inside a protected span (a quotation)."""
    starts_p = [s for s, _ in protected]
    ends_p = [e for _, e in protected]
    spans: list[Span] = []
    start = 0
    append, abbreviations = spans.append, _ABBREVIATIONS
    for m in _SENT_END_FAST_RE.finditer(text):
        m_start, m_end = m.span()
        first = text[m_start]  # the match's first character: "\n" or a sentence-final mark
        if first == "\n":
            end = m_start
        else:
            end = m_end
            if first == ".":
                word = _WORD_BEFORE_DOT.search(text[max(0, m_start - 12) : m_start + 1])
                if word:
                    w = word.group(1)
                    if w.lower() in abbreviations or (len(w) == 1 and w.isupper()):
                        continue
            if protected:
                k = bisect_right(starts_p, m_start) - 1
                if k >= 0 and starts_p[k] <= m_start < ends_p[k]:
                    continue
        s, e = start, end
        if s < e and (text[s].isspace() or text[e - 1].isspace()):
            s, e = strip_span(text, s, e)
        if s < e:
            append((s, e))
        start = m_end
    s, e = strip_span(text, start, len(text))
    if s < e:
        spans.append((s, e))
    return spans
