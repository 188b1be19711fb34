"""The ``entities`` config (a path or a list) and the stance ``targets`` config are checked when
loaded: ``-c entities=5`` was a TypeError traceback, a wrong-shaped registry a KeyError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgold.extractors.base import ExtractorError
from newsgold.extractors.speakers import load_registry
from newsgold.extractors.stance.engine import load_targets


@pytest.mark.parametrize(
    "value", [5, True, {"id": "E"}, [1], [{"name": "X"}], [{"id": "E", "name": 3}], [{"id": "E", "name": "X", "aliases": "Y"}]]
)
def test_a_bad_entities_value_is_an_extractor_error(value: Any) -> None:
    with pytest.raises(ExtractorError, match="config entities"):
        load_registry(value)


def test_a_bad_entities_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "ents.json"
    path.write_text(json.dumps({"E": "x"}), encoding="utf-8")
    with pytest.raises(ExtractorError, match=r"ents\.json: expected a path"):
        load_registry(path)
    path.write_text(json.dumps([{"id": "E", "name": "Ann", "aliases": ["A"]}]), encoding="utf-8")
    assert load_registry(path) == [{"id": "E", "name": "Ann", "aliases": ["A"]}]
    assert load_registry(None) == []


@pytest.mark.parametrize("value", [5, {"T": "x"}, [{"id": "T"}], ["T"]])
def test_a_bad_targets_value_is_an_extractor_error(value: Any, tmp_path: Path) -> None:
    with pytest.raises(ExtractorError, match="targets"):
        load_targets(value, lambda p: tmp_path / str(p))
    assert load_targets([{"id": "T", "description": "talks"}], lambda p: tmp_path / str(p)) == [{"id": "T", "description": "talks"}]
    assert load_targets(None, lambda p: tmp_path / str(p)) == []  # -c targets=null: none
