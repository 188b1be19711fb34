"""What a team leaves behind in Label Studio's web editor, in Debian's Chromium, and what the pull makes of it.

Two annotators on a new workspace's own articles (CRLF, flags, a ZWJ family, curly quotes, an NFD
accent): overlapping quotes and a claim inside a quote, relations; a task left unsubmitted for
another (the editor saves a draft), a task skipped in the label stream, an annotation submitted
and then deleted through its tab's menu, another submitted, opened again, a region taken out and
updated.  The pull must give exactly the submitted annotations, name the draft and the skipped
task, and, pulled again into the same folder, give the update and not keep the file of the
deleted annotation (round 10: the draft was never said, the stale file stayed, exit 0).
"""

from __future__ import annotations

import pytest
from tests.labelstudio.browser import Editor
from tests.labelstudio.team import at, new_annotation, ng, pushed_project, sign_up
from tests.labelstudio.test_browser import chromium  # noqa: F401  (the module's browser fixture)

from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

TALKS = (
    "Officials 🇮🇷🇴🇲 met 👨\u200d👩\u200d👧 today.\r\n“We will talk,” Zarif said — “soon”.\r\nTrump said talks were “a waste of time”.\r\n"
)
CAFE = "Khatibzadeh said: “No talks are underway.”\nCafe\u0301 owners said: «Non».\n"
A, B = "loop.a@example.org", "loop.b@example.org"


def leave_for(ed: Editor, text: str) -> None:
    """Open another task by clicking its row in the task list, as a person does (the editor then saves a draft)."""
    ed.page.locator("[class*='table__row']").filter(has_text=text).first.click()
    ed.page.wait_for_timeout(2500)


def delete_annotation(ed: Editor) -> None:
    """The annotation tab's menu: Delete Annotation, then the confirmation."""
    ed.page.locator(".lsf-annotation-button__trigger").first.click()
    ed.page.get_by_text("Delete Annotation").first.click()
    with ed.page.expect_response(lambda r: "/api/annotations" in r.url and r.request.method == "DELETE", timeout=30_000):
        ed.page.locator("[class*=modal] button").filter(has_text="Delete").last.click()
    ed.page.wait_for_timeout(800)


def test_drafts_skips_and_a_deleted_annotation_pull_as_left(ls_server, chromium, tmp_path, monkeypatch) -> None:  # noqa: F811
    articles = {"talks": TALKS, "cafe": CAFE, "quiet": "Nothing here.\n"}
    with pushed_project(ls_server, tmp_path, monkeypatch, "loop", articles, jsonl=True) as pushed:
        project, conn, pid, tasks = pushed.project, pushed.conn, pushed.pid, pushed.tasks
        a = sign_up(chromium, ls_server.url, A)
        a.open_task(pid, tasks["talks"])
        assert a.text() == TALKS.replace("\r", "\n")
        a.draw("Quote", *at(TALKS, "We will talk,"))
        a.choose("direct")
        a.draw("Source", *at(TALKS, "Zarif"))
        a.draw("Quote", *at(TALKS, "soon"))
        a.relate(at(TALKS, "Zarif"), at(TALKS, "We will talk,"), "source")
        a.relate(at(TALKS, "We will talk,"), at(TALKS, "soon"), "fragment")
        a.draw("Claim", *at(TALKS, "Officials 🇮🇷🇴🇲 met 👨\u200d👩\u200d👧 today"))
        a.choose("factual")
        a.choose("yes")
        a.submit()
        a.open_task(pid, tasks["cafe"])
        a.draw("Quote", *at(CAFE, "Non"))
        leave_for(a, "Nothing here")  # never submitted: a draft
        a.page.context.close()

        b = sign_up(chromium, ls_server.url, B)
        b.open_task(pid, tasks["talks"])
        new_annotation(b)
        b.draw("Quote", *at(TALKS, "We will talk,” Zarif said — “soon"))  # over both of A's fragments and the dash
        b.choose("direct")
        b.draw("Claim", *at(TALKS, "🇴🇲 met 👨\u200d👩\u200d👧"))  # from the second flag, over the ZWJ family
        b.choose("factual")
        b.choose("no")
        b.submit()
        b.open_task(pid, tasks["cafe"])
        b.draw("Quote", *at(CAFE, "No talks are underway."))
        b.choose("direct")
        b.submit()

        out = tmp_path / "passes"
        first = ng("ls", "pull", "--project", project, "-o", str(out), *conn)
        assert "draft" in first.output and f"by {A} not submitted" in first.output, first.output
        ctx = Workspace.find().context()
        pa, pb = load_annotations(out / A, ctx), load_annotations(out / B, ctx)
        assert set(pa) == {"talks"} and set(pb) == {"talks", "cafe"}
        [qa] = pa["talks"].quotes
        assert [TALKS[s:e] for s, e in qa.content] == ["We will talk,", "soon"] and tuple(qa.source.span) == at(TALKS, "Zarif")
        assert [tuple(c.span[0]) for c in pa["talks"].claims] == [at(TALKS, "Officials 🇮🇷🇴🇲 met 👨\u200d👩\u200d👧 today")]
        assert [[tuple(f) for f in q.content] for q in pb["talks"].quotes] == [[at(TALKS, "We will talk,” Zarif said — “soon")]]
        assert [(tuple(c.span[0]), c.checkworthy) for c in pb["talks"].claims] == [(at(TALKS, "🇴🇲 met 👨\u200d👩\u200d👧"), False)]
        assert [tuple(q.content[0]) for q in pb["cafe"].quotes] == [at(CAFE, "No talks are underway.")]

        delete_annotation(b)  # B's cafe annotation, through the tab's menu
        b.page.goto(f"{ls_server.url}/projects/{pid}/data")
        b.page.get_by_text("Label All Tasks").first.click()
        b.page.wait_for_selector(".lsf-richtext__container .lsf-richtext__line", timeout=60_000)
        offered = next(doc for doc, row in articles.items() if b.text().startswith(row[:10]))
        with b.page.expect_response(lambda r: "/api/" in r.url and r.request.method == "POST", timeout=30_000):
            b.page.locator("[data-testid='bottombar-skip-button']").click()
        b.page.wait_for_timeout(1500)
        b.open_task(pid, tasks["talks"])  # opens on B's annotation (the task's latest): B takes the claim out, Update
        assert b.page.evaluate("() => window.Htx.annotationStore.selected.user.email") == B
        b.delete_region(*at(TALKS, "🇴🇲 met 👨\u200d👩\u200d👧"))
        b.submit()
        b.page.context.close()

        stale = out / B / "cafe.json"
        refused = ng("ls", "pull", "--project", project, "-o", str(out), *conn, ok=False)
        assert refused.exit_code == 1 and "would be removed" in refused.output and stale.is_file(), refused.output
        again = ng("ls", "pull", "--project", project, "-o", str(out), "--overwrite", *conn)
        assert f"removed {stale}" in again.output and not stale.exists(), again.output
        assert f"({offered}): skipped annotation" in again.output and f"by {B} left out" in again.output, again.output
        assert load_annotations(out / A, ctx) == pa and set(load_annotations(out / B, ctx)) == {"talks"}
        updated = load_annotations(out / B, ctx)["talks"]  # the edit, pulled again; the rest as submitted
        assert updated.claims == [] and updated.quotes == pb["talks"].quotes


SUGGESTED = "Leaders 🇮🇷🇴🇲 met.\r\n“We will talk,” Zarif said.\r\nTalks resume in May 👋🏽.\r\n"


def test_a_quotes_only_suggestion_accepted_and_changed_pulls_whole(ls_server, chromium, tmp_path, monkeypatch) -> None:  # noqa: F811
    """A model's suggestion (quotes@4 predicts quotes only) is where the editor starts the annotation;
    the person changes the quote's type, adds a claim, submits.  On main the pull refused it: the
    prediction's hidden "not annotated: claims, stances" came along into the annotation."""
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.convert import doc_to_results
    from newsgold.schema import DocAnnotation, Quote, Source

    with pushed_project(ls_server, tmp_path, monkeypatch, "suggest", {"suggested": SUGGESTED}) as pushed:
        quote, zarif = at(SUGGESTED, "We will talk,"), at(SUGGESTED, "Zarif")
        quotes = [Quote(id="q1", content=[quote], type="direct", source=Source(span=zarif))]
        model = DocAnnotation(doc_id="suggested", quotes=quotes, claims=None, stances=None)  # layers it does not predict
        # the results `ls push --predictions` and the ML backend send
        results = doc_to_results(model, SUGGESTED, Vocab.of_workspace(Workspace.find()))
        pushed.client.sdk.predictions.create(task=pushed.tasks["suggested"], result=results, model_version="quotes@4")
        a = sign_up(chromium, ls_server.url, "suggest.a@example.org")
        a.open_task(pushed.pid, pushed.tasks["suggested"])
        assert sorted(a.state().regions.values()) == [(*quote, ("Quote",)), (*zarif, ("Source",))]  # the suggestion, to start from
        a.select_region(*quote)
        a.choose("indirect")
        a.draw("Claim", *at(SUGGESTED, "Talks resume in May 👋🏽."))
        a.choose("factual")
        a.choose("yes")
        a.submit()
        a.page.context.close()
        out = tmp_path / "pulled"
        pulled = ng("ls", "pull", "--project", pushed.project, "-o", str(out), *pushed.conn)
        assert "started from prediction" in pulled.output and "which has no claims or stances" in pulled.output, pulled.output
        doc = load_annotations(out, Workspace.find().context())["suggested"]
        assert [(q.type, [tuple(f) for f in q.content], tuple(q.source.span)) for q in doc.quotes] == [("indirect", [quote], zarif)]
        assert [[tuple(s) for s in c.span] for c in doc.claims] == [[at(SUGGESTED, "Talks resume in May 👋🏽.")]] and doc.stances == []
