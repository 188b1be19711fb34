"""The run's document index gives the same documents and corpus hash as loading the file whole."""

from __future__ import annotations

import json
from pathlib import Path

from newsgold.corpus import corpus_hash, load_documents
from newsgold.runs.documents import DocumentIndex
from newsgold.workspace import Workspace


def test_index_equals_loading_the_corpus():
    path = Workspace.find().documents_file
    index, docs = DocumentIndex(path), load_documents(path)
    assert list(index) == list(docs) and len(index) == len(docs)
    assert all(index[d] == docs[d] for d in docs)
    assert index.corpus_hash(batch=1) == corpus_hash(docs)


def test_many_keeps_the_order_asked(tmp_path: Path):
    path = tmp_path / "documents.jsonl"  # a repeated doc_id is refused (test below): it no longer "wins"
    rows = [("x", "first 🇮🇷 “x”\n"), ("a", "text a 👋🏽"), ("b", "second b\r\nline"), ("c", "c")]
    path.write_text("".join(json.dumps({"doc_id": d, "text": t}, ensure_ascii=False) + "\n\n" for d, t in rows), encoding="utf-8")
    index = DocumentIndex(path)
    assert [d.text for d in index.many(["c", "b", "a"])] == ["c", "second b\r\nline", "text a 👋🏽"]
    assert "b" in index and "z" not in index
    assert index.corpus_hash(batch=2) == corpus_hash(load_documents(path))


def test_the_index_refuses_a_repeated_doc_id(tmp_path: Path) -> None:
    import json

    import pytest

    from newsgold.jsonio import JsonReadError

    path = tmp_path / "documents.jsonl"
    path.write_text("".join(json.dumps({"doc_id": d, "text": "T."}) + "\n" for d in ["a", "b", "B"]), encoding="utf-8")
    with pytest.raises(JsonReadError, match=r"documents\.jsonl:3: field doc_id: doc_id 'B' differs from 'b'"):
        DocumentIndex(path)


def test_a_damaged_corpus_line_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    """Each of these made the run's index fail with a traceback (JSONDecodeError, KeyError,
    TypeError) or, for NaN, accepted a line the strict reader refuses."""
    import pytest

    from newsgold.jsonio import JsonReadError

    good = json.dumps({"doc_id": "a", "text": "T."}) + "\n"
    for bad, message in [
        ('{"doc_id": "x", "text": ', "malformed JSON"),
        ('{"text": "Hello."}', "expected a document object with a string doc_id and text"),
        ("[1]", "expected a document object"),
        ('{"doc_id": 5, "text": "Hi"}', "expected a document object"),
        ('{"doc_id": "x", "text": "Hi", "n": NaN}', "malformed JSON: NaN is not a JSON number"),
        ('{"doc_id": "x", "text": "\xff"}', "malformed JSON"),
    ]:
        path = tmp_path / "documents.jsonl"
        path.write_bytes((good + bad + "\n").encode("utf-8", "surrogateescape").replace("\xff".encode(), b"\xff"))
        with pytest.raises(JsonReadError, match=r"documents\.jsonl:2: " + message):
            DocumentIndex(path)


def test_a_corpus_changed_under_the_index_is_an_error(tmp_path: Path) -> None:
    import pytest

    from newsgold.jsonio import JsonReadError

    path = tmp_path / "documents.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "text": "T."}) + "\n" + json.dumps({"doc_id": "b", "text": "U."}) + "\n")
    index = DocumentIndex(path)
    path.write_text(json.dumps({"doc_id": "b", "text": "U."}) + "\n" + json.dumps({"doc_id": "a", "text": "T."}) + "\n")
    with pytest.raises(JsonReadError, match=r"documents\.jsonl:1: changed while it was read: document 'a'"):
        index.many(["a"])


def test_a_text_edited_since_import_is_refused(tmp_path: Path) -> None:
    """A run scored a document whose text had been edited in documents.jsonl (its gold offsets made
    on the old text), exit 0; ``validate`` already said so."""
    import hashlib

    import pytest

    from newsgold.jsonio import JsonReadError

    path = tmp_path / "documents.jsonl"
    recorded = hashlib.sha256(b"No talks.").hexdigest()
    path.write_text(json.dumps({"doc_id": "a", "text": "No Talks.", "sha256": recorded}) + "\n", encoding="utf-8")
    with pytest.raises(JsonReadError, match=r"documents\.jsonl:1: document 'a': field sha256: its text changed since it was imported"):
        DocumentIndex(path)
    path.write_text(json.dumps({"doc_id": "a", "text": "No talks.", "sha256": recorded}) + "\n", encoding="utf-8")
    assert DocumentIndex(path)["a"].text == "No talks."


def test_compact_index_equals_loading_with_unusual_ids_and_texts(tmp_path: Path) -> None:
    """Ids and texts with emoji, a flag, curly quotes and line breaks at either end, blank lines
    between: every document, in file order, equal to load_documents'; a changed line is still
    named by its own line number (the compact arrays keep offsets, sizes and line numbers)."""
    import pytest

    from newsgold.jsonio import JsonReadError

    rows = [("z-“q”", "\n“Quoted,” she said 🇪🇺\n"), ("👋🏽-a", "🇮🇷 first\r\n"), ("m\nline", "‘single’ and \u2028 here"), ("b🇪🇺", "x")]
    path = tmp_path / "documents.jsonl"
    path.write_text("\n".join(json.dumps({"doc_id": d, "text": t}, ensure_ascii=False) for d, t in rows) + "\n\n", encoding="utf-8")
    index, docs = DocumentIndex(path), load_documents(path)
    assert list(index) == [d for d, _ in rows] == list(docs)
    assert index.many(list(reversed(docs))) == [docs[d] for d in reversed(docs)]
    assert all(index[d] == docs[d] and d in index for d in docs) and len(index) == 4
    assert index.corpus_hash(batch=3) == corpus_hash(docs)
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[2] = json.dumps({"doc_id": "m\nlinX", "text": "‘single’ and \u2028 here"}, ensure_ascii=False)  # same bytes long
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(JsonReadError, match=r"documents\.jsonl:3: .*no longer on this line"):
        index.many(["m\nline"])


def test_a_corpus_file_that_is_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    """``corpus/data/documents.jsonl`` a FIFO: ``run`` waited for a writer for ever."""
    import os

    import pytest

    from newsgold.jsonio import JsonReadError

    os.mkfifo(tmp_path / "documents.jsonl")
    with pytest.raises(JsonReadError, match="is not a regular file"):
        DocumentIndex(tmp_path / "documents.jsonl")
