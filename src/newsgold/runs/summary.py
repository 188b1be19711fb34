"""The precision/recall table of a suite run: one row per extractor and layer."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def _fmt(x: Any) -> str:
    """A score for the table: "n/a" when undefined (None or NaN, e.g. 0/0)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:.3f}"


def table_rows(label: str, micro: Mapping[str, float | None], *schemes: str) -> list[list[str]]:
    """(run, layer, metric, P, R, F1, attribute accuracy) rows for the layers that were scored.

    Each layer says which rows it has (quotes and claims once per scheme asked for, stances once).
    """
    from newsgold.layers import registry

    return [
        [label, layer.name, metric, *(_fmt(micro.get(f"{prefix}.{k}")) for k in ("p", "r", "f1")), f"{title} {_fmt(micro.get(key))}"]
        for layer in registry
        for metric, prefix, title, key in layer.summary_rows(micro, schemes)
    ]


HEADER = ["run", "layer", "metric", "P", "R", "F1", "attribute"]


def markdown_table(rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(["---"] * 3 + ["---:"] * 3 + ["---"]) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def rich_table(rows: Sequence[Sequence[str]], title: str) -> Any:
    """The table for a terminal: a cell too wide folds onto the next line, never cut (``quotes-dire…``
    named no run one could open)."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for h in HEADER:
        table.add_column(h, justify="right" if h in {"P", "R", "F1"} else "left", overflow="fold")
    for r in rows:
        table.add_row(*r)
    return table


def write_group_summary(
    group: Path, suite_name: str, description: str = "", labels: Sequence[str] = (), suite_order: bool = False
) -> list[Path]:
    """(Re)write ``summary.json``/``summary.md`` of a suite run from the run directories in it.

    The rows come from each run's stored ``scores.json``, so the summary stays true after a run
    in the group is re-scored.  Order: the runs the old summary listed, then ``labels``; with
    ``suite_order`` (``labels`` are a suite's entries in its order), ``labels`` alone when they
    cover every run the old summary listed: a suite run again whole lists its runs as the suite
    does, not its new entries last.
    """
    from newsgold.output import atomic_write_text
    from newsgold.runs.artifacts import ArtifactError, SuiteSummary, SummaryRun
    from newsgold.runs.stored import load_run

    old: SuiteSummary | None = None
    try:
        old = SuiteSummary.read(group / "summary.json")
    except ArtifactError:  # none yet, or unreadable: rebuilt from the runs
        pass
    listed = [r.directory for r in old.runs] if old else []
    order = list(labels) if suite_order and set(listed) <= set(labels) else list(dict.fromkeys([*listed, *labels]))
    # each run's scores without their per-document part: held for every run at once, those grew
    # with the gold (ten runs of 10,000 documents each, 1 GB typed)
    runs = [load_run(group / name, head_only=True) for name in order if (group / name / "manifest.json").exists()]
    if not runs:
        return []
    description = description or (old.description if old else "") or _old_description(group)
    rows = []
    for run in runs:
        rows += table_rows(run.label, run.scores.micro, run.scores.config.match_scheme)
    signatures = {run.label: run.signature for run in runs}
    gold_hashes = {run.label: run.gold_hash for run in runs}
    matches = sorted({run.scores.config.match_scheme for run in runs})
    same_sig, same_gold = len(set(signatures.values())) == 1, len(set(gold_hashes.values())) == 1
    summary = SuiteSummary(
        suite=suite_name,
        description=description,
        runs=[
            SummaryRun(r.label, r.directory.name, r.manifest.extractor, r.manifest.extraction, r.manifest.rescored or None) for r in runs
        ],
        signature=runs[0].signature if same_sig else None,
        gold_hash=runs[0].gold_hash if same_gold else None,
        signatures=None if same_sig else signatures,
        gold_hashes=None if same_gold else gold_hashes,
        table=[dict(zip(HEADER, r)) for r in rows],
    )
    md = f"# Suite `{suite_name}`\n\n{description}\n\n"
    if same_sig:
        md += f"Matching scheme `{matches[0]}`; signature `{summary.signature}`.\n\n"
    else:
        md += (
            "**The runs were scored differently** (not comparable row by row):\n\n"
            + "".join(f"- `{label}`: `{sig}`\n" for label, sig in signatures.items())
            + "\n"
        )
    if not same_gold:
        md += "**The runs were scored against different gold** (see `summary.json`, gold_hashes).\n\n"
    summary.write(group / "summary.json")
    atomic_write_text(group / "summary.md", md + markdown_table(rows))
    return [group / "summary.json", group / "summary.md"]


def _old_description(group: Path) -> str:
    """The description line of a summary.md written before summary.json recorded it."""
    try:
        lines = (group / "summary.md").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    if len(lines) > 2 and lines[0].startswith("# Suite") and lines[2] and not lines[2].startswith(("Matching", "**", "|")):
        return lines[2]
    return ""
