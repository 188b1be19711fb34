"""A real Label Studio server for the tests in this directory.

``ls_server`` (session scope) installs Label Studio into its own venv if
needed (first time: ~1.5 min, ~1 GB under ``$NEWSGOLD_LS_HOME`` or
``~/.cache/newsgold/labelstudio-<version>``), starts it on a free loopback
port from a copy of the cached initialised data dir (first time: one extra
~30 s cold start to build that template; afterwards ~3-5 s) and stops it by
PID at the end of the session.

If Label Studio cannot be installed or started, the tests are skipped -- but
when ``CI`` is set they fail loudly, with the tail of the server log.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import pytest


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@contextlib.contextmanager
def _uncaptured(request: pytest.FixtureRequest) -> Iterator[None]:
    """Let progress messages reach the terminal (a first install is slow)."""
    capman = request.config.pluginmanager.getplugin("capturemanager")
    if capman is None:
        yield
        return
    with capman.global_and_fixture_disabled():
        yield


@pytest.fixture(scope="session")
def ls_server(request: pytest.FixtureRequest):
    """A running Label Studio server: ``.url``, ``.token``, ``.pid``, ``.port``."""
    from newsgold.labelstudio.server import LabelStudioError, LabelStudioServer, install

    def progress(message: str) -> None:
        print(f"[newsgold.labelstudio] {message}", file=sys.stderr, flush=True)

    server = LabelStudioServer(progress=progress)
    try:
        with _uncaptured(request):
            install(progress=progress)
            server.start()
            progress(
                f"Label Studio up on {server.url} (pid {server.pid}) in "
                f"{server.startup_seconds:.1f} s" + (" from the template data dir" if server.started_from_template else "")
            )
    except (LabelStudioError, OSError) as exc:
        server.stop()
        message = f"Label Studio server unavailable: {exc}"
        if _in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)

    try:
        yield server
    finally:
        server.stop()
