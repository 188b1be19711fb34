"""Offsets inside a user-perceived character: found at every kind of cluster, never at a boundary,
warned of (not refused) by ``validate``."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.corpus import Document
from newsgold.graphemes import cluster_around, cluster_warnings, inside_offsets, path_warnings
from newsgold.schema import DocAnnotation
from newsgold.validate import Context, validate_doc_file

FLAG = "\U0001f1fa\U0001f1e6"  # 🇺🇦: two regional indicators
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧: an emoji ZWJ sequence
ACCENT = "e\u0301"  # e + COMBINING ACUTE ACCENT
HAND = "\U0001f44b\U0001f3fd"  # 👋🏽: skin-tone modifier
HANGUL = unicodedata.normalize("NFD", "한")  # three conjoining jamo


@pytest.mark.parametrize("cluster", [FLAG, "\r\n", FAMILY, ACCENT, HAND, HANGUL, "❤\ufe0f", "1\ufe0f\u20e3"], ids=repr)
def test_every_offset_inside_a_cluster_is_found_and_none_at_its_edges(cluster: str) -> None:
    text = f"Said “{cluster}” x{cluster}\n{cluster}{cluster}"
    starts = [i for i in range(len(text)) if text.startswith(cluster, i)]
    inside = {i + k: (i, i + len(cluster)) for i in starts for k in range(1, len(cluster))}
    for offset in range(len(text) + 1):
        assert cluster_around(text, offset) == inside.get(offset), offset


def test_flags_pair_from_the_start_of_a_run_of_regional_indicators() -> None:
    text = "a " + FLAG * 3 + " b"
    assert [o for o in range(len(text) + 1) if cluster_around(text, o)] == [3, 5, 7]


def test_ascii_curly_quotes_and_line_breaks_are_all_boundaries() -> None:
    text = "He said: “No.”\nShe: ‘yes’ — fine…\r\n\r\nEnd."
    assert [o for o in range(len(text) + 1) if cluster_around(text, o)] == [text.index("\r\n") + 1, text.rindex("\r\n") + 1]


def _doc(content: list[list[int]], cue: list[int] | None = None) -> dict:
    quote = {"id": "q1", "type": "direct", "content": content, "source": {"span": None, "entity": None}, "cue": cue}
    return {"doc_id": "synth", "quotes": [quote], "claims": [], "stances": []}


TEXT = f"Flag {FLAG} and {FAMILY} and caf{ACCENT}.\r\nNext line."


@pytest.mark.parametrize(
    "content, cue, said",
    [
        ([[0, 6]], None, f"field quotes[0].content[0]: end 6 splits the character '{FLAG}' (U+1F1FA U+1F1E6) at [5, 7], after 1 of its 2"),
        ([[6, 12]], None, "field quotes[0].content[0]: start 6 splits the character"),
        ([[0, 4]], [12, 14], f"field quotes[0].cue: end 14 splits the character {FAMILY!r}"),
        ([[0, 26]], None, f"end 26 splits the character '{ACCENT}' (U+0065 U+0301) at [25, 27]"),
        ([[0, 29]], None, "end 29 splits the character '\\r\\n' (U+000D U+000A) at [28, 30]"),
    ],
    ids=["flag-end", "flag-start", "zwj-cue", "combining", "crlf"],
)
def test_a_split_is_warned_of_naming_file_item_field_and_character(tmp_path: Path, content, cue, said: str) -> None:
    ctx = Context(docs={"synth": Document("synth", TEXT)})
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "synth.json").write_text(json.dumps(_doc(content, cue)), encoding="utf-8")
    assert validate_doc_file(gold / "synth.json", ctx) == []  # valid: a warning, not a problem
    (warning,) = path_warnings(gold, ctx)
    assert str(warning).startswith(f'{gold}/synth.json: quote "q1": ') and said in str(warning), str(warning)


def test_spans_around_every_character_are_not_warned_of(tmp_path: Path) -> None:
    ctx = Context(docs={"synth": Document("synth", TEXT)})
    ends = [0, 5, 7, 12, 17, 25, 27, 28, 30, len(TEXT)]  # around each character and the line break
    content = [[a, b] for a, b in itertools.pairwise(ends)]
    ann = DocAnnotation.from_dict(_doc(content, [ends[1], ends[2]]))
    assert cluster_warnings({"synth": ann}, ctx.docs, tmp_path / "p.jsonl", "p.jsonl") == []


def test_a_jsonl_file_names_the_document(tmp_path: Path) -> None:
    ctx = Context(docs={"synth": Document("synth", TEXT)})
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(_doc([[0, 6]])) + "\n", encoding="utf-8")
    (warning,) = path_warnings(path, ctx)
    assert str(warning).startswith(f"{path}: document 'synth': quote \"q1\": field quotes[0].content[0]: end 6 splits")


def test_validate_prints_the_warning_and_exits_0(data_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.chdir(data_root)
    (data_root / "flag.txt").write_text(TEXT.replace("\r\n", "\n"), encoding="utf-8")
    result = runner.invoke(app, ["import", "flag.txt", "--no-progress"])
    assert result.exit_code == 0, result.output
    gold = data_root / "annotations" / "gold" / "flag.json"
    gold.write_text(json.dumps({**_doc([[0, 6]]), "doc_id": "flag"}), encoding="utf-8")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert 'warning: annotations/gold/flag.json: quote "q1": field quotes[0].content[0]: end 6 splits the character' in out
    assert "1 warning(s)" in out
    gold.write_text(json.dumps({**_doc([[0, 7]]), "doc_id": "flag"}), encoding="utf-8")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and "warning" not in result.output


def test_a_corpus_without_joining_characters_is_not_read_again_but_an_ascii_crlf_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.jsonl"
    crlf = Context(docs={"synth": Document("synth", "Line one\r\nLine two")})
    path.write_text(json.dumps(_doc([[0, 9]])) + "\n", encoding="utf-8")
    (warning,) = path_warnings(path, crlf)
    assert "end 9 splits the character '\\r\\n'" in str(warning)
    import newsgold.store

    monkeypatch.setattr(newsgold.store, "load_annotations", lambda *a: pytest.fail("read again"))
    assert path_warnings(path, Context(docs={"synth": Document("synth", "Line one\nLine two")})) == []
    # nor one of curly quotes, NFC accents, CJK: characters that never join a neighbour
    assert path_warnings(path, Context(docs={"synth": Document("synth", "“Café” — 東京 ‘ok’…\nLine two")})) == []


POOL = "ab1# .\r\n\u0301\u200d\ufe0f\u20e3\U0001f1fa\U0001f1e6\U0001f469\U0001f3fd“”…\u1100\u1161\u11a8\u0600\u0915\u094d\u0937\u00a0é"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=POOL, max_size=40))
def test_inside_offsets_agree_with_segmenting_the_whole_text(text: str) -> None:
    """Segmenting only the stretches that can hold a cluster finds what segmenting all finds."""
    import regex

    whole: dict[int, tuple[int, int]] = {}
    for c in regex.finditer(r"\X", text):
        whole.update({o: c.span() for o in range(c.start() + 1, c.end())})
    assert inside_offsets(text) == whole
