"""``newsgold status`` on the command line: table and JSON; an absent server never fails it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.server import find_free_port


def test_status_table_and_json(data_root: Path, monkeypatch) -> None:
    monkeypatch.delenv("NEWSGOLD_LS_URL", raising=False)
    monkeypatch.delenv("NEWSGOLD_LS_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    assert "Documents: 2, 2 with gold" in result.output and "gold quotes: 23 item(s) in 2 document(s)" in result.output
    assert "Runs: none under eval/runs" in result.output and "Label Studio: not configured" in result.output
    url = f"http://127.0.0.1:{find_free_port()}"
    monkeypatch.setenv("NEWSGOLD_LS_URL", url)
    monkeypatch.setenv("NEWSGOLD_LS_TOKEN", "secret")
    result = CliRunner().invoke(app, ["status", "--format", "json", "--ls-timeout", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["labelstudio"]["state"] == "not reachable" and data["labelstudio"]["url"] == url
    assert data["passes"] == ["annotator-a", "annotator-b", "annotator-c"]


def test_no_runs_on_the_read_only_seed_says_how_to_make_one(data_root: Path, monkeypatch) -> None:
    """On the built-in seed `newsgold run` alone is refused: status names the command that works there."""
    from io import StringIO

    from rich.console import Console

    from newsgold.cli import status as status_cli
    from newsgold.status import workspace_status
    from newsgold.workspace import Workspace

    report = workspace_status(Workspace.at(data_root), None, None, 1.0)
    assert report.runs == []
    for read_only, said in ((True, "`newsgold run --out DIR`"), (False, "Runs: none under eval/runs (`newsgold run` makes one)")):
        out = Console(file=StringIO(), width=200)
        monkeypatch.setattr(status_cli, "console", out)
        status_cli.print_status(report, read_only=read_only)
        assert said in out.file.getvalue()  # type: ignore[attr-defined]
