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


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json"])
def test_a_named_pipe_given_as_a_source_is_refused_not_waited_on(ws: Workspace, tmp_path: Path, suffix: str) -> None:
    """Round 12: ``import f.jsonl`` (or .csv, .json) where ``f.jsonl`` is a named pipe nobody writes waited
    for ever (``.txt`` and pages were refused, folders' entries too)."""
    import os
    import threading

    from newsgold.importing.errors import UnknownSourceError

    fifo = tmp_path / f"f{suffix}"
    os.mkfifo(fifo)
    result: list[BaseException | None] = []

    def attempt() -> None:
        try:
            import_sources(ws, [fifo])
            result.append(None)
        except BaseException as e:  # whatever it raises is looked at below
            result.append(e)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # let the blocked open go: a writer opens and closes the pipe
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(10)
        pytest.fail("the import waited on the named pipe")
    assert isinstance(result[0], UnknownSourceError) and "is not a regular file" in str(result[0])
