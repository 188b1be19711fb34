"""The files of a run as types: ``manifest.json`` (:class:`RunManifest`), ``scores.json``
(:class:`ScoresFile`) and a suite run's ``summary.json`` (:class:`SuiteSummary`).

Why: the writers (run, rescore, summary) and the readers (compare, rescore, the CLI) agree on
one definition instead of building and digging into dicts, and a damaged or foreign file is
reported by file and field when it is read, not as a ``KeyError`` later.

Each file carries ``format_version`` (:data:`FORMAT_VERSION`); files written before it existed
have none (``None`` here) and have the layout of version 1.  Reading and writing a file gives
back the same JSON, key order included.  Metric names are data (``dict`` keys), never fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from newsgold.runs._codec import OMIT, ArtifactError, Model, dumps, loads, read_json

FORMAT_VERSION = 1

Scores = dict[str, float | None]  # metric name -> value; None when undefined (0/0)

F = TypeVar("F", bound="ArtifactFile")


@dataclass
class ArtifactFile(Model):
    """A whole run file: text in and out, and the format version check."""

    FILE: ClassVar[str] = ""

    @property
    def version(self) -> int:
        """The layout version (a file without ``format_version`` predates it: version 1)."""
        return getattr(self, "format_version", None) or 1

    @classmethod
    def from_json(cls: type[F], data: Any, file: str = "") -> F:
        obj = super().from_json(data, file or cls.FILE)
        if obj.version > FORMAT_VERSION:
            raise ArtifactError(
                f"{file or cls.FILE}: field format_version: {obj.version} is newer than this "
                f"newsgold reads ({FORMAT_VERSION}); upgrade newsgold"
            )
        return obj

    @classmethod
    def from_text(cls: type[F], text: str, file: str = "") -> F:
        return cls.from_json(loads(text, file or cls.FILE), file or cls.FILE)

    @classmethod
    def read(cls: type[F], path: Path | str, shown_as: str | None = None) -> F:
        """Read and check ``path``; errors name it as ``shown_as`` (default: as the user sees it)."""
        from newsgold.workspace import shown

        path = Path(path)
        name = shown_as or shown(path)
        try:
            data = read_json(path, name)
        except FileNotFoundError:
            raise ArtifactError(f"{name}: no such file") from None
        except OSError as e:
            raise ArtifactError(f"{name}: cannot be read: {e.strerror or e}") from None
        return cls.from_json(data, name)

    def to_text(self) -> str:
        return dumps(self.to_json())

    def write(self, path: Path | str) -> None:
        """Write atomically (the one safe writer); callers check the target first."""
        from newsgold.output import atomic_write_text

        atomic_write_text(path, self.to_text())


# --- manifest.json ------------------------------------------------------------------------


@dataclass
class SuiteRef(Model):
    name: str
    path: str | None  # as stored in the workspace (relative to its root when inside)
    hash: str


@dataclass
class ExtractorRef(Model):
    spec: str
    name: str
    version: str
    config: dict[str, Any]
    config_hash: str
    layers: list[str]
    folds: int | None


@dataclass
class GoldRef(Model):
    path: str
    hash: str


@dataclass
class ScorerRef(Model):
    signature: str
    schemes: list[str]
    match_scheme: str


@dataclass
class GitState(Model):
    commit: str | None
    dirty: bool | None


@dataclass
class ExtractionStats(Model):
    extracted: int
    cached: int
    jobs: int


@dataclass
class RescoreRecord(Model):
    """One re-scoring in place, appended to the manifest's ``rescored``."""

    at: str
    signature: str
    gold_hash: str | None
    added_schemes: list[str]


@dataclass
class RescoredFrom(Model):
    """The run a re-scored copy was made from, with that run's own ``signature``/``gold_hash``."""

    run_id: str | None
    directory: str
    signature: str
    gold_hash: str | None
    at: str
    added_schemes: list[str]


@dataclass
class RunManifest(ArtifactFile):
    """``manifest.json``: what was run, on what, scored how, by which code."""

    FILE: ClassVar[str] = "manifest.json"

    format_version: int | None = field(default=FORMAT_VERSION, kw_only=True, metadata=OMIT)
    run_id: str
    label: str
    suite: SuiteRef
    extractor: ExtractorRef
    layers: list[str]
    documents: Sequence[str]  # read as a list; a run writes it from its CompactIds
    corpus_hash: str
    gold: GoldRef
    scorer: ScorerRef
    newsgold_version: str
    python: str
    git: GitState
    started_at: str
    duration_s: float | None
    extraction: ExtractionStats
    rescored: list[RescoreRecord] | None = field(default=None, metadata=OMIT)
    rescored_from: RescoredFrom | None = field(default=None, metadata=OMIT)
    # the corpus hash of ``documents`` alone: rescore refuses when their texts changed (runs before it: absent)
    documents_hash: str | None = field(default=None, metadata=OMIT)

    @classmethod
    def read_head(cls, path: Path | str, shown_as: str | None = None, block: int = 1 << 16) -> RunManifest:
        """The manifest with ``documents`` read as empty: what a suite summary needs, without a
        ``str`` per document of every run (read whole, a 100,000-document manifest was 18 MiB
        at the end of a run, its peak).  The list as newsgold writes it (indent 2) is skipped
        as the file is read, ``block`` bytes at a time; a file laid out otherwise is read whole."""
        from newsgold.workspace import shown

        path, out, buf, state, fresh = Path(path), bytearray(), b"", 0, False  # state 0: before the list, 1: in it, 2: after
        try:
            with open(path, "rb") as f:
                while state < 2 and (chunk := f.read(block)):
                    buf += chunk
                    if state == 0 and (at := buf.find(_DOCUMENTS_KEY)) >= 0:
                        out += buf[:at] + _DOCUMENTS_KEY + b"]"
                        buf, state, fresh = buf[at + len(_DOCUMENTS_KEY) :], 1, True
                    while state == 1 and buf:
                        if fresh and buf.startswith(b"]"):  # written empty: "documents": []
                            buf, state = buf[1:], 2
                        elif (at := buf.find(_LIST_END)) >= 0:
                            buf, state = buf[at + len(_LIST_END) :], 2
                        else:
                            buf = buf[-(len(_LIST_END) - 1) :]  # (an end cut by the block)
                            break
                        fresh = False
                    fresh = fresh and not buf
                if state < 2:
                    return cls.read(path, shown_as)  # no list laid out as written: its own messages
                out += buf + f.read()
        except FileNotFoundError:
            return cls.read(path, shown_as)
        except OSError as e:
            raise ArtifactError(f"{shown_as or shown(path)}: cannot be read: {e.strerror or e}") from None
        try:
            text = out.decode("utf-8")
        except UnicodeDecodeError:
            return cls.read(path, shown_as)  # which names the line and column
        return cls.from_text(text, shown_as or shown(path))

    def copy(self, **changes: Any) -> RunManifest:
        """A deep copy with ``changes`` (the parts are shared by nothing afterwards)."""
        return replace(RunManifest.from_json(self.to_json(), self.FILE), **changes)


# --- scores.json --------------------------------------------------------------------------


@dataclass
class ScoreConfigRef(Model):
    schemes: list[str]
    match_scheme: str
    normalize_boundaries: bool
    bootstrap: int
    seed: int
    confidence: float
    version: str


@dataclass
class ConfusionTable(Model):
    labels: list[str]
    matrix: list[list[float]]


@dataclass
class ScoredDoc(Model):
    """One document's counts and scores; its matched items (``items``, ``stances``, ...) are
    layer-specific and kept as read in ``extra``."""

    doc_id: str
    counts: dict[str, float]
    scores: Scores


@dataclass(kw_only=True)
class ScoresFile(ArtifactFile):
    """``scores.json``: a run's corpus scores, as :meth:`CorpusScores.to_json` writes them."""

    FILE: ClassVar[str] = "scores.json"

    format_version: int | None = field(default=FORMAT_VERSION, kw_only=True, metadata=OMIT)
    signature: str
    config: ScoreConfigRef
    gold_hash: str | None
    n_docs: int
    layers: list[str]
    not_predicted: list[str]
    missing_docs: list[str]
    unscored_docs: list[str]
    micro: Scores
    macro: Scores
    averaged: dict[str, list[str]] | None = field(default=None, metadata=OMIT)  # absent in the first runs
    ci: dict[str, list[float | None]]
    support: dict[str, float]
    breakdown: dict[str, Scores]
    confusion: dict[str, ConfusionTable]
    counts: dict[str, float]
    docs: list[ScoredDoc]

    @classmethod
    def of(cls, scores: Any) -> ScoresFile:
        """The file of freshly computed ``CorpusScores`` (checked like a file read back)."""
        return replace(cls.from_json(scores.to_json()), format_version=FORMAT_VERSION)

    @property
    def doc_ids(self) -> list[str]:
        return [d.doc_id for d in self.docs]

    @classmethod
    def read_head(cls, path: Path | str, shown_as: str | None = None) -> ScoresFile:
        """The file without its per-document part (``docs`` read as empty): what a suite summary
        needs, without decoding a part as large as the gold (100 MB at 10,000 documents) for
        each run.  ``docs`` is the last key of every file newsgold writes (indent 2); a file laid
        out otherwise is read whole."""
        from newsgold.workspace import shown

        path = Path(path)
        head = b""
        try:
            with open(path, "rb") as f:
                while (at := head.find(_DOCS_KEY)) < 0:
                    block = f.read(1 << 16)
                    if not block:
                        return cls.read(path, shown_as)
                    head += block
        except FileNotFoundError:
            return cls.read(path, shown_as)  # its own message
        except OSError as e:
            raise ArtifactError(f"{shown_as or shown(path)}: cannot be read: {e.strerror or e}") from None
        try:
            text = head[:at].decode("utf-8") + ',\n  "docs": []\n}\n'
        except UnicodeDecodeError:
            return cls.read(path, shown_as)  # which names the line and column
        return cls.from_text(text, shown_as or shown(path))


_DOCS_KEY = b',\n  "docs": '  # the top level's last key: nested keys are indented deeper
_DOCUMENTS_KEY = b'\n  "documents": ['  # manifest.json's list of ids (top level: indent 2)
_LIST_END = b"\n  ]"  # its end: a newline cannot be inside a JSON string


# --- summary.json -------------------------------------------------------------------------


@dataclass
class SummaryRun(Model):
    label: str
    directory: str
    extractor: ExtractorRef
    extraction: ExtractionStats
    rescored: list[RescoreRecord] | None = field(default=None, metadata=OMIT)


@dataclass(kw_only=True)
class SuiteSummary(ArtifactFile):
    """``summary.json`` of a suite run: its runs and their headline table."""

    FILE: ClassVar[str] = "summary.json"

    format_version: int | None = field(default=FORMAT_VERSION, kw_only=True, metadata=OMIT)
    suite: str
    description: str | None = field(default=None, metadata=OMIT)  # None: from before it was recorded (see summary.md)
    runs: list[SummaryRun]
    signature: str | None  # None when the runs were scored differently (see signatures)
    gold_hash: str | None
    signatures: dict[str, str] | None = field(default=None, metadata=OMIT)
    gold_hashes: dict[str, str | None] | None = field(default=None, metadata=OMIT)
    table: list[dict[str, str]]
