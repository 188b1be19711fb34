"""``file:PATH`` extractors: predictions computed elsewhere, scored and compared like any other."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.corpus import Document
from newsgold.extractors.base import ExtractorError
from newsgold.schema import LAYERS, DocAnnotation

if TYPE_CHECKING:
    from newsgold.workspace import Workspace


class FileExtractor:
    """Serves the predictions of a ``.jsonl`` file (or a directory of ``<doc_id>.json``)."""

    def __init__(self, path: str | Path, config: dict[str, Any] | None = None, workspace: Workspace | None = None):
        from newsgold.store import load_annotations
        from newsgold.validate import ValidationError
        from newsgold.workspace import Workspace

        if config:
            raise ExtractorError(f"file:{path}: a prediction file takes no config (got {', '.join(sorted(config))})")
        self.path = Path(path)
        if not self.path.exists():
            raise ExtractorError(f"file:{path}: no such file or directory")
        try:
            ws = workspace or Workspace.find()
            self.predictions = load_annotations(self.path, ws.context())
        except ValidationError as e:
            shown = "\n  ".join(str(p) for p in e.problems[:10])
            more = f"\n  ... and {len(e.problems) - 10} more" if len(e.problems) > 10 else ""
            raise ExtractorError(f"file:{path}: invalid predictions:\n  {shown}{more}") from None
        files = [self.path] if self.path.is_file() else sorted(self.path.glob("*.json"))
        h = hashlib.sha256()
        for f in files:
            h.update(f.read_bytes())
        self.name = f"file:{path}"
        self.version = h.hexdigest()[:12]
        self.layers = tuple(layer for layer in LAYERS if any(getattr(p, layer) is not None for p in self.predictions.values())) or LAYERS
        self.config: dict[str, Any] = {}

    def extract(self, document: Document) -> DocAnnotation:
        try:
            return self.predictions[document.doc_id]
        except KeyError:
            raise ExtractorError(f"{self.name}: no prediction for document {document.doc_id!r}") from None
