"""One self-contained HTML file: summary, confusion matrices, then every article with gold and
predicted spans side by side and its errors listed with context.  No scripts, no external
resources: it opens offline and can be attached to a review."""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from newsgold.layers import registry
from newsgold.reports.summary import fmt, fmt_ci, fmt_count, layer_title, notes, rows
from newsgold.schema import DocAnnotation
from newsgold.scoring import metrics
from newsgold.scoring.corpus import CorpusScores
from newsgold.scoring.results import DocResult

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem;color:#1d1d1f;max-width:1400px}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ddd;padding:.15rem .45rem;font-size:.85rem}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.sec td{background:#fafafa;font-weight:600}
code{font-size:.8rem;word-break:break-all}.notes{color:#555;font-size:.9rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.col{border:1px solid #ddd;padding:.6rem;line-height:1.7;
font-size:.92rem;white-space:pre-wrap}.col h3{margin:0 0 .4rem}
.q{border-radius:3px;padding:1px 0}.tp{background:#c8f0c8}.fn{background:#ffc9c9}.fp{background:#ffd8a8}
.boundary{background:#fff3a3}.wrong{outline:2px solid #9b30d9}.c{border-bottom:2px dashed #1971c2}
.c.fn{border-bottom-color:#e03131}.c.fp{border-bottom-color:#f08c00}.c.tp{border-bottom-color:#2f9e44}
.legend span{margin-right:.8rem;padding:0 .3rem}.ctx{font-size:.85rem}
"""

LEGEND = (
    '<p class="legend"><b>Quotes</b> (background): <span class="q tp">matched</span><span class="q fn">missed (gold only)</span>'
    '<span class="q fp">spurious (prediction only)</span><span class="q boundary">overlapping but not matched</span>'
    '<span class="q tp wrong">wrong or missing speaker</span> · <b>Claims</b> (dashed underline, same colours): '
    '<span class="c tp">matched</span><span class="c fn">missed</span><span class="c fp">spurious</span></p>'
)


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def summary_table(scores: CorpusScores) -> str:
    out = ["<table><tr><th>metric</th><th>P</th><th>R</th><th>F1 / value</th><th>95% CI</th><th>macro</th><th>gold</th><th>pred</th></tr>"]
    last = None
    for row in rows(scores):
        if row.layer != last:
            out.append(f'<tr class="sec"><td colspan="8">{esc(layer_title(row.layer))}</td></tr>')
            last = row.layer
        main = row.f1 if row.value is None else row.value
        out.append(
            f"<tr><td>{esc(row.name)}</td><td class=n>{fmt(row.p)}</td><td class=n>{fmt(row.r)}</td>"
            f"<td class=n><b>{fmt(main)}</b></td><td class=n>{fmt_ci(row.ci)}</td>"
            f"<td class=n>{fmt(row.macro) if row.macro is not None else ''}</td>"
            f"<td class=n>{fmt_count(row.gold if row.n is None else row.n)}</td><td class=n>{fmt_count(row.pred)}</td></tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def confusion_tables(scores: CorpusScores) -> str:
    out = []
    for name, conf in metrics.confusions(scores.total).items():
        out.append(f"<h3>{esc(name)} (rows: gold, columns: prediction)</h3><table><tr><th></th>")
        out.append("".join(f"<th>{esc(label)}</th>" for label in conf.labels) + "</tr>")
        for label, row in zip(conf.labels, conf.matrix):
            out.append(f"<tr><th>{esc(label)}</th>" + "".join(f"<td class=n>{fmt_count(v)}</td>" for v in row) + "</tr>")
        out.append("</table>")
    return "\n".join(out)


def highlight(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """``text`` with each (start, end, css classes, tooltip) mark wrapped; overlapping marks nest
    as segments carrying every covering mark's classes."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    out = []
    for a, b in pairwise(cuts):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = esc(text[a:b])
        if covering:
            classes = " ".join(dict.fromkeys(c for m in covering for c in m[2].split()))
            title = " | ".join(m[3] for m in covering)
            out.append(f'<span class="{classes}" title="{esc(title)}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _marks(result: DocResult, gold: DocAnnotation, pred: DocAnnotation) -> tuple[list[Any], list[Any]]:
    gold_marks, pred_marks = [], []
    for layer in registry:
        g, p = layer.html_marks(result, gold, pred)
        gold_marks += g
        pred_marks += p
    return gold_marks, pred_marks


def document_section(
    result: DocResult, gold: DocAnnotation, pred: DocAnnotation, text: str, per_doc: Mapping[str, float], headline: str
) -> str:
    gold_marks, pred_marks = _marks(result, gold, pred)
    score = per_doc.get(headline)
    out = [
        f'<h2 id="{esc(result.doc_id)}">{esc(result.doc_id)}</h2>',
        f"<p class=notes>{esc(headline)}: {fmt(score)}</p>",
        '<div class="cols">',
        f'<div class="col"><h3>Gold</h3>{highlight(text, gold_marks)}</div>',
        f'<div class="col"><h3>Prediction</h3>{highlight(text, pred_marks)}</div>',
        "</div>",
    ]
    errors = [row for layer in registry for row in layer.html_errors(result, gold, pred, text)]
    if errors:
        out.append(
            "<h3>Errors</h3><table><tr><th>error</th><th>layer</th><th>gold</th><th>prediction</th><th>speaker gold → pred</th><th>context</th></tr>"
        )
        for row in errors:
            cells = "".join(f"<td>{esc(x)}</td>" for x in row[:-1])
            out.append(f"<tr>{cells}<td class=ctx>{esc(row[-1])}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


def html_report(
    scores: CorpusScores,
    gold: Mapping[str, DocAnnotation],
    pred: Mapping[str, DocAnnotation],
    docs: Mapping[str, Any],
    title: str = "newsgold score",
) -> str:
    return "\n".join(html_parts(scores, gold, pred, docs, title))


def html_parts(
    scores: CorpusScores,
    gold: Mapping[str, DocAnnotation],
    pred: Mapping[str, DocAnnotation],
    docs: Mapping[str, Any],
    title: str = "newsgold score",
) -> Iterator[str]:
    """The report's parts, one document at a time (joined by line breaks: :func:`html_report`),
    for a writer that does not hold the whole text."""
    headline = f"quotes.content.{scores.config.match_scheme}.f1"
    yield from [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f"<p><code>{esc(scores.signature())}</code><br>gold hash <code>{esc(scores.gold_hash)}</code></p>",
        "<ul class=notes>" + "".join(f"<li>{esc(n)}</li>" for n in notes(scores)) + "</ul>",
        "<h2>Summary</h2>",
        summary_table(scores),
        "<h2>Confusion matrices (matched items)</h2>",
        confusion_tables(scores),
        "<h2>Articles</h2>",
        LEGEND,
        "<p>" + " · ".join(f'<a href="#{esc(doc_id)}">{esc(doc_id)}</a>' for doc_id in _doc_ids(scores)) + "</p>",
    ]
    for result in scores.docs:
        doc = docs[result.doc_id]
        text = doc if isinstance(doc, str) else doc.text
        p = pred.get(result.doc_id) or DocAnnotation(result.doc_id)
        yield document_section(result, gold[result.doc_id], p, text, scores.per_doc.get(result.doc_id, {}), headline)
    yield "</body></html>\n"


def _doc_ids(scores: CorpusScores) -> list[str]:
    """The scored documents' ids, without reading their rows where they are kept on disk."""
    ids = getattr(scores.docs, "doc_ids", None)
    return list(ids) if ids is not None else [r.doc_id for r in scores.docs]
