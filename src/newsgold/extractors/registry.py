"""Resolving an extractor spec to an extractor object.

Spec forms, tried in this order:

* ``cmd:COMMAND`` — an external program (:mod:`newsgold.extractors.command`);
* ``file:PATH`` — precomputed predictions (:mod:`newsgold.extractors.precomputed`);
* ``package.module:attr`` — a class, factory or instance importable from Python;
* ``NAME`` — an installed entry point of the group ``newsgold.extractors`` (third-party
  packages and newsgold's own baselines); the built-in table below is the fallback when the
  package metadata is not installed.  ``NAME@VERSION`` of a built-in serves that version from
  :data:`BUILTIN_VERSIONS` when it is still kept there.

A class or factory is called with the config dict (``attr(config)``) when there is one,
otherwise with no argument.
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING, Any

from newsgold.extractors.base import Extractor, ExtractorError, check_extractor, describe

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

ENTRY_POINT_GROUP = "newsgold.extractors"

BUILTINS: dict[str, str] = {
    "quotes-direct": "newsgold.extractors.quotes:QuotesDirectV1",
    "quotes": "newsgold.extractors.quotes:QuotesV14",
    "claims": "newsgold.extractors.claims:ClaimsV1",
    "claims-learned": "newsgold.extractors.claims_learned:LearnedClaims",
    "stance": "newsgold.extractors.stance:StanceV3",
}

# Every version of a built-in that is still served, so that a suite or a command that pins an
# older version (``quotes@2``) reproduces it exactly, whatever the name resolves to by default.
BUILTIN_VERSIONS: dict[str, dict[str, str]] = {
    "quotes": {
        "2": "newsgold.extractors.quotes:QuotesV2",
        "3": "newsgold.extractors.quotes:QuotesV3",
        "4": "newsgold.extractors.quotes:QuotesV4",
        "5": "newsgold.extractors.quotes:QuotesV5",
        "6": "newsgold.extractors.quotes:QuotesV6",
        "7": "newsgold.extractors.quotes:QuotesV7",
        "8": "newsgold.extractors.quotes:QuotesV8",
        "9": "newsgold.extractors.quotes:QuotesV9",
        "10": "newsgold.extractors.quotes:QuotesV10",
        "11": "newsgold.extractors.quotes:QuotesV11",
        "12": "newsgold.extractors.quotes:QuotesV12",
        "13": "newsgold.extractors.quotes:QuotesV13",
        "14": "newsgold.extractors.quotes:QuotesV14",
    },
    "stance": {
        "1": "newsgold.extractors.stance:StanceV1",
        "2": "newsgold.extractors.stance:StanceV2",
        "3": "newsgold.extractors.stance:StanceV3",
    },
}

_MODULE_SPEC = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$")


@dataclass(frozen=True)
class Available:
    name: str
    target: str  # "module:attr"
    origin: str  # "entry point (dist)" or "built-in"


_SCANNED: dict[tuple[str, ...], tuple[Available, ...]] = {}


def _entry_points() -> tuple[Available, ...]:
    """The installed extractor entry points, scanned once per import path: reading every
    distribution's metadata (and each entry point's distribution name, parsed again from its
    METADATA file on every access) takes tens of ms, and a suite resolves each extractor more
    than once."""
    key = tuple(sys.path)
    if key not in _SCANNED:
        found = []
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
            dist = getattr(getattr(ep, "dist", None), "name", None) or "?"
            found.append(Available(ep.name, ep.value, f"entry point ({dist})"))
        _SCANNED.clear()
        _SCANNED[key] = tuple(found)
    return _SCANNED[key]


def available() -> dict[str, Available]:
    """Extractors that a bare name resolves to: installed entry points, then built-ins."""
    out: dict[str, Available] = {}
    for ep in _entry_points():
        out.setdefault(ep.name, ep)
    for name, target in BUILTINS.items():
        out.setdefault(name, Available(name, target, "built-in"))
    return dict(sorted(out.items()))


def _import(target: str, spec: str) -> Any:
    module_name, _, attr = target.partition(":")
    try:
        obj: Any = importlib.import_module(module_name)
    except (Exception, SystemExit) as e:
        # a plugin's module runs arbitrary code on import: a SyntaxError, a RuntimeError from a
        # missing model file, a sys.exit() are all "cannot import", not a newsgold traceback
        raise ExtractorError(f"{spec}: cannot import {module_name}: {_first_line(e)}{_path_hint(e, module_name)}") from None
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise ExtractorError(f"{spec}: module {module_name!r} has no attribute {attr!r}") from None
    return obj


def _path_hint(e: BaseException, module_name: str) -> str:
    """The usual cause when the plug-in's own top-level module is not found: it sits in the current directory,
    which the ``newsgold`` script (unlike ``python -m``) does not put on the import path."""
    if not isinstance(e, ModuleNotFoundError) or e.name != module_name.split(".")[0]:
        return ""
    return " (a module of your own must be importable: install it, or put its directory on PYTHONPATH, e.g. PYTHONPATH=. newsgold ...)"


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    text = lines[0] if lines else ""
    if isinstance(e, ImportError):
        return text or type(e).__name__
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def _instantiate(obj: Any, config: dict[str, Any] | None, spec: str) -> Extractor:
    if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "extract")):
        try:
            obj = obj(config) if config else obj()
        except (ExtractorError, KeyboardInterrupt):
            raise
        except TypeError as e:
            raise ExtractorError(f"{spec}: cannot create the extractor with config {config or {}}: {e}") from None
        except BaseException as e:  # its constructor's own error, or sys.exit() (``sys:exit`` ended at exit 0, silently)
            raise ExtractorError(f"{spec}: cannot create the extractor with config {config or {}}: {describe(e)}") from None
    elif config:
        raise ExtractorError(f"{spec}: is an extractor instance and takes no config")
    return check_extractor(obj, spec)


def builtin_version(name: str) -> str:
    """The version a built-in name serves by default (what ``newsgold extract NAME`` gives): its
    newest released one, read from the extractor itself so that no other module repeats it."""
    return _instantiate(_import(BUILTINS[name], name), None, name).version


def split_version(spec: str) -> tuple[str, str | None]:
    """``quotes@2`` → (``quotes``, ``2``); other spec kinds never carry a version."""
    if spec.startswith(("cmd:", "file:")) or "@" not in spec:
        return spec, None
    name, _, version = spec.rpartition("@")
    if not version.strip():  # ``quotes@`` was taken for the newest version
        raise ExtractorError(f"{spec}: no version after '@' (e.g. {name}@2; `newsgold extractors` lists them)")
    return name, version


def resolve(spec: str, config: dict[str, Any] | None = None, version: str | None = None, workspace: Workspace | None = None) -> Extractor:
    """The extractor a spec names, configured; a requested version must match exactly.

    ``workspace`` is where relative data paths in the config (entity registries, targets) and
    ``file:`` specs are found; an extractor that wants it has a ``bind_workspace`` method.
    """
    extractor = _resolve(spec, config, version, workspace)
    bind = getattr(extractor, "bind_workspace", None)
    if workspace is not None and callable(bind):
        bind(workspace)
    check = getattr(extractor, "check_data", None)
    if callable(check):  # a BaseExtractor's registries, before any document
        check()
    return extractor


def _resolve(spec: str, config: dict[str, Any] | None, version: str | None, workspace: Workspace | None) -> Extractor:
    spec = spec.strip()
    base, pinned = split_version(spec)
    version = version or pinned
    if base.startswith("cmd:"):
        from newsgold.extractors.command import CommandExtractor

        extractor: Extractor = CommandExtractor(base[4:].strip(), {**(config or {}), **({"version": version} if version else {})})
        return extractor
    if base.startswith("file:"):
        from newsgold.extractors.precomputed import FileExtractor

        if not base[5:].strip():  # an empty path read the current folder as one of <doc_id>.json files
            raise ExtractorError("file: needs a path, e.g. file:predictions.jsonl (a .jsonl file or a directory of <doc_id>.json)")

        extractor = FileExtractor(base[5:].strip(), config, workspace)
    elif _MODULE_SPEC.match(base):
        extractor = _instantiate(_import(base, spec), config, spec)
    else:
        found = available().get(base)
        if found is None:
            known = ", ".join(available()) or "none"
            raise ExtractorError(f"unknown extractor {base!r} (available: {known}; or use package.module:attr, cmd:COMMAND, file:PATH)")
        pinned_target = BUILTIN_VERSIONS.get(base, {}).get(str(version)) if version is not None else None
        if pinned_target is not None and (found.origin == "built-in" or found.target.startswith("newsgold.extractors.")):
            extractor = _instantiate(_import(pinned_target, spec), config, spec)
        else:
            extractor = _instantiate(_import(found.target, spec), config, spec)
    if version is not None and str(extractor.version) != str(version):
        versions = sorted({*BUILTIN_VERSIONS.get(base, {}), str(extractor.version)}, key=lambda v: (len(v), v))
        choose = f" (versions: {', '.join(versions)}; `newsgold extractors` lists them)" if len(versions) > 1 else ""
        raise ExtractorError(f"{spec}: version {version} requested, but {extractor.name} is version {extractor.version}{choose}")
    return extractor
