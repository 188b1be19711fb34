"""Default locations of the Label Studio server need a real home (newsgold.labelstudio.server._env)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.labelstudio.server import LabelStudioError, default_data_dir, ls_home


@pytest.mark.parametrize("home", ["", "   ", None])
def test_no_home_is_a_clear_error_not_a_root_install(monkeypatch: pytest.MonkeyPatch, home: str | None):
    monkeypatch.delenv("NEWSGOLD_LS_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    with pytest.raises(LabelStudioError, match="HOME is not set: set HOME, or NEWSGOLD_LS_HOME"):
        ls_home()
    with pytest.raises(LabelStudioError, match="XDG_DATA_HOME or --data-dir"):
        default_data_dir()


def test_a_home_that_is_no_directory_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("NEWSGOLD_LS_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "nonexistent"))
    with pytest.raises(LabelStudioError, match="not a directory"):
        ls_home()
    assert not (tmp_path / "nonexistent").exists()


def test_the_variables_set_the_locations_without_a_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", "")
    monkeypatch.setenv("NEWSGOLD_LS_HOME", str(tmp_path / "ls"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert ls_home() == (tmp_path / "ls").resolve()
    assert default_data_dir() == tmp_path / "data" / "newsgold" / "labelstudio"


def test_with_a_home_the_defaults_are_under_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("NEWSGOLD_LS_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert ls_home().parent == tmp_path / ".cache" / "newsgold"
    assert default_data_dir() == tmp_path / ".local" / "share" / "newsgold" / "labelstudio"


def test_ls_install_without_a_home_exits_non_zero_and_writes_nothing(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSGOLD_LS_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    env["HOME"] = ""
    proc = subprocess.run(
        [str(Path(sys.executable).with_name("newsgold")), "ls", "install"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode != 0
    assert "HOME is not set" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []
