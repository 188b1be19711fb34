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


def _write(path: Path, entities: list[dict[str, Any]]) -> None:
    path.write_text(json.dumps(entities), encoding="utf-8")


def _counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from newsgold import jsonio

    parses: list[object] = []
    real = jsonio.loads
    monkeypatch.setattr(jsonio, "loads", lambda *a: parses.append(a[1:]) or real(*a))
    return parses


def test_a_registry_file_is_parsed_once_until_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolvers ask for the registry for every document: it is parsed once per content of the file."""
    parses = _counting_parses(monkeypatch)
    path = tmp_path / "ents.json"
    _write(path, [{"id": "E", "name": "Ann"}])
    first = load_registry(path)
    assert load_registry(str(path)) is first and len(parses) == 1
    _write(path, [{"id": "E", "name": "Ann"}, {"id": "F", "name": "Bob"}])  # edited: parsed again
    assert load_registry(path) == [{"id": "E", "name": "Ann"}, {"id": "F", "name": "Bob"}] and len(parses) == 2
    _write(path, [{"id": "E", "name": "Ann"}, {"id": "F", "name": "Bea"}])  # at once, the same size (and clock tick)
    assert load_registry(path)[1]["name"] == "Bea"
    path.write_text("[", encoding="utf-8")  # broken now: the error, not the last good copy
    with pytest.raises(Exception, match=r"ents\.json"):
        load_registry(path)


def test_what_is_made_of_a_registry_is_made_once_per_file_read(tmp_path: Path) -> None:
    from newsgold.extractors.speakers import Registry, derived, registry_of

    path = tmp_path / "ents.json"
    _write(path, [{"id": "E", "name": "Ann Lee", "aliases": ["A. Lee"]}])
    built: list[int] = []
    loaded = load_registry(path)
    assert derived(loaded, "k", lambda: built.append(1) or len(built)) == 1
    assert derived(load_registry(path), "k", lambda: built.append(1) or len(built)) == 1 and built == [1]
    assert registry_of(Registry, loaded) is registry_of(Registry, load_registry(path))
    assert registry_of(Registry, loaded).lookup("the A. Lee") == "E"
    # a list given in the config may change between documents: made afresh each time
    given = [{"id": "E", "name": "Ann"}]
    assert derived(load_registry(given), "k", lambda: built.append(1) or len(built)) == 2
    assert derived(load_registry(given), "k", lambda: built.append(1) or len(built)) == 3


def test_an_extractor_reads_its_registry_file_once_for_many_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgold.corpus import Document
    from newsgold.extractors import resolve

    parses = _counting_parses(monkeypatch)
    path = tmp_path / "ents.json"
    _write(path, [{"id": "E_LEE", "name": "Ann Lee", "type": "person"}, {"id": "E_UN", "name": "the union", "type": "organization"}])
    ex = resolve("quotes", {"entities": str(path)})
    docs = [Document(f"d{i}", f'"We will strike," Lee said on day {i}. Ann Lee is the union\'s chair.\n') for i in range(3)]
    speakers = [[q.source.entity for q in ex.extract(d).quotes or []] for d in docs]
    assert speakers == [["E_LEE"]] * 3
    assert len(parses) == 1  # was twice per document, and every index made again
