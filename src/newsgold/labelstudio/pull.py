"""Pull a project's annotations (or predictions) into our format: validated, then all or nothing.

Label Studio accepts anything, so every annotation of every task is converted and checked
(:func:`~newsgold.labelstudio.tasks.task_doc`, gold rules) before a single file is written; one
:class:`~newsgold.labelstudio.convert.ResultsError` lists every problem, naming task,
annotation and region.  The files are then staged next to their targets and moved into place
together: a directory of annotations (the gold) is staged whole and swapped in at once
(:func:`newsgold.output.update_dir`).  Writing into the gold needs an explicit flag and first
copies the current gold to ``<annotations>/.gold-backups/<time>/``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.convert import ResultsError
from newsgold.labelstudio.tasks import task_doc
from newsgold.schema import DocAnnotation, dumps_doc, dumps_line
from newsgold.validate import Problem
from newsgold.workspace import Workspace, shown

AnnotationSet = dict[str, DocAnnotation]


class PullRefused(NewsgoldError):
    """Nothing was written: the target would change and the flag that allows it was not given."""

    def __init__(self, message: str, diff: str = "", *, remedy: str | None = None):
        self.diff = diff
        super().__init__(message, remedy=remedy)


@dataclass
class Pulled:
    sets: dict[str, AnnotationSet]  # annotator (e-mail, else "user-<id>") or model version -> doc_id -> doc
    notes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # tasks whose document is not in the workspace (skip_unknown)
    documents: set[str] = field(default_factory=set)  # the workspace documents the project has tasks of
    untouched: dict[str, set[str]] = field(default_factory=dict)  # annotator -> documents whose annotation no one edited in the editor


UNKNOWN = "not in the workspace's corpus"


def is_unknown_document(problem: Problem) -> bool:
    """The problem of a task whose document the workspace does not have (what ``skip_unknown`` skips)."""
    return problem.field == "data.doc_id" and UNKNOWN in problem.message


def annotator_of(completed_by: Any) -> str:
    if isinstance(completed_by, str) and "@" in completed_by:  # a draft names its user by e-mail
        return completed_by
    if isinstance(completed_by, Mapping):
        return completed_by.get("email") or f"user-{completed_by.get('id')}"
    return f"user-{completed_by}"


def _where(task: Mapping[str, Any]) -> str:
    return f"label studio task {task.get('id', '?')} ({(task.get('data') or {}).get('doc_id', '?')})"


def _task_problem(task: Mapping[str, Any], docs: Mapping[str, Document]) -> Problem | None:
    """A task that is not one of our corpus documents, or whose text is not the corpus text."""
    doc_id = (task.get("data") or {}).get("doc_id")
    if not isinstance(doc_id, str):
        return Problem(_where(task), "no doc_id in the task data: not a newsgold task")
    if doc_id not in docs:
        return Problem(_where(task), f"unknown document {doc_id!r} ({UNKNOWN})", field="data.doc_id")
    if task["data"].get("text") != docs[doc_id].text:
        return Problem(_where(task), "the task's text differs from the corpus text: offsets would not fit")
    for key in ("annotations", "predictions"):  # null (or a string) was taken for "none" and the pull went on, exit 0
        if key in task and not isinstance(task[key], list):
            return Problem(_where(task), f"expected a list, got {type(task[key]).__name__}: not a Label Studio export", field=key)
    return None


def collect(
    tasks: Iterable[Mapping[str, Any]],
    docs: Mapping[str, Document],
    vocab: Vocab,
    *,
    predictions: bool = False,
    model_version: str | None = None,
    skip_unknown: bool = False,
    by_last_editor: bool = False,
    users: Mapping[Any, str] | None = None,
) -> Pulled:
    """Convert every annotation (or prediction) of every task; raise one ResultsError with all problems.

    Annotations are grouped by annotator and checked with the gold rules; predictions by model
    version (``model_version`` keeps only one), checked as prediction files are.  Of each
    annotator's annotations of a task the most recent submitted one is pulled; the others,
    skipped ones and drafts are left out with a note (:func:`_latest_per_annotator`).  A task whose document is not in ``docs``
    is a problem (nothing is pulled), unless ``skip_unknown``: then it is listed in ``skipped``.
    An annotation last saved by another user than its owner is a problem (:func:`edited_by_another`),
    unless ``by_last_editor`` (a curation, whose pre-filled annotation the curator edits): then it is the editor's.
    """
    from newsgold.labelstudio.pull_notes import prediction_start_note  # it imports this module

    problems: list[Problem] = []
    pulled = Pulled({})
    seen: dict[tuple[str, str], Any] = {}
    tasks = list(tasks)
    users = {**(users or {}), **_users(tasks)}  # ``users``: id -> e-mail from the server, for editors who own no annotation
    for task in tasks:
        problem = _task_problem(task, docs)
        if problem is not None:
            if skip_unknown and is_unknown_document(problem):
                pulled.skipped.append(f"{_where(task)}: document not in the workspace, skipped")
            else:
                problems.append(problem)
            continue
        doc_id = task["data"]["doc_id"]
        pulled.documents.add(doc_id)
        items = task.get("predictions" if predictions else "annotations") or []
        if not predictions:
            items = _latest_per_annotator(task, items, pulled.notes)
        for item in items:
            if not isinstance(item, Mapping):  # a quick export lists predictions as bare ids
                problems.append(Problem(_where(task), "prediction without its result (export it as a snapshot)"))
                continue
            what = "prediction" if predictions else "annotation"
            missing = [k for k in ("result", "completed_by")[: 1 if predictions else 2] if item.get(k) is None]
            if missing:  # an empty pull would replace the document's annotations with nothing
                problems.append(
                    Problem(_where(task), "missing: not a complete Label Studio export", item=f"{what} {item.get('id')}", field=missing[0])
                )
                continue
            if predictions:
                key = str(item.get("model_version"))
                if model_version is not None and key != model_version:
                    continue
            else:
                key = annotator_of(item.get("completed_by"))
                editor = edited_by_another(item, users)
                if editor is not None and by_last_editor:  # a curation's pre-filled annotation: whoever edited it curated
                    key = editor
                elif editor is not None:
                    problems.append(Problem(_where(task), _edited_message(item, key, editor), item=f"annotation {item.get('id')}"))
                    continue
            if (key, doc_id) in seen:
                problems.append(
                    Problem(
                        _where(task),
                        f"{what}s {seen[key, doc_id]} and {item.get('id')} are both by {key}: keep one (delete the other in Label Studio)",
                        item=f"{what} {item.get('id')}",
                    )
                )
                continue
            seen[key, doc_id] = item.get("id")
            try:
                doc = task_doc(task, item, vocab, text=docs[doc_id].text, strict=not predictions)
            except ResultsError as exc:
                problems.extend(exc.problems if predictions else _whose(exc.problems, f"annotation {item.get('id')}", key))
                continue
            pulled.sets.setdefault(key, {})[doc_id] = doc
            # never opened in the editor: it records the time spent on a new annotation, and saves a pushed one later
            if not predictions and item.get("lead_time") is None and not _saved_again(item):
                pulled.untouched.setdefault(key, set()).add(doc_id)
            if not predictions and (note := prediction_start_note(task, item, key, doc)):
                pulled.notes.append(note)
    if problems:
        raise ResultsError(problems)
    return pulled


def _whose(problems: list[Problem], owner: str, who: str) -> list[Problem]:
    """The problems of one annotation named with its annotator too: in a team, the one to fix it."""
    import dataclasses

    def named(item: str | None) -> str | None:
        return f"{owner} by {who}{item[len(owner) :]}" if item is not None and (item == owner or item.startswith(owner + " ")) else item

    return [dataclasses.replace(p, item=named(p.item)) for p in problems]


def _users(tasks: Iterable[Mapping[str, Any]]) -> dict[Any, str]:
    """User id -> e-mail, from the annotations' owners (an export names users only there)."""
    found: dict[Any, str] = {}
    for task in tasks:
        for item in task.get("annotations") or []:
            owner = item.get("completed_by") if isinstance(item, Mapping) else None
            if isinstance(owner, Mapping) and owner.get("id") is not None and owner.get("email"):
                found[owner["id"]] = owner["email"]
    return found


def edited_by_another(item: Mapping[str, Any], users: Mapping[Any, str]) -> str | None:
    """Who last saved this annotation, when that is not its owner (else None).

    Label Studio opens a task on the annotations already there, so a second annotator who edits
    the tab in view and clicks Update changes the first one's annotation, which stays theirs
    (``completed_by``; ``updated_by`` names the editor).  An annotation saved once is not
    flagged: a push for another user (``--annotator``) creates it in that user's name."""
    owner = item.get("completed_by")
    owner_id = owner.get("id") if isinstance(owner, Mapping) else owner
    editor = item.get("updated_by")
    if editor is None or owner_id is None or editor == owner_id or not _saved_again(item):
        return None
    return users.get(editor, f"user-{editor}")


def _saved_again(item: Mapping[str, Any]) -> bool:
    from datetime import datetime

    try:
        created, updated = (datetime.fromisoformat(str(item[k])) for k in ("created_at", "updated_at"))
    except (KeyError, ValueError):
        return True  # no times to tell: the editor differs from the owner
    return (updated - created).total_seconds() > 1


def _edited_message(item: Mapping[str, Any], owner: str, editor: str) -> str:
    return (
        f"annotation {item.get('id')} by {owner} was last saved by {editor}: it would be pulled as {owner}'s work. "
        f'{editor} makes their own with the task\'s "+" (Create an annotation); {owner} opens theirs, checks it and '
        "clicks Update (or deletes it), then pull again"
    )


_EXPECTED = (
    "a Label Studio JSON export is expected: one JSON list of tasks, each with its data and annotations "
    '(in Label Studio: the project\'s Export, format "JSON"; by the API: /api/projects/<id>/export?exportType=JSON)'
)


def read_export(path: Path) -> list[Any]:
    """The tasks of a Label Studio JSON export file (what the server's export gives), read strictly.
    Label Studio offers other formats beside it (JSON-MIN, CSV, ...): one of those is named as such,
    with the format to export instead."""
    from newsgold.jsonio import JsonReadError, read_json

    try:
        tasks = read_json(path)
    except JsonReadError as e:
        if e.line is None:  # not read at all (no such file, a directory): nothing to tell of its format
            raise
        raise NewsgoldError(f"{e}: {_other_format(path)}{_EXPECTED}") from None
    if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
        raise NewsgoldError(f"{shown(path)}: not a Label Studio JSON export (a list of tasks): {_EXPECTED}")
    if tasks and not any("data" in t for t in tasks):
        raise NewsgoldError(f"{shown(path)}: tasks without their data, as in a JSON-MIN export: {_EXPECTED}")
    return tasks


def _other_format(path: Path) -> str:
    """What the file looks like when it is not JSON: JSON Lines (a task per line), CSV or TSV."""
    from newsgold.jsonio import JsonReadError, jsonl_lines, loads, read_text

    try:
        first = next(jsonl_lines(read_text(path)), (0, ""))[1]
    except JsonReadError:
        return ""
    try:
        if isinstance(loads(first, str(path)), dict):
            return "the file is JSON Lines (one task per line); "
    except JsonReadError:
        pass
    table = not first.lstrip().startswith(("[", "{")) and ("," in first or "\t" in first)  # a header row
    return "the file looks like a CSV or TSV export; " if table else ""


def _latest_per_annotator(task: Mapping[str, Any], items: list[Any], notes: list[str]) -> list[Any]:
    """The rule of what is pulled from a task: per annotator, the most recently updated
    submitted annotation (``updated_at``, then the higher id).  Every other annotation of theirs,
    every skipped one and every unsubmitted draft is left out, each with a note."""
    latest: dict[str, Mapping[str, Any]] = {}
    for item in items:
        if not isinstance(item, Mapping):
            continue
        who = annotator_of(item.get("completed_by"))
        if item.get("was_cancelled"):
            notes.append(f"{_where(task)}: skipped annotation {item.get('id')} by {who} left out")
            continue
        if who in latest:
            old, new = sorted((latest[who], item), key=_recency)
            notes.append(f"{_where(task)}: annotation {old.get('id')} by {who} left out: their annotation {new.get('id')} is more recent")
            item = new
        latest[who] = item
    owners = {i.get("id"): i for i in items if isinstance(i, Mapping)}
    for draft in task.get("drafts") or []:
        if isinstance(draft, Mapping):
            who = annotator_of(draft.get("user") if draft.get("user") is not None else draft.get("completed_by"))
            notes.append(f"{_where(task)}: draft {draft.get('id')} by {who} {_draft_note(who, owners.get(draft.get('annotation')))}")
        else:  # an export listing drafts by id only (Label Studio's default): still said, never dropped silently
            notes.append(f"{_where(task)}: draft {draft} not submitted, left out (submit it to pull it)")
    return [*latest.values(), *(i for i in items if not isinstance(i, Mapping))]


def _draft_note(who: str, of: Mapping[str, Any] | None) -> str:
    """What a draft is and how its work gets pulled.  Label Studio opens a task on the annotations
    there, whoever made them, skipped ones too; what a second annotator labels on such a tab is
    kept only as a draft of *that* annotation (a skipped one offers no Submit, only Unskip), so
    "submit it" would not help them."""
    if of is None:
        return "not submitted, left out (submit it to pull it)"
    owner = annotator_of(of.get("completed_by"))
    what = f"annotation {of.get('id')}" + (" (skipped)" if of.get("was_cancelled") else "")
    if owner == who:
        save = "Unskip and submit" if of.get("was_cancelled") else "click Update"
        return f"holds changes to their {what} that were never saved, left out (open it and {save} to pull them)"
    return (
        f"was made on {owner}'s {what}, not on an annotation of their own: left out, and it cannot be submitted as {who}'s. "
        f'{who} opens the task, clicks "+" (Create an annotation), labels it there and submits'
    )


def _recency(item: Mapping[str, Any]) -> tuple[str, int]:
    when, ident = item.get("updated_at") or item.get("created_at") or "", item.get("id")
    return str(when), ident if isinstance(ident, int) else -1


def _dir_name(key: str) -> str:
    return re.sub(r"[^\w.@+-]", "_", key) or "_"


def annotation_files(sets: Mapping[str, AnnotationSet], out: Path) -> dict[Path, str]:
    """``out/<doc_id>.json`` for one annotator, ``out/<annotator>/<doc_id>.json`` for several.

    A directory name is never ``.``/``..`` nor hidden (an annotator or model version called
    ``..`` wrote beside ``out``), and two annotators whose names give one directory name
    (``a/b``, ``a_b``) get distinct ones (the later would have replaced the other's files)."""
    bases = set_dirs(sets, out)
    return {bases[key] / f"{doc_id}.json": dumps_doc(doc) for key, docs in sorted(sets.items()) for doc_id, doc in sorted(docs.items())}


def set_dirs(sets: Mapping[str, AnnotationSet], out: Path) -> dict[str, Path]:
    """The directory each annotator's files go to (:func:`annotation_files`)."""
    bases, used = {}, set()
    for key in sorted(sets):
        name = re.sub(r"^\.", "_", _dir_name(key))
        if name in used:
            name += "-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        used.add(name)
        bases[key] = out if len(sets) == 1 else out / name
    return bases


def prediction_file(docs: AnnotationSet, out: Path) -> dict[Path, str]:
    return {out: "".join(dumps_line(doc) + "\n" for _, doc in sorted(docs.items()))}


def is_gold(ws: Workspace, path: Path) -> bool:
    return Path(path).resolve() == ws.gold_dir.resolve()


def output_problem(ws: Workspace, out: Path, *, predictions: bool) -> str | None:
    """Why ``out`` cannot take a pull (checked before talking to the server), or None.

    Predictions go to one ``.jsonl`` file, never under the annotations directory (they are
    not annotations, and never gold); annotations go to a directory.
    """
    out = Path(out)
    where = shown(out)
    if predictions:
        if ws.inside_annotations(out):
            return (
                f"{where} is under {shown(ws.annotations_dir)}: predictions are not annotations; "
                "write them elsewhere (e.g. eval/runs/<name>/predictions.jsonl)"
            )
        if out.is_dir():
            return f"{where} is a directory: predictions are written as one .jsonl file (e.g. {where}/predictions.jsonl)"
    elif ws.inside_annotations(out) and not (is_gold(ws, out) or out.resolve().parent == ws.passes_dir.resolve()):
        return (
            f"refusing to write {where}: inside {shown(ws.annotations_dir)} a pull goes only into the gold "
            f"({shown(ws.gold_dir)}, with --write-gold) or a pass ({shown(ws.passes_dir)}/<name>)"
        )
    elif out.exists() and not out.is_dir():
        return f"{where} is a file: annotations are written as <doc_id>.json files into a directory"
    for parent in out.parents:  # the nearest existing ancestor must be a directory
        if parent.exists():
            if not parent.is_dir():
                return f"{where}: {shown(parent)} is a file, not a directory"
            break
    return None


# the write side lives in pull_write (this module reads and checks); imported here for its callers
from newsgold.labelstudio.pull_write import Written, changes, write_pulled  # noqa: E402

__all__ = ["PullRefused", "Pulled", "Written", "annotation_files", "changes", "collect", "set_dirs", "write_pulled"]
