"""The extractor interface: anything with a name, a version, layers and ``extract(document)``.

A plain :class:`typing.Protocol` keeps third-party extractors free of any base class; the
:class:`BaseExtractor` helper is there for convenience only.  Everything an extractor returns is
the one annotation format (:class:`~newsgold.schema.DocAnnotation`), so predictions can be
scored, cached and diffed exactly like gold.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.layers import registry
from newsgold.schema import DocAnnotation


class ExtractorError(NewsgoldError):
    """An extractor could not be resolved, configured or run; the message says which and why."""


@runtime_checkable
class Extractor(Protocol):
    """What the runner needs.  ``layers`` is a subset of ``("quotes", "claims", "stances")``."""

    name: str
    version: str
    layers: tuple[str, ...]

    def extract(self, document: Document) -> DocAnnotation: ...


@runtime_checkable
class BatchExtractor(Extractor, Protocol):
    """Optional: one call for many documents (a subprocess, a vectorised model)."""

    def extract_batch(self, documents: Sequence[Document]) -> list[DocAnnotation]: ...


@runtime_checkable
class LearnedExtractor(Extractor, Protocol):
    """Optional: extractors that learn are fitted on training documents and their gold."""

    def fit(self, documents: Sequence[Document], gold: Mapping[str, DocAnnotation]) -> None: ...


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def config_hash(config: Mapping[str, Any] | None) -> str:
    """Short content hash of a configuration: part of the cache key and the run manifest."""
    return hashlib.sha256(canonical_json(dict(config or {})).encode("utf-8")).hexdigest()[:16]


def config_of(extractor: Any) -> dict[str, Any]:
    config = getattr(extractor, "config", None)
    return dict(config) if isinstance(config, Mapping) else {}


def extract_many(extractor: Extractor, documents: Sequence[Document]) -> list[DocAnnotation]:
    """Use the batch method when there is one; always one annotation per document, in order.

    An extractor may return the JSON form (a dict) instead of a DocAnnotation, e.g. to give its
    spans as text: it is validated and aligned as a ``cmd:`` program's output line would be."""
    batch = getattr(extractor, "extract_batch", None)
    out = list(batch(documents)) if callable(batch) else [extractor.extract(d) for d in documents]
    if len(out) != len(documents):
        raise ExtractorError(f"{extractor.name}: returned {len(out)} annotations for {len(documents)} documents")
    return [_declared(extractor, _from_json(extractor, doc, ann) if isinstance(ann, dict) else ann) for doc, ann in zip(documents, out)]


def _declared(extractor: Extractor, ann: DocAnnotation) -> DocAnnotation:
    """Only the layers the extractor declares are predicted.  ``DocAnnotation(doc_id, quotes=...)`` fills every
    other layer with ``[]`` ("nothing found"), which would score a quotes-only plug-in 0 on claims and stances
    instead of leaving them unscored; items in an undeclared layer are a contradiction, refused.
    Anything else than an annotation is left for :func:`extract_checked` to report."""
    if not isinstance(ann, DocAnnotation):
        return ann
    extra = [name for name, items in ann.items.items() if name not in extractor.layers and items]
    if extra:
        raise ExtractorError(
            f"{extractor.name}: returned {extra[0]} for document {ann.doc_id!r} but declares layers "
            f"{', '.join(extractor.layers)}: add {extra[0]!r} to its layers"
        )
    if all(items is None for name, items in ann.items.items() if name not in extractor.layers):
        return ann
    return DocAnnotation(
        ann.doc_id, meta=ann.meta, items={name: items if name in extractor.layers else None for name, items in ann.items.items()}
    )


def extract_checked(extractor: Extractor, docs: Sequence[Document]) -> list[DocAnnotation]:
    """:func:`extract_many`, with every failure an :class:`ExtractorError` naming the document:
    a plug-in's exception (``SystemExit`` and ``GeneratorExit`` too; Ctrl-C stays an interrupt),
    a result that is not an annotation, or one for another document.

    A child the plug-in forked that returns (or raises) into newsgold ends there, silently: it
    would otherwise run on as a second newsgold and write into the same run."""
    if len(docs) > 1 and not hasattr(extractor, "extract_batch"):
        return [ann for doc in docs for ann in extract_checked(extractor, [doc])]
    pid = os.getpid()
    try:
        result = extract_many(extractor, docs)
    except (ExtractorError, KeyboardInterrupt):
        _stop_forked_child(pid)
        raise
    except BaseException as e:  # a plug-in's own bug, or its sys.exit(): say where
        _stop_forked_child(pid)
        where = f"document {docs[0].doc_id!r}" if len(docs) == 1 else f"{len(docs)} documents"
        raise ExtractorError(f"{extractor.name}: failed on {where}: {describe(e)}") from e
    _stop_forked_child(pid)
    for doc, ann in zip(docs, result):
        if not isinstance(ann, DocAnnotation):
            raise ExtractorError(f"{extractor.name}: returned {type(ann).__name__} for document {doc.doc_id!r}, expected DocAnnotation")
        if ann.doc_id != doc.doc_id:
            raise ExtractorError(f"{extractor.name}: returned doc_id {ann.doc_id!r} for document {doc.doc_id!r}")
    return result


def fit_checked(extractor: Any, documents: Sequence[Document], gold: Mapping[str, DocAnnotation]) -> None:
    """``extractor.fit`` with a plug-in's exception an :class:`ExtractorError` naming the extractor
    and the training set (it escaped as a traceback: only ``extract`` was guarded)."""
    pid = os.getpid()
    try:
        extractor.fit(documents, gold)
    except (ExtractorError, KeyboardInterrupt):
        _stop_forked_child(pid)
        raise
    except BaseException as e:
        _stop_forked_child(pid)
        raise ExtractorError(f"{extractor.name}: fit() failed (training on {len(documents)} document(s)): {describe(e)}") from e
    _stop_forked_child(pid)


def describe(exc: BaseException) -> str:
    """``Type: message`` of a plug-in's exception, even one whose ``__str__`` itself raises (that
    second error used to escape as a traceback)."""
    try:
        text = str(exc)
    except Exception as again:  # whatever its __str__ raised
        text = f"(its message cannot be shown: str() raised {type(again).__name__})"
    return f"{type(exc).__name__}: {text}"


def _stop_forked_child(pid: int) -> None:
    if os.getpid() != pid:
        os._exit(0)


def _from_json(extractor: Extractor, document: Document, raw: dict[str, Any]) -> DocAnnotation:
    from newsgold.align import annotation_from_raw
    from newsgold.validate import Context, check_object

    problems = check_object(raw, Context(docs={document.doc_id: document}), f"{extractor.name} output", strict_refs=False)
    if problems:
        detail = "; ".join(str(p) for p in problems[:3])
        raise ExtractorError(f"{extractor.name}: bad output for document {document.doc_id!r}: {detail}")
    return annotation_from_raw(raw, document.text)


def check_extractor(obj: Any, origin: str) -> Extractor:
    """Fail early and clearly when a plug-in does not have the interface."""
    missing = [a for a in ("name", "version", "layers") if not hasattr(obj, a)]
    if not callable(getattr(obj, "extract", None)):
        missing.append("extract()")
    if missing:
        raise ExtractorError(f"{origin}: not an extractor (missing {', '.join(missing)})")
    for attr in ("name", "version"):
        value = getattr(obj, attr)
        if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
            raise ExtractorError(f"{origin}: {attr} must be a non-empty string or an integer (got {value!r})")
    bad = [layer for layer in obj.layers if layer not in registry]
    if bad or not obj.layers:
        raise ExtractorError(f"{origin}: layers must be a non-empty subset of {', '.join(registry.names())} (got {list(obj.layers)})")
    return obj


@dataclass
class BaseExtractor:
    """Convenience base: configuration in a dict, layers restricted on output."""

    name: str = "base"
    version: str = "0"
    layers: tuple[str, ...] = ()
    config: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.config = {**self.default_config(), **self.config}
        unknown = set(self.config) - set(self.default_config())
        if unknown:
            raise ExtractorError(
                f"{self.name}: unknown config key(s) {', '.join(sorted(unknown))} "
                f"(known: {', '.join(sorted(self.default_config())) or 'none'})"
            )

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {}

    data_root: Path | None = field(default=None, init=False, repr=False, compare=False)

    def bind_workspace(self, workspace: Any) -> None:
        """Called by :func:`~newsgold.extractors.resolve`: relative data paths in the config
        (entity registries, target lists) are read from this workspace's root."""
        self.data_root = workspace.root

    def data_path(self, value: str | Path) -> Path:
        """A config path: absolute as given, relative to the bound workspace (else the cwd)."""
        path = Path(value)
        return path if path.is_absolute() or self.data_root is None else self.data_root / path

    def check_data(self) -> None:
        """The registries the config names, read once when the extractor is resolved: a missing or
        malformed file is an error before any document is extracted, not "failed on document …"
        at the first one.  An explicitly configured targets file that does not exist is an error
        too (only the default one may be absent: no targets)."""
        from newsgold.extractors.speakers import load_registry

        entities = self.config.get("entities")
        if isinstance(entities, (str, Path)):
            try:
                load_registry(self.data_path(entities))
            except NewsgoldError as e:
                raise ExtractorError(f"{self.name}: config entities: {e}") from None
        targets = self.config.get("targets")
        if isinstance(targets, (str, Path)) and targets != self.default_config().get("targets") and not self.data_path(targets).is_file():
            raise ExtractorError(f"{self.name}: config targets: {self.data_path(targets)}: no such file")

    def empty(self, document: Document) -> DocAnnotation:
        """An annotation with exactly this extractor's layers present (empty) and the others absent."""
        return DocAnnotation(document.doc_id, items={layer: [] if layer in self.layers else None for layer in registry.names()})

    def extract(self, document: Document) -> DocAnnotation:  # pragma: no cover - abstract
        raise NotImplementedError
