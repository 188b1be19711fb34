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
    if not report.alpha and not report.u_alpha:  # one annotator compared with a model (ls agreement --with-model)
        return []
    humans = [a for a in report.annotators if not a.startswith("model:")]  # model pairs never enter the α
    return (
        [f"Krippendorff's α (nominal) {name}: {fmt(value)}" for name, value in report.alpha.items()]
        + [f"Krippendorff's unitizing α (character overlap) {name}: {fmt(value)}" for name, value in report.u_alpha.items()]
        + [f"α over {len(report.alpha_docs)} document(s) annotated by all {len(humans)} annotators."]
    )


def table_md(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1), *("| " + " | ".join(r) + " |" for r in rows)]


def extra_tables(report: AgreementReport) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows): the pairwise matrix of each layer's first F1, unitizing α per document, each annotator vs the gold."""
    out = []
    firsts = [k for k in f1_keys() if k.endswith(".exact.f1") or k.endswith(".pair.f1")]
    for key in firsts[:3] if len(report.annotators) > 2 else []:
        m = report.matrix(key)
        out.append(
            (
                f"F1 {key.removesuffix('.f1')}, annotator by annotator",
                ["", *report.annotators],
                [[a, *(fmt(m[a][b]) for b in report.annotators)] for a in report.annotators],
            )
        )
    layers = list(report.u_alpha)
    if report.per_doc and layers:
        out.append(
            ("Unitizing α per document", ["document", *layers], [[d, *(fmt(v.get(x)) for x in layers)] for d, v in report.per_doc.items()])
        )
    if report.vs_gold:
        keys = f1_keys()
        out.append(
            (
                "Each annotator vs the gold (F1)",
                ["annotator", *(k.removesuffix(".f1") for k in keys)],
                [[a, *(fmt(v.get(k)) for k in keys)] for a, v in report.vs_gold.items()],
            )
        )
    return out


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
    for title, head, body in extra_tables(report):
        extra = Table(title=title, title_justify="left")
        for i, col in enumerate(head):
            extra.add_column(col, justify="left" if i == 0 else "right")
        for row in body:
            extra.add_row(*row)
        console.print(extra)


def agreement_markdown(report: AgreementReport) -> str:
    header, rows = _rows(report)
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    text = "\n".join(lines) + "\n\n" + "\n".join(f"- {line}" for line in alpha_lines(report)) + "\n"
    for title, head, body in extra_tables(report):
        text += f"\n{title}:\n\n" + "\n".join(table_md(head, body)) + "\n"
    return text
