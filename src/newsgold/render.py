"""Render one annotated article for review in a terminal.

Each layer supplies its marks and its table; marks are inserted as text (so the rendering stays readable without colour, in a pipe or a
review comment) and coloured when the console supports it:

    [q1› content ‹q1]   quote content fragment      <q1 source>   {q1 cue}
    ⟨c1 claim span c1⟩   claim span fragment
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsgold.layers import registry
from newsgold.schema import DocAnnotation

LAYER_CHOICES = registry.names()  # the built-in layers (the CLI asks the registry)


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    open: str
    close: str
    style: str


def regions(doc: DocAnnotation, layers: tuple[str, ...]) -> list[Region]:
    return [r for layer in registry if layer.name in layers for r in layer.regions(doc)]


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


def excerpt(text: str, spans: list[tuple[int, int]] | tuple[int, int] | None, width: int = 70) -> str:
    if not spans:
        return "—"
    if isinstance(spans, tuple):
        spans = [spans]
    s = " … ".join(text[a:b] for a, b in spans).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def tables(doc: DocAnnotation, text: str, layers: tuple[str, ...], names: dict[str, str]) -> list[Table]:
    out = []
    for layer in registry:
        if layer.name in layers and getattr(doc, layer.name) is not None:
            table = layer.table(doc, text, names)
            if table is not None:
                out.append(table)
    return out


def render(doc: DocAnnotation, text: str, layers: tuple[str, ...] | None = None, names: dict[str, str] | None = None) -> Group:
    layers = registry.names() if layers is None else layers
    legend = Text("[q› content ‹q]  <q source>  {q cue}  ⟨c claim c⟩   (yellow: factual claim, cyan: evaluative)", style="dim")
    parts: list[RenderableType] = [legend, Text(), marked_text(text, regions(doc, layers)), *tables(doc, text, layers, names or {})]
    return Group(*parts)


def render_unannotated(text: str, note: str) -> Group:
    """A document without annotations to mark (no gold yet is normal: a document just imported):
    its text as it is, then ``note`` saying why nothing is marked and how to add some."""
    return Group(marked_text(text, []), Text(), Text(note, style="yellow"))
