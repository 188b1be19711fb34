"""Label Studio import files: tasks keyed by doc_id, gold as annotations, runs as predictions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsgold.errors import NewsgoldError
from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab, config_for
from newsgold.labelstudio.convert import ResultsError
from newsgold.labelstudio.tasks import build_tasks, dumps_tasks, model_version_of, resolve_predictions, task_doc
from newsgold.schema import Claim, DocAnnotation
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
RUN = REPO / "eval/runs/baseline/quotes-v2"


@pytest.fixture(scope="module")
def docs():
    return Workspace.find().documents


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return Vocab.of_workspace(Workspace.find())


def test_tasks_with_gold_and_predictions(docs, vocab) -> None:
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())
    preds = load_annotations(RUN / "predictions.jsonl", Workspace.find().context())
    tasks = json.loads(dumps_tasks(build_tasks(docs, gold, preds, vocab=vocab)))  # what the file holds
    assert [t["data"]["doc_id"] for t in tasks] == list(docs)
    from label_studio_sdk.label_interface import LabelInterface

    interface = LabelInterface(config_for(vocab))
    for task in tasks:
        doc = docs[task["data"]["doc_id"]]
        assert task["data"]["text"] == doc.text and task["data"]["sha256"] == doc.sha256
        assert "id" not in task  # Label Studio assigns ids; we key by doc_id
        (ann,), (pred,) = task["annotations"], task["predictions"]
        assert pred["model_version"] == "quotes v2" and "score" not in pred  # quotes-v2 has no scores
        assert interface.validate_annotation(ann) and interface.validate_prediction(pred)
        assert task_doc(task, ann, vocab, strict=True) == gold[doc.doc_id]
        assert task_doc(task, pred, vocab, text=doc.text) == preds[doc.doc_id]  # meta comes back too


def test_prediction_scores_and_model_version(docs, vocab) -> None:
    doc_id = next(iter(docs))
    pred = DocAnnotation(
        doc_id,
        quotes=None,
        stances=None,
        meta={"extractor": "claims-learned", "version": "1", "k": 3},
        claims=[
            Claim("c1", [(0, 5)], "Someone", "factual", True, None, 0.25),
            Claim("c2", [(6, 9)], None, "evaluative", False, None, 0.75),
        ],
    )
    (task,) = build_tasks({doc_id: docs[doc_id]}, predictions={doc_id: pred}, vocab=vocab)
    (item,) = task["predictions"]
    assert item["model_version"] == "claims-learned v1" and item["score"] == 0.5
    assert "annotations" not in task
    assert task_doc(task, item, vocab) == pred
    (task,) = build_tasks({doc_id: docs[doc_id]}, predictions={doc_id: pred}, model_version="mine", vocab=vocab)
    assert task["predictions"][0]["model_version"] == "mine"
    assert task_doc(task, task["predictions"][0], vocab) == pred


def test_claims_without_quotes_layer_keep_their_quote_ids(docs, vocab) -> None:
    """Committed claims runs name quotes of a quotes layer they do not include: the ids survive a
    round trip, and only gold rules (strict) insist that they resolve."""
    doc_id = next(iter(docs))
    pred = DocAnnotation(doc_id, quotes=None, stances=None, claims=[Claim("c1", [(0, 5)], None, "factual", True, "q7")])
    (task,) = build_tasks({doc_id: docs[doc_id]}, predictions={doc_id: pred}, model_version="m", vocab=vocab)
    result = task["predictions"][0]["result"]
    assert [r["value"]["text"] for r in result if r.get("from_name") == C.CLAIM_QUOTE_ID] == [["q7"]]
    assert task_doc({**task, "id": 5}, task["predictions"][0], vocab) == pred
    with pytest.raises(ResultsError, match="unknown quote id 'q7'"):
        task_doc({**task, "id": 5}, task["predictions"][0], vocab, strict=True)


def test_model_version_needs_meta() -> None:
    assert model_version_of(DocAnnotation("d", meta={"extractor": "stance", "version": "2"})) == "stance v2"
    with pytest.raises(ValueError, match="pass --model-version"):
        model_version_of(DocAnnotation("d"))


def test_unknown_documents_and_foreign_tasks_are_refused(docs, vocab) -> None:
    with pytest.raises(ValueError, match="unknown documents: nope"):
        build_tasks(docs, annotations={"nope": DocAnnotation("nope")}, vocab=vocab)
    with pytest.raises(ValueError, match="no doc_id"):
        task_doc({"id": 3, "data": {"text": "x"}}, {"result": []}, vocab)


def test_tasks_without_annotations(docs, vocab) -> None:
    tasks = build_tasks(docs.values(), vocab=vocab)
    assert all(set(t) == {"data"} for t in tasks)


def test_pull_errors_name_the_task(docs, vocab) -> None:
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())
    doc_id = "no-negotiations-underway"
    (task,) = build_tasks({doc_id: docs[doc_id]}, {doc_id: gold[doc_id]}, vocab=vocab)
    task["id"], ann = 12, task["annotations"][0]
    ann["id"] = 34
    ann["result"][0]["value"]["labels"] = ["Speaker"]
    with pytest.raises(ResultsError) as info:
        task_doc(task, ann, vocab)
    assert str(info.value.problems[0]).startswith(
        "label studio task 12 (no-negotiations-underway): annotation 34 region q1: field value.labels: unknown label 'Speaker'"
    )


def test_resolve_predictions() -> None:
    assert resolve_predictions(RUN) == RUN / "predictions.jsonl"
    assert resolve_predictions(RUN / "predictions.jsonl") == RUN / "predictions.jsonl"
    assert resolve_predictions("baseline/quotes-v2", Workspace.find().runs_dir).resolve() == (RUN / "predictions.jsonl").resolve()
    with pytest.raises(NewsgoldError):
        resolve_predictions("no/such/run")


def test_annotation_meta_belongs_to_its_owner(docs, vocab) -> None:
    """Meta is stored per owner: another annotator's annotation of the same task does not get it."""
    doc_id = next(iter(docs))
    ann = DocAnnotation(doc_id, quotes=[], claims=[], stances=[], meta={"pass": "a"})
    (task,) = build_tasks({doc_id: docs[doc_id]}, annotations={doc_id: ann}, owner=7, vocab=vocab)
    (mine,) = task["annotations"]
    assert mine["completed_by"] == 7 and task["data"]["annotation_meta_by_owner"] == {"7": {"pass": "a"}}
    other = {"id": 2, "completed_by": {"id": 8, "email": "b@x"}, "result": mine["result"]}
    task = {**task, "id": 1, "annotations": [{**mine, "id": 1}, other]}
    assert task_doc(task, {**mine, "id": 1}, vocab) == ann
    assert task_doc(task, other, vocab) == dataclasses.replace(ann, meta=None)


def test_annotation_meta_of_an_offline_import_belongs_to_the_first_annotation(docs, vocab) -> None:
    doc_id = next(iter(docs))
    ann = DocAnnotation(doc_id, quotes=[], claims=[], stances=[], meta={"pass": "imported"})
    (task,) = build_tasks({doc_id: docs[doc_id]}, annotations={doc_id: ann}, vocab=vocab)
    assert "completed_by" not in task["annotations"][0]
    result = task["annotations"][0]["result"]
    imported, later = {"id": 10, "completed_by": 3, "result": result}, {"id": 11, "completed_by": 4, "result": result}
    task = {**task, "id": 1, "annotations": [later, imported]}
    assert task_doc(task, imported, vocab) == ann
    assert task_doc(task, later, vocab).meta is None
    # what older versions stored (one meta per task) is read the same way
    legacy = {
        **task,
        "data": {**{k: v for k, v in task["data"].items() if k != "annotation_meta_by_owner"}, "annotation_meta": {"pass": "old"}},
    }
    assert task_doc(legacy, imported, vocab).meta == {"pass": "old"} and task_doc(legacy, later, vocab).meta is None


def test_a_text_edited_in_place_is_refused_with_annotations_or_predictions(docs, vocab) -> None:
    """Gold offsets made on the imported text would land elsewhere in the edited one."""
    from newsgold.labelstudio.tasks import TextChanged

    ws = Workspace.find()
    gold = load_annotations(ws.gold_dir, ws.context())
    doc_id = "no-negotiations-underway"
    edited = dataclasses.replace(docs[doc_id], text=docs[doc_id].text.replace("No negotiations", "No Negotiations", 1))
    assert edited.sha256 == docs[doc_id].sha256 != edited.text_sha256
    both = {**docs, doc_id: edited}
    for sets in ({"annotations": {doc_id: gold[doc_id]}}, {"predictions": {doc_id: gold[doc_id]}, "model_version": "m"}):
        with pytest.raises(TextChanged, match=f"'{doc_id}'.*--replace"):
            build_tasks(both, vocab=vocab, **sets)
    other = next(d for d in docs if d != doc_id)
    assert len(build_tasks(both, {other: gold[other]}, vocab=vocab)) == len(docs)  # its own text unchanged: fine
    assert len(build_tasks(both, vocab=vocab)) == len(docs)  # no offsets pushed onto it
    assert build_tasks({doc_id: edited}, predictions={doc_id: gold[doc_id]}, model_version="m", vocab=vocab, check_texts=False)
