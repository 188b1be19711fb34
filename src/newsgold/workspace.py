"""The workspace: one data root (``corpus/``, ``annotations/``, ``eval/``) passed down explicitly.

It is resolved once, at an entry point (the command line, or a public function called without
one): an explicit root, then ``$NEWSGOLD_ROOT``, then the current directory and its parents, the
way git finds a repository.  The package's own install location is never searched as a
workspace; when nothing is found, the built-in seed corpus that ships with the package is used
*read-only* (:attr:`Workspace.read_only`: every writer refuses to write into it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.errors import WorkspaceNotFound

if TYPE_CHECKING:
    from newsgold.corpus import Document
    from newsgold.schema import Entity, Target
    from newsgold.validate import Context
    from newsgold.workspace_config import WorkspaceConfig

ENV_VAR = "NEWSGOLD_ROOT"
CONFIG_FILE = "newsgold.toml"


def is_workspace(path: Path) -> bool:
    """A directory with a ``newsgold.toml``, or with ``corpus/data`` and ``annotations/``."""
    return (path / CONFIG_FILE).is_file() or ((path / "corpus" / "data").is_dir() and (path / "annotations").is_dir())


def shown(path: Path | str) -> str:
    """A path as the user sees it: relative to the current directory when below it (printable)."""
    try:
        return printable(str(Path(path).resolve().relative_to(Path.cwd())))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return printable(str(path))


def printable(name: str) -> str:
    """A file name that is valid text: bytes that are not UTF-8 (``caf\\xe9.txt``, a Latin-1 name
    from an old archive, which Python holds as lone surrogates) as ``\\xNN``.  Such a name put in
    a message, a report or the corpus's ``source_file`` made the UTF-8 writer fail (a traceback)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an undecodable byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, eq=False)
class Workspace:
    """Where one corpus, its annotations and its evaluation runs live.

    Paths are derived from :attr:`root`; the registries and documents are read once per
    workspace object and shared by everything it is passed to.
    """

    root: Path
    read_only: bool = False  # the built-in seed corpus: see newsgold.output.check_writable

    @classmethod
    def builtin(cls) -> Workspace:
        """The seed corpus shipped with the package, read-only."""
        from newsgold._builtin import builtin_root

        root = builtin_root()
        if root is None:
            raise WorkspaceNotFound("this installation of newsgold has no built-in seed corpus")
        return cls(root, read_only=True)

    @classmethod
    def at(cls, root: Path | str) -> Workspace:
        path = Path(root).expanduser().resolve()
        if not is_workspace(path):
            raise WorkspaceNotFound(f"{root}: not a newsgold workspace (no {CONFIG_FILE}, nor corpus/data and annotations/)")
        return cls(path)

    @classmethod
    def find(
        cls, root: Path | str | None = None, env: Mapping[str, str] | None = None, cwd: Path | None = None, builtin: bool = True
    ) -> Workspace:
        """The explicit ``root``, else ``$NEWSGOLD_ROOT``, else the nearest enclosing workspace, else
        (``builtin``) the read-only built-in seed corpus, so that a plain install works anywhere."""
        if root is not None:
            return cls.at(root)
        value = (os.environ if env is None else env).get(ENV_VAR)
        if value:
            try:
                return cls.at(value)
            except WorkspaceNotFound:
                raise WorkspaceNotFound(f"{ENV_VAR}={value}: not a newsgold workspace") from None
        start = (cwd or Path.cwd()).resolve()
        for candidate in (start, *start.parents):
            if is_workspace(candidate):
                return cls(candidate)
        if builtin:
            try:
                return cls.builtin()
            except WorkspaceNotFound:
                pass
        raise WorkspaceNotFound(
            f"no newsgold workspace in {start} or its parents: run inside one, or name it with --root DIR or {ENV_VAR}=DIR"
        )

    # -- layout ------------------------------------------------------------------------------
    @property
    def corpus_dir(self) -> Path:
        return self.root / "corpus"

    @property
    def documents_file(self) -> Path:
        return self.corpus_dir / "data" / "documents.jsonl"

    @property
    def annotations_dir(self) -> Path:
        return self.root / "annotations"

    @property
    def gold_dir(self) -> Path:
        return self.annotations_dir / "gold"

    @property
    def passes_dir(self) -> Path:
        return self.annotations_dir / "passes"

    def pass_dirs(self) -> list[Path]:
        """Every annotation pass: a folder of ``<doc_id>.json`` under ``passes/``, or one level
        deeper (``ls pull -o annotations/passes/round2`` with several annotators writes
        ``round2/<e-mail>/``, which validate, status and import must see as passes too)."""
        if not self.passes_dir.is_dir():
            return []
        found = []
        for d in sorted(p for p in self.passes_dir.iterdir() if p.is_dir()):
            if any(d.glob("*.json")):
                found.append(d)
            else:
                found += sorted(sub for sub in d.iterdir() if sub.is_dir() and any(sub.glob("*.json")))
        return found

    @property
    def entities_file(self) -> Path:
        return self.annotations_dir / "entities.json"

    @property
    def targets_file(self) -> Path:
        return self.annotations_dir / "targets.json"

    @property
    def eval_dir(self) -> Path:
        return self.root / "eval"

    @property
    def suites_dir(self) -> Path:
        return self.eval_dir / "suites"

    @property
    def runs_dir(self) -> Path:
        return self.eval_dir / "runs"

    @property
    def cache_dir(self) -> Path:
        return self.eval_dir / "cache"

    # -- paths stored in run files ------------------------------------------------------------
    def resolve(self, ref: Path | str) -> Path:
        """A path as a suite, config or manifest records it: relative ones are relative to the root."""
        p = Path(ref)
        return p if p.is_absolute() else self.root / p

    def stored(self, path: Path | str) -> str:
        """How a run file records a data path: relative to the root when inside it, else absolute
        (never relative to the current directory, which differs between commands)."""
        p = Path(path).resolve()
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return str(p)

    def inside_annotations(self, path: Path | str) -> bool:
        p, a = Path(path).resolve(), self.annotations_dir.resolve()
        return p == a or a in p.parents

    # -- data, read once ------------------------------------------------------------------------
    @cached_property
    def config(self) -> WorkspaceConfig:
        """``newsgold.toml`` (name, layers, default suite, Label Studio project); defaults without one."""
        from newsgold.workspace_config import load_config

        return load_config(self.root)

    @cached_property
    def documents(self) -> dict[str, Document]:
        from newsgold.corpus import load_documents

        return load_documents(self.documents_file)

    @cached_property
    def entities(self) -> list[Entity]:
        """The entity registry; empty when the workspace has none (a layer that needs none)."""
        from newsgold.store import load_entities

        return load_entities(self.entities_file) if self.entities_file.exists() else []

    @cached_property
    def targets(self) -> list[Target]:
        from newsgold.store import load_targets

        return load_targets(self.targets_file) if self.targets_file.exists() else []

    def context(self) -> Context:
        """What annotation references resolve against in this workspace."""
        from newsgold.validate import Context

        return Context(
            docs=self.documents,
            entity_ids={e.id for e in self.entities},
            target_ids={t.id for t in self.targets},
            entities_file=shown(self.entities_file),
            layers=self.config.layers,
        )
