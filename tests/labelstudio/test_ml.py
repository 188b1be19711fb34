"""The ML backend called by a real Label Studio (``ls_server``): predictions stored on the tasks.

Each test pushes a few corpus documents to a project of its own, serves an extractor on a free
loopback port, connects it through the API and lets Label Studio call it: through the Data
Manager's "Retrieve Predictions" and by opening a task (evaluate predictions automatically).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors import extract_many, resolve
from newsgold.labelstudio.backend import ModelBackend, Predictor
from newsgold.labelstudio.client import connect
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.ml import connect_backend, retrieve_predictions
from newsgold.labelstudio.push import push
from newsgold.labelstudio.tasks import build_tasks
from newsgold.workspace import Workspace

from .test_backend import Crashing

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parents[2]
SYNTH = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said.\nShe said: “No deal 🙅 yet.”\n"


@pytest.fixture
def client(ls_server):
    return connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)


@pytest.fixture
def setting():
    ws = Workspace.at(REPO)
    docs = dict(sorted(ws.documents.items()))  # the corpus' two, and one with a flag and emoji
    docs["synth"] = Document(doc_id="synth", text=SYNTH)
    return ws, docs, Vocab.of_workspace(ws)


@pytest.fixture
def project(request, client, setting):
    """A fresh project with three documents (no annotations); deleted afterwards."""
    _, docs, vocab = setting
    title = f"t-{request.node.name[:28]}-{uuid.uuid4().hex[:8]}"
    report = push(client, title, docs, vocab=vocab)
    yield report.project_id
    client.sdk.projects.delete(id=report.project_id)


@pytest.fixture
def backends():
    started: list[ModelBackend] = []
    yield started
    for backend in started:
        backend.stop()


def by_doc(client, project_id: int) -> dict[str, dict]:
    return {t["data"]["doc_id"]: t for t in client.export(project_id)}


def test_label_studio_calls_the_backend_and_stores_its_predictions(client, setting, project, backends) -> None:
    _, docs, vocab = setting
    extractor = resolve("quotes@4")
    backend = ModelBackend(Predictor(extractor, vocab, batch_size=2), port=0).serve_in_thread()
    backends.append(backend)
    tasks = client.tasks(project)  # before connecting: listing tasks then asks the backend too
    connected = connect_backend(client, project, backend.url, "quotes@4")
    settings = client.sdk.projects.get(id=project)
    assert settings.evaluate_predictions_automatically and settings.show_collab_predictions
    assert settings.model_version == "quotes@4"

    first, *rest = sorted(tasks, key=lambda t: t["id"])
    retrieve_predictions(client, project, [first["id"]])  # the Data Manager's action, on one task
    exported = by_doc(client, project)
    assert [p["model_version"] for p in exported[first["data"]["doc_id"]]["predictions"]] == ["quotes@4"]
    assert all(not exported[t["data"]["doc_id"]]["predictions"] for t in rest)

    client.sdk.tasks.get(id=rest[0]["id"])  # opening a task: Label Studio asks the backend itself
    exported = by_doc(client, project)
    assert [p["model_version"] for p in exported[rest[0]["data"]["doc_id"]]["predictions"]] == ["quotes@4"]
    assert not exported[rest[1]["data"]["doc_id"]]["predictions"]
    retrieve_predictions(client, project)  # and the rest
    exported = by_doc(client, project)
    preds = {a.doc_id: a for a in extract_many(extractor, list(docs.values()))}
    expected = build_tasks(docs, predictions=preds, model_version="quotes@4", vocab=vocab)
    for want in expected:
        stored = exported[want["data"]["doc_id"]]["predictions"]
        assert len(stored) == 1, stored  # one per task: Label Studio skips tasks that have this version
        assert stored[0]["model_version"] == "quotes@4"
        assert stored[0]["result"] == want["predictions"][0]["result"]
        assert stored[0].get("score") == want["predictions"][0].get("score")

    # connecting again (another port, as a second `annotate --model` would) replaces the backend
    again = ModelBackend(Predictor(extractor, vocab), port=0).serve_in_thread()
    backends.append(again)
    second = connect_backend(client, project, again.url, "quotes@4")
    assert second.removed == (connected.backend_id,)
    assert [b.url for b in client.sdk.ml.list(project=project)] == [again.url]


def test_a_crashing_extractor_stores_nothing_and_label_studio_logs_why(ls_server, client, setting, project, backends) -> None:
    _, _, vocab = setting
    backend = ModelBackend(Predictor(Crashing(), vocab), port=0).serve_in_thread()
    backends.append(backend)
    connect_backend(client, project, backend.url, "crashing@1")
    retrieve_predictions(client, project)
    assert all(not t["predictions"] for t in client.export(project))
    deadline = time.monotonic() + 10
    while "RuntimeError: model weights missing" not in Path(ls_server.log_path).read_text(errors="replace"):
        assert time.monotonic() < deadline, ls_server.log_tail()
        time.sleep(0.2)
    log = Path(ls_server.log_path).read_text(errors="replace")
    line = next(x for x in log.splitlines() if "model weights missing" in x)
    assert "500 Server Error" in line and "crashing@1 failed on" in line


def test_an_unreachable_backend_is_refused_by_label_studio(client, project) -> None:
    from newsgold.labelstudio.client import LSError
    from newsgold.labelstudio.server import find_free_port

    with pytest.raises(LSError, match="ML backend"):
        connect_backend(client, project, f"http://127.0.0.1:{find_free_port()}", "nothing@0")


def test_agreement_with_model_puts_annotator_vs_model_next_to_the_annotators(ls_server, client, setting, backends, request) -> None:
    """The gold pushed as one annotator's annotations; the model's pair must equal the offline figure."""
    import json

    from typer.testing import CliRunner

    from newsgold.cli import app
    from newsgold.scoring.agreement import agreement
    from newsgold.store import load_annotations

    ws, docs, vocab = setting
    gold = load_annotations(ws.gold_dir, ws.context())
    title = f"t-agree-model-{uuid.uuid4().hex[:8]}"
    docs = {d: docs[d] for d in gold}  # the workspace's documents only: agreement pulls them
    report = push(client, title, docs, annotations=gold, vocab=vocab)
    request.addfinalizer(lambda: client.sdk.projects.delete(id=report.project_id))
    extractor = resolve("quotes-direct")
    backend = ModelBackend(Predictor(extractor, vocab), port=0).serve_in_thread()
    backends.append(backend)
    client.tasks(report.project_id)
    connect_backend(client, report.project_id, backend.url, "quotes-direct@1")
    retrieve_predictions(client, report.project_id)

    argv = ["ls", "agreement", "--project", title, "--url", ls_server.url, "--token", ls_server.token]
    result = CliRunner().invoke(app, [*argv, "--with-model", "all", "--format", "json"], env={"NEWSGOLD_ROOT": str(REPO)})
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    annotator = got["annotators"][0]
    assert got["annotators"] == [annotator, "model:quotes-direct@1"]
    [pair] = got["pairs"]
    assert (pair["a"], pair["b"]) == (annotator, "model:quotes-direct@1")
    preds = {a.doc_id: a for a in extract_many(extractor, [docs[d] for d in sorted(gold)])}
    offline = agreement({annotator: gold, "model:quotes-direct@1": preds}, docs, ws.entities).pairs[0]
    assert pair["n_docs"] == offline.n_docs == len(gold)
    assert pair["f1"] == offline.f1 and 0 < pair["f1"]["quotes.content.exact.f1"] < 1

    md = CliRunner().invoke(app, [*argv, "--with-model", "quotes-direct@1", "--format", "markdown"], env={"NEWSGOLD_ROOT": str(REPO)})
    assert md.exit_code == 0 and f"{annotator} ~ model:quotes-direct@1" in md.output, md.output
    assert "annotated by all" not in md.output  # no α between one annotator and a model

    alone = CliRunner().invoke(app, argv, env={"NEWSGOLD_ROOT": str(REPO)})  # one annotator, no model: refused
    assert alone.exit_code == 1 and "at least two annotators" in alone.output
    missing = CliRunner().invoke(app, [*argv, "--with-model", "quotes@9"], env={"NEWSGOLD_ROOT": str(REPO)})
    assert missing.exit_code == 1 and "no predictions of model version 'quotes@9'" in missing.output
