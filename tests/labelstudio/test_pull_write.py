"""``labelstudio.pull_write``: a pull into a folder pulled before, after an annotation was deleted in Label Studio."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.tasks import build_tasks
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

A, B = "a@example.org", "b@example.org"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    assert CliRunner().invoke(app, ["init", str(tmp_path / "ws"), "--from-builtin"]).exit_code == 0
    return Workspace.at(tmp_path / "ws")


def export(ws: Workspace, path: Path, annotators: tuple[str, ...], drop: tuple[str, str] | None = None) -> list[str]:
    """An export of the gold as each annotator's annotation; ``drop`` (annotator, doc_id): that one deleted."""
    tasks = build_tasks(ws.documents, load_annotations(ws.gold_dir, ws.context()), vocab=Vocab.of_workspace(ws))
    for i, task in enumerate(tasks, 1):
        task["id"], gold = i, task["annotations"][0]
        task["annotations"] = [
            {**copy.deepcopy(gold), "id": 100 * i + j, "completed_by": {"id": j + 1, "email": who}}
            for j, who in enumerate(annotators)
            if (who, task["data"]["doc_id"]) != drop
        ]
    path.write_text(json.dumps(tasks), encoding="utf-8")
    return [t["data"]["doc_id"] for t in tasks]


def pull(ws: Workspace, *args: str):
    return CliRunner().invoke(app, ["--root", str(ws.root), "ls", "pull", "--from-export", str(ws.root / "e.json"), *args])


def test_a_pass_pulled_again_after_an_annotation_was_deleted_holds_no_stale_file(ws: Workspace) -> None:
    """The deleted annotation's file stayed beside the new ones: "wrote 0 file(s), 2 unchanged", exit 0."""
    docs = export(ws, ws.root / "e.json", (A, B))
    out = ws.root / "passes"
    assert pull(ws, "-o", str(out)).exit_code == 0
    stale = out / B / f"{docs[0]}.json"
    assert stale.is_file()
    export(ws, ws.root / "e.json", (A, B), drop=(B, docs[0]))
    refused = pull(ws, "-o", str(out))
    assert refused.exit_code == 1 and "1 file(s) pulled before would be removed" in refused.output and str(stale) in refused.output
    assert stale.is_file()  # nothing written
    done = pull(ws, "-o", str(out), "--overwrite")
    assert done.exit_code == 0 and f"removed {stale}" in done.output, done.output
    assert not stale.exists() and sorted(p.name for p in (out / B).iterdir()) == sorted(f"{d}.json" for d in docs[1:])
    assert sorted(p.name for p in (out / A).iterdir()) == sorted(f"{d}.json" for d in docs)


def test_one_annotator_then_two_leaves_no_file_of_the_first_layout(ws: Workspace) -> None:
    docs = export(ws, ws.root / "e.json", (A,))
    out = ws.root / "passes"
    assert pull(ws, "-o", str(out)).exit_code == 0 and (out / f"{docs[0]}.json").is_file()
    export(ws, ws.root / "e.json", (A, B))
    done = pull(ws, "-o", str(out), "--overwrite")
    assert (
        done.exit_code == 0 and f"removed {out / docs[0]}.json: this pull writes that document into one folder per annotator" in done.output
    )
    assert sorted(p.name for p in out.iterdir()) == [A, B]


def test_a_gold_file_whose_annotation_was_deleted_is_kept_and_said(ws: Workspace) -> None:
    docs = export(ws, ws.root / "e.json", (A,), drop=(A, "no-negotiations-underway"))
    before = (ws.gold_dir / "no-negotiations-underway.json").read_bytes()
    done = pull(ws, "-o", str(ws.gold_dir), "--write-gold")
    assert done.exit_code == 0, done.output
    assert "kept" in done.output and "no-negotiations-underway.json" in done.output and "a pull never removes gold" in done.output
    assert (ws.gold_dir / "no-negotiations-underway.json").read_bytes() == before and len(docs) > 1


def test_files_pulled_before_with_crlf_line_ends_are_unchanged(ws: Workspace) -> None:
    """A checkout that writes ``\\r\\n`` (git's autocrlf) changes no pulled annotation: pulled again,
    nothing is refused or rewritten (the pull reads them as text, as before ``changes`` was shared)."""
    export(ws, ws.root / "e.json", (A,))
    out = ws.root / "passes"
    assert pull(ws, "-o", str(out)).exit_code == 0
    files = sorted(out.rglob("*.json"))
    for f in files:
        f.write_bytes(f.read_bytes().replace(b"\n", b"\r\n"))
    again = pull(ws, "-o", str(out))
    assert again.exit_code == 0, again.output
    assert all(b"\r\n" in f.read_bytes() for f in files)  # not rewritten
