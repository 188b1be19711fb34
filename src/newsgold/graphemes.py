"""Spans whose start or end falls inside a user-perceived character (a grapheme cluster).

Offsets count code points, so a span can end between the two regional indicators of a flag,
between ``\\r`` and ``\\n``, inside an emoji ZWJ sequence or between a letter and its combining
accent.  Such a span is still well-formed (scoring compares offsets), but it is almost always a
slip or an offset computed in another unit, so ``validate`` warns of it rather than refusing
gold that loads today.  Clusters are Unicode's extended grapheme clusters, found by the
``regex`` module's ``\\X``; only the stretches of a text that can hold one are segmented, and
the annotations are read again only when some text has a character that can join a neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.item_paths import field_path, item_label
from newsgold.schema import DocAnnotation
from newsgold.validate import Context, Problem
from newsgold.workspace import Workspace, shown

Clusters = dict[int, tuple[int, int]]  # offset inside a cluster -> the cluster's (start, end)


class _Joiners:
    """Finds the characters that may join a neighbour into one cluster (a combining mark, ZWJ, a
    regional indicator, a Hangul jamo, a prepended or spacing mark ...), by learning which
    non-ASCII characters never do: curly quotes, NFC letters and CJK text then cost one search
    of the text in C, not a segmentation.  Whether a character joins is asked of ``\\X``."""

    def __init__(self) -> None:
        self.inert: set[str] = set()
        self.joining: set[str] = set()
        self.other = re.compile(r"[^\x00-\x7f]")

    @staticmethod
    def _joins(c: str) -> bool:
        import regex

        return len(regex.findall(r"\X", f"a{c}a")) != 3 or len(regex.findall(r"\X", c + c)) != 2

    def find(self, text: str) -> re.Pattern[str] | None:
        """None when ``text`` has no joining character, else a pattern of the stretches that do."""
        if self.other.search(text) is None:
            return None
        unknown = {c for c in set(text) if not c.isascii()} - self.inert - self.joining
        joins = {c for c in unknown if self._joins(c)}
        self.joining |= joins
        new = unknown - joins
        if new:
            self.inert |= new
            self.other = re.compile("[^\\x00-\\x7f" + "".join(map(re.escape, sorted(self.inert))) + "]")
        if self.other.search(text) is None:
            return None
        return re.compile(self.other.pattern + "+")


_JOINERS = _Joiners()


_CRLF = re.compile("\r\n")


def _safe(text: str, i: int) -> bool:
    """Whether ``i`` is a cluster boundary by the rules alone: at either end, right after a line
    feed (GB4), or between two ASCII characters other than CR LF (no ASCII character extends,
    prepends or joins)."""
    if i <= 0 or i >= len(text) or text[i - 1] == "\n":
        return True
    a, b = text[i - 1], text[i]
    return a.isascii() and b.isascii() and not (a == "\r" and b == "\n")


def inside_offsets(text: str) -> Clusters:
    """Every offset of ``text`` that falls inside a cluster, with that cluster.  Each stretch
    that may hold one is segmented from the safe boundary before it to the one after it."""
    out: Clusters = {}
    joining = None if text.isascii() else _JOINERS.find(text)
    stretches = [m.span() for m in joining.finditer(text)] if joining else []
    stretches += [(m.start(), m.end()) for m in _CRLF.finditer(text)]
    if not stretches:
        return out
    import regex

    done = 0  # segmented up to here (a boundary): each character is segmented once
    for start, end in sorted(stretches):
        if end <= done:
            continue
        start = max(start, done)
        while start > done and not _safe(text, start):
            start -= 1
        while not _safe(text, end):
            end += 1
        for c in regex.finditer(r"\X", text, pos=start, endpos=end):
            for offset in range(c.start() + 1, c.end()):
                out[offset] = c.span()
        done = end
    return out


def cluster_around(text: str, offset: int) -> tuple[int, int] | None:
    """The cluster ``offset`` falls inside, as (start, end), or None when it is a boundary."""
    return inside_offsets(text).get(offset)


def _spans(value: Any, path: list[Any]) -> Iterator[tuple[list[Any], list[int]]]:
    """Every ``[start, end]`` of an item in its dict form (offsets are the only integer pairs)."""
    if isinstance(value, list):
        if len(value) == 2 and all(type(v) is int for v in value):
            yield path, value
        else:
            for i, v in enumerate(value):
                yield from _spans(v, [*path, i])
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _spans(v, [*path, k])


def split_clusters(ann: DocAnnotation, inside: Clusters) -> Iterator[tuple[list[Any], str, int, tuple[int, int]]]:
    """(field path, ``start``/``end``, offset, cluster) of each offset of ``ann`` in ``inside``
    (:func:`inside_offsets` of its text)."""
    if not inside:
        return
    for layer, items in ann.items.items():
        for i, item in enumerate(items or []):
            for path, span in _spans(item.to_dict(), [layer, i]):
                for which, offset in zip(("start", "end"), span):
                    if offset in inside:
                        yield path, which, offset, inside[offset]


def _describe(text: str, offset: int, cluster: tuple[int, int]) -> str:
    chars = text[cluster[0] : cluster[1]]
    points = " ".join(f"U+{ord(c):04X}" for c in chars)
    return f"{chars!r} ({points}) at [{cluster[0]}, {cluster[1]}], after {offset - cluster[0]} of its {len(chars)} code points"


def cluster_warnings(
    annotations: Mapping[str, DocAnnotation],
    docs: Mapping[str, Document],
    path: Path,
    name: str,
    inside: Mapping[str, Clusters] | None = None,
    *,
    directory: bool | None = None,
) -> list[Problem]:
    """One warning per span offset inside a character, named as ``validate`` names problems:
    ``name`` is how the file is shown (for a directory of ``<doc_id>.json``, the directory);
    ``inside``: :func:`inside_offsets` per document, when known; ``directory``: whether ``path``
    is (or will be, for files not written yet) a directory of ``<doc_id>.json``, else asked of the disk."""
    out = []
    per_doc = path.is_dir() if directory is None else directory
    for doc_id, ann in annotations.items():
        text = docs[doc_id].text
        clusters = inside[doc_id] if inside is not None else inside_offsets(text)
        file = f"{name}/{doc_id}.json" if per_doc else name
        raw = ann.to_dict() if clusters else {}
        for where, which, offset, cluster in split_clusters(ann, clusters):
            item = item_label(raw, where)
            if not per_doc:
                item = f"document {doc_id!r}" + (f": {item}" if item else "")
            message = f"{which} {offset} splits the character {_describe(text, offset, cluster)}: offsets should fall between characters"
            out.append(Problem(file, message, item=item, field=field_path(where)))
    return out


def path_warnings(path: Path, ctx: Context) -> list[Problem]:
    """:func:`cluster_warnings` of a file or directory that validates (gold, a pass, predictions),
    and :func:`newsgold.offset_units.unit_warnings` (offsets that look counted in UTF-16 code
    units); a registry (``entities.json``, ``targets.json``) has no spans."""
    from newsgold.offset_units import astral, unit_warnings
    from newsgold.store import load_annotations

    if path.name in ("entities.json", "targets.json") and path.is_file():
        return []
    inside = {doc_id: found for doc_id, doc in ctx.docs.items() if (found := inside_offsets(doc.text))}
    wide = {doc_id for doc_id, doc in ctx.docs.items() if astral(doc.text)}
    if not inside and not wide:
        return []  # not read again: no offset can fall inside a character or be shifted by one (ASCII, curly quotes, NFC accents ...)
    annotations = load_annotations(path, ctx)
    warnings = cluster_warnings({d: annotations[d] for d in inside if d in annotations}, ctx.docs, path, shown(path), inside)
    return warnings + unit_warnings(
        {d: annotations[d] for d in sorted(wide) if d in annotations}, ctx.docs, shown(path), path.is_dir(), inside
    )


def workspace_warnings(ws: Workspace) -> list[Problem]:
    """:func:`cluster_warnings` of a valid workspace's gold and annotation passes."""
    ctx = ws.context()
    return [w for d in (ws.gold_dir, *ws.pass_dirs()) if any(d.glob("*.json")) for w in path_warnings(d, ctx)]
