"""Strict decoding and record checks: a file in another encoding said as such, NUL refused in any field."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from newsgold.importing import import_sources
from newsgold.importing.errors import InvalidUtf8Error, NulCharacterRefused
from newsgold.workspace import Workspace

from .conftest import snapshot

LINE = '{"doc_id": "a", "text": "He said “yes”."}\n'


@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
        ("utf-32-le", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
    ],
)
@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".csv"])
def test_a_file_with_a_utf16_or_utf32_bom_is_said_to_be_one(ws: Workspace, tmp_path: Path, codec: str, name: str, suffix: str):
    """It was "invalid UTF-8 at byte offset 0 (byte 1 of the line): 0xff (invalid start byte)"."""
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }
    src = tmp_path / f"feed{suffix}"
    src.write_bytes(bom[codec] + (LINE if suffix == ".jsonl" else "text\nHe said.\n").encode(codec))
    before = snapshot(ws.root)
    with pytest.raises(InvalidUtf8Error, match=re.escape(f"feed{suffix}:1: starts with a {name} byte order mark")):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"title": "a\u0000b"}, "title"),
        ({"author": "x\u0000"}, "author"),
        ({"section": "\u0000"}, "section"),
        ({"tags": ["ok", "b\u0000"]}, "tags"),
        ({"extra": {"k": "v\u0000"}}, "extra"),
    ],
)
def test_a_nul_in_a_title_or_metadata_is_refused_with_its_field(ws: Workspace, tmp_path: Path, record: dict, field: str):
    """Refused in a text, a NUL in the title (or any other column) was stored, exit 0."""
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"doc_id": "ok", "text": "Fine."}) + "\n" + json.dumps({"doc_id": "n", "text": "Fine.", **record}) + "\n")
    before = snapshot(ws.root)
    with pytest.raises(NulCharacterRefused, match=rf"feed.jsonl:2: field {field}: NUL character"):
        import_sources(ws, [src])
    assert snapshot(ws.root) == before
