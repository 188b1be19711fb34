"""Adjudication reports: agree / decided / disputed / incomplete per layer and document, and
every open position with each annotator's version side by side (terminal, Markdown, JSON, and
HTML with the versions highlighted in the text)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.curation.merge import summary
from newsgold.curation.model import STATUSES, DocCuration, Position
from newsgold.layers import registry
from newsgold.reports.html import CSS, esc, highlight

CONTEXT = 60


def _head(curations: Mapping[str, DocCuration]) -> tuple[str, str, list[str]]:
    first = next(iter(curations.values()))
    return first.rule, first.scheme, first.annotators


def count_rows(curations: Mapping[str, DocCuration]) -> list[list[str]]:
    """(document, layer, agree, decided, disputed, incomplete) rows, each document then all."""
    rows = []
    for doc_id, c in sorted(curations.items()):
        for layer in registry.names():
            n = c.counts(layer)
            rows.append([doc_id, layer, *(str(n[s]) for s in STATUSES)])
    for layer, n in summary(curations).items():
        rows.append(["all", layer, *(str(n[s]) for s in STATUSES)])
    return rows


def totals(curations: Mapping[str, DocCuration]) -> tuple[int, int]:
    """(positions accepted — by the rule or a decision —, positions left open)."""
    every = [p for c in curations.values() for p in c.positions]
    return sum(not p.open for p in every), sum(p.open for p in every)


def describe(layer: str, item: Mapping[str, Any], text: str) -> str:
    """One annotator's version in words: its text and attributes."""
    from newsgold.layers.spans import SpanLayer

    kind = registry[layer]
    obj = kind.from_dict(item)
    words = kind.curation_view(obj)[1]
    main = kind.frags(obj) if isinstance(kind, SpanLayer) else []
    quoted = " … ".join(text[s:e] for s, e in main)
    return (f"{main} “{quoted}” — " if main else "") + words


def version_letters(p: Position) -> dict[str, str]:
    """Annotator -> A, B, …: the same letter for the same version (ids aside), "—" for none."""
    seen: dict[str, str] = {}
    out = {}
    for who, items in p.versions.items():
        key = json.dumps([{k: v for k, v in i.items() if k != "id"} for i in items], sort_keys=True)
        out[who] = "—" if not items else seen.setdefault(key, chr(ord("A") + len(seen)))
    return out


def version_cells(p: Position, text: str) -> list[str]:
    return [" / ".join(describe(p.layer, v, text) for v in vs) or "—" for vs in p.versions.values()]


def headline(curations: Mapping[str, DocCuration]) -> str:
    rule, scheme, annotators = _head(curations)
    done, left = totals(curations)
    return (
        f"{len(annotators)} annotators ({', '.join(annotators)}), rule {rule}, scheme {scheme}: "
        f"{done} position(s) accepted, {left} left to a curator"
    )


def print_curation(curations: Mapping[str, DocCuration], docs: Mapping[str, Any], console: Any) -> None:
    from rich.table import Table

    table = Table(title="newsgold adjudicate", title_justify="left")
    for i, col in enumerate(["document", "layer", *STATUSES]):
        table.add_column(col, justify="left" if i < 2 else "right")
    for row in count_rows(curations):
        table.add_row(*row)
    console.print(table)
    console.print(headline(curations), highlight=False)
    for doc_id, c in sorted(curations.items()):
        for p in c.open_positions:
            console.print(f"{doc_id} {p.id} ({p.status}){' — ' + p.note if p.note else ''}", highlight=False, markup=False)
            for who, cell in zip(p.versions, version_cells(p, docs[doc_id].text)):
                console.print(f"    {who}: {cell}", highlight=False, markup=False, soft_wrap=True)


def curation_markdown(curations: Mapping[str, DocCuration], docs: Mapping[str, Any]) -> str:
    annotators = _head(curations)[2]
    out = ["# Adjudication", "", headline(curations) + ".", "", "| document | layer | " + " | ".join(STATUSES) + " |"]
    out.append("|---|---|" + "---:|" * len(STATUSES))
    out += ["| " + " | ".join(row) + " |" for row in count_rows(curations)]
    for doc_id, c in sorted(curations.items()):
        opened = c.open_positions
        if not opened:
            continue
        out += ["", f"## {doc_id}: {len(opened)} open position(s)", "", "| position | status | " + " | ".join(annotators) + " |"]
        out.append("|---|---|" + "---|" * len(annotators))
        for p in opened:
            cells = [cell.replace("|", "\\|").replace("\n", " ") for cell in version_cells(p, docs[doc_id].text)]
            out.append(f"| {p.id} | {p.status} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def curation_json(curations: Mapping[str, DocCuration]) -> str:
    rule, scheme, annotators = _head(curations)
    done, left = totals(curations)
    data = {
        "rule": rule,
        "scheme": scheme,
        "annotators": annotators,
        "accepted": done,
        "open": left,
        "layers": summary(curations),
        "documents": {d: {layer: c.counts(layer) for layer in registry.names()} for d, c in sorted(curations.items())},
        "positions": {d: [p.to_dict() for p in c.open_positions] for d, c in sorted(curations.items())},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _excerpt(p: Position, items: Sequence[Mapping[str, Any]], text: str, window: tuple[int, int]) -> str:
    """The text around the position with this annotator's spans highlighted."""
    marks = []
    for item in items:
        spans, words = registry[p.layer].curation_view(registry[p.layer].from_dict(item))
        marks += [(s - window[0], e - window[0], "q tp", words) for s, e in spans if window[0] <= s and e <= window[1]]
    body = highlight(text[window[0] : window[1]], marks) if window[1] > window[0] else ""  # a layer without spans: words only
    words = "; ".join(registry[p.layer].curation_view(registry[p.layer].from_dict(i))[1] for i in items) or "no item"
    return f"<div class=ctx>{body}</div><p class=notes>{esc(words)}</p>"


def curation_html(curations: Mapping[str, DocCuration], docs: Mapping[str, Any]) -> str:
    out = [
        "<!doctype html><html><head><meta charset=utf-8><title>newsgold adjudicate</title>",
        f"<style>{CSS}</style></head><body><h1>Adjudication</h1><p>{esc(headline(curations))}</p>",
        "<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in ["document", "layer", *STATUSES]) + "</tr>",
    ]
    out += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in row) + "</tr>" for row in count_rows(curations)]
    out.append("</table>")
    for doc_id, c in sorted(curations.items()):
        text = docs[doc_id].text
        out.append(f'<h2 id="{esc(doc_id)}">{esc(doc_id)}</h2>')
        if not c.open_positions:
            out.append("<p class=notes>every position accepted</p>")
        for p in c.open_positions:
            spans = [
                s for vs in p.versions.values() for i in vs for s in registry[p.layer].curation_view(registry[p.layer].from_dict(i))[0]
            ]
            lo = max(0, min((s for s, _ in spans), default=0) - CONTEXT)
            hi = min(len(text), max((e for _, e in spans), default=0) + CONTEXT) if spans else lo
            note = f" — {esc(p.note)}" if p.note else ""
            letters = version_letters(p)
            heads = "".join(f"<th>{esc(a)} · version {esc(letters[a])}</th>" for a in p.versions)
            out.append(f"<h3>{esc(p.id)} · {esc(p.status)}{note}</h3><table><tr>{heads}</tr><tr>")
            out += [f"<td>{_excerpt(p, vs, text, (lo, hi))}</td>" for vs in p.versions.values()]
            out.append("</tr></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
