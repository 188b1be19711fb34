"""``newsgold init | import``: make a workspace for your own corpus and add documents to it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from newsgold.cli._app import console, err_console, fail, found_workspace, progress_factory, workspace

if TYPE_CHECKING:
    from newsgold.importing.records import Candidate

LISTED = 20  # added documents listed one by one; the rest are counted


def init(
    directory: Annotated[Path, typer.Argument(help="The new workspace: a new or empty directory (one holding only .git is fine).")],
    name: Annotated[Optional[str], typer.Option("--name", help="The corpus name (default: the directory's name).")] = None,
    layers: Annotated[
        str, typer.Option("--layers", help="Layers to annotate, comma-separated: quotes, claims, stances.")
    ] = "quotes,claims,stances",
    from_builtin: Annotated[
        bool,
        typer.Option(
            "--from-builtin",
            help="Start from newsgold's seed corpus (documents, gold, passes, registries, guidelines, suite), "
            "copied from the copy that ships with newsgold.",
        ),
    ] = False,
) -> None:
    """Create a workspace: newsgold.toml, corpus/, annotations/, eval/suites/default.toml and a .gitignore.

    Everything is staged and moved into place at the end: a refused or failed init leaves
    nothing behind.  Then add documents with `newsgold import`.
    """
    from newsgold.workspace import Workspace, shown
    from newsgold.workspace_config import WorkspaceConfigError, parse_layers
    from newsgold.workspace_init import init_workspace

    wanted = [x.strip() for x in layers.split(",") if x.strip()]
    try:
        chosen = parse_layers(wanted, "--layers")
    except WorkspaceConfigError as e:
        fail(str(e))
    here = found_workspace()  # a new workspace starts from the guidelines of the one it is made in, if any
    if here is not None:  # but never inside its annotations
        from newsgold.output import check_outputs

        check_outputs([directory], here, directories=True)
    guidelines = None
    if here is not None and (here.annotations_dir / "GUIDELINES.md").is_file():
        guidelines = (here.annotations_dir / "GUIDELINES.md").read_text(encoding="utf-8")
    seed = Workspace.builtin() if from_builtin else None
    result = init_workspace(directory, name, chosen, seed, guidelines)
    where = shown(result.root)
    console.print(f"created the newsgold workspace {where} (layers: {', '.join(chosen)})", highlight=False, markup=False)
    for rel in result.files:
        err_console.print(f"  {rel}", highlight=False, markup=False)
    if result.documents:
        console.print(f"{result.documents} documents with their gold, from the built-in seed corpus", highlight=False, markup=False)
    if result.documents:
        console.print(
            f"next: cd {where} && newsgold import YOUR_ARTICLES/ && newsgold validate && newsgold run", highlight=False, markup=False
        )
    else:  # `run` scores only documents with gold: it would refuse right after the import
        console.print(
            f"next: cd {where} && newsgold import YOUR_ARTICLES/ && newsgold validate; then gold for some documents "
            "(annotations/gold/<doc_id>.json, or `newsgold annotate`) and newsgold run",
            highlight=False,
            markup=False,
        )


def import_documents(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="SOURCE",
            help="A folder of .txt files and saved pages, a .txt, .html, .htm or .html.gz page (its article body; needs the extra newsgold\\[html]), a .jsonl, .csv, .json or .parquet file, or a dataset saved with datasets' save_to_disk.",
        ),
    ],
    text_field: Annotated[str, typer.Option("--text-field", help="The column holding the text (tables and datasets).")] = "text",
    id_field: Annotated[
        Optional[str],
        typer.Option(
            "--id-field",
            help="The column to make doc_ids from (default: a doc_id column, else the title, else the file name and row); ids are slugs.",
        ),
    ] = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Accept a new text for an existing doc_id; its gold and pass files are moved to annotations/.replaced/<UTC time>/.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and list what would be imported (doc_id, source, characters, title); write nothing.")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr for large imports.")] = True,
) -> None:
    """Add documents to the workspace's corpus, their text kept byte-for-byte.

    Every source is read and checked first (strict UTF-8; no BOM, no NUL, no empty text, no two
    documents with one id); then corpus/data/documents.jsonl is written once.  Importing the
    same documents again changes nothing.

    A saved page (.html, .htm, .html.gz) becomes its article body as trafilatura finds it,
    paragraphs separated by a blank line, with its title, URL and date; --dry-run lists each
    page's characters and title before anything is stored.
    """
    from newsgold.importing import import_sources
    from newsgold.workspace import shown

    ws = workspace()
    bar = progress_factory(progress)
    try:
        report = import_sources(
            ws,
            sources,
            text_field,
            id_field,
            replace,
            dry_run,
            bar,
            waiting=lambda: typer.echo("waiting for another import of this corpus...", err=True),
        )
    finally:
        if bar:
            bar.stop()
    plan = report.plan
    say = lambda text: err_console.print(text, highlight=False, markup=False, soft_wrap=True)
    added, replaced = ("would add", "would replace") if dry_run else ("added    ", "replaced ")
    for cand in plan.added[:LISTED]:
        say(f"{added} {cand.doc_id}  ({_described(cand)})")
    if len(plan.added) > LISTED:
        say(f"… and {len(plan.added) - LISTED} more")
    for cand in plan.replaced:
        say(f"{replaced} {cand.doc_id}  ({_described(cand)})")
    for old, new in report.moved.items():
        say(f"  moved aside {shown(old)} -> {shown(new)} (its offsets index the old text)")
    for cand in report.crlf:
        say(f"note: {cand.origin}: the text has \\r\\n line endings; kept as they are (offsets count the \\r)")
    for cand in report.lone_cr:
        say(f"note: {cand.origin}: the text has line breaks that are a lone \\r; kept as they are (one character each)")
    for cand in plan.metadata_differs:
        say(f"note: {cand.origin}: same text as {cand.doc_id!r} in the corpus but other metadata; the corpus record is kept")
    counts = f"{len(plan.added)} added, {len(plan.unchanged)} unchanged" + (f", {len(plan.replaced)} replaced" if plan.replaced else "")
    total = sum(1 for line in plan.lines if line.strip())
    suffix = " (dry run: nothing written)" if dry_run else ("" if plan.changes else "; nothing to write")
    console.print(f"{counts}; the corpus has {total} documents ({shown(ws.documents_file)}){suffix}", highlight=False, markup=False)


def _described(cand: Candidate) -> str:
    """Source and size, and the title when the source gave one (a saved page's headline)."""
    title = cand.fields.get("title")
    if not isinstance(title, str) or not title:
        return f"{cand.origin}, {len(cand.text)} characters"
    short = title if len(title) <= 70 else title[:69] + "…"
    return f"{cand.origin}, {len(cand.text)} characters, title {short!r}"


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command("import")(import_documents)
