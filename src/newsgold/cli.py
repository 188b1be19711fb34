"""The ``newsgold`` command.  Heavy libraries are imported inside commands to keep start-up quick."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from newsgold import paths

app = typer.Typer(
    name="newsgold",
    help="Gold corpus for quotes, claims and stance in news; score extractors against it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = 1) -> None:
    from rich.text import Text

    # The message is user data (paths, commands like "cmd:cat"): no markup, no emoji codes.
    err_console.print(Text("error: ", style="bold red") + Text(message), highlight=False, soft_wrap=True, emoji=False)
    raise typer.Exit(code)


def print_problems(problems: list, what: str) -> None:
    for problem in problems:
        err_console.print(str(problem), highlight=False, soft_wrap=True, markup=False)
    err_console.print(f"[bold red]{len(problems)} problem(s)[/] in {what}", highlight=False)


@app.command()
def validate(
    targets: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Files or directories to check (default: the corpus, registries, gold and passes)."),
    ] = None,
) -> None:
    """Check annotation files: JSON, schema, offsets, ids, references and labels.

    Reports every problem with file, line, item and field; exits 1 if there is any.
    """
    from newsgold.validate import Context, validate_all, validate_path

    try:
        if targets:
            ctx = Context.default()
            problems = [p for t in targets for p in validate_path(t, ctx)]
        else:
            problems = validate_all()
    except Exception as e:  # registries themselves unreadable
        fail(str(e))
    if problems:
        print_problems(problems, ", ".join(map(str, targets)) if targets else "the built-in data")
        raise typer.Exit(1)
    if targets:
        console.print(f"[green]OK[/] {', '.join(map(str, targets))}")
    else:
        _print_summary()


def _print_summary() -> None:
    from rich.table import Table

    from newsgold.corpus import load_documents
    from newsgold.store import load_entities, load_gold

    docs = load_documents()
    gold = load_gold()
    table = Table(title="newsgold corpus: validated", title_justify="left")
    for col in ("doc_id", "genre", "outlet", "chars", "quotes", "claims", "stances"):
        table.add_column(col, justify="right" if col in {"chars", "quotes", "claims", "stances"} else "left")
    for doc_id, doc in docs.items():
        g = gold.get(doc_id)
        counts = [str(len(getattr(g, layer) or [])) if g else "-" for layer in ("quotes", "claims", "stances")]
        table.add_row(doc_id, doc.genre or "", doc.outlet or "—", str(len(doc.text)), *counts)
    console.print(table)
    console.print(f"{len(docs)} documents, {len(load_entities())} entities; all annotation files valid.")


@app.command()
def schema(
    kind: Annotated[str, typer.Argument(help="annotation | entities | targets")] = "annotation",
) -> None:
    """Print the JSON Schema of the annotation format (or of the entity/target registries)."""
    import json

    from newsgold.schema import json_schema

    if kind not in {"annotation", "entities", "targets"}:
        fail(f"unknown schema {kind!r}: choose annotation, entities or targets")
    typer.echo(json.dumps(json_schema(kind), indent=2))


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document to show (see `newsgold validate` for the ids).")],
    layer: Annotated[
        Optional[list[str]], typer.Option("--layer", "-l", help="quotes, claims or stances (repeatable; default all).")
    ] = None,
    annotations: Annotated[
        Optional[Path], typer.Option(help="Gold directory or prediction .jsonl to show (default: the gold).")
    ] = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colours on or off.")] = None,
) -> None:
    """Print an article with its annotations marked, for review."""
    from rich.console import Console

    from newsgold.corpus import load_documents
    from newsgold.render import LAYER_CHOICES, render
    from newsgold.store import load_annotations, load_entities
    from newsgold.validate import ValidationError

    layers = tuple(layer or LAYER_CHOICES)
    unknown = [x for x in layers if x not in LAYER_CHOICES]
    if unknown:
        fail(f"--layer {unknown[0]!r}: choose from {', '.join(LAYER_CHOICES)}")
    docs = load_documents()
    if doc_id not in docs:
        fail(f"unknown document {doc_id!r}; known: {', '.join(sorted(docs))}")
    source = annotations or paths.gold_dir()
    try:
        annotated = load_annotations(source)
    except ValidationError as e:
        print_problems(e.problems, str(source))
        raise typer.Exit(1)
    if doc_id not in annotated:
        fail(f"{source} has no annotations for {doc_id!r}")
    names = {e.id: e.name for e in load_entities()}
    out = Console(force_terminal=color, no_color=color is False, highlight=False)
    out.print(render(annotated[doc_id], docs[doc_id].text, layers, names))


from newsgold.scoring.cli import register as _register_scoring  # noqa: E402

_register_scoring(app)

from newsgold.runs_cli import register as _register_runs  # noqa: E402

_register_runs(app)

from newsgold.labelstudio.cli import app as _ls_app  # noqa: E402

app.add_typer(_ls_app, name="ls", help="Annotate in Label Studio: install, start, config, push, pull, agreement.")

from newsgold.labelstudio.cli import register as _register_ls  # noqa: E402

_register_ls(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
