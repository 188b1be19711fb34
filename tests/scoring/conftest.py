"""Fixtures for scoring tests; the synthetic data itself lives in ``synthetic.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import write_root


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    r = write_root(tmp_path / "root")
    monkeypatch.setenv("NEWSGOLD_ROOT", str(r))
    monkeypatch.chdir(r)
    return r
