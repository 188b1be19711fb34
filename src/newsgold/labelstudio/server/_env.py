"""Shared ground of the server package: locations, the error, clean environments.

The installer, the process supervisor and the template store all need to know
where ``<home>`` and its venv are, raise the same :class:`LabelStudioError` and
run Label Studio's interpreter with a scrubbed environment.  Keeping that here
lets each of them stay a module with one job and no import cycle.

Only the standard library is imported.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from newsgold.errors import NewsgoldError
from newsgold.labelstudio import LS_VERSION

Progress = Callable[[str], None] | None

# Local, loopback-only development credentials.  Not secrets.
DEFAULT_USERNAME = "annotator@newsgold.local"
DEFAULT_PASSWORD = "newsgold-local-password"
DEFAULT_TOKEN = "0123456789abcdef0123456789abcdef01234567"


class LabelStudioError(NewsgoldError, RuntimeError):
    """Installing or running the Label Studio server failed."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        self.log_tail = log_tail
        if log_tail:
            message = f"{message}\n--- last lines of the log ---\n{log_tail}"
        super().__init__(message)


# Defined here, but public as newsgold.labelstudio.server.LabelStudioError:
# keep that name in tracebacks and reprs.
LabelStudioError.__module__ = "newsgold.labelstudio.server"


# --------------------------------------------------------------------------
# locations and helpers


def user_home(instead: str) -> Path:
    """The user's home directory, for default locations; a clear error when there is none.

    With ``HOME`` empty, unset or naming no directory, ``Path.home()`` gives ``/`` or a path that
    does not exist, and the ~1 GB install or the server's data would land there silently.
    ``instead`` names the variable that sets the location without a home.
    """
    home = os.environ.get("HOME")
    if home is None or not home.strip():
        raise LabelStudioError(f"HOME is not set: set HOME, or {instead}, to say where Label Studio's files go")
    path = Path(home)
    if not path.is_dir():
        raise LabelStudioError(f"HOME is {home!r}, which is not a directory: set HOME, or {instead}, to say where Label Studio's files go")
    return path


def ls_home() -> Path:
    """Home of the server environment (``$NEWSGOLD_LS_HOME`` or the cache dir)."""
    env = os.environ.get("NEWSGOLD_LS_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return user_home("NEWSGOLD_LS_HOME") / ".cache" / "newsgold" / f"labelstudio-{LS_VERSION}"


def default_data_dir() -> Path:
    """Where the server keeps its data (``$XDG_DATA_HOME/newsgold/labelstudio``, else under the home)."""
    base = os.environ.get("XDG_DATA_HOME")
    root = Path(base) if base else user_home("XDG_DATA_HOME or --data-dir") / ".local" / "share"
    return root / "newsgold" / "labelstudio"


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
# environment


def _base_env(venv: Path, keep_pip_config: bool = False) -> dict[str, str]:
    """A clean environment: PATH, HOME, LANG (and pip's config if asked).

    Label Studio reads plain variables such as PORT, HOST or USERNAME, so the
    caller's environment is never passed through wholesale.
    """
    env = {
        "PATH": os.pathsep.join([str(_bin_dir(venv)), os.environ.get("PATH", os.defpath)]),
        "HOME": os.environ.get("HOME") or str(ls_home()),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "PYTHONUNBUFFERED": "1",
    }
    for key in ("TMPDIR", "LC_ALL", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "SYSTEMROOT"):
        if key in os.environ:
            env[key] = os.environ[key]
    if keep_pip_config:
        for key, value in os.environ.items():
            if key.startswith(("PIP_", "UV_")) or key in (
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


# Label Studio 1.23's default SSRF ban list (core/utils/io.py validate_ip) without 127.0.0.0/8.
_BANNED_BUT_LOOPBACK = (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
    "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/4", "233.252.0.0/24", "240.0.0.0/4", "255.255.255.255/32", "::/128",
    "::1/128", "::ffff:0:0/96", "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
    "2001:0000::/32", "2001:20::/28", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
)  # fmt: skip


def _server_env(venv: Path, data_dir: Path, username: str, password: str, token: str) -> dict[str, str]:
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
            # newsgold's ML backend (`ls serve-model`) listens on 127.0.0.1, like the server:
            # let Label Studio call it (and create its /webhook) while every other address
            # Label Studio bans by default stays banned (see _BANNED_BUT_LOOPBACK).
            "ML_BLOCK_LOCAL_IP": "false",
            "USE_DEFAULT_BANNED_SUBNETS": "false",
            "USER_ADDITIONAL_BANNED_SUBNETS": ",".join(_BANNED_BUT_LOOPBACK),
        }
    )
    return env
