"""A cross-validated extractor in a streamed run holds a batch of texts at a time (counted, not
timed), and predicts what the folds fitted on in-memory lists predicted."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors.claims_learned import LearnedClaims
from newsgold.runs import run_suite
from newsgold.runs.core import load_gold_for
from newsgold.runs.documents import DocumentIndex
from newsgold.runs.engines import EngineSpec
from newsgold.runs.folds import LazyDocuments
from newsgold.suites import fold_assignment, parse_suite
from newsgold.validate import Context
from newsgold.workspace import Workspace

N_EXTRA = 36
SIZE = 4  # documents per partition (and per training batch)
TEXT = "Talks 🇦🇹 resumed on day {i}.\n“Sanctions will be lifted,” said Ana Ruiz, the envoy. The deal is a disaster, critics said.\n"


def _workspace(root: Path) -> Workspace:
    """The seed corpus (two documents with claims in their gold) plus 36 short ones, half with empty gold."""
    with open(root / "corpus" / "data" / "documents.jsonl", "a", encoding="utf-8") as fh:
        for i in range(N_EXTRA):
            fh.write(json.dumps({"doc_id": f"x-{i:02d}", "text": TEXT.format(i=i)}, ensure_ascii=False) + "\n")
    for i in range(0, N_EXTRA, 2):
        gold = {"doc_id": f"x-{i:02d}", "quotes": [], "claims": [], "stances": []}
        (root / "annotations" / "gold" / f"x-{i:02d}.json").write_text(json.dumps(gold), encoding="utf-8")
    return Workspace.at(root)


def _suite(ws: Workspace) -> object:
    return parse_suite(
        f'bootstrap = 0\ndocuments = {json.dumps(sorted(ws.documents))}\n[[extractors]]\nspec = "claims-learned"\nfolds = 2\n', "f.toml"
    )


def test_folds_hold_a_batch_of_texts_not_the_corpus(data_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    ws = _workspace(data_root)
    live: weakref.WeakSet[Document] = weakref.WeakSet()
    most = [0]
    many, candidates = DocumentIndex.many, LearnedClaims._candidates

    def counted_many(self, doc_ids):
        docs = many(self, doc_ids)
        live.update(docs)
        return docs

    def counting_candidates(self, document):  # called for every training and every test document
        gc.collect()
        most[0] = max(most[0], len(live))
        return candidates(self, document)

    monkeypatch.setattr(DocumentIndex, "many", counted_many)
    monkeypatch.setattr(LearnedClaims, "_candidates", counting_candidates)
    _, (result,) = run_suite(ws, _suite(ws), tmp_path / "runs", "r", use_cache=False, engine=EngineSpec(partition_size=SIZE))
    n = len(ws.documents)
    assert n == N_EXTRA + 2 and result.stats.extracted == n
    # a training batch and the partition in hand (plus the one document being read): not the corpus
    assert 0 < most[0] <= 2 * SIZE + 1 < n


def test_streamed_folds_predict_what_in_memory_folds_did(data_root: Path, tmp_path: Path):
    ws = _workspace(data_root)
    suite = _suite(ws)
    group, (result,) = run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False, engine=EngineSpec(partition_size=SIZE))
    got = {json.loads(x)["doc_id"]: json.loads(x)["claims"] for x in (group / result.label / "predictions.jsonl").read_text().splitlines()}
    # the reference: every fold fitted on a plain list of its training documents, then document by document
    docs = {d.doc_id: d for d in ws.documents.values()}
    ids = list(suite.documents or [])
    assignment = fold_assignment(ids, 2, suite.seed)
    gold = load_gold_for(suite.gold_path(ws), Context(docs, {e.id for e in ws.entities}, {t.id for t in ws.targets}))
    expected = {}
    for fold in range(2):
        model = LearnedClaims({"entities": None})
        model.bind_workspace(ws)
        train = [docs[d] for d in ids if assignment[d] != fold]
        model.fit(train, {d.doc_id: gold[d.doc_id] for d in train if d.doc_id in gold})
        assert model.is_claim is not None  # both classes: the classifier path is the one compared
        for d in ids:
            if assignment[d] == fold:
                expected[d] = model.extract(docs[d]).to_dict()["claims"]
    assert got == expected
    assert sum(len(c) for c in got.values()) > 0


def test_lazy_documents_read_in_batches_in_the_given_order():
    ws = Workspace.find()
    index = DocumentIndex(ws.documents_file)
    ids = sorted(index, reverse=True)
    lazy = LazyDocuments(ids, index, 1)
    assert len(lazy) == len(ids) and [d.doc_id for d in lazy] == ids
    assert lazy[0].doc_id == ids[0] and [d.doc_id for d in lazy[1:]] == ids[1:]


class FitBreaks:
    """A learned plug-in whose fit() raises."""

    name, version, layers = "fitbreaks", "1", ("claims",)

    def fit(self, documents, gold):
        raise RuntimeError("fit broke")

    def extract(self, document):
        raise AssertionError("never reached")


@pytest.mark.parametrize("overlap", [False, True])
def test_a_fit_that_raises_stops_the_run_with_an_error_naming_the_extractor(data_root: Path, tmp_path: Path, overlap: bool):
    """Round 7: a cross-validated plug-in whose fit() raised ended the run in a traceback (serial,
    or in the second process of an overlapped run, which then ran it again here)."""
    from newsgold.errors import NewsgoldError

    ws = Workspace.at(data_root)
    text = 'bootstrap = 0\n[[extractors]]\nspec = "quotes"\nversion = "2"\n[[extractors]]\nspec = "tests.runs.test_folds:FitBreaks"\nfolds = 2\n'
    with pytest.raises(NewsgoldError, match=r"fitbreaks: fit\(\) failed .*RuntimeError: fit broke"):
        run_suite(ws, parse_suite(text, "f.toml"), tmp_path / "runs", "r", use_cache=False, overlap=overlap)
    assert not (tmp_path / "runs").exists() or list((tmp_path / "runs").iterdir()) == []
