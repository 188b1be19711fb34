import json

import pytest
from tests.test_validate import GOOD

from newsgold.schema import DocAnnotation, dumps_doc
from newsgold.store import load_annotations, write_annotation_dir, write_jsonl
from newsgold.validate import ValidationError


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


def test_rewriting_identical_content_needs_no_flag(tmp_path):
    doc = DocAnnotation("synth")
    assert write_annotation_dir({"synth": doc}, tmp_path) == [tmp_path / "synth.json"]
    assert write_annotation_dir({"synth": doc}, tmp_path) == []
