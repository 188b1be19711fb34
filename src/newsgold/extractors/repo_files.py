"""The one place where extractors turn a repository-relative config path into a file path.

``entities`` (the speaker registry) and ``targets`` (stance) may be given relative to the
repository root, as the suites do.  Both lookups go through :func:`repo_path`, so replacing the
global ``newsgold.paths`` root (e.g. by a workspace object) is a change here only.
"""

from __future__ import annotations

from pathlib import Path


def repo_path(value: str | Path) -> Path:
    """``value`` itself when absolute, else relative to the repository root (``paths.root()``)."""
    path = Path(value)
    if path.is_absolute():
        return path
    from newsgold import paths

    return paths.root() / path
