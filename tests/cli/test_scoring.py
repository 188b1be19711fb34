"""``newsgold score --pred`` says what ``validate PRED`` warns of: offsets inside a character, offsets
that look counted in UTF-16 code units; neither for predictions in code points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app

TEXT = "Officials \U0001f1ee\U0001f1f7 met today. \u201cWe will talk \U0001f642 later,\u201d the spokesman said.\n"


def _units(i: int) -> int:
    return len(TEXT[:i].encode("utf-16-le")) // 2


def _quote(content: list[int], source: list[int]) -> dict:
    return {"id": "q1", "type": "direct", "content": [content], "source": {"span": source, "entity": None}, "cue": None}


@pytest.fixture
def emo(data_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace whose document ``emo`` has a flag and an emoji, and gold for it."""
    monkeypatch.chdir(data_root)
    (data_root / "emo.txt").write_text(TEXT, encoding="utf-8")
    assert CliRunner().invoke(app, ["import", "emo.txt", "--no-progress"]).exit_code == 0
    s, e, src = TEXT.index("We will"), TEXT.index(",\u201d") + 1, TEXT.index("the spokesman")
    gold = {"doc_id": "emo", "quotes": [_quote([s, e], [src, src + 13])], "claims": [], "stances": []}
    (data_root / "annotations/gold/emo.json").write_text(json.dumps(gold), encoding="utf-8")
    return data_root


def _score(root: Path, quotes: list[dict]) -> str:
    (root / "p.jsonl").write_text(json.dumps({"doc_id": "emo", "quotes": quotes}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", "--pred", "p.jsonl", "--bootstrap", "0"])
    assert result.exit_code == 0, result.output
    return " ".join(result.stderr.split())


def test_an_offset_inside_a_flag_is_warned_of(emo: Path) -> None:
    """Round 11: ``ls pull`` and ``validate`` warned of it, ``score --pred`` scored it without a word."""
    said = _score(emo, [_quote([0, 11], [0, 9])])
    assert "warning: p.jsonl: document 'emo': quote \"q1\": field quotes[0].content[0]: end 11 splits the character" in said


def test_offsets_in_utf16_units_are_warned_of_and_code_points_are_not(emo: Path) -> None:
    s, e, src = TEXT.index("We will"), TEXT.index(",\u201d") + 1, TEXT.index("the spokesman")
    said = _score(emo, [_quote([_units(s), _units(e)], [_units(src), _units(src + 13)])])
    assert "warning: p.jsonl: document 'emo':" in said and "UTF-16 code units" in said
    assert "warning" not in _score(emo, [_quote([s, e], [src, src + 13])])
