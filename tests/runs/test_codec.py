"""The compiled decoder of typed run files gives what the slow, field-naming path gives: the same
object on every valid file, and on a damaged one it steps aside so the error names the field."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from newsgold.runs._codec import ArtifactError, _Bad, _Where, dumps
from newsgold.runs.artifacts import RunManifest, ScoresFile, SuiteSummary
from newsgold.workspace import Workspace

MODELS: dict[str, Any] = {"manifest.json": RunManifest, "scores.json": ScoresFile, "summary.json": SuiteSummary}
FILES = sorted(p for p in (Workspace.find().root / "eval/runs/baseline").rglob("*.json") if p.name in MODELS)


def _slow(model: Any, data: Any) -> Any:
    return model._decode(data, _Where(model.FILE))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_compiled_equals_slow_path_on_stored_files(path: Path) -> None:
    model = MODELS[path.name]
    data = json.loads(path.read_text(encoding="utf-8"))
    fast, slow = model._fast_decode(data), _slow(model, data)
    assert fast == slow
    assert fast.to_json() == slow.to_json() == data
    assert dumps(fast.to_json()) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [path] + [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [path] + [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


def test_damaged_files_fall_back_to_the_field_message() -> None:
    """Every mutation either decodes to the slow path's object or fails there with its message."""
    rng = random.Random(7)
    path = next(p for p in FILES if p.name == "scores.json")
    base = json.loads(path.read_text(encoding="utf-8"))
    paths = [p for p in _leaves(base) if p]
    failed = 0
    for _ in range(400):
        data = copy.deepcopy(base)
        where = rng.choice(paths)
        parent = data
        for k in where[:-1]:
            parent = parent[k]
        parent[where[-1]] = rng.choice(["x", 1, 1.5, None, True, [], {}, [1], {"a": "b"}])
        try:
            slow = _slow(ScoresFile, data)
        except ArtifactError as e:
            failed += 1
            with pytest.raises(_Bad):
                ScoresFile._fast_decode(data)
            with pytest.raises(ArtifactError) as info:
                ScoresFile.from_json(data)
            assert str(info.value) == str(e)
            continue
        assert ScoresFile._fast_decode(data) == slow
    assert failed > 50  # the mutations did reach typed fields
