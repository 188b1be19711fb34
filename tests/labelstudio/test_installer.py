"""Which installer builds Label Studio's environment: uv when newsgold's environment has it, pip when asked."""

from __future__ import annotations

import sys
from pathlib import Path

from newsgold.labelstudio.server.installer import uv_executable


def test_uv_from_newsgolds_environment(monkeypatch) -> None:
    monkeypatch.delenv("NEWSGOLD_LS_INSTALLER", raising=False)
    here = Path(sys.executable).parent / "uv"
    assert here.is_file(), "uv is in the test extra"
    assert uv_executable() == str(here)


def test_pip_when_asked(monkeypatch) -> None:
    monkeypatch.setenv("NEWSGOLD_LS_INSTALLER", "pip")
    assert uv_executable() is None
