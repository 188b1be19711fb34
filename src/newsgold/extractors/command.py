"""``cmd:...`` extractors: any program that reads documents and writes predictions as JSON Lines.

Protocol: stdin gets one document per line (``{"doc_id", "text", "title", ...}``); stdout must
give one annotation object per line, one per input document, in any order.  The program is run
once per batch; when a batch fails, its documents are re-run one at a time so that the error
names the document that crashed, timed out or produced bad output.  The program runs contained
(:mod:`newsgold.extractors.process`): only the tail of its stderr is kept, and on a timeout or
Ctrl-C its whole process group is killed.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import ExtractorError
from newsgold.extractors.process import run_contained
from newsgold.jsonio import JsonReadError, jsonl_lines, loads
from newsgold.schema import LAYERS, DocAnnotation

_STDERR_TAIL = 600  # characters of stderr shown in an error (of the tail the runner keeps)


class CommandFailed(ExtractorError):
    """The program failed on a batch; ``doc_ids`` are the documents that were in it."""

    def __init__(self, message: str, doc_ids: Sequence[str]):
        self.doc_ids = list(doc_ids)
        super().__init__(message)


def _named_files(argv: Sequence[str]) -> list[Path]:
    """The files a command line names (its script), relative ones from the working directory."""
    out = []
    for arg in argv:
        path = Path(arg)
        try:
            if path.is_file() and path.stat().st_size < 50_000_000:
                out.append(path)
        except OSError:
            pass
    return out


def _fingerprint(argv: Sequence[str]) -> str:
    """Hash of the command line and of every file it names, so editing the script busts the cache."""
    h = hashlib.sha256("\0".join(argv).encode("utf-8"))
    for path in _named_files(argv):
        try:
            h.update(path.read_bytes())
        except OSError:
            pass
    return h.hexdigest()[:12]


def _positive_number(name: str, key: str, value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ExtractorError(f"{name}: config {key}: expected {what}, got {value!r}")
    return float(value)


def _positive_int(name: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ExtractorError(f"{name}: config {key}: expected a whole number >= 1, got {value!r}")
    return value


def _layers(name: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return tuple(LAYERS)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value or not all(isinstance(v, str) for v in value):
        raise ExtractorError(f"{name}: config layers: expected a non-empty list of layer names ({', '.join(LAYERS)}), got {value!r}")
    bad = [v for v in value if v not in LAYERS]
    if bad:
        raise ExtractorError(f"{name}: config layers: unknown layer(s) {', '.join(bad)} (choose from {', '.join(LAYERS)})")
    return tuple(value)


class CommandExtractor:
    """An external program as an extractor (see the module docstring for the protocol)."""

    def __init__(self, command: str, config: dict[str, Any] | None = None):
        config = dict(config or {})
        unknown = set(config) - {"timeout", "batch_size", "layers", "version", "env"}
        if unknown:
            raise ExtractorError(
                f"cmd:{command}: unknown config key(s) {', '.join(sorted(unknown))} (known: batch_size, env, layers, timeout, version)"
            )
        try:
            self.argv = shlex.split(command)
        except ValueError as e:
            raise ExtractorError(f"cmd:{command}: cannot parse the command: {e}") from None
        if not self.argv:
            raise ExtractorError("cmd: needs a command, e.g. cmd:'awk -f my.awk'")
        self.command = command
        self.name = f"cmd:{command}"
        self.version = str(config.get("version") or _fingerprint(self.argv))
        self.layers = _layers(self.name, config.get("layers"))
        self.timeout = _positive_number(self.name, "timeout", config.get("timeout", 60.0), "a number of seconds > 0")
        self.batch_size = _positive_int(self.name, "batch_size", config.get("batch_size", 64))
        env = config.get("env") or {}
        if not isinstance(env, dict):
            raise ExtractorError(f"{self.name}: config env: expected a table of NAME = value, got {type(env).__name__} {env!r}")
        self.env = {str(k): str(v) for k, v in env.items()}
        version = config.get("version")
        if version is not None and (isinstance(version, bool) or not isinstance(version, (str, int))):
            raise ExtractorError(f"{self.name}: config version: expected a string, got {version!r}")
        self.config = {k: v for k, v in config.items() if k != "version"}

    @property
    def data_files(self) -> list[Path]:
        """The files the command line names: in the cache key (:mod:`newsgold.runs.fingerprint`) even
        when the suite pins ``version``, so that editing the script is never served stale predictions."""
        return [path.resolve() for path in _named_files(self.argv)]

    def extract(self, document: Document) -> DocAnnotation:
        return self.extract_batch([document])[0]

    def extract_batch(self, documents: Sequence[Document]) -> list[DocAnnotation]:
        out: list[DocAnnotation] = []
        for i in range(0, len(documents), max(1, self.batch_size)):
            batch = list(documents[i : i + self.batch_size])
            try:
                out.extend(self._run(batch))
            except CommandFailed:
                if len(batch) == 1:
                    raise
                for doc in batch:  # locate the document that fails
                    out.extend(self._run([doc]))
        return out

    def _run(self, docs: list[Document]) -> list[DocAnnotation]:
        ids = [d.doc_id for d in docs]
        which = f"document {ids[0]!r}" if len(ids) == 1 else f"a batch of {len(ids)} documents ({ids[0]!r}, ...)"
        stdin = "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs)
        env = {**os.environ, **self.env, "PYTHONIOENCODING": "utf-8"}
        try:
            proc = run_contained(self.argv, stdin.encode("utf-8"), self.timeout * len(docs), env)
        except FileNotFoundError:
            raise ExtractorError(f"{self.name}: program {self.argv[0]!r} not found") from None
        except PermissionError:
            raise ExtractorError(f"{self.name}: program {self.argv[0]!r} is not executable") from None
        if proc.returncode is None:
            raise CommandFailed(f"{self.name}: timed out after {self.timeout * len(docs):g}s on {which}", ids)
        if proc.returncode != 0:
            tail = proc.stderr_tail.decode("utf-8", "replace").strip()
            if len(tail) > _STDERR_TAIL:
                tail = "..." + tail[-_STDERR_TAIL:]
            raise CommandFailed(
                f"{self.name}: exited with status {proc.returncode} on {which}" + (f"; stderr: {tail}" if tail else ""), ids
            )
        return self._parse(proc.stdout, docs, which)

    def _parse(self, stdout: bytes, docs: list[Document], which: str) -> list[DocAnnotation]:
        from newsgold.align import annotation_from_raw
        from newsgold.validate import Context, check_object

        try:
            text = stdout.decode("utf-8")
        except UnicodeDecodeError as e:
            raise CommandFailed(f"{self.name}: output is not UTF-8 on {which}: {e}", [d.doc_id for d in docs]) from None
        by_id = {d.doc_id: d for d in docs}
        ctx = Context(docs=by_id)
        got: dict[str, DocAnnotation] = {}
        for lineno, line in jsonl_lines(text):
            try:
                raw = loads(line, f"{self.name} output", lineno)
            except JsonReadError as e:
                raise CommandFailed(
                    f"{self.name}: output line {lineno} on {which} is not JSON: {e.reason} (column {e.column}): {line[:80]!r}", list(by_id)
                ) from None
            doc_id = raw.get("doc_id") if isinstance(raw, dict) else None
            label = f"document {doc_id!r}" if doc_id in by_id else which
            problems = check_object(raw, ctx, f"{self.name} output", lineno, strict_refs=False)
            if problems:
                detail = "; ".join(str(p) for p in problems[:3])
                raise CommandFailed(f"{self.name}: bad output for {label}: {detail}", [doc_id] if doc_id in by_id else list(by_id))
            if doc_id in got:
                raise CommandFailed(f"{self.name}: output for document {doc_id!r} appears twice", [doc_id])
            got[str(doc_id)] = annotation_from_raw(raw, by_id[str(doc_id)].text)
        missing = [d for d in by_id if d not in got]
        if missing:
            raise CommandFailed(
                f"{self.name}: no output for document {missing[0]!r}" + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""),
                missing,
            )
        return [got[d.doc_id] for d in docs]
