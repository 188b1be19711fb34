"""Spans whose offsets look counted in UTF-16 code units (JavaScript's or Java's string indices).

newsgold's offsets are Python ``str`` indices (code points).  A tool that counts UTF-16 code
units agrees with them up to the first character outside the Basic Multilingual Plane (most
emoji, U+10000 and above, two units each); after it, every offset is too large by the number of
such characters before it.  A shifted span is still well-formed, so this cannot be refused; what
can be told honestly is the pattern: on a document with such characters, the offsets they shift
cut words (or fall inside a character) when read as code points, and none does when read as
UTF-16 units.  Only then is the file warned of, once per document, with the counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import Any

from newsgold.corpus import Document
from newsgold.schema import DocAnnotation
from newsgold.validate import Problem


def astral(text: str) -> bool:
    """Whether ``text`` has a character that is two UTF-16 code units."""
    return not text.isascii() and max(text) > "\uffff"


def _offsets(value: Any) -> Iterator[int]:
    """Every offset of an item in its dict form (offsets are the only integer pairs)."""
    if isinstance(value, list):
        if len(value) == 2 and all(type(v) is int for v in value):
            yield from value
        else:
            for v in value:
                yield from _offsets(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _offsets(v)


def _cuts(text: str, i: int, inside: Mapping[int, Any]) -> bool:
    """Whether offset ``i`` of ``text`` cuts a word or a character (or lies past the text)."""
    if i < 0 or i > len(text):
        return True
    if 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum():
        return True
    return i in inside


def shifted(text: str, offsets: list[int], inside: Mapping[int, Any]) -> tuple[int, int] | None:
    """(offsets the astral characters shift, of them those that cut as code points) when the
    offsets look like UTF-16 code units: two or more shifted offsets cut a word or a character as
    code points (one is a slip as likely), and none would as UTF-16 units; else None.  (Right
    offsets read as units move back by a character or more, which cuts a word almost always.)"""
    units = [0, *accumulate(2 if c > "\uffff" else 1 for c in text)]  # code point -> UTF-16 offset
    point_of = {u: p for p, u in enumerate(units)}
    first = next(p for p, c in enumerate(text) if c > "\uffff")
    moved = [o for o in offsets if o > units[first]]  # read as units, after the first astral character
    if not moved:
        return None
    cut = sum(_cuts(text, o, inside) for o in moved)
    as_units = [point_of.get(o) for o in moved]
    if cut < 2 or any(p is None or _cuts(text, p, inside) for p in as_units):
        return None
    return len(moved), cut


def unit_warnings(
    annotations: Mapping[str, DocAnnotation], docs: Mapping[str, Document], name: str, per_doc: bool, inside: Mapping[str, Any]
) -> list[Problem]:
    """One warning per document of ``annotations`` whose offsets look like UTF-16 code units;
    ``name``: how the file (or directory of ``<doc_id>.json``) is shown; ``inside``: the offsets
    inside a character per document (:func:`newsgold.graphemes.inside_offsets`), when any."""
    out = []
    for doc_id, ann in annotations.items():
        text = docs[doc_id].text
        if not astral(text):
            continue
        offsets = [o for items in ann.items.values() for item in items or [] for o in _offsets(item.to_dict())]
        found = shifted(text, offsets, inside.get(doc_id, {}))
        if found is None:
            continue
        moved, cut = found
        first = next(c for c in text if c > "\uffff")
        file = f"{name}/{doc_id}.json" if per_doc else name
        out.append(
            Problem(
                file,
                f"{cut} of the {moved} offsets after the first character outside the Basic Multilingual Plane "
                f"({first!r}, U+{ord(first):04X}, at {text.index(first)}) cut a word or a character, and none would "
                "if they counted UTF-16 code units (JavaScript's or Java's string indices): newsgold's offsets are "
                "Python str indices (code points); convert them (each such character before an offset counts once, not twice)",
                item=None if per_doc else f"document {doc_id!r}",
            )
        )
    return out
