"""``newsgold ls curate`` against the real Label Studio server: three passes with one dispute are
pushed as a curation task, a curator's submitted annotation picks one version, the pull writes
the expected gold; bad input writes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.client import connect
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

NR = "no-negotiations-underway"


@pytest.fixture
def client(ls_server):
    return connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)


@pytest.fixture
def project(request, client):
    title = f"t-{request.node.name[:28]}-{uuid.uuid4().hex[:8]}"
    yield title
    found = client.find_project(title)
    if found is not None:
        client.sdk.projects.delete(id=found.id)


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def ls(server, *args: str):
    return run("ls", *args, "--url", server.url, "--token", server.token)


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def three_passes(root: Path, dispute: bool = True) -> Path:
    """Passes a, b, c copied from the gold; c (if ``dispute``) says claim c1 of NR is not check-worthy."""
    passes = root / "passes3"
    for name in ("a", "b", "c"):
        shutil.copytree(root / "annotations/gold", passes / name)
    if dispute:
        f = passes / "c" / f"{NR}.json"
        d = json.loads(f.read_text(encoding="utf-8"))
        d["claims"][0]["checkworthy"] = not d["claims"][0]["checkworthy"]
        f.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return passes


def test_a_curator_picks_one_version_and_the_gold_follows(ls_server, client, project, data_root: Path) -> None:
    ws = Workspace.at(data_root)
    passes, cur = three_passes(data_root), data_root / "cur"
    assert run("adjudicate", str(passes), "-o", str(cur)).exit_code == 0
    pushed = ls(ls_server, "curate", str(cur), "--project", project)
    assert pushed.exit_code == 0, pushed.output
    assert "1 curation task(s) created" in pushed.output
    (task,) = client.tasks(client.project(project).id)  # only the document with a dispute
    assert task["data"]["doc_id"] == NR and len(task["annotations"]) == 1
    versions = {p["model_version"]: p["result"] for p in task["predictions"]}
    assert sorted(versions) == ["annotator:a", "annotator:b", "annotator:c"]
    assert versions["annotator:a"] != versions["annotator:c"]
    # the pre-filled annotation holds the accepted items only: every claim but the disputed one
    gold = load_annotations(ws.gold_dir, ws.context())
    prefilled = task["annotations"][0]["result"]
    assert len(prefilled) < len(versions["annotator:a"])

    # the curator (the token's user) submits annotator c's version
    client.sdk.annotations.create(id=task["id"], result=versions["annotator:c"])
    assert ls(ls_server, "curate", str(cur), "--project", project, "--pull").exit_code == 0
    assert load_annotations(ws.gold_dir, ws.context()) == gold  # no --write-gold: nothing written
    wrote = ls(ls_server, "curate", str(cur), "--project", project, "--pull", "--write-gold")
    assert wrote.exit_code == 0, wrote.output
    assert "1 decision(s)" in wrote.output and "0 still open" in wrote.output
    assert "previous gold backed up to" in wrote.output
    after = load_annotations(ws.gold_dir, ws.context())
    expected = load_annotations(passes / "c", ws.context())
    assert after[NR].claims == expected[NR].claims and after[NR].claims != gold[NR].claims
    assert after[NR].quotes == gold[NR].quotes
    log = (data_root / "annotations/ADJUDICATION.log.md").read_text(encoding="utf-8")
    assert "curator: c's version" in log and f"Curated in Label Studio project {project!r} by **" in log


def test_a_curation_without_open_positions_pushes_nothing(ls_server, client, project, data_root: Path) -> None:
    cur = data_root / "cur"
    assert run("adjudicate", str(three_passes(data_root, dispute=False)), "-o", str(cur)).exit_code == 0
    out = ls(ls_server, "curate", str(cur), "--project", project)
    assert out.exit_code == 1 and "no open position: nothing to curate" in out.output
    assert client.find_project(project) is None


def test_pulling_from_a_missing_project_writes_nothing(ls_server, client, project, data_root: Path) -> None:
    cur = data_root / "cur"
    assert run("adjudicate", str(three_passes(data_root)), "-o", str(cur)).exit_code == 0
    before = tree(data_root / "annotations")
    out = ls(ls_server, "curate", str(cur), "--project", project, "--pull", "--write-gold")
    assert out.exit_code == 1 and project in out.output, out.output
    assert tree(data_root / "annotations") == before
