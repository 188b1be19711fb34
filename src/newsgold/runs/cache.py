"""The prediction cache: one file per (extractor, version, config hash, document hash).

An unchanged rerun reads every prediction from here and extracts nothing.  Entries are written
atomically, so an interrupted run leaves no half-written entry behind.  Each entry carries the
sha256 of its prediction: an entry that is not strict JSON, has another key or checksum, or whose
prediction is not a document object of the annotation format is a miss, reported in
:attr:`PredictionCache.rejected` (a run lists them in its results, the CLI prints them as
warnings like its other messages), and the document is extracted again, so a damaged or
tampered entry never reaches a run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import canonical_json
from newsgold.jsonio import JsonReadError, read_json


def checksum(prediction: Any) -> str:
    return hashlib.sha256(canonical_json(prediction).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheKey:
    extractor: str
    version: str
    config_hash: str
    doc_id: str
    doc_hash: str

    @classmethod
    def of(cls, extractor: str, version: str, config_hash: str, doc: Document) -> CacheKey:
        return cls(extractor, str(version), config_hash, doc.doc_id, doc.text_sha256)

    @property
    def digest(self) -> str:
        return hashlib.sha256(canonical_json(list(self.__dict__.values())).encode("utf-8")).hexdigest()


class PredictionCache:
    def __init__(self, directory: Path | None):
        self.directory = directory
        self.rejected: list[str] = []  # one message per bad entry met, in the order met

    def _path(self, key: CacheKey) -> Path:
        assert self.directory is not None
        d = key.digest
        return self.directory / d[:2] / f"{d}.json"

    def get(self, key: CacheKey) -> dict[str, Any] | None:
        """The stored prediction, or None: no entry, or a bad one (reported)."""
        if self.directory is None:
            return None
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            entry = read_json(path)
        except JsonReadError as e:
            return self._reject(path, str(e).removeprefix(f"{path}").lstrip(": "))
        why = _entry_problem(entry, key)
        return self._reject(path, why) if why else entry["prediction"]

    def _reject(self, path: Path, why: str) -> dict[str, Any] | None:
        message = f"ignored cache entry {path}: {why}; the document is extracted again"
        self.rejected.append(message)
        return None

    def put(self, key: CacheKey, prediction: dict[str, Any]) -> None:
        if self.directory is None:
            return
        from newsgold.output import atomic_write_text

        entry = {"key": key.__dict__, "sha256": checksum(prediction), "prediction": prediction}
        atomic_write_text(self._path(key), json.dumps(entry, ensure_ascii=False))


def _entry_problem(entry: Any, key: CacheKey) -> str | None:
    from newsgold.validate import shape_problems

    if not isinstance(entry, dict) or not {"key", "sha256", "prediction"} <= entry.keys():
        return "not a cache entry (an object with key, sha256 and prediction)"
    if entry["key"] != key.__dict__:
        return "its key is not the one it is stored under"
    prediction = entry["prediction"]
    if entry["sha256"] != checksum(prediction):
        return "its checksum does not match its prediction (changed after it was written)"
    shape = shape_problems(prediction, "prediction")
    if shape:
        return f"its prediction is not a valid annotation object ({str(shape[0]).removeprefix('prediction: ')})"
    if not isinstance(prediction, dict) or prediction.get("doc_id") != key.doc_id:
        return f"its prediction is not for document {key.doc_id!r}"
    return None
