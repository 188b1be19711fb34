import json

import pytest

from newsgold.schema import DocAnnotation, dumps_doc
from newsgold.output import OverwriteRefused, atomic_write_text, write_files
from newsgold.store import load_annotations, write_annotation_dir, write_jsonl
from newsgold.validate import ValidationError
from tests.test_validate import GOOD


def test_gold_dir_round_trip_is_identical(tmp_path, ctx):
    src = tmp_path / "a"
    src.mkdir()
    (src / "synth.json").write_text(dumps_doc(GOOD), encoding="utf-8")
    loaded = load_annotations(src, ctx)
    write_annotation_dir(loaded, tmp_path / "b")
    assert (tmp_path / "b" / "synth.json").read_text(encoding="utf-8") == (src / "synth.json").read_text(encoding="utf-8")
    assert load_annotations(tmp_path / "b", ctx) == loaded


def test_jsonl_round_trip_is_identical(tmp_path, ctx):
    pred = {"doc_id": "synth", "quotes": [dict(GOOD["quotes"][0], score=0.25)]}
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(pred, ensure_ascii=False) + "\n", encoding="utf-8")
    loaded = load_annotations(path, ctx)
    assert loaded["synth"].claims is None and loaded["synth"].quotes[0].score == 0.25
    write_jsonl(loaded, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_loading_invalid_input_raises_with_every_problem(tmp_path, ctx):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"doc_id": "nope"}\n{"doc_id": "synth", "quotes": 3}\n', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        load_annotations(path, ctx)
    assert [p.line for p in err.value.problems] == [1, 2]


def test_overwrite_is_refused_with_a_diff_and_nothing_is_written(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("old\n", encoding="utf-8")
    with pytest.raises(OverwriteRefused) as err:
        write_files({b: "new b\n", a: "new\n"})
    assert "-old\n+new\n" in err.value.diff
    assert a.read_text(encoding="utf-8") == "old\n"
    assert not b.exists()  # all or nothing: the refusal comes before any write
    assert write_files({b: "new b\n", a: "new\n"}, overwrite=True) == [b, a]
    assert a.read_text(encoding="utf-8") == "new\n"


def test_rewriting_identical_content_needs_no_flag(tmp_path):
    doc = DocAnnotation("synth")
    assert write_annotation_dir({"synth": doc}, tmp_path) == [tmp_path / "synth.json"]
    assert write_annotation_dir({"synth": doc}, tmp_path) == []


def test_atomic_write_leaves_no_temporary_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "gold.json"
    target.write_text("kept\n", encoding="utf-8")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "replacement\n")
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["gold.json"]


def test_atomic_write_gives_a_normal_file_mode(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "report.html", "<html></html>\n")
    finally:
        os.umask(old)
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o644
