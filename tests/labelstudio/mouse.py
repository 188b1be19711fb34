"""Selecting text in Label Studio's editor with the mouse itself (Playwright's mouse, in Chromium):
a drag, a click then a shift-click, a double-click on a word.  ``browser.Editor.select`` sets a DOM
Range and sends the mouseup; these go through the browser's own hit testing and word and
character (grapheme cluster) rules, which is where a person's selection may differ from the
characters they aimed at."""

from __future__ import annotations

from typing import Any

from tests.labelstudio.browser import Editor

# The box of the code point at a document offset (its UTF-16 units), scrolled into view if needed.
RECT_JS = """([target, scroll]) => {
  const lines = [...document.querySelectorAll('.lsf-richtext__container .lsf-richtext__line')];
  let base = 0;
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let node, pos = base;
    while ((node = walker.nextNode())) {
      const chars = Array.from(node.data);
      if (target < pos + chars.length) {
        const u = chars.slice(0, target - pos).join('').length;
        const r = document.createRange(); r.setStart(node, u); r.setEnd(node, u + chars[target - pos].length);
        let b = r.getClientRects()[0] || r.getBoundingClientRect();
        if (scroll && (b.top < 80 || b.bottom > window.innerHeight - 80)) {
          let el = node.parentElement;
          while (el && !(el.scrollHeight > el.clientHeight + 2 && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
          if (el) el.scrollTop += b.top - window.innerHeight / 2; else window.scrollBy(0, b.top - window.innerHeight / 2);
          b = r.getClientRects()[0] || r.getBoundingClientRect();
        }
        return [b.left, b.top, b.width, b.height];
      }
      pos += chars.length;
    }
    base = pos + 1;  // the line break between two line elements
  }
  return null;
}"""


def _box(ed: Editor, offset: int, scroll: bool = True) -> list[float]:
    box = ed.page.evaluate(RECT_JS, [offset, scroll])
    if box is None:
        raise AssertionError(f"offset {offset} is not in the editor's text")
    return box


def _left(box: list[float]) -> tuple[float, float]:
    """Inside the character, near its left edge: the caret goes before it."""
    return box[0] + max(1.0, box[2] * 0.2), box[1] + box[3] / 2


def _right(box: list[float]) -> tuple[float, float]:
    return box[0] + box[2] - max(1.0, box[2] * 0.2), box[1] + box[3] / 2


def drag(ed: Editor, start: int, end: int) -> None:
    """Press on the character at ``start``, move, release on the one before ``end``."""
    b = _box(ed, end - 1)
    a = _box(ed, start, scroll=False)
    ed.page.mouse.move(*_left(a))
    ed.page.mouse.down()
    ed.page.mouse.move(*_right(b), steps=8)
    ed.page.mouse.up()


def shift_click(ed: Editor, start: int, end: int) -> None:
    """Click before ``start``, then shift-click after ``end - 1`` (scrolled to it first if needed)."""
    ed.page.mouse.click(*_left(_box(ed, start)))
    b = _box(ed, end - 1)
    ed.page.keyboard.down("Shift")
    ed.page.mouse.click(*_right(b))
    ed.page.keyboard.up("Shift")


def double_click(ed: Editor, start: int, end: int) -> None:
    """Double-click the middle of the word at ``start`` (the browser picks the word's bounds)."""
    a = _box(ed, (start + end) // 2)
    ed.page.mouse.dblclick(a[0] + a[2] / 2, a[1] + a[3] / 2)


def mouse_draw(ed: Editor, label: str, start: int, end: int, how: Any = drag, aim: tuple[int, int] | None = None) -> None:
    """A region drawn by the mouse: the label, then ``how`` over ``aim`` (default [start, end)).

    Checked in the store: exactly one new region, over [start, end) (what the browser is expected
    to select from ``aim``), labelled ``label``; no other region changed.  Never redone: a mouse
    selection that lands elsewhere is the finding, not a page that was not ready."""
    before = ed.state()
    ed.unselect()
    ed.label(label)
    how(ed, *(aim or (start, end)))
    ed.page.wait_for_timeout(300)
    after = ed.state()
    ed.page.evaluate("() => window.getSelection().removeAllRanges()")
    new = {rid: r for rid, r in after.regions.items() if rid not in before.regions}
    kept = {rid: r for rid, r in after.regions.items() if rid in before.regions}
    assert kept == before.regions and list(new.values()) == [(start, end, (label,))], (
        f"{how.__name__} {label} over {aim or (start, end)}: new regions {new}, expected one over [{start}, {end})\n{after}"
    )
    ed._target, ed._reselect = next(iter(new)), lambda: ed.select_region(start, end)
