"""The typed (msgspec) form of the annotation format, for fast validation of large files.

Each layer's :meth:`~newsgold.layers.base.Layer.struct` returns the msgspec type of one of its
items, built from the aliases here; :func:`document_type` assembles the document type from the
registry, as :func:`newsgold.schema.annotation_schema` assembles the JSON Schema.  The JSON
Schema stays the published contract (tests check that both accept and reject the same files);
this form exists because checking ~400k items against it one by one takes minutes.  Integers
are strict: ``2.0`` is not an offset (JSON Schema would call it an integer).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from newsgold.layers import registry

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
Offset = Annotated[int, msgspec.Meta(ge=0)]
SpanT = tuple[Offset, Offset]
Fragments = Annotated[list[SpanT], msgspec.Meta(min_length=1)]
TextFragments = NonEmpty | Annotated[list[NonEmpty], msgspec.Meta(min_length=1)]  # a span given as text (newsgold.align)
UNSET = msgspec.UNSET
Unset = msgspec.UnsetType


def one_of(values: tuple[str, ...]) -> Any:
    """``Literal`` of a layer's label vocabulary (an ``enum`` in the JSON Schema)."""
    return Literal[values]


def struct(name: str, fields: list[Any], gc: bool = True) -> Any:
    """A closed object type (``additionalProperties: false``); fields with a default are optional.
    ``gc=False``: never tracked by the garbage collector (for values that hold no cycle)."""
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True, omit_defaults=True, kw_only=True, gc=gc)


_CACHE: dict[Any, Any] = {}


def document_type() -> Any:
    """The msgspec type of one document object, or None when a registered layer has no typed
    form (then only the JSON Schema validates)."""
    if registry.version not in _CACHE:
        layers = layer_fields(lambda layer: layer.struct())
        fields: list[Any] = [("doc_id", NonEmpty), ("meta", dict[str, Any] | Unset, UNSET)]
        _CACHE[registry.version] = None if layers is None else struct("Document", fields + layers)
    return _CACHE[registry.version]


def layer_fields(item_type: Any) -> list[Any] | None:
    """A document struct's field per registered layer (a list of ``item_type(layer)``, absent
    allowed), or None when a layer has no such type."""
    fields: list[Any] = []
    for layer in registry:
        item = item_type(layer)
        if item is None:
            return None
        fields.append((layer.name, list[item] | Unset, UNSET))  # type: ignore[valid-type]
    return fields


def check(raw: Any) -> str | None:
    """None when ``raw`` has the document shape, else msgspec's first complaint."""
    doc_type = document_type()
    if doc_type is None:
        return "no typed form"
    try:
        msgspec.convert(raw, doc_type)
    except msgspec.ValidationError as e:
        return str(e)
    return _conditional_problem(raw)


def _conditionals() -> list[tuple[str, list[tuple[str, list[str], list[str], list[str]]]]]:
    """Per layer, the item schema's ``if required X then required A else required B`` rules (an
    item gives its spans as offsets or as text), which a msgspec type cannot state."""
    key: Any = ("conditionals", registry.version)
    if key not in _CACHE:
        found = []
        for layer in registry:
            _, defs = layer.schema()
            rules = [
                (name, d["if"]["required"], d.get("then", {}).get("required", []), d.get("else", {}).get("required", []))
                for name, d in defs.items()
                if isinstance(d, dict) and "if" in d
            ]
            if rules:
                found.append((layer.name, rules))
        _CACHE[key] = found
    return _CACHE[key]


def _conditional_problem(raw: Any) -> str | None:
    # key-view comparisons (C) per item, the missing field worded only for a failing one
    key: Any = ("rule sets", registry.version)
    if key not in _CACHE:
        _CACHE[key] = [
            (layer, [(frozenset(when), frozenset(then), frozenset(otherwise), then, otherwise) for _, when, then, otherwise in rules])
            for layer, rules in _conditionals()
        ]
    for layer, sets in _CACHE[key]:
        for i, item in enumerate(raw.get(layer) or ()):
            keys = item.keys()
            for when_set, then_set, else_set, then, otherwise in sets:
                if keys >= (then_set if keys >= when_set else else_set):
                    continue
                need = then if keys >= when_set else otherwise
                missing = [k for k in need if k not in item]
                return f"Object missing required field `{missing[0]}` - at `$.{layer}[{i}]`"
    return None
