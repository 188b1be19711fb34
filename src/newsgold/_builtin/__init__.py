"""Where the built-in seed corpus is: the read-only workspace used outside any other.

A wheel carries the repository's ``corpus/``, ``annotations/`` and ``eval/suites/`` in this
package's directory (``pyproject.toml`` maps them here at build time).  A source tree or an
editable install has no copy: the data is the repository's own, three levels up.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def builtin_root() -> Path | None:
    """The directory holding the seed corpus, or None when this installation has none."""
    from newsgold.workspace import is_workspace

    if is_workspace(HERE):
        return HERE
    repo = HERE.parents[2]  # src/newsgold/_builtin -> the repository
    if HERE.parents[1].name == "src" and (repo / "pyproject.toml").is_file() and is_workspace(repo):
        return repo
    return None
