"""How a validation problem names what was expected: the shapes a one-of field takes, the ids
that are known (a few of them, and how many)."""

from __future__ import annotations

from typing import Any

_KNOWN: list[Any] = [None, -1, ""]  # (the ids last listed, how many, their listing): one listing per corpus, not per problem


def known_ids(ids: Any, shown: int = 10) -> str:
    """The first ``shown`` ids in order, and how many there are: every id of a 100,000-document
    corpus was listed in each "unknown doc_id" problem (790 KB a line, sorted again for each)."""
    if _KNOWN[0] is not ids or _KNOWN[1] != len(ids):
        import heapq

        first = heapq.nsmallest(shown + 1, ids)
        text = ", ".join(first[:shown]) or "none"
        _KNOWN[:] = [ids, len(ids), text + (f", ... ({len(ids):,} in all)" if len(first) > shown else "")]
    return str(_KNOWN[2])


def shape(schema: Any) -> str:
    """A one-of alternative in words: ``content_text: null`` was told "expected null or ..." though
    null is not one of its shapes."""
    if not isinstance(schema, dict):
        return "a value of the right shape"
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return {"span": "a span [start, end]", "fragments": "a list of spans"}.get(name, f"a {name}")
    kind = schema.get("type")
    if kind == "null":
        return "null"
    if kind == "string":
        return "a non-empty string" if schema.get("minLength") else "a string"
    if kind == "array":
        return f"a non-empty list of {shape(schema.get('items')).removeprefix('a ')}s" if schema.get("minItems") else "a list"
    return f"a {kind}" if isinstance(kind, str) else "a value of the right shape"


def one_of_shapes(alternatives: Any) -> str:
    return " or ".join(shape(sub) for sub in alternatives)
