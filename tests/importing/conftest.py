"""A fresh workspace and a folder of three articles with text that offsets get wrong easily."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsgold.workspace import Workspace
from newsgold.workspace_init import init_workspace

ARTICLES = {
    # emoji outside the BMP (a flag: two code points; a waving hand with a skin tone modifier)
    "Iran Talks Denied.txt": "Officials 🇮🇷 met 👋🏽 today.\nNo talks, they said.",
    # curly quotes, an ellipsis, and a line break
    "quote_of_the_day.txt": "“We will talk … later,” the spokesman said.\nShe denied it.\n",
    "plain.txt": "A third article with nothing special in it.",
}
IDS = {"iran-talks-denied", "quote-of-the-day", "plain"}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    init_workspace(tmp_path / "ws", name="mine")
    return Workspace.at(tmp_path / "ws")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder
