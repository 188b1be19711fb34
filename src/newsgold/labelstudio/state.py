"""The Label Studio connection a workspace last annotated with, kept in its local state.

``newsgold annotate`` records URL, port, project and API token in
``<workspace>/.newsgold/labelstudio.json`` (git-ignored, readable by the user only), so that
``ls pull``, ``ls push``, ``ls agreement`` and ``status`` reach the same server without flags.
Flags and environment variables still win; :func:`resolve` says where each value came from,
so error messages name the right remedy.

The API token is the workspace's own: :func:`workspace_token` makes a random one the first
time (recorded at once), never a well-known default that anyone on the machine could use.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.labelstudio.client import DEFAULT_URL

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

STATE_DIR = ".newsgold"
STATE_FILE = "labelstudio.json"


@dataclass(frozen=True)
class Connection:
    url: str
    port: int | None
    project: str | None
    token: str


@dataclass(frozen=True)
class Resolved:
    url: str
    token: str | None
    project: str | None
    token_from: str  # what to fix when the token is refused: "--token / NEWSGOLD_LS_TOKEN" or the state file
    saved: Connection | None


def state_path(ws: Workspace) -> Path:
    return ws.root / STATE_DIR / STATE_FILE


def save(ws: Workspace, conn: Connection) -> Path | None:
    """Record the connection; None when the workspace is read-only.

    Written privately (owner only, from the first byte) through a temporary renamed into place:
    the token is never readable by others, not even for a moment."""
    from newsgold.output import atomic_write_text

    if ws.read_only:
        return None
    path = state_path(ws)
    ignore = path.parent / ".gitignore"  # the token stays out of git in any workspace, not only `newsgold init`'s
    if not ignore.exists():
        atomic_write_text(ignore, "# newsgold's local state (a Label Studio token): never committed\n*\n")
    atomic_write_text(path, json.dumps(asdict(conn), indent=2) + "\n", private=True)
    return path


def load(ws: Workspace) -> Connection | None:
    """The recorded connection, or None (no file, or one this version cannot read)."""
    try:
        raw = json.loads(state_path(ws).read_text(encoding="utf-8"))
        port = raw.get("port")
        return Connection(str(raw["url"]), int(port) if port is not None else None, raw.get("project"), str(raw["token"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def data_dir_token(data_dir: Path, username: str) -> str | None:
    """The API token of ``username`` in an existing Label Studio data dir (read-only), or None.

    A data dir keeps the token it was created with, whatever a later start is given."""
    import sqlite3

    db = data_dir / "label_studio.sqlite3"
    if not db.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            row = con.execute(
                "SELECT t.key FROM authtoken_token t JOIN htx_user u ON u.id = t.user_id WHERE u.email = ?", (username,)
            ).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def workspace_token(ws: Workspace, port: int, project: str | None, data_dir: Path | None = None, username: str = "") -> str:
    """The token ``annotate`` starts Label Studio with when none is given, recorded at once.

    The existing data dir's own token if it has one for ``username``; else the workspace's
    recorded token; else, the first time, a new random one (never a well-known default).  A
    read-only workspace gets a random token for this session only."""
    import secrets

    saved = load(ws)
    token = (data_dir_token(data_dir, username) if data_dir is not None else None) or (saved.token if saved is not None else "")
    token = token or secrets.token_hex(20)  # 40 hex digits, the form of Label Studio's own tokens
    if saved is None or saved.token != token:
        save(ws, Connection(f"http://127.0.0.1:{port}", port, project, token))
    return token


def resolve(ws: Workspace, url: str | None, token: str | None, project: str | None = None) -> Resolved:
    """Flags (or their environment variables) first, then the recorded connection, then the defaults.

    The recorded token is used only with the recorded URL (or no URL given): a token of one
    server is never sent to another.
    """
    saved = load(ws)
    usable = saved is not None and (url is None or url.rstrip("/") == saved.url.rstrip("/"))
    if token:
        token_from = "--token / NEWSGOLD_LS_TOKEN"
    elif usable and saved is not None:
        token, token_from = saved.token, f"the token recorded by `newsgold annotate` in {state_path(ws)}"
    else:
        token_from = "--token / NEWSGOLD_LS_TOKEN"
    return Resolved(
        url or (saved.url if saved is not None else DEFAULT_URL),
        token or None,
        project or (saved.project if usable and saved is not None else None),
        token_from,
        saved,
    )
