"""The run summary table in a terminal: long run names fold, never cut."""

from __future__ import annotations

from rich.console import Console

from newsgold.runs.summary import HEADER, rich_table, table_rows

MICRO = {"quotes.content.coverage:0.3.p": 1.0, "quotes.content.coverage:0.3.r": 0.5, "quotes.content.coverage:0.3.f1": 2 / 3}
LABELS = ["first/quotes-direct-v1", "baseline-run-with-a-long-name/claims-learned-v1", "s/quotes-v7"]


def _cells(text: str, column: int) -> list[str]:
    """The text of one column, line by line, from a rendered table's body (between its rules)."""
    lines = [line for line in text.splitlines() if line.startswith("│")]
    return [line.split("│")[column + 1].strip() for line in lines]


def test_run_names_fold_at_80_columns() -> None:
    rows = [row for label in LABELS for row in table_rows(label, MICRO, "coverage:0.3")]
    assert [r[0] for r in rows] == LABELS  # one quotes row each
    console = Console(width=80, record=True, color_system=None)
    console.print(rich_table(rows, "default"))
    text = console.export_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "…" not in text
    assert "".join(_cells(text, 0)) == "".join(LABELS)  # every character of every name, in order
    metric = "".join(_cells(text, HEADER.index("metric"))).replace(" ", "")
    assert metric == "contentcoverage:0.3" * len(LABELS)  # wrapped at its space, nothing lost
