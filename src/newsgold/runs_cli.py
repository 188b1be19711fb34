"""``newsgold run | rescore | compare | extract | extractors``.

Everything is resolved and validated before anything is written; failures print one clear
message (naming the file, field or document) and exit 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer


def _fail(message: str, code: int = 1) -> None:
    from newsgold.cli import fail

    fail(message, code)


def _progress_factory(enabled: bool) -> Any:
    if not enabled:
        return None
    from rich.progress import Progress

    from newsgold.cli import err_console

    progress = Progress(console=err_console, transient=True)
    progress.start()

    def factory(label: str, done: int, total: int) -> Any:
        task = progress.add_task(label, total=total)
        return lambda n: progress.advance(task, n)

    factory.stop = progress.stop  # type: ignore[attr-defined]
    return factory


def run_command(
    suite: Annotated[str, typer.Argument(help="Suite name (eval/suites/NAME.toml) or path to a .toml file.")] = "default",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel extraction processes (results identical to serial).")] = 1,
    run_id: Annotated[Optional[str], typer.Option("--run-id", help="Directory name under the output root (default: <suite>-<UTC timestamp>).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Output root (default: eval/runs). The prediction cache stays in the repository's eval/cache even with --out (see --no-cache).")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Run only this extractor spec or label (repeatable).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract everything; neither read nor write the prediction cache.")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing run directories with the same id.")] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
) -> None:
    """Run a suite (default: every built-in baseline on the gold) and print the precision/recall table.

    The run is written to <out>/<run-id>/ only when every extractor has succeeded (a failing run
    leaves nothing behind).  Predictions are cached in the repository's eval/cache, also when
    --out points elsewhere; --no-cache neither reads nor writes it.
    """
    from newsgold.cli import console, err_console
    from newsgold.runs import RunError, run_suite
    from newsgold.runs.summary import rich_table, table_rows
    from newsgold.suites import SuiteError, load_suite

    if jobs < 1:
        _fail("--jobs must be at least 1")
    bar = _progress_factory(progress)
    try:
        group, results = run_suite(load_suite(suite), out, run_id, jobs, use_cache=not no_cache, overwrite=overwrite,
                                   progress=bar, only=only)
    except (SuiteError, RunError) as e:
        if bar:
            bar.stop()
        _fail(str(e))
        return
    finally:
        if bar:
            bar.stop()
    match = results[0].scores.config.match_scheme
    rows = [r for res in results for r in table_rows(res.label, res.scores.headline(), match)]
    console.print(rich_table(rows, f"newsgold run {suite} ({len(results[0].manifest['documents'])} documents, matching {match})"))
    for res in results:
        ex = res.manifest["extraction"]
        err_console.print(f"{res.directory}  extracted {ex['extracted']}, cached {ex['cached']}", highlight=False)


def rescore_command(
    run: Annotated[Path, typer.Argument(help="A run directory (eval/runs/<id>/<extractor>), or a suite run directory (every run in it).")],
    scheme: Annotated[Optional[list[str]], typer.Option(
        "--scheme", help="Also score with this scheme (repeatable), in addition to the run's own schemes.")] = None,
    replace_schemes: Annotated[bool, typer.Option(
        "--replace-schemes", help="Score with the --scheme schemes only, dropping the run's others.")] = False,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold to score against (default: the run's gold path).")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="Write a new run directory here (for a suite run directory: a new suite directory); RUN is left as it is.")] = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Without --out: rewrite RUN in place (listing the files that change). With --out: replace an existing DIR.")] = False,
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
    from newsgold.cli import console, err_console
    from newsgold.runs import RunError, rescore, write_rescored
    from newsgold.runs.summary import rich_table, table_rows, write_group_summary

    if replace_schemes and not scheme:
        _fail("--replace-schemes needs at least one --scheme")
    is_group = not (run / "manifest.json").exists()
    targets = [run] if not is_group else sorted(p for p in run.glob("*/") if (p / "manifest.json").exists())
    if not targets:
        _fail(f"{run}: not a run directory (no manifest.json)")
    if out is not None and out.exists() and not overwrite and out.resolve() != run.resolve():
        _fail(f"{out} exists; choose another --out or pass --overwrite")
    results = []
    rows = []
    try:
        for target in targets:
            r = rescore(target, tuple(scheme) if scheme else None, gold, replace_schemes)
            results.append(r)
            rows += table_rows(r.run.label, r.scores.headline(), *(scheme or [r.scores.config.match_scheme]))
    except RunError as e:
        _fail(str(e))
        return
    console.print(rich_table(rows, f"newsgold rescore {run}"))

    def changes_text(changed: dict[str, tuple[int, int]]) -> str:
        return ", ".join(f"{name} (+{a} −{b} lines)" for name, (a, b) in changed.items()) or "no file"

    for r in results:
        if not r.comparable_with_original:
            why = []
            if r.added_schemes:
                why.append(f"added schemes {', '.join(r.added_schemes)}")
            dropped = [x for x in r.run.scores.get("config", {}).get("schemes") or () if x not in r.scores.config.schemes]
            if dropped:
                why.append(f"dropped schemes {', '.join(dropped)}")
            if r.scores.gold_hash != r.run.gold_hash:
                why.append("different gold")
            err_console.print(f"note: {r.run.label}: the scorer signature or gold hash changed ({'; '.join(why) or 'scorer'}): "
                              "compare it only with runs scored the same way", highlight=False)
    try:
        if out is None and not overwrite:
            for r in results:
                err_console.print(f"nothing written; in place, {r.run.directory} would change: {changes_text(r.changed_files())}",
                                  highlight=False)
            err_console.print("(--out DIR writes a new run directory; --overwrite rewrites in place)", highlight=False)
            return
        if out is None:
            for r in results:
                changed = r.changed_files()
                write_rescored(r, None, overwrite=True)
                err_console.print(f"rewrote {r.run.directory}: {changes_text(changed)}", highlight=False)
            if is_group or (run.parent / "summary.json").exists():  # write_rescored refreshed it
                group = run if is_group else run.parent
                err_console.print(f"updated {group / 'summary.json'} and summary.md", highlight=False)
            return
        if not is_group:
            written = write_rescored(results[0], out, overwrite)
            err_console.print(f"wrote {written} (rescored from {run})", highlight=False)
            return
        for r in results:
            write_rescored(r, out / r.run.directory.name, overwrite)
        write_group_summary(out, _suite_name(results[0]), _description(run), [t.name for t in targets])
        err_console.print(f"wrote {out} ({len(results)} runs rescored from {run}, with summary.json and summary.md)", highlight=False)
    except RunError as e:
        _fail(str(e))


def _suite_name(r: Any) -> str:
    return str((r.run.manifest.get("suite") or {}).get("name") or r.run.directory.parent.name)


def _description(group: Path) -> str:
    import json

    try:
        return str(json.loads((group / "summary.json").read_text(encoding="utf-8")).get("description") or "")
    except (OSError, ValueError):
        from newsgold.runs.summary import _old_description

        return _old_description(group)


def compare_command(
    run_a: Annotated[Path, typer.Argument(help="Baseline run directory (A).")],
    run_b: Annotated[Path, typer.Argument(help="New run directory (B).")],
    fmt: Annotated[str, typer.Option("--format", help="table | markdown | json")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression", help="Exit 1 when a headline metric drops by more than --max-drop, or when a metric A has is missing or undefined in B (e.g. B stopped producing a layer).")] = False,
    max_drop: Annotated[float, typer.Option("--max-drop", help="Largest tolerated drop of a metric.")] = 0.01,
    alpha: Annotated[Optional[float], typer.Option("--alpha", help="Count a drop only if significant at this level (approximate randomization).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Compare runs made on different gold, scorer or documents.")] = False,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Paired bootstrap resamples of documents.")] = 1000,
    trials: Annotated[int, typer.Option("--trials", help="Approximate randomization trials.")] = 10000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of both tests (recorded in the output).")] = 12345,
) -> None:
    """Compare two runs: A, B, delta, paired 95% interval and p-value per metric, and changed items."""
    from newsgold.cli import console, err_console
    from newsgold.compare import CompareRefused, compare_runs
    from newsgold.compare.render import markdown, print_table, to_json
    from newsgold.runs import RunError

    if fmt not in ("table", "markdown", "json"):
        _fail(f"unknown format {fmt!r}: choose table, markdown or json")
    if alpha is not None and not 0 < alpha < 1:
        _fail("--alpha must be in (0, 1)")
    if max_drop < 0:
        _fail("--max-drop must be >= 0")
    try:
        c = compare_runs(run_a, run_b, force, bootstrap, trials, seed)
    except (CompareRefused, RunError) as e:
        _fail(str(e))
        return
    if fmt == "table" and output is None:
        print_table(c, console, max_drop, alpha)
    else:
        text = to_json(c, max_drop, alpha) if fmt == "json" else markdown(c, max_drop, alpha)
        if output is None:
            typer.echo(text, nl=False)
        else:
            from newsgold.store import atomic_write_text

            atomic_write_text(output, text)
            err_console.print(f"wrote {output}", highlight=False)
    if fail_on_regression:
        regs = c.regressions(max_drop, alpha)
        if regs:
            names = ", ".join(r.name + (f" ({r.status})" if r.status else "") for r in regs)
            err_console.print(f"[bold red]{len(regs)} regression(s):[/] {names}", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        err_console.print("[green]no regression[/]", highlight=False)


def extract_command(
    spec: Annotated[str, typer.Argument(help="Extractor: a name (quotes, quotes@2), package.module:attr, cmd:COMMAND or file:PATH.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Predictions file to write (.jsonl).")],
    config: Annotated[Optional[list[str]], typer.Option("--config", "-c", help="KEY=VALUE (JSON value or string; repeatable).")] = None,
    documents: Annotated[Optional[list[str]], typer.Option("--doc", help="Only this doc id (repeatable).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output file.")] = False,
) -> None:
    """Run one extractor on the corpus and write its predictions as JSON Lines (no scoring)."""
    import json

    from newsgold.cli import err_console
    from newsgold.corpus import load_documents
    from newsgold.extractors import ExtractorError, extract_many, resolve
    from newsgold.store import OverwriteRefused, write_jsonl

    cfg: dict[str, Any] = {}
    for item in config or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            _fail(f"--config {item!r}: expected KEY=VALUE")
        try:
            cfg[key] = json.loads(value)
        except json.JSONDecodeError:
            cfg[key] = value
    docs = load_documents()
    unknown = [d for d in documents or [] if d not in docs]
    if unknown:
        _fail(f"unknown doc id(s): {', '.join(unknown)} (known: {', '.join(sorted(docs))})")
    selected = [docs[d] for d in (documents or sorted(docs))]
    try:
        extractor = resolve(spec, cfg or None)
        preds = {a.doc_id: a for a in extract_many(extractor, selected)}
    except ExtractorError as e:
        _fail(str(e))
        return
    try:
        write_jsonl(preds, output, overwrite=overwrite)
    except OverwriteRefused as e:
        _fail(f"{e} (--overwrite)")
    err_console.print(f"wrote {output}: {len(preds)} documents from {extractor.name} v{extractor.version}", highlight=False)


def extractors_command() -> None:
    """List the extractors a name resolves to (entry points of newsgold.extractors, then built-ins)."""
    from rich.table import Table

    from newsgold.cli import console
    from newsgold.extractors import available

    table = Table(title="extractors", title_justify="left")
    for col in ("name", "target", "origin"):
        table.add_column(col)
    for a in available().values():
        table.add_row(a.name, a.target, a.origin)
    console.print(table)
    console.print("Also: package.module:attr, cmd:COMMAND (JSON Lines on stdin/stdout), file:PATH (precomputed predictions).",
                  highlight=False)


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)
    app.command("rescore")(rescore_command)
    app.command("compare")(compare_command)
    app.command("extract")(extract_command)
    app.command("extractors")(extractors_command)
