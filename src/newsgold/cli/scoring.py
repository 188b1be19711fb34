"""``newsgold score | agreement``.

Everything is loaded and validated, and every output rendered, before anything is written: bad
input ends with the problems (file, line, field) on stderr, exit 1 and no file touched.
Outputs go through :mod:`newsgold.output` (checked targets, all or nothing, ``--overwrite``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsgold.cli._app import FORMAT_DEFAULT, console, fail, load_set, output_format, progress_factory, warn, workspace, write_outputs
from newsgold.workspace import printable

FORMATS = ("table", "markdown", "json", "html")

Output = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")]
Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace existing output files whose content would change.")]


def score(
    gold: Annotated[
        Optional[Path], typer.Option("--gold", help="Gold directory (or file) to score against (default: the workspace's gold).")
    ] = None,
    pred: Annotated[Path, typer.Option("--pred", help="Predictions: a .jsonl file or a directory of <doc_id>.json.")] = ...,  # type: ignore[assignment]
    scheme: Annotated[
        Optional[list[str]],
        typer.Option(
            "--scheme",
            help="strict, exact, partial, overlap, coverage:TAU, token (repeatable; default: all with coverage:0.3 and coverage:0.8).",
        ),
    ] = None,
    match_scheme: Annotated[
        str, typer.Option("--match-scheme", help="When a predicted quote/claim is the gold one, for speaker, type, claimant, kind.")
    ] = "coverage:0.3",
    normalize_boundaries: Annotated[
        bool, typer.Option("--normalize-boundaries", help="Ignore leading/trailing whitespace, punctuation and quotation marks.")
    ] = False,
    fmt: Annotated[
        Optional[str], typer.Option("--format", help="table | markdown | json | html. " + FORMAT_DEFAULT.format(html=", .html html"))
    ] = None,
    output: Output = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every error with context as JSON Lines.")] = None,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Bootstrap resamples over documents (0: no intervals).")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the bootstrap (recorded in the signature).")] = 12345,
    overwrite: Overwrite = False,
    documents: Annotated[
        Optional[Path],
        typer.Option(
            "--documents",
            help="Score without a workspace: the documents (JSON Lines as corpus/data/documents.jsonl; sha256/n_chars optional). Needs --gold.",
        ),
    ] = None,
    entities_file: Annotated[
        Optional[Path],
        typer.Option(
            "--entities",
            help="With --documents: an entity registry (as annotations/entities.json): the gold's references are checked against it, and speakers predicted as names or aliases are matched to its ids (without it: neither; speaker scores can be lower).",
        ),
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr (bootstrap, report).")] = True,
) -> None:
    """Score predictions (or another annotator) against the gold: P/R/F1 per layer and scheme.

    With --documents no workspace is needed: the documents, gold and predictions are the files given.
    """
    import gc

    # millions of small objects (items, count vectors, report rows) and no reference cycles
    # worth collecting: the collector's passes over them cost a fifth of a 10,000-document score
    gc.disable()
    try:
        _score(
            gold,
            pred,
            scheme,
            match_scheme,
            normalize_boundaries,
            output_format(fmt, output, FORMATS),
            output,
            errors,
            bootstrap,
            seed,
            overwrite,
            documents,
            entities_file,
            progress,
        )
    finally:
        gc.enable()


def _score(
    gold: Optional[Path],
    pred: Path,
    scheme: Optional[list[str]],
    match_scheme: str,
    normalize_boundaries: bool,
    fmt: str,
    output: Optional[Path],
    errors: Optional[Path],
    bootstrap: int,
    seed: int,
    overwrite: bool,
    documents: Optional[Path],
    entities_file: Optional[Path],
    progress: bool,
) -> None:
    from newsgold.output import check_outputs
    from newsgold.scoring.config import DEFAULT_SCHEMES, ScoreConfig

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}", code=2)  # a usage error, as click gives an unknown choice
    if fmt == "html" and output is None:
        fail("--format html needs -o PATH")
    try:
        config = ScoreConfig(tuple(scheme) if scheme else DEFAULT_SCHEMES, normalize_boundaries, match_scheme, bootstrap, seed)
    except ValueError as e:
        fail(str(e))
    outs = [p for p in (output, errors) if p is not None]
    inputs = [(pred, "the predictions")]
    if documents is not None:
        if gold is None:
            fail("--documents needs --gold (a directory of <doc_id>.json or a .jsonl file)")
        inputs += [(gold, "the gold"), (documents, "the documents")]
        inputs += [(entities_file, "the entity registry")] if entities_file is not None else []
        check_outputs(outs, None, inputs)
        ctx, entities = load_context(documents, entities_file)
    else:
        if entities_file is not None:
            fail("--entities goes with --documents (in a workspace, its annotations/entities.json is used)")
        ws = workspace()
        ctx, entities = ws.context(), ws.entities
        gold = gold or ws.gold_dir
        check_outputs(outs, ws, [(gold, "the gold"), *inputs])
    from newsgold.file_scoring import score_files

    title = f"{printable(pred.name)} vs {printable(gold.name)}"
    bars = _Bars(progress)  # started when first advanced: the whole-set path loads its sets first, as it always did
    try:
        report = not (fmt == "table" and output is None)
        done = score_files(gold, pred, ctx, config, entities, fmt, report, errors is not None, title, bars.advance)
        outputs: dict[Path, Any] = {}
        if errors is not None and done.listing is not None:
            outputs[errors] = done.listing
        if output is not None and done.text is not None:
            outputs[output] = done.text  # a str, or the JSON report's pieces: written to the staged file as they come
        write_outputs(outputs, overwrite)  # (the pieces made, and their "report" bar moved, as they are written)
        # the JSON report's pieces into a pipe or file: written with the bar on stderr meanwhile
        # (click writes around the proxy of stdout rich puts up while a bar is drawn)
        pieces = None if output is not None or isinstance(done.text, str) else done.text
        streamed = pieces is not None and not sys.stdout.isatty()
        if pieces is not None and streamed:
            _echo(pieces)
    finally:
        bars.stop()
    _unit_warnings(pred, ctx)
    if output is None and not streamed:
        if done.text is None:
            from newsgold.reports.text import print_table

            print_table(done.scores, console, title)
        else:
            _echo([done.text] if isinstance(done.text, str) else done.text)


def _unit_warnings(pred: Path, ctx: Any) -> None:
    """What ``validate PRED`` warns of, said by ``score`` too: offsets inside a character and offsets
    that look counted in UTF-16 code units (read again only when the corpus has such characters;
    not stdin or a pipe, which cannot be read twice)."""
    from newsgold.errors import NewsgoldError
    from newsgold.graphemes import path_warnings

    if not (pred.is_file() or pred.is_dir()):
        return
    try:
        found = path_warnings(pred, ctx)
    except NewsgoldError:  # scored all the same (documents outside the corpus are said by the scoring)
        return
    for w in found:
        warn(str(w))


def _echo(pieces: Iterable[str]) -> None:
    for piece in pieces:
        typer.echo(piece, nl=False)


class _Bars:
    """Progress bars on stderr (``--progress``), the display started when a bar first moves."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.factory: Any = None
        self.tasks: dict[str, Any] = {}

    def advance(self, label: str, total: int) -> Any:
        """A step function for the bar ``label`` of ``total`` (None without ``--progress``)."""

        def step(n: int) -> None:
            if self.factory is None:
                self.factory = progress_factory(True)
            if label not in self.tasks:
                self.tasks[label] = self.factory(label, 0, total)
            self.tasks[label](n)

        return step if self.enabled else None

    def stop(self) -> None:
        if self.factory is not None:
            self.factory.stop()


def load_context(documents: Path, entities: Path | None) -> tuple[Any, Any]:
    """The workspace-free context; bad documents or registry: every problem listed, exit 1."""
    from newsgold.cli._app import print_problems
    from newsgold.standalone import standalone_context
    from newsgold.validate import ValidationError

    try:
        return standalone_context(documents, entities)
    except ValidationError as e:
        print_problems(e.problems, "the input")
        raise typer.Exit(1) from None


def agreement(
    dirs: Annotated[
        list[Path],
        typer.Argument(help="Annotation directories (one per annotator), or one directory of such directories (e.g. annotations/passes)."),
    ],
    fmt: Annotated[Optional[str], typer.Option("--format", help="table | markdown | json. " + FORMAT_DEFAULT.format(html=""))] = None,
    output: Output = None,
    overwrite: Overwrite = False,
    gold: Annotated[
        Optional[Path], typer.Option("--gold", help="Also score each annotator against this gold (e.g. annotations/gold or a curation).")
    ] = None,
) -> None:
    """Inter-annotator agreement: pairwise span F1 and Cohen's kappa, Krippendorff's alpha and unitizing alpha."""
    from newsgold.output import check_outputs

    fmt = check_format(output_format(fmt, output, ("table", "markdown", "json")))
    if len(dirs) == 1 and dirs[0].is_dir() and not any(dirs[0].glob("*.json")):
        dirs = sorted(p for p in dirs[0].iterdir() if p.is_dir())
    if len(dirs) < 2:
        fail("agreement needs at least two annotation directories")
    ws = workspace()
    if output is not None:
        check_outputs([output], ws, [(d, "an annotation set") for d in dirs])
    ctx = ws.context()
    sets = {d.name: load_set(d, ctx) for d in dirs}
    if len(sets) < len(dirs):
        fail("annotator directories must have distinct names")
    from newsgold.scoring.agreement import agreement as measure

    gold_set = load_set(gold, ctx) if gold is not None else None
    emit_agreement(measure(sets, ctx.docs, ws.entities, gold=gold_set), fmt, output, overwrite)


def check_format(fmt: str) -> str:
    if fmt not in ("table", "markdown", "json"):
        fail(f"unknown format {fmt!r}: choose table, markdown or json", code=2)  # a usage error, as click gives an unknown choice
    return fmt


def emit_agreement(report: Any, fmt: str, output: Path | None, overwrite: bool) -> None:
    """Print an agreement report, or write it to ``output`` (already checked) all or nothing."""
    from newsgold.reports.agreement import agreement_markdown, print_agreement

    if fmt == "table" and output is None:
        print_agreement(report, console)
        return
    text = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n" if fmt == "json" else agreement_markdown(report)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_outputs({output: text}, overwrite)


def register(app: typer.Typer) -> None:
    app.command("score")(score)
    app.command("agreement")(agreement)
