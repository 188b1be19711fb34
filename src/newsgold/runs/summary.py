"""The precision/recall table of a suite run: one row per extractor and layer."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def _fmt(x: Any) -> str:
    return "—" if x is None else f"{x:.3f}"


def table_rows(label: str, micro: Mapping[str, float], *schemes: str) -> list[list[str]]:
    """(run, layer, metric, P, R, F1, attribute accuracy) rows for the layers that were scored.

    Quote and claim rows come once per scheme asked for (and scored); stance rows once.
    """
    rows = []
    for match in schemes:
        if f"quotes.content.{match}.f1" in micro:
            rows.append([label, "quotes", f"content {match}", *(_fmt(micro.get(f"quotes.content.{match}.{k}")) for k in "p r f1".split()),
                         f"speaker {_fmt(micro.get('quotes.speaker.accuracy'))}"])
    for match in schemes:
        if f"claims.span.{match}.f1" in micro:
            rows.append([label, "claims", f"span {match}", *(_fmt(micro.get(f"claims.span.{match}.{k}")) for k in "p r f1".split()),
                         f"kind {_fmt(micro.get('claims.kind.accuracy'))}"])
    for level in ("document", "holder"):
        if f"stance.{level}.pair.f1" in micro:
            rows.append([label, "stance", f"{level} pairs", *(_fmt(micro.get(f"stance.{level}.pair.{k}")) for k in "p r f1".split()),
                         f"F_avg {_fmt(micro.get(f'stance.{level}.f_avg'))}"])
    return rows


HEADER = ["run", "layer", "metric", "P", "R", "F1", "attribute"]


def markdown_table(rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(["---"] * 3 + ["---:"] * 3 + ["---"]) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def rich_table(rows: Sequence[Sequence[str]], title: str) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for h in HEADER:
        table.add_column(h, justify="right" if h in {"P", "R", "F1"} else "left")
    for r in rows:
        table.add_row(*r)
    return table


def write_summary(group: Path, suite: Any, results: Sequence[Any]) -> None:
    from newsgold.store import atomic_write_text

    if not results:
        return
    match = results[0].scores.config.match_scheme
    rows = [r for res in results for r in table_rows(res.label, res.scores.headline(), match)]
    summary = {
        "suite": suite.name,
        "runs": [{"label": r.label, "directory": r.directory.name, "extractor": r.manifest["extractor"],
                  "extraction": r.manifest["extraction"]} for r in results],
        "signature": results[0].scores.signature(),
        "gold_hash": results[0].manifest["gold"]["hash"],
        "table": [dict(zip(HEADER, r)) for r in rows],
    }
    atomic_write_text(group / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    md = f"# Suite `{suite.name}`\n\n{suite.description}\n\nMatching scheme `{match}`; signature `{summary['signature']}`.\n\n"
    atomic_write_text(group / "summary.md", md + markdown_table(rows))
