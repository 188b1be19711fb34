"""``newsgold ls``: install and run a local Label Studio server.

Registered by the main CLI with ``app.add_typer(ls_app, name="ls")``.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Annotated

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

    # SIGTERM (e.g. from a supervisor) stops the server like Ctrl-C does.
    def _on_term(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _on_term)
    try:
        typer.echo(f"Label Studio {LS_VERSION} is running: {server.url}")
        typer.echo(f"  login:    {server.username}")
        typer.echo(f"  password: {server.password}")
        typer.echo(
            f"  token:    {server.token}   (SDK: LabelStudio(base_url=URL, api_key=TOKEN))"
        )
        typer.echo(f"  pid:      {server.pid}   log: {server.log_path}")
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
