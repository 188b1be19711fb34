"""Install and run a real Label Studio server on loopback.

Label Studio lives in its own virtual environment under the *home* directory
(``$NEWSGOLD_LS_HOME``, default ``~/.cache/newsgold/labelstudio-<version>``)::

    <home>/venv/                    the server's virtualenv (~1 GB)
    <home>/venv/.newsgold-installed marker, written only after a verified install
    <home>/install.log              pip output of the last install
    <home>/templates/<key>/data/    initialised data dirs (org, user, token)
    <home>/logs/                    server logs (label-studio-<port>.log, last 20 kept)
    <home>/server-home/             HOME of the server processes (Label Studio's
                                    per-user files stay out of the real home)

A first start on an empty data dir takes ~30 s (migrations, org/user
creation).  :func:`ensure_template` does that once per set of credentials and
keeps the resulting data dir; :class:`LabelStudioServer` then copies the
template and starts in a few seconds.

Only the standard library is imported here; nothing needs the SDK.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

from newsgold.labelstudio import LS_SDK_VERSION, LS_VERSION

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_TOKEN",
    "DEFAULT_USERNAME",
    "INSTALL_REQUIREMENTS",
    "LS_VERSION",
    "LabelStudioError",
    "LabelStudioServer",
    "ensure_template",
    "executable",
    "find_free_port",
    "install",
    "is_installed",
    "ls_home",
    "venv_dir",
]

Progress = Callable[[str], None] | None

# Explicit pins: without them pip may resolve to an older label-studio (1.19,
# with the SDK 1.x API) as soon as anything else constrains pyarrow/numpy.
INSTALL_REQUIREMENTS: tuple[str, ...] = (
    f"label-studio=={LS_VERSION}",
    f"label-studio-sdk=={LS_SDK_VERSION}",
    "pyarrow>=24,<25",
    "numpy<2.3",
)

# Local, loopback-only development credentials.  Not secrets.
DEFAULT_USERNAME = "annotator@newsgold.local"
DEFAULT_PASSWORD = "newsgold-local-password"
DEFAULT_TOKEN = "0123456789abcdef0123456789abcdef01234567"

_MARKER_NAME = ".newsgold-installed"
_TEMPLATE_FORMAT = 1


class LabelStudioError(RuntimeError):
    """Installing or running the Label Studio server failed."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        self.log_tail = log_tail
        if log_tail:
            message = f"{message}\n--- last lines of the log ---\n{log_tail}"
        super().__init__(message)


# --------------------------------------------------------------------------
# locations


def ls_home() -> Path:
    """Home of the server environment (``$NEWSGOLD_LS_HOME`` or the cache dir)."""
    env = os.environ.get("NEWSGOLD_LS_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path.home() / ".cache" / "newsgold" / f"labelstudio-{LS_VERSION}"


def venv_dir(home: Path | None = None) -> Path:
    return (home or ls_home()) / "venv"


def _bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def executable(home: Path | None = None) -> Path:
    """Path of the ``label-studio`` command inside the server venv."""
    name = "label-studio.exe" if os.name == "nt" else "label-studio"
    return _bin_dir(venv_dir(home)) / name


def _venv_python(venv: Path) -> Path:
    return _bin_dir(venv) / ("python.exe" if os.name == "nt" else "python")


def _tail(path: Path | None, lines: int = 40) -> str:
    if path is None:
        return ""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64 * 1024))
            data = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(data.splitlines()[-lines:])


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Exclusive inter-process lock (no-op where fcntl is missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    with open(path, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _say(progress: Progress, message: str) -> None:
    if progress is not None:
        progress(message)


# --------------------------------------------------------------------------
# install


def _installed_version(venv: Path) -> str | None:
    """Version of the label-studio distribution in the venv, read cheaply."""
    py = _venv_python(venv)
    if not py.exists():
        return None
    try:
        out = subprocess.run(
            [
                str(py),
                "-c",
                "import importlib.metadata as m; print(m.version('label-studio'))",
            ],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            env=_base_env(venv),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def _marker_payload() -> dict[str, object]:
    return {"version": LS_VERSION, "requirements": list(INSTALL_REQUIREMENTS)}


def is_installed(home: Path | None = None) -> bool:
    """True when a verified install of the pinned version is present."""
    venv = venv_dir(home)
    marker = venv / _MARKER_NAME
    try:
        payload = json.loads(marker.read_text())
    except (OSError, ValueError):
        return False
    if payload != _marker_payload() or not executable(home).exists():
        return False
    return _installed_version(venv) == LS_VERSION


def install(
    progress: Progress = None, *, home: Path | None = None, force: bool = False
) -> Path:
    """Install Label Studio ``LS_VERSION`` into its own venv; idempotent.

    Returns the path of the ``label-studio`` executable.  The marker file is
    written only after pip succeeded and the version was verified, so an
    interrupted install is redone from scratch on the next call.
    """
    home = (home or ls_home()).resolve()
    venv = venv_dir(home)
    exe = executable(home)
    with _file_lock(home / ".install.lock"):
        if not force and is_installed(home):
            _say(progress, f"Label Studio {LS_VERSION} already installed in {venv}")
            return exe

        _say(
            progress,
            f"Installing Label Studio {LS_VERSION} into {venv} (about a minute, ~1 GB)",
        )
        if venv.exists():
            shutil.rmtree(venv)
        home.mkdir(parents=True, exist_ok=True)
        log_path = home / "install.log"
        t0 = time.monotonic()
        with open(log_path, "w") as log:
            _run_logged(
                [sys.executable, "-m", "venv", str(venv)],
                log,
                log_path,
                "creating the venv",
            )
            _say(progress, f"Created venv; running pip (log: {log_path})")
            _run_logged(
                [
                    str(_venv_python(venv)),
                    "-m",
                    "pip",
                    "install",
                    "--disable-pip-version-check",
                    "--no-input",
                    *INSTALL_REQUIREMENTS,
                ],
                log,
                log_path,
                f"pip install label-studio=={LS_VERSION}",
                env=_base_env(venv, keep_pip_config=True),
            )
        version = _installed_version(venv)
        if version != LS_VERSION:
            raise LabelStudioError(
                f"expected label-studio {LS_VERSION} in {venv}, found {version!r}",
                _tail(log_path),
            )
        if not exe.exists():
            raise LabelStudioError(
                f"pip succeeded but {exe} is missing", _tail(log_path)
            )
        tmp = venv / (_MARKER_NAME + ".tmp")
        tmp.write_text(json.dumps(_marker_payload()))
        tmp.replace(venv / _MARKER_NAME)
        _say(
            progress,
            f"Installed Label Studio {version} in {time.monotonic() - t0:.0f} s",
        )
        return exe


def _run_logged(
    cmd: list[str], log, log_path: Path, what: str, env: dict[str, str] | None = None
) -> None:
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    proc = subprocess.run(
        cmd,
        check=False,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    log.flush()
    if proc.returncode != 0:
        raise LabelStudioError(
            f"{what} failed (exit {proc.returncode}); see {log_path}", _tail(log_path)
        )


# --------------------------------------------------------------------------
# environment


def _base_env(venv: Path, keep_pip_config: bool = False) -> dict[str, str]:
    """A clean environment: PATH, HOME, LANG (and pip's config if asked).

    Label Studio reads plain variables such as PORT, HOST or USERNAME, so the
    caller's environment is never passed through wholesale.
    """
    env = {
        "PATH": os.pathsep.join(
            [str(_bin_dir(venv)), os.environ.get("PATH", os.defpath)]
        ),
        "HOME": os.environ.get("HOME", str(Path.home())),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "PYTHONUNBUFFERED": "1",
    }
    for key in (
        "TMPDIR",
        "LC_ALL",
        "SSL_CERT_FILE",
        "REQUESTS_CA_BUNDLE",
        "SYSTEMROOT",
    ):
        if key in os.environ:
            env[key] = os.environ[key]
    if keep_pip_config:
        for key, value in os.environ.items():
            if key.startswith("PIP_") or key in (
                "HTTP_PROXY",
                "HTTPS_PROXY",
                "NO_PROXY",
                "http_proxy",
                "https_proxy",
                "no_proxy",
                "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME",
            ):
                env[key] = value
    return env


def _server_env(
    venv: Path, data_dir: Path, username: str, password: str, token: str
) -> dict[str, str]:
    env = _base_env(venv)
    # A HOME of its own: Label Studio keeps per-user state (appdirs config and
    # cache, e.g. an analytics user id) there; the caller's home stays clean.
    server_home = venv.parent / "server-home"
    server_home.mkdir(parents=True, exist_ok=True)
    env.update(
        {
            "HOME": str(server_home),
            # Settings are imported before --data-dir is parsed; without this
            # Label Studio also creates ~/.local/share/label-studio.
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "LATEST_VERSION_CHECK": "false",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "COLLECT_ANALYTICS": "false",
            "LABEL_STUDIO_USERNAME": username,
            "LABEL_STUDIO_PASSWORD": password,
            "LABEL_STUDIO_USER_TOKEN": token,
            # Only honoured when the organisation is first created; a data dir
            # copied from a template keeps the setting (it lives in the DB).
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        }
    )
    return env


# --------------------------------------------------------------------------
# ports and HTTP helpers


def find_free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Nobody listens on host:port.

    SO_REUSEADDR as the server itself uses it, so TIME_WAIT leftovers of a
    previous run do not count; plus Label Studio's own test (a connect), which
    would otherwise make it move silently to the next port.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex((host, port)) != 0


def _get(url: str, token: str | None = None, timeout: float = 5.0) -> tuple[int, bytes]:
    req = urllib.request.Request(url)
    if token is not None:
        req.add_header("Authorization", f"Token {token}")
    # Never use a proxy for loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _health_up(base_url: str) -> bool:
    try:
        status, body = _get(f"{base_url}/health", timeout=2.0)
    except (OSError, urllib.error.URLError):
        return False
    if status != 200:
        return False
    try:
        return json.loads(body).get("status") == "UP"
    except ValueError:
        return False


def _listening_pids(port: int) -> set[int] | None:
    """PIDs owning a LISTEN socket on ``port`` (Linux /proc); None if unknown."""
    inodes: set[str] = set()
    found_table = False
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        found_table = True
        for line in lines:
            parts = line.split()
            if len(parts) < 10:
                continue
            local, state, inode = parts[1], parts[3], parts[9]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    if not found_table:
        return None
    pids: set[int] = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    pids.add(int(proc.name))
                    break
        except OSError:
            continue
    return pids


def _process_group_members(pgid: int) -> set[int]:
    members: set[int] = set()
    if not Path("/proc/self/stat").exists():
        return members
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...  -- comm may contain spaces/parens
        fields = stat.rsplit(")", 1)[1].split()
        if len(fields) > 2 and int(fields[2]) == pgid:
            members.add(int(proc.name))
    return members


# --------------------------------------------------------------------------
# the server


def _credentials_key(username: str, password: str, token: str) -> str:
    raw = json.dumps([_TEMPLATE_FORMAT, LS_VERSION, username, password, token])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _template_dir(home: Path, username: str, password: str, token: str) -> Path:
    return home / "templates" / _credentials_key(username, password, token)


def _discard_template(home: Path, username: str, password: str, token: str) -> None:
    tdir = _template_dir(home, username, password, token)
    with _file_lock(home / ".template.lock"):
        (tdir / "template.json").unlink(missing_ok=True)
        shutil.rmtree(tdir, ignore_errors=True)


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
        self._log_fh = None
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
            _say(
                self.progress,
                "Start from the template data dir failed; rebuilding it "
                f"({str(exc).splitlines()[0]})",
            )
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
            raise LabelStudioError(
                f"data dir {self.data_dir} exists and is not a directory"
            )
        fresh = not self.data_dir.exists() or not any(self.data_dir.iterdir())
        self._preexisting_data = not fresh
        if fresh and self.use_template:
            template = ensure_template(
                self.username,
                self.password,
                self.token,
                home=self.home,
                progress=self.progress,
            )
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
        env = _server_env(
            venv_dir(self.home), self.data_dir, self.username, self.password, self.token
        )
        self._log_fh = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self._log_fh.write(f"$ {' '.join(cmd)}\n".encode())
        self._log_fh.flush()
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
            preexec_fn=_die_with_parent_preexec(),  # noqa: PLW1509
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
                raise LabelStudioError(
                    f"Label Studio exited with code {code} before it was ready "
                    f"(log: {self.log_path})",
                    self.log_tail(),
                )
            if _health_up(self.url):
                break
            if time.monotonic() > deadline:
                raise LabelStudioError(
                    f"Label Studio did not report /health UP on {self.url} within "
                    f"{self.timeout:.0f} s (log: {self.log_path})",
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

        status, body = _get(
            f"{self.url}/api/projects?page_size=1", token=self.token, timeout=30
        )
        if status != 200:
            hint = (
                f"; {self.data_dir} was initialised before, with other credentials "
                "(they only apply when a data dir is created)"
                if self._preexisting_data
                else ""
            )
            raise LabelStudioError(
                f"Label Studio is up on {self.url} but the API token is rejected "
                f"(GET /api/projects -> {status}: {body[:200]!r}){hint}",
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


# --------------------------------------------------------------------------
# template


def ensure_template(
    username: str = DEFAULT_USERNAME,
    password: str = DEFAULT_PASSWORD,
    token: str = DEFAULT_TOKEN,
    *,
    home: Path | None = None,
    progress: Progress = None,
    timeout: float = 300.0,
) -> Path:
    """Return an initialised data dir for these credentials, building it once.

    Building means one cold start (~30 s) on an empty data dir, which creates
    the organisation, the user and its token, then a clean stop; the data dir
    is kept under ``<home>/templates/`` and copied by later servers.
    """
    home = (home or ls_home()).resolve()
    tdir = _template_dir(home, username, password, token)
    data = tdir / "data"
    meta = tdir / "template.json"
    if meta.exists() and data.is_dir():
        return data
    with _file_lock(home / ".template.lock"):
        if meta.exists() and data.is_dir():
            return data
        for stale in home.glob("build-*"):  # left by an interrupted build
            shutil.rmtree(stale, ignore_errors=True)
        _say(progress, "Initialising a Label Studio data dir (first start, ~30 s)")
        build = Path(tempfile.mkdtemp(prefix="build-", dir=str(home)))
        try:
            srv = LabelStudioServer(
                data_dir=build / "data",
                username=username,
                password=password,
                token=token,
                home=home,
                log_path=build / "server.log",
                use_template=False,
                timeout=timeout,
            )
            with srv:
                cold = srv.startup_seconds
            if tdir.exists():
                shutil.rmtree(tdir)
            tdir.parent.mkdir(parents=True, exist_ok=True)
            (build / "template.json").write_text(
                json.dumps(
                    {
                        "format": _TEMPLATE_FORMAT,
                        "label_studio": LS_VERSION,
                        "username": username,
                        "cold_start_seconds": cold,
                        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    },
                    indent=2,
                )
            )
            build.rename(tdir)
        finally:
            if build.exists():
                shutil.rmtree(build, ignore_errors=True)
        _say(progress, f"Initialised template data dir in {cold:.0f} s: {data}")
        return data
