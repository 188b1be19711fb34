"""Driving Label Studio's labeling editor in Debian's Chromium (Playwright, never its browser download).

What a person does, through the page: pick a label, select characters with the mouse (a DOM
Range over the editor's text nodes, then the mouseup the editor listens for), click choices,
link regions, submit.  Offsets given here are Python ``str`` indices into the document text;
the helpers map them onto the editor's lines (one element per line, the line breaks not in the
DOM) and UTF-16 text nodes.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

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
        """A new region: pick the label, select the characters (the editor then selects the new region)."""
        self.unselect()
        self.label(label)
        self.select(start, end)
        self.page.wait_for_timeout(300)
        self.page.evaluate("() => window.getSelection().removeAllRanges()")  # else the next click extends it

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

        The editor names each choice's checkbox input after the value it shows."""
        self.page.locator(f"{within} label.lsf-choice__checkbox:visible:has(input[name={_css(value)}])").first.click()
        self.page.wait_for_timeout(150)

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
        """Select a region by clicking it in the text (the editor may take a second click after drawing)."""
        self.unselect()
        for _ in range(3):
            self._click(self.region(start, end))
            self.page.wait_for_timeout(200)
            if self.page.locator("button[aria-label='Create Relation']:visible").count():  # the region's details are shown
                return
        raise AssertionError(f"clicking the region [{start}, {end}) does not select it")

    def select_listed(self, label: str, text: str) -> None:
        """Select a region in the Regions panel: the one of ``label`` whose text is ``text``
        (for a region that others cover in the text, e.g. a quote with a claim inside)."""
        self.unselect()
        items = self.page.locator(".lsf-outliner-item").filter(has=self.page.locator(".lsf-labels-list", has_text=label))
        items.filter(has=self.page.get_by_text(text, exact=True)).first.click()
        self.page.wait_for_timeout(200)

    def _click(self, element: Any) -> None:
        box = element.bounding_box()
        self.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    def relate(self, origin: tuple[int, int], target: tuple[int, int], label: str | None = None) -> None:
        """A relation from one region to another, as a person makes it: select, "Create Relation",
        click the other; then, given a ``label``, pick it in the Relations panel (the new relation
        is the last listed: hover it, "Show Relation Labels", choose)."""
        self.select_region(*origin)
        self.page.locator("button[aria-label='Create Relation']").click()
        self._click(self.region(*target))
        self.page.wait_for_timeout(200)
        if label is None:
            return
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
        self.select_region(start, end)
        self.page.locator("button[aria-label='Delete selected region']").click()
        self.page.wait_for_timeout(200)

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
