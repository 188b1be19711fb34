"""The compare table on an 80-column terminal: every metric name can still be read."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from rich.console import Console

from newsgold.compare import compare_runs
from newsgold.compare.render import print_table
from newsgold.workspace import Workspace

BASELINE = Path(__file__).resolve().parents[2] / "eval" / "runs" / "baseline"


def test_metric_names_are_folded_not_cut_at_80_columns():
    ws = Workspace.find()
    c = compare_runs(BASELINE / "quotes-direct-v1", BASELINE / "quotes-v2", n_boot=20, n_perm=20, workspace=ws)
    console = Console(width=80, file=StringIO(), no_color=True, force_terminal=False)
    print_table(c, console, max_drop=0.01, alpha=None)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    names: list[str] = []
    for line in out.splitlines():
        cells = line.split("│")[1:-1]
        if len(cells) < 2:
            continue  # header, rules, the lists of changes below the table
        if cells[1].strip():
            names.append(cells[0].strip())  # a row's first line has its A value
        else:
            names[-1] += cells[0].strip()  # a folded name's continuation
    assert names == [r.name for r in c.rows]
    assert max(len(line) for line in out.splitlines() if line[:1] in "┏┃┡│└") <= 80  # the table itself fits
