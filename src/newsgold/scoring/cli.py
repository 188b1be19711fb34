"""``newsgold score`` and ``newsgold agreement``.

Everything is loaded and validated, and every output rendered, before anything is written: bad
input ends with the problems (file, line, field) on stderr, exit code 1 and no file touched.
Outputs (``-o``, ``--errors``) are written all or nothing through :func:`newsgold.store.write_files`:
an existing file whose content would change is replaced only with ``--overwrite``; a path inside
the annotations directory or the gold, one of the inputs, or a directory is refused outright.
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


def _inside(path: Path, directory: Path) -> bool:
    path, directory = path.resolve(), directory.resolve()
    return path == directory or directory in path.parents


def check_output_paths(outputs: list[Path], inputs: list[tuple[Path, str]]) -> None:
    """Fail (exit 1, nothing written) on an output that is a directory, lies inside the
    annotations directory or one of the ``(path, what)`` inputs, or is given twice."""
    from newsgold import paths
    from newsgold.cli import fail

    guarded = list(inputs)
    try:
        guarded.insert(0, (paths.annotations_dir(), "the annotations directory"))
    except FileNotFoundError:
        pass
    seen: set[Path] = set()
    for out in outputs:
        if out.is_dir():
            fail(f"{out} is a directory: give a file name for the output")
        for place, what in guarded:
            if _inside(out, place):
                fail(f"refusing to write {out}: it is inside {what} ({place}); write reports elsewhere")
        key = out.resolve()
        if key in seen:
            fail(f"{out} is given for two outputs")
        seen.add(key)


def _write_outputs(outputs: dict[Path, str], overwrite: bool = False) -> list[Path]:
    """Write every output or none; an existing file that would change needs ``overwrite``."""
    from newsgold.cli import err_console, fail
    from newsgold.store import OverwriteRefused, write_files

    try:
        return write_files(outputs, overwrite=overwrite)
    except OverwriteRefused as e:
        lines = e.diff.splitlines()
        shown = "\n".join(lines[:20]) + (f"\n… ({len(lines) - 20} more diff lines)" if len(lines) > 20 else "")
        err_console.print(shown, highlight=False, markup=False, soft_wrap=True)
        changed = [p for p in outputs if p.exists() and p.read_text(encoding="utf-8") != outputs[p]]
        fail(f"{', '.join(map(str, changed))} already exist{'s' if len(changed) == 1 else ''} and would be replaced "
             "(diff above); pass --overwrite to replace, or choose another path. Nothing was written.")
    except OSError as e:
        fail(f"cannot write the output: {e}")
    return []


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
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing -o / --errors files whose content would change.")] = False,
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
    check_output_paths([p for p in (output, errors) if p is not None], [(gold, "the gold"), (pred, "the predictions")])
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
    text = None if fmt == "table" and output is None else render(fmt, scores, gold_set, pred_set, ctx.docs, title)
    if output is not None:
        outputs[output] = text  # type: ignore[assignment]
    written = _write_outputs(outputs, overwrite)
    if output is None:
        if text is None:
            from newsgold.reports.text import print_table

            print_table(scores, console, title)
        else:
            typer.echo(text, nl=False)
    for path in outputs:
        err_console.print(f"wrote {path}" if path in written else f"{path} unchanged", highlight=False)


def agreement_command(
    dirs: Annotated[list[Path], typer.Argument(help="Annotation directories (one per annotator), or one directory of such directories (e.g. annotations/passes).")],
    fmt: Annotated[str, typer.Option("--format", help="table | markdown | json")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing -o file whose content would change.")] = False,
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
    if output is not None:
        check_output_paths([output], [(d, "an annotation set") for d in dirs])
    try:
        ctx, entities = _context_and_entities()
    except Exception as e:
        fail(str(e))
    sets = {d.name: _load(d, ctx) for d in dirs}
    if len(sets) < len(dirs):
        fail("annotator directories must have distinct names")
    from newsgold.scoring.agreement import agreement

    emit_agreement(agreement(sets, ctx.docs, entities), fmt, output, overwrite)


def emit_agreement(report: Any, fmt: str, output: Path | None, overwrite: bool) -> None:
    """Print an agreement report, or write it to ``output`` through the checked, all-or-nothing path
    (callers run :func:`check_output_paths` first)."""
    import json

    from newsgold.cli import console, err_console
    from newsgold.reports.agreement import agreement_markdown, print_agreement

    if fmt == "table" and output is None:
        print_agreement(report, console)
        return
    text = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n" if fmt == "json" else agreement_markdown(report)
    if output is None:
        typer.echo(text, nl=False)
    else:
        written = _write_outputs({output: text}, overwrite)
        err_console.print(f"wrote {output}" if output in written else f"{output} unchanged", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``score`` and ``agreement`` to the ``newsgold`` command."""
    app.command("score")(score_command)
    app.command("agreement")(agreement_command)
