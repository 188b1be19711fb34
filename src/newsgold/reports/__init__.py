"""Score reports for people (terminal, Markdown, HTML) and machines (JSON, error lists).

Reports only lay out numbers that :mod:`newsgold.scoring` computed; none is computed here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any


def render(fmt: str, scores: Any, gold: Mapping[str, Any], pred: Mapping[str, Any], docs: Mapping[str, Any], title: str) -> str:
    """The report as text in ``fmt`` (markdown, json or html)."""
    if fmt == "json":
        return json_report(scores)
    if fmt == "markdown":
        from newsgold.reports.text import markdown

        return markdown(scores, title)
    if fmt == "html":
        from newsgold.reports.html import html_report

        return html_report(scores, gold, pred, docs, title)
    if fmt == "table":
        import io

        from rich.console import Console

        from newsgold.reports.text import print_table

        console = Console(record=True, width=140, file=io.StringIO())
        print_table(scores, console, title)
        return console.export_text()
    raise ValueError(f"unknown format {fmt!r}")


def json_report(scores: Any) -> str:
    """``json.dumps(scores.to_json(), indent=1)`` + newline: the pieces of :func:`json_parts` joined."""
    return "".join(json_parts(scores))


def json_parts(scores: Any, advance: Callable[[int], None] | None = None) -> Iterator[str]:
    """The text of :func:`json_report` in pieces, a chunk of documents at a time (a writer
    that streams them never holds the whole text: 300 MB for 10,000 documents of 40 quotes);
    ``advance(k)``: the entries of k more documents made (a progress bar of the writing).

    A chunk without infinite values (almost always) goes through orjson, which writes the
    undefined (NaN) per-document scores as ``null`` as the report does, so they are not copied
    into cleaned dicts first; the per-document part is never held as Python objects whole."""
    import math
    from functools import partial
    from itertools import chain

    import numpy as np

    from newsgold.reports.jsontext import dumps, dumps_finite

    data = scores.to_json(docs=False)
    # every count finite (each document's too, or some total would not be); a document's
    # scores, ratios of them, are then finite or NaN, which the check below confirms
    totals_finite = all(math.isfinite(v) for v in scores.total.values.values())
    head = dumps(data, indent=1)
    if not len(scores.docs):
        yield f'{head[:-2]},\n "docs": []\n}}\n' if data else '{\n "docs": []\n}\n'
        return
    yield head[:-2] + ',\n "docs": [\n' if data else '{\n "docs": [\n'
    per_doc = scores.per_doc
    for i in range(0, len(scores.docs), 256):
        part = scores.docs[i : i + 256]
        raw = [{**d.to_dict(), "scores": per_doc.get(d.doc_id, {})} for d in part]
        values = np.fromiter(chain.from_iterable(e["scores"].values() for e in raw), dtype=np.float64)
        if totals_finite and not np.isinf(values).any():
            text = dumps_finite(raw, 1, 1, slow=partial(_cleaned, scores, part))
        else:
            text = dumps([scores.doc_json(d) for d in part], indent=1).replace("\n", "\n ")
        if advance is not None:
            advance(len(part))
        yield (",\n" if i else "") + text[2:-3]  # "[\n" + the entries + "\n ]"
    yield "\n ]\n}\n"


def _cleaned(scores: Any, docs: list[Any]) -> list[dict[str, Any]]:
    """The report entries of ``docs`` with undefined scores as None (for the pure writer)."""
    return [scores.doc_json(d) for d in docs]
