"""Install Label Studio into a virtualenv of its own; idempotent and safe to race.

Label Studio pins a large dependency set (Django, pyarrow, numpy, ...) that
must not leak into the project's environment, so it gets ``<home>/venv``.
An install counts only once the marker file is written, after pip succeeded
and the installed version was checked; an interrupted install is redone from
scratch.  A file lock serialises concurrent installers (parallel test runs),
and the installer's output goes to ``<home>/install.log`` so that failures can quote it.

The installer is ``uv`` when it is available (newsgold's own environment, or on PATH): it
resolves and fetches the ~1 GB dependency set in parallel, several times faster than pip on a
cold cache (figure in the README).  Without uv, pip does the same job.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from newsgold.labelstudio import LS_SDK_VERSION, LS_VERSION
from newsgold.labelstudio.server._env import (
    LabelStudioError,
    Progress,
    _base_env,
    _file_lock,
    _say,
    _tail,
    _venv_python,
    executable,
    ls_home,
    venv_dir,
)

# Explicit pins: without them pip may resolve to an older label-studio (1.19,
# with the SDK 1.x API) as soon as anything else constrains pyarrow/numpy.
INSTALL_REQUIREMENTS: tuple[str, ...] = (
    f"label-studio=={LS_VERSION}",
    f"label-studio-sdk=={LS_SDK_VERSION}",
    "pyarrow>=24,<25",
    "numpy<2.3",
)

_MARKER_NAME = ".newsgold-installed"


def _installed_version(venv: Path) -> str | None:
    """Version of the label-studio distribution in the venv, read cheaply."""
    py = _venv_python(venv)
    if not py.exists():
        return None
    try:
        out = subprocess.run(
            [str(py), "-c", "import importlib.metadata as m; print(m.version('label-studio'))"],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            env=_base_env(venv),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def uv_executable() -> str | None:
    """The ``uv`` next to this interpreter (newsgold's venv), else on PATH; None: use pip.

    ``$NEWSGOLD_LS_INSTALLER=pip`` forces pip (e.g. to compare the two)."""
    if os.environ.get("NEWSGOLD_LS_INSTALLER", "").strip().lower() == "pip":
        return None
    here = Path(sys.executable).parent / ("uv.exe" if os.name == "nt" else "uv")
    return str(here) if here.is_file() else shutil.which("uv")


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


def install(progress: Progress = None, *, home: Path | None = None, force: bool = False) -> Path:
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

        _say(progress, f"Installing Label Studio {LS_VERSION} into {venv} (~1 GB; under a minute with uv, a few minutes with pip)")
        if venv.exists():
            shutil.rmtree(venv)
        home.mkdir(parents=True, exist_ok=True)
        log_path = home / "install.log"
        t0 = time.monotonic()
        uv = uv_executable()
        with open(log_path, "w") as log:
            env = _base_env(venv, keep_pip_config=True)
            if uv is not None:
                _run_logged([uv, "venv", "--seed", "--python", sys.executable, str(venv)], log, log_path, "creating the venv (uv)", env=env)
                _say(progress, f"Created venv; running uv pip install (log: {log_path})")
                cmd = [uv, "pip", "install", "--python", str(_venv_python(venv)), *INSTALL_REQUIREMENTS]
            else:
                _run_logged([sys.executable, "-m", "venv", str(venv)], log, log_path, "creating the venv")
                _say(progress, f"Created venv; running pip (log: {log_path})")
                cmd = [str(_venv_python(venv)), "-m", "pip", "install", "--disable-pip-version-check", "--no-input", *INSTALL_REQUIREMENTS]
            _run_logged(cmd, log, log_path, f"installing label-studio=={LS_VERSION}", env=env)
        version = _installed_version(venv)
        if version != LS_VERSION:
            raise LabelStudioError(f"expected label-studio {LS_VERSION} in {venv}, found {version!r}", _tail(log_path))
        if not exe.exists():
            raise LabelStudioError(f"pip succeeded but {exe} is missing", _tail(log_path))
        tmp = venv / (_MARKER_NAME + ".tmp")
        tmp.write_text(json.dumps(_marker_payload()))
        tmp.replace(venv / _MARKER_NAME)
        _say(progress, f"Installed Label Studio {version} in {time.monotonic() - t0:.0f} s")
        return exe


def _run_logged(cmd: list[str], log, log_path: Path, what: str, env: dict[str, str] | None = None) -> None:
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    proc = subprocess.run(cmd, check=False, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    log.flush()
    if proc.returncode != 0:
        raise LabelStudioError(f"{what} failed (exit {proc.returncode}); see {log_path}", _tail(log_path))
