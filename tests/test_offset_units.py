"""Offsets that look counted in UTF-16 code units are warned of; offsets in code points never are."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.graphemes import path_warnings
from newsgold.offset_units import astral, shifted
from newsgold.validate import Context

TEXT = "Officials \U0001f1ee\U0001f1f7 met \U0001f44b\U0001f3fd today. \u201cWe will talk \U0001f642 later,\u201d the spokesman said.\nShe denied it."


def units(i: int) -> int:
    return len(TEXT[:i].encode("utf-16-le")) // 2


def _pred(path: Path, content: list[int], source: list[int], cue: list[int]) -> None:
    quote = {"id": "q1", "type": "direct", "content": [content], "source": {"span": source, "entity": None}, "cue": cue}
    path.write_text(json.dumps({"doc_id": "emo", "quotes": [quote]}) + "\n", encoding="utf-8")


def _spans() -> tuple[list[int], list[int], list[int]]:
    s, e = TEXT.index("We will"), TEXT.index(",\u201d") + 1
    src = TEXT.index("the spokesman")
    return [s, e], [src, src + len("the spokesman")], [src + 14, src + 18]


CTX = Context(docs={"emo": Document("emo", TEXT)})


def test_offsets_counted_in_utf16_units_are_warned_of_naming_file_and_document(tmp_path: Path) -> None:
    """Round 11 recorded them scored as written without a word (a JavaScript or Java tool's offsets)."""
    path = tmp_path / "p.jsonl"
    _pred(path, *([units(i) for i in span] for span in _spans()))
    (warning,) = path_warnings(path, CTX)
    said = str(warning)
    assert said.startswith(f"{path}: document 'emo': ") and "UTF-16 code units" in said and "U+1F1EE, at 10" in said


def test_the_same_spans_in_code_points_are_not(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    _pred(path, *_spans())
    assert path_warnings(path, CTX) == []


def test_no_span_between_words_is_taken_for_utf16_units() -> None:
    """Every span from a word boundary to a later one (the spans an extractor gives), as code points: never warned of."""
    bounds = [0, len(TEXT), *(m.start() for m in re.finditer(r"\b", TEXT))]
    bounds = sorted(set(bounds))
    for a, b in itertools.combinations(bounds, 2):
        assert shifted(TEXT, [a, b], {}) is None, (a, b, TEXT[a:b])


def test_a_slip_that_utf16_units_do_not_explain_is_not_warned_of() -> None:
    s, e = TEXT.index("We will"), TEXT.index(",\u201d") + 1
    assert shifted(TEXT, [s + 1, e], {}) is None  # "e will ...": a word cut, but read as units it is cut too


@pytest.mark.parametrize("text, wide", [("plain", False), ("caf\u00e9 \u201cok\u201d \u6771", False), ("a \U0001f642", True)])
def test_astral(text: str, wide: bool) -> None:
    assert astral(text) is wide
