"""``labelstudio.pull_notes``: what ``ls pull`` says of what it pulled.

Round 11: a pulled pass with a quote ending between a flag's two regional indicators was written
silently (exit 0), only a later ``validate`` said so; and a pull where one annotator skipped a task
said nothing of it until ``adjudicate`` refused the passes ("passes of different documents")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.tasks import build_tasks
from newsgold.schema import DocAnnotation, Quote
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

FLAG = "\U0001f1fa\U0001f1e6"  # 🇺🇦
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧
TEXT = f"Fans {FLAG} said:\r\n“We won {FAMILY} today.”\r\n"
A, B = "a@example.org", "b@example.org"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(tmp_path / "ws")]).exit_code == 0
    (tmp_path / "flag.txt").write_bytes(TEXT.encode("utf-8"))
    assert runner.invoke(app, ["--root", str(tmp_path / "ws"), "import", "--no-progress", str(tmp_path / "flag.txt")]).exit_code == 0
    return Workspace.at(tmp_path / "ws")


def quote(start: int, end: int) -> DocAnnotation:
    return DocAnnotation("flag", quotes=[Quote("q1", "direct", [(start, end)])], claims=[], stances=[])


def export(ws: Workspace, by: dict[str, DocAnnotation], predictions: bool = False) -> Path:
    """A Label Studio JSON export of the document with each annotator's annotation (or a model's prediction)."""
    vocab = Vocab.of_workspace(ws)
    flag = {"flag": ws.documents["flag"]}
    [task] = build_tasks(flag, {}, vocab=vocab)
    task["id"] = 1
    results = {who: build_tasks(flag, {"flag": ann}, vocab=vocab)[0]["annotations"][0]["result"] for who, ann in by.items()}
    if predictions:
        task["predictions"] = [{"id": 1, "model_version": "m@1", "result": r} for r in results.values()]
    else:
        task["annotations"] = [
            {"id": 10 + i, "completed_by": {"id": i, "email": who}, "result": r} for i, (who, r) in enumerate(results.items())
        ]
    path = ws.root / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    return path


def pull(ws: Workspace, path: Path, *args: str):
    return CliRunner().invoke(app, ["--root", str(ws.root), "ls", "pull", "--from-export", str(path), *args])


def test_a_pulled_span_inside_a_character_is_warned_of_naming_file_item_and_field(ws: Workspace) -> None:
    flag_half = TEXT.index(FLAG) + 1  # between the two regional indicators
    in_family = TEXT.index(FAMILY) + 2  # after the first emoji and its ZWJ
    path = export(ws, {A: quote(0, flag_half), B: quote(in_family, TEXT.index(" today"))})
    out = ws.root / "annotations" / "passes" / "round1"
    result = pull(ws, path, "-o", str(out))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f'warning: {out / A / "flag.json"}: quote "q1": field quotes[0].content[0]: end {flag_half} splits the character' in said
    assert f"'{FLAG}' (U+1F1FA U+1F1E6)" in said
    assert f'warning: {out / B / "flag.json"}: quote "q1": field quotes[0].content[0]: start {in_family} splits the character' in said
    assert "2 warning(s): valid, but see above" in said
    ctx = ws.context()
    assert load_annotations(out / A, ctx)["flag"].quotes[0].content == [(0, flag_half)]  # written as pulled: a warning, not a refusal
    # validate says the same of what the pull wrote
    validated = " ".join(CliRunner().invoke(app, ["--root", str(ws.root), "validate"]).output.split())
    assert f"end {flag_half} splits the character" in validated and f"start {in_family} splits the character" in validated


def test_predictions_name_the_file_and_the_document(ws: Workspace, tmp_path: Path) -> None:
    crlf = TEXT.index("\r\n") + 1  # between CR and LF
    path = export(ws, {"m": quote(0, crlf)}, predictions=True)
    out = tmp_path / "pred.jsonl"
    result = pull(ws, path, "--predictions", "-o", str(out))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"warning: {out}: document 'flag': quote \"q1\": field quotes[0].content[0]: end {crlf} splits the character '\\r\\n'" in said


def test_spans_between_characters_pull_without_a_warning(ws: Workspace) -> None:
    path = export(ws, {A: quote(0, TEXT.index(FLAG) + len(FLAG)), B: quote(TEXT.index(FAMILY), TEXT.index(" today"))})
    result = pull(ws, path, "-o", str(ws.root / "annotations" / "passes" / "round1"))
    assert result.exit_code == 0 and "warning" not in result.output, result.output


def test_an_annotator_without_every_document_is_said_with_the_way_on(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text("Nothing here.\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["--root", str(ws.root), "import", "--no-progress", str(tmp_path / "other.txt")]).exit_code == 0
    path = export(ws, {A: quote(0, 4), B: quote(0, 4), "c@example.org": quote(0, 4)})
    tasks = json.loads(path.read_text(encoding="utf-8"))
    vocab = Vocab.of_workspace(ws)
    [other] = build_tasks({"other": ws.documents["other"]}, {}, vocab=vocab)
    other["id"] = 2
    other["annotations"] = [{"id": 30 + i, "completed_by": {"id": i, "email": who}, "result": []} for i, who in enumerate((A, B))]
    path.write_text(json.dumps([*tasks, other], ensure_ascii=False), encoding="utf-8")
    out = ws.root / "annotations" / "passes" / "round1"
    result = pull(ws, path, "-o", str(out))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "c@example.org has 1 of the 2 documents annotated (not other)" in said
    assert f"or adjudicate the complete passes only ({out / A} {out / B})" in said
    adjudicated = CliRunner().invoke(app, ["--root", str(ws.root), "adjudicate", str(out / A), str(out / B), "-o", str(tmp_path / "cur")])
    assert adjudicated.exit_code == 0, adjudicated.output  # the way the note gives works


def test_annotators_of_the_same_documents_get_no_note(ws: Workspace) -> None:
    result = pull(ws, export(ws, {A: quote(0, 4), B: quote(0, 4)}), "-o", str(ws.root / "annotations" / "passes" / "r"))
    assert result.exit_code == 0 and "documents annotated" not in result.output, result.output


def test_an_annotator_whose_annotations_were_only_pushed_is_named_beside_the_people(ws: Workspace, tmp_path: Path) -> None:
    """`annotate` pushes the gold as the login user's annotations; people sign up and annotate with
    "+".  The pull wrote the untouched gold as a pass beside theirs without a word, and `adjudicate`
    then counted it as an annotator.  Times as Label Studio 1.23.2 exports them: the editor records
    ``lead_time`` for a new annotation, an Update of a pushed one comes seconds after its creation."""
    gold = "annotator@newsgold.local"
    path = export(ws, {gold: quote(0, 4), A: quote(0, 4), B: quote(0, 4)})
    tasks = json.loads(path.read_text(encoding="utf-8"))
    times = {
        gold: ("2026-12-06T20:47:40.316430Z", "2026-12-06T20:47:40.316465Z", None),  # pushed, never opened
        A: ("2026-12-06T20:50:27.100000Z", "2026-12-06T20:50:27.100040Z", 12.491),  # "+" and Submit
        B: ("2026-12-01T15:59:24.841569Z", "2026-12-01T15:59:55.295523Z", None),  # a pushed one, updated in the editor
    }
    for ann in tasks[0]["annotations"]:
        ann["created_at"], ann["updated_at"], ann["lead_time"] = times[ann["completed_by"]["email"]]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    out = ws.root / "annotations" / "passes" / "round1"
    result = pull(ws, path, "-o", str(out))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"{gold}: its 1 annotation(s) were never edited in Label Studio" in said, said
    assert f"{out / gold} holds what was pushed; leave it out of `adjudicate` unless it is meant as a pass" in said
    assert f"{A}: its" not in said and f"{B}: its" not in said
    for ann in tasks[0]["annotations"]:  # passes pushed as passes, none edited: nothing to tell apart
        ann["created_at"], ann["updated_at"], ann["lead_time"] = times[gold]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    again = pull(ws, path, "-o", str(tmp_path / "all-pushed"))
    assert again.exit_code == 0 and "never edited" not in again.output, again.output
