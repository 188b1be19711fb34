"""Score reports for people (terminal, Markdown, HTML) and machines (JSON, error lists).

Reports only lay out numbers that :mod:`newsgold.scoring` computed; none is computed here.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    """``json.dumps(scores.to_json(), indent=1)`` + newline: the per-document part (almost all
    of it) through orjson when no count or score in it is NaN or infinite."""
    import math

    from newsgold.reports.jsontext import dumps, dumps_finite

    data = scores.to_json()
    docs = data.pop("docs")  # the last key
    finite = all(math.isfinite(v) for v in scores.total.values.values()) and all(
        v is None or math.isfinite(v) for d in docs for v in d["scores"].values()
    )  # a non-finite count would make the total's non-finite too
    head = dumps(data, indent=1)
    if finite:  # in chunks of documents: orjson, then indentation, on a few MB at a time
        chunks = [dumps_finite(docs[i : i + 256], 1, 1)[2:-3] for i in range(0, len(docs), 256)]
        body = "[\n" + ",\n".join(chunks) + "\n ]" if docs else "[]"
    else:
        body = dumps(docs, indent=1).replace("\n", "\n ")
    return f'{head[:-2]},\n "docs": {body}\n}}\n' if data else f'{{\n "docs": {body}\n}}\n'
