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
UNSET = msgspec.UNSET
Unset = msgspec.UnsetType


def one_of(values: tuple[str, ...]) -> Any:
    """``Literal`` of a layer's label vocabulary (an ``enum`` in the JSON Schema)."""
    return Literal[values]


def struct(name: str, fields: list[Any]) -> Any:
    """A closed object type (``additionalProperties: false``); fields with a default are optional."""
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True, omit_defaults=True)


_CACHE: dict[int, Any] = {}


def document_type() -> Any:
    """The msgspec type of one document object, or None when a registered layer has no typed
    form (then only the JSON Schema validates)."""
    if registry.version not in _CACHE:
        fields: list[Any] = [("doc_id", NonEmpty), ("meta", dict[str, Any] | Unset, UNSET)]
        typed: Any = True
        for layer in registry:
            item = layer.struct()
            if item is None:
                typed = None
                break
            fields.append((layer.name, list[item] | Unset, UNSET))  # type: ignore[valid-type]
        _CACHE[registry.version] = typed and struct("Document", fields)
    return _CACHE[registry.version]


def check(raw: Any) -> str | None:
    """None when ``raw`` has the document shape, else msgspec's first complaint."""
    doc_type = document_type()
    if doc_type is None:
        return "no typed form"
    try:
        msgspec.convert(raw, doc_type)
    except msgspec.ValidationError as e:
        return str(e)
    return None
