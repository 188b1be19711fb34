"""Item rows and predictions kept on disk give back exactly what was put there."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.runs.spill import SpilledPredictions, SpilledResults
from newsgold.schema import DocAnnotation
from newsgold.scoring import ScoreConfig, score_corpus
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
    assert [(r.doc_id, r.counts, r.items) for r in spilled.light()] == [(r.doc_id, r.counts, []) for r in results]
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
