"""The CLI's last net: an OSError no library code expected (standard output on a full disk) is one
line naming what failed, exit 1, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def newsgold(*args: str, stdout: object = subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *args], stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=cwd)  # type: ignore[call-overload]


def test_standard_output_on_a_full_disk_is_one_error() -> None:
    with open("/dev/full", "w") as full:
        result = newsgold("schema", stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "error: cannot write to standard output: No space left on device"


def test_a_newsgold_toml_that_is_a_directory_is_named(tmp_path: Path) -> None:
    for sub in ("newsgold.toml", "corpus/data", "annotations"):
        (tmp_path / sub).mkdir(parents=True)
    result = newsgold("validate", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "newsgold.toml: cannot be read: Is a directory" in result.stderr
