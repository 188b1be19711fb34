"""``newsgold.output.files``: an existing file counts as changed only when its bytes would change."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.output import OverwriteRefused, write_files


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
