"""A team's whole loop in Label Studio's web editor, as people run it, in Debian's Chromium.

A new workspace (``init``) with the team's own articles (``import`` of a folder: a CRLF text with
a flag, an emoji and curly quotes, and a second one), ``ls push``; two annotators each sign up
with their own account in the browser and label the quotes through the page (mouse selection,
labels, relations, the quote type and speaker choices, submit; the second one with "+" on a
task the first annotated); ``ls pull`` into passes (one folder per e-mail), ``ls agreement``,
``adjudicate`` with a decision on the open position, ``--write-gold``, then ``score`` of an
extractor against that gold.  Every offset is a Python ``str`` index into the imported text
and must come back unchanged.
"""

from __future__ import annotations

import json

import pytest
from tests.labelstudio.browser import Editor
from tests.labelstudio.team import Pushed, at, new_annotation, ng, pushed_project, sign_up
from tests.labelstudio.test_browser import chromium  # noqa: F401  (the module's browser fixture)

from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

TALKS = "Officials 🇴🇲 met in Muscat 👋🏽.\r\n“We will talk,” Zarif said on Monday.\r\nNo date was set.\r\n"
DENIAL = "Khatibzadeh said: “No talks are underway.”\nTrump said the talks were “a waste of time”.\n"
ENTITIES = [
    {"id": "E_ZARIF", "name": "Mohammad Javad Zarif", "type": "person", "aliases": ["Zarif"]},
    {"id": "E_KHATIBZADEH", "name": "Saeed Khatibzadeh", "type": "person", "aliases": ["Khatibzadeh"]},
    {"id": "E_TRUMP", "name": "Donald Trump", "type": "person", "aliases": ["Trump"]},
]
A, B = "ann.a@example.org", "ann.b@example.org"


def label_quote(ed: Editor, text: str, content: str, source: str, cue: str, qtype: str, speaker: str) -> None:
    ed.draw("Quote", *at(text, content))
    ed.draw("Source", *at(text, source))
    ed.draw("Cue", *at(text, cue, after=source))
    ed.select_region(*at(text, content))
    ed.choose(qtype)
    ed.choose(speaker)
    ed.relate(at(text, source), at(text, content), "source")
    ed.relate(at(text, cue, after=source), at(text, content), "cue")


def test_a_team_annotates_its_own_articles_and_makes_gold(ls_server, chromium, tmp_path, monkeypatch) -> None:  # noqa: F811
    with pushed_project(ls_server, tmp_path, monkeypatch, "team", {"talks": TALKS, "denial": DENIAL}, entities=ENTITIES) as pushed:
        run_the_team(chromium, ls_server.url, pushed, tmp_path)


def run_the_team(chromium, url: str, pushed: Pushed, tmp_path) -> None:  # noqa: F811
    root, project, conn, pid, tasks = pushed.root, pushed.project, pushed.conn, pushed.pid, pushed.tasks
    ws = Workspace.find()
    assert {d: ws.documents[d].text for d in ("talks", "denial")} == {"talks": TALKS, "denial": DENIAL}
    for email in (A, B):
        ed = sign_up(chromium, url, email, {e["id"]: e["name"] for e in ENTITIES})
        for doc, text in (("talks", TALKS), ("denial", DENIAL)):
            ed.open_task(pid, tasks[doc])
            # the editor breaks the line at \r and at \n (a CRLF shows as an empty line), one character each
            assert ed.text() == text.replace("\r", "\n")
            new_annotation(ed)
            if doc == "talks":
                label_quote(ed, text, "We will talk,", "Zarif", "said", "direct", "Mohammad Javad Zarif")
            else:
                label_quote(ed, text, "No talks are underway.", "Khatibzadeh", "said", "direct", "Saeed Khatibzadeh")
                if email == B:  # only B sees Trump's partial quote: one open position to adjudicate
                    label_quote(ed, text, "the talks were “a waste of time”", "Trump", "said", "mixed", "Donald Trump")
            ed.submit()
        print(f"[browser] {email}: {len(ed.redone)} step(s) redone", flush=True)
        ed.page.context.close()

    passes = root / "annotations/passes/round1"
    ng("ls", "pull", "--project", project, "-o", str(passes), *conn)
    assert sorted(p.name for p in passes.iterdir()) == [A, B]
    ctx = ws.context()
    pa, pb = load_annotations(passes / A, ctx), load_annotations(passes / B, ctx)
    for doc, text, content in (("talks", TALKS, "We will talk,"), ("denial", DENIAL, "No talks are underway.")):
        for pulled in (pa, pb):
            q = pulled[doc].quotes[0]
            assert [tuple(f) for f in q.content] == [at(text, content)]  # after a CRLF, a flag and an emoji: no drift
            assert (q.id, q.type, tuple(q.cue)) == ("q1", "direct", at(text, "said"))
    assert [tuple(f) for f in pb["denial"].quotes[1].content] == [at(DENIAL, "the talks were “a waste of time”")]
    assert (pb["denial"].quotes[1].type, pb["denial"].quotes[1].source.entity) == ("mixed", "E_TRUMP")
    assert len(pa["denial"].quotes) == 1
    assert pa["talks"].quotes[0].source.entity == "E_ZARIF" and pa["talks"].quotes[0].content == pb["talks"].quotes[0].content

    agreement = ng("ls", "agreement", "--project", project, "--format", "json", *conn)
    assert A in agreement.output and B in agreement.output

    cur = tmp_path / "curation"
    ng("adjudicate", str(passes), "-o", str(cur))
    curation = json.loads((cur / "denial.json").read_text(encoding="utf-8"))
    positions = curation["meta"]["curation"]["positions"]
    open_ = [p for p in positions if p.get("status") not in ("agree", "accepted", "decided")]
    assert len(open_) == 1, open_
    open_[0]["decision"] = B
    (cur / "denial.json").write_text(json.dumps(curation, ensure_ascii=False), encoding="utf-8")
    ng("adjudicate", str(passes), "--decisions", str(cur), "-o", str(tmp_path / "cur2"), "--write-gold")
    gold = load_annotations(ws.gold_dir, ctx)
    assert [(TALKS[slice(*q.content[0])], q.source.entity) for q in gold["talks"].quotes] == [("We will talk,", "E_ZARIF")]
    assert [DENIAL[slice(*q.content[0])] for q in gold["denial"].quotes] == ["No talks are underway.", "the talks were “a waste of time”"]
    ng("validate")

    ng("extract", "quotes@4", "-o", str(tmp_path / "p.jsonl"))
    score = ng("score", "--pred", str(tmp_path / "p.jsonl"), "--bootstrap", "0", "--format", "json").output
    report = json.loads(score)  # over the team's gold: its two documents and three quotes
    assert (report["n_docs"], report["support"]["quotes.content.gold"]) == (2, 3)
