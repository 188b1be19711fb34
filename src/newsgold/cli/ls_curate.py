"""``newsgold ls curate``: push a curation's open positions to Label Studio, pull the curator's choice.

Push: one task per document with open positions (accepted items pre-filled, each annotator's
pass as a prediction ``annotator:<name>``).  Pull: the curator's submitted annotation, read
through the validated pull path, becomes decisions handed to ``adjudicate``'s gold path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsgold.cli._app import fail, load_set, print_problems, warn, workspace
from newsgold.cli.ls_sync import Backoff, Project, Retries, Timeout, Token, Url, client_of, connection


def curate(
    curation: Annotated[Path, typer.Argument(help="A curation directory written by `newsgold adjudicate -o`.")],
    token: Token = None,
    url: Url = None,
    project: Project = None,
    pull: Annotated[bool, typer.Option("--pull", help="Pull the curator's annotations and apply them as decisions.")] = False,
    write_gold: Annotated[
        bool, typer.Option("--write-gold", help="With --pull: write the curated gold (diff shown, old gold backed up).")
    ] = False,
    passes: Annotated[
        Optional[list[Path]], typer.Option("--passes", help="The pass directories (default: those the curation's log names).")
    ] = None,
    curator: Annotated[
        Optional[str], typer.Option(help="E-mail of the curator whose annotations count (default: the only annotator).")
    ] = None,
    retries: Retries = None,
    backoff: Backoff = None,
    timeout: Timeout = None,
) -> None:
    """Curate open positions in Label Studio: every annotator's version side by side, the curator picks or edits."""
    from newsgold.curation import adjudicate, decisions_of, parse_rule, read_curation
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.curate import find_passes
    from newsgold.workspace import shown

    if write_gold and not pull:
        fail("--write-gold goes with --pull: the gold is written from the curator's annotations")
    ws = workspace()
    ctx = ws.context()
    conn, title = connection(ws, url, token, project)
    if project is None:
        title = f"{title} (curation)"
    curations = read_curation(curation, ctx)
    dirs = {p.name: p for p in passes} if passes else find_passes(curation, ws.root)
    sets = {name: load_set(d, ctx) for name, d in dirs.items()}
    where = {name: shown(d) for name, d in dirs.items()}
    decisions_of(curations, sets, shown(curation))  # the curation belongs to these passes
    vocab = Vocab.of_workspace(ws)
    client = client_of(conn, retries, backoff, timeout)
    if not pull:
        typer.echo(push_curation(client, title, curations, sets, ws, vocab, shown(curation)))
        return
    first = next(iter(curations.values()))
    decided, log = pull_decisions(client, title, curations, sets, ws, vocab, curator)
    merged = adjudicate(sets, parse_rule(first.rule, len(sets)), first.scheme, decided.decisions, where)
    apply_own(merged, decided, sets)
    from newsgold.cli.curation import gold_files, write_gold_files
    from newsgold.curation.log import adjudication_log

    text = adjudication_log(merged, where) + log
    n_open = sum(len(c.open_positions) for c in merged.values())
    n_new = sum(len(v) for v in decided.new.values())
    typer.echo(
        f"{sum(len(d) for d in decided.decisions.values())} decision(s) from {decided.curator}, {n_new} item(s) of their own, {n_open} still open"
    )
    for doc_id, items in sorted(decided.new.items()):
        for layer, item in items:
            typer.echo(f"new: {doc_id} {layer} {item}")
    if write_gold:
        write_gold_files(ws, gold_files(ws, merged, text))


def push_curation(client: Any, title: str, curations: Any, sets: Any, ws: Any, vocab: Any, where: str) -> str:
    from newsgold.labelstudio.curate import curation_tasks
    from newsgold.labelstudio.push import _own, ensure_project

    tasks = curation_tasks(curations, sets, ws.documents, vocab, where)
    client.me()
    found = client.find_project(title)
    have = {str((t.get("data") or {}).get("doc_id")) for t in client.tasks(found.id)} if found is not None else set()
    new = [t for t in tasks if t["data"]["doc_id"] not in have]
    _own(new, client.user_id(None))
    proj, _, _ = ensure_project(client, title, vocab, found)
    if new:
        with client.errors(f"importing curation tasks into project {title!r}"):
            client.sdk.projects.import_tasks(proj.id, request=new)
    return f"project {title!r} (id {proj.id}): {len(new)} curation task(s) created, {len(tasks) - len(new)} already there"


def pull_decisions(client: Any, title: str, curations: Any, sets: Any, ws: Any, vocab: Any, curator: str | None) -> tuple[Any, str]:
    import dataclasses

    from newsgold.labelstudio.convert import ResultsError
    from newsgold.labelstudio.curate import Outcome, decide
    from newsgold.labelstudio.pull import collect
    from newsgold.labelstudio.pull_notes import project_warnings

    try:
        pulled = collect(client.export(client.project(title).id), ws.documents, vocab, by_last_editor=True, users=client.emails())
    except ResultsError as exc:
        print_problems(exc.problems, f"project {title!r} (nothing written)")
        raise typer.Exit(1) from None
    for note in pulled.notes:
        typer.echo(note, err=True)
    who = sorted(pulled.sets) if curator is None else [curator]
    if len(who) != 1 or who[0] not in pulled.sets:
        fail(f"project {title!r}: annotations by {', '.join(sorted(pulled.sets)) or 'nobody'}; name the curator with --curator")
    for w in project_warnings(pulled.sets[who[0]], ws.documents, title):  # as `ls pull` warns (the editor's selection cannot make them)
        warn(str(w))
    out = Outcome(curator=who[0])
    for doc_id, doc in sorted(pulled.sets[who[0]].items()):
        if doc_id not in curations:
            fail(f"project {title!r}: document {doc_id!r} is not in the curation")
        out.decisions[doc_id], new = decide(curations[doc_id], doc, {n: s[doc_id] for n, s in sets.items()})
        out.docs[doc_id] = doc
        if dataclasses.replace(doc, meta=None) == dataclasses.replace(curations[doc_id].gold(), meta=None):
            typer.echo(f"{doc_id}: the curator's annotation is the pre-filled one: its open positions are decided none", err=True)
        if new:
            out.new[doc_id] = new
    log = f"\nCurated in Label Studio project {title!r} by **{out.curator}**" + "".join(
        f"\n- {d}: the curator's own {layer} item" for d, items in sorted(out.new.items()) for layer, _ in items
    )
    return out, log + "\n"


def apply_own(merged: Any, decided: Any, sets: Any) -> None:
    from newsgold.labelstudio.curate import add_own

    for doc_id, items in decided.new.items():
        add_own(merged[doc_id], items, decided.docs[doc_id], decided.curator)


def register(ls_app: typer.Typer) -> None:
    ls_app.command("curate")(curate)
