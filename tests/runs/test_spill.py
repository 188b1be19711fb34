"""Item rows and predictions kept on disk give back exactly what was put there."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.runs.spill import CompactCounts, SpilledPredictions, SpilledResults
from newsgold.schema import DocAnnotation
from newsgold.scoring import DocCounts, ScoreConfig, score_corpus
from newsgold.store import load_annotations
from newsgold.workspace import Workspace


@pytest.fixture(scope="module")
def scored():
    """The corpus's gold scored against quotes v3's predictions plus all but one gold stance (rows
    of every kind; emoji, curly quotes)."""
    from newsgold.extractors.base import extract_checked
    from newsgold.extractors.registry import resolve

    ws = Workspace.find()
    docs = ws.documents
    gold = load_annotations(ws.gold_dir, ws.context())
    extractor = resolve("quotes", None, "3", ws)
    preds = {}
    for doc, ann in zip(docs.values(), extract_checked(extractor, list(docs.values()))):
        stances = gold[doc.doc_id].to_dict()["stances"]
        preds[doc.doc_id] = DocAnnotation.from_dict({**ann.to_dict(), "stances": stances[1:]})
    return gold, preds, score_corpus(gold, preds, docs, ScoreConfig(bootstrap=0), ws.entities)


def test_results_read_back_equal(tmp_path: Path, scored) -> None:
    _, _, scores = scored
    results = scores.docs
    assert sum(len(r.items) for r in results) > 5 and any(r.stances for r in results)  # rows of every kind
    spilled = SpilledResults(tmp_path)
    spilled.add(results[:1])
    spilled.add(results[1:])
    assert len(spilled) == len(results)
    assert list(spilled) == results
    assert [spilled[i] for i in range(len(results))] == results
    assert spilled[-1] == results[-1] and spilled[0:2] == results[0:2] and spilled[5:] == []
    assert [r.to_dict() for r in spilled] == [r.to_dict() for r in results]
    assert list(spilled.doc_ids) == [r.doc_id for r in results]
    assert [list(c.values.items()) for c in spilled.counts] == [list(r.counts.values.items()) for r in results]
    with pytest.raises(IndexError):
        spilled[len(results)]
    assert list(tmp_path.iterdir()) == []  # the shards are anonymous: nothing to clean up, nothing in the run


def test_predictions_read_back_equal(tmp_path: Path, scored) -> None:
    _, preds, _ = scored
    spilled = SpilledPredictions(tmp_path)
    spilled.add(preds)
    assert len(spilled) == len(preds) and list(spilled) == list(preds)
    for doc_id, ann in preds.items():
        assert spilled[doc_id].to_dict() == ann.to_dict()
    assert spilled.get("no-such-document") is None


def test_compact_counts_give_back_equal_vectors_and_keep_other_types() -> None:
    counts = CompactCounts()
    rows = [
        DocCounts({"quotes.a": 1.0, "quotes.b": 0.0}),
        DocCounts({"quotes.b": 2.5, "quotes.a": float("nan")}),  # another key order: another layout
        DocCounts({"quotes.a": 3.0, "quotes.b": 1.0}, n_docs=2),
        DocCounts({"quotes.a": 2, "quotes.b": 1.0}),  # an int stays an int
        DocCounts({}),
    ]
    for r in rows:
        counts.append(r)
    assert len(counts) == len(rows)
    for got, want in zip(counts, rows, strict=True):
        assert list(got.values) == list(want.values) and got.n_docs == want.n_docs
        assert [type(v) for v in got.values.values()] == [type(v) for v in want.values.values()]
        assert all(a == b or (a != a and b != b) for a, b in zip(got.values.values(), want.values.values()))
    assert counts[1:3][1] == rows[2] and counts[-1] == rows[-1]


@pytest.mark.parametrize("extra", [False, True])
def test_results_and_predictions_like_the_run_ids_store_none_of_their_own(tmp_path: Path, scored, extra: bool) -> None:
    """Given the run's ids (``like``), results and predictions in that order keep no ids; one
    that comes otherwise (``extra``: an id the run did not list) is kept, the answers the same."""
    from newsgold.flat.ids import CompactIds

    _, preds, scores = scored
    like = CompactIds(r.doc_id for r in scores.docs)
    results, spilled = SpilledResults(tmp_path, like), SpilledPredictions(tmp_path, like)
    results.add(scores.docs)
    spilled.add(preds)
    more_id, more = "zz-extra", []
    if extra:
        from dataclasses import replace

        more = [replace(scores.docs[0], doc_id=more_id)]
        results.add(more)
        spilled.add({more_id: next(iter(preds.values()))})
    assert (results.doc_ids._like is like) is not extra and (len(results.doc_ids._ends) == 0) is not extra
    assert list(results) == [*scores.docs, *more] and list(results.doc_ids) == [r.doc_id for r in [*scores.docs, *more]]
    assert list(spilled) == [*preds, *([more_id] if extra else [])]
    for doc_id, ann in preds.items():
        assert spilled[doc_id].to_dict() == ann.to_dict()
    assert (more_id in spilled) is extra
