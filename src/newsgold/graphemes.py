"""Spans whose start or end falls inside a user-perceived character (a grapheme cluster).

Offsets count code points, so a span can end between the two regional indicators of a flag,
between ``\\r`` and ``\\n``, inside an emoji ZWJ sequence or between a letter and its combining
accent.  Such a span is still well-formed (scoring compares offsets), but it is almost always a
slip or an offset computed in another unit, so ``validate`` warns of it rather than refusing
gold that loads today.  Clusters are Unicode's extended grapheme clusters, found by the
``regex`` module's ``\\X``; only the few characters around an offset are segmented.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.schema import DocAnnotation
from newsgold.validate import Context, Problem, _field_path, _item_label
from newsgold.workspace import Workspace, shown


def _safe(text: str, i: int) -> bool:
    """Whether ``i`` is a cluster boundary by the rules alone: at either end, right after a line
    feed (GB4), or between two ASCII characters other than CR LF (no ASCII character extends,
    prepends or joins)."""
    if i <= 0 or i >= len(text) or text[i - 1] == "\n":
        return True
    a, b = text[i - 1], text[i]
    return a.isascii() and b.isascii() and not (a == "\r" and b == "\n")


def _simple(text: str) -> bool:
    """Whether every code point of ``text`` is a cluster of its own (ASCII without CR LF)."""
    return text.isascii() and "\r\n" not in text


def cluster_around(text: str, offset: int) -> tuple[int, int] | None:
    """The cluster ``offset`` falls inside, as (start, end), or None when it is a boundary."""
    if _safe(text, offset):
        return None
    import regex

    start = offset - 1
    while not _safe(text, start):
        start -= 1
    end = offset + 1
    while not _safe(text, end):
        end += 1
    at = start
    for m in regex.finditer(r"\X", text, pos=start, endpos=end):
        if at < offset < m.end():
            return at, m.end()
        at = m.end()
    return None


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


def split_clusters(ann: DocAnnotation, text: str) -> Iterator[tuple[list[Any], str, int, tuple[int, int]]]:
    """(field path, ``start``/``end``, offset, cluster) of each offset of ``ann`` inside a cluster."""
    if _simple(text):
        return
    for layer, items in ann.items.items():
        for i, item in enumerate(items or []):
            for path, span in _spans(item.to_dict(), [layer, i]):
                for which, offset in zip(("start", "end"), span):
                    cluster = cluster_around(text, offset)
                    if cluster is not None:
                        yield path, which, offset, cluster


def _describe(text: str, offset: int, cluster: tuple[int, int]) -> str:
    chars = text[cluster[0] : cluster[1]]
    points = " ".join(f"U+{ord(c):04X}" for c in chars)
    return f"{chars!r} ({points}) at [{cluster[0]}, {cluster[1]}], after {offset - cluster[0]} of its {len(chars)} code points"


def cluster_warnings(annotations: Mapping[str, DocAnnotation], docs: Mapping[str, Document], path: Path, name: str) -> list[Problem]:
    """One warning per span offset inside a character, named as ``validate`` names problems:
    ``name`` is how the file is shown (for a directory of ``<doc_id>.json``, the directory)."""
    out = []
    for doc_id, ann in annotations.items():
        text = docs[doc_id].text
        file = f"{name}/{doc_id}.json" if path.is_dir() else name
        raw = ann.to_dict()
        for field_path, which, offset, cluster in split_clusters(ann, text):
            item = _item_label(raw, field_path)
            if not path.is_dir():
                item = f"document {doc_id!r}" + (f": {item}" if item else "")
            message = f"{which} {offset} splits the character {_describe(text, offset, cluster)}: offsets should fall between characters"
            out.append(Problem(file, message, item=item, field=_field_path(field_path)))
    return out


def path_warnings(path: Path, ctx: Context) -> list[Problem]:
    """:func:`cluster_warnings` of a file or directory that validates (gold, a pass, predictions);
    a registry (``entities.json``, ``targets.json``) has no spans."""
    from newsgold.store import load_annotations

    if path.name in ("entities.json", "targets.json") and path.is_file():
        return []
    if all(_simple(doc.text) for doc in ctx.docs.values()):
        return []  # not read again: no offset can fall inside a character
    return cluster_warnings(load_annotations(path, ctx), ctx.docs, path, shown(path))


def workspace_warnings(ws: Workspace) -> list[Problem]:
    """:func:`cluster_warnings` of a valid workspace's gold and annotation passes."""
    ctx = ws.context()
    return [w for d in (ws.gold_dir, *ws.pass_dirs()) if any(d.glob("*.json")) for w in path_warnings(d, ctx)]
