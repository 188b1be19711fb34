"""``newsgold.output.files``: a failed write is said with the file the user gave, not the hidden
temporary newsgold writes first; an existing file counts as changed only when its bytes would change;
a content given as pieces is written as they come, otherwise as a text is."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgold.output import OutputFailed, OverwriteRefused, atomic_write_text, write_files
from newsgold.output import files as files_mod
from newsgold.output.files import failed, published_path


def test_a_refused_file_write_names_the_target_not_its_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only folder: the message named ``ro/.r.md.ngtx-17378-5ccc8fe8.tmp``."""
    real_open = os.open

    def refuse(path: str, *a: object, **k: object) -> int:
        if ".ngtx-" in str(path):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(files_mod.os, "open", refuse)
    target = tmp_path / "ro" / "r.md"
    with pytest.raises(OutputFailed) as info:
        atomic_write_text(target, "x\n")
    assert str(info.value) == f"cannot write {target}: Read-only file system; nothing was replaced"
    assert not target.parent.exists() or not any(target.parent.iterdir())


def test_a_file_inside_a_staged_folder_is_named_where_it_would_be_published(tmp_path: Path) -> None:
    staged = tmp_path / "full" / ".re.ngtx-17921-d5e1028b.tmp" / "claims-v1" / "scores.json"
    err = failed(OSError(errno.ENOSPC, "No space left on device", str(staged)), staged)
    assert str(err) == f"cannot write {tmp_path / 'full/re/claims-v1/scores.json'}: No space left on device; nothing was replaced"


@pytest.mark.parametrize(
    ("given", "published"),
    [("a/.b.json.ngtx-1-ab.tmp", "a/b.json"), ("a/.g.ngtx-2-0f.old", "a/g"), ("a/.ngtx-x.json", "a/.ngtx-x.json"), ("a/b", "a/b")],
)
def test_published_path(given: str, published: str) -> None:
    assert published_path(given) == Path(published)


@pytest.mark.parametrize("text", ["a\r\nb\r\n", "a\rb\n", "“quoted” 🇬🇧\r\n\r\nend"])
def test_the_same_text_with_carriage_returns_again_is_no_change(tmp_path: Path, text: str) -> None:
    """A report of a CRLF document (the text is quoted in report.html) written twice was refused with a
    diff of identical-looking lines: the file was read back with \\r\\n turned into \\n."""
    target = tmp_path / "report.html"
    assert write_files({target: text}) == [target]
    assert target.read_bytes() == text.encode("utf-8")
    assert write_files({target: text}) == []  # unchanged: nothing to refuse, nothing rewritten


def test_line_endings_that_differ_are_a_change(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_files({target: "a\r\nb\r\n"})
    with pytest.raises(OverwriteRefused):
        write_files({target: "a\nb\n"})
    assert target.read_bytes() == b"a\r\nb\r\n"
    assert write_files({target: "a\nb\n"}, overwrite=True) == [target]
    assert target.read_bytes() == b"a\nb\n"


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


def test_changes_of_new_files_and_of_text_read_with_its_line_ends_or_without(tmp_path: Path) -> None:
    """One ``changes`` for every writer: the pull (``new``: files not there yet, diffed from nothing;
    ``exact=False``: a checkout's ``\\r\\n`` alone is no change) and the other outputs (exact text,
    existing files only)."""
    from newsgold.output import changes

    crlf, fresh, odd, same = tmp_path / "crlf.json", tmp_path / "fresh.json", tmp_path / "odd.json", tmp_path / "same.json"
    crlf.write_bytes(b'{\r\n "a": "\xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80"\r\n}\r\n')
    odd.write_bytes(b"\xff not utf-8\n")
    same.write_text("x\n", encoding="utf-8")
    planned = {crlf: '{\n "a": "“q” 😀"\n}\n', fresh: "new\n", odd: "y\n", same: "x\n"}
    pulled = changes(planned, new=True, exact=False)
    assert list(pulled) == [fresh, odd]  # in the order planned; the CRLF file and the same one unchanged
    assert pulled[fresh].endswith("@@ -0,0 +1 @@\n+new\n") and "-\ufffd" not in pulled[odd]
    assert list(changes(planned)) == [crlf, odd]  # exact and existing only: as before
