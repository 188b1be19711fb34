"""write_files with a content given as pieces: written as they come, otherwise as a text is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgold.output import OverwriteRefused, write_files


def pieces(*parts: str) -> Iterator[str]:
    yield from parts


def test_pieces_make_the_file_with_a_text_beside_it(tmp_path: Path):
    a, b = tmp_path / "a.json", tmp_path / "sub" / "b.txt"
    assert write_files({a: pieces("{\n", ' "é😀🇮🇷": 1', "\r\n}\n"), b: "text\n"}) == [a, b]
    assert a.read_bytes() == '{\n "é😀🇮🇷": 1\r\n}\n'.encode()
    assert b.read_text(encoding="utf-8") == "text\n"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.json", "b.txt", "sub"]


def test_an_unchanged_target_is_not_rewritten(tmp_path: Path):
    a = tmp_path / "a.json"
    a.write_text("same\n", encoding="utf-8")
    before = a.stat().st_ino
    assert write_files({a: pieces("sa", "me\n")}) == []
    assert a.stat().st_ino == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_change_without_overwrite_is_refused_with_the_diff(tmp_path: Path):
    a, b = tmp_path / "a.json", tmp_path / "b.txt"
    a.write_text("old\n", encoding="utf-8")
    with pytest.raises(OverwriteRefused) as e:
        write_files({a: pieces("new", "\n"), b: "b\n"})
    assert "-old" in e.value.diff and "+new" in e.value.diff
    assert a.read_text(encoding="utf-8") == "old\n" and not b.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no staged file left
    assert write_files({a: pieces("new", "\n"), b: "b\n"}, overwrite=True) == [a, b]
    assert a.read_text(encoding="utf-8") == "new\n"


def test_pieces_that_fail_midway_leave_everything_as_it_was(tmp_path: Path):
    a, b = tmp_path / "a.json", tmp_path / "b.txt"
    b.write_text("b\n", encoding="utf-8")

    def broken() -> Iterator[str]:
        yield "part"
        raise RuntimeError("the report failed")

    with pytest.raises(RuntimeError, match="the report failed"):
        write_files({b: "new b\n", a: broken()}, overwrite=True)
    assert not a.exists() and b.read_text(encoding="utf-8") == "b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt"]


def test_no_removals_with_pieces(tmp_path: Path):
    with pytest.raises(ValueError, match="pieces"):
        write_files({tmp_path / "a": pieces("x")}, deletes=[tmp_path / "b"])
