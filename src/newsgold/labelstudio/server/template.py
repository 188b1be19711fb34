"""Initialised data dirs, built once per set of credentials and then copied.

A first start on an empty data dir takes ~30 s (migrations, organisation, user
and token).  :func:`ensure_template` pays that once, keeps the result under
``<home>/templates/<key>/data`` (the key hashes the credentials and the Label
Studio version) and every later server starts from a copy in a few seconds.
Builds go through a temporary ``build-*`` dir renamed into place under a file
lock, so concurrent test runs never see a half-built template.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from pathlib import Path

from newsgold.labelstudio import LS_VERSION
from newsgold.labelstudio.server._env import DEFAULT_PASSWORD, DEFAULT_TOKEN, DEFAULT_USERNAME, Progress, _file_lock, _say, ls_home

_TEMPLATE_FORMAT = 1


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
        # imported here: the server starts from templates, a template is built by a server
        from newsgold.labelstudio.server.process import LabelStudioServer

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
