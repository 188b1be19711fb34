"""Supervise one Label Studio server process on 127.0.0.1.

:class:`LabelStudioServer` owns the whole life of the process it starts: it
picks and verifies the port (Label Studio would silently move to the next
one), prepares the data dir (a copy of a template when new), runs the server
in its own process group with a clean environment and its own log, waits for
``/health``, checks that *its* process is the one listening and that the
token works, and on stop ends exactly that process group, by PID.  On Linux
the server also dies with its parent, so a killed test run leaves no orphan.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Self

from newsgold.labelstudio import LS_VERSION
from newsgold.labelstudio.server._env import (
    DEFAULT_PASSWORD,
    DEFAULT_TOKEN,
    DEFAULT_USERNAME,
    LabelStudioError,
    Progress,
    _say,
    _server_env,
    _tail,
    executable,
    ls_home,
    venv_dir,
)
from newsgold.labelstudio.server._probe import _get, _health_up, _listening_pids, _port_is_free, _process_group_members, find_free_port
from newsgold.labelstudio.server.installer import is_installed
from newsgold.labelstudio.server.template import _discard_template, ensure_template


class LabelStudioServer:
    """A Label Studio server process on 127.0.0.1, usable as a context manager.

    >>> with LabelStudioServer() as srv:          # doctest: +SKIP
    ...     print(srv.url, srv.token)

    ``start()`` picks a free port unless one is given, starts from a copy of
    the cached initialised data dir when the data dir is new or empty (set
    ``use_template=False`` to always start cold), waits for ``/health`` and
    checks that the token authenticates.  ``stop()`` ends the process group
    it started, by PID.
    """

    def __init__(
        self,
        port: int | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        username: str = DEFAULT_USERNAME,
        password: str = DEFAULT_PASSWORD,
        token: str = DEFAULT_TOKEN,
        *,
        home: Path | None = None,
        log_path: str | os.PathLike[str] | None = None,
        use_template: bool = True,
        timeout: float = 180.0,
        progress: Progress = None,
    ) -> None:
        self.home = (home or ls_home()).resolve()
        self._port = port
        self._data_dir_arg = Path(data_dir) if data_dir is not None else None
        self.username = username
        self.password = password
        self.token = token
        self._log_arg = Path(log_path) if log_path is not None else None
        self.use_template = use_template
        self.timeout = timeout
        self.progress = progress

        self.port: int | None = None
        self.data_dir: Path | None = None
        self.log_path: Path | None = None
        self.started_from_template = False
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_fh: BinaryIO | None = None
        self._tmp_root: Path | None = None
        self._preexisting_data = False
        self._spawned = False

    # -- public properties ------------------------------------------------

    @property
    def url(self) -> str:
        if self.port is None:
            raise LabelStudioError("server not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines)

    # -- lifecycle --------------------------------------------------------

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(
        self,
        port: int | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
    ) -> Self:
        if self._proc is not None:
            raise LabelStudioError(f"server already started (pid {self._proc.pid})")
        if port is not None:
            self._port = port
        if data_dir is not None:
            self._data_dir_arg = Path(data_dir)
        self.username = username or self.username
        self.password = password or self.password
        self.token = token or self.token
        self.started_from_template = False
        self._spawned = False
        try:
            self._launch()
        except LabelStudioError as exc:
            self.stop()  # also removes a temporary data dir
            if not (self.started_from_template and self._spawned):
                raise
            # The cached template may be stale or damaged: rebuild it once.
            _say(self.progress, f"Start from the template data dir failed; rebuilding it ({str(exc).splitlines()[0]})")
            _discard_template(self.home, self.username, self.password, self.token)
            if self._data_dir_arg is not None and self.data_dir is not None:
                shutil.rmtree(self.data_dir, ignore_errors=True)
            self.started_from_template = False
            try:
                self._launch()
            except BaseException:
                self.stop()
                raise
        except BaseException:
            self.stop()
            raise
        return self

    def _launch(self) -> None:
        exe = executable(self.home)
        if not is_installed(self.home):
            raise LabelStudioError(
                f"Label Studio {LS_VERSION} is not installed in {venv_dir(self.home)}; "
                "run `newsgold ls install` (or newsgold.labelstudio.server.install())"
            )

        # port: ours, and verified free (Label Studio silently moves on if busy) -- checked
        # before anything is written, so a busy port leaves no data dir behind
        self.port = self._port or find_free_port()
        if not _port_is_free(self.port):
            raise LabelStudioError(f"port {self.port} on 127.0.0.1 is already in use")

        # data dir (a temporary one, removed on stop, unless given)
        if self._data_dir_arg is None:
            self._tmp_root = Path(tempfile.mkdtemp(prefix="newsgold-ls-"))
            self.data_dir = self._tmp_root / "data"
        else:
            self.data_dir = self._data_dir_arg.expanduser().resolve()
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise LabelStudioError(f"data dir {self.data_dir} exists and is not a directory")
        fresh = not self.data_dir.exists() or not any(self.data_dir.iterdir())
        self._preexisting_data = not fresh
        if fresh and self.use_template:
            template = ensure_template(self.username, self.password, self.token, home=self.home, progress=self.progress)
            if self.data_dir.exists():
                self.data_dir.rmdir()
            self.data_dir.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(template, self.data_dir, symlinks=True)
            self.started_from_template = True
        self.data_dir.mkdir(parents=True, exist_ok=True)

        # log file: outside a temporary data dir, so it survives a failed start
        if self._log_arg is not None:
            self.log_path = self._log_arg.expanduser().resolve()
        else:
            logs = self.home / "logs"
            _prune_logs(logs, keep=20)
            self.log_path = logs / f"label-studio-{self.port}.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)

        cmd = [
            str(exe),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
        ]
        env = _server_env(venv_dir(self.home), self.data_dir, self.username, self.password, self.token)
        log = self._log_fh = open(self.log_path, "wb")
        log.write(f"$ {' '.join(cmd)}\n".encode())
        log.flush()
        t0 = time.monotonic()
        self._proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=str(self.data_dir),
            stdin=subprocess.DEVNULL,
            stdout=self._log_fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() signals only it
            # only a prctl() call after fork; nothing that could take a lock
            preexec_fn=_die_with_parent_preexec(),
        )
        self._spawned = True
        self._wait_until_ready()
        self.startup_seconds = time.monotonic() - t0

    def _wait_until_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.timeout
        while True:
            code = self._proc.poll()
            if code is not None:
                raise LabelStudioError(f"Label Studio exited with code {code} before it was ready (log: {self.log_path})", self.log_tail())
            if _health_up(self.url):
                break
            if time.monotonic() > deadline:
                raise LabelStudioError(
                    f"Label Studio did not report /health UP on {self.url} within {self.timeout:.0f} s (log: {self.log_path})",
                    self.log_tail(),
                )
            time.sleep(0.25)

        # It answers on our port -- but is it *our* process listening there?
        owners = _listening_pids(self.port)  # type: ignore[arg-type]
        if owners is not None:
            ours = _process_group_members(self._proc.pid) | {self._proc.pid}
            if not owners & ours:
                raise LabelStudioError(
                    f"something answers on {self.url}, but not the Label Studio process "
                    f"we started (pid {self._proc.pid}); listening pids: {sorted(owners)}",
                    self.log_tail(),
                )

        status, body = _get(f"{self.url}/api/projects?page_size=1", token=self.token, timeout=30)
        if status != 200:
            hint = (
                f"; {self.data_dir} was initialised before, with other credentials (they only apply when a data dir is created)"
                if self._preexisting_data
                else ""
            )
            raise LabelStudioError(
                f"Label Studio is up on {self.url} but the API token is rejected (GET /api/projects -> {status}: {body[:200]!r}){hint}",
                self.log_tail(),
            )

    def wait(self, timeout: float | None = None) -> int:
        """Block until the server process exits; return its exit code."""
        if self._proc is None:
            raise LabelStudioError("server not started")
        return self._proc.wait(timeout=timeout)

    def stop(self, timeout: float = 20.0) -> None:
        """Terminate the process group we started; kill it if it lingers."""
        proc = self._proc
        if proc is not None:
            pgid = proc.pid  # start_new_session=True: pgid == pid
            if proc.poll() is None:
                _signal_group(pgid, signal.SIGTERM)
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    _signal_group(pgid, signal.SIGKILL)
                    proc.wait(timeout=timeout)
            # children left in the group (e.g. workers) get the same treatment
            if os.name == "posix" and _process_group_members(pgid):
                _signal_group(pgid, signal.SIGTERM)
                end = time.monotonic() + 5
                while _process_group_members(pgid) and time.monotonic() < end:
                    time.sleep(0.1)
                if _process_group_members(pgid):
                    _signal_group(pgid, signal.SIGKILL)
            self._proc = None
        if self._log_fh is not None:
            self._log_fh.close()
            self._log_fh = None
        if self._tmp_root is not None:
            # the temporary data dir goes (the log lives under <home>/logs)
            shutil.rmtree(self._tmp_root, ignore_errors=True)
            self._tmp_root = None


def _die_with_parent_preexec() -> Callable[[], None] | None:
    """Linux: the server gets SIGTERM if the process that started it dies.

    So a test run killed hard (CI timeout) leaves no orphan server behind.
    libc is loaded here, in the parent; the child only makes the call.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1
    sigterm = int(signal.SIGTERM)

    def preexec() -> None:
        prctl(pr_set_pdeathsig, sigterm, 0, 0, 0)

    return preexec


def _prune_logs(logs: Path, keep: int) -> None:
    try:
        files = sorted(logs.glob("label-studio-*.log"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for old in files[: max(0, len(files) - keep + 1)]:
        with contextlib.suppress(OSError):
            old.unlink()


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)
