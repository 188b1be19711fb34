"""Curation in Label Studio: one task per document with open positions, the accepted items
pre-filled as its annotation and every annotator's pass as a prediction (``annotator:<name>``, :func:`version_names`),
so the curator sees all versions side by side; the curator's submitted annotation, read back
through the validated pull path, becomes the decisions that ``adjudicate`` applies.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.curation.model import NO_ITEM, DocCuration, Position
from newsgold.curation.rules import CurationError
from newsgold.layers import registry
from newsgold.schema import DocAnnotation
from newsgold.scoring.config import parse_scheme

PREFIX = "annotator:"  # model_version of an annotator's version
_PASS_LINE = re.compile(r"^- (?P<name>[^:]+): `(?P<where>.+)`$")


def passes_of_log(log: str) -> dict[str, str]:
    """annotator -> where their pass was, as the curation's generated log lists them."""
    return {m["name"]: m["where"] for line in log.splitlines() if (m := _PASS_LINE.match(line))}


def find_passes(curation_dir: Path, root: Path) -> dict[str, Path]:
    """The pass directories a curation was made from (its log's list, relative to cwd or the workspace)."""
    from newsgold.curation.log import LOG_NAME

    log = Path(curation_dir) / LOG_NAME
    if not log.is_file():
        raise CurationError(f"{log}: missing; it names the passes (give them with --passes)")
    out = {}
    for name, where in passes_of_log(log.read_text(encoding="utf-8")).items():
        found = next((p for p in (Path(where), root / where) if p.is_dir()), None)
        if found is None:
            raise CurationError(f"{log}: pass {name!r} at {where} is not a directory (give the passes with --passes)")
        out[name] = found
    if len(out) < 2:
        raise CurationError(f"{log}: lists fewer than two passes")
    return out


def open_docs(curations: Mapping[str, DocCuration], where: str) -> list[str]:
    """Documents with open positions; none at all is an error (nothing to curate)."""
    docs = sorted(d for d, c in curations.items() if c.open_positions)
    if not docs:
        raise CurationError(f"{where}: no open position: nothing to curate (adjudicate --write-gold writes the gold)")
    return docs


def version_names(names: list[str]) -> dict[str, str]:
    """Each pass's ``model_version``: ``annotator:<name>``, with only the part before "@" of
    passes named by e-mail (as ``ls pull`` names them) when that tells them apart.  Label Studio
    shows a tab name over 15 characters as its first 8 and last 6: both passes of
    annotator@newsgold.local and bob@newsgold.local read "annotato….local"."""
    short = {name: name.split("@", 1)[0] if "@" in name.strip("@") else name for name in names}
    if len(set(short.values())) < len(short):
        short = {name: name for name in names}
    return {name: f"{PREFIX}{short[name]}" for name in names}


def curation_tasks(
    curations: Mapping[str, DocCuration], passes: Mapping[str, Mapping[str, DocAnnotation]], docs: Mapping[str, Any], vocab: Any, where: str
) -> list[dict[str, Any]]:
    """One task per document with open positions: accepted items as the annotation, each pass as a prediction."""
    from newsgold.labelstudio.convert import doc_to_results
    from newsgold.labelstudio.tasks import build_tasks

    chosen = open_docs(curations, where)
    versions = version_names(list(passes))
    tasks = build_tasks({d: docs[d] for d in chosen}, {d: curations[d].gold() for d in chosen}, vocab=vocab)
    for task in tasks:
        d = task["data"]["doc_id"]
        task["predictions"] = [
            {"model_version": versions[name], "result": doc_to_results(passes[name][d], docs[d].text, vocab, task["data"])}
            for name in passes
        ]
    return tasks


@dataclass
class Outcome:
    """What the curator's annotations say: decisions per document, and items of their own."""

    curator: str = ""
    decisions: dict[str, dict[str, str]] = field(default_factory=dict)
    docs: dict[str, DocAnnotation] = field(default_factory=dict)  # the curator's annotation per document
    new: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)  # doc_id -> (layer, item)


def _key(layer: Any, item: Any, doc: DocAnnotation) -> tuple[Any, Any]:
    return layer.curation_anchor(item), layer.curation_attrs(item, doc)


def _matches(layer: Any, a: tuple[Any, Any], b: tuple[Any, Any], scheme: Any) -> bool:
    return a[1] == b[1] and (a[0] == b[0] or layer.curation_same(a[0], b[0], scheme))


def decide(c: DocCuration, curator: DocAnnotation, anns: Mapping[str, DocAnnotation]) -> tuple[dict[str, str], list[tuple[str, Any]]]:
    """Decisions for ``c``'s open positions from the curator's annotation (``anns``: each pass's doc).

    A curator item like an annotator's single version at an open position decides it for that
    annotator; an open position the curator left empty is ``none``; an item like no accepted item
    and no version is the curator's own.
    """
    scheme = parse_scheme(c.scheme)
    decisions: dict[str, str] = {}
    new: list[tuple[str, Any]] = []
    accepted = c.gold()
    for layer in registry:
        opened: list[Position] = [p for p in c.open_positions if p.layer == layer.name]
        versions = {p.id: {w: _key(layer, layer.from_dict(v[0]), anns[w]) for w, v in p.versions.items() if len(v) == 1} for p in opened}
        taken = [_key(layer, i, accepted) for i in getattr(accepted, layer.name) or []]
        for item in getattr(curator, layer.name) or []:
            k = _key(layer, item, curator)
            hits = [(pid, w) for pid, vs in versions.items() for w, v in vs.items() if _matches(layer, k, v, scheme)]
            if hits:
                decisions.setdefault(hits[0][0], hits[0][1])
            elif not any(_matches(layer, k, t, scheme) for t in taken):
                new.append((layer.name, item))
        for p in opened:
            decisions.setdefault(p.id, NO_ITEM)
    return decisions, new


def add_own(c: DocCuration, own: list[tuple[str, Any]], curator: DocAnnotation, who: str) -> None:
    """Keep the curator's own items in the curated document (relinked, renumbered), each as a decided position."""
    for layer in registry:
        mine = [item for name, item in own if name == layer.name]
        items = list(getattr(c.curated, layer.name) or [])
        for item in mine:
            linked = layer.curation_relink(item, curator, {k: v or [] for k, v in c.curated.items.items()})
            if linked is None:
                raise CurationError(f"{c.doc_id}: the curator's new {layer.name} item refers to an item that is not accepted")
            n = len(items) + 1
            if layer.has_ids:
                linked = dataclasses.replace(linked, id=f"{layer.item_prefix}{n}")
            items.append(linked)
            pid = f"{layer.name}:new{len([p for p in c.positions if p.layer == layer.name and 'new' in p.id]) + 1}"
            c.positions.append(
                Position(
                    pid,
                    layer.name,
                    "decided",
                    supporters=[who],
                    item=linked.id if layer.has_ids else n - 1,
                    decision=who,
                    note="the curator's own item",
                )
            )
        if mine:
            c.curated = DocAnnotation(c.doc_id, items={**c.curated.items, layer.name: items}, meta=c.curated.meta)
