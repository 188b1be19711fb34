"""Driving Label Studio's labeling editor in Debian's Chromium (Playwright, never its browser download).

What a person does, through the page: pick a label, select characters with the mouse (a DOM
Range over the editor's text nodes, then the mouseup the editor listens for), click choices,
link regions, submit.  Offsets given here are Python ``str`` indices into the document text;
the helpers map them onto the editor's lines (one element per line, the line breaks not in the
DOM) and UTF-16 text nodes.

Every step checks its own effect at once, in the editor's store (``window.Htx``, the root store
Label Studio's frontend sets; its selected annotation's ``serializeAnnotation()`` is what Submit
sends): a drawn region, a relation, a ticked choice.  A step whose effect is wrong because the
page was not ready (a label still active, another region selected, a click lost) is undone with
Ctrl+Z and redone, at most twice, and said so (``Editor.redone``, printed); still wrong, the step
fails with the editor's state.  What the steps check is the page's doing, never the pull's.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from tests.labelstudio.editor_state import REDOS, STATE_JS, State, _changed

# document code-point offset -> (text node, UTF-16 offset), then a selection and a mouseup
SELECT_JS = """([start, end]) => {
  const lines = [...document.querySelectorAll('.lsf-richtext__container .lsf-richtext__line')];
  function locate(target) {
    let base = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let node, pos = base;
      while ((node = walker.nextNode())) {
        const chars = Array.from(node.data);
        if (target <= pos + chars.length) {
          const units = chars.slice(0, target - pos).join('').length;
          return [node, units];
        }
        pos += chars.length;
      }
      base = pos + 1;  // the line break between two line elements
      if (target < base) return null;
    }
    return null;
  }
  const a = locate(start), b = locate(end);
  if (!a || !b) throw new Error(`offsets ${start}-${end} not found in the editor's text`);
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  const el = b[0].parentElement;
  const box = el.getBoundingClientRect();
  el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, clientX: box.right, clientY: box.bottom}));
  return range.toString();
}"""

TEXT_JS = """() => [...document.querySelectorAll('.lsf-richtext__container .lsf-richtext__line')].map(l => l.textContent).join('\\n')"""


def _css(value: str) -> str:
    """A CSS string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _xpath(value: str) -> str:
    """An XPath string literal (no value here holds both kinds of quote)."""
    return f"'{value}'" if "'" not in value else f'"{value}"'


def chromium_path() -> str | None:
    found = (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))
    for candidate in (os.environ.get("NEWSGOLD_CHROMIUM"), *found, "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


class Editor:
    """One page of Label Studio's labeling editor."""

    def __init__(self, page: Any, url: str, names: dict[str, str] | None = None):
        self.page, self.url = page, url
        self.names = names or {}  # entity id -> the name the editor shows
        self.stored = {name: eid for eid, name in self.names.items()}  # the name shown -> the value stored
        self.redone: list[str] = []  # the steps redone, and why
        self._reselect: Any = None  # selects again the region the next choices are meant for
        self._target: str | None = None  # its id

    def state(self) -> State:
        return State(self.page.evaluate(STATE_JS))

    def _step(self, what: str, act: Any, check: Any) -> State:
        """Do ``act()``; ``check(before, after)`` says what is wrong, or None.  A wrong effect is
        undone and the step redone (at most REDOS times); still wrong, the step fails."""
        from playwright.sync_api import Error as PageError  # a click that found nothing to click (e.g. no region selected)

        before = self.state()
        for attempt in range(REDOS + 1):
            try:
                act()
                failed = None
            except PageError as exc:
                failed = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
            after = self.state()
            problem = failed or check(before, after)
            if problem is None:
                return after
            if attempt == REDOS:
                break
            note = f"{what}: {problem} -- undone, redone (attempt {attempt + 2})"
            self.redone.append(note)
            print(f"[browser] {note}", flush=True)
            self._undo_to(before, what)
            self.page.wait_for_timeout(500 * (attempt + 1))
        raise AssertionError(f"{what}: {problem} (after {REDOS} redos)\n{after}")

    def _undo_to(self, before: State, what: str) -> None:
        """Ctrl+Z until the annotation is what it was before the step."""
        for _ in range(6):
            now = self.state()
            if now.key == before.key:
                return
            self.page.keyboard.press("Escape")  # the focus off any input: Ctrl+Z is the editor's, not a text box's
            self.page.keyboard.press("Control+z")
            self.page.wait_for_timeout(300)
        now = self.state()
        if now.key != before.key:
            raise AssertionError(f"{what}: Ctrl+Z does not bring the annotation back to before the step\nbefore: {before}\nnow: {now}")

    def login(self, email: str, password: str) -> None:
        self.page.goto(self.url + "/user/login")
        self.page.fill("input[name=email]", email)
        self.page.fill("input[name=password]", password)
        self.page.click("button[type=submit], input[type=submit]")
        self.page.wait_for_load_state("networkidle")

    def open_task(self, project_id: int, task_id: int) -> None:
        self.page.goto(f"{self.url}/projects/{project_id}/data?task={task_id}")
        self.page.wait_for_selector(".lsf-richtext__container .lsf-richtext__line", timeout=60_000)
        self.page.wait_for_timeout(500)

    def text(self) -> str:
        return self.page.evaluate(TEXT_JS)

    def label(self, name: str) -> None:
        self.page.locator(".lsf-label", has_text=name).first.click()

    def select(self, start: int, end: int) -> str:
        return self.page.evaluate(SELECT_JS, [start, end])

    def draw(self, label: str, start: int, end: int) -> None:
        """A new region: pick the label, select the characters (the editor then selects the new region).

        Checked: exactly one new region, over [start, end), with exactly ``label``; no other region changed."""

        def act() -> None:
            self.unselect()
            self.label(label)
            self.select(start, end)
            self.page.wait_for_timeout(300)
            self.page.evaluate("() => window.getSelection().removeAllRanges()")  # else the next click extends it

        def check(before: State, after: State) -> str | None:
            new = {rid: r for rid, r in after.regions.items() if rid not in before.regions}
            others = _changed(before.regions, {k: v for k, v in after.regions.items() if k not in new}, set())
            if others:
                return f"other regions changed: {others}"
            if list(new.values()) != [(start, end, (label,))]:
                return f"new regions {new}, not one over [{start}, {end}) labelled {label!r}"
            return None

        after = self._step(f"draw {label} [{start}, {end})", act, check)
        self._target, self._reselect = after.one_over(start, end), lambda: self.select_region(start, end)

    def unselect(self) -> None:
        """No region selected, no label active (a click on a region would otherwise not select it)."""
        for _ in range(3):
            self.page.keyboard.press("Escape")
            self.page.wait_for_timeout(100)
            active = self.page.locator(".lsf-label.lsf-label_selected")
            if not active.count():
                return
            active.first.click()  # a label stays active after drawing: clicking it again releases it

    def choose(self, value: str, within: str = "#ng-side") -> None:
        """Tick the visible choice showing ``value`` (of the selected region, or of the document).

        The editor names each choice's checkbox input after the value it shows.  Checked: the
        value (an entity's id for a name shown) newly ticked on the region last selected, and no
        other region's or the document's choices changed."""
        target, stored = self._target, self.stored.get(value, value)

        def act() -> None:
            if self._reselect is not None and self.state().selected != [target]:
                self._reselect()  # the selection was lost (e.g. a redo's Escape): the choice is meant for that region
            self.page.locator(f"{within} label.lsf-choice__checkbox:visible:has(input[name={_css(value)}])").first.click(timeout=10_000)
            self.page.wait_for_timeout(150)

        def check(before: State, after: State) -> str | None:
            mine = {k for k in set(before.choices) | set(after.choices) if k[0] == target}
            others = _changed(before.choices, after.choices, mine)
            if others:
                return f"choices of another region or of the document changed: {others}"
            was = [v for k in mine for v in before.choices.get(k, ())]
            now = [v for k in mine for v in after.choices.get(k, ())]
            if stored not in now or stored in was:
                return f"{stored!r} not newly ticked on region {target} (before {was}, after {now})"
            return None

        self._step(f"choose {value!r} on region {target}", act, check)

    def stance_row(self, target: str, label: str) -> Any:
        """The holders offered in the row of ``label`` under ``target`` (the task's own holders)."""
        rows = self.page.locator(f"#ng-stance-{target} div[style*='grid']")
        return rows.locator(f"xpath=./*[normalize-space(.)={_xpath(label)}]/following-sibling::div[1]")

    def stance(self, holder_title: str, target: str, label: str) -> None:
        """Tick a holder (by the name shown) in the row of ``label`` under ``target``."""
        self.unselect()
        self.stance_row(target, label).locator(f"label.lsf-choice__checkbox:has(input[name={_css(holder_title)}])").click()
        self.page.wait_for_timeout(150)

    def region(self, start: int, end: int) -> Any:
        """The highlight of the region over [start, end) in the text."""
        base = ".lsf-richtext__container .htx-highlight"
        exact = self.page.locator(f"{base}[data-start='{start}'][data-end='{end}']")
        if exact.count():
            return exact.first
        # a region across a line break is drawn as one highlight per line
        return self.page.locator(f"{base}[data-start='{start}']").first

    def select_region(self, start: int, end: int) -> None:
        """Select a region by clicking it in the text (the editor may take a second click after drawing).

        Checked in the store: the one region over [start, end) is selected, and only it."""
        self.unselect()
        want = self.state().one_over(start, end)
        for _ in range(4):
            self._click(self.region(start, end))
            self.page.wait_for_timeout(200)
            if self.state().selected == [want] and self.page.locator("button[aria-label='Create Relation']:visible").count():
                self._target, self._reselect = want, lambda: self.select_region(start, end)
                return
            self.unselect()
        raise AssertionError(f"clicking the region [{start}, {end}) does not select it (region {want})\n{self.state()}")

    def select_listed(self, label: str, text: str) -> None:
        """Select a region in the Regions panel: the one of ``label`` whose text is ``text``
        (for a region that others cover in the text, e.g. a quote with a claim inside)."""
        self.unselect()
        items = self.page.locator(".lsf-outliner-item").filter(has=self.page.locator(".lsf-labels-list", has_text=label))
        items.filter(has=self.page.get_by_text(text, exact=True)).first.click()
        self.page.wait_for_timeout(200)
        state = self.state()
        if len(state.selected) != 1 or state.regions[state.selected[0]][2] != (label,):
            raise AssertionError(f"clicking the listed {label} {text!r} does not select it\n{state}")
        self._target, self._reselect = state.selected[0], lambda: self.select_listed(label, text)

    def _click(self, element: Any) -> None:
        """Click the middle of the element's first line box: a highlight wrapped over two lines has a
        bounding box whose middle may be between the lines, on other text."""
        box = element.evaluate(
            "e => { const r = e.getClientRects()[0] || e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"
        )
        self.page.mouse.click(box[0] + box[2] / 2, box[1] + box[3] / 2)

    def relate(self, origin: tuple[int, int], target: tuple[int, int], label: str | None = None) -> None:
        """A relation from one region to another, as a person makes it: select, "Create Relation",
        click the other; then, given a ``label``, pick it in the Relations panel (the new relation
        is the last listed: hover it, "Show Relation Labels", choose).

        Checked: one new relation, from the region over ``origin`` to the one over ``target``,
        regions unchanged; then that relation's labels are exactly [label], the others unchanged."""
        ends = (self.state().one_over(*origin), self.state().one_over(*target))

        def act() -> None:
            self.select_region(*origin)
            self.page.locator("button[aria-label='Create Relation']").click()
            self._click(self.region(*target))
            self.page.wait_for_timeout(200)

        def check(before: State, after: State) -> str | None:
            changed = _changed(before.regions, after.regions, set())
            new = [k for k in after.relations if k not in before.relations]
            if changed:
                return f"regions changed: {changed}"
            if new != [ends] or _changed(before.relations, after.relations, {ends}):
                return f"new relations {new}, not one {ends[0]} -> {ends[1]}"
            return None

        what = f"relate [{origin[0]}, {origin[1]}) -> [{target[0]}, {target[1]})"
        self._step(what, act, check)
        self._reselect = None
        if label is None:
            return

        def check_label(before: State, after: State) -> str | None:
            others = _changed(before.relations, after.relations, {ends})
            if others or after.relations.get(ends) != (label,):
                return f"relation {ends[0]} -> {ends[1]} labelled {after.relations.get(ends)}, others changed: {others}"
            return None

        self._step(f"label {what} {label!r}", lambda: self._label_last_relation(label), check_label)

    def _label_last_relation(self, label: str) -> None:
        self.unselect()
        self._panel_tab("Relations")
        item = self.page.locator(".lsf-relations__item").last
        item.hover()
        item.locator("button[aria-label='Show Relation Labels']").click()
        self.page.wait_for_timeout(200)
        item.locator(".lsf-relation-meta [data-testid^='select-trigger']").click()
        self.page.locator(f"[data-testid={_css('select-option-' + label)}]").last.click()
        self.page.wait_for_timeout(200)
        self.page.keyboard.press("Escape")
        self._panel_tab("Regions")

    def _panel_tab(self, name: str) -> None:
        self.page.locator(".lsf-panel-tabs__tab:visible", has_text=name).first.click()
        self.page.wait_for_timeout(200)

    def delete_region(self, start: int, end: int) -> None:
        """Checked: that region is gone, every other one is still there."""
        gone = self.state().one_over(start, end)

        def act() -> None:
            self.select_region(start, end)
            self.page.locator("button[aria-label='Delete selected region']").click()
            self.page.wait_for_timeout(200)

        def check(before: State, after: State) -> str | None:
            changed = _changed(before.regions, after.regions, {gone})
            return f"regions changed: {changed}" if changed or gone in after.regions else None

        self._step(f"delete region [{start}, {end})", act, check)
        self._reselect = None

    def submit(self) -> None:
        """Submit (a new annotation) or Update (an existing one), and wait until the server saved it."""
        button = self.page.locator("[data-testid='bottombar-submit-button'], [data-testid='bottombar-update-button']").first
        with self.page.expect_response(lambda r: "/api/annotations" in r.url or "/api/tasks" in r.url, timeout=30_000):
            button.click()
        self.page.wait_for_timeout(1000)

    def screenshot(self, path: Path) -> None:
        """The page as a person sees it, the side panel scrolled to the selected region's attributes."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.evaluate("() => { const s = document.querySelector('#ng-side'); if (s) s.scrollTop = 0; }")
        self.page.wait_for_timeout(200)
        self.page.screenshot(path=str(path))
