"""Evaluation suites (``eval/suites/*.toml``): documents, layers, schemes and extractors to run.

A suite is data, not code, so that a run's manifest can pin it by content hash.  Every problem
in a suite file is reported with the file and the field (``extractors[2].version``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.errors import NewsgoldError
from newsgold.schema import LAYERS
from newsgold.tomltext import parse_toml
from newsgold.workspace import Workspace, shown

DEFAULT_SUITE = "default"


class SuiteError(NewsgoldError):
    """A suite file that cannot be used; the message names the file and field."""


@dataclass(frozen=True)
class ExtractorEntry:
    spec: str
    version: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    folds: int | None = None  # k-fold cross-validation by document (learned extractors)
    label: str | None = None  # run directory name; default "<name>-v<version>"


@dataclass(frozen=True)
class Suite:
    name: str
    extractors: tuple[ExtractorEntry, ...]
    description: str = ""
    documents: tuple[str, ...] | None = None  # None: every document with gold
    gold: str = "annotations/gold"
    layers: tuple[str, ...] | None = None  # None: whatever each extractor produces
    schemes: tuple[str, ...] | None = None  # None: the scorer's defaults
    match_scheme: str | None = None
    bootstrap: int = 1000
    seed: int = 12345
    path: Path | None = None
    text: str = ""

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def gold_path(self, ws: Workspace) -> Path:
        """The gold directory; a relative ``gold`` is relative to the workspace root."""
        return ws.resolve(self.gold)


def suite_path(ws: Workspace, name_or_path: str | Path) -> Path:
    """A ``.toml`` path (or any existing path) as given, else ``eval/suites/NAME.toml`` of ``ws``."""
    p = Path(name_or_path)
    if p.suffix == ".toml" or p.exists():
        return p
    return ws.suites_dir / f"{name_or_path}.toml"


MAX_SEED = 2**32 - 1  # what numpy and scikit-learn take as a seed
MAX_BOOTSTRAP = 1_000_000


def _want(raw: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = None) -> Any:
    value = raw.get(key, default)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and bool not in kinds)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise SuiteError(f"{where}: field {key}: expected {names}, got {type(value).__name__} {value!r}")
    return value


def _in_range(raw: dict[str, Any], key: str, default: int, low: int, high: int, where: str) -> int:
    value: int = _want(raw, key, int, where, default)
    if not low <= value <= high:
        raise SuiteError(f"{where}: field {key}: must be between {low} and {high}, got {value}")
    return value


def parse_suite(text: str, file: str, path: Path | None = None) -> Suite:
    """The suite in ``text``, every field checked (types, ranges, names) before anything runs."""
    raw = parse_toml(text, file, SuiteError)
    known = {"name", "description", "documents", "gold", "layers", "schemes", "match_scheme", "bootstrap", "seed", "extractors"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SuiteError(f"{file}: unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    name = _want(raw, "name", str, file) or (path.stem if path else "suite")
    docs = raw.get("documents", "all")
    if docs == "all":
        documents = None
    elif isinstance(docs, list) and all(isinstance(d, str) for d in docs) and docs:
        documents = tuple(docs)
    else:
        raise SuiteError(f'{file}: field documents: expected "all" or a non-empty list of doc ids, got {docs!r}')
    bootstrap = _in_range(raw, "bootstrap", 1000, 0, MAX_BOOTSTRAP, file)
    seed = _in_range(raw, "seed", 12345, 0, MAX_SEED, file)
    layers = _want(raw, "layers", list, file)
    if layers is not None:
        bad = [x for x in layers if x not in LAYERS]
        if bad:
            raise SuiteError(f"{file}: field layers: unknown layer(s) {bad} (choose from {', '.join(LAYERS)})")
    schemes = _want(raw, "schemes", list, file)
    if schemes is not None:
        from newsgold.scoring import parse_scheme

        for s in schemes:
            if not isinstance(s, str):
                raise SuiteError(f"{file}: field schemes: expected scheme names (strings), got {s!r}")
            try:
                parse_scheme(s)
            except ValueError as err:
                raise SuiteError(f"{file}: field schemes: {err}") from None
    match_scheme = _want(raw, "match_scheme", str, file)
    if match_scheme is not None:
        from newsgold.scoring import parse_scheme

        try:
            parse_scheme(match_scheme)
        except ValueError as err:
            raise SuiteError(f"{file}: field match_scheme: {err}") from None
    entries = raw.get("extractors")
    if not isinstance(entries, list) or not entries:
        raise SuiteError(f"{file}: field extractors: at least one [[extractors]] table is needed")
    out = []
    for i, e in enumerate(entries):
        where = f"{file}: extractors[{i}]"
        if not isinstance(e, dict):
            raise SuiteError(f"{where}: expected a table")
        extra = sorted(set(e) - {"spec", "version", "config", "folds", "label"})
        if extra:
            raise SuiteError(f"{where}: unknown field(s) {', '.join(extra)} (known: config, folds, label, spec, version)")
        spec = _want(e, "spec", str, where)
        if not spec:
            raise SuiteError(f'{where}: field spec is required (e.g. spec = "quotes")')
        version = e.get("version")
        if version is not None and (not isinstance(version, (str, int)) or isinstance(version, bool)):
            raise SuiteError(f"{where}: field version: expected a string, got {version!r}")
        folds = _want(e, "folds", int, where)
        if folds is not None and folds < 2:
            raise SuiteError(f"{where}: field folds: cross-validation needs at least 2 folds, got {folds}")
        out.append(
            ExtractorEntry(
                spec,
                None if version is None else str(version),
                dict(_want(e, "config", dict, where) or {}),
                folds,
                _want(e, "label", str, where),
            )
        )
    labels = [x.label for x in out if x.label]
    dup = next((label for label in labels if labels.count(label) > 1), None)
    if dup is not None:  # "duplicate label" named neither the label nor the entries
        at = [i for i, x in enumerate(out) if x.label == dup]
        raise SuiteError(f"{file}: field extractors: label {dup!r} is given to {' and '.join(f'extractors[{i}]' for i in at)}")
    return Suite(
        name=name,
        extractors=tuple(out),
        description=_want(raw, "description", str, file) or "",
        documents=documents,
        gold=_want(raw, "gold", str, file) or "annotations/gold",
        layers=tuple(layers) if layers else None,
        schemes=tuple(map(str, schemes)) if schemes else None,
        match_scheme=match_scheme,
        bootstrap=bootstrap,
        seed=seed,
        path=path,
        text=text,
    )


def load_suite(ws: Workspace, name_or_path: str | Path = DEFAULT_SUITE) -> Suite:
    path = suite_path(ws, name_or_path)
    if not path.exists():
        available = ", ".join(sorted(p.stem for p in ws.suites_dir.glob("*.toml"))) or "none"
        raise SuiteError(f"no suite {str(name_or_path)!r} (no file {shown(path)}; available: {available})")
    from newsgold.jsonio import JsonReadError, named_pipe, read_text

    if named_pipe(path):
        raise SuiteError(
            f"{shown(path)}: is not a regular file (a named pipe): a suite is a file, or a pipe from the shell (<(make-suite))"
        )
    try:
        text = read_text(path, shown(path))
    except JsonReadError as e:
        raise SuiteError(str(e)) from None
    return parse_suite(text, shown(path), path)


def fold_assignment(doc_ids: list[str], k: int, seed: int) -> dict[str, int]:
    """Deterministic k-fold split by document: shuffled with the seed, dealt round-robin."""
    import random

    order = sorted(doc_ids)
    random.Random(seed).shuffle(order)
    return {d: i % k for i, d in enumerate(order)}
