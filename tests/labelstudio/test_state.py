"""The connection ``newsgold annotate`` records in the workspace, and the commands that use it without flags."""

from __future__ import annotations

import json
import stat

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.server import DEFAULT_TOKEN
from newsgold.labelstudio.state import Connection, data_dir_token, load, resolve, save, state_path, workspace_token
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

CONN = Connection("http://127.0.0.1:18680", 18680, "my-project", "t0ken")


def test_saved_privately_in_the_git_ignored_state(data_root) -> None:
    ws = Workspace.find()
    path = save(ws, CONN)
    assert path == data_root / ".newsgold" / "labelstudio.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load(ws) == CONN


def test_git_ignores_the_state_in_any_workspace(data_root) -> None:
    """Also in a workspace whose own .gitignore does not list .newsgold/ (hand-made or older)."""
    import subprocess

    ws = Workspace.find()
    (data_root / ".gitignore").unlink(missing_ok=True)
    subprocess.run(["git", "init", "-q", str(data_root)], check=True)
    path = save(ws, CONN)
    assert path is not None
    listed = subprocess.run(
        ["git", "-C", str(data_root), "status", "--porcelain", "--untracked-files=all"], capture_output=True, text=True, check=True
    )
    assert ".newsgold" not in listed.stdout and "corpus/" in listed.stdout  # the rest of the workspace is seen


def test_nothing_is_saved_into_the_read_only_builtin() -> None:
    ws = Workspace.builtin()
    assert save(ws, CONN) is None and not state_path(ws).exists()


def test_each_workspace_gets_its_own_random_token_recorded_at_once(data_root, tmp_path) -> None:
    import shutil

    ws = Workspace.find()
    token = workspace_token(ws, 18680, "newsgold")
    assert len(token) == 40 and int(token, 16) >= 0 and token != DEFAULT_TOKEN
    assert load(ws) == Connection("http://127.0.0.1:18680", 18680, "newsgold", token)  # recorded before a server is made with it
    assert stat.S_IMODE(state_path(ws).stat().st_mode) == 0o600
    assert workspace_token(ws, 9999, None) == token  # the next annotate: the same token (its data dir keeps it)
    other = tmp_path / "other"
    shutil.copytree(data_root, other, ignore=shutil.ignore_patterns(".newsgold"))
    assert workspace_token(Workspace.find(other), 18680, "newsgold") not in (token, DEFAULT_TOKEN)
    builtin = Workspace.builtin()  # read-only: a random token for this session, nothing written
    assert workspace_token(builtin, 18680, None) != workspace_token(builtin, 18680, None) and not state_path(builtin).exists()


def _data_dir(path, email: str, key: str):
    """A data dir as Label Studio leaves it, as far as its tokens go."""
    import sqlite3

    path.mkdir()
    with sqlite3.connect(path / "label_studio.sqlite3") as con:
        con.execute("CREATE TABLE htx_user (id INTEGER PRIMARY KEY, email TEXT)")
        con.execute("CREATE TABLE authtoken_token (key TEXT, user_id INTEGER)")
        con.execute("INSERT INTO htx_user VALUES (7, ?)", (email,))
        con.execute("INSERT INTO authtoken_token VALUES (?, 7)", (key,))
    return path


def test_an_existing_data_dir_keeps_its_own_token(data_root, tmp_path) -> None:
    """E.g. one another workspace created: its token is the one that works, and is recorded."""
    ws = Workspace.find()
    mine = workspace_token(ws, 18680, "newsgold")
    shared = _data_dir(tmp_path / "ls-data", "annotator@newsgold.local", "f" * 40)
    assert data_dir_token(shared, "annotator@newsgold.local") == "f" * 40
    assert data_dir_token(shared, "someone@else") is None and data_dir_token(tmp_path / "none", "annotator@newsgold.local") is None
    assert workspace_token(ws, 18680, "newsgold", shared, "annotator@newsgold.local") == "f" * 40 != mine
    assert load(ws).token == "f" * 40
    assert workspace_token(ws, 18680, "newsgold", tmp_path / "fresh", "annotator@newsgold.local") == "f" * 40  # the recorded one


class _Started(Exception):
    pass


@pytest.mark.parametrize("given", [None, "my-own-token"])
def test_annotate_starts_the_server_with_the_workspace_token_or_the_given_one(data_root, tmp_path, monkeypatch, given) -> None:
    """What `annotate` hands to the server it starts (stopped right there): never the well-known default."""
    import newsgold.cli.ls_server as cli

    seen: list[str] = []

    def start(port, data_dir, username, password, token, timeout):
        seen.append(token)
        raise _Started

    monkeypatch.setattr(cli, "_start_server", start)
    monkeypatch.delenv("NEWSGOLD_LS_TOKEN", raising=False)
    args = ["annotate", "--port", "18690", "--data-dir", str(tmp_path / "ls-data"), *(["--token", given] if given else [])]
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, _Started), result.output
    recorded = load(Workspace.find())
    if given:
        assert seen == [given] and recorded is None  # a given token is used, not recorded before the server accepted it
    else:
        assert recorded is not None and seen == [recorded.token] and recorded.token != DEFAULT_TOKEN


def _started_with(monkeypatch, args: list[str]) -> list[str]:
    """The tokens ``newsgold ARGS`` hands to the server it starts (stopped right there)."""
    import newsgold.cli.ls_server as cli

    seen: list[str] = []

    def start(port, data_dir, username, password, token, timeout):
        seen.append(token)
        raise _Started

    monkeypatch.setattr(cli, "_start_server", start)
    monkeypatch.delenv("NEWSGOLD_LS_TOKEN", raising=False)
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, _Started), result.output
    return seen


def test_ls_start_uses_the_rule_of_annotate(data_root, tmp_path, monkeypatch) -> None:
    """The workspace's recorded token (the same ``annotate`` uses), the data dir's own, or the given one."""
    fresh = ["ls", "start", "--port", "18691", "--data-dir", str(tmp_path / "fresh")]
    first = _started_with(monkeypatch, fresh)
    recorded = load(Workspace.find())
    assert recorded is not None and first == [recorded.token] and recorded.token != DEFAULT_TOKEN
    assert _started_with(monkeypatch, ["annotate", "--port", "18691", "--data-dir", str(tmp_path / "fresh")]) == first
    shared = _data_dir(tmp_path / "ls-data", "annotator@newsgold.local", "e" * 40)
    assert _started_with(monkeypatch, ["ls", "start", "--data-dir", str(shared)]) == ["e" * 40]
    assert load(Workspace.find()).token == "e" * 40  # recorded, as annotate does
    assert _started_with(monkeypatch, [*fresh, "--token", "mine"]) == ["mine"]


def test_ls_start_outside_a_workspace_gets_a_random_token(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGOLD_ROOT", raising=False)
    args = ["ls", "start", "--data-dir", str(tmp_path / "fresh")]
    first, second = _started_with(monkeypatch, args), _started_with(monkeypatch, args)
    assert len(first[0]) == 40 and first != second and DEFAULT_TOKEN not in first + second
    shared = _data_dir(tmp_path / "ls-data", "annotator@newsgold.local", "e" * 40)
    assert _started_with(monkeypatch, ["ls", "start", "--data-dir", str(shared)]) == ["e" * 40]


def test_flags_first_then_the_record_then_the_defaults(data_root) -> None:
    ws = Workspace.find()
    assert resolve(ws, None, None).url == "http://127.0.0.1:8080" and resolve(ws, None, None).token is None
    save(ws, CONN)
    got = resolve(ws, None, None)
    assert (got.url, got.token, got.project) == (CONN.url, "t0ken", "my-project")
    assert str(state_path(ws)) in got.token_from
    got = resolve(ws, "http://127.0.0.1:9999", None)  # another server: the recorded token is not sent to it
    assert (got.url, got.token, got.project) == ("http://127.0.0.1:9999", None, None)
    got = resolve(ws, None, "flag-token", "p")
    assert (got.token, got.project, got.token_from) == ("flag-token", "p", "--token / NEWSGOLD_LS_TOKEN")


def test_an_unreadable_record_is_ignored(data_root) -> None:
    ws = Workspace.find()
    state_path(ws).parent.mkdir(parents=True)
    state_path(ws).write_text("{not json")
    assert load(ws) is None


@pytest.mark.labelstudio
def test_pull_agreement_and_status_without_flags(ls_server, data_root, tmp_path, monkeypatch) -> None:
    """After `annotate` recorded the server (here: written as it does), no --url/--token is needed;
    a refused token names the record, not --token."""
    from newsgold.labelstudio.client import connect

    monkeypatch.delenv("NEWSGOLD_LS_URL", raising=False)
    monkeypatch.delenv("NEWSGOLD_LS_TOKEN", raising=False)
    ws = Workspace.find()
    title = f"state-{tmp_path.name[-12:]}"
    save(ws, Connection(ls_server.url, ls_server.port, title, ls_server.token))
    runner = CliRunner()
    try:
        result = runner.invoke(app, ["ls", "push", "--with-gold"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out = tmp_path / "pulled"
        result = runner.invoke(app, ["ls", "pull", "-o", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert load_annotations(out, ws.context()) == load_annotations(ws.gold_dir, ws.context())
        result = runner.invoke(app, ["ls", "agreement", "--format", "json"], catch_exceptions=False)
        assert f"project {title!r} has annotations by" in result.output  # reached the recorded project (one annotator: no agreement)
        result = runner.invoke(app, ["status", "--format", "json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        ls = json.loads(result.output)["labelstudio"]
        assert (ls["state"], ls["url"]) == ("ok", ls_server.url)

        save(ws, Connection(ls_server.url, ls_server.port, title, "not-the-token"))
        result = runner.invoke(app, ["ls", "pull", "-o", str(tmp_path / "again")])
        assert result.exit_code == 1
        assert "rejected the API token" in result.output and "labelstudio.json" in result.output and "--token" not in result.output
    finally:
        client = connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)
        found = client.find_project(title)
        if found is not None:
            client.sdk.projects.delete(id=found.id)
