"""The shared analysis, made faster, gives what the plain code it replaced gave.

Speed work on ``text.py`` and ``sentences.py`` must not move any released version's output.
The pins cover real texts; here the fast paths are compared, on thousands of generated
strings (curly quotes, emoji, flags, CRLF, abbreviations, tabs inside names), with the
straightforward code they replaced, kept below as the reference.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right

import pytest

from newsgold.extractors.lexicon import TITLE_WORDS
from newsgold.extractors.quotes.v9 import AnalysisV9
from newsgold.extractors.quotes.v10 import AnalysisV10
from newsgold.extractors.sentences import (
    _ABBREVIATIONS,
    _SENT_END_FAST_RE,
    _SENT_END_RE,
    _SENT_END_SCAN_RE,
    _WORD_BEFORE_DOT,
    sentence_spans,
    strip_span,
)
from newsgold.extractors.text import _NAME_SCAN_RE, WORD_RE, WORD_SCAN_RE, Analysis, Token

PIECES = [
    "The",
    "But",
    "the",
    "Mr.",
    "Dr. ",
    "U.S.",
    "J.",
    "Gov. Ann Lee",
    "Jean\tde la Cruz",
    "al-Assad",
    "bin Laden",
    "President",
    "Minister",
    "said",
    "says",
    "told",
    "according to",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    ", ",
    ". ",
    "! ",
    "? ",
    "…",
    ".",
    ",",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "🙂",
    "🇫🇷",
    "👍🏽",
    "İstanbul",
    "ÉLYSÉE",
    "co-op",
    "rock’n’roll",
    "3.5",
    "No. 7",
    "Inc.",
    "A",
    "Smith",
    "Jane",
    "O’Neil",
    "_x_",
    "he",
    "she",
]


def texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def reference_sentence_spans(text, protected=()):
    """``sentence_spans`` as it was before the speed work."""
    starts_p = [s for s, _ in protected]
    spans = []
    start = 0
    for m in _SENT_END_SCAN_RE.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        if m.group()[0] == ".":
            word = _WORD_BEFORE_DOT.search(text[max(0, m.start() - 12) : m.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
        if protected and m.group()[0] != "\n":
            k = bisect_right(starts_p, m.start()) - 1
            if k >= 0 and protected[k][0] <= m.start() < protected[k][1]:
                continue
        s, e = strip_span(text, start, end)
        if s < e:
            spans.append((s, e))
        start = m.end()
    s, e = strip_span(text, start, len(text))
    if s < e:
        spans.append((s, e))
    return spans


def reference_names(a: Analysis):
    """``Analysis.names`` before the speed work: every match goes through ``_name_mentions``."""
    out = []
    starts, regions = a._region_starts, a.quote_regions
    for m in _NAME_SCAN_RE.finditer(a.text):
        s, e = m.span()
        k = bisect_right(starts, s) - 1
        if k >= 0 and regions[k][0] <= s and e <= regions[k][1] and bisect_right(starts, e - 1) - 1 == k:
            if m.group().split()[-1].lower().rstrip(".") not in TITLE_WORDS:
                continue
        out.extend(a._name_mentions(s, m.group()))
    known_last = {}
    for mention in out:
        if mention.person and mention.name and " " in mention.name:
            known_last.setdefault(mention.name.split()[-1], mention.name)
    for mention in out:
        if mention.person is None and mention.name in known_last:
            mention.person = True
    return out


@pytest.mark.parametrize("cls", [Analysis, AnalysisV9, AnalysisV10])
def test_tokens_and_starts_are_the_plain_ones(cls):
    for text in texts(1500, 1):
        a = cls(text)
        want = [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        assert a.tokens == want
        assert [t.lower for t in a.tokens] == [t.lower for t in want]
        assert a.token_starts == [t.start for t in want]
        for pos in range(len(text) + 1):
            assert a.tokens_between(pos, pos + 7) == want[a.token_index(pos) : a.token_index(pos + 7)]


def test_sentences_are_the_plain_ones():
    for i, text in enumerate(texts(3000, 2)):
        protected = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^”\"]*[”\"]", text)] if i % 2 else []
        assert sentence_spans(text, protected) == reference_sentence_spans(text, protected), text


def test_in_quotation_and_sentence_of_are_the_plain_ones():
    for text in texts(800, 3):
        a = Analysis(text)
        regions, sentences = a.quote_regions, a.sentences
        for pos in range(-1, len(text) + 2):
            k = bisect_right([s for s, _ in regions], pos) - 1
            assert a.in_quotation(pos) == (k >= 0 and regions[k][0] <= pos < regions[k][1])
            want = sentences[max(0, bisect_right([s for s, _ in sentences], pos) - 1)] if sentences else (0, len(text))
            assert a.sentence_of(pos) == want


def test_names_are_the_plain_ones():
    found = 0
    for text in texts(3000, 4):
        got, want = Analysis(text).names, reference_names(Analysis(text))
        assert got == want, text
        found += len(got)
    assert found > 1000  # the generated texts do hold names


def test_the_fast_sentence_end_scan_gives_the_patterns_matches():
    edge = ["..\n\n.!?” A", "\n", "", "a.\r\n\r\nB", "…’ 9", "x.) (Y", ".\n.", "U.S. Army", "e.g.\nX", "Hi!🙂 A", "No.\t“Yes.” ‘B"]
    for t in edge + texts(6000, 9):
        want = [m.span() for m in _SENT_END_RE.finditer(t)]
        assert [m.span() for m in _SENT_END_FAST_RE.finditer(t)] == want, t
        assert [m.span() for m in _SENT_END_SCAN_RE.finditer(t)] == want, t


def test_the_word_scan_gives_the_patterns_matches():
    edge = [
        "a_b",
        "_",
        "__x__",
        "x-",
        "-x",
        "x-y",
        "x--y",
        "rock’n’roll’s",
        "3.5.",
        "🇫🇷a",
        "e\u0301",
        "٣.٤",
        "\u00a0x\u2003y",
        "\r\nA.B.",
        "👍🏽x",
    ]
    for t in edge + texts(6000, 11):
        assert [m.span() for m in WORD_SCAN_RE.finditer(t)] == [m.span() for m in WORD_RE.finditer(t)], t
