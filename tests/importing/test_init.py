"""read_sources: a source file that holds no document (empty, blank lines, a CSV header only) is an
error naming it, as an empty folder already was; ``import empty.jsonl`` used to exit 0 silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.importing import import_sources
from newsgold.importing.errors import EmptySourceError
from newsgold.workspace import Workspace

from .conftest import snapshot


@pytest.mark.parametrize(("name", "content"), [("e.jsonl", ""), ("b.jsonl", "\n  \n"), ("h.csv", "doc_id,text\n")])
def test_a_source_without_documents_is_an_error(ws: Workspace, tmp_path: Path, name: str, content: str) -> None:
    good, empty = tmp_path / "good.jsonl", tmp_path / name
    good.write_text('{"doc_id": "x", "text": "One text."}\n', encoding="utf-8")
    empty.write_text(content, encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(EmptySourceError, match=f"{name}: holds no documents"):
        import_sources(ws, [good, empty])
    assert snapshot(ws.root) == before
