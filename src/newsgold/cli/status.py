"""``newsgold status``: documents, gold per layer, passes and agreement, latest runs, Label Studio."""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional

import typer

from newsgold.cli._app import console, fail, workspace


def status(
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    url: Annotated[
        Optional[str], typer.Option("--url", envvar="NEWSGOLD_LS_URL", help="Label Studio URL (not configured: not asked).")
    ] = None,
    token: Annotated[Optional[str], typer.Option("--token", envvar="NEWSGOLD_LS_TOKEN", help="Label Studio API token.")] = None,
    timeout: Annotated[
        float, typer.Option("--ls-timeout", help="Seconds to wait for Label Studio before saying it is not reachable.")
    ] = 3.0,
) -> None:
    """Where the workspace stands: documents, gold per layer, annotation passes and their agreement,
    the latest runs with their headline scores, and the Label Studio project (when configured)."""
    from newsgold.status import workspace_status

    if fmt not in ("table", "json"):
        fail(f"unknown format {fmt!r}: choose table or json", code=2)  # a usage error, as click gives an unknown choice
    from newsgold.labelstudio.state import load

    ws = workspace()
    saved, project = load(ws), None  # the server `newsgold annotate` recorded: asked without flags
    if saved is not None and not token and (url is None or url.rstrip("/") == saved.url.rstrip("/")):
        url, token, project = saved.url, saved.token, saved.project
    report = workspace_status(ws, url, token, timeout, project=project)
    if fmt == "json":
        typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print_status(report, read_only=ws.read_only)


def print_status(report: Any, read_only: bool = False) -> None:
    from rich.table import Table

    from newsgold.runs.summary import HEADER

    say = lambda text: console.print(text, highlight=False, markup=False, soft_wrap=True)
    say(f"Workspace {report.name!r} at {report.root}")
    say(f"Documents: {report.documents}, {report.gold_documents} with gold")
    for layer in report.layers:
        say(f"  gold {layer.layer}: {layer.items} item(s) in {layer.documents} document(s)")
    if not report.passes:
        say("Annotation passes: none")
    else:
        say(f"Annotation passes: {len(report.passes)} ({', '.join(report.passes)})")
    if report.agreement is not None:
        for pair in report.agreement["pairs"]:
            f1 = ", ".join(f"{k} {'n/a' if v is None else f'{v:.3f}'}" for k, v in pair["f1"].items())
            say(f"  {pair['a']} vs {pair['b']} ({pair['n_docs']} docs): {f1}")
        alpha = {k: v for k, v in report.agreement["alpha"].items() if v is not None}
        if alpha:
            say("  Krippendorff's alpha: " + ", ".join(f"{k} {v:.3f}" for k, v in alpha.items()))
    if not report.runs:
        if read_only:  # the built-in seed corpus: `newsgold run` alone refuses there
            say("Runs: none (the built-in seed corpus is read-only: `newsgold run --out DIR`, or `newsgold init DIR` for your own)")
        else:
            say("Runs: none under eval/runs (`newsgold run` makes one)")
    else:
        say(f"Last {len(report.runs)} run(s), newest first:")
        for run in report.runs:
            say(f"  {run.run}  started {run.started_at}")
        table = Table()
        for h in HEADER:
            table.add_column(h, justify="right" if h in {"P", "R", "F1"} else "left")
        for run in report.runs:
            for row in run.rows:
                table.add_row(*(row[h] for h in HEADER))
        console.print(table)
    for note in report.notes:
        say(f"note: {note}")
    say(report.labelstudio.line())


def register(app: typer.Typer) -> None:
    app.command("status")(status)
