import hashlib
import json
from pathlib import Path

import pytest

from newsgold.corpus import corpus_hash, load_corpus
from newsgold.validate import validate_corpus
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

EXPECTED = {"no-negotiations-underway": "000_9c80bbab31e64038.txt", "alleged-negotiation-domestic-propaganda": "002_add6b402e751b67b.txt"}


def test_text_is_the_source_file_byte_for_byte():
    docs = Workspace.find().documents
    assert set(docs) == set(EXPECTED)
    for doc_id, source in EXPECTED.items():
        raw = (REPO / "corpus" / "sources" / source).read_bytes()
        doc = docs[doc_id]
        assert doc.text.encode("utf-8") == raw
        assert doc.sha256 == hashlib.sha256(raw).hexdigest() == doc.text_sha256
        assert doc.source_file == source
        assert doc.n_chars == len(doc.text)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside this checkout")
def test_sources_equal_the_shared_seeds():
    for source in EXPECTED.values():
        assert (REPO / "corpus" / "sources" / source).read_bytes() == (SEEDS / source).read_bytes()


def test_texts_keep_their_unnormalised_characters():
    docs = Workspace.find().documents
    commentary = docs["alleged-negotiation-domestic-propaganda"].text
    assert "\u00a0" in commentary  # the no-break space survives
    assert "\u2019" in commentary  # a curly apostrophe
    assert "\u201c" in docs["no-negotiations-underway"].text


def test_metadata_is_sourced():
    docs = Workspace.find().documents
    news, comm = docs["no-negotiations-underway"], docs["alleged-negotiation-domestic-propaganda"]
    assert (news.outlet, news.author, news.title, news.genre) == (None, None, None, "news report")
    assert comm.outlet == "Iran Press" and "Tehran (IP)" in comm.text
    assert comm.author == "Jamshid Amin-Zadeh" and f"Written by {comm.author}" in comm.text
    assert comm.title is not None and comm.text.startswith(comm.title)
    assert comm.genre == "commentary"
    assert news.event_date == comm.event_date == "2020-09-28"


def test_load_corpus_returns_a_dataset_with_text_and_metadata():
    ds = load_corpus()
    assert ds.num_rows == 2
    docs = Workspace.find().documents
    for row in ds:
        assert row["text"] == docs[row["doc_id"]].text
        assert row["sha256"] == hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
    assert {"doc_id", "text", "outlet", "author", "genre", "event_date", "source_file", "sha256"} <= set(ds.column_names)


def test_load_dataset_on_the_corpus_directory():
    import datasets

    ds = datasets.load_dataset(str(REPO / "corpus"), split="test")
    assert sorted(ds["doc_id"]) == sorted(EXPECTED)


def test_corpus_hash_changes_with_text():
    docs = Workspace.find().documents
    before = corpus_hash(docs)
    assert corpus_hash(dict(reversed(list(docs.items())))) == before
    doc = next(iter(docs.values()))
    from dataclasses import replace

    docs[doc.doc_id] = replace(doc, text=doc.text + " ")
    assert corpus_hash(docs) != before


def test_validate_corpus_detects_a_changed_text(tmp_path):
    lines = (REPO / "corpus" / "data" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[0])
    rec["text"] = rec["text"].replace("\u201c", '"', 1)
    path = tmp_path / "documents.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = validate_corpus(path)
    assert [p.field for p in problems] == ["sha256"]
    assert rec["doc_id"] in str(problems[0])


def test_load_corpus_gives_the_gold_as_typed_features(tmp_path):
    import datasets

    from newsgold.hf_export import export
    from newsgold.store import load_annotations

    ws = Workspace.find()
    ds = load_corpus(ws)
    gold = load_annotations(ws.gold_dir, ws.context())
    assert ds.features["quotes"].feature["content"].feature.feature.dtype == "int64"
    assert ds.features["claims"].feature["checkworthy"].dtype == "bool"
    for row in ds:
        g = gold[row["doc_id"]].to_dict()
        assert row["has_gold"] and row["quotes"] == g["quotes"] and row["claims"] == g["claims"] and row["stances"] == g["stances"]
        for q in row["quotes"]:  # offsets are str indices into the exact text
            assert all(row["text"][s:e] for s, e in q["content"])
    back = datasets.load_from_disk(str(export(ws, tmp_path / "hf")))
    assert back.to_list() == ds.to_list()
    pq = export(ws, tmp_path / "corpus.parquet", "parquet")
    assert datasets.Dataset.from_parquet(str(pq)).to_list() == ds.to_list()


def test_the_dataset_card_loads_without_warnings(caplog):
    import logging

    from newsgold.corpus import load_card_dataset

    with caplog.at_level(logging.WARNING):
        ds = load_card_dataset(Workspace.find())
    assert ds.num_rows == 2
    assert not [r for r in caplog.records if "malformed" in r.getMessage()]


def _corpus(tmp_path, ids):
    import json

    path = tmp_path / "documents.jsonl"
    path.write_text("".join(json.dumps({"doc_id": d, "text": f"Text {i}."}) + "\n" for i, d in enumerate(ids)), encoding="utf-8")
    return path


def test_a_repeated_or_colliding_doc_id_is_refused_by_line(tmp_path):
    """A repeated line used to win silently; ids that differ only by case or NFC/NFD would be one
    gold file on a case-insensitive file system."""
    import unicodedata

    import pytest

    from newsgold.corpus import load_documents
    from newsgold.jsonio import JsonReadError

    nfd = unicodedata.normalize("NFD", "café")
    for ids, message in [
        (["a", "b", "a"], "documents.jsonl:3: field doc_id: doc_id 'a' repeated (line 1)"),
        (
            ["abc", "x", "ABC"],
            "documents.jsonl:3: field doc_id: doc_id 'ABC' differs from 'abc' only by case or Unicode normalisation (line 1)",
        ),
        (["café", nfd], f"documents.jsonl:2: field doc_id: doc_id {nfd!r} differs from 'café' only by case"),
    ]:
        with pytest.raises(JsonReadError) as info:
            load_documents(_corpus(tmp_path, ids))
        assert message in str(info.value), str(info.value)
    assert list(load_documents(_corpus(tmp_path, ["a", "b", "café"]))) == ["a", "b", "café"]
