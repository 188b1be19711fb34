"""Terminal (rich) and Markdown renderings of the summary rows."""

from __future__ import annotations

from typing import Any

from newsgold.reports.summary import Row, fmt, fmt_ci, fmt_count, layer_title, notes, rows
from newsgold.scoring.corpus import CorpusScores

COLUMNS = ("layer", "metric", "P", "R", "F1 / value", "95% CI", "macro", "gold", "pred")


def _cells(row: Row) -> list[str]:
    main = row.f1 if row.value is None else row.value
    gold = fmt_count(row.gold if row.n is None else row.n)
    return [
        layer_title(row.layer),
        row.name,
        fmt(row.p),
        fmt(row.r),
        fmt(main),
        fmt_ci(row.ci),
        fmt(row.macro) if row.macro is not None else "",
        gold,
        fmt_count(row.pred),
    ]


def rich_table(scores: CorpusScores, title: str = "newsgold score") -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left", caption=scores.signature(), caption_justify="left")
    for col in COLUMNS:
        if col == "metric":
            table.add_column(col, min_width=24, overflow="fold")
        else:
            table.add_column(col, justify="left" if col in {"layer", "95% CI"} else "right", no_wrap=True)
    last = None
    for row in rows(scores):
        if last is not None and row.layer != last:
            table.add_section()
        last = row.layer
        table.add_row(*_cells(row))
    return table


def print_table(scores: CorpusScores, console: Any, title: str = "newsgold score") -> None:
    console.print(rich_table(scores, title), crop=False)
    for note in notes(scores):
        console.print(note, highlight=False)


def markdown(scores: CorpusScores, title: str = "newsgold score") -> str:
    lines = [f"## {title}", "", f"`{scores.signature()}`", "", f"gold hash: `{scores.gold_hash}`", ""]
    lines += [f"- {n}" for n in notes(scores)] + [""]
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("|" + "|".join("---" if c in {"layer", "metric", "95% CI"} else "---:" for c in COLUMNS) + "|")
    for row in rows(scores):
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    return "\n".join(lines) + "\n"
