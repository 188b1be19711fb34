"""newsgold: a gold-annotated news corpus for quotes, claims and stance, and the tools to score
extractors against it.

This module is the public API; everything else is private and may change.  Names are loaded
on first use, so ``import newsgold`` (and the command line) stays quick and nothing heavy
(datasets, scikit-learn, the Label Studio SDK) is imported before it is needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    # the annotation model
    "DocAnnotation": "newsgold.schema",
    "Quote": "newsgold.schema",
    "Claim": "newsgold.schema",
    "Stance": "newsgold.schema",
    "Source": "newsgold.schema",
    "Entity": "newsgold.schema",
    "Target": "newsgold.schema",
    "DOCUMENT_HOLDER": "newsgold.schema",
    # data
    "Document": "newsgold.corpus",
    "load_corpus": "newsgold.corpus",
    "load_documents": "newsgold.corpus",
    "Workspace": "newsgold.workspace",
    "load_annotations": "newsgold.store",
    "write_annotation_dir": "newsgold.store",
    "write_jsonl": "newsgold.store",
    "Problem": "newsgold.validate",
    "ValidationError": "newsgold.validate",
    # scoring, extractors, runs, comparison
    "ScoreConfig": "newsgold.scoring",
    "CorpusScores": "newsgold.scoring",
    "score_corpus": "newsgold.scoring",
    "resolve_extractor": "newsgold.extractors",
    "run_suite": "newsgold.runs",
    "compare_runs": "newsgold.compare",
    "NewsgoldError": "newsgold.errors",
}
_RENAMED = {"resolve_extractor": "resolve"}

__all__ = [
    "DOCUMENT_HOLDER",
    "Claim",
    "CorpusScores",
    "DocAnnotation",
    "Document",
    "Entity",
    "NewsgoldError",
    "Problem",
    "Quote",
    "ScoreConfig",
    "Source",
    "Stance",
    "Target",
    "ValidationError",
    "Workspace",
    "__version__",
    "compare_runs",
    "load_annotations",
    "load_corpus",
    "load_documents",
    "resolve_extractor",
    "run_suite",
    "score_corpus",
    "write_annotation_dir",
    "write_jsonl",
]


def _version() -> str:
    from importlib import metadata  # read on first use: it costs start-up time

    try:
        return metadata.version("newsgold")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsgold' has no attribute {name!r}")
    value = getattr(import_module(module), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    __version__: str
    from newsgold.compare import compare_runs
    from newsgold.corpus import Document, load_corpus, load_documents
    from newsgold.errors import NewsgoldError
    from newsgold.extractors import resolve as resolve_extractor
    from newsgold.runs import run_suite
    from newsgold.schema import DOCUMENT_HOLDER, Claim, DocAnnotation, Entity, Quote, Source, Stance, Target
    from newsgold.scoring import CorpusScores, ScoreConfig, score_corpus
    from newsgold.store import load_annotations, write_annotation_dir, write_jsonl
    from newsgold.validate import Problem, ValidationError
    from newsgold.workspace import Workspace
