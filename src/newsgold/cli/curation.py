"""``newsgold adjudicate``: merge annotators' passes into a curation, and into the gold when told.

Everything is loaded, validated, merged and rendered before anything is written; outputs go
through :mod:`newsgold.output` (checked targets, all or nothing).  The gold is written only with
``--write-gold`` and only when no position is open: the diff is shown and the old gold backed up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsgold.cli._app import console, err_console, fail, load_set, show_diff, workspace, write_outputs


def pass_dirs(dirs: list[Path]) -> list[Path]:
    """Pass directories as given, or the subdirectories of one directory of passes."""
    if len(dirs) == 1 and dirs[0].is_dir() and not any(dirs[0].glob("*.json")):
        dirs = sorted(p for p in dirs[0].iterdir() if p.is_dir() and not p.name.startswith("."))
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        fail(f"{missing[0]} is not a directory of <doc_id>.json annotation files")
    if len(dirs) < 2:
        fail("adjudicate needs at least two annotation passes (one directory per annotator)")
    names = [d.name for d in dirs]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        fail(f"two passes are named {twice[0]!r}: an annotator is the name of their directory")
    return dirs


def adjudicate(
    dirs: Annotated[
        list[Path], typer.Argument(help="Annotation passes (one directory per annotator), or one directory of them (annotations/passes).")
    ],
    output: Annotated[
        Optional[Path],
        typer.Option(
            "-o", "--output", help="Write the curation here: <doc_id>.json, ADJUDICATION.log.md, report/adjudication.md|.json|.html."
        ),
    ] = None,
    rule: Annotated[str, typer.Option("--rule", help="unanimous, or K-of-N (e.g. 2-of-3): how many must agree.")] = "unanimous",
    scheme: Annotated[
        str, typer.Option("--scheme", help="When two items are at the same place: exact, overlap or coverage:TAU.")
    ] = "exact",
    decisions: Annotated[
        Optional[Path],
        typer.Option("--decisions", help='An earlier curation directory whose open positions a curator decided ("decision").'),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="What to print: table | markdown | json")] = "table",
    write_gold: Annotated[
        bool,
        typer.Option(
            "--write-gold", help="Write the curated gold into annotations/gold (every position settled; diff shown, old gold backed up)."
        ),
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing files under -o whose content would change.")] = False,
) -> None:
    """Merge annotators' passes: agreed items accepted by the rule, every other position listed for a curator."""
    from newsgold.curation import adjudicate as merge
    from newsgold.curation import curation_files, decisions_of, parse_rule, read_curation
    from newsgold.curation.log import LOG_NAME, adjudication_log
    from newsgold.output import check_outputs
    from newsgold.reports import curation as report
    from newsgold.workspace import shown

    if fmt not in ("table", "markdown", "json"):
        fail(f"unknown format {fmt!r}: choose table, markdown or json", code=2)  # a usage error, as click gives an unknown choice
    dirs = pass_dirs(dirs)
    ws = workspace()
    ctx = ws.context()
    passes = {d.name: load_set(d, ctx) for d in dirs}
    where = {d.name: shown(d) for d in dirs}
    chosen = parse_rule(rule, len(passes))
    decided = None
    if decisions is not None:
        decided = decisions_of(read_curation(decisions, ctx), passes, shown(decisions))
    curations = merge(passes, chosen, scheme, decided, where)
    log = adjudication_log(curations, where)
    outputs: dict[Path, str] = {}
    if output is not None:
        files = curation_files(curations, output)
        files[output / "report" / "adjudication.md"] = report.curation_markdown(curations, ctx.docs)
        files[output / "report" / "adjudication.json"] = report.curation_json(curations)  # not beside the curation files
        files[output / "report" / "adjudication.html"] = report.curation_html(curations, ctx.docs)
        files[output / LOG_NAME] = log
        inputs = [(d, "a pass") for d in dirs] + ([(decisions, "the decisions")] if decisions is not None else [])
        check_outputs(list(files), ws, inputs)
        if output.exists() and not output.is_dir():
            fail(f"{shown(output)} is a file: -o takes a directory (one <doc_id>.json per document, the log and the reports)")
        outputs.update(files)
    if write_gold:
        outputs_gold = gold_files(ws, curations, log)
    if outputs:
        write_outputs(outputs, overwrite)
    if write_gold:
        write_gold_files(ws, outputs_gold)
    if fmt == "table":
        report.print_curation(curations, ctx.docs, console)
    else:
        typer.echo(report.curation_markdown(curations, ctx.docs) if fmt == "markdown" else report.curation_json(curations), nl=False)


def gold_files(ws: Any, curations: Any, log: str) -> dict[Path, str]:
    """The gold files and the log beside them; refused while any position is open."""
    from newsgold.curation.log import LOG_NAME
    from newsgold.output import check_outputs
    from newsgold.schema import dumps_doc

    opened = [(d, p) for d, c in sorted(curations.items()) for p in c.open_positions]
    if opened:
        d, p = opened[0]
        fail(
            f"{len(opened)} position(s) are still open (first: {d} {p.id}, {p.status}); nothing written: decide them in the "
            'curation files ("decision": an annotator or "none") and pass that directory with --decisions'
        )
    files = {ws.gold_dir / f"{d}.json": dumps_doc(c.gold()) for d, c in sorted(curations.items())}
    files[ws.annotations_dir / LOG_NAME] = log
    check_outputs(list(files), ws, allow_annotations=True)
    return files


def write_gold_files(ws: Any, files: dict[Path, str]) -> None:
    """The ``ls pull --write-gold`` path: diff shown, the current gold backed up, all or nothing."""
    from newsgold.output import backup_dir, changes, write_files
    from newsgold.output.dirs import discard_backup
    from newsgold.workspace import shown

    diffs = changes(files)
    if not diffs and all(p.exists() for p in files):
        err_console.print("the gold already is the curated result: nothing written", highlight=False)
        return
    show_diff("".join(diffs.values()))
    copy = backup_dir(ws.gold_dir) if any(ws.gold_dir.glob("*.json")) else None
    if copy is not None:
        err_console.print(f"previous gold backed up to {shown(copy)}", highlight=False)
    try:
        written = write_files(files, overwrite=True)
    except OSError as e:
        if copy is not None:  # (a read-only gold: the backup of a gold left as it was is not kept)
            discard_backup(copy, ws.gold_dir)
        fail(f"cannot write the gold: {e}")
    err_console.print(f"wrote {len(written)} file(s) of the gold and its log under {shown(ws.annotations_dir)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("adjudicate")(adjudicate)
