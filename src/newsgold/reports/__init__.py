"""Score reports for people (terminal, Markdown, HTML) and machines (JSON, error lists).

Reports only lay out numbers that :mod:`newsgold.scoring` computed; none is computed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def render(fmt: str, scores: Any, gold: Mapping[str, Any], pred: Mapping[str, Any], docs: Mapping[str, Any], title: str) -> str:
    """The report as text in ``fmt`` (markdown, json or html)."""
    if fmt == "json":
        from newsgold.reports.jsontext import dumps  # json.dumps(indent=1)'s text, faster

        return dumps(scores.to_json(), indent=1) + "\n"
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
