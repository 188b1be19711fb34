"""``newsgold annotate`` before any server starts: what a new workspace meets first (no server needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.errors import NewsgoldError


class Stopped(NewsgoldError):
    """Raised instead of starting Label Studio: the test ends where the server would start."""


@pytest.fixture
def new_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def make(name: str) -> Path:
        articles = tmp_path / "articles"
        articles.mkdir(exist_ok=True)
        (articles / "bridge.txt").write_text("“We are ready 👋🏽,” said Ana Ruiz.\n", encoding="utf-8")
        root = tmp_path / name
        runner = CliRunner()
        assert runner.invoke(app, ["init", str(root)]).exit_code == 0
        assert runner.invoke(app, ["--root", str(root), "import", str(articles)]).exit_code == 0
        monkeypatch.setenv("NEWSGOLD_ROOT", str(root))
        return root

    started: list[tuple] = []

    def fake_start(*args):
        started.append(args)
        raise Stopped("server start reached")

    monkeypatch.setattr("newsgold.cli.ls_server._start_server", fake_start)
    monkeypatch.setattr("newsgold.cli.ls_server._private_token", lambda *args: "t" * 40)
    return make, started


def test_a_new_workspace_without_gold_starts_with_empty_tasks(new_workspace) -> None:
    """It failed with 'annotations/gold: no *.json annotation files in directory' before the server started."""
    make, started = new_workspace
    make("mycorpus")
    result = CliRunner().invoke(app, ["annotate", "--port", "18999"])
    assert "no gold yet" in result.output and "the tasks start without annotations" in result.output
    assert "no *.json annotation files" not in result.output
    assert len(started) == 1 and "server start reached" in result.output


def test_an_explicit_gold_push_still_needs_a_gold(new_workspace) -> None:
    make, started = new_workspace
    make("mycorpus")
    result = CliRunner().invoke(app, ["annotate", "--gold", "--port", "18999"])
    assert result.exit_code == 1 and "no *.json annotation files" in result.output and not started


@pytest.mark.parametrize("name", ["ws", "x" * 51])
def test_a_project_title_label_studio_refuses_is_refused_before_the_server_starts(new_workspace, name: str) -> None:
    """A workspace named `ws` waited for Label Studio to start (66 s the first time), then got HTTP 400.

    ``init`` now writes a title that fits (``ws (newsgold)``), which reaches the server start; a
    ``newsgold.toml`` without ``[labelstudio]`` (hand-written, or from an older init) falls back to
    the name, which is refused."""
    make, started = new_workspace
    root = make(name)
    assert "server start reached" in CliRunner().invoke(app, ["annotate", "--port", "18999"]).output and len(started) == 1
    started.clear()
    toml = root / "newsgold.toml"
    toml.write_text(toml.read_text(encoding="utf-8").split("[labelstudio]")[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", "--port", "18999"])
    assert result.exit_code == 1 and not started
    assert f"project title {name!r} has {len(name)} character(s), Label Studio takes 3 to 50" in result.output
    assert "--project or [labelstudio] project in newsgold.toml" in result.output
    ok = CliRunner().invoke(app, ["annotate", "--port", "18999", "--project", "My articles"])
    assert "server start reached" in ok.output and len(started) == 1


def test_ls_push_refuses_such_a_title_before_asking_the_server(new_workspace) -> None:
    make, _ = new_workspace
    make("mycorpus")
    result = CliRunner().invoke(app, ["ls", "push", "--project", "ab", "--url", "http://127.0.0.1:9", "--token", "x" * 40])
    assert result.exit_code == 1 and "project title 'ab' has 2 character(s)" in result.output


def test_export_tasks_refuses_gold_on_a_text_edited_in_place(tmp_path: Path) -> None:
    """The tasks were written with the gold's offsets on the edited text, exit 0 (round 6, case 122)."""
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(root), "--from-builtin"]).exit_code == 0
    corpus = root / "corpus/data/documents.jsonl"
    corpus.write_bytes(corpus.read_bytes().replace(b"No negotiations are", b"No Negotiations are", 1))
    out = tmp_path / "tasks.json"
    result = runner.invoke(
        app, ["--root", str(root), "ls", "export-tasks", "-o", str(out), "--annotations", str(root / "annotations/gold")]
    )
    assert result.exit_code == 1 and not out.exists()
    assert "'no-negotiations-underway'" in result.output and "--replace" in result.output


def test_export_tasks_of_predictions_without_a_model_name_says_how(tmp_path: Path) -> None:
    """A ``file:`` prediction file without ``meta.extractor``/``version`` gave a ValueError traceback."""
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(root), "--from-builtin"]).exit_code == 0
    gold = json.loads((root / "annotations/gold/no-negotiations-underway.json").read_text(encoding="utf-8"))
    gold.pop("meta", None)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "tasks.json"
    result = runner.invoke(app, ["--root", str(root), "ls", "export-tasks", "-o", str(out), "--predictions", str(pred)])
    assert result.exit_code == 1 and not out.exists() and isinstance(result.exception, SystemExit)
    assert "no-negotiations-underway" in result.output and "--model-version" in result.output
    named = runner.invoke(
        app, ["--root", str(root), "ls", "export-tasks", "-o", str(out), "--predictions", str(pred), "--model-version", "mine v1"]
    )
    assert named.exit_code == 0 and "mine v1" in out.read_text(encoding="utf-8")
