"""Hugging Face ``datasets`` sources: a dataset saved on disk, or a parquet/json file it reads.

``datasets`` is imported here, inside the functions, so that the rest of newsgold starts fast.
Arrow only holds valid UTF-8, so the checks left are the text's own (BOM, NUL, empty).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgold.importing.errors import MissingFieldError, UnknownSourceError
from newsgold.importing.records import Candidate, from_row
from newsgold.workspace import shown

SAVED_MARKERS = ("dataset_info.json", "state.json", "dataset_dict.json")
FILE_FORMATS = {".parquet": "parquet", ".arrow": "arrow"}  # .json: tables.read_json (strict)


def is_saved_dataset(path: Path) -> bool:
    return path.is_dir() and any((path / m).is_file() for m in SAVED_MARKERS)


def _rows(
    rows: Iterable[dict[str, Any]],
    columns: list[str],
    name: str,
    split: str | None,
    text_field: str,
    id_field: str | None,
    stem: str,
    advance: Callable[[int], None] | None,
) -> Iterator[Candidate]:
    label = f"{name}[{split}]" if split else name
    for col in (text_field, id_field):
        if col is not None and col not in columns:
            raise MissingFieldError(
                label,
                f"no column {col!r} (columns: {', '.join(columns)}); choose one with --{'text' if col == text_field else 'id'}-field",
                field=col,
            )
    prefix = f"{stem}-{split}" if split else stem
    for i, row in enumerate(rows, start=1):
        yield from_row(row, label, text_field, id_field, f"{prefix}-{i}", row_number=i, source_file=stem)
        if advance:
            advance(1)


def read_saved(path: Path, text_field: str, id_field: str | None, advance: Callable[[int], None] | None = None) -> Iterator[Candidate]:
    """A ``Dataset`` or ``DatasetDict`` written by ``save_to_disk`` (every split, in order)."""
    import datasets

    datasets.disable_progress_bars()
    name = shown(path)
    try:
        obj = datasets.load_from_disk(str(path))
    except (FileNotFoundError, ValueError) as e:
        raise UnknownSourceError(name, f"cannot load the saved dataset: {e}") from None
    if isinstance(obj, datasets.DatasetDict):
        for split, ds in obj.items():
            yield from _rows(ds, list(ds.column_names), name, split, text_field, id_field, path.name, advance)
    else:
        yield from _rows(obj, list(obj.column_names), name, None, text_field, id_field, path.name, advance)


def read_file(path: Path, text_field: str, id_field: str | None, advance: Callable[[int], None] | None = None) -> Iterator[Candidate]:
    """A parquet, json or arrow file through ``datasets.load_dataset(<format>, data_files=...)``.

    Its cache goes to a temporary directory, so importing leaves nothing in ``~/.cache``.
    """
    import datasets

    datasets.disable_progress_bars()  # "Generating train split" on stderr, even with --no-progress
    name = shown(path)
    fmt = FILE_FORMATS[path.suffix.lower()]
    with tempfile.TemporaryDirectory(prefix="newsgold-import-") as cache:
        try:
            ds = datasets.load_dataset(fmt, data_files=str(path), split="train", cache_dir=cache)
        except Exception as e:  # datasets raises many kinds (arrow, json, schema); all mean "cannot read"
            raise UnknownSourceError(name, f"cannot read it as {fmt} with datasets: {type(e).__name__}: {e}") from None
        rows, columns = ds.to_list(), list(ds.column_names)  # read before the cache goes
    yield from _rows(rows, columns, name, None, text_field, id_field, path.stem, advance)
