"""Label Studio task JSON: import files for offline use, and reading a task's results back.

Tasks are keyed by our ``doc_id`` in ``data`` (Label Studio reuses task ids after deletes).
``data`` also carries the text's sha256, so a pull can tell whether the server's copy of a
document still is the corpus text, the ``meta`` of pushed predictions by model version
(Label Studio keeps only ``model_version`` and ``score`` on a prediction) and the ``meta`` of
pushed annotations by owner (``annotation_meta_by_owner``: user id -> meta), so that one
annotator's meta never ends up on another's annotation.  An import file written offline does
not know the owner: its meta is stored under :data:`IMPORTED` and belongs to the task's first
annotation (as does the single ``annotation_meta`` that older versions stored).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.labelstudio.config import TEXT, Vocab
from newsgold.labelstudio.convert import doc_to_results, results_to_doc, task_data
from newsgold.schema import LAYERS, DocAnnotation

DATA_FIELDS = ("title", "outlet", "author", "genre", "event_date", "sha256")
ANNOTATION_META = "annotation_meta_by_owner"  # data field: {str(user id) | IMPORTED: meta}
LEGACY_ANNOTATION_META = "annotation_meta"  # older versions: one meta per task, whoever pushed last
IMPORTED = "imported"  # owner key of an annotation whose owner was not known when the task was built


class TextChanged(NewsgoldError):
    """Annotations or predictions pushed onto a document whose text was edited in place since import."""


def owner_key(completed_by: Any) -> str | None:
    """The ``annotation_meta`` key of an annotation's owner (``completed_by``: an id or a user dict)."""
    if isinstance(completed_by, Mapping):
        completed_by = completed_by.get("id")
    return None if completed_by is None else str(completed_by)


class PredictionsUnnamed(NewsgoldError, ValueError):
    """Predictions whose ``meta`` names no extractor and version: Label Studio needs a model version."""


def model_version_of(doc: DocAnnotation, default: str | None = None) -> str:
    """``"<extractor name> v<version>"`` from a prediction's meta, else ``default``."""
    meta = doc.meta or {}
    if meta.get("extractor") is not None and meta.get("version") is not None:
        return f"{meta['extractor']} v{meta['version']}"
    if default is None:
        raise PredictionsUnnamed(
            f"{doc.doc_id}: the prediction's meta names no extractor and version (meta.extractor, meta.version), "
            "which Label Studio shows as the model version: pass --model-version NAME (in Python: model_version)"
        )
    return default


def _scores(doc: DocAnnotation) -> list[float]:
    return [item.score for layer in LAYERS for item in getattr(doc, layer) or [] if item.score is not None]


def build_tasks(
    docs: Mapping[str, Document] | Iterable[Document],
    annotations: Mapping[str, DocAnnotation] | None = None,
    predictions: Mapping[str, DocAnnotation] | None = None,
    model_version: str | None = None,
    *,
    vocab: Vocab,
    owner: int | str | None = None,
    layer_data: Mapping[str, Mapping[str, Any]] | None = None,
    check_texts: bool = True,
) -> list[dict[str, Any]]:
    """One task per document (in the given order), with its annotation and prediction if any.

    ``owner`` (a Label Studio user id) owns the annotations: their meta is stored under it
    (default: under :data:`IMPORTED`, the owner is whoever imports the file).  ``layer_data``
    (doc_id -> a task's data): the layers' fields a task on the server already has (the ML
    backend predicts for such tasks); otherwise they are built from the document and what is
    pushed with it (:func:`~newsgold.labelstudio.convert.task_data`).

    A prediction's ``score`` is the mean of its item scores when that lies in [0, 1] (Label
    Studio sorts by it); the item scores themselves ride on the regions and stance choices.  ``model_version`` overrides the one from meta.
    A document whose text no longer has its recorded sha256 (edited in place since import) is
    refused when it carries annotations or predictions (:class:`TextChanged`): their offsets were
    made on the old text.  ``check_texts=False``: predictions made just now on the text given.
    """
    docs = dict(docs) if isinstance(docs, Mapping) else {d.doc_id: d for d in docs}
    for name, anns in (("annotations", annotations), ("predictions", predictions)):
        unknown = sorted(set(anns or {}) - set(docs))
        if unknown:
            raise ValueError(f"{name} for unknown documents: {', '.join(unknown)}")
    if check_texts:
        _check_texts(docs, [annotations, predictions])
    tasks = []
    for doc_id, doc in docs.items():
        data: dict[str, Any] = {TEXT: doc.text, "doc_id": doc_id}
        data.update({k: getattr(doc, k) for k in DATA_FIELDS if getattr(doc, k) is not None})
        task: dict[str, Any] = {"data": data}
        ann = (annotations or {}).get(doc_id)
        pred = (predictions or {}).get(doc_id)
        fields = task_data(doc.text, vocab, [ann, pred])
        have = (layer_data or {}).get(doc_id) or {}
        data.update({k: have.get(k, v) for k, v in fields.items()})
        if ann is not None:
            task["annotations"] = [{"result": doc_to_results(ann, doc.text, vocab, data)}]
            if owner is not None:
                task["annotations"][0]["completed_by"] = owner
            if ann.meta is not None:
                data[ANNOTATION_META] = {IMPORTED if owner is None else str(owner): ann.meta}
        if pred is not None:
            version = model_version or model_version_of(pred)
            item: dict[str, Any] = {"model_version": version, "result": doc_to_results(pred, doc.text, vocab, data)}
            scores = _scores(pred)
            mean = sum(scores) / len(scores) if scores else None
            if mean is not None and 0 <= mean <= 1:  # Label Studio refuses other prediction scores
                item["score"] = mean
            task["predictions"] = [item]
            if pred.meta is not None:
                data["prediction_meta"] = {version: pred.meta}
        tasks.append(task)
    return tasks


def _check_texts(docs: Mapping[str, Document], sets: list[Mapping[str, DocAnnotation] | None]) -> None:
    changed = sorted(
        d for d, doc in docs.items() if isinstance(doc.sha256, str) and doc.sha256 != doc.text_sha256 and any(d in (s or {}) for s in sets)
    )
    if changed:
        raise TextChanged(
            f"{len(changed)} document(s) have a text edited in place since import (its sha256 differs from the recorded one), "
            f"so the offsets of their annotations or predictions may not fit it: {', '.join(map(repr, changed))}; restore the "
            "text (`newsgold validate` names the line), or import the document again with --replace; nothing was written"
        )


def task_doc(
    task: Mapping[str, Any], item: Mapping[str, Any], vocab: Vocab, *, text: str | None = None, strict: bool = False
) -> DocAnnotation:
    """The DocAnnotation of one annotation or prediction (``item``) of a task.

    ``text`` should be the corpus text (default: the task's copy); the doc_id comes from
    ``data``, meta from what :func:`build_tasks` stored.
    """
    data = task.get("data") or {}
    doc_id = data.get("doc_id")
    if not isinstance(doc_id, str):
        raise ValueError(f"label studio task {task.get('id')}: no doc_id in data (not a newsgold task)")
    is_prediction = "model_version" in item
    if is_prediction:
        meta = (data.get("prediction_meta") or {}).get(item.get("model_version"))
    else:
        meta = annotation_meta(task, item)
    return results_to_doc(
        doc_id,
        data.get(TEXT, "") if text is None else text,
        item.get("result", []),
        vocab,
        task_id=task.get("id"),
        annotation_id=item.get("id"),
        what="prediction" if is_prediction else "annotation",
        meta=meta,
        strict=strict,
        renumber=strict and not is_prediction,
        data=data,
    )


def annotation_meta(task: Mapping[str, Any], item: Mapping[str, Any]) -> Any:
    """The meta pushed with this annotation: its owner's entry; the offline import's entry
    (:data:`IMPORTED`) only for the task's first annotation (the imported one)."""
    data = task.get("data") or {}
    stored = data.get(ANNOTATION_META)
    if not isinstance(stored, Mapping):
        stored = {}
    if IMPORTED not in stored and isinstance(data.get(LEGACY_ANNOTATION_META), Mapping):
        stored = {**stored, IMPORTED: data[LEGACY_ANNOTATION_META]}
    key = owner_key(item.get("completed_by"))
    if key is not None and key in stored:
        return stored[key]
    if IMPORTED in stored:
        ids = [a["id"] for a in task.get("annotations") or [] if isinstance(a, Mapping) and a.get("id") is not None]
        if item.get("id") is None or not ids or item.get("id") == min(ids):
            return stored[IMPORTED]
    return None


class PredictionsNotFound(NewsgoldError):
    """A ``--predictions`` reference that names no predictions."""


def resolve_predictions(run_or_file: str | Path, runs_dir: Path | None = None) -> Path:
    """A predictions file from a run directory, a run id under ``runs_dir`` or a ``.jsonl`` path."""
    path = Path(run_or_file)
    for candidate in (path, *((runs_dir / path,) if runs_dir is not None else ())):
        if candidate.is_dir() and (candidate / "predictions.jsonl").is_file():
            return candidate / "predictions.jsonl"
        if candidate.is_file():
            return candidate
    raise PredictionsNotFound(f"{run_or_file}: neither a predictions file nor a run directory with predictions.jsonl")


def dumps_tasks(tasks: list[dict[str, Any]]) -> str:
    """The import file: a JSON list, one task per line (compact, yet diffs name the document)."""
    return "[\n" + ",\n".join(json.dumps(t, ensure_ascii=False) for t in tasks) + "\n]\n"
