"""``newsgold score`` / ``newsgold agreement`` end to end on a synthetic root."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synthetic import TEXT_A, gold_a, gold_b, span
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.schema import DocAnnotation, Quote, Source, dumps_doc, dumps_line

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def write_pred(path: Path, *docs: DocAnnotation | dict) -> Path:
    path.write_text("".join(dumps_line(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_gold_against_itself_json(root: Path):
    pred = write_pred(root / "pred.jsonl", gold_a(), gold_b())
    result = invoke("score", "--pred", str(pred), "--format", "json", "--bootstrap", "50", "-o", "out.json", "--errors", "err.jsonl")
    assert result.exit_code == 0, result.output
    data = json.loads((root / "out.json").read_text())
    assert data["signature"].startswith("schemes:strict,exact,partial,overlap,coverage:0.3,coverage:0.8,token|")
    assert all(v == 1.0 for v in data["micro"].values())
    assert (root / "err.jsonl").read_text() == ""


def test_table_and_markdown(root: Path):
    pred = write_pred(root / "pred.jsonl", DocAnnotation("doc-a", quotes=[
        Quote("p1", "direct", [span(TEXT_A, "We will not negotiate")], Source(None, "Trump"), None)], claims=None, stances=None))
    result = invoke("score", "--pred", str(pred), "--bootstrap", "20")
    assert result.exit_code == 0, result.output
    assert "content · coverage:0.3" in result.output and "Not predicted (not scored): claims, stance." in result.output
    result = invoke("score", "--pred", str(pred), "--bootstrap", "20", "--format", "markdown", "--scheme", "exact")
    assert result.exit_code == 0, result.output
    # 1 of 4 gold quotes, 1 of 1 predicted: F1 = 2/5
    assert "| Quotes | content · exact | 1.000 | 0.250 | 0.400 |" in result.output


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"doc_id": "nope", "quotes": []}, "pred.jsonl:2: field doc_id: unknown doc_id 'nope'"),
        ({"doc_id": "doc-b", "quotes": [{"id": "x", "type": "direct", "content": [[0, 9999]], "source": {"span": None, "entity": None}, "cue": None}]},
         'pred.jsonl:2: quote "x": field quotes[0].content[0]: span [0, 9999] outside the text'),
        ({"doc_id": "doc-b", "quotes": [{"id": "x", "type": "quoted", "content": [[0, 3]], "source": {"span": None, "entity": None}, "cue": None}]},
         "pred.jsonl:2: quote \"x\": field quotes[0].type: 'quoted' is not one of 'direct', 'indirect', 'mixed'"),
    ],
)
def test_bad_input_names_file_line_field_and_writes_nothing(root: Path, doc: dict, expected: str):
    pred = root / "pred.jsonl"
    pred.write_text(dumps_line(gold_a()) + "\n" + json.dumps(doc) + "\n", encoding="utf-8")
    result = invoke("score", "--pred", str(pred), "--format", "html", "-o", "report.html", "--errors", "errors.jsonl")
    assert result.exit_code == 1
    assert expected in result.output
    assert not (root / "report.html").exists() and not (root / "errors.jsonl").exists()


def test_unknown_scheme_is_an_error(root: Path):
    pred = write_pred(root / "pred.jsonl", gold_a())
    result = invoke("score", "--pred", str(pred), "--scheme", "fuzzy", "-o", "x.json", "--format", "json")
    assert result.exit_code == 1 and "unknown scheme 'fuzzy'" in result.output
    assert not (root / "x.json").exists()


def test_agreement_on_passes_directory(root: Path):
    passes = root / "annotations" / "passes"
    for name, docs in (("ann1", (gold_a(), gold_b())), ("ann2", (gold_a(), gold_b())), ("ann3", (gold_a(),))):
        (passes / name).mkdir(parents=True)
        for d in docs:
            (passes / name / f"{d.doc_id}.json").write_text(dumps_doc(d), encoding="utf-8")
    result = invoke("agreement", str(passes), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["annotators"] == ["ann1", "ann2", "ann3"]
    assert [p["n_docs"] for p in data["pairs"]] == [2, 1, 1]
    assert data["alpha"]["quotes.tokens"] == 1.0
    result = invoke("agreement", str(passes / "ann1"), str(passes / "ann2"), "--format", "markdown")
    assert result.exit_code == 0 and "| F1 quotes.content.exact | 1.000 |" in result.output


def test_default_gold_is_the_built_in_gold_whatever_the_working_directory(root: Path, tmp_path: Path, monkeypatch):
    pred = write_pred(root / "pred.jsonl", gold_a(), gold_b())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = invoke("score", "--pred", str(pred), "--format", "json", "--bootstrap", "10", "-o", "out.json")
    assert result.exit_code == 0, result.output
    assert json.loads((elsewhere / "out.json").read_text())["n_docs"] == 2
