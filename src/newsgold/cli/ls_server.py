"""``newsgold ls install | start | config | export-tasks`` and ``newsgold annotate``: a local
Label Studio (own environment, loopback only) with the workspace's corpus loaded."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsgold.cli._app import err_console, found_workspace, workspace, write_outputs
from newsgold.cli.ls_sync import Backoff, ModelVersion, Predictions, Project, Retries, client_for, load_sets, push_sets
from newsgold.labelstudio import LS_VERSION

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

Username = Annotated[Optional[str], typer.Option(envvar="NEWSGOLD_LS_USERNAME", help="Login e-mail (used when the data dir is created).")]
Password = Annotated[Optional[str], typer.Option(envvar="NEWSGOLD_LS_PASSWORD", help="Login password (used when the data dir is created).")]
StartToken = Annotated[
    Optional[str],
    typer.Option(
        envvar="NEWSGOLD_LS_TOKEN",
        help="API token (used when the data dir is created). Default: the data dir's own, else the workspace's private one.",
    ),
]
DataDir = Annotated[
    Optional[Path],
    typer.Option(
        help="Label Studio data dir (database, uploads). Default: "
        "$XDG_DATA_HOME/newsgold/labelstudio or ~/.local/share/newsgold/labelstudio."
    ),
]
StartTimeout = Annotated[float, typer.Option(help="Seconds to wait for the server to come up.")]


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


def install(force: Annotated[bool, typer.Option("--force", help="Reinstall even if already installed.")] = False) -> None:
    """Install Label Studio into its own virtual environment (~1 GB; with uv, seconds to a minute).

    Location: $NEWSGOLD_LS_HOME, default ~/.cache/newsgold/labelstudio-<version>.
    Safe to re-run: does nothing when a verified install is present.
    """
    from newsgold.labelstudio.server import install as do_install

    typer.echo(str(do_install(progress=_echo_err, force=force)))


def start(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (must be free).")] = 8080,
    data_dir: DataDir = None,
    username: Username = None,
    password: Password = None,
    token: StartToken = None,
    timeout: StartTimeout = 300.0,
) -> None:
    """Start Label Studio in the foreground on 127.0.0.1; Ctrl-C stops it.

    Installs Label Studio first if needed.  The login, password and token apply when the data
    dir is first initialised; an existing data dir keeps the ones it was created with.
    Without --token: the rule of ``annotate`` (the data dir's own token, else the workspace's,
    else a new random one, recorded), never a well-known default.
    """
    if not token:
        ws = found_workspace()
        token = _private_token(ws, port, ws.config.project if ws is not None else None, data_dir, username)
    server = _start_server(port, data_dir, username, password, token, timeout)
    _serve(server, lambda: _print_login(server))


def _private_token(ws: Workspace | None, port: int, project: str | None, data_dir: Path | None, username: str | None) -> str:
    """The token a start without --token uses: the data dir's own, else the workspace's (recorded),
    else a new random one (outside a workspace: for this session only)."""
    import secrets

    from newsgold.labelstudio import server as srv
    from newsgold.labelstudio import state

    where = _checked_data_dir(data_dir)  # refused before a token is recorded
    user = username or srv.DEFAULT_USERNAME
    if ws is not None:
        token = state.workspace_token(ws, port, project, where, user)
    else:
        token = state.data_dir_token(where, user) or secrets.token_hex(20)
    if token == srv.DEFAULT_TOKEN:
        _echo_err(f"note: {where} was created with the former well-known API token; a new --data-dir gets a private one")
    return token


def _start_server(port: int, data_dir: Path | None, username: str | None, password: str | None, token: str, timeout: float) -> Any:
    """Install Label Studio if needed (with progress messages) and start it."""
    from newsgold.labelstudio import server as srv

    data_dir = _checked_data_dir(data_dir)
    srv.install(progress=_echo_err)
    server = srv.LabelStudioServer(
        port=port,
        data_dir=data_dir,
        username=username or srv.DEFAULT_USERNAME,
        password=password or srv.DEFAULT_PASSWORD,
        token=token,
        timeout=timeout,
        progress=_echo_err,
    )
    _echo_err(f"Starting Label Studio {LS_VERSION} on 127.0.0.1:{port} (data: {data_dir}) ...")
    server.start()
    return server


def _checked_data_dir(data_dir: Path | None) -> Path:
    """The data dir to use, refused inside the workspace's protected paths (its database is no annotation)."""
    from newsgold.labelstudio.server import default_data_dir

    where = (data_dir or default_data_dir()).expanduser().resolve()
    here = found_workspace()
    if here is not None:
        from newsgold.output import check_outputs

        check_outputs([where], here, directories=True)
    return where


def _print_login(server: Any) -> None:
    typer.echo(f"Label Studio {LS_VERSION} is running: {server.url}")
    typer.echo(f"  login:    {server.username}")
    typer.echo(f"  password: {server.password}")
    typer.echo(f"  token:    {server.token}   (SDK: LabelStudio(base_url=URL, api_key=TOKEN))")
    typer.echo(f"  pid:      {server.pid}   log: {server.log_path}")
    typer.echo(f"  more annotators: each signs up at {server.url}/user/signup/ with their own e-mail;")
    typer.echo('                   on a task that opens on someone else\'s tab, "+" (Create an annotation) makes their own')


def _serve(server: Any, ready: Callable[[], None], also_stop: list[Any] | None = None) -> None:
    """Run ``ready()``, then wait until Ctrl-C (or SIGTERM) and stop the server we started
    (and what ``ready`` appended to ``also_stop``, e.g. an ML backend)."""

    def _on_term(signum: int, frame: Any) -> None:  # SIGTERM (e.g. from a supervisor) stops it like Ctrl-C
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _on_term)
    # Ctrl-C even when started from a script as a background job (which inherits SIGINT ignored)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        ready()
        typer.echo("Press Ctrl-C to stop.")
        code = server.wait()
        _echo_err(f"Label Studio exited on its own (code {code}); log: {server.log_path}")
        _echo_err(server.log_tail())
        raise typer.Exit(1)
    except KeyboardInterrupt:
        _echo_err("Stopping Label Studio ...")
    finally:
        for other in also_stop or []:
            other.stop()
        server.stop()
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
    _echo_err("Stopped.")


def config(
    entities: Annotated[Optional[Path], typer.Option(help="Entity registry (default: the workspace's annotations/entities.json).")] = None,
    targets: Annotated[Optional[Path], typer.Option(help="Stance targets (default: the workspace's annotations/targets.json).")] = None,
) -> None:
    """Print the labeling config (XML) generated from the schema, the entities and the targets."""
    from newsgold.labelstudio.config import Vocab, config_for, labeling_config
    from newsgold.store import load_entities, load_targets

    ws = workspace() if entities is None or targets is None else None
    if ws is not None and entities is None and targets is None:  # what a push sends (voice entities from the gold)
        typer.echo(config_for(Vocab.of_workspace(ws)), nl=False)
        return
    ents = load_entities(entities) if entities else ws.entities  # type: ignore[union-attr]
    tgts = load_targets(targets) if targets else ws.targets  # type: ignore[union-attr]
    typer.echo(labeling_config(ents, tgts), nl=False)


def export_tasks(
    output: Annotated[Path, typer.Option("-o", "--output", help="Task import file to write (JSON list).")],
    predictions: Predictions = None,
    annotations: Annotated[
        Optional[Path], typer.Option(help="Annotation set (e.g. annotations/gold) added as Label Studio annotations.")
    ] = None,
    model_version: ModelVersion = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing, different output file.")] = False,
) -> None:
    """Write a Label Studio task import file (offline use): one task per corpus document, keyed by doc_id."""
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import build_tasks, dumps_tasks
    from newsgold.output import check_outputs

    ws = workspace()
    check_outputs([output], ws)
    anns, preds = load_sets(ws, annotations, predictions)
    tasks = build_tasks(ws.documents, anns, preds, model_version=model_version, vocab=Vocab.of_workspace(ws))
    write_outputs({output: dumps_tasks(tasks)}, overwrite)
    n_ann = sum("annotations" in t for t in tasks)
    n_pred = sum("predictions" in t for t in tasks)
    _echo_err(f"{len(tasks)} tasks ({n_ann} with annotations, {n_pred} with predictions) in {output}")


def annotate(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (must be free).")] = 8080,
    data_dir: DataDir = None,
    project: Project = None,
    predictions: Predictions = None,
    model_version: ModelVersion = None,
    gold: Annotated[
        Optional[bool],
        typer.Option(
            "--gold/--no-gold", help="Push the gold as annotations (default: yes when there is any, unless --predictions is given)."
        ),
    ] = None,
    username: Username = None,
    password: Password = None,
    token: StartToken = None,
    timeout: StartTimeout = 300.0,
    request_timeout: Annotated[
        Optional[float],
        typer.Option(
            "--request-timeout",
            help="Seconds to wait for each answer of Label Studio while pushing (what --timeout is for `ls push/pull/agreement`; here --timeout is the start-up wait). Default: $NEWSGOLD_LS_TIMEOUT, else 60.",
        ),
    ] = None,
    retries: Retries = None,
    backoff: Backoff = None,
    model: Annotated[
        Optional[str],
        typer.Option(
            "--model",
            help="Extractor spec (quotes@4, module:attr, cmd:...) served as the project's ML backend: opening a task shows its suggestion.",
        ),
    ] = None,
    model_port: Annotated[int, typer.Option(help="Port of the --model backend on 127.0.0.1 (0: any free port).")] = 0,
    min_f1: Annotated[
        float,
        typer.Option("--min-f1", help="Connect --model only if its F1 on the workspace gold reaches this in every layer it predicts."),
    ] = 0.5,
    force: Annotated[
        bool, typer.Option("--force", help="Connect --model even below --min-f1 (or without a gold to measure it on).")
    ] = False,
) -> None:
    """Start annotating: a local Label Studio with the corpus loaded; Ctrl-C stops it.

    Installs Label Studio on first use, starts it on 127.0.0.1, pushes the corpus (with the
    gold as annotations, or a run as pre-annotations) idempotently, and prints URL and login.
    """
    from newsgold.labelstudio import state
    from newsgold.labelstudio.client import check_title, settings
    from newsgold.workspace import shown

    ws = workspace()
    project = project or ws.config.project
    retries, backoff, request_timeout = settings(retries, backoff, request_timeout)  # checked before a server starts
    check_title(project)
    if gold is None:  # by default the gold, if there is any yet (a new workspace has none)
        gold = predictions is None and any(ws.gold_dir.glob("*.json"))
        if predictions is None and not gold:
            _echo_err(f"no gold yet ({shown(ws.gold_dir)} has no <doc_id>.json): the tasks start without annotations")
    anns, preds = load_sets(ws, ws.gold_dir if gold else None, predictions)
    predictor = None
    if model is not None:  # resolved before anything starts: an unknown spec starts nothing
        from newsgold.cli.ls_model import predictor_for
        from newsgold.labelstudio.model_gate import ModelRefused, check_model

        predictor = predictor_for(ws, model, None, 32, 60.0)
        try:
            measured = check_model(predictor.extractor, ws, min_f1, force)
            _echo_err(f"{measured.summary()} (--min-f1 {min_f1:g}{', forced' if force and measured.below(min_f1) else ''})")
        except ModelRefused:
            if not force:
                raise
            _echo_err(f"{predictor.model_version}: not measured on the gold (--force)")
    if not token:  # the workspace's own token, never a well-known default
        token = _private_token(ws, port, project, data_dir, username)
    server = _start_server(port, data_dir, username, password, token, timeout)
    running: list[Any] = []

    def ready() -> None:
        err_console.print(f"Pushing the corpus to project {project!r} ...", highlight=False)
        client = client_for(server.url, server.token, retries, backoff, request_timeout)
        report = push_sets(ws, client, project, anns, preds, model_version)
        _echo_err(report.summary())
        _print_login(server)
        typer.echo(f"  project:  {server.url}/projects/{report.project_id}/data")
        if predictor is not None:
            from newsgold.cli.ls_model import start_and_connect

            running.append(start_and_connect(predictor, model_port, client, report.project_id))
        saved = state.save(ws, state.Connection(server.url, port, project, server.token))
        if saved is not None:
            typer.echo(f"  recorded: {shown(saved)} (`newsgold ls pull`, `ls agreement` and `status` use it)")

    _serve(server, ready, running)


def register(ls_app: typer.Typer, main_app: typer.Typer) -> None:
    ls_app.command()(install)
    ls_app.command()(start)
    ls_app.command("config")(config)
    ls_app.command("export-tasks")(export_tasks)
    ls_app.command()(annotate)
    main_app.command("annotate")(annotate)
