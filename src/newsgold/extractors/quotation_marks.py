"""Quotation-mark pairing: which marks open and close a quotation, across paragraphs.

Its own module because it is the one piece of the shared analysis with real state (nesting,
continuation paragraphs); every rule version reads quotations through :class:`Analysis`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgold.extractors.sentences import Span, strip_span

DOUBLE_MARKS = '"“”„«»'
SINGLE_MARKS = "'‘’‚‹›"
MARK_RE = re.compile(r'["“”„«»\n]')
SINGLE_MARK_RE = re.compile(r"['‘’‚‹›\n]")
OPENING = set("“„«‘‚‹")
CLOSING = set("”»’›")
_OPEN_BEFORE = set("([{—–-/:")
_CLOSE_AFTER = set(".,;:!?)]}—–-…")


@dataclass
class Quotation:
    """Text between quotation marks; ``fragments`` exclude the marks (one per paragraph)."""

    open: int
    close: int | None  # position of the closing mark (None: ran to the end of a paragraph)
    fragments: list[Span]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    @property
    def outer_end(self) -> int:
        return (self.close + 1) if self.close is not None else self.end


def _mark_role(text: str, i: int) -> str:
    """open, close or either, from the mark itself and the characters around it."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    open_ctx = (prev.isspace() or prev in _OPEN_BEFORE or prev in OPENING or prev in DOUBLE_MARKS) and not nxt.isspace()
    close_ctx = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in CLOSING or nxt in DOUBLE_MARKS)
    if ch in OPENING:
        return "close" if close_ctx and not open_ctx else "open"
    if ch in CLOSING:
        return "open" if open_ctx and not close_ctx else "close"
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    return "either"


def find_quotations(text: str, single: bool = False) -> list[Quotation]:
    """Pair quotation marks: straight and curly, nested (inner pairs stay inside), multi-paragraph.

    A quotation still open at the end of a paragraph continues when the next paragraph opens
    with a mark (the news convention); otherwise it ends with its paragraph.
    """
    marks_re = SINGLE_MARK_RE if single else MARK_RE
    out: list[Quotation] = []
    depth = 0
    open_pos: int | None = None
    content_start = 0
    frags: list[Span] = []
    skip_until = -1
    for m in marks_re.finditer(text):
        i = m.start()
        if i < skip_until:
            continue
        ch = text[i]
        if ch == "\n":
            if open_pos is None:
                continue
            frags.append(strip_span(text, content_start, i))
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in (SINGLE_MARKS if single else DOUBLE_MARKS) and _mark_role(text, j) != "close":
                content_start = j + 1  # continuation paragraph
                skip_until = j + 1
                depth = 0
                continue
            frags = [f for f in frags if f[0] < f[1]]
            if frags:  # a mark opening nothing before its paragraph ends ("X said “\n\nNo.") is no quotation
                out.append(Quotation(open_pos, None, frags))
            open_pos, frags, depth = None, [], 0
            continue
        if single and ch in "'’" and i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
            continue  # an apostrophe
        role = _mark_role(text, i)
        if open_pos is None:
            if role != "close":
                open_pos, content_start, frags, depth = i, i + 1, [], 0
            continue
        if role == "open" and ch in OPENING:
            depth += 1  # a nested pair with distinct opening marks
            continue
        if depth > 0 and role != "open":
            depth -= 1
            continue
        if role == "open" and ch not in OPENING and depth == 0 and ch in "\"'":
            # a straight mark that looks like an opening one while open: treat as closing
            # unless the quotation is still empty
            if i == content_start:
                continue
        frags.append(strip_span(text, content_start, i))
        frags = [f for f in frags if f[0] < f[1]]
        if frags:
            out.append(Quotation(open_pos, i, frags))
        open_pos, frags, depth = None, [], 0
    if open_pos is not None:
        frags.append(strip_span(text, content_start, len(text)))
        frags = [f for f in frags if f[0] < f[1]]
        if frags:
            out.append(Quotation(open_pos, None, frags))
    return out
