"""The typed (msgspec) form and the published JSON Schema accept and reject the same objects.

The corpus: the built-in gold and a prediction-like object, then every mutation of every value
in them (wrong types, floats for offsets, negative offsets, empty strings, unknown keys, missing
keys, nulls, wrong lengths), about two thousand objects in all.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from newsgold.layers.typed import check
from newsgold.schema import schema_validator

GOLD = sorted((Path(__file__).resolve().parents[2] / "annotations" / "gold").glob("*.json"))
REPLACEMENTS: list[Any] = [None, 2.0, 0.5, -1, 0, 3, "", "x", "direct", True, False, [], {}, [1], [1, 2], [1, 2, 3], [[0, 1]], {"a": 1}]


def _base_objects() -> list[dict[str, Any]]:
    objs = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    doc = objs[0]
    pred = {
        "doc_id": doc["doc_id"],
        "meta": {"extractor": "x", "nested": [1, {"a": None}]},
        "quotes": [{**doc["quotes"][0], "score": 0.5}],
        "claims": [{**doc["claims"][0], "score": 1}] if doc["claims"] else [],
    }
    small = {"doc_id": "d", "quotes": doc["quotes"][:2], "claims": doc["claims"][:2], "stances": doc["stances"][:2]}
    # spans given as text (newsgold.align): other fields are required then, as the schema's if/then/else says
    as_text = {
        "doc_id": "d",
        "quotes": [{"id": "q1", "type": "direct", "content_text": ["a", "b"], "source_text": "S", "cue_text": "said"}],
        "claims": [{"id": "c1", "span_text": "x", "claimant": None, "kind": "factual", "checkworthy": True, "quote": None}],
    }
    return [pred, small, as_text]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:2]):
            out += _paths(v, (*path, i))
    return out


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    new = copy.deepcopy(obj)
    parent = new
    for p in path[:-1]:
        parent = parent[p]
    parent[path[-1]] = value
    return new


def _delete(obj: Any, path: tuple[Any, ...]) -> Any:
    new = copy.deepcopy(obj)
    parent = new
    for p in path[:-1]:
        parent = parent[p]
    del parent[path[-1]]
    return new


def _mutations() -> list[Any]:
    out: list[Any] = []
    for base in _base_objects():
        out.append(base)
        for path in _paths(base):
            out += [_set(base, path, r) for r in REPLACEMENTS]
            if path:
                out.append(_delete(base, path))
            target: Any = base
            for p in path:
                target = target[p]
            if isinstance(target, dict):
                out.append(_set(base, path, {**target, "unknown_key": 1}))
    return out


CORPUS = _mutations()


def test_the_corpus_is_large_and_mixed():
    verdicts = [check(o) is None for o in CORPUS]
    assert len(CORPUS) > 1500
    assert 100 < sum(verdicts) < len(CORPUS) - 1000, sum(verdicts)  # many accepted, many more rejected


def test_typed_form_and_json_schema_agree_on_every_object():
    validator = schema_validator("annotation")
    disagree = []
    for obj in CORPUS:
        typed_ok = check(obj) is None
        schema_ok = not any(True for _ in validator.iter_errors(obj))
        if typed_ok != schema_ok:
            disagree.append((typed_ok, schema_ok, json.dumps(obj)[:300]))
    assert disagree == []


@pytest.mark.parametrize(
    "value, ok", [([[0, 10]], True), ([[0.0, 10.0]], False), ([[2.0, 10]], False), ([[True, 10]], False), ([[-1, 10]], False), ([], False)]
)
def test_offsets_are_strict_integers(value: Any, ok: bool):
    obj = {
        "doc_id": "d",
        "quotes": [{"id": "q1", "type": "direct", "content": value, "source": {"span": None, "entity": None}, "cue": None}],
    }
    assert (check(obj) is None) is ok
    assert (not any(True for _ in schema_validator("annotation").iter_errors(obj))) is ok


def _bulk_accepts(obj: Any) -> bool:
    """Whether the bulk reader (newsgold.bulkread) takes the object as one clean line."""
    from newsgold.bulkread import read_chunk

    return read_chunk([json.dumps(obj)], _CTX, strict=False, build=False) != [None]


def _offsets_only(obj: Any) -> bool:
    """No span given as text (those objects are the slow reader's, by design)."""
    layers = [v for v in obj.values() if isinstance(v, list)] if isinstance(obj, dict) else []
    return not any(isinstance(x, dict) and any(k.endswith("_text") for k in x) for v in layers for x in v)


def _context() -> Any:
    from newsgold.corpus import Document
    from newsgold.validate import Context

    ids = {o.get("doc_id") for o in CORPUS if isinstance(o, dict) and isinstance(o.get("doc_id"), str)}
    return Context(docs={d: Document(d, "x" * 5000) for d in ids}, check_entities=False)


_CTX = _context()


def test_the_bulk_reader_and_json_schema_agree_on_every_object():
    """The bulk reader accepts exactly the schema-valid objects that give their spans as offsets
    and on which the semantic checks find nothing; what it refuses is read the slow way."""
    from newsgold.validate import check_object

    validator = schema_validator("annotation")
    disagree = []
    for obj in CORPUS:
        schema_ok = not any(True for _ in validator.iter_errors(obj))
        clean = schema_ok and _offsets_only(obj) and not check_object(obj, _CTX, "f", strict_refs=False)
        if _bulk_accepts(obj) != clean:
            disagree.append((not clean, schema_ok, json.dumps(obj)[:300]))
    assert disagree == []
    assert sum(map(_bulk_accepts, CORPUS)) > 100
