"""Offsets from strings: an item may give a span as text, and this turns it into str indices.

Extractors that produce text (language models, other tools) fail silently when their strings
are turned back into offsets by hand, so newsgold does it once, with rules that are stated here
and reported per item:

* **Exact first, then normalised.**  A string is looked up verbatim (surrounding whitespace is
  never part of a span); failing that, in a normalised view of the text and the string, where
  curly and straight quotation marks (and primes, guillemets) are the same, every dash and
  minus is ``-``, any run of whitespace (line breaks, no-break and thin spaces) is one space,
  ``…`` is ``...``, soft hyphens, zero-width spaces and non-joiners, word joiners and the
  direction marks of right-to-left text are ignored, and accented letters are
  compared decomposed (NFD), so an NFC string finds an NFD text and the reverse.  A normalised
  match is mapped back to the original indices, so the span covers exactly the original
  characters; a match that would take only part of one original character is no match.
* **Never half a character.**  A match whose start or end falls inside a user-perceived
  character (an emoji ZWJ sequence, a flag's pair of regional indicators, a letter and its
  combining marks, a skin tone or variation selector, CR LF) is no match: ``🇸🇫`` is not found
  in ``🇺🇸🇫🇷``.
* **Whole words preferred.**  Occurrences whose ends do not cut a word are taken before any
  that do.
* **Repeated strings.**  Main spans (quote ``content_text``, claim ``span_text``) are aligned in
  the order of the items: an item takes the first occurrence starting after the start of the
  previous item's match in the same layer (a list of fragments: each after the previous
  fragment's end).  When there is none after it, the first occurrence in the document is taken
  and the item is reported ``out of order``.  A quote's ``source_text`` and ``cue_text`` take
  the occurrence nearest its content (the earlier on a tie).  Whenever a string occurs more
  than once the choice is reported as a tie, with the number of occurrences.
* **Nothing dropped.**  A string that cannot be aligned leaves its item in place without that
  span (content ``[]``, source span or cue ``null``); it is reported with its item and field,
  and scoring counts such an item as a spurious prediction under every span scheme.

What was done is recorded in the annotation's ``meta["align"]`` (counts per layer and how, and
a record for every string not aligned exactly and uniquely); reports sum the counts.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any
from unicodedata import category, normalize

EXACT, NORMALISED, FAILED = "exact", "normalised", "failed"
HOW = (EXACT, NORMALISED, FAILED)

_QUOTES = {c: "'" for c in "‘’‚‛′`´\u02bc"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = {c: "-" for c in "‐‑‒–—―−"}
# invisible format characters a tool's string leaves out: soft hyphen, zero-width space and BOM;
# zero-width non-joiner (inside Persian words), word joiner, and the direction marks, embeddings
# and isolates of Arabic, Persian and Hebrew text (U+200E/F, U+061C, U+202A-E, U+2066-9).  Not the
# zero-width joiner: it is part of an emoji sequence.
_DROPPED = {"\u00ad", "\u200b", "\ufeff", "\u200c", "\u2060", "\u200e", "\u200f", "\u061c"} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
_MAP = {**_QUOTES, **_DASHES, "…": "..."}


def normalise(text: str) -> tuple[str, list[int], list[int]]:
    """The normalised text and, per normalised character, the original [start, end) it stands for."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            j = i + 1
            while j < n and (text[j].isspace() or text[j] in _DROPPED):
                j += 1
            out.append(" ")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if ch not in _DROPPED:
            for c in _MAP.get(ch) or (normalize("NFD", ch) if ch > "\x7f" else ch):
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
        i += 1
    return "".join(out), starts, ends


def _norm_needle(s: str) -> str:
    return normalise(s)[0].strip()


def _regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _joins(text: str, p: int) -> bool:
    """Whether index ``p`` (0 < p < len) falls inside one user-perceived character."""
    before, after = text[p - 1], text[p]
    if after == "\u200d" or before == "\u200d" or (before == "\r" and after == "\n"):
        return True
    if category(after) in ("Mn", "Me", "Mc") or "\ufe00" <= after <= "\ufe0f" or "\U0001f3fb" <= after <= "\U0001f3ff":
        return True
    if "\U000e0020" <= after <= "\U000e007f" or "\U000e0100" <= after <= "\U000e01ef":  # emoji tags, variation selectors
        return True
    if _regional(before) and _regional(after):
        run = 0
        while p - 1 - run >= 0 and _regional(text[p - 1 - run]):
            run += 1
        return run % 2 == 1
    return False


def _cuts_cluster(text: str, start: int, end: int) -> bool:
    return (0 < start < len(text) and _joins(text, start)) or (0 < end < len(text) and _joins(text, end))


def _cuts_word(text: str, start: int, end: int) -> bool:
    before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    after = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    return before or after


@dataclass(frozen=True)
class Match:
    span: tuple[int, int] | None
    how: str
    occurrences: int = 0
    out_of_order: bool = False


class Aligner:
    """Aligns strings to one document text (the normalised view is built once, on first need)."""

    def __init__(self, text: str):
        self.text = text
        self._norm: tuple[str, list[int], list[int]] | None = None

    def _occurrences(self, needle: str) -> tuple[list[tuple[int, int]], str]:
        exact = [s for s in _find_all(self.text, needle) if not _cuts_cluster(self.text, *s)]
        if exact:  # hits that cut a character cluster do not count: the normalised view may still match whole
            return exact, EXACT
        if self._norm is None:
            self._norm = normalise(self.text)
        norm, starts, ends = self._norm
        found = _find_all(norm, _norm_needle(needle))
        n = len(norm)
        whole = [(a, b) for a, b in found if (a == 0 or starts[a] != starts[a - 1]) and (b == n or starts[b] != starts[b - 1])]
        return [(starts[a], ends[b - 1]) for a, b in whole], NORMALISED

    def find(self, value: str, after: int | None = None, near: tuple[int, int] | None = None) -> Match:
        """One string: ``after`` — the first occurrence starting at or after it; ``near`` — the nearest one."""
        needle = value.strip()
        if not needle or not _norm_needle(needle):
            return Match(None, FAILED)
        found, how = self._occurrences(needle)
        found = [s for s in found if not _cuts_cluster(self.text, *s)]
        if not found:
            return Match(None, FAILED)
        whole = [s for s in found if not _cuts_word(self.text, *s)] or found
        out_of_order = False
        if near is not None:
            chosen = min(whole, key=lambda s: (max(near[0] - s[1], s[0] - near[1], 0), s[0]))
        else:
            later = [s for s in whole if after is None or s[0] >= after]
            out_of_order = not later
            chosen = later[0] if later else whole[0]
        return Match(chosen, how, len(found), out_of_order)


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    out = []
    i = haystack.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    return out


@dataclass
class AlignReport:
    """Counts per layer and how, and the record of every string not aligned exactly and uniquely."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)

    def add(self, layer: str, item: str, fld: str, value: str, m: Match) -> None:
        c = self.counts.setdefault(layer, {k: 0 for k in (*HOW, "ties")})
        c[m.how] += 1
        c["ties"] += m.occurrences > 1
        if m.how != EXACT or m.occurrences > 1 or m.out_of_order:
            rec: dict[str, Any] = {"layer": layer, "item": item, "field": fld, "text": value, "how": m.how}
            if m.span is not None:
                rec["span"] = list(m.span)
            if m.occurrences > 1:
                rec["occurrences"] = m.occurrences
            if m.out_of_order:
                rec["out_of_order"] = True
            self.records.append(rec)

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts, "unaligned_or_tied": self.records}

    def problems(self) -> list[str]:
        """One line per string that could not be aligned, for messages."""
        return [
            f'{r["layer"]} item "{r["item"]}": field {r["field"]}: {r["text"]!r} not found in the text'
            for r in self.records
            if r["how"] == FAILED
        ]


class ItemAligner:
    """What a layer's ``align`` hook gets: the document's aligner, the report and the per-layer cursor."""

    def __init__(self, text: str, report: AlignReport):
        self.aligner = Aligner(text)
        self.report = report
        self.cursor: dict[str, int | None] = {}

    def fragments(self, layer: str, item: str, fld: str, value: str | Sequence[str]) -> list[list[int]]:
        """Main spans, in item order (see the module docstring); ``[]`` when any fragment fails."""
        values = [value] if isinstance(value, str) else list(value)
        after = self.cursor.get(layer)
        out: list[list[int]] = []
        failed = False
        for j, v in enumerate(values):
            m = self.aligner.find(v, after=after)
            self.report.add(layer, item, fld if isinstance(value, str) else f"{fld}[{j}]", v, m)
            if m.span is None:
                failed = True
                continue
            if out and m.span[0] < out[-1][1]:  # fragments must stay sorted and disjoint
                self.report.records.append(
                    {
                        "layer": layer,
                        "item": item,
                        "field": f"{fld}[{j}]",
                        "text": v,
                        "how": FAILED,
                        "reason": "before the previous fragment",
                    }
                )
                self.report.counts[layer][m.how] -= 1
                self.report.counts[layer][FAILED] += 1
                failed = True
                continue
            out.append(list(m.span))
            after = m.span[1]
        if out:
            self.cursor[layer] = out[0][0] + 1
        return [] if failed else out

    def seen(self, layer: str, frags: Sequence[Sequence[int]]) -> None:
        """An item given with offsets moves the cursor as an aligned one would."""
        if frags:
            self.cursor[layer] = int(frags[0][0]) + 1

    def near(self, layer: str, item: str, fld: str, value: str, anchor: Sequence[Sequence[int]]) -> list[int] | None:
        """A secondary span (a quote's source or cue): the occurrence nearest the item's main span."""
        near = (anchor[0][0], anchor[-1][1]) if anchor else None
        m = self.aligner.find(value, after=None if near else self.cursor.get(layer), near=(near[0], near[1]) if near else None)
        self.report.add(layer, item, fld, value, m)
        return None if m.span is None else list(m.span)


def has_text_fields(raw: Mapping[str, Any]) -> bool:
    """Whether any item of any layer gives a span as text (the fast path skips alignment)."""
    from newsgold.layers import registry

    for layer in registry:
        items = raw.get(layer.name) or ()
        # one substring search over all the layer's keys first (a key ending in "_text" or
        # "_text\n" leaves "_text\n" in the joined text; so may a key holding it elsewhere):
        # a per-key str.endswith, as before, only when it finds one.  Not re.search(r"_text$")
        # per key (``$`` also matches before a final newline): far cheaper on 400k items.
        try:
            if "_text\n" not in "\n".join(chain.from_iterable(items)) + "\n":
                continue
        except TypeError:  # not dicts of string keys: the per-item check below decides
            pass
        for item in items:
            if isinstance(item, Mapping) and any(k.endswith(("_text", "_text\n")) for k in item):
                return True
    return False


def align_raw(raw: Mapping[str, Any], text: str) -> dict[str, Any]:
    """A schema-valid annotation object with every ``*_text`` field turned into offsets (a copy).

    Layers do the per-field work in their ``align`` hook; the report goes to ``meta["align"]``.
    """
    from newsgold.layers import registry

    out = copy.deepcopy(dict(raw))
    if not has_text_fields(out):
        return out
    report = AlignReport()
    items = ItemAligner(text, report)
    for layer in registry:
        if out.get(layer.name) is not None:
            out[layer.name] = [layer.align(items, dict(x)) for x in out[layer.name]]
    out["meta"] = {**(out.get("meta") or {}), "align": report.to_json()}
    return out


def annotation_from_raw(raw: Mapping[str, Any], text: str) -> Any:
    """The typed annotation of a validated object, aligned first when it gives spans as text."""
    from newsgold.schema import DocAnnotation

    return DocAnnotation.from_dict(align_raw(raw, text) if has_text_fields(raw) else dict(raw))


def counts_of(meta: Mapping[str, Any] | None, layer: str) -> Mapping[str, int]:
    """The alignment counts of one layer recorded in an annotation's meta (empty when none)."""
    if not isinstance(meta, Mapping):
        return {}
    got = (meta.get("align") or {}).get("counts", {}).get(layer, {}) if isinstance(meta.get("align"), Mapping) else {}
    return got if isinstance(got, Mapping) else {}
