"""``newsgold import``: documents from text files, saved HTML pages, JSON Lines, CSV or Hugging Face datasets.

Every source is read and every document checked before anything is written; then the corpus
file is written once through :mod:`newsgold.output`.  See :func:`import_sources`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.importing.errors import EmptySourceError, SourceError, UnknownSourceError
from newsgold.importing.plan import ImportPlan, apply_plan, corpus_lock, plan_import
from newsgold.importing.records import Candidate
from newsgold.workspace import shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

LARGE = 100  # documents from which a progress bar is drawn
# (label, done, total) -> advance(n); see newsgold.cli._app.progress_factory
ProgressFactory = Callable[[str, int, int], Callable[[int], None]]

__all__ = ["Candidate", "ImportReport", "SourceError", "import_sources", "read_source"]


@dataclass
class ImportReport:
    plan: ImportPlan
    moved: dict[Path, Path] = field(default_factory=dict)  # replaced documents' annotations: old -> new path

    @property
    def crlf(self) -> list[Candidate]:
        return [c for c in self.plan.added + self.plan.replaced if c.crlf]

    @property
    def lone_cr(self) -> list[Candidate]:
        return [c for c in self.plan.added + self.plan.replaced if c.lone_cr]


def read_source(
    path: Path, text_field: str = "text", id_field: str | None = None, advance: Callable[[int], None] | None = None
) -> Iterator[Candidate]:
    """The candidates of one source, by what it is: a saved dataset, a folder of text files and
    saved pages, a text file, a saved page, JSON Lines, CSV, or a parquet/json/arrow file for ``datasets``."""
    from newsgold.importing import datasets_source, html_pages, tables, text_files

    if not path.exists():
        raise UnknownSourceError(shown(path), "no such file or directory")
    if datasets_source.is_saved_dataset(path):
        return datasets_source.read_saved(path, text_field, id_field, advance)
    if path.is_dir():
        return text_files.read_folder(path, advance)
    if not path.is_file():  # a named pipe waited for a writer for ever (.jsonl, .csv, .json); a device: read without end
        raise UnknownSourceError(shown(path), "is not a regular file (a FIFO, a device or a socket): give a file")
    if html_pages.is_page(path):
        return iter([html_pages.read_page(path)])
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return iter([text_files.read_text_file(path)])
    if suffix in {".jsonl", ".ndjson"}:
        return tables.read_jsonl(path, text_field, id_field)
    if suffix == ".csv":
        return tables.read_csv(path, text_field, id_field)
    if suffix == ".json":
        return tables.read_json(path, text_field, id_field)
    if suffix in datasets_source.FILE_FORMATS:
        return datasets_source.read_file(path, text_field, id_field, advance)
    raise UnknownSourceError(
        shown(path),
        "not a source newsgold imports: give a folder of .txt files or saved pages, a .txt, .html, .htm, "
        ".html.gz, .jsonl, .csv, .json or .parquet file, or a dataset saved with save_to_disk",
    )


def _size(path: Path) -> int:
    if path.is_dir() and not (path / "dataset_info.json").exists():
        from newsgold.importing.text_files import text_files

        try:
            return len(text_files(path))
        except UnknownSourceError:  # said when the folder is read
            return 0
    return 0


def read_sources(
    sources: Iterable[Path], text_field: str = "text", id_field: str | None = None, progress: ProgressFactory | None = None
) -> list[Candidate]:
    out: list[Candidate] = []
    for source in sources:
        source = Path(source)
        total = _size(source)
        advance = progress(f"reading {shown(source)}", 0, total) if progress and total >= LARGE else None
        before = len(out)
        out.extend(read_source(source, text_field, id_field, advance))
        if len(out) == before:
            raise EmptySourceError(shown(source), "holds no documents (an empty file, or a header only)")
    return out


def import_sources(
    ws: Workspace,
    sources: Iterable[Path | str],
    text_field: str = "text",
    id_field: str | None = None,
    replace: bool = False,
    dry_run: bool = False,
    progress: ProgressFactory | None = None,
    waiting: Callable[[], None] | None = None,
) -> ImportReport:
    """Add the documents of ``sources`` to the corpus of ``ws``, all or nothing.

    Refuses (raises a :class:`~newsgold.importing.errors.SourceError`, nothing written) invalid
    UTF-8, a BOM, NUL, a missing or empty text, two new documents with one doc_id, and a new
    text for an existing doc_id unless ``replace``, which moves that document's annotation files
    to ``annotations/.replaced/<UTC time>/``.  Re-importing the same documents changes nothing.
    Another import of the same corpus at the same time is waited for (``waiting`` is told).
    """
    if not dry_run:
        from newsgold.output import check_writable

        check_writable(ws, [ws.documents_file])  # before reading: the built-in corpus takes no imports
    paths = [Path(s) for s in sources]
    _refuse_own_folders(ws, paths)
    candidates = read_sources(paths, text_field, id_field, progress)
    with contextlib.nullcontext() if dry_run else corpus_lock(ws, waiting):  # planned on the corpus as it is when written
        plan = plan_import(ws, candidates, replace)
        report = ImportReport(plan)
        if not dry_run:
            report.moved = apply_plan(ws, plan)
            ws.__dict__.pop("documents", None)  # the cached documents are stale now
    return report


def _refuse_own_folders(ws: Workspace, sources: list[Path]) -> None:
    """A folder that is, holds or lies in the workspace's annotations/ or eval/: ``import .`` from
    the workspace took its run reports (``eval/runs/*/*/report.html``) for articles."""
    own = [d.resolve() for d in (ws.annotations_dir, ws.eval_dir)]
    for source in sources:
        if not source.is_dir():
            continue
        here = source.resolve()
        for d in own:
            if here == d or d.is_relative_to(here) or here.is_relative_to(d):
                raise UnknownSourceError(
                    shown(source), f"is or holds the workspace's own {shown(d)}/ (gold, run reports): give the folder of your articles"
                )


def describe(report: ImportReport) -> dict[str, Any]:
    """Counts for messages and JSON output."""
    p = report.plan
    return {
        "added": len(p.added),
        "unchanged": len(p.unchanged),
        "replaced": len(p.replaced),
        "moved": {str(k): str(v) for k, v in report.moved.items()},
    }
