"""``newsgold validate | schema | show``: look at the data of a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from newsgold.cli._app import console, err_console, fail, load_set, print_problems, warn, workspace


def validate(
    targets: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Files or directories to check (default: the workspace's corpus, registries, gold and passes)."),
    ] = None,
) -> None:
    """Check annotation files: JSON, schema, offsets, ids, references and labels.

    Reports every problem with file, line, item and field; exits 1 if there is any.
    """
    from newsgold.validate import validate_all, validate_path
    from newsgold.workspace import shown

    ws = workspace()
    if targets:
        ctx = ws.context()
        problems = [p for t in targets for p in validate_path(t, ctx)]
    else:
        problems = validate_all(ws)
    if problems:
        where = shown(ws.root)  # "." when run in it: "in the workspace ." read as a typo
        print_problems(
            problems, ", ".join(map(str, targets)) if targets else f"the workspace {where}" if where != "." else "this workspace"
        )
        raise typer.Exit(1)
    from newsgold.graphemes import path_warnings, workspace_warnings

    warnings = [w for t in targets for w in path_warnings(t, ctx)] if targets else workspace_warnings(ws)
    for w in warnings:
        warn(str(w))
    if targets:
        console.print(f"[green]OK[/] {', '.join(map(str, targets))}")
    else:
        _print_summary()
    if warnings:
        console.print(f"{len(warnings)} warning(s): valid, but see above")


def _print_summary() -> None:
    from rich.table import Table

    from newsgold.layers import registry
    from newsgold.validate import gold_coverage

    ws = workspace()
    docs = ws.documents
    gold = load_set(ws.gold_dir, ws.context()) if any(ws.gold_dir.glob("*.json")) else {}
    table = Table(title="newsgold corpus: validated", title_justify="left")
    layers = registry.names()
    for col in ("doc_id", "genre", "outlet", "chars", *layers):
        table.add_column(col, justify="right" if col in {"chars", *layers} else "left")
    for doc_id, doc in docs.items():
        g = gold.get(doc_id)
        counts = [str(len(getattr(g, layer) or [])) if g else "-" for layer in layers]
        table.add_row(doc_id, doc.genre or "", doc.outlet or "—", str(len(doc.text)), *counts)
    console.print(table)
    console.print(f"{len(docs)} documents, {len(ws.entities)} entities; all annotation files valid.")
    with_gold, _ = gold_coverage(ws)
    console.print(
        f"gold for {with_gold} of {len(docs)} documents" + ("" if with_gold == len(docs) else " (documents without gold are not scored)")
    )


def schema(kind: Annotated[str, typer.Argument(help="annotation | entities | targets")] = "annotation") -> None:
    """Print the JSON Schema of the annotation format (or of the entity/target registries)."""
    import json

    from newsgold.schema import json_schema

    if kind not in {"annotation", "entities", "targets"}:
        fail(f"unknown schema {kind!r}: choose annotation, entities or targets")
    typer.echo(json.dumps(json_schema(kind), indent=2))


def show(
    doc_id: Annotated[str, typer.Argument(help="Document to show (see `newsgold validate` for the ids).")],
    layer: Annotated[
        Optional[list[str]], typer.Option("--layer", "-l", help="quotes, claims or stances (repeatable; default all).")
    ] = None,
    annotations: Annotated[Optional[Path], typer.Option(help="Gold directory or prediction .jsonl to show (default: the gold).")] = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colours on or off.")] = None,
) -> None:
    """Print an article with its annotations marked, for review (a document without gold yet: its text)."""
    from rich.console import Console

    from newsgold.layers import registry
    from newsgold.render import render, render_unannotated
    from newsgold.workspace import shown

    choices = registry.names()
    layers = tuple(layer or choices)
    unknown = [x for x in layers if x not in choices]
    if unknown:
        fail(f"--layer {unknown[0]!r}: choose from {', '.join(choices)}")
    ws = workspace()
    docs = ws.documents
    if doc_id not in docs:
        fail(f"unknown document {doc_id!r}; known: {', '.join(sorted(docs))}")
    source = annotations or ws.gold_dir
    out = Console(force_terminal=color, no_color=color is False, highlight=False)
    empty = annotations is None and not any(ws.gold_dir.glob("*.json"))  # a new workspace: say so, not "no *.json files"
    annotated = {} if empty else load_set(source, ws.context())
    if doc_id not in annotated:
        if annotations is not None:
            fail(f"{shown(source)} has no annotations for {doc_id!r}")
        # no gold yet is a normal state (a fresh import): the text, and where its gold would go
        remedy = f"write {shown(ws.gold_dir)}/{doc_id}.json, or pull it from Label Studio; --annotations PREDS.jsonl shows predictions"
        where = f": {shown(ws.gold_dir)} is empty" if empty else ""
        out.print(render_unannotated(docs[doc_id].text, f"{doc_id!r} has no gold yet{where} ({remedy})"))
        return
    names = {e.id: e.name for e in ws.entities}
    out.print(render(annotated[doc_id], docs[doc_id].text, layers, names))


def export(
    target: Annotated[Path, typer.Argument(help="Where to write: a directory (hf) or a .parquet file.")],
    fmt: Annotated[
        Optional[str],
        typer.Option("--format", help="hf (datasets.save_to_disk) | parquet. Default: parquet for a target named *.parquet, else hf."),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing export.")] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr (only on a terminal).")] = True,
) -> None:
    """Export the documents with their gold as typed features, for datasets.load_from_disk or parquet readers."""
    from newsgold.hf_export import FORMATS
    from newsgold.hf_export import export as do_export

    if fmt is None:  # `export corpus.parquet` made a save_to_disk directory named corpus.parquet
        fmt = "parquet" if target.suffix.lower() == ".parquet" else "hf"
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}", code=2)  # a usage error, as click gives an unknown choice
    written = do_export(workspace(), target, fmt, overwrite, progress and err_console.is_terminal)  # as rich's bars: none in a log
    console.print(f"wrote {written} ({fmt}: {len(workspace().documents)} documents with their gold)", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command()(schema)
    app.command()(show)
    app.command()(export)
