"""The one annotation format, shared by gold, annotation passes and extractor predictions.

Keeping a single format means any prediction file can be scored, pushed to Label Studio or
diffed exactly like gold.  Offsets are Python ``str`` indices into the document text, end
exclusive.  A layer key that is absent (``None`` here) means "not annotated / not predicted",
which is different from an empty list ("annotated, nothing found").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

Span = tuple[int, int]

LAYERS = ("quotes", "claims", "stances")
QUOTE_TYPES = ("direct", "indirect", "mixed")
CLAIM_KINDS = ("factual", "evaluative")
STANCE_LABELS = ("favor", "against", "neutral")
ENTITY_TYPES = ("person", "organization", "outlet", "country", "other")
DOCUMENT_HOLDER = "@document"


def _span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


def _spans(values: Any) -> list[Span]:
    return [(int(s), int(e)) for s, e in values]


def _put_score(out: dict[str, Any], score: float | None) -> dict[str, Any]:
    if score is not None:
        out["score"] = score
    return out


@dataclass(frozen=True)
class Source:
    span: Span | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"span": None if self.span is None else list(self.span), "entity": self.entity}


@dataclass
class Quote:
    id: str
    type: str
    content: list[Span]
    source: Source = field(default_factory=Source)
    cue: Span | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "type": self.type,
            "content": [list(s) for s in self.content],
            "source": self.source.to_dict(),
            "cue": None if self.cue is None else list(self.cue),
        }
        return _put_score(out, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        src = d.get("source") or {}
        return cls(
            id=d["id"],
            type=d["type"],
            content=_spans(d["content"]),
            source=Source(_span(src.get("span")), src.get("entity")),
            cue=_span(d.get("cue")),
            score=d.get("score"),
        )


@dataclass
class Claim:
    id: str
    span: list[Span]
    claimant: str | None
    kind: str
    checkworthy: bool
    quote: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "span": [list(s) for s in self.span],
            "claimant": self.claimant,
            "kind": self.kind,
            "checkworthy": self.checkworthy,
            "quote": self.quote,
        }
        return _put_score(out, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(
            id=d["id"],
            span=_spans(d["span"]),
            claimant=d.get("claimant"),
            kind=d["kind"],
            checkworthy=bool(d["checkworthy"]),
            quote=d.get("quote"),
            score=d.get("score"),
        )


@dataclass
class Stance:
    holder: str
    target: str
    label: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _put_score({"holder": self.holder, "target": self.target, "label": self.label}, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        return cls(holder=d["holder"], target=d["target"], label=d["label"], score=d.get("score"))


@dataclass
class DocAnnotation:
    """All annotations of one document; ``None`` for a layer that was not annotated."""

    doc_id: str
    quotes: list[Quote] | None = field(default_factory=list)
    claims: list[Claim] | None = field(default_factory=list)
    stances: list[Stance] | None = field(default_factory=list)
    meta: dict[str, Any] | None = None

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(name for name in LAYERS if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if self.meta is not None:
            out["meta"] = self.meta
        for name in LAYERS:
            items = getattr(self, name)
            if items is not None:
                out[name] = [item.to_dict() for item in items]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocAnnotation:
        """Build from an already validated dict (see :mod:`newsgold.validate`)."""

        def layer(name: str, item_cls: Any) -> list[Any] | None:
            items = d.get(name)
            return None if items is None else [item_cls.from_dict(x) for x in items]

        return cls(
            doc_id=d["doc_id"],
            quotes=layer("quotes", Quote),
            claims=layer("claims", Claim),
            stances=layer("stances", Stance),
            meta=d.get("meta"),
        )


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases), "type": self.type}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(id=d["id"], name=d["name"], aliases=tuple(d.get("aliases", ())), type=d["type"])


@dataclass(frozen=True)
class Target:
    id: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "description": self.description}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Target:
        return cls(id=d["id"], description=d["description"])


@cache
def json_schema(name: str = "annotation") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) shipped with the package: annotation, entities or targets."""
    text = resources.files("newsgold").joinpath(f"data/{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def dumps_doc(doc: DocAnnotation | dict[str, Any]) -> str:
    """Canonical, diff-friendly JSON for one document file: one item per line."""
    d = doc.to_dict() if isinstance(doc, DocAnnotation) else doc
    parts = [f"  {json.dumps('doc_id')}: {json.dumps(d['doc_id'], ensure_ascii=False)}"]
    for key, value in d.items():
        if key == "doc_id":
            continue
        if isinstance(value, list):
            if not value:
                parts.append(f"  {json.dumps(key)}: []")
                continue
            rows = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in value)
            parts.append(f"  {json.dumps(key)}: [\n{rows}\n  ]")
        else:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def dumps_line(doc: DocAnnotation | dict[str, Any]) -> str:
    """One JSON Lines record (no trailing newline)."""
    d = doc.to_dict() if isinstance(doc, DocAnnotation) else doc
    return json.dumps(d, ensure_ascii=False)
