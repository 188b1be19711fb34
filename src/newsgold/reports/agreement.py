"""Agreement report: terminal table and Markdown (for the corpus card)."""

from __future__ import annotations

from typing import Any

from newsgold.reports.summary import fmt, fmt_count
from newsgold.scoring.agreement import AgreementReport, f1_keys, kappa_parts


def _rows(report: AgreementReport) -> tuple[list[str], list[list[str]]]:
    header = ["measure"] + [f"{p.a} ~ {p.b}" for p in report.pairs]
    rows = [["documents in common"] + [str(p.n_docs) for p in report.pairs]]
    for key in f1_keys():
        rows.append([f"F1 {key.removesuffix('.f1')}"] + [fmt(p.f1.get(key)) for p in report.pairs])
    for part in kappa_parts():
        rows.append([f"Cohen's κ {part} (n)"] + [f"{fmt(p.kappa.get(part))} ({fmt_count(p.kappa_n.get(part, 0))})" for p in report.pairs])
    return header, rows


def alpha_lines(report: AgreementReport) -> list[str]:
    return [f"Krippendorff's α (nominal) {name}: {fmt(value)}" for name, value in report.alpha.items()] + [
        f"α over {len(report.alpha_docs)} document(s) annotated by all {len(report.annotators)} annotators."
    ]


def print_agreement(report: AgreementReport, console: Any) -> None:
    from rich.table import Table

    header, rows = _rows(report)
    table = Table(title="newsgold agreement", title_justify="left")
    for i, col in enumerate(header):
        table.add_column(col, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    for line in alpha_lines(report):
        console.print(line, highlight=False)


def agreement_markdown(report: AgreementReport) -> str:
    header, rows = _rows(report)
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {line}" for line in alpha_lines(report)) + "\n"
