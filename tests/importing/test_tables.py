"""JSON Lines and CSV: text column, ids, metadata, and every bad input named by file, line and field."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsgold.importing import import_sources
from newsgold.importing.errors import (
    BadRecordError,
    ByteOrderMarkRefused,
    DuplicateIdError,
    EmptyTextError,
    InvalidUtf8Error,
    MissingFieldError,
    NulCharacterRefused,
)
from newsgold.workspace import Workspace

from .conftest import snapshot

ROWS = [
    {"title": "Talks denied", "text": "“No talks,” he said.\r\nThen he left. 🇮🇷", "outlet": "Iran Press", "section": "world", "score": 3},
    {"title": "Second story", "text": "Plain text.", "outlet": None, "section": "local", "score": 1},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_table_is_imported_with_its_metadata(ws: Workspace, tmp_path: Path, kind: str):
    src = (write_jsonl if kind == "jsonl" else write_csv)(tmp_path / f"news.{kind}", ROWS)
    report = import_sources(ws, [src])
    assert [c.doc_id for c in report.plan.added] == ["talks-denied", "second-story"]
    docs = Workspace.at(ws.root).documents
    first = docs["talks-denied"]
    assert first.text == ROWS[0]["text"]  # \r\n inside a quoted CSV field survives too
    assert first.title == "Talks denied" and first.outlet == "Iran Press" and first.source_file == f"news.{kind}"
    assert first.meta == {"section": "world", "score": 3 if kind == "jsonl" else "3"}
    assert docs["second-story"].outlet is None
    assert [c.doc_id for c in report.crlf] == ["talks-denied"]
    assert (len(import_sources(ws, [src]).plan.unchanged)) == 2


def test_id_field_and_fallback_ids(ws: Workspace, tmp_path: Path):
    src = write_jsonl(tmp_path / "Feed 2024.jsonl", [{"text": "one"}, {"text": "two", "key": "Story #7"}])
    with pytest.raises(MissingFieldError, match=r"Feed 2024.jsonl:1: field key: no document id"):
        import_sources(ws, [src], id_field="key")
    report = import_sources(ws, [src])
    assert [c.doc_id for c in report.plan.added] == ["feed-2024-1", "feed-2024-2"]
    other = write_jsonl(tmp_path / "b.jsonl", [{"body": "three", "key": "Story #8"}])
    report = import_sources(ws, [other], text_field="body", id_field="key")
    assert [c.doc_id for c in report.plan.added] == ["story-8"]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_missing_text_field_names_file_line_and_field(ws: Workspace, tmp_path: Path, kind: str):
    before = snapshot(ws.root)
    if kind == "jsonl":
        src = write_jsonl(tmp_path / "feed.jsonl", [{"text": "ok"}, {"body": "where is the text"}])
        expected = r"feed.jsonl:2: field text: no text: the record has no field 'text'"
    else:
        src = write_csv(tmp_path / "feed.csv", [{"body": "no text column"}])
        expected = r"feed.csv:1: field text: no column 'text' in the header \(columns: body\)"
    with pytest.raises(MissingFieldError, match=expected) as info:
        import_sources(ws, [src])
    assert info.value.field == "text" and info.value.line == (2 if kind == "jsonl" else 1)
    assert snapshot(ws.root) == before


def test_invalid_utf8_on_line_2_is_reported_as_line_2(ws: Workspace, tmp_path: Path):
    before = snapshot(ws.root)
    for name in ("feed.jsonl", "feed.csv"):
        first = b'{"text": "fine"}\n' if name.endswith("jsonl") else b"text\n"
        src = tmp_path / name
        src.write_bytes(first + b'{"text": "caf\xe9"}\n' if name.endswith("jsonl") else first + b"caf\xe9\n")
        offset = len(first) + (13 if name.endswith("jsonl") else 3)
        with pytest.raises(InvalidUtf8Error, match=rf"{name}:2: invalid UTF-8 at byte offset {offset} ") as info:
            import_sources(ws, [src])
        assert info.value.line == 2
    assert snapshot(ws.root) == before


@pytest.mark.parametrize(
    ("data", "error", "expected"),
    [
        (b'\xef\xbb\xbf{"text": "x"}\n', ByteOrderMarkRefused, r"feed.jsonl:1: starts with a UTF-8 byte order mark"),
        (b'{"text": "ok"}\n{"text": "a\\u0000b"}\n', NulCharacterRefused, r"feed.jsonl:2: field text: NUL character"),
        (
            b'{"text": "ok"}\n{"text": "\\ufeffBOM inside"}\n',
            ByteOrderMarkRefused,
            r"feed.jsonl:2: field text: the text starts with a byte order mark",
        ),
        (b'{"text": "ok"}\n{"text": ""}\n', EmptyTextError, r"feed.jsonl:2: field text: empty text"),
        (b'{"text": "ok"}\n{"text": 5}\n', BadRecordError, r"feed.jsonl:2: field text: the text must be a string"),
        (b'{"text": "ok"}\n\n{"text": \n', BadRecordError, r"feed.jsonl:3: malformed JSON"),
        (b'["text"]\n', BadRecordError, r"feed.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_jsonl_is_refused(ws: Workspace, tmp_path: Path, data: bytes, error, expected: str):
    src = tmp_path / "feed.jsonl"
    src.write_bytes(data)
    before = snapshot(ws.root)
    with pytest.raises(error, match=expected):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before


@pytest.mark.parametrize(
    ("data", "error", "expected"),
    [
        (b"\xef\xbb\xbftext\nx\n", ByteOrderMarkRefused, r"feed.csv:1: starts with a UTF-8 byte order mark"),
        (b"text\nok\nN\x00L\n", NulCharacterRefused, r"feed.csv:3: NUL character"),
        (b"text,title\nok,a\n,b\n", EmptyTextError, r"feed.csv:3: field text: empty text"),
        (b"text,title\nok,a\nonly-one\n", BadRecordError, r"feed.csv:3: 1 values for 2 columns"),
        (b"", BadRecordError, r"feed.csv:1: empty file"),
        (b"text,title,text\nkept,a,dropped\n", BadRecordError, r"feed.csv:1: field text: column 'text' appears twice"),  # round 6
        # both were imported: the rest of the file as one text; "ab" and cd joined into abcd
        (
            b'text,title\nok,a\n"first,b\nsecond,c\n',
            BadRecordError,
            r"feed.csv:3: malformed CSV: a quoted field of this record is never closed",
        ),
        (b'text,title\n"ab"cd,a\n', BadRecordError, r"feed.csv:2: malformed CSV: ',' expected after '\"'"),
    ],
)
def test_bad_csv_is_refused(ws: Workspace, tmp_path: Path, data: bytes, error, expected: str):
    src = tmp_path / "feed.csv"
    src.write_bytes(data)
    before = snapshot(ws.root)
    with pytest.raises(error, match=expected):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before


def test_csv_line_numbers_count_multiline_records(ws: Workspace, tmp_path: Path):
    src = tmp_path / "feed.csv"
    src.write_bytes(b'text,title\n"two\nlines",a\n"",b\n')
    with pytest.raises(EmptyTextError, match=r"feed.csv:4: field text"):
        import_sources(ws, [src])


def test_duplicate_ids_name_both_sources(ws: Workspace, tmp_path: Path, articles: Path):
    src = write_jsonl(tmp_path / "feed.jsonl", [{"title": "Same", "text": "a"}, {"title": "same!", "text": "b"}])
    before = snapshot(ws.root)
    with pytest.raises(DuplicateIdError, match=r"feed.jsonl:2: field doc_id: doc_id 'same' is also the id of .*feed.jsonl:1"):
        import_sources(ws, [src])
    other = write_jsonl(tmp_path / "other.jsonl", [{"title": "plain", "text": "not the file's text"}])
    with pytest.raises(DuplicateIdError, match=r"other.jsonl:1: .*'plain' is also the id of .*plain.txt"):
        import_sources(ws, [articles, other])
    assert snapshot(ws.root) == before


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"doc_id": true, "text": "A."}', r"feed.jsonl:1: field doc_id: a document id must be a string or an integer, got bool"),
        ('{"doc_id": ["a"], "text": "A."}', r"feed.jsonl:1: field doc_id: a document id must be a string or an integer, got list"),
        ('{"doc_id": 1.5, "text": "A."}', r"feed.jsonl:1: field doc_id: a document id must be a string or an integer, got float"),
        ('{"doc_id": "r", "text": "A.", "doc_id": "s"}', r"feed.jsonl:1: field doc_id: key 'doc_id' given twice in the record"),
        ('{"doc_id": "r", "text": "A.", "text": "B."}', r"feed.jsonl:1: field text: key 'text' given twice in the record"),
    ],
)
def test_an_id_of_another_type_or_a_key_given_twice_is_refused(ws: Workspace, tmp_path: Path, line: str, expected: str):
    """Each was imported: the bool or list id replaced by "feed-1" without a word, the later of
    two keys kept silently."""
    src = tmp_path / "feed.jsonl"
    src.write_text(line + "\n", encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(BadRecordError, match=expected):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before


def test_integer_ids_are_their_digits_and_nested_keys_may_repeat(ws: Workspace, tmp_path: Path):
    """An integer doc_id became the file name and row ("feed-1"); a nested object may hold its
    own "text" or "doc_id" keys."""
    src = tmp_path / "feed.jsonl"
    rows = [{"doc_id": 5, "text": "A."}, {"doc_id": "x", "text": "B.", "meta": {"text": "t", "doc_id": "d"}}]
    write_jsonl(src, rows)
    report = import_sources(ws, [src])
    assert [c.doc_id for c in report.plan.added] == ["5", "x"]


@pytest.mark.parametrize(
    ("data", "error", "expected"),
    [
        # all three were imported by datasets' json loader, exit 0 (round 6, cases 3-5)
        (b'\xef\xbb\xbf[{"text": "x"}]', ByteOrderMarkRefused, r"feed.json:1: starts with a UTF-8 byte order mark"),
        (b'[{"text": "x", "score": NaN}]', BadRecordError, r"feed.json:1: .*NaN is not a JSON number"),
        (b'[{"text": "x"}] trailing', BadRecordError, r"feed.json:1: malformed JSON"),
        (b'[{"text": "ok"},\n 5]', BadRecordError, r"feed.json: row 2: expected a JSON object"),
        (b'[{"text": "ok"}, {"text": 5}]', BadRecordError, r"feed.json: row 2: field text: the text must be a string"),
        (b'"just a string"', BadRecordError, r"feed.json: expected a list of JSON objects"),
    ],
)
def test_bad_json_is_refused(ws: Workspace, tmp_path: Path, data: bytes, error, expected: str):
    src = tmp_path / "feed.json"
    src.write_bytes(data)
    before = snapshot(ws.root)
    with pytest.raises(error, match=expected):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before


def test_a_json_file_of_one_object_per_line_is_json_lines(ws: Workspace, tmp_path: Path):
    src = tmp_path / "feed.json"
    src.write_text('{"doc_id": "a", "text": "One."}\n{"doc_id": "b", "text": "Two \\r\\n lines."}\n', encoding="utf-8")
    import_sources(ws, [src])
    assert {d.doc_id: d.text for d in ws.documents.values()}.items() >= {"a": "One.", "b": "Two \r\n lines."}.items()


def test_a_json_file_of_one_object_per_line_keeps_the_ids_datasets_gave_it(ws: Workspace, tmp_path: Path):
    """Before round 6 ``datasets`` read ``.json`` files: rows without an id were numbered by record
    (a blank line counts for nothing) with the file's stem as ``source_file``.  The strict reader
    names them the same way, so importing such a file again changes nothing (it added a copy)."""
    src = tmp_path / "lines.json"
    src.write_text('{"text": "First."}\n\n{"text": "Second."}\n', encoding="utf-8")
    report = import_sources(ws, [src])
    assert [c.doc_id for c in report.plan.added] == ["lines-1", "lines-2"]
    docs = Workspace.at(ws.root).documents
    assert (docs["lines-2"].text, docs["lines-2"].source_file) == ("Second.", "lines")
    again = import_sources(ws, [src])
    assert (len(again.plan.added), len(again.plan.unchanged), again.plan.metadata_differs) == (0, 2, [])


def test_a_json_file_of_one_object_per_line_may_hold_u2028_in_its_first_record(ws: Workspace, tmp_path: Path):
    """U+2028 (and U+0085) may stand raw inside a JSON string; str.splitlines cut the first record there."""
    src = tmp_path / "feed.json"
    src.write_text('{"doc_id": "a", "text": "One\u2028two\x85three."}\n{"doc_id": "b", "text": "B."}\n', encoding="utf-8")
    import_sources(ws, [src])
    assert Workspace.at(ws.root).documents["a"].text == "One\u2028two\x85three."
