"""The one annotation format, shared by gold, annotation passes and extractor predictions.

Keeping a single format means any prediction file can be scored, pushed to Label Studio or
diffed exactly like gold.  Offsets are Python ``str`` indices into the document text, end
exclusive.  A layer key that is absent (``None`` here) means "not annotated / not predicted",
which is different from an empty list ("annotated, nothing found").

The layers themselves (item types, labels, schema fragments) are defined in
:mod:`newsgold.layers`; their names are re-exported here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsgold.layers import registry
from newsgold.layers.base import DOCUMENT_HOLDER, Span  # noqa: F401
from newsgold.layers.claims import CLAIM_KINDS, Claim  # noqa: F401
from newsgold.layers.quotes import QUOTE_TYPES, Quote, Source  # noqa: F401
from newsgold.layers.stances import STANCE_LABELS, Stance  # noqa: F401

LAYERS = registry.names()  # the built-in layers; code that must see added layers iterates the registry
ENTITY_TYPES = ("person", "organization", "outlet", "country", "other")


@dataclass(init=False, eq=False)
class DocAnnotation:
    """All annotations of one document; ``None`` for a layer that was not annotated.

    Layers are held by name in ``items`` and read as attributes (``doc.quotes``); positional
    arguments after ``doc_id`` fill the layers in registry order, and a layer not given is
    annotated and empty, as it always was.
    """

    doc_id: str
    items: dict[str, list[Any] | None]
    meta: dict[str, Any] | None

    def __init__(
        self,
        doc_id: str,
        *layers: list[Any] | None,
        meta: dict[str, Any] | None = None,
        items: dict[str, list[Any] | None] | None = None,
        **named: list[Any] | None,
    ):
        names = registry.names()
        if len(layers) > len(names):
            raise TypeError(f"DocAnnotation takes at most {len(names)} layers positionally ({', '.join(names)})")
        given = {**(items or {}), **dict(zip(names, layers)), **named}
        unknown = [n for n in given if n not in registry]
        if unknown:
            raise TypeError(f"unknown annotation layer {unknown[0]!r} (known: {', '.join(names)})")
        object.__setattr__(self, "doc_id", doc_id)
        object.__setattr__(self, "items", {n: given.get(n, []) for n in names})
        object.__setattr__(self, "meta", meta)

    @classmethod
    def built(cls, doc_id: str, items: dict[str, list[Any] | None], meta: dict[str, Any] | None) -> DocAnnotation:
        """From checked parts: ``items`` has every registered layer (the bulk reader, once per line)."""
        out = cls.__new__(cls)
        out.__dict__.update(doc_id=doc_id, items=items, meta=meta)
        return out

    def __getattr__(self, name: str) -> Any:
        items = self.__dict__.get("items")
        if items is not None and name in registry:
            return items.get(name, [])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        if name in registry:
            self.items[name] = value
        else:
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DocAnnotation):
            return NotImplemented
        return (self.doc_id, self.meta) == (other.doc_id, other.meta) and all(
            getattr(self, n) == getattr(other, n) for n in registry.names()
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(name for name in registry.names() if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if self.meta is not None:
            out["meta"] = self.meta
        for name in registry.names():
            items = getattr(self, name)
            if items is not None:
                out[name] = [item.to_dict() for item in items]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocAnnotation:
        """Build from an already validated dict (see :mod:`newsgold.validate`)."""
        layers = {layer.name: None if d.get(layer.name) is None else [layer.from_dict(x) for x in d[layer.name]] for layer in registry}
        return cls(d["doc_id"], meta=d.get("meta"), items=layers)


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


_BASE_DEFS = {
    "span": {
        "type": "array",
        "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
        "minItems": 2,
        "maxItems": 2,
        "items": False,
        "description": "[start, end): Python str indices, end exclusive",
    },
    "fragments": {"type": "array", "items": {"$ref": "#/$defs/span"}, "minItems": 1, "description": "sorted, disjoint fragments"},
}
_SCHEMAS: dict[tuple[str, int], dict[str, Any]] = {}
_VALIDATORS: dict[tuple[str, int], Any] = {}


def annotation_schema() -> dict[str, Any]:
    """The annotation JSON Schema, assembled from the registered layers' fragments."""
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsgold.invalid/schema/annotation.schema.json",
        "title": "newsgold document annotation",
        "description": f"One document's {', '.join(registry.names()[:-1])} and {registry.names()[-1]}. The same object is used for gold, "
        "annotation passes and predictions (one per line in JSON Lines). An absent layer key means the layer was "
        "not annotated/predicted.",
        "type": "object",
        "required": ["doc_id"],
        "additionalProperties": False,
        "properties": {
            "doc_id": {"type": "string", "minLength": 1},
            "meta": {"type": "object", "description": "free-form provenance (extractor name, version, ...)"},
        },
        "$defs": dict(_BASE_DEFS),
    }
    for layer in registry:
        prop, defs = layer.schema()
        out["properties"][layer.name] = prop
        out["$defs"].update(defs)
    return out


def json_schema(name: str = "annotation") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12): annotation (from the layers), entities or targets (shipped files)."""
    key = (name, registry.version if name == "annotation" else 0)
    if key not in _SCHEMAS:
        if name == "annotation":
            _SCHEMAS[key] = annotation_schema()
        else:
            text = resources.files("newsgold").joinpath(f"data/{name}.schema.json").read_text(encoding="utf-8")
            from newsgold.jsonio import loads

            _SCHEMAS[key] = loads(text, f"newsgold/data/{name}.schema.json")
    return _SCHEMAS[key]


def schema_validator(name: str = "annotation") -> Any:
    """A jsonschema validator of :func:`json_schema` ``name`` in which an integer is a JSON
    number written without a fraction or exponent (a Python ``int``): ``2.0`` is not an offset,
    as the strict reader and the typed form have it, though draft 2020-12 would call it one."""
    import jsonschema

    key = (name, registry.version if name == "annotation" else 0)
    if key not in _VALIDATORS:
        checker = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
            "integer", lambda _, v: isinstance(v, int) and not isinstance(v, bool)
        )
        cls = jsonschema.validators.extend(jsonschema.Draft202012Validator, type_checker=checker)
        _VALIDATORS[key] = cls(json_schema(name))
    return _VALIDATORS[key]


def dumps_doc(doc: DocAnnotation | dict[str, Any]) -> str:
    """Canonical, diff-friendly JSON for one document file: one item per line (a DocAnnotation's
    items written by their layers, ``Layer.dumps_items``: the same text as ``json.dumps``)."""
    if not isinstance(doc, DocAnnotation):
        return _dumps_doc(doc, {})
    d: dict[str, Any] = {"doc_id": doc.doc_id} if doc.meta is None else {"doc_id": doc.doc_id, "meta": doc.meta}
    texts = {}
    for layer in registry:
        items = getattr(doc, layer.name)
        if items is not None:
            d[layer.name], texts[layer.name] = items, layer.dumps_items(items)
    return _dumps_doc(d, texts)


def _dumps_doc(d: dict[str, Any], texts: dict[str, list[str]]) -> str:
    parts = [f"  {json.dumps('doc_id')}: {json.dumps(d['doc_id'], ensure_ascii=False)}"]
    for key, value in d.items():
        if key == "doc_id":
            continue
        if isinstance(value, list):
            if not value:
                parts.append(f"  {json.dumps(key)}: []")
                continue
            rows = (
                ",\n".join("    " + item for item in texts[key])
                if key in texts
                else ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in value)
            )
            parts.append(f"  {json.dumps(key)}: [\n{rows}\n  ]")
        else:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def dumps_line(doc: DocAnnotation | dict[str, Any]) -> str:
    """One JSON Lines record (no trailing newline): ``json.dumps(doc.to_dict(), ensure_ascii=False)``,
    the items written by their layers (this is also the text the gold hash is taken of)."""
    from json.encoder import encode_basestring

    if not isinstance(doc, DocAnnotation):
        return json.dumps(doc, ensure_ascii=False)
    doc_id = doc.doc_id
    parts = [f'{{"doc_id": {encode_basestring(doc_id) if type(doc_id) is str else json.dumps(doc_id, ensure_ascii=False)}']
    if doc.meta is not None:
        parts.append(f'"meta": {json.dumps(doc.meta, ensure_ascii=False)}')
    got = doc.items
    for layer in registry:
        items = got.get(layer.name, [])
        if items is not None:
            parts.append(f"{encode_basestring(layer.name)}: [{', '.join(layer.dumps_items(items))}]")
    return ", ".join(parts) + "}"
