"""A JSON Lines source is read a block at a time and keeps where each line is, not its text."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest
from tests.scoring.test_chunked import _set

from newsgold.jsonio import jsonl_lines
from newsgold.scoring import sources
from newsgold.scoring.sources import LineSource, NotStreamed
from newsgold.standalone import standalone_context
from newsgold.store import load_annotations


def _expected(path: Path) -> dict[str, tuple[int, str]]:
    """(line number, line) of each document as the whole text decoded and split gives them."""
    return {json.loads(line)["doc_id"]: (n, line) for n, line in jsonl_lines(path.read_bytes().decode("utf-8"))}


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1 << 22])
def test_lines_across_blocks_are_those_of_the_whole_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """Blocks cut lines anywhere (inside an emoji's bytes too); blank lines, a line of Unicode
    spaces, CRLF ends and no final newline number the lines as the whole-text reader does."""
    monkeypatch.setattr(sources, "BLOCK", block)
    docs, gold, _ = _set(tmp_path, 3, n=12)
    lines = gold.read_text(encoding="utf-8").splitlines()
    odd = "\n\n".join([lines[0] + "\r", "\u3000 \t", *lines[1:-1]]) + "\n\n" + lines[-1]  # no final newline
    gold.write_bytes(odd.encode("utf-8"))
    ctx, _ = standalone_context(docs)
    src = LineSource(gold, ctx)
    want = _expected(gold)
    assert src.ids == sorted(want)
    assert dict(zip(src.ids, src._read(src.ids), strict=True)) == {d: want[d] for d in src.ids}
    whole = load_annotations(gold, ctx)
    assert {d: a.to_dict() for d, a in src.take(src.ids).items()} == {d: whole[d].to_dict() for d in src.ids}


@pytest.mark.parametrize(
    "bad",
    [
        lambda b: b.replace(b"\xe2\x80\x99", b"\xe2\x80", 1) if b"\xe2\x80\x99" in b else b + b"\xff\n",  # a cut UTF-8 sequence
        lambda b: b"\xff\xfe" + b,  # a UTF-16 byte order mark
    ],
)
def test_a_line_that_is_not_utf8_is_doubted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sources, "BLOCK", 5)
    docs, gold, _ = _set(tmp_path, 4, n=6)
    gold.write_bytes(bad(gold.read_bytes()))
    ctx, _ = standalone_context(docs)
    with pytest.raises(NotStreamed):
        LineSource(gold, ctx)


def test_a_file_changed_after_it_was_opened_is_doubted(tmp_path: Path) -> None:
    docs, gold, _ = _set(tmp_path, 5, n=6)
    ctx, _ = standalone_context(docs)
    src = LineSource(gold, ctx)
    text = gold.read_text(encoding="utf-8")
    gold.write_text(text.replace('"', " ", 0) + "\n", encoding="utf-8")  # a line more: the offsets may have moved
    with pytest.raises(NotStreamed, match="changed"):
        src.take(src.ids[:1])


def test_the_lines_text_is_not_kept(tmp_path: Path) -> None:
    """What a source holds is a few numbers a document: far less than its lines (a str of curly
    quotes is twice its UTF-8 bytes), where it held every line of the file."""
    docs, gold, _ = _set(tmp_path, 6, n=300)
    padded = [
        {**json.loads(line), "note": "“quoted” " * 300} for line in gold.read_text(encoding="utf-8").splitlines()
    ]  # (a field scoring ignores)
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in padded), encoding="utf-8")
    ctx, _ = standalone_context(docs)
    size = os.path.getsize(gold)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        src = LineSource(gold, ctx)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(src) > 200 and size > 500_000
    assert kept < size / 10, (kept, size)
