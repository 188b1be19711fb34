"""``newsgold ls push | pull | agreement``: move annotations between a workspace and Label Studio.

A pull is validated whole (every problem, naming task, annotation and region) before anything
is written, and written all or nothing; writing into the gold needs ``--write-gold``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsgold.cli._app import FORMAT_DEFAULT, fail, output_format, print_problems, warn, workspace

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

Url = Annotated[
    Optional[str],
    typer.Option(
        "--url",
        envvar="NEWSGOLD_LS_URL",
        help="Label Studio URL. Default: the one `newsgold annotate` recorded in the workspace, else http://127.0.0.1:8080.",
        show_default=False,
    ),
]
Token = Annotated[
    Optional[str],
    typer.Option(
        "--token",
        envvar="NEWSGOLD_LS_TOKEN",
        help="API token (Label Studio: Account & Settings → Access Token). Default: the one `newsgold annotate` recorded in the workspace.",
        show_default=False,
    ),
]
Project = Annotated[
    Optional[str],
    typer.Option(
        "--project",
        help='Project title. Default: the workspace\'s (\\[labelstudio] project in newsgold.toml, else its name; "newsgold" without a newsgold.toml).',
        show_default=False,
    ),
]
# The defaults come from the environment through client.settings(), which names a bad variable (exit 1).
Retries = Annotated[
    Optional[int],
    typer.Option(
        help="Retries of a failed connection (and of failed reads; a read that timed out: once), with exponential backoff. Default: $NEWSGOLD_LS_RETRIES, else 4."
    ),
]
Backoff = Annotated[
    Optional[float], typer.Option(help="First backoff delay in seconds (doubles each retry). Default: $NEWSGOLD_LS_BACKOFF, else 0.5.")
]
Timeout = Annotated[
    Optional[float],
    typer.Option(
        "--timeout",
        help="Seconds to wait for each answer of Label Studio (connecting: 5 s at most). Default: $NEWSGOLD_LS_TIMEOUT, else 60; raise it for slow exports of large projects.",
    ),
]
Predictions = Annotated[
    Optional[str],
    typer.Option(
        "--predictions",
        help="Run dir, run id under eval/runs (baseline/quotes-v2) or a predictions .jsonl, pushed as predictions (pre-annotations).",
    ),
]
ModelVersion = Annotated[
    Optional[str], typer.Option(help="Prediction model version (default: '<extractor> v<version>' from the file's meta).")
]


def client_for(
    url: str, token: str, retries: int | None, backoff: float | None, timeout: float | None = None, token_from: str | None = None
) -> Any:
    from newsgold.labelstudio.client import connect

    extra = {"token_from": token_from} if token_from else {}
    return connect(url, token, retries=retries, backoff=backoff, timeout=timeout, **extra)


def connection(ws: Workspace, url: str | None, token: str | None, project: str | None) -> tuple[Any, str]:
    """(the resolved connection, the project title): flags first, then what `newsgold annotate`
    recorded in the workspace, then the defaults."""
    from newsgold.labelstudio.state import resolve

    conn = resolve(ws, url, token, project)
    return conn, conn.project or ws.config.project


def client_of(conn: Any, retries: int | None, backoff: float | None, timeout: float | None = None) -> Any:
    return client_for(conn.url, conn.token or "", retries, backoff, timeout, conn.token_from)


def load_sets(ws: Workspace, annotations: Path | None, predictions: str | None) -> tuple[Any, Any]:
    """(annotations, predictions) read and validated; exit 1 with every problem otherwise."""
    from newsgold.cli._app import load_set
    from newsgold.labelstudio.tasks import resolve_predictions

    ctx = ws.context()
    anns = load_set(annotations, ctx) if annotations is not None else None
    preds = load_set(resolve_predictions(predictions, ws.runs_dir), ctx) if predictions is not None else None
    return anns, preds


def push_sets(
    ws: Workspace, client: Any, project: str, anns: Any, preds: Any, model_version: str | None, annotator: str | None = None
) -> Any:
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.push import push as do_push

    try:
        return do_push(
            client, project, ws.documents, anns, preds, model_version=model_version, annotator=annotator, vocab=Vocab.of_workspace(ws)
        )
    except ValueError as exc:
        fail(str(exc))


def push(
    token: Token = None,
    url: Url = None,
    project: Project = None,
    with_gold: Annotated[bool, typer.Option("--with-gold", help="Push the gold as annotations.")] = False,
    annotations: Annotated[
        Optional[Path], typer.Option(help="Push this annotation set (a directory of <doc_id>.json) as annotations.")
    ] = None,
    annotator: Annotated[
        Optional[str],
        typer.Option(help="E-mail of the user who owns the pushed annotations (created if missing). Default: the token's user."),
    ] = None,
    predictions: Predictions = None,
    model_version: ModelVersion = None,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
) -> None:
    """Create or update a project: one task per corpus document, keyed by doc_id; safe to repeat.

    A second push adds nothing: tasks, annotations and predictions already there are left alone.
    An annotation edited in Label Studio is never overwritten (it is reported as kept).
    """
    if with_gold and annotations is not None:
        fail("--with-gold and --annotations both name annotations to push: choose one")
    from newsgold.labelstudio.client import check_title

    ws = workspace()
    conn, project = connection(ws, url, token, project)
    check_title(project)  # before asking the server
    anns, preds = load_sets(ws, ws.gold_dir if with_gold else annotations, predictions)
    report = push_sets(ws, client_of(conn, retries, backoff, timeout), project, anns, preds, model_version, annotator)
    typer.echo(report.summary())


def pull(
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory to write <doc_id>.json to (a .jsonl file with --predictions).")],
    token: Token = None,
    from_export: Annotated[
        Optional[Path],
        typer.Option(
            "--from-export",
            help="Read the tasks from this Label Studio JSON export (Export → JSON) instead of the server; checked and written the same way.",
        ),
    ] = None,
    url: Url = None,
    project: Project = None,
    predictions: Annotated[
        bool, typer.Option("--predictions", help="Pull the predictions (one model version) instead of the annotations.")
    ] = False,
    model_version: Annotated[
        Optional[str], typer.Option(help="With --predictions: the model version to pull (needed when there are several).")
    ] = None,
    write_gold: Annotated[
        bool, typer.Option("--write-gold", help="Allow writing into annotations/gold (the diff is shown; the old gold is backed up).")
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Allow changing existing files outside the gold.")] = False,
    skip_unknown: Annotated[
        bool,
        typer.Option(
            "--skip-unknown",
            help="Skip (and list) tasks whose document is not in this workspace, and pull the rest; without it such tasks refuse the pull.",
        ),
    ] = False,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
) -> None:
    """Export a project's annotations, validate them all, and write them atomically (all or nothing).

    One annotator: OUTPUT/<doc_id>.json.  Several: OUTPUT/<annotator e-mail>/<doc_id>.json.
    """
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.convert import ResultsError
    from newsgold.labelstudio.pull import (
        annotation_files,
        collect,
        is_gold,
        is_unknown_document,
        output_problem,
        prediction_file,
        read_export,
        write_pulled,
    )
    from newsgold.labelstudio.pull_notes import coverage_notes, pushed_notes, split_warnings
    from newsgold.workspace import shown

    ws = workspace()
    conn, project = connection(ws, url, token, project)
    if predictions and write_gold:
        fail("--write-gold is for annotations: predictions are never written into the gold")
    problem = output_problem(ws, output, predictions=predictions)
    if problem is not None:
        fail(f"-o {problem}")
    try:
        users = None
        if from_export is not None:
            tasks = read_export(from_export)
        else:
            client = client_of(conn, retries, backoff, timeout)
            tasks = client.export(client.project(project).id)
            users = client.emails()
        pulled = collect(
            tasks,
            ws.documents,
            Vocab.of_workspace(ws),
            predictions=predictions,
            model_version=model_version,
            skip_unknown=skip_unknown,
            users=users,
        )
    except ResultsError as exc:
        print_problems(exc.problems, f"project {project!r} (nothing written)")
        unknown = sum(map(is_unknown_document, exc.problems))
        if unknown:
            typer.echo(
                f"{unknown} task(s) name documents that are not in the workspace at {shown(ws.root)}: "
                "pass --skip-unknown to skip them and pull the rest",
                err=True,
            )
        raise typer.Exit(1) from None
    for line in pulled.skipped:
        typer.echo(line, err=True)
    for note in pulled.notes:
        typer.echo(note, err=True)
    if not predictions:
        for note in [*coverage_notes(pulled.sets, output), *pushed_notes(pulled.sets, pulled.untouched, output)]:
            typer.echo(note, err=True)
    if not pulled.sets:
        what = ("predictions" + (f" of model version {model_version!r}" if model_version else "")) if predictions else "annotations"
        fail(f"project {project!r} has no {what}; nothing written")
    if predictions:
        if len(pulled.sets) > 1:
            fail(
                f"predictions of {len(pulled.sets)} model versions ({', '.join(map(repr, sorted(pulled.sets)))}): choose one with --model-version"
            )
        files = prediction_file(next(iter(pulled.sets.values())), output)
    else:
        if is_gold(ws, output) and len(pulled.sets) > 1:
            fail(
                f"{len(pulled.sets)} annotators ({', '.join(sorted(pulled.sets))}) but the gold is one annotation set: "
                "pull into another directory, adjudicate, then write the gold"
            )
        files = annotation_files(pulled.sets, output)
    warnings = split_warnings(pulled.sets, output, ws.documents, predictions=predictions)
    for w in warnings:
        warn(str(w))
    try:
        written = write_pulled(
            ws,
            files,
            output,
            write_gold=write_gold,
            overwrite=overwrite,
            show=lambda diff: typer.echo(diff, err=True, nl=False),
            documents=() if predictions else pulled.documents,
        )
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        fail(f"cannot write the pulled files under {shown(output)}{where}: {exc.strerror or exc}")
    names = {p.name for p in files}
    for path in written.removed:
        why = (
            "this pull writes that document into one folder per annotator"
            if path.parent == output and path.name in names
            else "its annotation is no longer in the project (deleted or skipped in Label Studio)"
        )
        typer.echo(f"removed {shown(path)}: {why}", err=True)
    for path in written.kept:
        typer.echo(
            f"kept {shown(path)}: the project has no submitted annotation of it (deleted or skipped in Label Studio?); "
            "a pull never removes gold: remove it by hand if it should go",
            err=True,
        )
    if written.backup is not None:
        typer.echo(f"previous gold backed up to {shown(written.backup)}", err=True)
    n_docs = sum(len(s) for s in pulled.sets.values())
    who = "model version" if predictions else "annotator"
    typer.echo(
        f"pulled {n_docs} document annotation(s) from {len(pulled.sets)} {who}(s) "
        f"({', '.join(sorted(pulled.sets))}); wrote {len(written.paths)} file(s), "
        f"{len(files) - len(written.paths)} unchanged, under {shown(output)}"
        + (f"; skipped {len(pulled.skipped)} task(s) whose document is not in the workspace" if pulled.skipped else "")
        + (f"; {len(warnings)} warning(s): valid, but see above" if warnings else "")
    )


def agreement(
    token: Token = None,
    url: Url = None,
    project: Project = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="table | markdown | json. " + FORMAT_DEFAULT.format(html=""))] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing -o file whose content would change.")] = False,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
    with_model: Annotated[
        Optional[str],
        typer.Option(
            "--with-model",
            help="Also compare each annotator with the project's predictions: 'all' (every model version) or one version (quotes@4).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Inter-annotator agreement over the annotators of each task (the scoring engine's measures).

    With --with-model, annotator-vs-model pairs are listed next to annotator-vs-annotator ones,
    so anchoring on the pre-annotations is visible.
    """
    from newsgold.cli.scoring import check_format, emit_agreement
    from newsgold.labelstudio.agreement import project_agreement
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.convert import ResultsError
    from newsgold.output import check_outputs

    fmt = check_format(output_format(fmt, output, ("table", "markdown", "json")))
    ws = workspace()
    conn, project = connection(ws, url, token, project)
    if output is not None:
        check_outputs([output], ws)
    client = client_of(conn, retries, backoff, timeout)
    try:
        model: bool | str = False if with_model is None else (True if with_model == "all" else with_model)
        report = project_agreement(client, project, ws.documents, ws.entities, Vocab.of_workspace(ws), with_model=model)
    except ResultsError as exc:
        print_problems(exc.problems, f"project {project!r}")
        raise typer.Exit(1) from None
    emit_agreement(report, fmt, output, overwrite)


def register(ls_app: typer.Typer) -> None:
    ls_app.command()(push)
    ls_app.command()(pull)
    ls_app.command("agreement")(agreement)
