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

One job per module: :mod:`.installer` (the venv), :mod:`.process` (the
server process), :mod:`.template` (initialised data dirs); :mod:`._env` and
:mod:`._probe` hold what they share.  Import from here -- this is the public
face, and the submodules may move.

Only the standard library is imported; nothing needs the SDK.
"""

from __future__ import annotations

from newsgold.labelstudio import LS_SDK_VERSION, LS_VERSION  # noqa: F401 - importable here before
from newsgold.labelstudio.server._env import (
    DEFAULT_PASSWORD,
    DEFAULT_TOKEN,
    DEFAULT_USERNAME,
    LabelStudioError,
    Progress,  # noqa: F401 - importable here before
    default_data_dir,
    executable,
    ls_home,
    venv_dir,
)
from newsgold.labelstudio.server._probe import _listening_pids, _process_group_members, find_free_port  # noqa: F401 - used by the tests
from newsgold.labelstudio.server.installer import INSTALL_REQUIREMENTS, install, is_installed
from newsgold.labelstudio.server.process import LabelStudioServer
from newsgold.labelstudio.server.template import ensure_template

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_TOKEN",
    "DEFAULT_USERNAME",
    "INSTALL_REQUIREMENTS",
    "LS_VERSION",
    "LabelStudioError",
    "LabelStudioServer",
    "default_data_dir",
    "ensure_template",
    "executable",
    "find_free_port",
    "install",
    "is_installed",
    "ls_home",
    "venv_dir",
]
