"""``newsgold ls curate --pull`` without a server (a stub client): the curator's annotation is read
through the pull path, and what ``ls pull`` warns of is said of it too."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer

from newsgold.cli.ls_curate import pull_decisions
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.tasks import build_tasks
from newsgold.schema import DocAnnotation
from newsgold.workspace import Workspace

FLAG = "\U0001f1ee\U0001f1f7"


class Stub:
    """The three calls ``pull_decisions`` makes of a client: the project, its export, its users."""

    def __init__(self, tasks: list[dict]):
        self.tasks = tasks

    def project(self, title: str) -> SimpleNamespace:
        return SimpleNamespace(id=1)

    def export(self, project_id: int) -> list[dict]:
        return self.tasks

    def emails(self) -> dict[int, str]:
        return {1: "cur@example.org"}


def test_a_curators_offset_inside_a_flag_is_warned_of(data_root: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Round 11: ``ls pull`` warned of such offsets, ``ls curate --pull`` applied them without a word."""
    from typer.testing import CliRunner

    from newsgold.cli import app

    monkeypatch.chdir(data_root)
    (data_root / "flag.txt").write_text(f"Officials {FLAG} met today and said so.\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["import", "flag.txt", "--no-progress"]).exit_code == 0
    ws = Workspace.at(data_root)
    quote = {"id": "q1", "type": "direct", "content": [[0, 11]], "source": {"span": None, "entity": None}, "cue": None}
    curated = DocAnnotation.from_dict({"doc_id": "flag", "quotes": [quote], "claims": [], "stances": []})
    vocab = Vocab.of_workspace(ws)
    tasks = build_tasks({"flag": ws.documents["flag"]}, {"flag": curated}, vocab=vocab)
    for task in tasks:
        task["id"] = 7
        for j, item in enumerate(task["annotations"]):
            item["id"], item["completed_by"] = 70 + j, {"id": 1, "email": "cur@example.org"}
    tasks = json.loads(json.dumps(tasks))
    with pytest.raises(typer.Exit):  # (no curation of that document: refused after the warning)
        pull_decisions(Stub(tasks), "t (curation)", {}, {}, ws, vocab, None)
    said = " ".join(capsys.readouterr().err.split())
    assert (
        "warning: project 't (curation)' (cur@example.org): document 'flag': quote \"q1\": field quotes[0].content[0]: end 11 splits the character"
        in said
    )
