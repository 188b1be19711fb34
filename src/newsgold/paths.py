"""Where the built-in corpus and annotations live.

The data sits at the top of the repository (``corpus/``, ``annotations/``, ``eval/``), not inside
the package, so that it is reviewed and diffed like any other file.  ``NEWSGOLD_ROOT`` points
elsewhere (e.g. a copy under test).
"""

from __future__ import annotations

import os
from pathlib import Path


def root() -> Path:
    env = os.environ.get("NEWSGOLD_ROOT")
    if env:
        return Path(env).resolve()
    for candidate in (Path(__file__).resolve().parents[2], Path.cwd(), *Path.cwd().parents):
        if (candidate / "corpus" / "data").is_dir() and (candidate / "annotations").is_dir():
            return candidate
    raise FileNotFoundError(
        "cannot find the newsgold data (corpus/ and annotations/): run from a clone of the "
        "repository or set NEWSGOLD_ROOT"
    )


def corpus_dir() -> Path:
    return root() / "corpus"


def documents_file() -> Path:
    return corpus_dir() / "data" / "documents.jsonl"


def annotations_dir() -> Path:
    return root() / "annotations"


def gold_dir() -> Path:
    return annotations_dir() / "gold"


def entities_file() -> Path:
    return annotations_dir() / "entities.json"


def targets_file() -> Path:
    return annotations_dir() / "targets.json"


def eval_dir() -> Path:
    return root() / "eval"


def relative(path: Path) -> str:
    """A path as users typed or see it: relative to the cwd when below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
