"""Page furniture that is out of scope for annotation: headline, dateline, byline, link lists.

General web-news conventions only (see GUIDELINES §9.10): nothing found in these regions is
predicted, just as nothing there is annotated.
"""

from __future__ import annotations

import re

from newsgold.corpus import Document

Span = tuple[int, int]

_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{0,40}\([A-Za-z. ]{1,12}\)\s*[-–—]")
_BYLINE = re.compile(r"^(?:Written |Reported |Compiled |Edited )?by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$", re.I)
_TAIL = re.compile(
    r"^(?:Read (?:more|also)|Related(?: articles| stories| news)?|See also|More on this|Also read|"
    r"Add (?:a |new )?comment|Comments?|Share this(?: article)?|Tags?)\s*:?\s*$",
    re.I,
)
_LABEL = re.compile(r"^[A-Z][\w .'’-]{0,40}:(?=\s)")


def out_of_scope(document: Document) -> list[Span]:
    """Regions of the text that no extractor output may touch."""
    text = document.text
    regions: list[Span] = []
    pos = 0
    first = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        if first:
            first = False
            title = (document.title or "").strip()
            if title and stripped == title:
                regions.append((lead, lead + len(stripped)))
                continue
        if _TAIL.match(stripped):
            regions.append((lead, len(text)))
            break
        if _BYLINE.match(stripped):
            regions.append((lead, lead + len(stripped)))
            continue
        m = _DATELINE.match(stripped)
        if m:
            regions.append((lead, lead + m.end()))
            rest = stripped[m.end() :]
            label = _LABEL.match(rest.lstrip())
            if label and len(label.group()) < 30:
                off = lead + m.end() + (len(rest) - len(rest.lstrip()))
                regions.append((off, off + label.end()))
            continue
    return regions


def inside(regions: list[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in regions)
