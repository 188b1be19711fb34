"""Suite runs: extraction with a prediction cache, scoring, run directories, re-scoring.

Layout: ``eval/runs/<run-id>/`` holds ``summary.json``/``summary.md`` and one directory per
extractor (``quotes-v2/``) with ``manifest.json``, ``predictions.jsonl``, ``scores.json``,
``report.md`` and ``report.html``.  ``newsgold compare`` takes two such extractor directories.
The JSON files are typed in :mod:`newsgold.runs.artifacts`.
"""

from newsgold.runs.artifacts import FORMAT_VERSION, ArtifactError, RunManifest, ScoresFile, SuiteSummary
from newsgold.runs.cache import CacheKey, PredictionCache
from newsgold.runs.core import RunError, RunResult, run_suite
from newsgold.runs.execute import ExtractStats, extract_documents
from newsgold.runs.stored import Rescored, StoredRun, load_run, rescore, write_rescored

__all__ = [
    "FORMAT_VERSION",
    "ArtifactError",
    "CacheKey",
    "ExtractStats",
    "PredictionCache",
    "Rescored",
    "RunError",
    "RunManifest",
    "RunResult",
    "ScoresFile",
    "StoredRun",
    "SuiteSummary",
    "extract_documents",
    "load_run",
    "rescore",
    "run_suite",
    "write_rescored",
]
