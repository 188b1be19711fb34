"""Push the corpus (with gold or any annotation set, and/or a run's predictions) to a project.

Idempotent: tasks are keyed by our ``doc_id`` (Label Studio reuses task ids after deletes), and
an annotation or prediction is only created when the task does not already hold the same one,
so a second push changes nothing.  Work done in Label Studio is never overwritten: if the
annotator already has a different annotation on a task, it is kept and reported.  Predictions
are machine output: one per model version and task, updated in place when the run changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsgold.corpus import Document
from newsgold.labelstudio.client import Client, LSError, check_title
from newsgold.labelstudio.config import Vocab, config_for
from newsgold.labelstudio.convert import doc_to_results
from newsgold.labelstudio.tasks import ANNOTATION_META, IMPORTED, build_tasks, task_doc
from newsgold.schema import DocAnnotation
from newsgold.validate import ValidationError

IMPORT_CHUNK = 500
# Label Studio's label stream ("Label All Tasks") offers a task until it has this many annotations
# (its default, 1: once the first annotator had submitted every task, the next one saw "No More Tasks
# Left in Queue"); each person is offered each task once, whatever the number
ANNOTATORS_PER_TASK = 20
DESCRIPTION = "newsgold: quotes, claims and stance"


@dataclass
class PushReport:
    project_id: int
    title: str
    project_created: bool = False
    config_updated: bool = False
    tasks_created: int = 0
    tasks_updated: int = 0
    tasks_unchanged: int = 0
    annotations_created: int = 0
    annotations_unchanged: int = 0
    annotations_kept: list[str] = field(default_factory=list)  # doc_ids: a different annotation was there
    annotator: str = ""  # who owns the pushed annotations (for the report)
    meta_changed: list[str] = field(default_factory=list)  # doc_ids: the owner's annotation meta was replaced
    predictions_created: int = 0
    predictions_updated: int = 0
    predictions_unchanged: int = 0
    users_created: list[str] = field(default_factory=list)  # e-mails: made for the pushed annotations, no password
    stream_opened: bool = False  # an older newsgold project's label stream now offers each task to several annotators

    def summary(self) -> str:
        lines = [
            f"project {self.title!r} (id {self.project_id}){' created' if self.project_created else ''}"
            f"{', labeling config updated' if self.config_updated else ''}",
            f"tasks: {self.tasks_created} created, {self.tasks_updated} updated, {self.tasks_unchanged} unchanged",
            f"annotations: {self.annotations_created} created, {self.annotations_unchanged} already there",
            f"predictions: {self.predictions_created} created, {self.predictions_updated} updated, "
            f"{self.predictions_unchanged} already there",
        ]
        if self.annotations_kept:
            lines.append(
                f"kept {len(self.annotations_kept)} annotation(s) that differ from the pushed ones "
                f"(edited in Label Studio? not overwritten): {', '.join(self.annotations_kept)}"
            )
        if self.meta_changed:
            lines.append(
                f"replaced the annotation meta of {self.annotator or 'the annotator'} on {len(self.meta_changed)} "
                f"document(s) with the pushed one: {', '.join(self.meta_changed)}"
            )
        if self.stream_opened:
            lines.append(
                f"the label stream now offers each task to up to {ANNOTATORS_PER_TASK} annotators (was 1: a second annotator's "
                "'Label All Tasks' found no task the first had submitted)"
            )
        if self.users_created:
            lines.append(no_password(self.users_created))
        return "\n".join(lines)


def no_password(emails: list[str]) -> str:
    """What a person made a Label Studio user by ``--annotator`` needs to know: Label Studio's API
    gives a user no password, so nobody can log in as them, and the sign-up page then refuses the
    e-mail ("User with this email already exists"); Label Studio's own command sets one."""
    from newsgold.labelstudio.server import LabelStudioError, default_data_dir, executable

    try:
        where = f" (newsgold's: {executable()}; DIR by default {default_data_dir()})"
    except LabelStudioError:  # no usable home: the command without the paths
        where = ""
    return (
        f"created Label Studio user(s) {', '.join(emails)} without a password: nobody can log in as them, and the sign-up "
        "page refuses their e-mail. For one to annotate in the browser, set a password where the server runs: "
        f"label-studio reset_password --username {emails[0]} --password PASSWORD --data-dir DIR{where}"
    )


def ensure_project(client: Client, title: str, vocab: Vocab, project: Any = None) -> tuple[Any, bool, bool]:
    """The project titled ``title`` with our labeling config: (project, created, config updated).

    ``project``: the project already looked up (None: look it up, create it if missing).
    """
    config = config_for(vocab)
    if project is None:
        check_title(title)
        project = client.find_project(title)
    if project is None:
        with client.errors(f"creating project {title!r}"):
            return (
                client.sdk.projects.create(
                    title=title, label_config=config, description=DESCRIPTION, maximum_annotations=ANNOTATORS_PER_TASK
                ),
                True,
                False,
            )
    if (project.label_config or "").strip() != config.strip():  # the server drops the final newline
        with client.errors(f"updating the labeling config of project {title!r}"):
            client.sdk.projects.update(id=project.id, label_config=config)
        return project, False, True
    return project, False, False


def _open_stream(client: Client, project: Any) -> bool:
    """Raise Label Studio's default of 1 annotation per task on a project newsgold made before it set
    :data:`ANNOTATORS_PER_TASK`; a number someone chose (anything but 1) is left as it is."""
    if getattr(project, "maximum_annotations", None) != 1 or getattr(project, "description", None) != DESCRIPTION:
        return False
    with client.errors(f"letting several annotators label each task of project {project.title!r}"):
        client.sdk.projects.update(id=project.id, maximum_annotations=ANNOTATORS_PER_TASK)
    return True


def _same(task: Mapping[str, Any], item: Mapping[str, Any], doc: DocAnnotation, vocab: Vocab) -> bool:
    """Does this Label Studio annotation/prediction say what ``doc`` says (meta aside)?"""
    if item.get("result") == doc_to_results(doc, task["data"]["text"], vocab, task["data"]):
        return True
    try:  # re-saved or drawn in the UI: other JSON and the editor's region ids, maybe the same content
        back = task_doc(task, item, vocab)
    except (ValidationError, ValueError):
        return False
    if back != doc and "model_version" not in item:  # an annotation: compared with the ids a pull gives it
        try:
            back = task_doc(task, item, vocab, strict=True)
        except (ValidationError, ValueError):
            return False
    return dataclasses.replace(back, meta=None) == dataclasses.replace(doc, meta=None)


def _user_id(completed_by: Any) -> Any:
    return completed_by.get("id") if isinstance(completed_by, Mapping) else completed_by


def push(
    client: Client,
    title: str,
    docs: Mapping[str, Document],
    annotations: Mapping[str, DocAnnotation] | None = None,
    predictions: Mapping[str, DocAnnotation] | None = None,
    *,
    model_version: str | None = None,
    annotator: str | None = None,
    vocab: Vocab,
) -> PushReport:
    """Create or update project ``title`` so it holds one task per document, plus what is given.

    ``annotator`` (an e-mail) owns the pushed annotations (the user is created if missing);
    default: the token's user.  Everything is checked before the first task is written.
    """
    wanted = build_tasks(docs, annotations, predictions, model_version=model_version, vocab=vocab)
    client.me()  # fail early on a bad URL or token, before creating anything
    found_project = client.find_project(title)  # read only: nothing is created before the checks pass

    existing: dict[str, list[dict[str, Any]]] = {}
    for task in client.tasks(found_project.id) if found_project is not None else []:
        existing.setdefault(str((task.get("data") or {}).get("doc_id")), []).append(task)
    problems = []
    for task in wanted:
        doc_id = task["data"]["doc_id"]
        found = existing.get(doc_id, [])
        if len(found) > 1:
            problems.append(
                f"{len(found)} tasks for document {doc_id!r} (ids {', '.join(str(t['id']) for t in found)}): "
                "delete the duplicates in Label Studio"
            )
        elif found and found[0]["data"].get("text") != task["data"]["text"]:
            problems.append(
                f"task {found[0]['id']} ({doc_id}) holds another text than the corpus: its annotations "
                "were made on another version; delete the task or push to a new project"
            )
    if problems:
        raise LSError("cannot push, nothing was changed in the project:\n" + "\n".join(problems))

    uid = client.user_id(annotator)  # a new annotator gets a display name from the e-mail
    if annotator is None:
        client.name_me()
    project, created, config_updated = ensure_project(client, title, vocab, found_project)
    report = PushReport(project.id, title, created, config_updated, annotator=annotator or "the token's user")
    report.users_created = list(client.created)
    report.stream_opened = _open_stream(client, project)
    _own(wanted, uid)

    new = [t for t in wanted if t["data"]["doc_id"] not in existing]
    with client.errors(f"importing tasks into project {title!r}"):
        for i in range(0, len(new), IMPORT_CHUNK):
            client.sdk.projects.import_tasks(project.id, request=new[i : i + IMPORT_CHUNK])
    report.tasks_created = len(new)
    report.annotations_created = sum(len(t.get("annotations", [])) for t in new)
    report.predictions_created = sum(len(t.get("predictions", [])) for t in new)

    for task in wanted:
        found = existing.get(task["data"]["doc_id"], [])
        if found:
            _update_task(client, found[0], task, annotations, predictions, uid, vocab, report)
    return report


def _own(tasks: list[dict[str, Any]], uid: int) -> None:
    """Make user ``uid`` the owner of the tasks' annotations and of their meta."""
    for task in tasks:
        for ann in task.get("annotations", []):
            ann["completed_by"] = uid
        meta = task["data"].get(ANNOTATION_META)
        if meta is not None:
            task["data"][ANNOTATION_META] = {str(uid): meta[IMPORTED]}


def _update_task(
    client: Client,
    have: dict[str, Any],
    want: dict[str, Any],
    annotations: Mapping[str, DocAnnotation] | None,
    predictions: Mapping[str, DocAnnotation] | None,
    uid: int,
    vocab: Vocab,
    report: PushReport,
) -> None:
    doc_id, tid = want["data"]["doc_id"], have["id"]
    data = {**have["data"], **want["data"]}
    if "prediction_meta" in have["data"] and "prediction_meta" in want["data"]:
        data["prediction_meta"] = {**have["data"]["prediction_meta"], **want["data"]["prediction_meta"]}
    if isinstance(have["data"].get(ANNOTATION_META), Mapping) and ANNOTATION_META in want["data"]:
        before, pushed = have["data"][ANNOTATION_META], want["data"][ANNOTATION_META]
        data[ANNOTATION_META] = {**before, **pushed}  # other annotators' meta stays theirs
        if any(k in before and before[k] != v for k, v in pushed.items()):
            report.meta_changed.append(doc_id)
    if data != have["data"]:
        with client.errors(f"updating task {tid} ({doc_id})"):
            client.sdk.tasks.update(id=str(tid), data=data)
        report.tasks_updated += 1
    else:
        report.tasks_unchanged += 1
    task = {**have, "data": data}

    for ann in want.get("annotations", []):
        doc = annotations[doc_id]  # type: ignore[index]
        mine = [a for a in have.get("annotations") or [] if _user_id(a.get("completed_by")) == uid and not a.get("was_cancelled")]
        if any(_same(task, a, doc, vocab) for a in mine):
            report.annotations_unchanged += 1
        elif mine:
            report.annotations_kept.append(doc_id)
        else:
            with client.errors(f"adding an annotation to task {tid} ({doc_id})"):
                client.sdk.annotations.create(id=tid, result=ann["result"], completed_by=uid)
            report.annotations_created += 1

    for pred in want.get("predictions", []):
        doc = predictions[doc_id]  # type: ignore[index]
        same_version = [p for p in have.get("predictions") or [] if p.get("model_version") == pred["model_version"]]
        if any(_same(task, p, doc, vocab) and p.get("score") == pred.get("score") for p in same_version):
            report.predictions_unchanged += 1
        elif same_version:  # the run changed: a prediction is machine output, replace it
            with client.errors(f"updating prediction {same_version[0]['id']} of task {tid} ({doc_id})"):
                client.sdk.predictions.update(
                    id=same_version[0]["id"], result=pred["result"], score=pred.get("score"), model_version=pred["model_version"]
                )
            report.predictions_updated += 1
        else:
            with client.errors(f"adding a prediction to task {tid} ({doc_id})"):
                client.sdk.predictions.create(task=tid, result=pred["result"], score=pred.get("score"), model_version=pred["model_version"])
            report.predictions_created += 1
