"""The strict reader: not-JSON numbers, nesting, UTF-8 and syntax errors by file, line and column,
and what the validator and the CLI make of each (a problem and exit 1, never a traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.errors import NewsgoldError
from newsgold.jsonio import MAX_DEPTH, JsonReadError, iter_jsonl, loads, read_json
from newsgold.validate import validate_doc_file, validate_jsonl

GOOD_LINE = {
    "doc_id": "synth",
    "quotes": [{"id": "q1", "type": "direct", "content": [[28, 41]], "source": {"span": None, "entity": None}, "cue": None}],
}


@pytest.mark.parametrize("text, word", [("[NaN]", "NaN"), ('{"a": Infinity}', "Infinity"), ("[1, -Infinity]", "-Infinity")])
def test_non_finite_numbers_are_not_json(text: str, word: str):
    with pytest.raises(JsonReadError) as e:
        loads(text, "f.json")
    assert isinstance(e.value, NewsgoldError)
    assert f"{word} is not a JSON number" in str(e.value) and str(e.value).startswith("f.json:1: ")


def test_overflowing_number_is_refused():
    with pytest.raises(JsonReadError, match="number too large to be finite"):
        loads("[1e999]", "f.json")


def test_nesting_is_bounded():
    loads("[" * MAX_DEPTH + "]" * MAX_DEPTH, "f.json")
    with pytest.raises(JsonReadError, match=f"nested deeper than {MAX_DEPTH} levels"):
        loads("[" * 100_000 + "]" * 100_000, "f.json")


def test_syntax_error_by_line_and_column(tmp_path: Path):
    path = tmp_path / "x.json"
    path.write_text('{\n  "a": 1,\n  "b": 2,,\n}', encoding="utf-8")
    with pytest.raises(JsonReadError) as e:
        read_json(path, "x.json")
    assert (e.value.line, e.value.column) == (3, 10)
    assert str(e.value).startswith("x.json:3: malformed JSON: ") and str(e.value).endswith("(column 10)")


def test_invalid_utf8_is_reported_by_line_and_column(tmp_path: Path):
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"doc_id": "a"}\n{"doc_id": "\xc3\xa9\xff"}\n')
    with pytest.raises(JsonReadError) as e:
        list(iter_jsonl(path, "p.jsonl"))
    assert (e.value.line, e.value.column) == (2, 14)
    assert str(e.value) == "p.jsonl:2: not UTF-8 (invalid start byte, byte 0xff) (column 14)"


def test_jsonl_lines_split_on_newline_only(tmp_path: Path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"t": "a\u2028b\u0085c"}\n\n{"t": 2}\n', encoding="utf-8")
    assert list(iter_jsonl(path)) == [(1, {"t": "a\u2028b\u0085c"}), (3, {"t": 2})]


def test_line_numbers_of_a_jsonl_error_count_from_the_file(tmp_path: Path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"a": 1}\n\n{"a": }\n', encoding="utf-8")
    with pytest.raises(JsonReadError) as e:
        list(iter_jsonl(path, "p.jsonl"))
    assert (e.value.line, e.value.column) == (3, 7)


# --- what validation and the CLI make of it ------------------------------------------------


def test_validate_reports_nan_deep_nesting_and_float_offsets_by_line(tmp_path: Path, ctx):
    path = tmp_path / "p.jsonl"
    nan = json.dumps({**GOOD_LINE, "quotes": [{**GOOD_LINE["quotes"][0], "score": 0.5}]}).replace("0.5", "NaN")
    # two objects, then arrays: the column is that of the first array one level too deep
    deep = '{"doc_id": "synth", "meta": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    floats = json.dumps(GOOD_LINE).replace("[[28, 41]]", "[[28.0, 41]]")
    path.write_text("\n".join([json.dumps(GOOD_LINE), nan, deep, floats]) + "\n", encoding="utf-8")
    problems = [str(p) for p in validate_jsonl(path, ctx)]
    name = str(path)
    assert problems == [
        f"{name}:2: malformed JSON: NaN is not a JSON number (numbers must be finite) (column {nan.index('NaN') + 1})",
        f"{name}:3: malformed JSON: nested deeper than {MAX_DEPTH} levels (column {deep.index('[') + MAX_DEPTH})",
        f"{name}:4: quote \"q1\": field quotes[0].content[0][0]: 28.0 is not of type 'integer'",
    ]


def test_gold_file_not_utf8_on_line_2(tmp_path: Path, ctx):
    path = tmp_path / "synth.json"
    path.write_bytes(b'{\n  "doc_id": "synth\xe9"\n}\n')
    (problem,) = validate_doc_file(path, ctx)
    assert (problem.line, str(problem)) == (2, f"{path}:2: not UTF-8 (invalid continuation byte, byte 0xe9) (column 19)")


def test_cli_score_with_float_fragments_is_an_error_not_a_traceback(tmp_path: Path):
    preds = tmp_path / "p.jsonl"
    quote = {"id": "q1", "type": "direct", "content": [[0.0, 10.0]], "source": {"span": None, "entity": None}, "cue": None}
    preds.write_text(json.dumps({"doc_id": "no-negotiations-underway", "quotes": [quote]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", "--pred", str(preds), "--bootstrap", "0"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "field quotes[0].content[0][0]: 0.0 is not of type 'integer'" in result.output
    assert "Traceback" not in result.output


def test_a_repeated_key_in_a_hand_edited_file_is_named(tmp_path):
    """Gold, passes and registries are edited by hand: ``{"doc_id": "a", "doc_id": "b"}`` kept the
    last value silently; now the key, the object's id and (when clear) the line are named."""
    import pytest

    from newsgold.jsonio import JsonReadError, read_json_unique

    path = tmp_path / "g.json"
    cases = [
        ('{\n "doc_id": "a",\n "doc_id": "b"}', "g.json:3: key 'doc_id' given twice in one object"),
        (
            '{"quotes": [{"id": "q1", "type": "direct"},\n {"id": "q2", "type": "x", "type": "direct"}]}',
            "g.json: key 'type' given twice in the object with id 'q2'",
        ),
    ]
    for text, message in cases:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(JsonReadError) as info:
            read_json_unique(path, "g.json")
        assert str(info.value).startswith(message), str(info.value)
    path.write_text('{"a": {"id": 1}, "b": {"id": 2}, "s": "\\"a\\": 1"}', encoding="utf-8")
    assert read_json_unique(path)["b"] == {"id": 2}  # the same key in different objects is fine


def test_a_device_is_refused_before_reading_and_a_fifo_without_a_writer_reads_as_empty(tmp_path: Path):
    """A gold file that is a link to /dev/zero (read until the memory was full) is refused at
    once, named; a FIFO (blocked the run and validate for ever) is opened without waiting for a
    writer, and with none it is an empty file, named."""
    import os

    p = tmp_path / "x.json"
    p.symlink_to("/dev/zero")
    with pytest.raises(JsonReadError) as e:
        read_json(p, "gold/x.json")
    assert str(e.value).startswith("gold/x.json") and "not a regular file or a pipe" in str(e.value)
    p.unlink()
    os.mkfifo(p)
    with pytest.raises(JsonReadError) as e:
        read_json(p, "gold/x.json")
    assert str(e.value).startswith("gold/x.json:1") and "empty" in str(e.value)


def test_a_pipe_with_a_writer_is_read_whole():
    """``--pred <(zcat p.jsonl.gz)`` and ``/dev/stdin`` are pipes: they are read, not refused."""
    import os

    r, w = os.pipe()
    try:
        os.write(w, '{"doc_id": "d1", "quotes": [], "note": "👋🏽 “x”\\r\\n"}'.encode())
        os.close(w)
        assert read_json(f"/dev/fd/{r}", "p.json") == {"doc_id": "d1", "quotes": [], "note": "👋🏽 “x”\r\n"}
    finally:
        os.close(r)


def test_validate_names_a_fifo_in_the_gold_and_exits_1(data_root: Path):
    import os

    os.mkfifo(data_root / "annotations/gold/fifo.json")
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 1 and "fifo.json:1" in result.output and "empty" in result.output


def test_score_names_a_prediction_fifo_or_a_device_and_exits_1(data_root: Path):
    """Round 7: ``score --pred FIFO`` (or ``/dev/zero``) waited for ever (or filled the memory)."""
    import os

    os.mkfifo(data_root / "p.jsonl")
    result = CliRunner().invoke(app, ["score", "--pred", str(data_root / "p.jsonl"), "--bootstrap", "0"])
    assert result.exit_code == 1 and "p.jsonl: no documents in file" in result.output, result.output
    result = CliRunner().invoke(app, ["score", "--pred", "/dev/zero", "--bootstrap", "0"])
    assert result.exit_code == 1 and "not a regular file or a pipe" in result.output, result.output


@pytest.mark.parametrize(
    ("codec", "name"), [("utf-16", "UTF-16 (little-endian)"), ("utf-16-be", "UTF-16 (big-endian)"), ("utf-32", "UTF-32 (little-endian)")]
)
def test_a_file_saved_as_utf16_or_utf32_is_said_to_be_one(tmp_path: Path, codec: str, name: str):
    """It was "not UTF-8 (invalid start byte, byte 0xff)": true, but it did not say what the file is."""
    path = tmp_path / "g.json"
    bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
    path.write_bytes(bom + json.dumps(GOOD_LINE).encode(codec))
    with pytest.raises(JsonReadError) as e:
        read_json(path, "g.json")
    assert str(e.value) == f"g.json:1: starts with a {name} byte order mark: the file is {name}, not UTF-8; save it as UTF-8 (column 1)"
    res = CliRunner().invoke(app, ["validate", str(path)])
    assert res.exit_code == 1 and f"the file is {name}" in res.output and "Traceback" not in res.output


def test_json_files_list_what_sorted_glob_lists(tmp_path):
    """A gold directory is listed as names (a Path each only when read): the same entries, in
    the same order, as ``sorted(path.glob("*.json"))``, hidden files and odd names included."""
    from newsgold.jsonio import JsonFiles

    for name in ["b.json", "a.json", ".h.json", "A.json", "x.JSON", "a-b.json", "é.json", "😀.json", "🇫🇷.json", "c.jsonl", "z.json~"]:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / "dir.json").mkdir()
    want = sorted(tmp_path.glob("*.json"))
    files = JsonFiles(tmp_path)
    assert list(files) == want and len(files) == len(want) and files[2:5] == want[2:5] and files[-1] == want[-1]


@pytest.mark.parametrize("big", [2**64, 2**64 + 1, -(2**64) - 1, 10**30])
def test_an_integer_beyond_64_bits_is_shown_as_written_in_gold_and_jsonl(tmp_path: Path, ctx, big: int):
    """orjson reads such an integer as a float; the message shows it as written (round 9 case 31)."""
    doc = {**GOOD_LINE, "quotes": [{**GOOD_LINE["quotes"][0], "content": [[28, big]]}], "claims": [], "stances": []}
    gold = tmp_path / "synth.json"
    gold.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(json.dumps(GOOD_LINE) + "\n" + json.dumps(doc) + "\n", encoding="utf-8")
    shown = [str(p) for p in validate_doc_file(gold, ctx)], [str(p) for p in validate_jsonl(jsonl, ctx)]
    for problems, where in zip(shown, [f"{gold}", f"{jsonl}:2"]):
        assert len(problems) == 1 and problems[0].startswith(f'{where}: quote "q1": field quotes[0].content[0]'), problems
        assert str(big) in problems[0] and "e+" not in problems[0]


def test_the_value_kept_from_a_valid_gold_file_is_the_strict_readers(tmp_path: Path, ctx):
    from newsgold.jsonio import read_json_unique

    doc = {**GOOD_LINE, "quotes": [{**GOOD_LINE["quotes"][0], "score": 2**64 + 1}]}
    path = tmp_path / "synth.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert read_json_unique(path)["quotes"][0]["score"] == float(2**64)


def test_open_regular_refuses_a_folder_by_name(tmp_path):
    """A folder opens with os.open; os.fdopen of it raised IsADirectoryError naming the descriptor (round 12)."""
    from newsgold.jsonio import JsonReadError, open_regular

    (tmp_path / "a.json").mkdir()
    with pytest.raises(JsonReadError, match=r"^shown\.json: is a directory, not a file$"):
        open_regular(tmp_path / "a.json", "shown.json")
