"""``newsgold ls``: run a local Label Studio, push the corpus to it, pull annotations back.

Registered by the main CLI with ``app.add_typer(ls_app, name="ls")``; :func:`register` adds
the top-level ``newsgold annotate`` (the same command as ``newsgold ls annotate``).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgold.labelstudio import LS_VERSION

app = typer.Typer(
    help=f"Run Label Studio {LS_VERSION} locally (own venv, loopback only) for annotators.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsgold" / "labelstudio"


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
def install(
    force: Annotated[
        bool, typer.Option("--force", help="Reinstall even if already installed.")
    ] = False,
) -> None:
    """Install Label Studio into its own virtual environment (~1 min, ~1 GB).

    Location: $NEWSGOLD_LS_HOME, default ~/.cache/newsgold/labelstudio-<version>.
    Safe to re-run: does nothing when a verified install is present.
    """
    from newsgold.labelstudio.server import LabelStudioError
    from newsgold.labelstudio.server import install as do_install

    try:
        exe = do_install(progress=_echo_err, force=force)
    except LabelStudioError as exc:
        _echo_err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(str(exe))


@app.command()
def start(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (must be free).")] = 8080,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            help="Label Studio data dir (database, uploads). Default: "
            "$XDG_DATA_HOME/newsgold/labelstudio or ~/.local/share/newsgold/labelstudio."
        ),
    ] = None,
    username: Annotated[
        str | None,
        typer.Option(
            envvar="NEWSGOLD_LS_USERNAME",
            help="Login e-mail (used when the data dir is created).",
        ),
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(
            envvar="NEWSGOLD_LS_PASSWORD",
            help="Login password (used when the data dir is created).",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="NEWSGOLD_LS_TOKEN",
            help="API token (used when the data dir is created).",
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for the server to come up.")
    ] = 300.0,
) -> None:
    """Start Label Studio in the foreground on 127.0.0.1; Ctrl-C stops it.

    Installs Label Studio first if needed.  The login, password and token
    apply when the data dir is first initialised; an existing data dir keeps
    the ones it was created with.
    """
    server = _start_server(port, data_dir, username, password, token, timeout)
    _serve(server, lambda: _print_login(server))


def _start_server(port: int, data_dir: Path | None, username: str | None, password: str | None,
                  token: str | None, timeout: float) -> Any:
    """Install Label Studio if needed (with progress messages) and start it; exit 1 on failure."""
    from newsgold.labelstudio import server as srv

    data_dir = (data_dir or _default_data_dir()).expanduser().resolve()
    try:
        srv.install(progress=_echo_err)
        server = srv.LabelStudioServer(
            port=port,
            data_dir=data_dir,
            username=username or srv.DEFAULT_USERNAME,
            password=password or srv.DEFAULT_PASSWORD,
            token=token or srv.DEFAULT_TOKEN,
            timeout=timeout,
            progress=_echo_err,
        )
        _echo_err(
            f"Starting Label Studio {LS_VERSION} on 127.0.0.1:{port} (data: {data_dir}) ..."
        )
        server.start()
    except srv.LabelStudioError as exc:
        _echo_err(f"error: {exc}")
        raise typer.Exit(1) from None
    return server


def _print_login(server: Any) -> None:
    typer.echo(f"Label Studio {LS_VERSION} is running: {server.url}")
    typer.echo(f"  login:    {server.username}")
    typer.echo(f"  password: {server.password}")
    typer.echo(
        f"  token:    {server.token}   (SDK: LabelStudio(base_url=URL, api_key=TOKEN))"
    )
    typer.echo(f"  pid:      {server.pid}   log: {server.log_path}")


def _serve(server: Any, ready: Callable[[], None]) -> None:
    """Run ``ready()``, then wait until Ctrl-C (or SIGTERM) and stop the server we started."""

    # SIGTERM (e.g. from a supervisor) stops the server like Ctrl-C does.
    def _on_term(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _on_term)
    # Ctrl-C even when started from a script as a background job (which inherits SIGINT ignored)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        ready()
        typer.echo("Press Ctrl-C to stop.")
        code = server.wait()
        _echo_err(
            f"Label Studio exited on its own (code {code}); log: {server.log_path}"
        )
        _echo_err(server.log_tail())
        raise typer.Exit(1)
    except KeyboardInterrupt:
        _echo_err("Stopping Label Studio ...")
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
    _echo_err("Stopped.")


@app.command("config")
def config_command(
    entities: Annotated[Path | None, typer.Option(help="Entity registry (default: annotations/entities.json).")] = None,
    targets: Annotated[Path | None, typer.Option(help="Stance targets (default: annotations/targets.json).")] = None,
) -> None:
    """Print the labeling config (XML) generated from the schema, the entities and the targets."""
    from newsgold.labelstudio.config import labeling_config
    from newsgold.store import load_entities, load_targets
    from newsgold.validate import ValidationError

    try:
        typer.echo(labeling_config(load_entities(entities), load_targets(targets)), nl=False)
    except ValidationError as exc:
        _echo_err(f"error: {exc}")
        raise typer.Exit(1) from None


@app.command("export-tasks")
def export_tasks(
    output: Annotated[Path, typer.Option("-o", "--output", help="Task import file to write (JSON list).")],
    predictions: Annotated[
        str | None,
        typer.Option(help="Run dir, run id under eval/runs (baseline/quotes-v2) or a predictions .jsonl: added to each task as a Label Studio prediction."),
    ] = None,
    annotations: Annotated[Path | None, typer.Option(help="Annotation set (e.g. annotations/gold) added as Label Studio annotations.")] = None,
    model_version: Annotated[str | None, typer.Option(help="Prediction model version (default: '<extractor> v<version>' from the file's meta).")] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing, different output file.")] = False,
) -> None:
    """Write a Label Studio task import file (offline use): one task per corpus document, keyed by doc_id."""
    from newsgold.corpus import load_documents
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import build_tasks, dumps_tasks, resolve_predictions
    from newsgold.store import OverwriteRefused, load_annotations, write_files
    from newsgold.validate import ValidationError

    try:
        preds = load_annotations(resolve_predictions(predictions)) if predictions else None
        anns = load_annotations(annotations) if annotations else None
        tasks = build_tasks(load_documents(), anns, preds, model_version=model_version, vocab=Vocab.default())
        write_files({output: dumps_tasks(tasks)}, overwrite=overwrite)
    except OverwriteRefused as exc:
        _echo_err(exc.diff)
        _echo_err(f"error: {exc}")
        raise typer.Exit(1) from None
    except (ValidationError, FileNotFoundError, ValueError) as exc:
        _echo_err(f"error: {exc}")
        raise typer.Exit(1) from None
    n_ann = sum("annotations" in t for t in tasks)
    n_pred = sum("predictions" in t for t in tasks)
    _echo_err(f"wrote {len(tasks)} tasks ({n_ann} with annotations, {n_pred} with predictions) to {output}")


# ----------------------------------------------------------------------------- server commands

Url = Annotated[str, typer.Option("--url", envvar="NEWSGOLD_LS_URL", help="Label Studio URL.")]
Token = Annotated[str, typer.Option("--token", envvar="NEWSGOLD_LS_TOKEN", help="API token (Label Studio: Account & Settings → Access Token; `newsgold annotate` prints it).")]
Project = Annotated[str, typer.Option("--project", help="Project title.")]
# The defaults come from the environment through client.settings(), which names a bad variable (exit 1).
Retries = Annotated[int | None, typer.Option(help="Retries of a failed connection (and of failed reads; a read that timed out: once), with exponential backoff. Default: $NEWSGOLD_LS_RETRIES, else 4.")]
Backoff = Annotated[float | None, typer.Option(help="First backoff delay in seconds (doubles each retry). Default: $NEWSGOLD_LS_BACKOFF, else 0.5.")]
Timeout = Annotated[float | None, typer.Option("--timeout", help="Seconds to wait for each answer of Label Studio (connecting: 5 s at most). Default: $NEWSGOLD_LS_TIMEOUT, else 60; raise it for slow exports of large projects.")]
Predictions = Annotated[str | None, typer.Option("--predictions", help="Run dir, run id under eval/runs (baseline/quotes-v2) or a predictions .jsonl, pushed as predictions (pre-annotations).")]
ModelVersion = Annotated[str | None, typer.Option(help="Prediction model version (default: '<extractor> v<version>' from the file's meta).")]


def _fail(message: str) -> None:
    from newsgold.cli import fail

    fail(message)


def _problems(problems: list, what: str) -> None:
    from newsgold.cli import print_problems

    print_problems(problems, what)
    raise typer.Exit(1)


def _client(url: str, token: str, retries: int | None, backoff: float | None, timeout: float | None = None):
    from newsgold.labelstudio.client import LSError, connect

    try:
        return connect(url, token, retries=retries, backoff=backoff, timeout=timeout)
    except LSError as exc:
        _fail(str(exc))


def _load_sets(annotations: Path | None, predictions: str | None):
    """(annotations, predictions) read and validated; exits 1 with every problem otherwise."""
    from newsgold.labelstudio.tasks import resolve_predictions
    from newsgold.store import load_annotations
    from newsgold.validate import ValidationError

    anns = preds = None
    try:
        if annotations is not None:
            anns = load_annotations(annotations)
        if predictions is not None:
            preds = load_annotations(resolve_predictions(predictions))
    except FileNotFoundError as exc:
        _fail(str(exc))
    except ValidationError as exc:
        _problems(exc.problems, str(annotations if anns is None and annotations is not None else predictions))
    return anns, preds


def _push(client, project: str, anns, preds, model_version: str | None, annotator: str | None = None):
    """Push sets loaded by :func:`_load_sets`; exits 1 with a clear message on failure."""
    from newsgold.corpus import load_documents
    from newsgold.labelstudio.client import LSError
    from newsgold.labelstudio.push import push as do_push
    from newsgold.validate import ValidationError

    try:
        return do_push(client, project, load_documents(), anns, preds, model_version=model_version, annotator=annotator)
    except LSError as exc:
        _fail(str(exc))
    except ValidationError as exc:
        _problems(exc.problems, "the registries")
    except ValueError as exc:
        _fail(str(exc))


@app.command()
def push(
    token: Token,
    url: Url = "http://127.0.0.1:8080",
    project: Project = "newsgold",
    with_gold: Annotated[bool, typer.Option("--with-gold", help="Push the gold as annotations.")] = False,
    annotations: Annotated[Path | None, typer.Option(help="Push this annotation set (a directory of <doc_id>.json) as annotations.")] = None,
    annotator: Annotated[str | None, typer.Option(help="E-mail of the user who owns the pushed annotations (created if missing). Default: the token's user.")] = None,
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
    from newsgold import paths

    if with_gold and annotations is not None:
        _fail("--with-gold and --annotations both name annotations to push: choose one")
    anns, preds = _load_sets(paths.gold_dir() if with_gold else annotations, predictions)
    report = _push(_client(url, token, retries, backoff, timeout), project, anns, preds, model_version, annotator)
    typer.echo(report.summary())


@app.command()
def pull(
    token: Token,
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory to write <doc_id>.json to (a .jsonl file with --predictions).")],
    url: Url = "http://127.0.0.1:8080",
    project: Project = "newsgold",
    predictions: Annotated[bool, typer.Option("--predictions", help="Pull the predictions (one model version) instead of the annotations.")] = False,
    model_version: Annotated[str | None, typer.Option(help="With --predictions: the model version to pull (needed when there are several).")] = None,
    write_gold: Annotated[bool, typer.Option("--write-gold", help="Allow writing into annotations/gold (the diff is shown; the old gold is backed up).")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Allow changing existing files outside the gold.")] = False,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
) -> None:
    """Export a project's annotations, validate them all, and write them atomically (all or nothing).

    One annotator: OUTPUT/<doc_id>.json.  Several: OUTPUT/<annotator e-mail>/<doc_id>.json.
    """
    from newsgold import paths
    from newsgold.corpus import load_documents
    from newsgold.labelstudio.client import LSError
    from newsgold.labelstudio.convert import ResultsError
    from newsgold.labelstudio.pull import (PullRefused, annotation_files, collect, is_gold, output_problem, prediction_file,
                                           write_pulled)

    problem = output_problem(output, predictions=predictions, write_gold=write_gold)
    if problem is not None:
        _fail(problem)
    client = _client(url, token, retries, backoff, timeout)
    try:
        tasks = client.export(client.project(project).id)
        pulled = collect(tasks, load_documents(), predictions=predictions, model_version=model_version)
    except LSError as exc:
        _fail(str(exc))
    except ResultsError as exc:
        _problems(exc.problems, f"project {project!r} (nothing written)")
    for note in pulled.notes:
        _echo_err(note)
    if not pulled.sets:
        _fail(f"project {project!r} has no {'predictions' + (f' of model version {model_version!r}' if model_version else '') if predictions else 'annotations'}; nothing written")
    if predictions:
        if len(pulled.sets) > 1:
            _fail(f"predictions of {len(pulled.sets)} model versions ({', '.join(map(repr, sorted(pulled.sets)))}): choose one with --model-version")
        files = prediction_file(next(iter(pulled.sets.values())), output)
    else:
        if is_gold(output) and len(pulled.sets) > 1:
            _fail(f"{len(pulled.sets)} annotators ({', '.join(sorted(pulled.sets))}) but the gold is one annotation set: "
                  "pull into another directory, adjudicate, then write the gold")
        files = annotation_files(pulled.sets, output)
    try:
        written = write_pulled(files, output, write_gold=write_gold, overwrite=overwrite,
                               show=lambda diff: typer.echo(diff, err=True, nl=False))
    except PullRefused as exc:
        typer.echo(exc.diff, err=True, nl=False)
        _fail(str(exc))
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        _fail(f"cannot write the pulled files under {paths.relative(output)}:{where}: {exc.strerror or exc}")
    if written.backup is not None:
        _echo_err(f"previous gold backed up to {paths.relative(written.backup)}")
    n_docs = sum(len(s) for s in pulled.sets.values())
    who = "model version" if predictions else "annotator"
    typer.echo(f"pulled {n_docs} document annotation(s) from {len(pulled.sets)} {who}(s) "
               f"({', '.join(sorted(pulled.sets))}); wrote {len(written.paths)} file(s), "
               f"{len(files) - len(written.paths)} unchanged, under {paths.relative(output)}")


@app.command("agreement")
def agreement_command(
    token: Token,
    url: Url = "http://127.0.0.1:8080",
    project: Project = "newsgold",
    fmt: Annotated[str, typer.Option("--format", help="table | markdown | json")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing -o file whose content would change.")] = False,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
) -> None:
    """Inter-annotator agreement over the annotators of each task (the scoring engine's measures)."""
    from newsgold.corpus import load_documents
    from newsgold.labelstudio.agreement import project_agreement
    from newsgold.labelstudio.client import LSError
    from newsgold.labelstudio.convert import ResultsError
    from newsgold.scoring.cli import check_output_paths, emit_agreement
    from newsgold.store import load_entities

    if fmt not in ("table", "markdown", "json"):
        _fail(f"unknown format {fmt!r}: choose table, markdown or json")
    if output is not None:
        check_output_paths([output], [])
    client = _client(url, token, retries, backoff, timeout)
    try:
        report = project_agreement(client, project, load_documents(), load_entities())
    except LSError as exc:
        _fail(str(exc))
    except ResultsError as exc:
        _problems(exc.problems, f"project {project!r}")
    emit_agreement(report, fmt, output, overwrite)


@app.command()
def annotate(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (must be free).")] = 8080,
    data_dir: Annotated[Path | None, typer.Option(help="Label Studio data dir (default: $XDG_DATA_HOME/newsgold/labelstudio).")] = None,
    project: Project = "newsgold",
    predictions: Predictions = None,
    model_version: ModelVersion = None,
    gold: Annotated[bool | None, typer.Option("--gold/--no-gold", help="Push the gold as annotations (default: yes, unless --predictions is given).")] = None,
    username: Annotated[str | None, typer.Option(envvar="NEWSGOLD_LS_USERNAME", help="Login e-mail (used when the data dir is created).")] = None,
    password: Annotated[str | None, typer.Option(envvar="NEWSGOLD_LS_PASSWORD", help="Login password (used when the data dir is created).")] = None,
    token: Annotated[str | None, typer.Option(envvar="NEWSGOLD_LS_TOKEN", help="API token (used when the data dir is created).")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server to come up.")] = 300.0,
    request_timeout: Annotated[float | None, typer.Option("--request-timeout", help="Seconds to wait for each answer of Label Studio while pushing (what --timeout is for `ls push/pull/agreement`; here --timeout is the start-up wait). Default: $NEWSGOLD_LS_TIMEOUT, else 60.")] = None,
    retries: Retries = None,
    backoff: Backoff = None,
) -> None:
    """Start annotating: a local Label Studio with the corpus loaded; Ctrl-C stops it.

    Installs Label Studio on first use, starts it on 127.0.0.1, pushes the corpus (with the
    gold as annotations, or a run as pre-annotations) idempotently, and prints URL and login.
    """
    from newsgold import paths
    from newsgold.labelstudio.client import LSError, settings

    if gold is None:
        gold = predictions is None
    try:  # everything that can be checked is checked before a server is started
        retries, backoff, request_timeout = settings(retries, backoff, request_timeout)
    except LSError as exc:
        _fail(str(exc))
    anns, preds = _load_sets(paths.gold_dir() if gold else None, predictions)
    server = _start_server(port, data_dir, username, password, token, timeout)

    def ready() -> None:
        _echo_err(f"Pushing the corpus to project {project!r} ...")
        client = _client(server.url, server.token, retries, backoff, request_timeout)
        report = _push(client, project, anns, preds, model_version)
        _echo_err(report.summary())
        _print_login(server)
        typer.echo(f"  project:  {server.url}/projects/{report.project_id}/data")

    _serve(server, ready)


def register(main_app: typer.Typer) -> None:
    """Add ``newsgold annotate`` to the main command."""
    main_app.command("annotate")(annotate)
