"""``newsgold extract | extractors``: one extractor on the corpus, and what names resolve to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsgold.cli._app import console, err_console, fail, parse_config, workspace

if TYPE_CHECKING:
    from newsgold.workspace import Workspace


def extract(
    spec: Annotated[str, typer.Argument(help="Extractor: a name (quotes, quotes@2), package.module:attr, cmd:COMMAND or file:PATH.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Predictions file to write (.jsonl).")],
    config: Annotated[Optional[list[str]], typer.Option("--config", "-c", help="KEY=VALUE (JSON value or string; repeatable).")] = None,
    documents: Annotated[Optional[list[str]], typer.Option("--doc", help="Only this doc id (repeatable).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output file.")] = False,
) -> None:
    """Run one extractor on the corpus and write its predictions as JSON Lines (no scoring).

    An extractor whose `entities` (or `targets`) config defaults to none gets the workspace's
    annotations/entities.json (targets.json) when it has one and -c does not name another.
    """
    from newsgold.extractors import extract_checked, resolve
    from newsgold.output import check_outputs
    from newsgold.store import write_jsonl

    cfg = parse_config(config)
    ws = workspace()
    check_outputs([output], ws)
    docs = ws.documents
    unknown = [d for d in documents or [] if d not in docs]
    if unknown:
        from newsgold.validate import known_ids

        fail(f"unknown doc id(s): {', '.join(unknown)} (known: {known_ids(docs)})")
    selected = [docs[d] for d in (documents or sorted(docs))]
    extractor = resolve(spec, cfg or None, workspace=ws)
    registries = workspace_registries(extractor, cfg, ws)
    if registries:
        extractor = resolve(spec, {**cfg, **registries}, workspace=ws)
        err_console.print(
            f"using the workspace's {', '.join(f'{k}={v}' for k, v in registries.items())} (-c {next(iter(registries))}=null: none)",
            highlight=False,
        )
    preds = {a.doc_id: a for a in extract_checked(extractor, selected)}
    write_jsonl(preds, output, overwrite=overwrite)
    err_console.print(f"wrote {output}: {len(preds)} documents from {extractor.name} v{extractor.version}", highlight=False)


def workspace_registries(extractor: object, given: dict[str, Any], ws: Workspace) -> dict[str, str]:
    """The workspace's registries for an extractor's config keys that default to none and were not given:
    ``entities`` (and ``targets``) point at ``annotations/entities.json`` (``targets.json``) when it exists.
    Only the config passed changes; the extractor's code and defaults never do."""
    default_config = getattr(extractor, "default_config", None)
    defaults = default_config() if callable(default_config) else {}
    out = {}
    for key, path in (("entities", ws.entities_file), ("targets", ws.targets_file)):
        if key in defaults and defaults[key] is None and key not in given and path.is_file():
            out[key] = ws.stored(path)
    return out


def extractors() -> None:
    """List the extractors a name resolves to (entry points of newsgold.extractors, then built-ins)."""
    from rich.table import Table

    from newsgold.extractors import ExtractorError, available, resolve
    from newsgold.extractors.registry import BUILTIN_VERSIONS

    table = Table(title="extractors", title_justify="left")
    for col in ("name", "versions (NAME@N)", "target", "origin"):
        table.add_column(col, overflow="fold")
    for a in available().values():
        try:  # the version a bare name gives; a plug-in that needs a config to be made says so when used
            default = str(resolve(a.name).version)
        except ExtractorError:
            default = "?"
        older = [v for v in BUILTIN_VERSIONS.get(a.name, {}) if v != default] if a.target.startswith("newsgold.") else []
        table.add_row(a.name, ", ".join([*older, f"{default} (default)"]), a.target, a.origin)
    console.print(table)
    console.print(
        "Also: package.module:attr, cmd:COMMAND (JSON Lines on stdin/stdout), file:PATH (precomputed predictions).", highlight=False
    )


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("extractors")(extractors)
