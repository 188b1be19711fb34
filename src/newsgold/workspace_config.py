"""``newsgold.toml``: what a workspace annotates, its default suite, its Label Studio project.

The file marks a directory as a workspace (see :func:`newsgold.workspace.is_workspace`).  It is
optional: a data root without one (the repository's own) gets :meth:`WorkspaceConfig.default`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.errors import NewsgoldError
from newsgold.schema import LAYERS
from newsgold.tomltext import parse_toml

DEFAULT_SUITE = "default"
DEFAULT_PROJECT = "newsgold"  # the Label Studio project of a workspace without newsgold.toml
KNOWN = {"name", "layers", "default_suite", "labelstudio"}
TITLE_LENGTH = (3, 50)  # what Label Studio accepts as a project title (after 400 "at least 3 characters")


class WorkspaceConfigError(NewsgoldError):
    """A ``newsgold.toml`` that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class WorkspaceConfig:
    name: str
    layers: tuple[str, ...] = LAYERS
    default_suite: str = DEFAULT_SUITE
    labelstudio_project: str | None = None  # None: named after the workspace
    path: Path | None = None  # the file it was read from; None when there is none

    @classmethod
    def default(cls, root: Path) -> WorkspaceConfig:
        # Without a newsgold.toml (the repository's own data root) the Label Studio project keeps
        # its historical title, whatever the checkout's directory is called.
        return cls(name=root.name, labelstudio_project=DEFAULT_PROJECT)

    @property
    def project(self) -> str:
        """The Label Studio project title."""
        return self.labelstudio_project or self.name

    def to_toml(self) -> str:
        def q(value: str) -> str:
            return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string

        lines = [
            "# A newsgold workspace: corpus/ (documents), annotations/ (gold, passes, registries), eval/ (suites, runs).",
            f"name = {q(self.name)}",
            "# The annotation layers this corpus is annotated for (quotes, claims, stances).",
            f"layers = [{', '.join(q(layer) for layer in self.layers)}]",
            "# The suite `newsgold run` runs by default (eval/suites/NAME.toml).",
            f"default_suite = {q(self.default_suite)}",
            "",
            "[labelstudio]",
            f"project = {q(self.project)}",
        ]
        return "\n".join(lines) + "\n"


def check_name(value: str, what: str) -> str:
    if not value or not value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise WorkspaceConfigError(f"{what}: expected a non-empty name without control characters, got {value!r}")
    return value


def title_for(name: str) -> str:
    """A Label Studio project title for a workspace named ``name``: ``init ws`` wrote ``project =
    "ws"``, which ``annotate`` then refused (Label Studio takes 3 to 50 characters)."""
    low, high = TITLE_LENGTH
    title = name.strip()
    if len(title) < low:
        title = f"{title} (newsgold)"
    return title if len(title) <= high else title[:high].rstrip()


def check_suite_name(value: str, what: str) -> str:
    """A suite of the workspace by name (``eval/suites/NAME.toml``): an empty one fell back to
    ``default`` silently, and ``../../x`` read a suite from outside the workspace."""
    check_name(value, what)
    if any(c in value for c in "/\\") or value.startswith(".") or value.endswith(".toml"):
        raise WorkspaceConfigError(f"{what}: expected the name of a suite in eval/suites (NAME for eval/suites/NAME.toml), got {value!r}")
    return value


def parse_layers(values: Any, what: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise WorkspaceConfigError(f"{what}: expected a non-empty list of layer names ({', '.join(LAYERS)}), got {values!r}")
    bad = [v for v in values if v not in LAYERS]
    if bad:
        raise WorkspaceConfigError(f"{what}: unknown layer(s) {', '.join(map(repr, bad))} (choose from {', '.join(LAYERS)})")
    return tuple(layer for layer in LAYERS if layer in values)  # canonical order, no repeats


def parse_config(text: str, file: str, path: Path | None = None, default_name: str = "workspace") -> WorkspaceConfig:
    raw = parse_toml(text, file, WorkspaceConfigError)
    unknown = sorted(set(raw) - KNOWN)
    if unknown:
        raise WorkspaceConfigError(f"{file}: unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(KNOWN))})")

    def string(table: dict[str, Any], key: str, where: str, default: str | None) -> str | None:
        value = table.get(key, default)
        if value is not None and not isinstance(value, str):
            raise WorkspaceConfigError(f"{where}: field {key}: expected a string, got {value!r}")
        return value

    name = check_name(string(raw, "name", file, default_name) or "", f"{file}: field name")
    layers = parse_layers(raw["layers"], f"{file}: field layers") if "layers" in raw else LAYERS
    suite = check_suite_name(string(raw, "default_suite", file, DEFAULT_SUITE) or "", f"{file}: field default_suite")
    ls = raw.get("labelstudio", {})
    if not isinstance(ls, dict):
        raise WorkspaceConfigError(f"{file}: field labelstudio: expected a table ([labelstudio])")
    extra = sorted(set(ls) - {"project"})
    if extra:
        raise WorkspaceConfigError(f"{file}: field labelstudio: unknown field(s) {', '.join(extra)} (known: project)")
    project = string(ls, "project", f"{file}: [labelstudio]", None)
    if project is not None:  # an empty title fell back to the workspace's name without a word
        check_name(project, f"{file}: [labelstudio]: field project")  # its length is checked where Label Studio is asked
    return WorkspaceConfig(name, layers, suite, project, path)


def load_config(root: Path) -> WorkspaceConfig:
    """``root/newsgold.toml`` parsed, or the defaults when the workspace has none."""
    from newsgold.jsonio import NO_SUCH_FILE, JsonReadError, open_regular
    from newsgold.workspace import CONFIG_FILE, shown

    path = root / CONFIG_FILE
    try:
        with open_regular(path, shown(path)) as fh:  # a named pipe: every command waited for ever
            data = fh.read()
    except JsonReadError as e:
        if e.reason == NO_SUCH_FILE:
            return WorkspaceConfig.default(root)
        raise WorkspaceConfigError(f"{shown(path)}: cannot be read: {e.reason}") from None
    except OSError as e:  # a read error after the open
        raise WorkspaceConfigError(f"{shown(path)}: cannot be read: {e.strerror or e}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise WorkspaceConfigError(f"{shown(path)}: not UTF-8 (byte {e.start})") from None
    return parse_config(text, shown(path), path, default_name=root.name)
