"""Scoring from Python span lists: the same table and counts as the tuple path, and nervaluate's."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newsgold.scoring import score_span_lists, span_table
from newsgold.scoring.config import parse_scheme
from newsgold.scoring.engine import SpanTable, score_tables

SCHEMES = ("strict", "exact", "partial", "overlap", "coverage:0.3", "coverage:0.8")
LABELS = ("A", "B", "C")


def random_docs(seed: int, n: int) -> list[tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        gold = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randrange(0, 80)
            gold.append((s, s + rng.randint(0, 12), rng.randrange(3)))  # length 0: an empty span, dropped
        pred = [(max(0, s + rng.randint(-3, 3)), e + rng.randint(-3, 3), rng.randrange(3)) for s, e, _ in gold if rng.random() < 0.7]
        pred += [(s, s + rng.randint(1, 9), rng.randrange(3)) for s in rng.sample(range(90), rng.randint(0, 2))]
        docs.append((gold, pred))
    return docs


def from_items(side: list[list[tuple[int, int, int]]]) -> SpanTable:
    """The annotation layers' path: a tuple per span, empty ones dropped as canonical() would."""
    return SpanTable.from_items([[(((s, e),) if e > s else (), lab, "") for s, e, lab in d] for d in side])


def test_the_table_equals_the_tuple_path():
    docs = random_docs(7, 400)
    for side in (0, 1):
        spans = [d[side] for d in docs]
        fast, ref = span_table(spans), from_items(spans)
        for name in ("item_doc", "item_label", "origin", "frag_item", "frag_start", "frag_end"):
            assert np.array_equal(getattr(fast, name), getattr(ref, name)), name
        assert fast.n_items == sum(1 for d in spans for s, e, _ in d if e > s) > 0


def test_counts_equal_the_tuple_path_per_document_and_label():
    docs = random_docs(11, 500)
    gold, pred = [d[0] for d in docs], [d[1] for d in docs]
    lengths = [100] * len(docs)
    fast = score_span_lists(gold, pred, SCHEMES, lengths, label_names=LABELS).columns
    ref = score_tables(from_items(gold), from_items(pred), lengths, [parse_scheme(s) for s in SCHEMES], label_names=LABELS).columns
    assert fast.keys() == ref.keys()
    for key in ref:
        assert np.array_equal(fast[key], ref[key]), key
    assert fast["partial.par"].sum() > 0 and fast["strict.inc"].sum() > 0  # the sample exercises both


def test_hand_counted_document_with_pairs_and_default_lengths():
    # gold [0,10) [20,30); pred [0,10) exact, [22,30) partial, [40,45) spurious; no labels
    scores = score_span_lists([[(0, 10), (20, 30)]], [[(0, 10), (22, 30), (40, 45)]])
    c = {k: int(v[0]) for k, v in scores.columns.items()}
    assert [c[f"strict.{f}"] for f in ("cor", "inc", "par", "mis", "spu")] == [1, 1, 0, 0, 1]
    assert [c[f"partial.{f}"] for f in ("cor", "inc", "par", "mis", "spu")] == [1, 0, 1, 0, 1]


def test_documents_without_spans_and_an_empty_corpus():
    scores = score_span_lists([[], [(1, 4)], []], [[(0, 2)], [], []], ("strict",))
    assert scores.columns["strict.spu"].tolist() == [1, 0, 0]
    assert scores.columns["strict.mis"].tolist() == [0, 1, 0]
    assert span_table([]).n_items == 0 and span_table([[], []]).n_items == 0


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        ([[(0, 1)]], [], "gold has 1 documents"),
        ([[(0, 1, 2, 3)]], [[]], r"\(start, end\) or \(start, end, label\)"),
        ([[(0, 1), (2, 3, 0)]], [[]], "every span must have 2 values"),
        ([[(0, 1, 5)]], [[]], "label code 5 has no name"),
    ],
)
def test_malformed_input_is_refused(gold, pred, message):
    with pytest.raises(ValueError, match=message):
        score_span_lists(gold, pred, label_names=LABELS)


def test_the_token_scheme_is_refused_without_texts():
    with pytest.raises(ValueError, match="token scheme needs the document texts"):
        score_span_lists([[(0, 1)]], [[(0, 1)]], ("token",))


def test_counts_equal_nervaluate_where_its_greedy_choice_is_unique():
    nervaluate = pytest.importorskip("nervaluate")
    from tests.scoring.test_nervaluate import random_doc, unique_choice

    rng = random.Random(99)
    docs = []
    while len(docs) < 300:
        gold, pred = random_doc(rng)
        if unique_choice(gold, pred) and len(set(gold)) == len(gold):
            docs.append((gold, pred))
    cols = score_span_lists([d[0] for d in docs], [d[1] for d in docs], ("strict", "exact", "partial"), [120] * len(docs)).columns
    ours = {s: tuple(int(cols[f"{s}.{f}"].sum()) for f in ("cor", "inc", "par", "mis", "spu")) for s in ("strict", "exact", "partial")}

    def conv(side):
        return [[{"label": "AB"[lab], "start": s, "end": e - 1} for s, e, lab in d[side]] for d in docs]

    res = nervaluate.Evaluator(conv(0), conv(1), tags=["A", "B"], loader="dict").evaluate()["overall"]
    assert ours == {s: (res[s].correct, res[s].incorrect, res[s].partial, res[s].missed, res[s].spurious) for s in ours}
