"""Files of one document each: a ``.txt`` file, a saved page, or a folder of them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from newsgold.importing.errors import HtmlExtraMissingError, SourceError, SourceErrors, UnknownSourceError
from newsgold.importing.html_pages import is_page, read_page
from newsgold.importing.records import Candidate, check_text, decode
from newsgold.slugs import slugify
from newsgold.workspace import printable, shown


def read_text_file(path: Path, source_file: str | None = None) -> Candidate:
    """The file's bytes decoded as strict UTF-8, kept as they are; the doc_id is the slug of its name."""
    name = shown(path)
    text = check_text(decode(file_bytes(path, name), name), name, None)
    return Candidate(slugify(path.stem), text, name, name, fields={"source_file": printable(source_file or path.name)})


def file_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file; a FIFO (would block for ever), a device (a link to /dev/zero:
    read until the memory is full) or a link to nothing is refused, named."""
    from newsgold.jsonio import JsonReadError, read_bytes

    try:
        return read_bytes(path, name)
    except JsonReadError as e:
        raise UnknownSourceError(name, e.reason) from None


def is_document_name(path: Path) -> bool:
    return path.suffix.lower() == ".txt" or is_page(path)


def is_document_file(path: Path) -> bool:
    return path.is_file() and is_document_name(path)


def _not_regular(path: Path) -> str | None:
    """Why a document-named entry of a folder is not a file to read (it was skipped without a word)."""
    if path.is_symlink() and not path.exists():
        return "is a symbolic link to nothing (its target is gone)"
    if path.exists() and not path.is_file() and not path.is_dir():
        return "is not a regular file (a FIFO, a device or a socket)"
    return None


def text_files(folder: Path) -> list[Path]:
    """The ``.txt`` files and saved pages of ``folder`` and its sub-folders (a team's archive by
    date or outlet: those were skipped without a word), in path order; hidden files and folders
    (``.x``, macOS ``._x`` resource forks) are not documents.  Symlinked folders are not followed
    (no loops)."""
    files = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for n in names:
            p = Path(top) / n
            if n.startswith(".") or not is_document_name(p):
                continue
            why = _not_regular(p)
            if why:
                raise UnknownSourceError(str(Path(shown(top)) / n), f"{why}; remove it from the folder, or put the file itself there")
            if p.is_file():
                files.append(p)
    files.sort(key=lambda p: p.relative_to(folder).parts)
    if not files:
        raise UnknownSourceError(
            shown(folder),
            "a folder to import must hold .txt files or saved pages (.html, .htm, .html.gz; one document each), "
            "or be a dataset saved with datasets' save_to_disk; found neither",
        )
    return files


def read_folder(folder: Path, advance: Callable[[int], None] | None = None) -> Iterator[Candidate]:
    """Every file is read before any is refused, and all the refusals are said together: a folder with
    three files saved with a BOM was refused one file per attempt.  A missing extra is said once."""
    refused: list[SourceError] = []
    for path in text_files(folder):
        rel = path.relative_to(folder).as_posix()
        try:
            candidate = read_page(path, rel) if is_page(path) else read_text_file(path, rel)
        except HtmlExtraMissingError:
            raise  # the same for every page
        except SourceError as e:
            refused.append(e)
        else:
            yield candidate
        if advance:
            advance(1)
    if len(refused) == 1:
        raise refused[0]
    if refused:
        raise SourceErrors(refused)
