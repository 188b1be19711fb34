"""Micro, macro, bootstrap and layer bookkeeping over several documents."""

from __future__ import annotations

import json

import pytest
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b

from newsgold.schema import DocAnnotation, Quote
from newsgold.scoring import ScoreConfig, score_corpus

DOCS = {"doc-a": TEXT_A, "doc-b": TEXT_B}
GOLD = {
    "a": DocAnnotation("a", [Quote("q", "direct", [(0, 4)])], [], []),
    "b": DocAnnotation("b", [Quote("q", "direct", [(0, 4)])], [], []),
}
TEXTS = {"a": "word one", "b": "word two"}
# a: perfect; b: the quote missed
PRED = {"a": DocAnnotation("a", [Quote("p", "direct", [(0, 4)])], None, None), "b": DocAnnotation("b", [], None, None)}


def test_micro_macro_and_wide_interval_with_two_documents():
    s = score_corpus(GOLD, PRED, TEXTS, ScoreConfig(schemes=("exact",), bootstrap=1000, seed=1))
    # micro: 1 correct, 1 predicted, 2 gold → P 1, R 1/2, F1 2/3;  macro: mean(1, 0)
    assert (s.micro["quotes.content.exact.p"], s.micro["quotes.content.exact.r"]) == (1.0, 0.5)
    assert s.micro["quotes.content.exact.f1"] == pytest.approx(2 / 3)
    assert s.macro["quotes.content.exact.f1"] == 0.5
    # resamples {b,b} (F1 0) and {a,a} (F1 1) each have probability 1/4 > 2.5%: the interval is [0, 1]
    assert s.ci["quotes.content.exact.f1"] == (0.0, 1.0)
    assert s.not_predicted == ("claims", "stances")
    assert s.layers == ("quotes",)
    assert s.support["quotes.content.gold"] == 2 and s.support["quotes.content.pred"] == 1


def test_bootstrap_is_seeded():
    def ci(seed):
        return score_corpus(GOLD, PRED, TEXTS, ScoreConfig(schemes=("exact",), bootstrap=50, seed=seed)).ci

    assert ci(3) == ci(3)


def test_missing_and_extra_documents():
    pred = {"a": PRED["a"], "c": DocAnnotation("c", [], None, None)}
    s = score_corpus(GOLD, pred, {**TEXTS, "c": "x"}, ScoreConfig(schemes=("exact",), bootstrap=0))
    assert s.missing_docs == ("b",) and s.unscored_docs == ("c",)
    assert s.micro["quotes.content.exact.r"] == 0.5  # b counts as predicting no quote
    s = score_corpus(GOLD, pred, {**TEXTS, "c": "x"}, ScoreConfig(schemes=("exact",), bootstrap=0), only_common=True)
    assert [d.doc_id for d in s.docs] == ["a"] and s.micro["quotes.content.exact.f1"] == 1.0


def test_json_has_signature_hash_and_every_number():
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    s = score_corpus(gold, gold, DOCS, ScoreConfig(bootstrap=10), ENTITIES)
    data = json.loads(json.dumps(s.to_json()))
    assert data["signature"] == s.signature() and "seed:12345" in data["signature"]
    assert len(data["gold_hash"]) == 64
    assert data["micro"]["quotes.content.coverage:0.3.f1"] == 1.0
    assert data["confusion"]["quotes.type"]["matrix"][0][0] == 2  # q1 (doc-a) and q1 (doc-b) are direct
    assert data["breakdown"]["quotes.content.exact.label.indirect"]["gold"] == 2
    assert {d["doc_id"] for d in data["docs"]} == {"doc-a", "doc-b"}


def test_without_item_rows_the_scores_are_the_same_and_no_row_is_built():
    """``items=False`` (the terminal table): no ItemMatch or StanceMatch rows, the same counts,
    scores and per-document scores."""
    gold = {"doc-a": gold_a(), "doc-b": gold_b()}
    pred = {"doc-a": gold_b(), "doc-b": gold_a()}
    pred["doc-a"].doc_id, pred["doc-b"].doc_id = "doc-a", "doc-b"
    full = score_corpus(gold, pred, DOCS, ScoreConfig(bootstrap=20), ENTITIES)
    bare = score_corpus(gold, pred, DOCS, ScoreConfig(bootstrap=20), ENTITIES, items=False)
    assert all(d.stances for d in full.docs) and not any(d.stances or d.items for d in bare.docs)
    assert [list(d.counts.values.items()) for d in full.docs] == [list(d.counts.values.items()) for d in bare.docs]
    assert repr((full.micro, full.macro, full.ci, dict(full.per_doc))) == repr((bare.micro, bare.macro, bare.ci, dict(bare.per_doc)))
    assert full.per_doc["doc-a"]["stances.document.pair.f1"] == bare.per_doc["doc-a"]["stances.document.pair.f1"]


def test_bootstrap_reads_every_column_when_a_metric_reads_one_the_probe_missed(monkeypatch):
    from newsgold.scoring import corpus
    from newsgold.scoring.arrays import percentile_intervals
    from newsgold.scoring.metrics import count_matrix

    gold, pred = {"a": gold_a(), "b": gold_b()}, {"a": gold_b_as("a"), "b": gold_a_as("b")}
    config = ScoreConfig(bootstrap=30, seed=3)
    rows = [r.counts for r in score_corpus(gold, pred, {"a": TEXT_A, "b": TEXT_B}, ScoreConfig(bootstrap=0), ENTITIES).docs]
    keys, counts, _ = count_matrix(rows)
    full = percentile_intervals(corpus._resampled(keys, counts, config, None, None), config.confidence)
    used = corpus.needed_columns(keys, counts, config)
    assert used is not None and corpus.bootstrap(rows, config) == full
    monkeypatch.setattr(corpus, "needed_columns", lambda *a: (used[0][1:], used[1][:, 1:]))  # one column short
    assert corpus.bootstrap(rows, config) == full


def gold_a_as(doc_id: str) -> DocAnnotation:
    return DocAnnotation(doc_id, items=gold_a().items)


def gold_b_as(doc_id: str) -> DocAnnotation:
    return DocAnnotation(doc_id, items=gold_b().items)
