"""Reading and writing annotation sets: validated on the way in, atomic on the way out.

An annotation set is either a directory of ``<doc_id>.json`` files (gold, annotation passes) or
a JSON Lines file (predictions).  Both load into ``{doc_id: DocAnnotation}``.  Writes go to a
temporary file that replaces the target in one step, and overwriting a different existing file
needs ``overwrite=True`` (the caller shows :func:`diff_text` first): gold is never replaced
silently.
"""

from __future__ import annotations

import difflib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from newsgold import paths
from newsgold.schema import DocAnnotation, Entity, Target, dumps_doc, dumps_line
from newsgold.validate import Context, ValidationError, validate_entities, validate_path, validate_targets

AnnotationSet = dict[str, DocAnnotation]


class OverwriteRefused(Exception):
    """Raised instead of overwriting a file whose content would change."""

    def __init__(self, path: Path, diff: str):
        self.path, self.diff = path, diff
        super().__init__(f"{paths.relative(path)} exists and would change; pass the overwrite flag to replace it")


def load_entities(path: Path | None = None) -> list[Entity]:
    path = path or paths.entities_file()
    problems = validate_entities(path)
    if problems:
        raise ValidationError(problems)
    return [Entity.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]


def load_targets(path: Path | None = None) -> list[Target]:
    path = path or paths.targets_file()
    problems = validate_targets(path)
    if problems:
        raise ValidationError(problems)
    return [Target.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]


def load_annotations(path: Path | str, ctx: Context | None = None) -> AnnotationSet:
    """Load and validate a gold directory, a single ``.json`` document or a ``.jsonl`` file."""
    path = Path(path)
    ctx = ctx or Context.default()
    problems = validate_path(path, ctx)
    if problems:
        raise ValidationError(problems)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        raws = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    elif path.suffix == ".jsonl":
        raws = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        raws = [json.loads(path.read_text(encoding="utf-8"))]
    return {raw["doc_id"]: DocAnnotation.from_dict(raw) for raw in raws}


def load_gold(path: Path | str | None = None) -> AnnotationSet:
    return load_annotations(path or paths.gold_dir())


def diff_text(old: str, new: str, name: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}"))


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory and ``os.replace`` it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes it private; give it a normal file's mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process umask (only readable by setting it), for giving files a normal mode."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def planned_writes(files: Mapping[Path, str]) -> dict[Path, str]:
    """The diffs of the files that exist and would change (empty: nothing would be overwritten)."""
    diffs = {}
    for path, text in files.items():
        if path.exists():
            old = path.read_text(encoding="utf-8")
            if old != text:
                diffs[path] = diff_text(old, text, paths.relative(path))
    return diffs


def write_files(files: Mapping[Path, str], overwrite: bool = False) -> list[Path]:
    """Write all files or none: refuses before writing anything if one would be overwritten."""
    diffs = planned_writes(files)
    if diffs and not overwrite:
        first = next(iter(diffs))
        raise OverwriteRefused(first, "".join(diffs.values()))
    written = []
    for path, text in files.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write_text(path, text)
            written.append(path)
    return written


def write_annotation_dir(annotations: AnnotationSet, directory: Path, overwrite: bool = False) -> list[Path]:
    directory = Path(directory)
    files = {directory / f"{doc_id}.json": dumps_doc(doc) for doc_id, doc in sorted(annotations.items())}
    return write_files(files, overwrite=overwrite)


def write_jsonl(annotations: AnnotationSet, path: Path, overwrite: bool = False) -> list[Path]:
    text = "".join(dumps_line(doc) + "\n" for _, doc in sorted(annotations.items()))
    return write_files({Path(path): text}, overwrite=overwrite)
