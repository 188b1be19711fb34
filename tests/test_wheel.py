"""newsgold as a user gets it: a wheel, run from an empty directory outside any workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RUN = """
import sys
sys.path.insert(0, sys.argv[1])
import newsgold, newsgold.cli
assert newsgold.__file__.startswith(sys.argv[1]), newsgold.__file__  # the wheel's copy, not the clone
sys.argv = ["newsgold", *sys.argv[2:]]
newsgold.cli.main()
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp / "dist"), str(REPO)], check=True, timeout=600
    )
    (wheel,) = (tmp / "dist").glob("newsgold-*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(tmp / "site"), str(wheel)], check=True, timeout=600
    )
    return tmp / "site"


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [["run"], ["validate"], ["show", "x"], ["score", "--pred", "p.jsonl"], ["extract", "quotes", "-o", "p.jsonl"]]
)
def test_outside_a_workspace_every_data_command_says_where_to_look(installed: Path, tmp_path: Path, args: list[str]):
    env = {k: v for k, v in os.environ.items() if k != "NEWSGOLD_ROOT"}
    proc = subprocess.run(
        [sys.executable, "-c", RUN, str(installed), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "--root" in lines[0] and "NEWSGOLD_ROOT" in lines[0], proc.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.slow
def test_the_wheel_reports_its_version(installed: Path, tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-c", RUN, str(installed), "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and proc.stdout.startswith("newsgold "), proc.stderr
