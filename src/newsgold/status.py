"""Where a workspace stands: documents, gold per layer, annotation passes and their agreement,
the latest runs with their headline scores, and the Label Studio project.

:func:`workspace_status` never fails on the Label Studio part: a server that is not configured
or does not answer within a short timeout is reported as such.  It fails (with the problems)
only when the workspace's own data cannot be read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgold.labelstudio.client import Client
    from newsgold.schema import DocAnnotation
    from newsgold.workspace import Workspace

LAST_RUNS = 5
LS_TIMEOUT = 3.0  # seconds: status must stay fast when the server is down


@dataclass(frozen=True)
class LayerGold:
    layer: str
    documents: int  # documents whose gold annotates this layer
    items: int


@dataclass(frozen=True)
class RunStatus:
    run: str  # relative to eval/runs, e.g. baseline/quotes-v2
    started_at: str
    rows: list[dict[str, str]]  # the summary table's rows (runs.summary.HEADER keys)


@dataclass(frozen=True)
class LabelStudioStatus:
    state: str  # "not configured" | "not reachable" | "no project" | "ok"
    url: str | None = None
    project: str | None = None
    message: str | None = None
    tasks: int | None = None
    annotated: int | None = None  # tasks with at least one (not cancelled) annotation
    unpulled: int | None = None  # of those, tasks with an annotation not in the workspace's gold or passes

    def line(self) -> str:
        if self.state == "not configured":
            return "Label Studio: not configured (--url/--token or NEWSGOLD_LS_URL/NEWSGOLD_LS_TOKEN)"
        if self.state == "not reachable":
            return f"Label Studio: not reachable at {self.url}" + (f" ({self.message})" if self.message else "")
        if self.state == "no project":
            return f"Label Studio: {self.url}: no project {self.project!r} yet (`newsgold ls push` creates it)"
        return (
            f"Label Studio: {self.url}, project {self.project!r}: {self.tasks} task(s), {self.annotated} annotated, "
            f"{self.unpulled} with annotations not yet pulled"
        )


@dataclass
class StatusReport:
    name: str
    root: str
    documents: int
    gold_documents: int
    layers: list[LayerGold]
    passes: list[str]  # annotator directories under annotations/passes
    agreement: dict[str, Any] | None  # AgreementReport.to_json() over the passes (>= 2)
    runs: list[RunStatus]
    labelstudio: LabelStudioStatus
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _sets(ws: Workspace) -> tuple[dict[str, DocAnnotation], dict[str, dict[str, DocAnnotation]]]:
    """(gold, {annotator: pass}) loaded and validated (ValidationError on bad data)."""
    from newsgold.store import load_annotations

    ctx = ws.context()
    gold = load_annotations(ws.gold_dir, ctx) if any(ws.gold_dir.glob("*.json")) else {}
    passes = {}
    for d in ws.pass_dirs():
        passes[d.relative_to(ws.passes_dir).as_posix()] = load_annotations(d, ctx)
    return gold, passes


def gold_layers(gold: Mapping[str, DocAnnotation], layers: tuple[str, ...]) -> list[LayerGold]:
    out = []
    for layer in layers:
        annotated = [items for doc in gold.values() if (items := doc.items.get(layer)) is not None]
        out.append(LayerGold(layer, len(annotated), sum(len(items) for items in annotated)))
    return out


def last_runs(runs_dir: Path, n: int = LAST_RUNS) -> tuple[list[RunStatus], list[str]]:
    """The ``n`` newest runs under ``runs_dir`` (by the manifest's started_at) and notes on unreadable ones."""
    from newsgold.errors import NewsgoldError
    from newsgold.runs.stored import load_run
    from newsgold.runs.summary import HEADER, table_rows
    from newsgold.workspace import shown

    found, notes = [], []
    manifests = sorted(runs_dir.rglob("manifest.json")) if runs_dir.is_dir() else []
    for manifest in manifests:
        directory = manifest.parent
        if any(part.startswith(".") for part in directory.relative_to(runs_dir).parts):
            continue  # a run being staged, or an old copy being removed
        try:
            run = load_run(directory)
        except (NewsgoldError, OSError, ValueError) as e:
            notes.append(f"{shown(directory)}: unreadable run ({e})")
            continue
        name = directory.relative_to(runs_dir).as_posix()
        rows = table_rows(name, run.scores.micro, run.scores.config.match_scheme)
        found.append(RunStatus(name, run.manifest.started_at, [dict(zip(HEADER, r)) for r in rows]))
    found.sort(key=lambda r: (_moment(r.started_at), r.run), reverse=True)
    return found[:n], notes


def _moment(stamp: str) -> float:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return float("-inf")
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def labelstudio_status(
    ws: Workspace,
    url: str | None,
    token: str | None,
    timeout: float = LS_TIMEOUT,
    client: Client | None = None,
    annotated_sets: Sequence[Mapping[str, DocAnnotation]] = (),
    project: str | None = None,
) -> LabelStudioStatus:
    """The workspace's project (or ``project``) on the server, or why there is none; never raises."""
    project = project or ws.config.project
    if client is None and (not url or not token):
        return LabelStudioStatus("not configured", url or None, project)
    try:
        if client is None:
            from newsgold.labelstudio.client import Client

            client = Client(url or "", token or "", retries=0, backoff=0.0, timeout=timeout)
        client.me()
    except Exception as e:  # status never fails on the server's account
        return LabelStudioStatus("not reachable", url or getattr(client, "url", None), project, _short(e))
    url = client.url
    try:
        found = client.find_project(project)
        if found is None:
            return LabelStudioStatus("no project", url, project)
        tasks = client.tasks(found.id)
    except Exception as e:
        return LabelStudioStatus("not reachable", url, project, _short(e))
    annotated, unpulled = unpulled_tasks(tasks, ws, annotated_sets)
    return LabelStudioStatus("ok", url, project, None, len(tasks), annotated, unpulled)


def _short(e: BaseException) -> str:
    """The first line, whole up to 400 characters: newsgold's own messages end with what to do (cut at 200, "Is it
    running? `newsgold annotate` or `newsgold ls start` starts …" lost the remedy)."""
    lines = (str(e) or type(e).__name__).strip().splitlines() or [type(e).__name__]
    return lines[0] if len(lines[0]) <= 400 else lines[0][:399] + "…"


def unpulled_tasks(tasks: Sequence[Mapping[str, Any]], ws: Workspace, sets: Sequence[Mapping[str, DocAnnotation]]) -> tuple[int, int]:
    """(tasks with annotations, tasks with an annotation whose content is in none of ``sets``).

    An annotation counts as pulled when some local set (the gold, a pass) holds exactly its
    items for that document; one that cannot be converted counts as not pulled.
    """
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import task_doc

    vocab = Vocab.of_workspace(ws)
    docs = ws.documents
    annotated = unpulled = 0
    for task in tasks:
        items = [a for a in task.get("annotations") or [] if isinstance(a, Mapping) and not a.get("was_cancelled")]
        if not items:
            continue
        annotated += 1
        doc_id = str((task.get("data") or {}).get("doc_id"))
        local = [s[doc_id].items for s in sets if doc_id in s]
        for item in items:
            try:
                doc = task_doc(task, item, vocab, text=docs[doc_id].text if doc_id in docs else None, strict=True)
            except Exception:  # not convertible: certainly not in the workspace
                doc = None
            if doc is None or doc.items not in local:
                unpulled += 1
                break
    return annotated, unpulled


def workspace_status(
    ws: Workspace,
    url: str | None = None,
    token: str | None = None,
    timeout: float = LS_TIMEOUT,
    client: Client | None = None,
    project: str | None = None,
) -> StatusReport:
    from newsgold.scoring.agreement import agreement
    from newsgold.validate import gold_coverage

    gold, passes = _sets(ws)
    with_gold, n_docs = gold_coverage(ws)
    report = agreement(passes, ws.documents, ws.entities).to_json() if len(passes) >= 2 else None
    runs, notes = last_runs(ws.runs_dir)
    ls = labelstudio_status(ws, url, token, timeout, client, [gold, *passes.values()], project)
    return StatusReport(
        ws.config.name, str(ws.root), n_docs, with_gold, gold_layers(gold, ws.config.layers), sorted(passes), report, runs, ls, notes
    )
