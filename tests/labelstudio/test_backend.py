"""The ML backend without Label Studio: the protocol's JSON, batching, timeouts, failures as HTTP 500."""

from __future__ import annotations

import http.client
import json
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.corpus import Document
from newsgold.extractors import extract_many, resolve
from newsgold.labelstudio.backend import BackendError, ModelBackend, Predictor, model_version
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.tasks import build_tasks
from newsgold.schema import DocAnnotation
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
TEXT = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said.\nShe said: “No deal 🙅 yet.”\n"


@dataclass
class Crashing:
    name: str = "crashing"
    version: str = "1"
    layers: tuple[str, ...] = ("quotes",)

    def extract(self, document: Document) -> DocAnnotation:
        raise RuntimeError(f"model weights missing for {document.doc_id}")


@dataclass
class Counting:
    """Records the batch sizes it is called with; sleeps ``delay`` per call."""

    delay: float = 0.0
    name: str = "counting"
    version: str = "2"
    layers: tuple[str, ...] = ("quotes",)
    calls: list[int] = field(default_factory=list)

    def extract(self, document: Document) -> DocAnnotation:
        return self.extract_batch([document])[0]

    def extract_batch(self, documents: list[Document]) -> list[DocAnnotation]:
        self.calls.append(len(documents))
        time.sleep(self.delay)
        return [DocAnnotation(doc_id=d.doc_id) for d in documents]


@pytest.fixture
def vocab() -> Vocab:
    return Vocab.of_workspace(Workspace.at(REPO))


def task(i: int, text: str = TEXT) -> dict:
    return {"id": i, "data": {"text": text, "doc_id": f"doc{i}"}}


def test_predictions_are_the_push_conversion_with_name_at_version(vocab) -> None:
    extractor = resolve("quotes")
    got = Predictor(extractor, vocab).predict([task(1), task(2, TEXT.upper())])
    docs = {f"doc{i}": Document(doc_id=f"doc{i}", text=t) for i, t in ((1, TEXT), (2, TEXT.upper()))}
    preds = {a.doc_id: a for a in extract_many(extractor, list(docs.values()))}
    expected = [t["predictions"][0] for t in build_tasks(docs, predictions=preds, model_version=f"quotes@{extractor.version}", vocab=vocab)]
    assert got == expected
    assert got[0]["model_version"] == f"quotes@{extractor.version}" == model_version(extractor)
    quotes = [r for r in got[0]["result"] if r["type"] == "labels" and r["value"]["labels"] == ["Quote"]]
    assert quotes, got[0]
    for region in quotes:  # offsets are str indices into the exact text (emoji, flag, curly quotes)
        assert TEXT[region["value"]["start"] : region["value"]["end"]] == region["value"]["text"]


def test_tasks_are_extracted_in_batches(vocab) -> None:
    extractor = Counting()
    out = Predictor(extractor, vocab, batch_size=2).predict([task(i) for i in range(5)])
    assert extractor.calls == [2, 2, 1]
    assert [p["model_version"] for p in out] == ["counting@2"] * 5


def test_bad_settings_and_tasks_are_errors(vocab) -> None:
    with pytest.raises(BackendError, match="batch size"):
        Predictor(Counting(), vocab, batch_size=0)
    with pytest.raises(BackendError, match="timeout"):
        Predictor(Counting(), vocab, timeout=0)
    with pytest.raises(BackendError, match="task 7: no text"):
        Predictor(Counting(), vocab).predict([{"id": 7, "data": {"doc_id": "x"}}])


def call(url: str, method: str, path: str, body: object = None) -> tuple[int, str, dict]:
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request(method, path, body=None if body is None else json.dumps(body), headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = json.loads(response.read())
    conn.close()
    return response.status, response.reason, data


@pytest.fixture
def serve(vocab):
    started = []

    def _serve(extractor, **kw) -> ModelBackend:
        backend = ModelBackend(Predictor(extractor, vocab, **kw), port=0).serve_in_thread()
        started.append(backend)
        return backend

    yield _serve
    for backend in started:
        backend.stop()


def test_health_setup_predict_over_http(serve) -> None:
    backend = serve(resolve("quotes@4"))
    assert call(backend.url, "GET", "/health") == (200, "OK", {"status": "UP", "model_class": "quotes", "model_version": "quotes@4"})
    assert call(backend.url, "POST", "/setup", {"project": "1.0", "schema": "<View/>"})[2] == {"model_version": "quotes@4"}
    code, _, body = call(backend.url, "POST", "/predict", {"tasks": [task(1), task(2)], "project": "1.0"})
    assert code == 200 and len(body["results"]) == 2
    assert {r["model_version"] for r in body["results"]} == {"quotes@4"}
    assert all(r["result"] for r in body["results"])


def test_a_crashing_extractor_is_an_http_500_naming_it(serve) -> None:
    backend = serve(Crashing())
    code, reason, body = call(backend.url, "POST", "/predict", {"tasks": [task(3)]})
    assert code == 500
    # Label Studio logs only "500 Server Error: <reason> for url": the reason carries the message
    assert "crashing@1 failed on doc3: RuntimeError: model weights missing for doc3" in reason
    assert "model weights missing for doc3" in body["error"]


def test_a_slow_request_times_out_with_a_500(serve) -> None:
    backend = serve(Counting(delay=2.0), timeout=0.3)
    started = time.monotonic()
    code, reason, body = call(backend.url, "POST", "/predict", {"tasks": [task(1)]})
    assert code == 500 and time.monotonic() - started < 1.5
    assert "did not finish 1 task(s) within 0.3 s" in body["error"] and "within 0.3 s" in reason


def test_bad_requests_are_4xx(serve) -> None:
    backend = serve(Counting())
    assert call(backend.url, "POST", "/predict", {"task": []})[0] == 400
    assert call(backend.url, "GET", "/nothing")[0] == 404


def test_a_port_in_use_is_refused(vocab) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(BackendError, match=f"port {port} on 127.0.0.1 is in use"):
            ModelBackend(Predictor(Counting(), vocab), port=port).start()
        result = CliRunner().invoke(app, ["ls", "serve-model", "quotes", "--port", str(port)])
        assert result.exit_code == 1 and f"port {port} on 127.0.0.1 is in use" in result.output


def test_an_unknown_spec_is_refused_before_listening() -> None:
    result = CliRunner().invoke(app, ["ls", "serve-model", "no-such-extractor", "--port", "1"])
    assert result.exit_code == 1 and "no-such-extractor" in result.output


def test_serve_model_serves_until_ctrl_c(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from newsgold.labelstudio.server import find_free_port

    port = find_free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgold.cli", "ls", "serve-model", "quotes@4", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == f"ML backend quotes@4 listening on http://127.0.0.1:{port} (Ctrl-C stops it)"
        assert call(f"http://127.0.0.1:{port}", "GET", "/health")[2]["status"] == "UP"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0
        assert "Stopped." in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
