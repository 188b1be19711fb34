"""Shared fixtures: a synthetic context with text outside the BMP, and a private copy of the data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.validate import Context


def in_ci() -> bool:
    """Under CI (CI set to anything but empty/0/false/no) a missing service fails instead of skipping."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(module: str) -> None:
    """``pytest.importorskip``, except that under CI a missing test dependency is a failure."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        if in_ci():
            pytest.fail(f"{module} is a test dependency (pip install -e '.[test]'); under CI it must be there", pytrace=False)
        pytest.skip(f"{module} not installed", allow_module_level=True)


REPO = Path(__file__).resolve().parents[1]

# Code points outside the Basic Multilingual Plane (emoji, a flag: two regional indicators) and
# curly quotes, so that any UTF-16 or byte offset confusion shows up as a wrong span.
SYNTH_TEXT = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said. She denied it.\n"


@pytest.fixture
def synth_doc() -> Document:
    return Document(doc_id="synth", text=SYNTH_TEXT)


@pytest.fixture
def ctx(synth_doc: Document) -> Context:
    return Context(docs={"synth": synth_doc}, entity_ids={"E_SPOKESMAN", "E_HER"}, target_ids={"T_TALKS"})


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of corpus/ and annotations/ that a test may break; NEWSGOLD_ROOT points at it."""
    root = tmp_path / "root"
    shutil.copytree(REPO / "corpus", root / "corpus")
    shutil.copytree(REPO / "annotations", root / "annotations")
    (root / "eval").mkdir()
    monkeypatch.setenv("NEWSGOLD_ROOT", str(root))
    return root
