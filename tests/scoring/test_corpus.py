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


def _random_rows(seed: int, n: int, halves: bool):
    """Count vectors of ``n`` documents of the synthetic scorer's shape (every registered key a
    headline reads, and others), integer counts (plus halves, or thirds when not ``halves``)."""
    import random

    from newsgold.scoring import score_document
    from newsgold.scoring.counts import DocCounts

    rng = random.Random(seed)
    base = score_document(gold_a(), gold_a(), TEXT_A).values
    rows = []
    for _ in range(n):
        values = {k: float(rng.randint(0, 9)) + rng.choice([0.0, 0.5 if halves else 1 / 3]) for k in base}
        rows.append(DocCounts(values, 1))
    return rows


def test_the_bootstrap_on_the_columns_the_f_scores_read_gives_every_interval_unchanged(monkeypatch):
    """``narrow_columns``: the resampled sums of the read columns alone are exact, so the
    intervals are the same as from every column; counts that are not multiples of 1/1024 take
    every column; a metric that asks for a left-out key makes that chunk take every column."""
    from newsgold.scoring import arrays, corpus, metrics

    config = ScoreConfig(bootstrap=300, seed=3)
    for seed, halves in ((1, True), (2, True), (3, False)):
        rows = _random_rows(seed, 40, halves)
        matrix = metrics.count_matrix(rows)
        narrow = corpus.narrow_columns(matrix[0], matrix[1], config, len(rows))
        assert (narrow is None) == (not halves)
        if narrow is not None:
            assert 0 < len(narrow[0]) < len(matrix[0])
        got = corpus.bootstrap(rows, config, matrix=matrix)
        with monkeypatch.context() as m:
            m.setattr(corpus, "narrow_columns", lambda *a: None)
            assert corpus.bootstrap(rows, config, matrix=matrix) == got
        assert got
    rows = _random_rows(4, 30, True)
    keys, counts, _ = metrics.count_matrix(rows)
    kept = corpus.narrow_columns(keys, counts, config, len(rows))
    assert kept is not None
    left_out = next(k for k in keys if k not in kept[0])
    narrow = arrays.NarrowCounts(keys, kept[0], kept[1][:2], 2)
    with pytest.raises(arrays.NeedsAll):
        narrow[left_out]
    with pytest.raises(arrays.NeedsAll):
        assert narrow.keys
    assert narrow["no.such.key"].tolist() == [0.0, 0.0] and narrow.has(left_out.split(".")[0])
    calls = []
    real = metrics.headline_arrays

    def asks_for_every_key(counts, config, f_only=False):
        calls.append(type(counts).__name__)
        if isinstance(counts, arrays.NarrowCounts):
            counts[left_out]
        return real(counts, config, f_only)

    with monkeypatch.context() as m:
        m.setattr(metrics, "headline_arrays", asks_for_every_key)
        wide = corpus.bootstrap(rows, config)
    assert calls.count("NarrowCounts") == calls.count("ArrayCounts") == 2  # (300 resamples: two chunks)
    assert wide == corpus.bootstrap(rows, config)
