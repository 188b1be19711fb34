"""Stored runs read back strictly: predictions validated where they are used (rescore), bad
run files named by file, line and field, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.runs.test_artifacts import _error, bad, group  # noqa: F401  (fixtures)

from newsgold.runs import rescore
from newsgold.validate import ValidationError
from newsgold.workspace import Workspace


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _rescore_problems(run: Path) -> list[str]:
    with pytest.raises(ValidationError) as e:
        rescore(Workspace.find(), run)
    return [str(p) for p in e.value.problems]


def test_rescore_refuses_stored_spans_past_the_text(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    lines = _lines(path)
    doc = json.loads(lines[1])
    length = len(Workspace.find().documents[doc["doc_id"]].text)
    doc["quotes"][0]["content"] = [[length - 5, length + 50]]
    lines[1] = json.dumps(doc)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = _rescore_problems(bad / "quotes-v2")
    assert problem.startswith("x/quotes-v2/predictions.jsonl:2: quote ")
    assert f"field quotes[0].content[0]: span [{length - 5}, {length + 50}] outside the text (length {length})" in problem


def test_rescore_names_a_malformed_predictions_line(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    lines = _lines(path)
    lines[0] = lines[0][:40]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = _rescore_problems(bad / "quotes-v2")
    assert problem.startswith("x/quotes-v2/predictions.jsonl:1: malformed JSON: ")


def test_rescore_refuses_float_offsets(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace('"content": [[', '"content": [[0.0, 10.0], [', 1), encoding="utf-8")
    problems = _rescore_problems(bad / "quotes-v2")
    assert [p.split(": field ")[1] for p in problems] == [
        "quotes[0].content[0][0]: 0.0 is not of type 'integer'",
        "quotes[0].content[0][1]: 10.0 is not of type 'integer'",
    ]
    assert all(p.startswith("x/quotes-v2/predictions.jsonl:1: quote ") for p in problems)


def test_missing_predictions_file_is_named(bad: Path):  # noqa: F811
    from newsgold.runs.artifacts import ArtifactError

    (bad / "quotes-v2/predictions.jsonl").unlink()
    with pytest.raises(ArtifactError, match=r"^x/quotes-v2/predictions.jsonl: missing"):
        rescore(Workspace.find(), bad / "quotes-v2")


def test_nan_in_scores_is_not_json(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/scores.json"
    text = path.read_text(encoding="utf-8")
    key = '"quotes.content.coverage:0.3.f1": '
    start = text.index(key) + len(key)
    end = min(text.index(c, start) for c in ",\n}" if c in text[start:])
    path.write_text(text[:start] + "NaN" + text[end:], encoding="utf-8")
    message = _error(bad / "quotes-v2")
    assert message.startswith("x/quotes-v2/scores.json: line ") and "NaN is not a JSON number" in message


def test_manifest_not_utf8_is_named_by_line(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/manifest.json"
    data = path.read_bytes().split(b"\n")
    data[2] = data[2].replace(b'"', b'"\xff', 1)
    path.write_bytes(b"\n".join(data))
    assert _error(bad / "quotes-v2").startswith("x/quotes-v2/manifest.json: line 3 column ")
