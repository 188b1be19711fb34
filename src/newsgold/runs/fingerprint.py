"""What an extractor's predictions depend on besides the document: the config hash of the cache key.

A cached prediction is reused only while everything its output reads is unchanged, so the hash
covers, besides the extractor's config, the content (sha256) of:

* every config value that names a file, absolute or relative to the workspace root, also inside
  lists and tables (an entity registry, a target list);
* every data file the extractor declares in a ``data_files`` attribute (paths, absolute or
  relative to the workspace root, or :mod:`importlib.resources` files), e.g. a model; newsgold's
  own frozen versions that read package data are declared in :data:`PACKAGE_DATA`;
* the source file of a plug-in's module (the ``module`` of a ``module:attr`` spec and the module
  that defines the extractor's class) when it is not newsgold's own: newsgold's built-in versions
  are frozen and pinned (``tests/extractors/pins.json``) instead.

A ``cmd:`` program declares the files its command line names (its script).  Modules a plug-in
imports in turn are not followed: bump its ``version`` when only they change.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from newsgold.extractors.base import config_of

# Built-in classes (module.qualname) whose frozen module reads package data: (package, resource).
PACKAGE_DATA: dict[str, tuple[tuple[str, str], ...]] = {
    "newsgold.extractors.quotes.v12.QuotesV12": (("newsgold.data", "quotes_v12_ranker.json"),),
    "newsgold.extractors.quotes.v13.QuotesV13": (("newsgold.data", "quotes_v13_speakers.json"),),
    # v14's speaker stage (v14_speakers.py) reads this model
    "newsgold.extractors.quotes.v14.QuotesV14": (("newsgold.data", "quotes_v14_speakers.json"),),
}

_MAX_PATH = 400  # longer config strings are text, not paths


def fingerprint(extractor: Any, root: Path, spec: str | None = None) -> dict[str, Any]:
    """The extractor's config plus the hashes of the files its output depends on (see the module doc)."""
    config = config_of(extractor)
    parts = {
        "_files": file_fingerprints(config, root),
        "_data": data_fingerprints(extractor, root),
        "_source": source_fingerprints(extractor, spec),
    }
    return {**config, **{key: value for key, value in parts.items() if value}}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _values(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in sorted(value.items(), key=lambda kv: str(kv[0])):
            yield from _values(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _values(item, f"{where}[{i}]")
    else:
        yield where, value


def _package_file(package: str, name: str) -> bytes:
    return resources.files(package).joinpath(name).read_bytes()


def _file_hash(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes()) if path.is_file() else None
    except OSError:
        return None


def file_fingerprints(config: dict[str, Any], root: Path) -> dict[str, str]:
    """Content hashes of config values that name files, keyed by where they sit (``entities``, ``lists[1]``)."""
    out = {}
    for where, value in _values(config, ""):
        if not isinstance(value, str) or not value or "\n" in value or len(value) > _MAX_PATH:
            continue
        path = Path(value)
        digest = _file_hash(path if path.is_absolute() else root / path)
        if digest is not None:
            out[where] = digest
    return out


def data_fingerprints(extractor: Any, root: Path) -> dict[str, str]:
    """Content hashes of the data files the extractor declares (a missing one hashes as ``missing``)."""
    out = {}
    for cls in type(extractor).__mro__:
        for package, name in PACKAGE_DATA.get(f"{cls.__module__}.{cls.__qualname__}", ()):
            out[f"{package}/{name}"] = _digest(_package_file(package, name))
    declared = getattr(extractor, "data_files", None) or ()
    for item in [declared] if isinstance(declared, (str, Path)) else declared:
        if isinstance(item, (str, Path)):
            path = Path(item) if Path(item).is_absolute() else root / item
            out[str(item)] = _file_hash(path) or "missing"
        else:  # an importlib.resources Traversable
            try:
                out[str(item)] = _digest(item.read_bytes())
            except OSError:
                out[str(item)] = "missing"
    return out


def _module_names(extractor: Any, spec: str | None) -> set[str]:
    names = {type(extractor).__module__}
    if spec and ":" in spec and not spec.startswith(("cmd:", "file:")):
        names.add(spec.partition(":")[0].strip())
    return {n for n in names if n != "newsgold" and not n.startswith("newsgold.")}


def source_fingerprints(extractor: Any, spec: str | None = None) -> dict[str, str]:
    """Content hashes of a plug-in's own module source files (newsgold's built-ins are pinned instead)."""
    out = {}
    for name in sorted(_module_names(extractor, spec)):
        file = getattr(sys.modules.get(name), "__file__", None)
        digest = _file_hash(Path(file)) if file else None
        if digest is not None:
            out[name] = digest
    return out
