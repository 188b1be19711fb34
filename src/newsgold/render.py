"""Render one annotated article for review in a terminal.

Marks are inserted as text (so the rendering stays readable without colour, in a pipe or a
review comment) and coloured when the console supports it:

    [q1› content ‹q1]   quote content fragment      <q1 source>   {q1 cue}
    ⟨c1 claim span c1⟩   claim span fragment
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsgold.schema import DocAnnotation

LAYER_CHOICES = ("quotes", "claims", "stances")


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    open: str
    close: str
    style: str


def regions(doc: DocAnnotation, layers: tuple[str, ...]) -> list[Region]:
    out: list[Region] = []
    if "quotes" in layers:
        for q in doc.quotes or []:
            for s, e in q.content:
                out.append(Region(s, e, f"[{q.id}›", f"‹{q.id}]", "on dark_blue"))
            if q.source.span:
                out.append(Region(*q.source.span, f"<{q.id} ", ">", "bold green"))
            if q.cue:
                out.append(Region(*q.cue, f"{{{q.id} ", "}", "bold magenta"))
    if "claims" in layers:
        for c in doc.claims or []:
            style = "underline yellow" if c.kind == "factual" else "underline cyan"
            for s, e in c.span:
                out.append(Region(s, e, f"⟨{c.id} ", f" {c.id}⟩", style))
    return out


def marked_text(text: str, marks: list[Region]) -> Text:
    """The text with open/close marks inserted and each stretch styled by the regions over it."""
    events: dict[int, list[tuple[int, int, Region]]] = {}
    for r in marks:
        # At one position: closes first (innermost first), then opens (outermost first).
        events.setdefault(r.end, []).append((0, r.start - r.end, r))
        events.setdefault(r.start, []).append((1, r.start - r.end, r))
    out = Text()
    active: list[Region] = []
    pos = 0
    for at in sorted(events):
        if at > pos:
            out.append(text[pos:at], style=" ".join(r.style for r in active) or None)
            pos = at
        for kind, _, r in sorted(events[at], key=lambda ev: (ev[0], ev[1] if ev[0] else -ev[1])):
            if kind == 0:
                active.remove(r)
                out.append(r.close, style=f"bold {r.style}")
            else:
                active.append(r)
                out.append(r.open, style=f"bold {r.style}")
    out.append(text[pos:])
    return out


def _excerpt(text: str, spans: list[tuple[int, int]] | tuple[int, int] | None, width: int = 70) -> str:
    if not spans:
        return "—"
    if isinstance(spans, tuple):
        spans = [spans]
    s = " … ".join(text[a:b] for a, b in spans).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def tables(doc: DocAnnotation, text: str, layers: tuple[str, ...], names: dict[str, str]) -> list[Table]:
    out = []
    if "quotes" in layers and doc.quotes is not None:
        t = Table(title=f"quotes ({len(doc.quotes)})", title_justify="left")
        for col in ("id", "type", "speaker (entity)", "source span", "cue", "content"):
            t.add_column(col, overflow="fold")
        for q in doc.quotes:
            entity = q.source.entity
            speaker = f"{names.get(entity, entity)} ({entity})" if entity in names else (entity or "—")
            t.add_row(q.id, q.type, speaker, _excerpt(text, q.source.span), _excerpt(text, q.cue), _excerpt(text, q.content))
        out.append(t)
    if "claims" in layers and doc.claims is not None:
        t = Table(title=f"claims ({len(doc.claims)})", title_justify="left")
        for col in ("id", "kind", "check-worthy", "claimant", "quote", "span"):
            t.add_column(col, overflow="fold")
        for c in doc.claims:
            t.add_row(c.id, c.kind, "yes" if c.checkworthy else "no", c.claimant or "—", c.quote or "—", _excerpt(text, c.span))
        out.append(t)
    if "stances" in layers and doc.stances is not None:
        t = Table(title=f"stances ({len(doc.stances)})", title_justify="left")
        for col in ("holder", "target", "label"):
            t.add_column(col)
        for s in doc.stances:
            t.add_row(names.get(s.holder, s.holder), s.target, s.label)
        out.append(t)
    return out


def render(doc: DocAnnotation, text: str, layers: tuple[str, ...] = LAYER_CHOICES, names: dict[str, str] | None = None) -> Group:
    legend = Text(
        "[q› content ‹q]  <q source>  {q cue}  ⟨c claim c⟩   (yellow: factual claim, cyan: evaluative)",
        style="dim",
    )
    parts = [legend, Text(), marked_text(text, regions(doc, layers)), *tables(doc, text, layers, names or {})]
    return Group(*parts)
