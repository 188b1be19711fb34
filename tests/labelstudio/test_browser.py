"""Annotating in Label Studio's web editor, as a person does, in Debian's Chromium.

The test logs in, opens a task whose gold is pre-loaded and, through the page only: draws a
direct quote with source, cue, type and speaker, an interrupted quote of two fragments (one
across a line break), a claim with kind, check-worthiness and claimant (from the first
character, over a flag and an emoji), a document stance; changes the type of a gold quote and
deletes a gold claim; submits; then ``newsgold ls pull`` must give exactly the expected
annotation, with the guidelines' ids.  Screenshots of the labeling view: the README's in
``docs/`` come from ``NEWSGOLD_DOCS_SCREENSHOTS=1 .venv/bin/python -m pytest tests/labelstudio/test_browser.py``.

Chromium is Debian's (``scripts/test.sh`` installs it); Playwright's own browser download is
never used.  Without a browser the tests skip -- under ``CI`` they fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from pathlib import Path

import pytest
from tests.labelstudio.browser import Editor, chromium_path
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.client import connect
from newsgold.schema import DOCUMENT_HOLDER, Claim, DocAnnotation, Quote, Source, Stance, dumps_doc
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parents[2]


def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: ``docs/`` (the README's) with NEWSGOLD_DOCS_SCREENSHOTS=1, else the test's tmp dir."""
    return REPO / "docs" if os.environ.get("NEWSGOLD_DOCS_SCREENSHOTS") == "1" else tmp_path


DOC_ID = "synth-browser"
TEXT = (
    "Officials 🇮🇷 met 👋🏽 today in Muscat.\n"
    "“We will talk,” the spokesman said.\n"
    "“No deal,” Zarif said, “before the\nelection.”\n"
    "Trump said talks were “a waste of time”.\n"
    "There are no talks."
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def at(s: str, after: str = "") -> tuple[int, int]:
    """The span of the first ``s`` in TEXT (after the first ``after``)."""
    start = TEXT.index(s, TEXT.index(after) + len(after) if after else 0)
    return start, start + len(s)


@pytest.fixture(scope="module")
def chromium():
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright

        if path is None:
            raise FileNotFoundError("no chromium on PATH nor /usr/bin/chromium (scripts/test.sh installs it with apt)")
        pw = sync_playwright().start()
        try:
            browser = pw.chromium.launch(executable_path=path, args=["--no-sandbox"])
        except Exception:
            pw.stop()
            raise
    except Exception as exc:  # ImportError, a missing or broken chromium
        message = f"Chromium cannot be started for the browser tests: {exc}"
        if _in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    yield browser
    browser.close()
    pw.stop()


@pytest.fixture
def editor(chromium, ls_server, request):
    context = chromium.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    from newsgold.labelstudio.config import Vocab

    ed = Editor(page, ls_server.url, Vocab.of_workspace(Workspace.find()).names)
    ed.login(ls_server.username, ls_server.password)
    yield ed
    # the steps the driver redid (the page was not ready), in the junit report and in `pytest -s`
    request.node.user_properties += [("redone_steps", len(ed.redone)), *(("redone", note) for note in ed.redone)]
    print(f"[browser] {len(ed.redone)} step(s) redone", flush=True)
    shots = os.environ.get("NEWSGOLD_BROWSER_SHOTS")  # where to look at the page as the test left it
    if shots:
        ed.screenshot(Path(shots) / "last.png")
    context.close()


@pytest.fixture
def project(request, ls_server):
    client = connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)
    title = f"b-{request.node.name[:28]}-{uuid.uuid4().hex[:8]}"
    yield title
    found = client.find_project(title)
    if found is not None:
        client.sdk.projects.delete(id=found.id)


def ls(server, *args: str):
    result = CliRunner().invoke(app, ["ls", *args, "--url", server.url, "--token", server.token], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


GOLD = DocAnnotation(
    DOC_ID,
    quotes=[Quote("q1", "indirect", [at("talks were “a waste of time”")], Source(at("Trump"), "E_TRUMP"), at("said", after="Trump"))],
    claims=[Claim("c1", [at("There are no talks")], "E_UNNAMED_PUBLISHER", "factual", True, None)],
    stances=[Stance(DOCUMENT_HOLDER, "T_SECRET_TALKS", "against")],
)
EXPECTED = DocAnnotation(
    DOC_ID,
    quotes=[
        Quote("q1", "direct", [at("We will talk,")], Source(at("the spokesman"), "E_KHATIBZADEH"), at("said", after="spokesman")),
        Quote(
            "q2",
            "direct",
            [at("No deal,"), at("before the\nelection.")],
            Source(at("Zarif", after="No deal"), "E_ZARIF"),
            at("said", after="Zarif"),
        ),
        Quote("q3", "mixed", [at("talks were “a waste of time”")], Source(at("Trump"), "E_TRUMP"), at("said", after="Trump")),
    ],
    claims=[Claim("c1", [at("Officials 🇮🇷 met 👋🏽 today in Muscat")], "E_UNNAMED_PUBLISHER", "factual", True, None)],
    stances=[Stance(DOCUMENT_HOLDER, "T_SECRET_TALKS", "against"), Stance(DOCUMENT_HOLDER, "T_NEGOTIATE", "neutral")],
)


def _add_document(root: Path) -> None:
    doc = {"doc_id": DOC_ID, "text": TEXT, "title": "Browser 🇮🇷", "genre": "news"}
    doc |= {"sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "n_chars": len(TEXT)}
    with open(root / "corpus/data/documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    (root / "annotations/gold" / f"{DOC_ID}.json").write_text(dumps_doc(GOLD), encoding="utf-8")


def _task(server, title: str, doc_id: str) -> tuple[int, int]:
    client = connect(server.url, server.token, retries=1, backoff=0.01)
    pid = client.project(title).id
    [task] = [t for t in client.tasks(pid) if t["data"]["doc_id"] == doc_id]
    return pid, task["id"]


def test_annotate_in_the_browser_and_pull_exactly_that(ls_server, editor, project, data_root, tmp_path) -> None:
    _add_document(data_root)
    ls(ls_server, "push", "--project", project, "--with-gold")
    pid, tid = _task(ls_server, project, DOC_ID)
    ed = editor
    ed.open_task(pid, tid)
    assert ed.text() == TEXT  # the editor shows the corpus text, line breaks and all

    # the pre-loaded gold: a quote's type changed, a claim deleted
    ed.select_region(*at("talks were “a waste of time”"))
    ed.choose("mixed")
    ed.delete_region(*at("There are no talks"))

    # a direct quote with its source, cue, type and speaker
    ed.draw("Quote", *at("We will talk,"))
    ed.draw("Source", *at("the spokesman"))
    ed.draw("Cue", *at("said", after="spokesman"))
    ed.select_region(*at("We will talk,"))
    ed.choose("direct")
    ed.choose("Saeed Khatibzadeh")
    ed.relate(at("the spokesman"), at("We will talk,"), "source")  # relations labelled in the Relations panel
    ed.relate(at("said", after="spokesman"), at("We will talk,"))  # left unlabelled: its two ends say it is the cue

    # an interrupted quote: two fragments, the second across a line break; attributes once, on the first
    ed.draw("Quote", *at("No deal,"))
    ed.draw("Quote", *at("before the\nelection."))
    ed.draw("Source", *at("Zarif", after="No deal"))
    ed.draw("Cue", *at("said", after="Zarif"))
    ed.select_region(*at("No deal,"))
    ed.choose("direct")
    ed.choose("Mohammad Javad Zarif")
    ed.relate(at("before the\nelection."), at("No deal,"), "fragment")
    ed.relate(at("Zarif", after="No deal"), at("No deal,"), "source")
    ed.relate(at("said", after="Zarif"), at("No deal,"), "cue")

    # a claim from the first character, over a flag and an emoji
    ed.draw("Claim", *at("Officials 🇮🇷 met 👋🏽 today in Muscat"))
    ed.select_region(*at("Officials 🇮🇷 met 👋🏽 today in Muscat"))
    ed.choose("factual")
    ed.choose("yes")
    ed.choose(ed.names["E_UNNAMED_PUBLISHER"])

    # a document stance
    ed.stance("The article's own voice", "T_NEGOTIATE", "neutral")
    ed.select_region(*at("No deal,"))
    ed.screenshot(shots(tmp_path) / "labelstudio-editing.png")
    ed.submit()

    # what the editor stored: on the relations drawn in the UI, the labels picked there (the push labels the gold's own)
    client = connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)
    [task] = [t for t in client.tasks(pid) if t["id"] == tid]
    [ann] = task["annotations"]
    (tmp_path / "stored-annotation.json").write_text(json.dumps(ann["result"], ensure_ascii=False, indent=1))  # to diff with a failing pull
    text_of = {
        r["id"]: (r["value"]["text"].replace("\\n", "\n"), *r["value"]["labels"]) for r in ann["result"] if r.get("type") == "labels"
    }
    pushed = re.compile(r"[qc][0-9]+(:.*)?")
    drawn = {
        (text_of[r["from_id"]], text_of[r["to_id"]]): r.get("labels") or []
        for r in ann["result"]
        if r.get("type") == "relation" and not pushed.fullmatch(r["from_id"]) and not pushed.fullmatch(r["to_id"])
    }
    quote, second = ("We will talk,", "Quote"), ("No deal,", "Quote")
    assert drawn == {  # (text, label) of both ends: a wrong pull is then the pull's fault, not the page's
        (("the spokesman", "Source"), quote): ["source"],
        (("said", "Cue"), quote): [],
        (("before the\nelection.", "Quote"), second): ["fragment"],
        (("Zarif", "Source"), second): ["source"],
        (("said", "Cue"), second): ["cue"],
    }

    out = tmp_path / "pulled"
    ls(ls_server, "pull", "--project", project, "-o", str(out))
    pulled = load_annotations(out, Workspace.find().context())
    assert pulled[DOC_ID] == EXPECTED
    gold = load_annotations(data_root / "annotations/gold", Workspace.find().context())
    assert {k: v for k, v in pulled.items() if k != DOC_ID} == {k: v for k, v in gold.items() if k != DOC_ID}


def test_labeling_view_with_the_gold_loaded(ls_server, editor, project, tmp_path) -> None:
    """The screenshot of the README: a corpus document with its gold, a quote selected."""
    ls(ls_server, "push", "--project", project, "--with-gold")
    pid, tid = _task(ls_server, project, "no-negotiations-underway")
    editor.open_task(pid, tid)
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())["no-negotiations-underway"]
    q2 = next(q for q in gold.quotes if q.id == "q2")
    assert (q2.type, q2.source.entity) == ("direct", "E_KHATIBZADEH")
    text = Workspace.find().documents["no-negotiations-underway"].text
    editor.select_listed("Quote", text[slice(*q2.content[0])])
    page = editor.page
    # the quote's speaker is ticked by the entity's name (its id is what the result stores)
    assert (
        page.locator("#ng-side label.lsf-choice__checkbox:visible:not(#ng-stance *):has(input[name='Saeed Khatibzadeh']:checked)").count()
        == 1
    )
    assert page.locator("#ng-side label.lsf-choice__checkbox:visible:has(input[name='direct']:checked)").count() == 1
    assert page.locator("#ng-side").get_by_text("E_KHATIBZADEH").filter(visible=True).count() == 0
    ids_shown = page.get_by_text("E_KHATIBZADEH").filter(visible=True)  # the Data Manager's task table lists the task data
    assert ids_shown.evaluate_all("els => els.filter(e => !e.closest('[class*=\"dm-\"]')).length") == 0  # the editor: names, never ids
    assert page.get_by_text("Choices:").filter(visible=True).count() == 0  # no unnamed list of values in the Info panel
    assert page.get_by_text("Layers NOT annotated").filter(visible=True).count() == 0  # prediction-only controls hidden
    assert page.get_by_text("Other stances").filter(visible=True).count() == 0
    # the stance rows offer this document's holders (own voice, then its stance holders and the eligible entities it names)
    ws = Workspace.find()
    from newsgold.labelstudio.config import Vocab
    from newsgold.layers.stances_ls import OWN_VOICE, document_holders

    vocab = Vocab.of_workspace(ws)
    expected = [OWN_VOICE, *(vocab.names[h] for h in document_holders(text, vocab, [gold])[1:])]
    for target in vocab.target_ids:
        for label in ("favor", "against", "neutral"):
            row = editor.stance_row(target, label)
            assert row.locator("label.lsf-choice__checkbox input").evaluate_all("els => els.map(e => e.name)") == expected
    assert "Mohammad Marandi" not in expected and "Unnamed publisher" not in " ".join(expected)  # another document's holder; a voice
    held = editor.stance_row("T_SECRET_TALKS", "against").locator("label.lsf-choice__checkbox:has(input:checked) input")
    assert held.evaluate_all("els => els.map(e => e.name)") == [vocab.names["E_KHATIBZADEH"]]  # the gold's stance, ticked
    # the Regions list shows each pushed item's id under its region: two claims on one span are told apart there
    boxes = page.locator("[data-testid='textarea-region-input']")
    shown = boxes.filter(visible=True).evaluate_all("els => els.map(e => e.value)")
    assert "q1" in shown and set(shown) <= {item.id for item in [*gold.quotes, *gold.claims]}  # (the list renders what is in view)
    assert "" in boxes.evaluate_all("els => els.map(e => e.value)")  # a Source's empty box is there, but not shown
    # the annotation tab names the annotator, not "annotato….local"
    assert page.get_by_text("Annotator", exact=True).filter(visible=True).count() >= 1
    assert page.get_by_text(re.compile(r"annotato.*local")).filter(visible=True).count() == 0
    editor.screenshot(shots(tmp_path) / "labelstudio-gold.png")
    assert (shots(tmp_path) / "labelstudio-gold.png").stat().st_size > 10_000
    editor.unselect()  # the stance grid, with the gold's stances ticked
    page.evaluate("() => { const s = document.querySelector('#ng-side'); s.scrollTop = s.scrollHeight; }")
    page.wait_for_timeout(200)
    page.locator("#ng-side").screenshot(path=str(shots(tmp_path) / "labelstudio-stance.png"))
