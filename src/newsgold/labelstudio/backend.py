"""Any extractor as a Label Studio ML backend: ``/health``, ``/setup`` and ``/predict`` on 127.0.0.1.

Label Studio calls the backend itself (when a task is opened with "evaluate predictions
automatically", or from the Data Manager's "Retrieve Predictions"), so pre-annotation needs no
push of a run.  The protocol is label-studio-ml-backend's (``LabelStudioMLBase``): ``/predict``
gets ``{"tasks": [...], ...}`` and answers ``{"results": [prediction per task]}``; each prediction
is converted exactly as ``ls push --predictions`` converts a run (:func:`~.tasks.build_tasks`),
with the extractor's ``name@version`` as ``model_version``.

Label Studio logs only the status line of a failed call (``500 Server Error: <reason> for url``),
so a failure's message goes into the HTTP reason phrase as well as the JSON body.  Tasks are
extracted in batches (``extract_batch`` when the extractor has it); a request that takes longer
than the per-request timeout is answered with a 500 (the extraction thread is left to finish:
Python threads cannot be killed; ``cmd:`` extractors enforce their own timeout as well).
"""

from __future__ import annotations

import concurrent.futures
import errno
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.extractors import extract_many
from newsgold.extractors.base import Extractor, describe
from newsgold.labelstudio.config import TEXT, Vocab
from newsgold.labelstudio.tasks import DATA_FIELDS, build_tasks

HOST = "127.0.0.1"
DEFAULT_BATCH = 32
DEFAULT_REQUEST_TIMEOUT = 60.0  # seconds; Label Studio itself waits ML_TIMEOUT_PREDICT (100 s)
MAX_BODY = 64 * 2**20  # bytes of one request


class BackendError(NewsgoldError):
    """The ML backend could not start, or could not answer a request (the message says why)."""


def model_version(extractor: Extractor) -> str:
    """What Label Studio stores as the predictions' ``model_version``."""
    return f"{extractor.name}@{extractor.version}"


def _document(task: Mapping[str, Any]) -> Document:
    data = task.get("data")
    if not isinstance(data, Mapping) or not isinstance(data.get(TEXT), str):
        raise BackendError(f"task {task.get('id')}: no text in data.{TEXT} (not a newsgold task?)")
    doc_id = data.get("doc_id")
    doc_id = doc_id if isinstance(doc_id, str) and doc_id else f"task-{task.get('id')}"
    extra = {k: data[k] for k in DATA_FIELDS if isinstance(data.get(k), str)}
    return Document(doc_id=doc_id, text=data[TEXT], **extra)


@dataclass
class Predictor:
    """Turns Label Studio tasks into predictions with one extractor (no HTTP here)."""

    extractor: Extractor
    vocab: Vocab
    batch_size: int = DEFAULT_BATCH
    timeout: float = DEFAULT_REQUEST_TIMEOUT
    _pool: concurrent.futures.ThreadPoolExecutor = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise BackendError(f"the batch size must be at least 1, not {self.batch_size}")
        if not self.timeout > 0:
            raise BackendError(f"the request timeout must be a positive number of seconds, not {self.timeout!r}")
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsgold-predict")

    @property
    def model_version(self) -> str:
        return model_version(self.extractor)

    def predict(self, tasks: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """One prediction (``result``, ``score``, ``model_version``) per task, in order; within the timeout."""
        future = self._pool.submit(self._predict, list(tasks))
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            raise BackendError(
                f"{self.model_version} did not finish {len(tasks)} task(s) within {self.timeout:g} s (--request-timeout)"
            ) from None

    def _predict(self, tasks: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
        docs = [_document(t) for t in tasks]
        out: list[dict[str, Any]] = []
        for i in range(0, len(docs), self.batch_size):
            batch = docs[i : i + self.batch_size]
            try:
                anns = extract_many(self.extractor, batch)
            except Exception as exc:  # the extractor's own failure, whatever it raised
                names = ", ".join(d.doc_id for d in batch)
                raise BackendError(f"{self.model_version} failed on {names}: {describe(exc)}") from exc
            for doc, ann, asked in zip(batch, anns, tasks[i : i + self.batch_size]):
                task = build_tasks(
                    {doc.doc_id: doc},
                    predictions={doc.doc_id: ann},
                    model_version=self.model_version,
                    vocab=self.vocab,
                    layer_data={doc.doc_id: asked.get("data") or {}},  # the holders etc. the task on the server offers
                    check_texts=False,  # predicted just now on this very text
                )
                out.append(task[0]["predictions"][0])
        return out

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _one_line(message: str, width: int = 400) -> str:
    """A reason phrase: one line, latin-1 (what http.client can send), bounded."""
    line = " ".join(message.split())
    line = line.encode("latin-1", "replace").decode("latin-1")
    return line if len(line) <= width else line[: width - 1] + "~"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, code: int, body: Any, reason: str | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(code, reason)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, code: int, message: str) -> None:
        if self.server.log is not None:
            self.server.log(f"error {code}: {message}")
        self._send(code, {"error": message}, _one_line(message))

    def do_GET(self) -> None:
        predictor = self.server.predictor
        if self.path.rstrip("/") in ("", "/health"):
            self._send(200, {"status": "UP", "model_class": predictor.extractor.name, "model_version": predictor.model_version})
        else:
            self._error(404, f"no such endpoint: GET {self.path} (this backend serves /health, /setup, /predict)")

    def do_POST(self) -> None:
        path = self.path.split("?")[0].rstrip("/")
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise ValueError(f"request body of {length} bytes is larger than {MAX_BODY}")
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError as exc:
            self._error(400, f"bad request to {path}: {exc}")
            return
        predictor = self.server.predictor
        if path == "/setup":
            self._send(200, {"model_version": predictor.model_version})
        elif path == "/predict":
            tasks = body.get("tasks") if isinstance(body, dict) else None
            if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
                self._error(400, 'bad /predict request: expected {"tasks": [task, ...]}')
                return
            try:
                results = predictor.predict(tasks)
            except BackendError as exc:
                self._error(500, f"newsgold backend: {exc}")
                return
            self._send(200, {"results": results, "model_version": predictor.model_version})
        elif path in ("/webhook", "/train"):  # a rule-based extractor does not learn from annotations
            self._send(200, {"status": "ignored", "model_version": predictor.model_version})
        else:
            self._error(404, f"no such endpoint: POST {path} (this backend serves /health, /setup, /predict)")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    predictor: Predictor
    log: Any = None


@dataclass
class ModelBackend:
    """The HTTP server around a :class:`Predictor`; ``start()`` binds, ``serve_forever()`` or a thread serves."""

    predictor: Predictor
    port: int = 9090
    log: Any = None  # callable(str) for request lines and errors
    _server: _Server | None = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        port = self._server.server_address[1] if self._server is not None else self.port
        return f"http://{HOST}:{port}"

    def start(self) -> ModelBackend:
        """Bind 127.0.0.1:port (0: any free port); a port in use is a :class:`BackendError`."""
        try:
            server = _Server((HOST, self.port), _Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BackendError(f"port {self.port} on {HOST} is in use: pick another with --port") from None
            raise BackendError(f"cannot listen on {HOST}:{self.port}: {exc.strerror or exc}") from None
        server.predictor, server.log = self.predictor, self.log
        self._server = server
        return self

    def serve_forever(self) -> None:
        assert self._server is not None, "start() first"
        self._server.serve_forever(poll_interval=0.2)

    def serve_in_thread(self) -> ModelBackend:
        if self._server is None:
            self.start()
        self._thread = threading.Thread(target=self.serve_forever, name="newsgold-ml-backend", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            if self._thread is not None:
                self._server.shutdown()
                self._thread.join(timeout=5)
            self._server.server_close()
            self._server = None
        self.predictor.close()
