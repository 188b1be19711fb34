"""A person's mouse in Label Studio's editor (Debian's Chromium), and what the pull makes of it.

Round 11, by hand: three annotators on their own articles (CRLF and blank-line paragraphs, flags,
ZWJ sequences, curly quotes, a long paragraph).  Every mouse selection (drag, backwards drag,
click then shift-click, double-click) gave Python ``str`` offsets exactly, the browser moving an
end aimed inside a flag or a ZWJ family to the character's edge; but a task whose only annotation
another annotator had skipped opened on that skipped tab, the second annotator labelled it there
(Label Studio offers Unskip, no Submit), the work stayed a draft of the skipped annotation, and the
pull told them to "submit it".  This test does both, with the mouse only.
"""

from __future__ import annotations

import pytest
from tests.labelstudio.mouse import double_click, drag, mouse_draw, shift_click
from tests.labelstudio.team import SHOWN_JS, at, ng, pushed_project, sign_up
from tests.labelstudio.test_browser import chromium  # noqa: F401  (the module's browser fixture)
from tests.labelstudio.test_browser_loop import leave_for
from tests.labelstudio.test_team import ENTITIES

from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

FLAGS, FAMILY = "🇮🇷🇴🇲", "👨\u200d👩\u200d👧\u200d👦"
TALKS = f"Leaders {FLAGS} met 👋🏽 today.\r\n\r\n“We will talk,” Zarif said, “but\r\nnot forever.”\r\n\r\nFamilies {FAMILY} waited.\r\n"
QUIET = "Nothing was said today.\n"
A, B = "mouse.a@example.org", "mouse.b@example.org"
NAMES = {e["id"]: e["name"] for e in ENTITIES}


def test_mouse_selections_pull_exactly_and_a_draft_on_a_skipped_tab_is_named(ls_server, chromium, tmp_path, monkeypatch) -> None:  # noqa: F811
    articles = {"talks": TALKS, "quiet": QUIET}
    with pushed_project(ls_server, tmp_path, monkeypatch, "mouse", articles, entities=ENTITIES) as pushed:
        root, project, conn, pid, tasks = pushed.root, pushed.project, pushed.conn, pushed.pid, pushed.tasks
        a = sign_up(chromium, ls_server.url, A, NAMES)
        a.open_task(pid, tasks["talks"])
        first, second = at(TALKS, "We will talk,"), at(TALKS, "but\r\nnot forever.")  # the second across a CRLF
        mouse_draw(a, "Quote", *first)
        mouse_draw(a, "Quote", *second, how=shift_click)
        mouse_draw(a, "Source", *at(TALKS, "Zarif"), how=double_click)
        mouse_draw(a, "Cue", *at(TALKS, "said"), how=double_click)
        a.select_region(*first)
        a.choose("direct")
        a.choose("Mohammad Javad Zarif")
        a.relate(second, first, "fragment")
        a.relate(at(TALKS, "Zarif"), first, "source")
        a.relate(at(TALKS, "said"), first)
        # a claim from the second half of the first flag to inside the ZWJ family: the browser
        # selects from the flag's start to the family's end, never inside either
        flag, family = at(TALKS, FLAGS), at(TALKS, FAMILY)
        mouse_draw(a, "Claim", flag[0], family[1], how=drag, aim=(flag[0] + 1, family[0] + 3))
        a.choose("factual")
        a.choose("yes")
        mouse_draw(a, "Claim", *at(TALKS, "👋🏽 today."))  # starting at an emoji
        a.delete_region(*at(TALKS, "👋🏽 today."))
        a.submit()
        # A skips the quiet task in the label stream (a task opened from the list offers no Skip)
        a.page.goto(f"{ls_server.url}/projects/{pid}/data")
        a.page.locator("[class*='table__row']").filter(has_text="Nothing was said").locator("input[type=checkbox]").first.click()
        a.page.get_by_text("Label 1 Task").first.click()
        a.page.wait_for_selector(".lsf-richtext__container .lsf-richtext__line", timeout=60_000)
        assert a.text() == QUIET
        with a.page.expect_response(lambda r: "/api/" in r.url and r.request.method == "POST", timeout=30_000):
            a.page.locator("[data-testid='bottombar-skip-button']").click()
        a.page.context.close()

        b = sign_up(chromium, ls_server.url, B, NAMES)
        b.open_task(pid, tasks["quiet"])  # it opens on A's skipped annotation: Unskip, no Submit
        assert b.page.locator("[data-testid='bottombar-submit-button']").count() == 0
        # no highlight on it, yet not B's: a "+" decided by highlights (test_team's, before) would work on it
        assert b.page.locator(".lsf-richtext__container .htx-highlight").count() == 0
        assert {**b.page.evaluate(SHOWN_JS), "pk": "?"} == {"pk": "?", "skipped": True, "results": 0}
        mouse_draw(b, "Claim", *at(QUIET, "Nothing was said today."))
        leave_for(b, "Leaders")  # the editor keeps B's work as a draft of A's skipped annotation
        b.page.context.close()

        out = root / "annotations/passes/mouse"
        pulled = ng("ls", "pull", "--project", project, "-o", str(out), *conn)
        said = " ".join(pulled.output.split())
        assert f"by {B} was made on {A}'s annotation" in said and "(skipped), not on an annotation of their own" in said, said
        assert "splits the character" not in said, said
        [q] = load_annotations(out, Workspace.find().context())["talks"].quotes
        assert [tuple(f) for f in q.content] == [first, second] and tuple(q.source.span) == at(TALKS, "Zarif")
        assert (tuple(q.cue), q.type, q.source.entity) == (at(TALKS, "said"), "direct", "E_ZARIF")
        [c] = load_annotations(out, Workspace.find().context())["talks"].claims
        assert [tuple(s) for s in c.span] == [(flag[0], family[1])] and TALKS[flag[0] : family[1]].endswith(FAMILY)
        ng("validate")
