"""Merge N annotators' passes into one curated annotation, position by position.

Per layer (the registry's layers, each knowing through its ``curation_*`` hooks where an item is
and what else must be equal), items of all passes are grouped into positions: an item joins every
item of another pass at the same place under the matching scheme (exact by default).  A position
is *agree* when at least the rule's number of annotators, each with exactly one item there, give
the same version (same place, same attributes), and no other version has as many; otherwise it
is *incomplete* when some annotator has nothing there, else *disputed*.  A curator's decision
(an annotator's name, or ``none``) settles an open position as *decided*.  As INCEpTION's
curation does, agreed items are taken over automatically and nothing else is guessed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsgold.curation.model import NO_ITEM, DocCuration, Position
from newsgold.curation.rules import CurationError, Rule
from newsgold.layers import Layer, registry
from newsgold.schema import DocAnnotation, dumps_doc
from newsgold.scoring.config import Scheme, parse_scheme

Passes = Mapping[str, Mapping[str, DocAnnotation]]  # annotator -> doc_id -> annotation
Decisions = Mapping[str, Mapping[str, str]]  # doc_id -> position id -> annotator or "none"


@dataclass
class _Entry:
    who: str
    rank: int
    index: int
    item: Any
    anchor: Any


def check_passes(passes: Passes, where: Mapping[str, str] | None = None) -> list[str]:
    """The documents every pass annotated; passes of different documents are refused, naming them."""
    names = list(passes)
    if len(names) < 2:
        raise CurationError("adjudication needs at least two annotation passes")
    where = where or {n: n for n in names}
    docs = [set(passes[n]) for n in names]
    union = set().union(*docs)
    for n, have in zip(names, docs):
        if not have:
            raise CurationError(f"pass {where[n]} holds no document")
        missing = sorted(union - have)
        if missing:
            others = [m for m, h in zip(names, docs) if missing[0] in h]
            raise CurationError(
                f"the passes are of different documents: {where[n]} lacks {', '.join(missing)} "
                f"(annotated in {', '.join(where[m] for m in others)}); give passes of the same documents"
            )
    return sorted(union)


def basis(passes: Passes, doc_id: str) -> str:
    """A hash of every pass's file of one document: a curation's decisions belong to these passes."""
    h = hashlib.sha256()
    for name in passes:
        h.update(f"{name}\0{dumps_doc(passes[name][doc_id])}\0".encode())
    return h.hexdigest()[:16]


def _positions(layer: Layer, anns: Mapping[str, DocAnnotation], scheme: Scheme) -> list[list[_Entry]]:
    """Items of every pass grouped into positions (connected by ``curation_same``), in text order."""
    entries = [
        _Entry(who, rank, i, item, layer.curation_anchor(item))
        for rank, (who, ann) in enumerate(anns.items())
        for i, item in enumerate(getattr(ann, layer.name) or [])
    ]
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if scheme.kind in ("exact", "strict"):
        first: dict[Any, int] = {}
        for i, e in enumerate(entries):
            parent[i] = find(first.setdefault(e.anchor, i))
    else:
        for i, a in enumerate(entries):
            for j in range(i):
                if entries[j].who != a.who and layer.curation_same(a.anchor, entries[j].anchor, scheme):
                    parent[find(i)] = find(j)
    groups: dict[int, list[_Entry]] = {}
    for i, e in enumerate(entries):
        groups.setdefault(find(i), []).append(e)
    return sorted(groups.values(), key=lambda g: min(layer.curation_sort(e.anchor, e.index, e.rank) for e in g))


def _settle(
    layer: Layer, group: list[_Entry], anns: Mapping[str, DocAnnotation], rule: Rule, scheme: Scheme
) -> tuple[str, _Entry | None, list[str]]:
    """(status, the accepted entry or None, its supporters) of one position."""
    by_who: dict[str, list[_Entry]] = {who: [] for who in anns}
    for e in group:
        by_who[e.who].append(e)
    singles = [es[0] for es in by_who.values() if len(es) == 1]
    best: list[tuple[int, _Entry, list[str]]] = []
    counted: set[str] = set()  # annotators already behind an earlier candidate: the same version
    for cand in singles:
        if cand.who in counted:
            continue
        attrs = layer.curation_attrs(cand.item, anns[cand.who])
        support = [
            e.who
            for e in singles
            if layer.curation_attrs(e.item, anns[e.who]) == attrs
            and (e.anchor == cand.anchor or layer.curation_same(e.anchor, cand.anchor, scheme))
        ]
        counted.update(support)
        best.append((len(support), cand, support))
    best.sort(key=lambda b: -b[0])
    if best and best[0][0] >= rule.needed and (len(best) == 1 or best[1][0] < best[0][0]):
        return "agree", best[0][1], best[0][2]
    return ("incomplete" if any(not es for es in by_who.values()) else "disputed"), None, []


def _versions(group: list[_Entry], anns: Mapping[str, DocAnnotation]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {who: [] for who in anns}
    for e in group:
        out[e.who].append(e.item.to_dict())
    return out


def curate_doc(
    doc_id: str, anns: Mapping[str, DocAnnotation], rule: Rule, scheme: Scheme, decisions: Mapping[str, str] | None = None, base: str = ""
) -> DocCuration:
    """One document's curation (``anns``: annotator -> that annotator's annotation of it)."""
    decisions = dict(decisions or {})
    positions: list[Position] = []
    curated: dict[str, list[Any]] = {}
    for layer in registry:
        accepted: list[tuple[Position, _Entry, list[_Entry]]] = []
        for n, group in enumerate(_positions(layer, anns, scheme), start=1):
            pid = f"{layer.name}:{n}"
            status, entry, support = _settle(layer, group, anns, rule, scheme)
            pos = Position(pid, layer.name, status, supporters=support)
            pos.dissent = [w for w in anns if w not in support] if entry is not None else []
            if entry is None or pos.dissent:
                pos.versions = _versions(group, anns)
            decision = decisions.pop(pid, None)
            if entry is None and decision is not None:
                entry = _decide(layer, pos, group, anns, decision)
            positions.append(pos)
            if entry is not None:
                accepted.append((pos, entry, group))
        items = []
        for pos, entry, group in accepted:
            linked = layer.curation_relink(entry.item, anns[entry.who], curated)
            if linked is None:  # what it refers to is still open: so is it
                pos.versions = _versions(group, anns)
                pos.status = "incomplete" if any(not v for v in pos.versions.values()) else "disputed"
                pos.supporters, pos.dissent = [], []
                pos.note = f"refers to an item that is not accepted (accepted {entry.who}'s version otherwise)"
                continue
            items.append((pos, linked))
        curated[layer.name] = []
        for n, (pos, item) in enumerate(items, start=1):
            if layer.has_ids:
                item = replace(item, id=f"{layer.item_prefix}{n}")
                pos.item = item.id
            else:
                pos.item = n - 1
            curated[layer.name].append(item)
    if decisions:
        raise CurationError(f"{doc_id}: decision for unknown position {next(iter(decisions))!r}")
    names = list(anns)
    return DocCuration(doc_id, rule.name, scheme.name, names, base, DocAnnotation(doc_id, items=dict(curated)), positions)


def _decide(layer: Layer, pos: Position, group: list[_Entry], anns: Mapping[str, DocAnnotation], decision: str) -> _Entry | None:
    """A curator's decision on an open position: an annotator's single item, or ``none``.
    Supporters: who gave that same version (or nothing, for ``none``); dissent: the others."""
    by_who = {who: [e for e in group if e.who == who] for who in anns}
    if decision == NO_ITEM:
        pos.status, pos.decision = "decided", decision
        pos.supporters = [w for w, es in by_who.items() if not es]
        pos.dissent = [w for w, es in by_who.items() if es]
        return None
    if decision not in anns:
        raise CurationError(
            f"position {pos.id}: decision {decision!r} names no annotator of these passes (known: {', '.join(anns)}, or {NO_ITEM})"
        )
    theirs = by_who[decision]
    if len(theirs) != 1:
        raise CurationError(
            f"position {pos.id}: {decision} has {len(theirs)} items here; a decision takes one annotator's single item (or {NO_ITEM})"
        )
    chosen = (theirs[0].anchor, layer.curation_attrs(theirs[0].item, anns[decision]))

    def same(es: list[_Entry]) -> bool:
        return len(es) == 1 and (es[0].anchor, layer.curation_attrs(es[0].item, anns[es[0].who])) == chosen

    pos.status, pos.decision = "decided", decision
    pos.supporters = [w for w, es in by_who.items() if same(es)]
    pos.dissent = [w for w, es in by_who.items() if not same(es)]
    return theirs[0]


def adjudicate(
    passes: Passes, rule: Rule, scheme: str | Scheme = "exact", decisions: Decisions | None = None, where: Mapping[str, str] | None = None
) -> dict[str, DocCuration]:
    """Curate every document the passes annotated (all of them must annotate the same documents)."""
    if isinstance(scheme, str):
        try:
            scheme = parse_scheme(scheme)
        except ValueError as e:
            raise CurationError(str(e)) from None
    if scheme.kind in ("partial", "token"):
        raise CurationError(f"scheme {scheme.name!r} cannot place items for curation: choose exact, overlap or coverage:TAU")
    if rule.n != len(passes):
        raise CurationError(f"rule {rule.name} is for {rule.n} annotators but {len(passes)} passes were given")
    doc_ids = check_passes(passes, where)
    decisions = decisions or {}
    unknown = sorted(set(decisions) - set(doc_ids))
    if unknown:
        raise CurationError(f"decisions for {unknown[0]!r}, which the passes do not annotate")
    return {d: curate_doc(d, {n: passes[n][d] for n in passes}, rule, scheme, decisions.get(d), basis(passes, d)) for d in doc_ids}


def decisions_of(curations: Mapping[str, DocCuration], passes: Passes, where: str = "the curation") -> dict[str, dict[str, str]]:
    """The curator's decisions of an earlier curation, checked to belong to these same passes."""
    out: dict[str, dict[str, str]] = {}
    for d, c in curations.items():
        if d not in next(iter(passes.values()), {}):
            raise CurationError(f"{where}: document {d!r} is not in the passes")
        if c.annotators != list(passes):
            raise CurationError(
                f"{where}: {d} was curated from annotators {', '.join(c.annotators)}, not these passes' {', '.join(passes)}"
            )
        if c.basis != basis(passes, d):
            raise CurationError(f"{where}: {d} was curated from other passes (or other versions of them); adjudicate afresh")
        out[d] = {p.id: p.decision for p in c.positions if p.decision is not None and p.status in ("disputed", "incomplete", "decided")}
    return out


def summary(curations: Mapping[str, DocCuration], layers: Sequence[str] | None = None) -> dict[str, dict[str, int]]:
    """Counts per status for every layer over all documents."""
    names = list(layers or registry.names())
    return {
        name: {s: sum(c.counts(name)[s] for c in curations.values()) for s in ("agree", "decided", "disputed", "incomplete")}
        for name in names
    }
