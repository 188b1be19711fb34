"""What the browser tests of a team share: a workspace of its own articles pushed to a new project,
a person signing up, and "+" on a task that opens on an annotation already saved.

``pushed_project`` is the setup ``test_team``, ``test_browser_loop`` and ``test_browser_mouse``
each repeated: ``init``, the articles imported (a folder of ``.txt`` files, byte for byte, or a
JSON Lines file), ``ls push`` to a project of a fresh title, the task ids; the project is deleted
at the end.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.labelstudio.browser import Editor
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.client import connect

PLUS = "[aria-label='Create an annotation'], button:has-text('Create Annotation'), .lsf-annotations-carousel__add"
# the annotation shown: saved on the server (a pk), skipped, how many results
SHOWN_JS = """() => { const a = window.Htx.annotationStore.selected;
  return a ? {pk: a.pk || null, skipped: !!a.skipped, results: a.serializeAnnotation().length} : null; }"""


def at(text: str, s: str, after: str = "") -> tuple[int, int]:
    """The span of the first ``s`` in ``text`` (after the first ``after``)."""
    start = text.index(s, text.index(after) + len(after) if after else 0)
    return start, start + len(s)


def ng(*args: str, ok: bool = True) -> Any:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@dataclass
class Pushed:
    root: Path
    project: str
    conn: list[str]  # --url URL --token TOKEN
    client: Any
    pid: int
    tasks: dict[str, int]  # doc_id -> task id


@contextlib.contextmanager
def pushed_project(
    server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    articles: Mapping[str, str],
    *,
    entities: list[dict[str, Any]] | None = None,
    jsonl: bool = False,
) -> Iterator[Pushed]:
    """A new workspace ``<name> ws`` holding ``articles`` (doc_id -> text), pushed to project ``<name>-<hex>``."""
    root = tmp_path / f"{name} ws"
    ng("init", str(root))
    monkeypatch.setenv("NEWSGOLD_ROOT", str(root))
    if entities is not None:
        (root / "annotations/entities.json").write_text(json.dumps(entities, ensure_ascii=False), encoding="utf-8")
    if jsonl:
        source = tmp_path / "arts.jsonl"
        rows = [{"doc_id": d, "text": t} for d, t in articles.items()]
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        source = tmp_path / "articles"
        source.mkdir()
        for doc_id, text in articles.items():
            (source / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))  # CRLF kept byte for byte
    ng("import", "--no-progress", str(source))
    project = f"{name}-{uuid.uuid4().hex[:8]}"
    conn = ["--url", server.url, "--token", server.token]
    ng("ls", "push", "--project", project, *conn)
    client = connect(server.url, server.token, retries=1, backoff=0.01)
    pid = client.find_project(project).id
    tasks = {t["data"]["doc_id"]: t["id"] for t in client.tasks(pid)}
    assert sorted(tasks) == sorted(articles)
    try:
        yield Pushed(root, project, conn, client, pid, tasks)
    finally:
        client.sdk.projects.delete(id=pid)


def sign_up(chromium: Any, url: str, email: str, names: Mapping[str, str] | None = None) -> Editor:
    """A new person: their own browser context, the Sign up form of the login page."""
    page = chromium.new_context(viewport={"width": 1600, "height": 1000}).new_page()
    page.set_default_timeout(30_000)
    page.goto(url + "/user/login/")
    page.get_by_text("Sign up", exact=True).first.click()
    page.wait_for_url("**/user/signup/**")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "pw-" + email)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/user/" not in page.url, f"{email}: sign-up did not log in ({page.url})"
    return Editor(page, url, dict(names or {}))


def new_annotation(ed: Editor) -> None:
    """On a task that opens on an annotation already saved -- another's, or one someone skipped
    (an empty tab offering Unskip) -- "+" (Create an annotation), as the README says.  Asked of the
    editor's store, not of the highlights: a skipped tab shows none, and work done on it stays a
    draft of the skipped annotation.  Checked: the annotation shown is then new, unsaved and empty."""
    if not (ed.page.evaluate(SHOWN_JS) or {}).get("pk"):
        return  # a fresh annotation of one's own (the editor made it on opening the task)
    ed.page.locator(PLUS).first.click()
    ed.page.wait_for_timeout(800)
    shown = ed.page.evaluate(SHOWN_JS)
    assert shown == {"pk": None, "skipped": False, "results": 0}, f"after '+' the editor shows {shown}, not a new empty annotation"
