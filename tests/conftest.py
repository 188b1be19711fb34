"""Shared fixtures: a synthetic context with text outside the BMP, and a private copy of the data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.validate import Context

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
