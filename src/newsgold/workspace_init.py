"""``newsgold init``: a new workspace, laid out completely or not at all.

Every file is assembled in a hidden staging directory (:mod:`newsgold.output`) and moved into
place at the end, so an interrupted or refused ``init`` leaves nothing half-written.  The layout:

    newsgold.toml                  name, layers, default suite, Label Studio project
    .gitignore                     run outputs and local state
    corpus/README.md               the dataset card (``datasets.load_dataset("corpus/")``)
    corpus/data/documents.jsonl    the documents (``newsgold import`` adds to it)
    annotations/GUIDELINES.md      the annotation guidelines, to edit
    annotations/entities.json      the entity registry (quotes and claims name entities)
    annotations/targets.json       the stance targets (stances)
    annotations/gold/  passes/     gold and independent annotation passes
    eval/suites/default.toml       the built-in extractors for the chosen layers
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.errors import NewsgoldError
from newsgold.output import fill_dir, install_dir, make_temp_dir
from newsgold.schema import LAYERS
from newsgold.workspace import CONFIG_FILE, shown
from newsgold.workspace_config import WorkspaceConfig, check_name, title_for

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

KEEP = ".gitkeep"  # keeps the empty gold/ and passes/ directories in git
ALLOWED_EXISTING = {".git"}

GITIGNORE = """\
# newsgold: run outputs and local state (the corpus, annotations and suites are the data to commit)
eval/runs/
eval/cache/
.newsgold/
annotations/.gold-backups/
"""

GUIDELINES_STUB = """\
# Annotation guidelines

Write here how this corpus is annotated: what counts as a quote, a claim or a stance, where a
span starts and ends, and how speakers, claimants and stance targets are identified (ids from
`annotations/entities.json` and `annotations/targets.json`).  Offsets are Python `str` indices
(code points) into the exact `text` of `corpus/data/documents.jsonl`, end exclusive, and never
fall inside a character as a reader sees it (half a flag, inside an emoji sequence, between a
letter and its combining accent, between `\r` and `\n`): `newsgold validate` warns of one.

A worked example to start from: the guidelines of newsgold's seed corpus (file format, span
rules, entities, quote types, claims, stance, edge cases), copied with the seed by
`newsgold init --from-builtin DIR` into `DIR/annotations/GUIDELINES.md`.

## In Label Studio

`newsgold annotate` loads the corpus into a local Label Studio.  Pick a label (Quote, Source,
Cue, Claim) and select exactly the characters the rules name; the offsets are the characters
you select (a span may cross a line break).  A quote or claim of several fragments is one
region per fragment, each later fragment related to the first.  Relate each Source and Cue to
its Quote, a claim inside a quote to that Quote ("Create Relation", then the other region), and
label the relation in the Relations panel (`source`, `cue`, `claim`, `fragment`).  Select an
item's first fragment to set its attributes, once per item.  Ids are not typed: the pull
numbers items `q1, q2, ...` / `c1, ...`.  What counts is your most recently submitted
annotation of each task; drafts and skipped tasks are not pulled.

Several annotators: each signs up once on the Label Studio page `/user/signup/` with their own
e-mail and password.  Label Studio opens a task on the annotations already made, whoever made
them: when the tab in view is not yours (its name is above the text), click "+" (Create an
annotation) and make your own.  Never click Update on another annotator's tab: it changes
their annotation (the pull refuses it and says so).
"""

# The built-in extractors a new workspace's default suite runs, by layer, each pinned to its
# newest released version when the suite is written (an existing suite keeps its pins).
BUILTIN_EXTRACTORS = {"quotes": ("quotes-direct", "quotes"), "claims": ("claims",), "stances": ("stance",)}


class InitRefused(NewsgoldError):
    """``init`` would overwrite something, or was asked for something it cannot make."""


@dataclass(frozen=True)
class InitResult:
    root: Path
    files: tuple[str, ...]  # paths relative to the root, sorted
    documents: int  # documents copied (``--from-builtin``), else 0


def card_header(name: str) -> str:
    """The card's YAML: where the data is, no declared features (so that imported ``meta`` columns
    and a growing number of documents load without a card that goes stale)."""
    return f"""\
---
pretty_name: {json.dumps(name, ensure_ascii=False)}
configs:
  - config_name: default
    data_files:
      - split: test
        path: data/documents.jsonl
---
"""


def with_card_header(card: str, name: str) -> str:
    """A copied card with its YAML header replaced by :func:`card_header` (its prose kept)."""
    if card.startswith("---\n"):
        end = card.find("\n---\n", 4)
        if end >= 0:
            return card_header(name) + card[end + 5 :]
    return card_header(name) + "\n" + card


def dataset_card(name: str) -> str:
    return (
        card_header(name)
        + f"""\

# {name}

The documents of the newsgold workspace `{name}`, one JSON object per line in
`data/documents.jsonl`: `doc_id`, `text` (the source text byte-for-byte), `title`, `outlet`,
`author`, `genre`, `language`, `event_date`, `source_file`, `sha256`, `n_chars` and, for imported
sources with other columns, `meta`.  Add documents with `newsgold import`; annotations are in
`../annotations/`.

```python
import datasets
ds = datasets.load_dataset("json", data_files={{"test": "corpus/data/documents.jsonl"}}, split="test")
```

Not `datasets.load_dataset("corpus/")`: datasets caches a local folder by its name and card, not by
its content, so that call can return another workspace's documents, or these before the last
import.  `newsgold.load_corpus()` gives them with their gold.
"""
    )


def default_suite(layers: tuple[str, ...], entities: bool) -> str:
    lines = [
        "# The default suite (`newsgold run`): the built-in extractors for the layers of this workspace.",
        'name = "default"',
        f'description = "The built-in extractors for {", ".join(layers)}, on every document that has gold."',
        '# "all": every document with a gold file (documents without gold are not scored).',
        'documents = "all"',
        'gold = "annotations/gold"',
        'match_scheme = "coverage:0.3"',
        "bootstrap = 1000",
        "seed = 12345",
        "# claims-learned (a trained claim detector) needs gold for at least two documents:",
        '# add it with spec = "claims-learned", version = "1", folds = 2 once you have them.',
    ]
    from newsgold.extractors.registry import builtin_version

    config = 'config = { entities = "annotations/entities.json" }' if entities else None
    for layer in layers:
        for spec in BUILTIN_EXTRACTORS[layer]:
            lines += ["", "[[extractors]]", f'spec = "{spec}"', f'version = "{builtin_version(spec)}"']
            if config:
                lines.append(config)
    return "\n".join(lines) + "\n"


def check_target(target: Path) -> None:
    """Refuse a target that is a file, or a directory with anything but a ``.git`` in it."""
    if target.exists() and not target.is_dir():
        raise InitRefused(f"{shown(target)} exists and is not a directory")
    if target.is_dir():
        present = sorted(p.name for p in target.iterdir() if p.name not in ALLOWED_EXISTING)
        if present:
            listed = ", ".join(present[:5]) + (f" and {len(present) - 5} more" if len(present) > 5 else "")
            raise InitRefused(
                f"{shown(target)} is not empty ({listed}): init makes a workspace in a new or empty "
                "directory (one holding only .git is fine)"
            )


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise InitRefused(f"{shown(path)}: not UTF-8 at byte {e.start}; cannot copy it into the workspace") from None


def seed_files(seed: Workspace) -> dict[str, str]:
    """What ``--from-builtin`` copies from the seed (:meth:`Workspace.builtin`), relative paths to text."""
    missing = [p.relative_to(seed.root).as_posix() for p in (seed.documents_file, seed.gold_dir) if not p.exists()]
    if missing:
        raise InitRefused(
            f"--from-builtin copies the built-in seed corpus, but {shown(seed.root)} has no "
            f"{', '.join(missing)}: this installation of newsgold is incomplete (reinstall it)"
        )
    files: dict[str, Path] = {}
    corpus = seed.corpus_dir
    for path in [seed.documents_file, corpus / "README.md", *sorted((corpus / "sources").glob("*"))]:
        if path.is_file():
            files[path.relative_to(seed.root).as_posix()] = path
    ann = seed.annotations_dir
    for path in [
        seed.entities_file,
        seed.targets_file,
        ann / "GUIDELINES.md",
        *sorted(seed.gold_dir.glob("*.json")),
        *sorted(seed.passes_dir.glob("*/*.json")),
    ]:
        if path.is_file():
            files[path.relative_to(seed.root).as_posix()] = path
    suite = seed.suites_dir / "default.toml"
    if suite.is_file():
        files["eval/suites/default.toml"] = suite
    return {rel: _read_text(path) for rel, path in files.items()}


def layout(config: WorkspaceConfig, guidelines: str | None = None, seed: Workspace | None = None) -> dict[str, str]:
    """Every file of the new workspace, relative path to text."""
    needs_entities = "quotes" in config.layers or "claims" in config.layers
    files = {
        CONFIG_FILE: config.to_toml(),
        ".gitignore": GITIGNORE,
        "corpus/README.md": dataset_card(config.name),
        "corpus/data/documents.jsonl": "",
        "annotations/GUIDELINES.md": guidelines if guidelines is not None else GUIDELINES_STUB,
        f"annotations/gold/{KEEP}": "",
        f"annotations/passes/{KEEP}": "",
        "eval/suites/default.toml": default_suite(config.layers, needs_entities),
    }
    if needs_entities:
        files["annotations/entities.json"] = "[]\n"
    if "stances" in config.layers:
        files["annotations/targets.json"] = "[]\n"
    if seed is not None:
        copied = seed_files(seed)
        if "corpus/README.md" in copied:
            copied["corpus/README.md"] = with_card_header(copied["corpus/README.md"], config.name)
        files.update(copied)
        for d in ("gold", "passes"):
            if any(rel.startswith(f"annotations/{d}/") and not rel.endswith(KEEP) for rel in copied):
                files.pop(f"annotations/{d}/{KEEP}", None)
    return dict(sorted(files.items()))


def _install(staged: Path, target: Path) -> None:
    """Move the staged workspace into place: one rename for a new directory; for an existing
    (empty, or git-only) one, entry by entry, undone if a move fails."""
    if not target.exists():
        install_dir(staged, target)
        return
    moved: list[Path] = []
    try:
        for entry in sorted(staged.iterdir()):
            os.replace(entry, target / entry.name)
            moved.append(target / entry.name)
    except BaseException:
        for path in moved:
            os.replace(path, staged / path.name)
        raise
    staged.rmdir()


def init_workspace(
    target: Path | str,
    name: str | None = None,
    layers: tuple[str, ...] = LAYERS,
    seed: Workspace | None = None,
    guidelines: str | None = None,
) -> InitResult:
    """Create a workspace at ``target`` (new, empty, or holding only ``.git``).

    ``seed`` (``--from-builtin``): copy that data root's corpus, gold, passes, registries,
    guidelines and default suite.  ``guidelines``: the text of annotations/GUIDELINES.md
    (default: a short template).
    """
    target = Path(target).expanduser().absolute()
    check_target(target)
    name = check_name(name or target.name, "--name")
    config = WorkspaceConfig(name=name, layers=layers, labelstudio_project=title_for(name))
    files = layout(config, guidelines, seed)
    staged = make_temp_dir(target / ".newsgold-init" if target.exists() else target)
    try:
        fill_dir(staged, files)
        _install(staged, target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    n_docs = sum(1 for line in files["corpus/data/documents.jsonl"].splitlines() if line.strip())
    return InitResult(target, tuple(files), n_docs)
