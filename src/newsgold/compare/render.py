"""Comparison output: a terminal table, Markdown for a pull-request comment, or JSON."""

from __future__ import annotations

import json
import math
from typing import Any

from newsgold.compare.core import MISSING_IN_B, Comparison, MetricRow
from newsgold.compare.items import CHANGE_TITLES


def _f(x: float, signed: bool = False) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    return f"{x:+.3f}" if signed else f"{x:.3f}"


def _p(p: float | None) -> str:
    if p is None or math.isnan(p):
        return "—"
    return f"{p:.4f}" if p >= 0.0001 else f"{p:.1e}"


def _mark(r: MetricRow, max_drop: float, alpha: float | None) -> str:
    if r.missing_in_b:
        return f"▼ {MISSING_IN_B}"
    if r.status:
        return r.status
    if math.isnan(r.delta) or abs(r.delta) < 1e-12:
        return ""
    significant = alpha is None or r.test.p < alpha
    if r.delta < -max_drop and significant:
        return "▼ regression"
    if r.delta > max_drop and significant:
        return "▲"
    return ""


def _header(c: Comparison) -> list[str]:
    a, b = c.a, c.b
    return [
        f"A: {a.directory} ({a.manifest.extractor.name} v{a.manifest.extractor.version})",
        f"B: {b.directory} ({b.manifest.extractor.name} v{b.manifest.extractor.version})",
        f"documents: {len(a.scores.docs)}; paired bootstrap {c.n_boot} resamples of documents (95% interval of B − A); "
        f"approximate randomization {c.n_perm} trials, p = (c+1)/(n+1); seed {c.seed}",
    ]


def to_json(c: Comparison, max_drop: float, alpha: float | None) -> str:
    data: dict[str, Any] = {
        "a": {"run": str(c.a.directory), "manifest": c.a.manifest.to_json()},
        "b": {"run": str(c.b.directory), "manifest": c.b.manifest.to_json()},
        "signature": c.a.signature,
        "gold_hash": c.a.gold_hash,
        "tests": {"bootstrap": c.n_boot, "randomization": c.n_perm, "seed": c.seed, "unit": "document"},
        "warnings": c.warnings,
        "metrics": [
            {
                "metric": r.name,
                "a": _clean(r.a),
                "b": _clean(r.b),
                "delta": _clean(r.delta),
                "ci": [_clean(r.test.lo), _clean(r.test.hi)],
                "p": _clean(r.test.p),
                **({"status": r.status} if r.status else {}),
            }
            for r in c.rows
        ],
        "regressions": [r.name for r in c.regressions(max_drop, alpha)],
        "gate": {"max_drop": max_drop, "alpha": alpha},
        "changes": [ch.to_dict() for ch in c.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _clean(x: float | None) -> float | None:
    return None if x is None or math.isnan(x) else round(x, 6)


def markdown(c: Comparison, max_drop: float, alpha: float | None, max_items: int = 30) -> str:
    lines = ["### newsgold compare", ""]
    lines += [f"- {h}" for h in _header(c)]
    lines += [f"- **warning:** {w}" for w in c.warnings]
    regs = c.regressions(max_drop, alpha)
    lines += ["", f"**{len(regs)} regression(s)** (drop > {max_drop:g}" + (f", p < {alpha:g}" if alpha is not None else "") + ")", ""]
    lines += ["| metric | A | B | Δ | 95% CI of Δ | p | |", "|---|---:|---:|---:|---|---:|---|"]
    for r in c.rows:
        lines.append(
            f"| `{r.name}` | {_f(r.a)} | {_f(r.b)} | {_f(r.delta, True)} | [{_f(r.test.lo, True)}, {_f(r.test.hi, True)}] | {_p(r.test.p)} | {_mark(r, max_drop, alpha)} |"
        )
    for kind, title in CHANGE_TITLES.items():
        items = [ch for ch in c.changes if ch.kind == kind]
        if not items:
            continue
        lines += ["", f"<details><summary>{title} ({len(items)})</summary>", ""]
        for ch in items[:max_items]:
            detail = f" ({ch.detail})" if ch.detail else ""
            lines.append(f"- `{ch.doc_id}` {ch.layer} {ch.item}: “{ch.text}”{detail}")
        if len(items) > max_items:
            lines.append(f"- … and {len(items) - max_items} more")
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def print_table(c: Comparison, console: Any, max_drop: float, alpha: float | None) -> None:
    from rich.table import Table

    for h in _header(c):
        console.print(h, highlight=False, soft_wrap=True)
    for w in c.warnings:
        console.print(f"[bold yellow]warning:[/] {w}", highlight=False)
    table = Table(title_justify="left")
    for col, just in (
        ("metric", "left"),
        ("A", "right"),
        ("B", "right"),
        ("Δ", "right"),
        ("95% CI of Δ", "center"),
        ("p", "right"),
        ("", "left"),
    ):
        # the metric names tell the rows apart: folded, never cut to "quotes.content.cov…" on an 80-column terminal
        metric = col == "metric"
        table.add_column(col, justify=just, overflow="fold" if metric else "ellipsis", no_wrap=not metric)  # type: ignore[arg-type]
    for r in c.rows:
        mark = _mark(r, max_drop, alpha)
        style = "red" if mark.startswith("▼") else ("green" if mark.startswith("▲") else None)
        table.add_row(
            r.name, _f(r.a), _f(r.b), _f(r.delta, True), f"[{_f(r.test.lo, True)}, {_f(r.test.hi, True)}]", _p(r.test.p), mark, style=style
        )
    console.print(table)
    for kind, title in CHANGE_TITLES.items():
        items = [ch for ch in c.changes if ch.kind == kind]
        if items:
            console.print(f"[bold]{title}[/] ({len(items)})", highlight=False)
            for ch in items[:30]:
                detail = f" ({ch.detail})" if ch.detail else ""
                console.print(f"  {ch.doc_id} {ch.layer} {ch.item}: “{ch.text}”{detail}", highlight=False, markup=False, soft_wrap=True)
