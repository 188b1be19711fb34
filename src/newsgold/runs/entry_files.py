"""A run entry's ``scores.json``, ``report.md`` and ``report.html`` written into its staged
directory a document at a time, from results kept on disk (:mod:`newsgold.runs.spill`).

The bytes are those of :func:`newsgold.runs.core.render_reports` (``ScoresFile.of(scores).to_text()``
and the report renderers), which holds each file's whole text and every document's rows at
once; here no more than a chunk of documents is held (tests compare both writers).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.output.files import current_umask, failed
from newsgold.schema import DocAnnotation

CHUNK = 256  # documents encoded at a time


def _write(path: Path, chunks: Iterable[str]) -> None:
    """A new file in a staged directory (it is moved into place with the directory), synced."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o777 & ~current_umask())
    try:
        with open(path, "x", encoding="utf-8", newline="") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise failed(exc, path) from exc


def scores_json_chunks(scores: Any) -> Iterable[str]:
    """``ScoresFile.of(scores).to_text()`` in pieces: the head (every key but ``docs``) checked
    and written as the typed file writes it, then each document checked as a ``ScoredDoc`` and
    placed at its depth (indent 2, inside the top object's list)."""
    from dataclasses import replace

    from newsgold.reports.jsontext import dumps
    from newsgold.runs._codec import dumps as file_dumps
    from newsgold.runs.artifacts import FORMAT_VERSION, ScoredDoc, ScoresFile

    head = scores.to_json(docs=False)
    head["docs"] = []
    text = file_dumps(replace(ScoresFile.from_json(head), format_version=FORMAT_VERSION).to_json())
    tail = '"docs": []\n}\n'
    if not text.endswith(tail):  # docs is the last key of the file
        raise AssertionError("scores.json: docs is not the last key")
    if not len(scores.docs):
        yield text
        return
    yield text[: -len(tail)] + '"docs": [\n    '
    docs = iter(scores.docs)
    first = True
    while chunk := list(islice(docs, CHUNK)):
        parts = [dumps(ScoredDoc.from_json(scores.doc_json(d), ScoresFile.FILE).to_json(), 2).replace("\n", "\n    ") for d in chunk]
        yield ("" if first else ",\n    ") + ",\n    ".join(parts)
        first = False
    yield "\n  ]\n}\n"


def manifest_chunks(manifest: Any) -> Iterable[str]:
    """``manifest.to_text()`` in pieces: the document ids (one per selected document, kept as
    :class:`~newsgold.flat.ids.CompactIds`) encoded ``16 * CHUNK`` at a time in the place of an
    empty list, never as one list of strings nor one text (both grew with the corpus)."""
    from dataclasses import replace

    from newsgold.reports.jsontext import dumps

    text = replace(manifest, documents=[]).to_text()
    mark = '\n  "documents": []'
    at = text.find(mark)
    if at < 0 or text.find(mark, at + 1) >= 0:  # a top-level key, written once at its depth
        raise AssertionError("manifest.json: no single documents key")
    if not len(manifest.documents):
        yield text
        return
    yield text[:at] + '\n  "documents": [\n    '
    ids, first = iter(manifest.documents), True
    while chunk := list(islice(ids, 16 * CHUNK)):
        yield ("" if first else ",\n    ") + ",\n    ".join(dumps(doc_id, 2) for doc_id in chunk)
        first = False
    yield "\n  ]" + text[at + len(mark) :]


def write_manifest(directory: Path, manifest: Any) -> None:
    """``manifest.json`` into ``directory`` (being staged), from :func:`manifest_chunks`."""
    _write(directory / "manifest.json", manifest_chunks(manifest))


def html_chunks(scores: Any, gold: Mapping[str, DocAnnotation], preds: Mapping[str, DocAnnotation], docs: Any, title: str) -> Iterable[str]:
    from newsgold.reports.html import html_parts

    for i, part in enumerate(html_parts(scores, gold, preds, docs, title)):
        yield part if i == 0 else "\n" + part


def write_entry_files(
    directory: Path,
    scores: Any,
    gold: Mapping[str, DocAnnotation],
    preds: Mapping[str, DocAnnotation],
    docs: Mapping[str, Document] | Any,
    title: str,
) -> None:
    """Write the three score files of one entry into ``directory`` (being staged)."""
    from newsgold.reports.text import markdown

    _write(directory / "scores.json", scores_json_chunks(scores))
    _write(directory / "report.md", [markdown(scores, title)])
    _write(directory / "report.html", html_chunks(scores, gold, preds, docs, title))
