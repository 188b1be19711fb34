"""Span arithmetic on character sets: canonical fragments, boundary normalisation, tokens.

Multi-fragment spans are compared by the characters they cover, so fragments are put in one
canonical form (trimmed when asked, empty ones dropped, touching ones merged): two spans cover
the same characters exactly when their canonical fragments are equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

Fragments = tuple[tuple[int, int], ...]

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _trimmable(ch: str) -> bool:
    """Whitespace, punctuation (which includes every quotation mark) and symbols like ``»``."""
    return ch.isspace() or unicodedata.category(ch)[0] == "P"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing whitespace, punctuation and quotation marks from ``text[start:end]``."""
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return start, end


def canonical(fragments: Iterable[Sequence[int]], text: str | None = None, normalize: bool = False) -> Fragments:
    """Sorted, non-empty, merged fragments; trimmed first when ``normalize`` (needs ``text``)."""
    if not normalize and isinstance(fragments, (list, tuple)) and len(fragments) == 1:
        start, end = fragments[0]  # the common case (one fragment), without the sort and merge
        return ((start, end),) if start < end else ()
    frags = []
    for start, end in fragments:
        if normalize:
            if text is None:
                raise ValueError("boundary normalisation needs the document text")
            start, end = trim(text, start, end)
        if start < end:
            frags.append((start, end))
    frags.sort()
    out: list[tuple[int, int]] = []
    for start, end in frags:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def length(fragments: Fragments) -> int:
    return sum(e - s for s, e in fragments)


def overlap(a: Fragments, b: Fragments) -> int:
    """Number of characters covered by both canonical fragment lists (touching shares none)."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def token_mids(text: str) -> list[int]:
    """The middle character of every word token.

    A token belongs to a span when the span covers its middle character: each token then counts
    once however the span is split, and a boundary off by a character keeps most words.
    """
    out: list[int] = token_mid_array(text).tolist()
    return out


_BMP_WORD: list[Any] = []  # the word-character table of the Basic Multilingual Plane, built once


def _bmp_word() -> Any:
    """Whether each code point below U+10000 is a ``\\w`` character, asked of the regex itself
    (one ``findall`` over the whole plane, so the table cannot disagree with ``re``)."""
    import numpy as np

    if not _BMP_WORD:
        plane = "".join(map(chr, range(0xD800))) + "\0" * 0x800 + "".join(map(chr, range(0xE000, 0x10000)))
        table = np.zeros(0x10000, dtype=bool)
        for m in _WORD.finditer(plane):
            table[m.start() : m.end()] = True
        _BMP_WORD.append(table)
    return _BMP_WORD[0]


def token_mid_array(text: str) -> Any:
    """:func:`token_mids` as a numpy ``int64`` array (what the scoring engine takes).

    A ``\\w+`` token is a maximal run of word characters, and ``\\w`` is decided character by
    character, so the runs are found on a boolean array of the text's code points: those below
    U+10000 by a table the regex filled, the rarer others asked of the regex one distinct code
    point at a time.  The same numbers as ``(m.start() + m.end() - 1) // 2`` per match of
    ``\\w+``, without Python work per character or per token (10,000 articles have millions)."""
    import numpy as np

    if not text:
        return np.zeros(0, np.int64)
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _bmp_word()
    word = np.zeros(len(points) + 2, dtype=bool)  # the text's, between a non-word character at each end
    if int(points.max()) > 0xFFFF:
        astral = points > 0xFFFF
        inner = table.take(np.where(astral, 0, points))
        others = np.unique(points[astral])
        is_word = np.array([_WORD.match(chr(c)) is not None for c in others.tolist()], dtype=bool)
        inner[astral] = is_word[np.searchsorted(others, points[astral])]
        word[1:-1] = inner
    else:  # (take, not indexing: a third of the time, and no copy of the points when none is astral)
        table.take(points, out=word[1:-1])
    edges = np.flatnonzero(word[1:] != word[:-1])  # where a run of word characters starts or stops
    starts, stops = edges[0::2], edges[1::2]
    return (starts + stops - 1) // 2


LINE_CHUNK = 1 << 20  # characters of text per token_mid_array call of token_mid_line


def token_mid_line(texts: Sequence[str], chunk: int = LINE_CHUNK) -> Any:
    """The token middles of every text as one ``int64`` array, in the scoring engine's
    coordinates (the texts laid on one line, each followed by a one-character gap): the
    texts joined by a NUL, which is no word character, so no token crosses two of them.
    One :func:`token_mid_array` per run of texts of about ``chunk`` characters (not one per
    document, nor one over the corpus: its arrays, ~15 bytes a character, took 490 MB at
    the peak of scoring 44M characters)."""
    import numpy as np

    parts, group, size, at = [], [], 0, 0
    for i, text in enumerate(texts):
        group.append(text)
        size += len(text) + 1
        if size >= chunk or i == len(texts) - 1:
            parts.append(token_mid_array("\0".join(group)) + at)
            at += size
            group, size = [], 0
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)
