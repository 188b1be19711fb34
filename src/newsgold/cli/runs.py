"""``newsgold run | rescore | compare``: suites of extractors, scored and compared."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsgold.cli._app import FORMAT_DEFAULT, console, err_console, fail, output_format, progress_factory, warn, workspace

Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace what is already there (a run directory, an output file).")]


def run(
    suite: Annotated[
        Optional[str],
        typer.Argument(
            help="Suite name (eval/suites/NAME.toml of the workspace) or path to a .toml file. Default: the workspace's "
            "default_suite (newsgold.toml), else default."
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel extraction processes (results identical to serial).")] = 1,
    overlap: Annotated[
        bool,
        typer.Option(
            "--overlap/--serial",
            help="With --jobs 1 on 2+ cores: run the cross-validated (learned) entries in a second process while the others run "
            "(same files as --serial).",
        ),
    ] = True,
    run_id: Annotated[
        Optional[str], typer.Option("--run-id", help="Directory name under the output root (default: <suite>-<UTC timestamp>).")
    ] = None,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out",
            help="Output root (default: the workspace's eval/runs; needed outside a workspace, on the built-in seed corpus, "
            "which then runs without a cache). The prediction cache stays in the workspace's eval/cache (see --no-cache).",
        ),
    ] = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Run only this extractor spec or label (repeatable).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract everything; neither read nor write the prediction cache.")] = False,
    overwrite: Overwrite = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="local (this machine; --jobs processes) or dask (a Dask cluster; same output; needs the extra: pip install 'newsgold\\[dask]').",
        ),
    ] = "local",
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            help="With --engine dask: address of an existing Dask scheduler (tcp://HOST:PORT). Default: a local cluster on 127.0.0.1.",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", help="With --engine dask and no --scheduler: worker processes of the local cluster.")
    ] = 2,
    partition_size: Annotated[
        int, typer.Option("--partition-size", help="Documents per partition: the batch extracted, written and scored at a time.")
    ] = 1000,
) -> None:
    """Run a suite (default: every built-in baseline on the gold) and print the precision/recall table.

    The run is written to <out>/<run-id>/ only when every extractor has succeeded (a failing run
    leaves nothing behind).  Predictions are cached in the workspace's eval/cache, also when
    --out points elsewhere; --no-cache neither reads nor writes it.
    """
    from newsgold.runs import run_suite
    from newsgold.runs.engines import EngineSpec
    from newsgold.runs.summary import rich_table, table_rows
    from newsgold.suites import load_suite
    from newsgold.workspace import shown

    if jobs < 1:
        fail("--jobs must be at least 1")
    if partition_size < 1:
        fail("--partition-size must be at least 1")
    if engine not in ("local", "dask"):
        fail(f"unknown engine {engine!r}: choose local or dask")
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    ws = workspace()
    if ws.read_only and out is None:
        fail("the built-in seed corpus is read-only: pass --out DIR for the run outputs, or `newsgold init DIR` a workspace of your own")
    suite = suite or ws.config.default_suite  # newsgold.toml's default_suite was read, checked and never used
    loaded = load_suite(ws, suite)
    bar = progress_factory(progress)
    interrupted = False
    try:
        spec = EngineSpec(engine, scheduler, workers, partition_size)
        _, results = run_suite(
            ws,
            loaded,
            out,
            run_id,
            jobs,
            use_cache=not no_cache,
            overwrite=overwrite,
            progress=bar,
            only=only,
            engine=spec,
            overlap=overlap,
        )
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: one line (a run directory is published whole or not at all)
        interrupted = True
    finally:
        if bar:
            bar.stop()
    if interrupted:
        fail("interrupted: no run directory was written (predictions already extracted stay in the cache)", 130)
    match = results[0].scores.config.match_scheme
    rows = [r for res in results for r in table_rows(res.label, res.scores.headline(), match)]
    n = len(results[0].manifest.documents)
    console.print(rich_table(rows, f"newsgold run {suite} ({n} document{'' if n == 1 else 's'}, matching {match})"))
    for res in results:
        ex = res.manifest.extraction
        err_console.print(f"{shown(res.directory)}  extracted {ex.extracted}, cached {ex.cached}", highlight=False)  # as compare takes it
        for problem in res.problems:
            warn(problem)


def rescore(
    run_dir: Annotated[
        Path,
        typer.Argument(metavar="RUN", help="A run directory (eval/runs/<id>/<extractor>), or a suite run directory (every run in it)."),
    ],
    scheme: Annotated[
        Optional[list[str]],
        typer.Option("--scheme", help="Also score with this scheme (repeatable), in addition to the run's own schemes."),
    ] = None,
    replace_schemes: Annotated[
        bool, typer.Option("--replace-schemes", help="Score with the --scheme schemes only, dropping the run's others.")
    ] = False,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold to score against (default: the run's gold path).")] = None,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out", help="Write a new run directory here (for a suite run directory: a new suite directory); RUN is left as it is."
        ),
    ] = None,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite", help="Without --out: rewrite RUN in place (listing the files that change). With --out: replace an existing DIR."
        ),
    ] = False,
) -> None:
    """Score the stored predictions of a run again, without re-running the extractor, and print the table.

    Nothing is written by default.  --out DIR writes a new run directory: a copy of the
    predictions with the new scores.json, reports and a manifest that records rescored_from.
    --overwrite rewrites the run in place (and the summary of the suite run holding it).

    --scheme adds schemes to those the run was scored with, so its other scores are kept.  The
    scorer signature changes whenever the set of schemes (or the gold) does, and `newsgold
    compare` refuses runs with different signatures: a re-scored run stays comparable with its
    siblings only if the schemes added were already among the run's own.
    """
    from newsgold.output import check_outputs
    from newsgold.runs import rescore as do_rescore
    from newsgold.runs import write_rescored
    from newsgold.runs.stored import write_rescored_group, write_rescored_in_place
    from newsgold.runs.summary import rich_table, table_rows

    if replace_schemes and not scheme:
        fail("--replace-schemes needs at least one --scheme")
    ws = workspace()
    is_group = not (run_dir / "manifest.json").exists()
    targets = [run_dir] if not is_group else sorted(p for p in run_dir.glob("*/") if (p / "manifest.json").exists())
    if not targets:
        fail(f"{run_dir}: not a run directory (no manifest.json)")
    if out is not None:
        check_outputs([out], ws, directories=True)
        src, dst = run_dir.resolve(), out.resolve()
        if dst != src and (dst in src.parents or src in dst.parents):
            how = "holds the runs being rescored" if dst in src.parents else "is inside the runs being rescored"
            fail(
                f"--out {out} {how} ({run_dir}): the copy would replace or mix into them; choose a DIR outside "
                f"{run_dir} (or rescore in place: --overwrite without --out)"
            )
        if out.exists() and not overwrite and dst != src:
            fail(f"{out} exists; choose another --out or pass --overwrite")
    results = [do_rescore(ws, t, tuple(scheme) if scheme else None, gold, replace_schemes) for t in targets]
    rows = [row for r in results for row in table_rows(r.run.label, r.scores.headline(), *(scheme or [r.scores.config.match_scheme]))]
    console.print(rich_table(rows, f"newsgold rescore {run_dir}"))
    for r in results:
        _note_incomparable(r)
    if out is None and not overwrite:
        for r in results:
            err_console.print(
                f"nothing written; in place, {r.run.directory} would change: {_changes_text(r.changed_files())}", highlight=False
            )
        err_console.print("(--out DIR writes a new run directory; --overwrite rewrites in place)", highlight=False)
        return
    if out is None:
        changes = [(r, r.changed_files()) for r in results]
        write_rescored_in_place(ws, results)
        for r, changed in changes:
            err_console.print(f"rewrote {r.run.directory}: {_changes_text(changed)}", highlight=False)
        if is_group or (run_dir.parent / "summary.json").exists():  # write_rescored refreshed it
            group = run_dir if is_group else run_dir.parent
            err_console.print(f"updated {group / 'summary.json'} and summary.md", highlight=False)
        return
    if not is_group:
        written = write_rescored(ws, results[0], out, overwrite)
        err_console.print(f"wrote {written} (rescored from {run_dir})", highlight=False)
        return
    write_rescored_group(ws, results, out, overwrite, _suite_name(results[0]), _description(run_dir))
    err_console.print(f"wrote {out} ({len(results)} runs rescored from {run_dir}, with summary.json and summary.md)", highlight=False)


def _changes_text(changed: dict[str, tuple[int, int]]) -> str:
    return ", ".join(f"{name} (+{a} −{b} lines)" for name, (a, b) in changed.items()) or "no file"


def _note_incomparable(r: Any) -> None:
    if r.comparable_with_original:
        return
    why = []
    if r.added_schemes:
        why.append(f"added schemes {', '.join(r.added_schemes)}")
    dropped = [x for x in r.run.scores.config.schemes if x not in r.scores.config.schemes]
    if dropped:
        why.append(f"dropped schemes {', '.join(dropped)}")
    changes = r.gold_changes()
    if changes is not None:
        why.append(f"different gold: {changes.describe()}")
    err_console.print(
        f"note: {r.run.label}: the scorer signature or gold hash changed ({'; '.join(why) or 'scorer'}): "
        "compare it only with runs scored the same way",
        highlight=False,
    )


def _suite_name(r: Any) -> str:
    return r.run.manifest.suite.name or r.run.directory.parent.name


def _description(group: Path) -> str:
    from newsgold.runs.artifacts import ArtifactError, SuiteSummary
    from newsgold.runs.summary import _old_description

    try:
        description = SuiteSummary.read(group / "summary.json").description
    except ArtifactError:
        description = None
    return _old_description(group) if description is None else description


def compare(
    run_a: Annotated[Path, typer.Argument(help="Baseline run directory (A).")],
    run_b: Annotated[Path, typer.Argument(help="New run directory (B).")],
    fmt: Annotated[Optional[str], typer.Option("--format", help="table | markdown | json. " + FORMAT_DEFAULT.format(html=""))] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing -o file whose content would change.")] = False,
    fail_on_regression: Annotated[
        bool,
        typer.Option(
            "--fail-on-regression",
            help="Exit 1 when a headline metric drops by more than --max-drop, or when a metric A has is missing or undefined in B (e.g. B stopped producing a layer).",
        ),
    ] = False,
    max_drop: Annotated[float, typer.Option("--max-drop", help="Largest tolerated drop of a metric.")] = 0.01,
    alpha: Annotated[
        Optional[float], typer.Option("--alpha", help="Count a drop only if significant at this level (approximate randomization).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Compare runs made on different gold, scorer or documents.")] = False,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Paired bootstrap resamples of documents.")] = 1000,
    trials: Annotated[int, typer.Option("--trials", help="Approximate randomization trials.")] = 10000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of both tests (recorded in the output).")] = 12345,
) -> None:
    """Compare two runs: A, B, delta, paired 95% interval and p-value per metric, and changed items."""
    from newsgold.cli._app import write_outputs
    from newsgold.compare import compare_runs
    from newsgold.compare.render import markdown, print_table, to_json
    from newsgold.output import check_outputs

    fmt = output_format(fmt, output, ("table", "markdown", "json"))
    if fmt not in ("table", "markdown", "json"):
        fail(f"unknown format {fmt!r}: choose table, markdown or json", code=2)  # a usage error, as click gives an unknown choice
    if alpha is not None and not 0 < alpha < 1:
        fail("--alpha must be in (0, 1)")
    if max_drop < 0:
        fail("--max-drop must be >= 0")
    ws = workspace()
    if output is not None:
        check_outputs([output], ws, [(run_a, "run A"), (run_b, "run B")])
    c = compare_runs(run_a, run_b, force, bootstrap, trials, seed, workspace=ws)
    if fmt == "table" and output is None:
        print_table(c, console, max_drop, alpha)
    else:
        text = to_json(c, max_drop, alpha) if fmt == "json" else markdown(c, max_drop, alpha)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_outputs({output: text}, overwrite)
    if fail_on_regression:
        regs = c.regressions(max_drop, alpha)
        if regs:
            names = ", ".join(r.name + (f" ({r.status})" if r.status else "") for r in regs)
            err_console.print(f"[bold red]{len(regs)} regression(s):[/] {names}", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        err_console.print("[green]no regression[/]", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("rescore")(rescore)
    app.command("compare")(compare)
