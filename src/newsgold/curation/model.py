"""The curation file: a document in the one annotation format (its accepted items) whose
``meta.curation`` says how each position was settled and lists every open one with each
annotator's version side by side.  It validates as an annotation file and reads back typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.curation.rules import CurationError
from newsgold.schema import DocAnnotation

FORMAT_VERSION = 1
STATUSES = ("agree", "decided", "disputed", "incomplete")
OPEN = ("disputed", "incomplete")
NO_ITEM = "none"  # a curator's decision that the position holds no item


@dataclass
class Position:
    """One place in one layer of a document where at least one annotator put an item.

    ``versions``: each annotator's items there, as in their pass (an empty list: none);
    kept for open positions and for accepted ones someone dissented from.  ``supporters``: who
    gave the accepted version.  ``item``: the accepted item's id in the curated document.
    ``decision``: for a curator to fill on an open position (an annotator's name or ``none``).
    """

    id: str
    layer: str
    status: str
    supporters: list[str] = field(default_factory=list)
    dissent: list[str] = field(default_factory=list)
    versions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    item: str | int | None = None
    decision: str | None = None
    note: str = ""

    @property
    def open(self) -> bool:
        return self.status in OPEN

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "layer": self.layer, "status": self.status}
        if self.supporters:
            out["supporters"] = self.supporters
        if self.dissent:
            out["dissent"] = self.dissent
        if self.item is not None:
            out["item"] = self.item
        if self.versions:
            out["versions"] = self.versions
        if self.open or self.decision is not None:
            out["decision"] = self.decision
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Position:
        return cls(
            id=str(d["id"]),
            layer=str(d["layer"]),
            status=str(d["status"]),
            supporters=list(d.get("supporters", [])),
            dissent=list(d.get("dissent", [])),
            versions={k: list(v) for k, v in d.get("versions", {}).items()},
            item=d.get("item"),
            decision=d.get("decision"),
            note=str(d.get("note", "")),
        )


@dataclass
class DocCuration:
    """One document: the curated annotation (accepted items only) and its positions."""

    doc_id: str
    rule: str
    scheme: str
    annotators: list[str]
    basis: str  # hash of the passes it was made from: decisions apply only to the same passes
    curated: DocAnnotation
    positions: list[Position]

    def counts(self, layer: str | None = None) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for p in self.positions:
            if layer is None or p.layer == layer:
                out[p.status] += 1
        return out

    @property
    def open_positions(self) -> list[Position]:
        return [p for p in self.positions if p.open]

    def section(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "rule": self.rule,
            "scheme": self.scheme,
            "annotators": self.annotators,
            "basis": self.basis,
            "positions": [p.to_dict() for p in self.positions],
        }

    def to_dict(self) -> dict[str, Any]:
        """The curation file's content: the curated annotation with ``meta.curation``."""
        out = self.curated.to_dict()
        out["meta"] = {**(self.curated.meta or {}), "curation": self.section()}
        return out

    def gold(self) -> DocAnnotation:
        """What goes into the gold: the accepted items, no curation section."""
        return DocAnnotation(self.doc_id, items=dict(self.curated.items))


def from_annotation(doc: DocAnnotation, where: str) -> DocCuration:
    """A typed curation from an annotation whose ``meta.curation`` the curation writer made."""
    section = (doc.meta or {}).get("curation")
    if not isinstance(section, dict):
        raise CurationError(f"{where}: not a curation file (no meta.curation)")
    if section.get("format_version") != FORMAT_VERSION:
        raise CurationError(f"{where}: meta.curation.format_version {section.get('format_version')!r}, expected {FORMAT_VERSION}")
    try:
        positions = [Position.from_dict(p) for p in section["positions"]]
        bad = [p for p in positions if p.status not in STATUSES]
        if bad:
            raise CurationError(f"{where}: position {bad[0].id}: unknown status {bad[0].status!r}")
        meta = {k: v for k, v in (doc.meta or {}).items() if k != "curation"} or None
        curated = DocAnnotation(doc.doc_id, items=dict(doc.items), meta=meta)
        return DocCuration(
            doc.doc_id, str(section["rule"]), str(section["scheme"]), list(section["annotators"]), str(section["basis"]), curated, positions
        )
    except (KeyError, TypeError, AttributeError) as e:
        raise CurationError(f"{where}: malformed meta.curation ({type(e).__name__}: {e})") from None


def read_curation(path: Path | str, ctx: Any) -> dict[str, DocCuration]:
    """Read a curation directory back (validated as annotations first, every problem listed)."""
    from newsgold.store import load_annotations
    from newsgold.workspace import shown

    path = Path(path)
    docs = load_annotations(path, ctx)
    return {d: from_annotation(doc, shown(path / f"{d}.json") if path.is_dir() else shown(path)) for d, doc in docs.items()}


def curation_files(curations: Mapping[str, DocCuration], directory: Path) -> dict[Path, str]:
    """``<doc_id>.json`` per document, in the canonical annotation layout."""
    return {Path(directory) / f"{d}.json": dumps_curation(c) for d, c in sorted(curations.items())}


def dumps_curation(c: DocCuration) -> str:
    """The canonical annotation layout, with ``meta.curation`` one position per line (a curator
    edits the ``decision`` of a position in place)."""
    import json

    from newsgold.schema import dumps_doc

    d = c.curated.to_dict()
    d.pop("meta", None)
    d["meta"] = {}  # last: its line is replaced below
    lines = dumps_doc(d).split("\n")
    assert lines[-3] == '  "meta": {}', lines[-3]
    section = c.section()
    positions = section.pop("positions")
    top = json.dumps(section, ensure_ascii=False)[:-1]
    rows = ",\n".join("      " + json.dumps(p, ensure_ascii=False) for p in positions)
    lines[-3] = (
        f'  "meta": {{"curation": {top}, "positions": [\n{rows}\n    ]}}}}'
        if positions
        else f'  "meta": {{"curation": {top}, "positions": []}}}}'
    )
    return "\n".join(lines)
