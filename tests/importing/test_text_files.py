"""Folders of .txt articles: text byte-for-byte, ids slugs, re-import a no-op, bad bytes refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsgold.errors import NewsgoldError
from newsgold.importing import import_sources
from newsgold.importing.errors import ByteOrderMarkRefused, EmptyTextError, InvalidUtf8Error, NulCharacterRefused, UnknownSourceError
from newsgold.slugs import is_slug
from newsgold.validate import validate_all
from newsgold.workspace import Workspace

from .conftest import ARTICLES, IDS, sha, snapshot


def test_a_folder_is_imported_byte_for_byte(ws: Workspace, articles: Path):
    report = import_sources(ws, [articles])
    assert len(report.plan.added) == 3 and report.plan.unchanged == []
    docs = Workspace.at(ws.root).documents
    assert set(docs) == IDS and all(is_slug(d) for d in docs)
    by_file = {d.source_file: d for d in docs.values()}
    for name in ARTICLES:
        raw = (articles / name).read_bytes()
        doc = by_file[name]
        assert doc.text.encode("utf-8") == raw
        assert doc.sha256 == sha(raw) and doc.n_chars == len(raw.decode("utf-8"))
        assert doc.meta is None
    assert "🇮🇷" in docs["iran-talks-denied"].text and "“" in docs["quote-of-the-day"].text
    assert validate_all(Workspace.at(ws.root)) == []


def test_records_keep_the_existing_fields_in_order(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    first = json.loads(ws.documents_file.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == [
        "doc_id",
        "text",
        "title",
        "outlet",
        "author",
        "genre",
        "language",
        "event_date",
        "source_file",
        "sha256",
        "n_chars",
    ]


def test_reimport_is_a_no_op(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    before = snapshot(ws.root)
    report = import_sources(ws, [articles])
    assert (len(report.plan.added), len(report.plan.unchanged)) == (0, 3)
    assert snapshot(ws.root) == before


def test_crlf_is_kept_and_reported(ws: Workspace, tmp_path: Path):
    f = tmp_path / "windows.txt"
    f.write_bytes(b"Line one.\r\nLine two.\r\n")
    report = import_sources(ws, [f])
    assert [c.doc_id for c in report.crlf] == ["windows"]
    assert Workspace.at(ws.root).documents["windows"].text == "Line one.\r\nLine two.\r\n"


@pytest.mark.parametrize(
    ("data", "error", "where"),
    [
        (b"fine line\nbad \xff byte\n", InvalidUtf8Error, r"bad.txt:2: invalid UTF-8 at byte offset 14 \(byte 5 of the line\): 0xff"),
        (b"\xef\xbb\xbfWith a BOM", ByteOrderMarkRefused, r"bad.txt:1: starts with a UTF-8 byte order mark"),
        (b"one\ntwo\nN\x00U\x00L\x00", NulCharacterRefused, r"bad.txt:3: NUL character at byte offset 9"),
        (b" \n\t", EmptyTextError, r"bad.txt: the text is only whitespace"),
    ],
)
def test_bad_text_files_are_refused_and_nothing_written(ws: Workspace, articles: Path, data: bytes, error, where: str):
    (articles / "bad.txt").write_bytes(data)
    before = snapshot(ws.root)
    with pytest.raises(error, match=where) as info:
        import_sources(ws, [articles])
    assert info.value.file.endswith("bad.txt")
    assert snapshot(ws.root) == before


def test_every_bad_file_of_a_folder_is_named_at_once(ws: Workspace, articles: Path):
    """A folder with several bad files was refused at the first: fix it, import again, meet the next."""
    from newsgold.importing.errors import SourceErrors

    (articles / "a-bom.txt").write_bytes(b"\xef\xbb\xbf\xe2\x80\x9cHi,\xe2\x80\x9d she said.\r\n")
    (articles / "sub").mkdir()
    (articles / "sub" / "latin1.txt").write_bytes(b"Caf\xe9 owner said \x93yes\x94.\n")
    before = snapshot(ws.root)
    with pytest.raises(SourceErrors) as info:
        import_sources(ws, [articles])
    assert [str(p) for p in info.value.problems] == [
        f"{articles}/a-bom.txt:1: starts with a UTF-8 byte order mark (BOM), which would become the first character of the text; "
        "save the file as UTF-8 without BOM",
        f"{articles}/sub/latin1.txt:1: invalid UTF-8 at byte offset 3 (byte 4 of the line): 0xe9 (invalid continuation byte); "
        "convert the file to UTF-8",
    ]
    assert snapshot(ws.root) == before  # nothing written
    (articles / "a-bom.txt").unlink()
    with pytest.raises(InvalidUtf8Error):  # one bad file: its own error, as before
        import_sources(ws, [articles])


def test_unknown_sources_are_named(ws: Workspace, tmp_path: Path):
    with pytest.raises(UnknownSourceError, match="no such file"):
        import_sources(ws, [tmp_path / "nope"])
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(UnknownSourceError, match="not a source newsgold imports"):
        import_sources(ws, [tmp_path / "x.docx"])
    (tmp_path / "emptydir").mkdir()
    with pytest.raises(UnknownSourceError, match=r"\.txt files"):
        import_sources(ws, [tmp_path / "emptydir"])


def test_sub_folders_are_read_and_hidden_files_are_not(ws: Workspace, tmp_path: Path):
    """An archive by date (2026/12/a.txt) was skipped without a word; a hidden ._a.txt (macOS
    resource fork) or .draft.txt was imported as a document (round 6, case 18)."""
    root = tmp_path / "archive"
    (root / "2026" / "12").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "top.txt").write_text("Top.", encoding="utf-8")
    (root / "2026" / "12" / "deep.txt").write_text("Deep.", encoding="utf-8")
    (root / "._top.txt").write_bytes(b"\x00\x05\x16\x07 mac")
    (root / ".git" / "x.txt").write_text("No.", encoding="utf-8")
    report = import_sources(ws, [root])
    assert sorted(c.doc_id for c in report.plan.added) == ["deep", "top"]
    assert Workspace.at(ws.root).documents["deep"].source_file == "2026/12/deep.txt"


@pytest.mark.parametrize("kind", ["fifo", "device", "dangling", "page fifo"])
def test_a_document_entry_that_is_not_a_file_is_refused_by_name(ws: Workspace, tmp_path: Path, kind: str):
    """Round 7: in a folder, a .txt that is a FIFO, a link to /dev/zero or a link to nothing was
    skipped without a word (the article lost, exit 0); given alone, a FIFO blocked for ever."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("A text.", encoding="utf-8")
    bad = folder / ("b.html" if kind == "page fifo" else "b.txt")
    if kind in ("fifo", "page fifo"):
        os.mkfifo(bad)
    elif kind == "device":
        bad.symlink_to("/dev/zero")
    else:
        bad.symlink_to(tmp_path / "gone.txt")
    before = snapshot(ws.root)
    with pytest.raises(UnknownSourceError, match=r"not a regular file|link to nothing") as info:
        import_sources(ws, [folder])
    assert info.value.file.endswith(bad.name)
    if kind == "device":
        with pytest.raises(UnknownSourceError, match="not a regular file"):
            import_sources(ws, [bad])  # given alone: refused at once, not read
    elif kind != "dangling":  # a named pipe given alone: refused as one (round 12: a .jsonl one waited for ever)
        with pytest.raises(NewsgoldError, match=r"not a regular file") as alone:
            import_sources(ws, [bad])
        assert bad.name in str(alone.value)
    assert snapshot(ws.root) == before


def test_the_workspace_itself_or_its_eval_folder_is_refused(ws: Workspace):
    """Round 7: ``import .`` from a workspace took its run reports (eval/runs/*/*/report.html) for
    articles (refused only when two reports happened to share an id)."""
    report = ws.root / "eval/runs/base/quotes-v2/report.html"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("<html><body><article><p>" + "A run report, not an article. " * 20 + "</p></article></body></html>", encoding="utf-8")
    before = snapshot(ws.root)
    for source in (ws.root, ws.root / "eval", ws.root / "eval/runs/base", ws.root / "annotations"):
        with pytest.raises(UnknownSourceError, match="the workspace's own"):
            import_sources(ws, [source])
    assert snapshot(ws.root) == before


def test_a_file_name_that_is_not_utf8_is_imported_and_said_as_backslash_escapes(ws: Workspace, tmp_path: Path):
    """A Latin-1 name from an old archive (``caf\\xe9.txt``; Python holds the byte as a lone
    surrogate) was a UnicodeEncodeError traceback when the corpus was written."""
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("He said so.", encoding="utf-8")
    report = import_sources(ws, [folder])
    assert [c.doc_id for c in report.plan.added] == ["caf"]
    doc = Workspace.at(ws.root).documents["caf"]
    assert doc.source_file == "caf\\xe9.txt" and doc.text == "He said so."
    assert validate_all(Workspace.at(ws.root)) == []
