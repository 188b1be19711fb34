"""The prediction cache: one file per (extractor, version, config hash, document hash).

An unchanged rerun reads every prediction from here and extracts nothing.  Entries are written
atomically, so an interrupted run leaves no half-written entry behind.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import canonical_json


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

    def _path(self, key: CacheKey) -> Path:
        assert self.directory is not None
        d = key.digest
        return self.directory / d[:2] / f"{d}.json"

    def get(self, key: CacheKey) -> dict[str, Any] | None:
        if self.directory is None:
            return None
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None
        return entry.get("prediction") if entry.get("key") == key.__dict__ else None

    def put(self, key: CacheKey, prediction: dict[str, Any]) -> None:
        if self.directory is None:
            return
        from newsgold.output import atomic_write_text

        atomic_write_text(self._path(key), json.dumps({"key": key.__dict__, "prediction": prediction}, ensure_ascii=False))
