"""The run summary table in a terminal: long run names fold, never cut."""

from __future__ import annotations

from pathlib import Path

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


def test_a_suite_run_again_whole_lists_its_runs_in_the_suite_order(data_root: Path, tmp_path: Path) -> None:
    """`run --run-id baseline --overwrite` after quotes v11 joined the default suite listed
    quotes-v11 last (the old summary's runs first, then the new ones); a subset run (`--only`)
    still adds its runs after the ones listed."""
    from newsgold.runs import run_suite
    from newsgold.runs.artifacts import SuiteSummary
    from newsgold.suites import parse_suite
    from newsgold.workspace import Workspace

    ws = Workspace.at(data_root)

    def suite(*specs: str):
        body = "".join(f'[[extractors]]\nspec = "{s}"\n' for s in specs)
        return parse_suite(f'name = "s"\nbootstrap = 0\n{body}', "s.toml")

    def listed() -> list[str]:
        return [r.label for r in SuiteSummary.read(tmp_path / "runs" / "g" / "summary.json").runs]

    run_suite(ws, suite("quotes@2", "claims@1"), tmp_path / "runs", "g", use_cache=False)
    assert listed() == ["quotes-v2", "claims-v1"]
    run_suite(ws, suite("quotes@2", "quotes@3", "claims@1"), tmp_path / "runs", "g", use_cache=False, overwrite=True)
    assert listed() == ["quotes-v2", "quotes-v3", "claims-v1"]  # was quotes-v2, claims-v1, quotes-v3
    run_suite(ws, suite("quotes-direct@1"), tmp_path / "runs", "g", use_cache=False)
    assert listed() == ["quotes-v2", "quotes-v3", "claims-v1", "quotes-direct-v1"]  # added to the group: last
