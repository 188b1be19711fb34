"""Files of one document each: a ``.txt`` file, a saved page, or a folder of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from newsgold.importing.errors import UnknownSourceError
from newsgold.importing.html_pages import is_page, read_page
from newsgold.importing.records import Candidate, check_text, decode
from newsgold.slugs import slugify
from newsgold.workspace import shown


def read_text_file(path: Path) -> Candidate:
    """The file's bytes decoded as strict UTF-8, kept as they are; the doc_id is the slug of its name."""
    name = shown(path)
    text = check_text(decode(path.read_bytes(), name), name, None)
    return Candidate(slugify(path.stem), text, name, name, fields={"source_file": path.name})


def is_document_file(path: Path) -> bool:
    return path.is_file() and (path.suffix.lower() == ".txt" or is_page(path))


def text_files(folder: Path) -> list[Path]:
    """The folder's ``.txt`` files and saved pages, by name."""
    files = sorted(p for p in folder.iterdir() if is_document_file(p))
    if not files:
        raise UnknownSourceError(
            shown(folder),
            "a folder to import must hold .txt files or saved pages (.html, .htm, .html.gz; one document each), "
            "or be a dataset saved with datasets' save_to_disk; found neither",
        )
    return files


def read_folder(folder: Path, advance: Callable[[int], None] | None = None) -> Iterator[Candidate]:
    for path in text_files(folder):
        yield read_page(path) if is_page(path) else read_text_file(path)
        if advance:
            advance(1)
