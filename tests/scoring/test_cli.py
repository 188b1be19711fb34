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
    # null only where gold has nothing: no document-level "favor", no holder-level "neutral"
    nulls = {k for k, v in data["micro"].items() if v is None}
    assert nulls == {f"stances.{lvl}.{k}" for lvl in ("document.favor", "holder.neutral") for k in ("p", "r", "f1")}
    assert all(v == 1.0 for v in data["micro"].values() if v is not None)
    assert data["averaged"]["stances.document.f_avg"] == ["against"]
    assert "|zero:na|" in data["signature"]
    assert (root / "err.jsonl").read_text() == ""


def test_table_and_markdown(root: Path):
    pred = write_pred(
        root / "pred.jsonl",
        DocAnnotation(
            "doc-a",
            quotes=[Quote("p1", "direct", [span(TEXT_A, "We will not negotiate")], Source(None, "Trump"), None)],
            claims=None,
            stances=None,
        ),
    )
    result = invoke("score", "--pred", str(pred), "--bootstrap", "20")
    assert result.exit_code == 0, result.output
    assert "content · coverage:0.3" in result.output and "Not predicted (not scored): claims, stances." in result.output
    result = invoke("score", "--pred", str(pred), "--bootstrap", "20", "--format", "markdown", "--scheme", "exact")
    assert result.exit_code == 0, result.output
    # 1 of 4 gold quotes, 1 of 1 predicted: F1 = 2/5
    assert "| Quotes | content · exact | 1.000 | 0.250 | 0.400 |" in result.output


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"doc_id": "nope", "quotes": []}, "pred.jsonl:2: field doc_id: unknown doc_id 'nope'"),
        (
            {
                "doc_id": "doc-b",
                "quotes": [{"id": "x", "type": "direct", "content": [[0, 9999]], "source": {"span": None, "entity": None}, "cue": None}],
            },
            'pred.jsonl:2: quote "x": field quotes[0].content[0]: span [0, 9999] outside the text',
        ),
        (
            {
                "doc_id": "doc-b",
                "quotes": [{"id": "x", "type": "quoted", "content": [[0, 3]], "source": {"span": None, "entity": None}, "cue": None}],
            },
            "pred.jsonl:2: quote \"x\": field quotes[0].type: 'quoted' is not one of 'direct', 'indirect', 'mixed'",
        ),
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


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_existing_output_is_replaced_only_with_overwrite(root: Path):
    pred = write_pred(root / "pred.jsonl", gold_a(), gold_b())
    report = root / "report.md"
    report.write_text("my notes\n", encoding="utf-8")
    args = ["score", "--pred", str(pred), "--format", "markdown", "--bootstrap", "5", "-o", str(report)]
    result = invoke(*args)
    assert result.exit_code == 1
    assert "report.md already exists and would be replaced" in result.output and "--overwrite" in result.output
    assert "-my notes" in result.output  # the diff shows what would go
    assert report.read_text(encoding="utf-8") == "my notes\n"
    result = invoke(*args, "--overwrite")
    assert result.exit_code == 0, result.output
    assert report.read_text(encoding="utf-8").startswith("## pred.jsonl vs gold")
    result = invoke(*args)  # same content again: nothing to replace, no flag needed
    assert result.exit_code == 0 and "unchanged" in result.output


def test_outputs_are_written_all_or_nothing(root: Path):
    pred = write_pred(root / "pred.jsonl", gold_a())
    (root / "errors.jsonl").write_text("old\n", encoding="utf-8")
    result = invoke("score", "--pred", str(pred), "--format", "json", "--bootstrap", "5", "-o", "new.json", "--errors", "errors.jsonl")
    assert result.exit_code == 1 and "errors.jsonl already exists" in result.output
    assert not (root / "new.json").exists() and (root / "errors.jsonl").read_text() == "old\n"


@pytest.mark.parametrize(
    "where", ["annotations/gold/doc-a.json", "annotations/gold/report.json", "annotations/report.json", "annotations/passes/x/errors.jsonl"]
)
@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_never_writes_into_the_gold_or_annotations(root: Path, where: str, flag: str):
    pred = write_pred(root / "pred.jsonl", gold_a(), gold_b())
    before = _snapshot(root / "annotations")
    result = invoke("score", "--pred", str(pred), "--format", "json", "--bootstrap", "5", flag, where, "--overwrite")
    assert result.exit_code == 1
    assert "refusing to write" in result.output and "annotations directory" in result.output
    assert _snapshot(root / "annotations") == before


def test_never_writes_into_a_gold_given_elsewhere_or_over_the_predictions(root: Path, tmp_path: Path):
    import shutil

    other = tmp_path / "other-gold"
    shutil.copytree(root / "annotations" / "gold", other)
    pred = write_pred(root / "pred.jsonl", gold_a())
    result = invoke("score", "--gold", str(other), "--pred", str(pred), "--format", "json", "-o", str(other / "doc-a.json"), "--overwrite")
    assert result.exit_code == 1 and "inside the gold" in result.output
    assert (other / "doc-a.json").read_text(encoding="utf-8") == dumps_doc(gold_a())
    result = invoke("score", "--pred", str(pred), "--format", "json", "-o", str(pred), "--overwrite")
    assert result.exit_code == 1 and "inside the predictions" in result.output
    assert pred.read_text(encoding="utf-8") == dumps_line(gold_a()) + "\n"


def test_output_naming_a_directory_is_a_clear_error(root: Path):
    pred = write_pred(root / "pred.jsonl", gold_a())
    (root / "out").mkdir()
    for flag in ("-o", "--errors"):
        result = invoke("score", "--pred", str(pred), "--format", "json", flag, "out")
        assert result.exit_code == 1 and "out is a directory" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_agreement_output_is_protected_too(root: Path):
    passes = root / "annotations" / "passes"
    for name in ("ann1", "ann2"):
        (passes / name).mkdir(parents=True)
        (passes / name / "doc-a.json").write_text(dumps_doc(gold_a()), encoding="utf-8")
    before = _snapshot(root / "annotations")
    result = invoke("agreement", str(passes), "--format", "markdown", "-o", str(passes / "ann1" / "doc-a.json"), "--overwrite")
    assert result.exit_code == 1 and "refusing to write" in result.output
    assert _snapshot(root / "annotations") == before
    (root / "agree.md").write_text("keep\n", encoding="utf-8")
    result = invoke("agreement", str(passes), "--format", "markdown", "-o", "agree.md")
    assert result.exit_code == 1 and "--overwrite" in result.output and (root / "agree.md").read_text() == "keep\n"
    (root / "dir").mkdir()
    assert invoke("agreement", str(passes), "--format", "markdown", "-o", "dir").exit_code == 1
    result = invoke("agreement", str(passes), "--format", "markdown", "-o", "agree.md", "--overwrite")
    assert result.exit_code == 0 and "| F1 quotes.content.exact | 1.000 |" in (root / "agree.md").read_text()


def test_empty_predictions_score_zero_and_show_na(root: Path):
    # quotes predicted for both documents, none found; no stance anywhere on either side
    pred = write_pred(
        root / "pred.jsonl",
        DocAnnotation("doc-a", quotes=[], claims=None, stances=None),
        DocAnnotation("doc-b", quotes=[], claims=None, stances=None),
    )
    result = invoke("score", "--pred", str(pred), "--format", "markdown", "--bootstrap", "5", "--scheme", "exact")
    assert result.exit_code == 0, result.output
    # 4 gold quotes, 0 predicted: P 0 (not 1), R 0, F1 0
    assert "| Quotes | content · exact | 0.000 | 0.000 | 0.000 |" in result.output
    # no quote matched: speaker and type accuracy are undefined
    assert "| Quotes | speaker accuracy | – | – | n/a |" in result.output
    assert "| Quotes | type accuracy (matched) | – | – | n/a |" in result.output
    result = invoke("score", "--pred", str(pred), "--format", "json", "--bootstrap", "5", "--scheme", "exact")
    data = json.loads(result.output)
    assert data["micro"]["quotes.content.exact.p"] == 0.0 and data["micro"]["quotes.speaker.accuracy"] is None
    assert data["support"]["quotes.speaker.n"] == 0


def test_agreement_with_gold_on_the_repository_passes(data_root: Path):
    """The figures of README "Several annotators"."""
    passes, gold = data_root / "annotations/passes", data_root / "annotations/gold"
    data = json.loads(invoke("agreement", str(passes), "--gold", str(gold), "--format", "json").stdout)
    assert data["u_alpha"] == {"quotes": 1.0, "claims": pytest.approx(0.973, abs=5e-4)}
    assert data["per_doc"]["no-negotiations-underway"]["claims"] == pytest.approx(0.915, abs=5e-4)
    assert data["vs_gold"]["annotator-a"]["claims.span.exact.f1"] == 1.0
    assert data["vs_gold"]["annotator-c"]["claims.span.exact.f1"] == pytest.approx(
        2 * 35 / (46 + 42)
    )  # 35 of c's 46 claims exactly as in the gold's 42
    md = invoke("agreement", str(passes), "--gold", str(gold), "--format", "markdown").stdout
    assert "Krippendorff's unitizing α (character overlap) claims: 0.973" in md and "Each annotator vs the gold (F1):" in md
    assert "| annotator-c | 0.795 | 0.773 | 1.000 |" in md  # the claims.span.exact matrix row


def test_json_report_into_a_pipe_with_progress_bars_on_stderr(tmp_path: Path):
    """The chunked path's JSON report is written while its "report" bar is drawn; rich replaces
    stdout by a proxy printing to the bars' console (stderr) meanwhile, and the report must
    still go to stdout, byte for byte the report without bars (TTY_COMPATIBLE=1: stderr is
    drawn on as a terminal)."""
    import os
    import subprocess
    import sys

    from tests.scoring.test_chunked import _set

    docs, gold, pred = _set(tmp_path, 4)
    cmd = [sys.executable, "-m", "newsgold.cli", "score", "--documents", str(docs), "--gold", str(gold), "--pred", str(pred)]
    cmd += ["--format", "json", "--bootstrap", "20"]
    env = {**os.environ, "TTY_COMPATIBLE": "1"}
    bars = subprocess.run([*cmd, "--progress"], capture_output=True, text=True, env=env, check=True)
    plain = subprocess.run([*cmd, "--no-progress"], capture_output=True, text=True, env=env, check=True)
    assert bars.stdout == plain.stdout and json.loads(bars.stdout)["docs"]
    assert "report" in bars.stderr and "bootstrap" in bars.stderr and plain.stderr == ""
