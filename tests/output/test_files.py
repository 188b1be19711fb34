"""``newsgold.output.files``: a failed write is said with the file the user gave, not the hidden
temporary newsgold writes first; an existing file counts as changed only when its bytes would change."""

from __future__ import annotations

import errno
import os
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
