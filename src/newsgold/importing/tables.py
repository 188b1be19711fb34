"""Table sources read by newsgold itself, byte by byte: JSON Lines and CSV.

Reading the bytes (not a text stream) is what lets every message give the file's own line and
byte offset, and keeps ``\\r\\n`` inside a text as it is.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgold.importing.errors import BadRecordError, MissingFieldError
from newsgold.importing.records import Candidate, decode, from_row
from newsgold.jsonio import JsonReadError, loads
from newsgold.workspace import shown


def read_jsonl(path: Path, text_field: str, id_field: str | None, *, as_rows: bool = False) -> Iterator[Candidate]:
    """One JSON object per line; blank lines are skipped.

    ``as_rows``: a ``.json`` file of one object per line, named as ``datasets`` named its rows
    when it read such files (ids ``stem-N`` by record, not by line; ``source_file`` the stem), so
    that importing it again after the switch to this reader changes nothing."""
    name, data = shown(path), path.read_bytes()
    offset, row = 0, 0
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        line = decode(raw, name, lineno, offset)
        offset += len(raw) + 1
        if not line.strip():
            continue
        try:
            record = loads(line, name, lineno)
        except JsonReadError as e:
            raise BadRecordError(name, f"{e.reason} (column {e.column})", line=lineno) from None
        if not isinstance(record, dict):
            raise BadRecordError(name, f"expected a JSON object with a {text_field!r} field, got {type(record).__name__}", line=lineno)
        _refuse_repeated_keys(line, name, lineno, (text_field, id_field or "doc_id", "title"))
        row += 1
        fallback = f"{path.stem}-{row if as_rows else lineno}"
        yield from_row(record, name, text_field, id_field, fallback, line=lineno, source_file=path.stem if as_rows else path.name)


def read_json(path: Path, text_field: str, id_field: str | None) -> Iterator[Candidate]:
    """A JSON file: a list of records (or one record), read strictly as every JSON newsgold reads
    (no BOM, no NaN, bounded nesting; messages by line); a file of one object per line is JSON Lines.

    ``datasets``' json loader, used before, accepted a BOM and ``NaN`` and printed progress bars.
    """
    name, data = shown(path), path.read_bytes()
    text = decode(data, name)
    try:
        top = loads(text, name)
    except JsonReadError as e:
        # lines end at \n only: str.splitlines also splits at U+2028 or U+0085, which JSON strings may hold
        lines = [line for line in text.split("\n") if line.strip()]
        first = lines[0] if lines else ""
        try:
            one_per_line = isinstance(loads(first, name), dict) and len(lines) > 1
        except JsonReadError:
            one_per_line = False
        if one_per_line:
            yield from read_jsonl(path, text_field, id_field, as_rows=True)
            return
        raise BadRecordError(name, f"{e.reason} (column {e.column})", line=e.line) from None
    records = [top] if isinstance(top, dict) else top
    if not isinstance(records, list):
        raise BadRecordError(name, f"expected a list of JSON objects (documents), got {type(top).__name__}")
    for i, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise BadRecordError(name, f"expected a JSON object with a {text_field!r} field, got {type(record).__name__}", row=i)
        yield from_row(record, name, text_field, id_field, f"{path.stem}-{i}", row_number=i, source_file=path.stem)


def _refuse_repeated_keys(line: str, name: str, lineno: int, keys: tuple[str, ...]) -> None:
    """A record giving its text or id twice (a parser keeps the last value silently) is refused.

    Only a line where one of those keys occurs twice as a string is parsed again, for its
    top-level keys; nested objects may repeat them.
    """
    if not any(line.count(json.dumps(k)) > 1 for k in keys):
        return
    top: list[list[str]] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        top.append([k for k, _ in items])
        return dict(items)

    json.loads(line, object_pairs_hook=pairs)
    names = top[-1]  # the outermost object is the last one finished
    for k in keys:
        if names.count(k) > 1:
            raise BadRecordError(name, f"key {k!r} given twice in the record (only one value would be kept)", line=lineno, field=k)


@contextmanager
def _no_field_limit() -> Iterator[None]:
    """csv refuses fields over 128 KiB by default; an article may be longer."""
    old = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def read_csv(path: Path, text_field: str, id_field: str | None) -> Iterator[Candidate]:
    """A header row, then one document per record (quoted fields may span lines)."""
    name = shown(path)
    text = decode(path.read_bytes(), name)
    with _no_field_limit():
        # strict: a quoted field never closed would swallow the rest of the file as one text, and
        # text after a closing quote ("ab"cd) would be joined to it (abcd): both are refused
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise BadRecordError(name, "empty file (expected a header row)", line=1) from None
        except csv.Error as e:
            raise BadRecordError(name, f"malformed CSV: {e}", line=reader.line_num) from None
        if text_field not in header:
            raise MissingFieldError(
                name,
                f"no column {text_field!r} in the header (columns: {', '.join(header)}); choose one with --text-field",
                line=1,
                field=text_field,
            )
        if id_field is not None and id_field not in header:
            raise MissingFieldError(name, f"no column {id_field!r} in the header (columns: {', '.join(header)})", line=1, field=id_field)
        twice = next((c for c in header if header.count(c) > 1), None)
        if twice is not None:  # a record dict keeps the last column of that name: the other was dropped silently
            raise BadRecordError(
                name, f"column {twice!r} appears twice in the header (only one would be kept); rename one", line=1, field=twice
            )
        row_number = 0
        while True:
            start = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                why = "a quoted field of this record is never closed" if "end of data" in str(e) else str(e)
                raise BadRecordError(name, f"malformed CSV: {why}", line=start) from None
            if not values:
                continue  # a blank line
            row_number += 1
            if len(values) != len(header):
                raise BadRecordError(name, f"{len(values)} values for {len(header)} columns", line=start)
            yield from_row(
                dict(zip(header, values)), name, text_field, id_field, f"{path.stem}-{row_number}", line=start, source_file=path.name
            )
