"""The corpus: documents whose text is the seed file, byte-for-byte, plus sourced metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datasets

    from newsgold.workspace import Workspace

FIELDS = ("doc_id", "text", "title", "outlet", "author", "genre", "language", "event_date", "source_file", "sha256", "n_chars")


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    genre: str | None = None
    language: str | None = None
    event_date: str | None = None
    source_file: str | None = None
    sha256: str | None = None
    n_chars: int | None = None
    # Other columns of an imported source (``newsgold import``); absent from records without any.
    meta: dict[str, Any] | None = field(default=None, hash=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(**{k: d.get(k) for k in FIELDS}, meta=d.get("meta"))  # type: ignore[arg-type]  # validated by validate_corpus

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in FIELDS}
        if self.meta is not None:
            out["meta"] = self.meta
        return out

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def load_documents(path: Path | str) -> dict[str, Document]:
    """The documents keyed by ``doc_id``, without the ``datasets`` machinery (fast, for the CLI)."""
    from newsgold.jsonio import JsonReadError, iter_jsonl
    from newsgold.workspace import shown

    docs: dict[str, Document] = {}
    name = shown(Path(path))
    seen: dict[str, tuple[str, int]] = {}
    for n, raw in iter_jsonl(path, name):
        if not isinstance(raw, dict) or not isinstance(raw.get("doc_id"), str) or not isinstance(raw.get("text"), str):
            raise JsonReadError(name, "expected a document object with a string doc_id and text", n)
        doc = Document.from_dict(raw)
        check_distinct_id(doc.doc_id, n, seen, name)
        docs[doc.doc_id] = doc
    return docs


def check_distinct_id(doc_id: str, line: int, seen: dict[str, tuple[str, int]], name: str) -> None:
    """Refuse a doc_id met before, or one that differs from an earlier one only by case or Unicode
    normalisation (their ``<doc_id>.json`` files would be one file on macOS and Windows)."""
    import unicodedata

    from newsgold.jsonio import JsonReadError

    key = unicodedata.normalize("NFC", doc_id).casefold()
    if key in seen:
        first, at = seen[key]
        how = "repeated" if first == doc_id else f"differs from {first!r} only by case or Unicode normalisation"
        raise JsonReadError(name, f"field doc_id: doc_id {doc_id!r} {how} (line {at}): give each document its own id", line)
    seen[key] = (doc_id, line)


def load_corpus(workspace: Workspace | Path | str | None = None) -> datasets.Dataset:
    """The documents with their gold as a ``datasets.Dataset``: text, metadata and each layer as
    typed features (``None`` where a document has no gold); see :mod:`newsgold.hf_export`.

    ``workspace`` is a :class:`~newsgold.workspace.Workspace`, its root, or None for the
    workspace found from the current directory (see :meth:`Workspace.find`).
    """
    from newsgold.hf_export import corpus_dataset
    from newsgold.workspace import Workspace

    ws = workspace if isinstance(workspace, Workspace) else Workspace.find(workspace)
    return corpus_dataset(ws)


def load_card_dataset(workspace: Workspace | Path | str | None = None) -> datasets.Dataset:
    """The documents alone, through the corpus directory's dataset card, as
    ``datasets.load_dataset("corpus/", split="test")`` gives them (``workspace``: a Workspace,
    a corpus directory, or None for the one found from the current directory)."""
    import datasets

    from newsgold.workspace import Workspace

    if workspace is None:
        workspace = Workspace.find()
    directory = workspace.corpus_dir if isinstance(workspace, Workspace) else Path(workspace)
    # datasets caches a local dataset by its directory's name ("corpus") and card, not by its
    # content: two workspaces, or one corpus before and after an import, would share an entry.
    state = hashlib.sha256(str(directory.resolve()).encode("utf-8"))
    for f in sorted(p for p in directory.rglob("*") if p.is_file()):
        st = f.stat()
        state.update(f"\0{f.relative_to(directory).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    cache = Path(datasets.config.HF_DATASETS_CACHE) / "newsgold" / state.hexdigest()[:16]
    return datasets.load_dataset(str(directory), split="test", cache_dir=str(cache))


def corpus_hash(docs: dict[str, Document]) -> str:
    """Content hash of the corpus: changes when any text or doc_id changes."""
    h = hashlib.sha256()
    for doc_id in sorted(docs):
        h.update(doc_id.encode("utf-8") + b"\0" + docs[doc_id].text.encode("utf-8") + b"\0")
    return h.hexdigest()
