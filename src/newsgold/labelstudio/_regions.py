"""The regions of one Label Studio annotation as the pull reads them: labeled spans, what a
relation between two of them means, the groups their ``fragment`` relations make, the readers a
layer builds one item from, and what the editor's own output needs (its escaped span text, its
random region ids)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from newsgold.schema import Span


@dataclasses.dataclass
class Region:
    rid: str
    label: str
    span: Span
    index: int  # position in the result list: items keep the order of their first region
    score: Any = None


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


class Group:
    """The regions of one item (its fragments), and the readers layers build the item with."""

    def __init__(self, rd: Any, regs: list[Region]):
        self.rd, self.regs = rd, regs
        self.head = min(regs, key=lambda r: r.span).rid  # the region problems name
        self.id = self.head  # the item id (an annotator's pass: renumbered as the guidelines say)
        self.frags = sorted(r.span for r in regs)

    @cached_property
    def score(self) -> Any:
        return self.one("score", [r.score for r in self.regs if r.score is not None])

    def add(self, field: str, message: str) -> None:
        self.rd.add(f"region {self.head}", field, message)

    def one(self, what: str, values: list[Any], show: Any = repr) -> Any:
        """The one value given (a problem when the fragments disagree)."""
        distinct = list(dict.fromkeys(values))
        if len(distinct) > 1:
            self.add(what, f"{len(distinct)} different values: {', '.join(str(show(v)) for v in distinct)}")
        return distinct[0] if distinct else None

    def attr(self, name: str) -> Any:
        return self.one(name, [self.rd.attrs[r.rid][name][0] for r in self.regs if name in self.rd.attrs.get(r.rid, {})])

    def linked(self, kind: str) -> list[str]:
        return [o for r in self.regs for o in self.rd.links.get(r.rid, {}).get(kind, [])]

    def entity(self, choice: str, free: str) -> str | None:
        a, b = self.attr(choice), self.attr(free)
        if a is not None and b is not None:
            self.add(free, f"given both as registry entity {a!r} and as free text {b!r}")
        return a if a is not None else b


def same_text(shown: Any, actual: str) -> bool:
    """Does a region's ``value.text`` say ``actual``?  Label Studio's editor breaks the line at a
    ``\r`` and at a ``\n`` alike (a CRLF is two line breaks) and stores each line break inside a
    span as a backslash and an ``n``: a span across a CRLF reads ``\\n\\n`` (round 11: such a
    region, drawn with the mouse, refused the pull).  That is undone before comparing (the offsets
    are the truth, the text only a check on them)."""
    if shown == actual or not isinstance(shown, str) or ("\n" not in actual and "\r" not in actual):
        return shown == actual
    broken = actual.replace("\r", "\n")
    return shown in (broken, broken.replace("\n", "\\n"))


def guideline_ids(groups: list[Group], layer: Any) -> list[Group]:
    """The items in the guidelines' order (start of the first fragment, then end of the last) and
    numbered ``q1, q2, …`` / ``c1, c2, …`` from it when their ids are not already so numbered
    (Label Studio gives regions drawn in its editor random ids); the same annotation always
    gets the same ids."""
    import re

    prefix = layer.item_prefix
    ordered = sorted(groups, key=lambda g: (g.frags[0][0], g.frags[-1][1], g.regs[0].index))
    numbers = [int(m.group(1)) if (m := re.fullmatch(rf"{re.escape(prefix)}([1-9][0-9]*)", g.id)) else None for g in ordered]
    if None in numbers or numbers != sorted(set(numbers)):  # type: ignore[type-var]
        for n, g in enumerate(ordered, start=1):
            g.id = f"{prefix}{n}"
    return ordered


def relation_kind(rd: Any, rel: Mapping[str, Any]) -> tuple[str, str] | None:
    """(what a relation means, label of the item it belongs to), from the labels of its ends;
    None (and a problem) if it cannot be placed."""
    src, dst = rel.get("from_id"), rel.get("to_id")
    where = f"region {src}"
    ok = True
    for key, rid in (("from_id", src), ("to_id", dst)):
        if not isinstance(rid, str) or rid not in rd.regions:
            rd.add(where, key, f"dangling relation {src!r} -> {dst!r}: {key} {rid!r} is not a labeled region of this annotation")
            ok = False
    from newsgold.labelstudio import config as C

    labels, known = rel.get("labels") or [], C.relations()
    kinds = tuple(dict.fromkeys(kind for kind, _ in known.values()))
    if not isinstance(labels, list) or any(x not in kinds for x in labels):
        rd.add(where, "labels", f"unknown relation label in {labels!r} (known: {', '.join(kinds)})")
        return None
    if not ok or not isinstance(src, str) or not isinstance(dst, str):  # (ok: both are region ids)
        return None
    ends = (rd.regions[src].label, rd.regions[dst].label)
    found = known.get(frozenset(ends))
    if found is None:
        rd.add(where, "to_id", f"a relation between a {ends[0]} and a {ends[1]} region ({src!r} -> {dst!r}) cannot be placed")
        return None
    if any(x != found[0] for x in labels):
        rd.add(where, "labels", f"relation labelled {labels!r} between a {ends[0]} and a {ends[1]} must be {found[0]!r}")
        return None
    return found


def drop_dependents(rd: Any, item_labels: set[str]) -> None:
    """Leave out what hangs on a refused region (its values, its relations, and the regions
    that are only parts of an item, such as a quote's Source and Cue), so that one problem names
    the cause instead of one per dangling reference.  Item regions (a Quote, a Claim) stay."""
    grown = bool(rd.refused)
    while grown:
        grown = False
        for _, rel in rd.relations:
            ends = _ends(rel)
            if ends & rd.refused:
                more = {e for e in ends - rd.refused if e in rd.regions and rd.regions[e].label not in item_labels}
                grown |= bool(more)
                rd.refused |= more
    for rid in rd.refused:
        rd.regions.pop(rid, None)
        rd.attrs.pop(rid, None)
    rd.relations = [(i, r) for i, r in rd.relations if not _ends(r) & rd.refused]


def _ends(rel: Mapping[str, Any]) -> set[str]:
    return {e for e in (rel.get("from_id"), rel.get("to_id")) if isinstance(e, str)}
