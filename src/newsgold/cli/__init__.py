"""The ``newsgold`` command: one module per command group, over library code that never imports it."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from newsgold.cli import curation, data, extract, ls_curate, ls_model, ls_server, ls_sync, runs, scoring, status
from newsgold.cli import workspace as workspace_commands
from newsgold.cli._app import RootOption, make_app, set_root
from newsgold.labelstudio import LS_VERSION

app = make_app(name="newsgold", help="Gold corpus for quotes, claims and stance in news; score extractors against it.")
ls_app = make_app(help=f"Annotate in Label Studio {LS_VERSION} (own venv, loopback only): install, start, config, push, pull, agreement.")


def _version(value: bool) -> None:
    if value:
        from newsgold import __version__

        typer.echo(f"newsgold {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    root: RootOption = None,
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Gold corpus for quotes, claims and stance in news; score extractors against it."""
    set_root(root)


for module in (data, scoring, curation, runs, extract, workspace_commands, status):
    module.register(app)
ls_sync.register(ls_app)
ls_curate.register(ls_app)
ls_model.register(ls_app)
ls_server.register(ls_app, app)
app.add_typer(ls_app, name="ls")


def _terminate_as_interrupt() -> None:
    """SIGTERM (``kill``, ``timeout``, a CI cancel, ``docker stop``) ends a command as Ctrl-C does:
    its staged outputs and child processes are cleaned up on the way out, where the default
    action killed it on the spot (temporaries and a lock left for the next command).  Only in
    this process: a worker it forks gets the default action back."""
    import os
    import signal

    pid = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def main() -> None:
    import sys

    _terminate_as_interrupt()
    if sys.stdout is None:  # closed (`newsgold score >&-`): all a command prints would be dropped, exit 0
        if sys.stderr is not None:
            sys.stderr.write("error: standard output is closed: redirect it instead (> /dev/null)\n")
        raise SystemExit(1)
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM before a command runs (click turns one inside a command into "Aborted!")
        if sys.stderr is not None:
            sys.stderr.write("\nerror: interrupted before the command started; nothing was written\n")
        raise SystemExit(130) from None


__all__ = ["app", "main"]
