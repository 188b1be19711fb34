"""``newsgold ls serve-model``: an extractor as a Label Studio ML backend on 127.0.0.1."""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsgold.cli._app import err_console, parse_config, workspace

if TYPE_CHECKING:
    from newsgold.labelstudio.backend import Predictor
    from newsgold.workspace import Workspace

ModelConfig = Annotated[Optional[list[str]], typer.Option("--config", "-c", help="Extractor config KEY=VALUE (repeatable).")]
BatchSize = Annotated[int, typer.Option("--batch-size", help="Documents per extractor call.")]
PredictTimeout = Annotated[
    float, typer.Option("--predict-timeout", help="Seconds one /predict request may take; then Label Studio gets an HTTP 500.")
]


def predictor_for(ws: Workspace, spec: str, config: list[str] | None, batch_size: int, timeout: float) -> Predictor:
    """The extractor resolved as ``newsgold extract`` resolves it (workspace registries included)."""
    from newsgold.cli.extract import workspace_registries
    from newsgold.extractors import resolve
    from newsgold.labelstudio.backend import Predictor
    from newsgold.labelstudio.config import Vocab

    cfg = parse_config(config)
    extractor = resolve(spec, cfg or None, workspace=ws)
    registries = workspace_registries(extractor, cfg, ws)
    if registries:
        extractor = resolve(spec, {**cfg, **registries}, workspace=ws)
    return Predictor(extractor, Vocab.of_workspace(ws), batch_size=batch_size, timeout=timeout)


def _log(message: str) -> None:
    err_console.print(message, highlight=False, markup=False)


def serve_model(
    spec: Annotated[str, typer.Argument(help="Extractor: a name (quotes, quotes@2), package.module:attr or cmd:COMMAND.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (must be free).")] = 9090,
    config: ModelConfig = None,
    batch_size: BatchSize = 32,
    predict_timeout: PredictTimeout = 60.0,
) -> None:
    """Serve an extractor over Label Studio's ML backend protocol (/health, /setup, /predict); Ctrl-C stops it.

    Connect it in Label Studio (Settings → Model → Connect Model, URL as printed) or let
    `newsgold annotate --model SPEC` start and connect it.  Predictions carry the extractor's
    name@version as model version and are converted as `ls push --predictions` converts a run.
    """
    from newsgold.labelstudio.backend import ModelBackend

    predictor = predictor_for(workspace(), spec, config, batch_size, predict_timeout)
    backend = ModelBackend(predictor, port=port, log=_log).start()
    typer.echo(f"ML backend {predictor.model_version} listening on {backend.url} (Ctrl-C stops it)")

    def _on_term(signum: int, frame: Any) -> None:  # SIGTERM (e.g. from a supervisor) stops it like Ctrl-C
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _on_term)
    # Ctrl-C even when started from a script as a background job (which inherits SIGINT ignored)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        backend.serve_forever()
    except KeyboardInterrupt:
        _log("Stopping the ML backend ...")
    finally:
        backend.stop()
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
    _log("Stopped.")


def start_and_connect(predictor: Predictor, port: int, client: Any, project_id: int) -> Any:
    """For ``annotate --model``: serve in a thread and connect to the project; the caller stops it."""
    from newsgold.labelstudio.backend import ModelBackend
    from newsgold.labelstudio.ml import connect_backend

    backend = ModelBackend(predictor, port=port, log=None).serve_in_thread()
    try:
        connected = connect_backend(client, project_id, backend.url, predictor.model_version)
    except BaseException:
        backend.stop()
        raise
    typer.echo(
        f"  model:    {predictor.model_version} at {backend.url} (ML backend {connected.backend_id}; opening a task shows its suggestion)"
    )
    return backend


def register(ls_app: typer.Typer) -> None:
    ls_app.command("serve-model")(serve_model)
