"""``newsgold score`` and ``newsgold agreement``.

Everything is loaded and validated, and every output rendered, before anything is written: bad
input ends with the problems (file, line, field) on stderr, exit code 1 and no file touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

FORMATS = ("table", "markdown", "json", "html")


def _context_and_entities() -> tuple[Any, list[Any]]:
    """Validation context and entity registry; registries that do not exist yet are empty."""
    from newsgold import paths
    from newsgold.corpus import load_documents
    from newsgold.store import load_entities, load_targets
    from newsgold.validate import Context

    entities = load_entities() if paths.entities_file().exists() else []
    targets = load_targets() if paths.targets_file().exists() else []
    ctx = Context(docs=load_documents(), entity_ids={e.id for e in entities}, target_ids={t.id for t in targets})
    return ctx, entities


def _load(path: Path, ctx: Any) -> dict:
    from newsgold.cli import print_problems
    from newsgold.store import load_annotations
    from newsgold.validate import ValidationError

    try:
        return load_annotations(path, ctx)
    except ValidationError as e:
        print_problems(e.problems, str(path))
        raise typer.Exit(1) from None


def _write_outputs(outputs: dict[Path, str]) -> None:
    from newsgold.store import atomic_write_text

    for path, text in outputs.items():
        atomic_write_text(path, text)


def score_command(
    gold: Annotated[
        Optional[Path], typer.Option("--gold", help="Gold directory (or file) to score against (default: the built-in gold).")
    ] = None,
    pred: Annotated[Path, typer.Option("--pred", help="Predictions: a .jsonl file or a directory of <doc_id>.json.")] = ...,  # type: ignore[assignment]
    scheme: Annotated[Optional[list[str]], typer.Option("--scheme", help="strict, exact, partial, overlap, coverage:TAU, token (repeatable; default: all with coverage:0.3 and coverage:0.8).")] = None,
    match_scheme: Annotated[str, typer.Option("--match-scheme", help="When a predicted quote/claim is the gold one, for speaker, type, claimant, kind.")] = "coverage:0.3",
    normalize_boundaries: Annotated[bool, typer.Option("--normalize-boundaries", help="Ignore leading/trailing whitespace, punctuation and quotation marks.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table | markdown | json | html")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every error with context as JSON Lines.")] = None,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Bootstrap resamples over documents (0: no intervals).")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the bootstrap (recorded in the signature).")] = 12345,
) -> None:
    """Score predictions (or another annotator) against the gold: P/R/F1 per layer and scheme."""
    from newsgold.cli import console, err_console, fail
    from newsgold.scoring.config import DEFAULT_SCHEMES, ScoreConfig

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")
    if fmt == "html" and output is None:
        fail("--format html needs -o PATH")
    try:
        config = ScoreConfig(tuple(scheme) if scheme else DEFAULT_SCHEMES, normalize_boundaries, match_scheme, bootstrap, seed)
    except ValueError as e:
        fail(str(e))
    try:
        ctx, entities = _context_and_entities()
    except Exception as e:  # registries unreadable
        fail(str(e))
    from newsgold import paths

    gold = gold or paths.gold_dir()
    gold_set = _load(gold, ctx)
    pred_set = _load(pred, ctx)
    from newsgold.reports import render
    from newsgold.reports.errors import error_records, errors_jsonl
    from newsgold.scoring.corpus import score_corpus

    scores = score_corpus(gold_set, pred_set, ctx.docs, config, entities)
    if not scores.docs:
        fail(f"nothing to score: no document of {pred} has gold in {gold}")
    title = f"{pred.name} vs {gold.name}"
    outputs: dict[Path, str] = {}
    if errors is not None:
        outputs[errors] = errors_jsonl(error_records(scores, gold_set, pred_set, ctx.docs))
    if fmt == "table" and output is None:
        from newsgold.reports.text import print_table

        _write_outputs(outputs)
        print_table(scores, console, title)
    else:
        text = render(fmt, scores, gold_set, pred_set, ctx.docs, title)
        if output is None:
            _write_outputs(outputs)
            typer.echo(text, nl=False)
        else:
            outputs[output] = text
            _write_outputs(outputs)
            err_console.print(f"wrote {output}", highlight=False)
    for path in outputs:
        if path != output:
            err_console.print(f"wrote {path}", highlight=False)


def agreement_command(
    dirs: Annotated[list[Path], typer.Argument(help="Annotation directories (one per annotator), or one directory of such directories (e.g. annotations/passes).")],
    fmt: Annotated[str, typer.Option("--format", help="table | markdown | json")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
) -> None:
    """Inter-annotator agreement: pairwise span F1 and Cohen's kappa, Krippendorff's alpha."""
    from newsgold.cli import console, err_console, fail
    from newsgold.reports.agreement import agreement_markdown, print_agreement

    if fmt not in ("table", "markdown", "json"):
        fail(f"unknown format {fmt!r}: choose table, markdown or json")
    if len(dirs) == 1 and dirs[0].is_dir() and not any(dirs[0].glob("*.json")):
        dirs = sorted(p for p in dirs[0].iterdir() if p.is_dir())
    if len(dirs) < 2:
        fail("agreement needs at least two annotation directories")
    try:
        ctx, entities = _context_and_entities()
    except Exception as e:
        fail(str(e))
    sets = {d.name: _load(d, ctx) for d in dirs}
    if len(sets) < len(dirs):
        fail("annotator directories must have distinct names")
    import json

    from newsgold.scoring.agreement import agreement

    report = agreement(sets, ctx.docs, entities)
    if fmt == "table" and output is None:
        print_agreement(report, console)
        return
    text = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n" if fmt == "json" else agreement_markdown(report)
    if output is None:
        typer.echo(text, nl=False)
    else:
        _write_outputs({output: text})
        err_console.print(f"wrote {output}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``score`` and ``agreement`` to the ``newsgold`` command."""
    app.command("score")(score_command)
    app.command("agreement")(agreement_command)
