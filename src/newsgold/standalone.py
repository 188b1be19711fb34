"""Scoring without a workspace: a documents file (and optionally an entity registry) given directly.

Like sacrebleu scoring any files, ``newsgold score --documents docs.jsonl --gold G --pred P``
works from any directory.  The documents file has the format of ``corpus/data/documents.jsonl``
(one JSON object per line: ``doc_id`` and ``text`` required; ``sha256`` and ``n_chars`` are
checked when present and computed when absent).  Gold entity references are checked only
against an entity registry given with ``--entities``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.corpus import FIELDS, Document
from newsgold.jsonio import JsonReadError, jsonl_lines, loads, read_text
from newsgold.validate import Context, Problem, ValidationError
from newsgold.workspace import shown

if TYPE_CHECKING:
    from newsgold.schema import Entity

OPTIONAL_STRINGS = tuple(f for f in FIELDS if f not in ("doc_id", "text", "sha256", "n_chars"))


def _check_record(raw: Any, name: str, lineno: int) -> tuple[Document | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(name, f"expected a JSON object, got {type(raw).__name__}", lineno)]
    problems: list[Problem] = []
    doc_id, text = raw.get("doc_id"), raw.get("text")
    item = doc_id if isinstance(doc_id, str) and doc_id else None

    def add(fld: str, message: str) -> None:
        problems.append(Problem(name, message, lineno, item, fld))

    if not isinstance(doc_id, str) or not doc_id.strip():
        add("doc_id", f"expected a non-empty string, got {doc_id!r}")
    if not isinstance(text, str) or not text:
        add("text", "expected a non-empty string" + ("" if text is None else f", got {type(text).__name__}"))
    for fld in OPTIONAL_STRINGS:
        if raw.get(fld) is not None and not isinstance(raw[fld], str):
            add(fld, f"expected a string or null, got {raw[fld]!r}")
    if raw.get("meta") is not None and not isinstance(raw["meta"], dict):
        add("meta", f"expected an object or null, got {raw['meta']!r}")
    if problems:
        return None, problems
    assert isinstance(text, str)  # checked above: problems were returned otherwise
    sha, n_chars = raw.get("sha256"), raw.get("n_chars")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()  # Document.text_sha256, taken once
    if sha is not None and sha != digest:
        add("sha256", f"text sha256 {digest} differs from recorded {sha!r}")
    if n_chars is not None and (isinstance(n_chars, bool) or n_chars != len(text)):
        add("n_chars", f"text has {len(text)} characters, recorded {n_chars!r}")
    if problems:
        return None, problems
    # Document.from_dict's fields with the checked sha256 and n_chars, built once
    fields: dict[str, Any] = {**{k: raw.get(k) for k in FIELDS}, "sha256": digest, "n_chars": len(text)}
    return Document(**fields, meta=raw.get("meta")), []


def load_documents_file(path: Path | str) -> dict[str, Document]:
    """The documents of a ``documents.jsonl``-style file, checked; :class:`ValidationError` lists every problem."""
    path = Path(path)
    name = shown(path)
    try:
        text = read_text(path, name)
    except JsonReadError as e:
        col = f" (column {e.column})" if e.column is not None else ""
        raise ValidationError([Problem(name, e.reason + col, e.line)]) from None
    docs: dict[str, Document] = {}
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for lineno, line in jsonl_lines(text):
        try:
            raw = loads(line, name, lineno)
        except JsonReadError as e:
            problems.append(Problem(name, f"{e.reason} (column {e.column})", lineno))
            continue
        doc, found = _check_record(raw, name, lineno)
        problems += found
        if doc is None:
            continue
        if doc.doc_id in first:
            problems.append(
                Problem(name, f"doc_id {doc.doc_id!r} repeated (first on line {first[doc.doc_id]})", lineno, doc.doc_id, "doc_id")
            )
            continue
        first[doc.doc_id] = lineno
        docs[doc.doc_id] = doc
    if not docs and not problems:
        problems.append(Problem(name, "no documents in file"))
    if problems:
        raise ValidationError(problems)
    return docs


def standalone_context(documents: Path, entities: Path | None = None) -> tuple[Context, list[Entity]]:
    """What annotations resolve against without a workspace: these documents, and the registry if given."""
    from newsgold.store import load_entities

    docs = load_documents_file(documents)
    registry = load_entities(entities) if entities is not None else []
    return Context(
        docs=docs,
        entity_ids={e.id for e in registry},
        entities_file=shown(entities) if entities else "",
        check_entities=entities is not None,
    ), registry
