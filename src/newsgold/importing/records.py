"""From raw source data to a candidate document: strict decoding, text checks, id and metadata.

The text is kept exactly as read: no stripping, no newline or Unicode normalisation, since
every annotation offset indexes it.  What cannot be kept safely is refused instead.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsgold.corpus import FIELDS
from newsgold.importing.errors import (
    BadRecordError,
    ByteOrderMarkRefused,
    EmptyTextError,
    InvalidUtf8Error,
    MissingFieldError,
    NulCharacterRefused,
)
from newsgold.slugs import slugify
from newsgold.workspace import printable

BOM = b"\xef\xbb\xbf"
# UTF-32 first: its little-endian mark begins with UTF-16's
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)"),
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
)
# Document fields a source column fills directly; every other column goes to ``meta``.
DOC_FIELDS = ("title", "outlet", "author", "genre", "language", "event_date", "source_file")
COMPUTED = {"sha256", "n_chars"}


@dataclass
class Candidate:
    """One document read from a source, checked, not yet in the corpus."""

    doc_id: str
    text: str
    origin: str  # where it came from, for messages: "articles/a.txt", "data.csv:3", "ds: row 4"
    file: str
    line: int | None = None
    row: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # title, outlet, ... (DOC_FIELDS)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def crlf(self) -> bool:
        return "\r\n" in self.text

    @property
    def lone_cr(self) -> bool:
        """Line breaks that are a lone ``\r`` (old Mac files): kept, but many tools show one line."""
        return "\r" in self.text.replace("\r\n", "")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def record(self) -> dict[str, Any]:
        """The documents.jsonl record: the existing fields in their order, ``meta`` only when there is some."""
        out: dict[str, Any] = {"doc_id": self.doc_id, "text": self.text}
        out.update({k: self.fields.get(k) for k in DOC_FIELDS})
        out["sha256"], out["n_chars"] = self.sha256, len(self.text)
        assert tuple(out) == FIELDS
        if self.meta:
            out["meta"] = self.meta
        return out

    def line_json(self) -> str:
        return json.dumps(self.record(), ensure_ascii=False)


def where(line: int | None = None, row: int | None = None) -> dict[str, int | None]:
    return {"line": line, "row": row}


def decode(data: bytes, file: str, first_line: int = 1, base_offset: int = 0) -> str:
    """``data`` decoded as strict UTF-8; refuses invalid bytes, a BOM at the start, and NUL.

    ``first_line``/``base_offset``: where ``data`` starts in its file (for one line of a JSON
    Lines file), so that messages give the file's own line and byte offset.
    """
    wide = next((name for bom, name in WIDE_BOMS if base_offset == 0 and data.startswith(bom)), None)
    if wide:  # said as "invalid UTF-8 at byte offset 0: 0xff", which does not say what the file is
        raise InvalidUtf8Error(
            file, f"starts with a {wide} byte order mark: the file is {wide}, not UTF-8; save it as UTF-8", line=first_line
        )
    if base_offset == 0 and data.startswith(BOM):
        raise ByteOrderMarkRefused(
            file,
            "starts with a UTF-8 byte order mark (BOM), which would become the first "
            "character of the text; save the file as UTF-8 without BOM",
            line=first_line,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = first_line + data.count(b"\n", 0, e.start)
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1)
        bad = data[e.start : e.end].hex(" ")
        raise InvalidUtf8Error(
            file,
            f"invalid UTF-8 at byte offset {base_offset + e.start} (byte {column + 1} of the "
            f"line): 0x{bad} ({e.reason}); convert the file to UTF-8",
            line=line,
        ) from None
    nul = data.find(b"\0")
    if nul >= 0:
        line = first_line + data.count(b"\n", 0, nul)
        raise NulCharacterRefused(file, f"NUL character at byte offset {base_offset + nul} (is the file UTF-16 or binary?)", line=line)
    return text


def check_text(text: Any, file: str, text_field: str | None, line: int | None = None, row: int | None = None) -> str:
    """A text value of a record (or a whole file when ``text_field`` is None) that can be kept as it is."""
    if text is None:
        raise MissingFieldError(
            file,
            f"no text: the record has no field {text_field!r} (choose another with --text-field)",
            line=line,
            row=row,
            field=text_field,
        )
    if not isinstance(text, str):
        raise BadRecordError(
            file, f"the text must be a string, got {type(text).__name__} {str(text)[:40]!r}", line=line, row=row, field=text_field
        )
    if text.startswith("\ufeff"):
        raise ByteOrderMarkRefused(file, "the text starts with a byte order mark (U+FEFF); remove it", line=line, row=row, field=text_field)
    if "\0" in text:
        raise NulCharacterRefused(
            file, f"NUL character at character offset {text.index(chr(0))} of the text", line=line, row=row, field=text_field
        )
    if not text.strip():
        raise EmptyTextError(file, "empty text" if not text else "the text is only whitespace", line=line, row=row, field=text_field)
    return text


def json_safe(value: Any) -> Any:
    """A metadata value as JSON can hold it (dates and other objects as their string)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def from_row(
    row: Mapping[str, Any],
    file: str,
    text_field: str,
    id_field: str | None,
    fallback_id: str,
    line: int | None = None,
    row_number: int | None = None,
    source_file: str | None = None,
) -> Candidate:
    """A record of a table (JSON Lines, CSV, dataset) as a candidate.

    The doc_id is the slug of ``id_field`` when given, else of a ``doc_id`` column, else of a
    non-empty ``title``, else ``fallback_id`` (file name and row).  An id is a string or an
    integer (JSON Lines ids ``1, 2, 3`` are ``"1", "2", "3"``); any other value is refused,
    where it used to be replaced by the file name and row without a word.
    """
    text = check_text(row.get(text_field), file, text_field, line, row_number)
    id_key = id_field if id_field is not None else "doc_id"
    raw_id = row.get(id_key)
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        raise BadRecordError(
            file,
            f"a document id must be a string or an integer, got {type(raw_id).__name__} {str(raw_id)[:40]!r}",
            line=line,
            row=row_number,
            field=id_key,
        )
    if id_field is not None:
        if raw_id is None or str(raw_id).strip() == "":
            raise MissingFieldError(
                file, f"no document id: the record has no (or an empty) field {id_field!r}", line=line, row=row_number, field=id_field
            )
        doc_id = slugify(str(raw_id))
    elif isinstance(raw_id, int) or (isinstance(raw_id, str) and raw_id.strip()):
        doc_id = slugify(str(raw_id))
    elif isinstance(row.get("title"), str) and row["title"].strip():
        doc_id = slugify(row["title"])
    else:
        doc_id = slugify(fallback_id)
    used = {text_field, "doc_id", *COMPUTED} | ({id_field} if id_field else set())
    fields = {k: _blank_none(row.get(k)) for k in DOC_FIELDS if k in row and k != text_field}
    fields.setdefault("source_file", printable(source_file) if source_file else source_file)
    meta = {str(k): json_safe(v) for k, v in row.items() if k not in used and k not in DOC_FIELDS}
    for key, value in [*fields.items(), *meta.items()]:
        if (at := _nul_in(value)) is not None:  # refused in a text, a NUL in a title was stored
            raise NulCharacterRefused(file, f"NUL character at character offset {at} of {key}", line=line, row=row_number, field=key)
    origin = file + (f":{line}" if line is not None else "") + (f" row {row_number}" if row_number is not None else "")
    return Candidate(doc_id, text, origin, file, line, row_number, fields, meta)


def _blank_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return json_safe(value)


def _nul_in(value: Any) -> int | None:
    """Where the first NUL is in a metadata value (a string, or one inside a list or object)."""
    if isinstance(value, str):
        return value.index("\0") if "\0" in value else None
    items = value.values() if isinstance(value, Mapping) else value if isinstance(value, list) else ()
    return next((at for v in items if (at := _nul_in(v)) is not None), None)
