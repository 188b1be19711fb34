"""The streamed writer of a run entry's score files gives the bytes of the in-memory one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsgold.runs.core import render_reports
from newsgold.runs.entry_files import CHUNK, write_entry_files
from newsgold.runs.spill import SpilledPredictions, SpilledResults
from newsgold.schema import DocAnnotation
from newsgold.scoring import ScoreConfig, score_corpus
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

FILES = ("scores.json", "report.md", "report.html")


def _renamed(ann: DocAnnotation, doc_id: str) -> DocAnnotation:
    return DocAnnotation.from_dict({**ann.to_dict(), "doc_id": doc_id})


@pytest.fixture(scope="module")
def corpus():
    """``n`` copies of the corpus's two documents under new ids (more documents than a chunk),
    gold, and quotes v3's predictions with all but one gold stance."""
    from newsgold.extractors.base import extract_checked
    from newsgold.extractors.registry import resolve

    ws = Workspace.find()
    base = ws.documents
    gold0 = load_annotations(ws.gold_dir, ws.context())
    found = dict(zip(base, extract_checked(resolve("quotes", None, "3", ws), list(base.values()))))
    pred0 = {d: DocAnnotation.from_dict({**a.to_dict(), "stances": gold0[d].to_dict()["stances"][1:]}) for d, a in found.items()}
    docs, gold, preds = {}, {}, {}
    for k in range(CHUNK // 2 + 20):
        for d in base:
            new = f"{d}-{k:03d}"
            docs[new] = replace(base[d], doc_id=new)
            gold[new], preds[new] = _renamed(gold0[d], new), _renamed(pred0[d], new)
    return ws, docs, gold, preds


def _both(tmp_path: Path, scores, gold, preds, docs) -> tuple[dict[str, bytes], dict[str, bytes]]:
    title = "quotes-v3 (test)"
    expected = {k: v.encode("utf-8") for k, v in render_reports(scores, gold, preds, docs, title).items()}
    results, spilled = SpilledResults(tmp_path), SpilledPredictions(tmp_path)
    for i in range(0, len(scores.docs), 100):  # partitions of 100
        results.add(scores.docs[i : i + 100])
    spilled.add({d: preds[d] for d in gold if d in preds})
    write_entry_files(tmp_path / "out", replace(scores, docs=results), gold, spilled, docs, title)
    return expected, {name: (tmp_path / "out" / name).read_bytes() for name in FILES}


def test_more_documents_than_a_chunk(tmp_path: Path, corpus) -> None:
    ws, docs, gold, preds = corpus
    scores = score_corpus(gold, preds, docs, ScoreConfig(bootstrap=20), ws.entities)
    assert len(scores.docs) > CHUNK
    expected, written = _both(tmp_path, scores, gold, preds, docs)
    assert written == expected
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FILES)


@pytest.mark.parametrize("n", [1, 2, CHUNK])
def test_few_documents(tmp_path: Path, corpus, n: int) -> None:
    ws, docs, gold, preds = corpus
    keep = sorted(gold)[:n]
    g = {d: gold[d] for d in keep}
    scores = score_corpus(g, {d: preds[d] for d in keep}, docs, ScoreConfig(bootstrap=0), ws.entities)
    expected, written = _both(tmp_path, scores, g, preds, docs)
    assert written == expected


def test_no_scored_document(tmp_path: Path, corpus) -> None:
    ws, docs, _, preds = corpus
    scores = score_corpus({}, preds, docs, ScoreConfig(bootstrap=0), ws.entities)
    expected, written = _both(tmp_path, scores, {}, preds, docs)
    assert written == expected and b'"docs": []' in written["scores.json"]


def test_a_file_that_exists_is_not_written_through(tmp_path: Path, corpus) -> None:
    from newsgold.output import OutputFailed

    ws, docs, gold, preds = corpus
    keep = sorted(gold)[:2]
    g = {d: gold[d] for d in keep}
    scores = score_corpus(g, preds, docs, ScoreConfig(bootstrap=0), ws.entities)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "scores.json").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputFailed, match=r"scores\.json"):
        write_entry_files(tmp_path / "out", scores, g, preds, docs, "t")
    assert (tmp_path / "out" / "scores.json").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    "ids",
    [
        [],
        ["only"],
        [f"doc-{i:05d}" for i in range(16 * CHUNK + 3)],  # more than a chunk of ids
        ['a"quoted\\id', "👋🏽-🇫🇷", "“curly”", "line\r\nbreak", "\u2028sep", "é"],
    ],
)
def test_manifest_chunks_give_the_manifest_text(ids: list[str]) -> None:
    from newsgold.flat.ids import CompactIds
    from newsgold.runs.artifacts import RunManifest
    from newsgold.runs.entry_files import manifest_chunks

    base = RunManifest.read(Path(__file__).resolve().parents[2] / "eval/runs/baseline/quotes-v3/manifest.json")
    listed = replace(base, documents=list(ids))
    compact = replace(base, documents=CompactIds(ids))
    assert "".join(manifest_chunks(compact)) == listed.to_text() == compact.to_text()
    assert RunManifest.from_text("".join(manifest_chunks(compact))).documents == ids
    last = replace(listed, key_order=(*(k for k in base.to_json() if k != "documents"), "documents"))
    assert list(last.to_json())[-1] == "documents"  # the documents key last in the file: the same text too
    assert "".join(manifest_chunks(replace(last, documents=CompactIds(ids)))) == last.to_text()
