"""The component solver: enumerating small conflicts gives exactly what the general solver gives."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from newsgold.schema import Claim, DocAnnotation, Quote, Source
from newsgold.scoring import ScoreConfig, _matching, score_corpus
from newsgold.scoring._matching import Components
from newsgold.scoring.config import parse_scheme
from newsgold.scoring.engine import SpanTable, score_tables

SCHEMES = ("strict", "exact", "partial", "overlap", "coverage:0.3", "coverage:0.8", "token")
WORDS = " ".join(f"w{i:02d}" for i in range(40))  # word k covers [4k, 4k + 3)


def general(monkeypatch: pytest.MonkeyPatch):
    """Turn the enumeration off: every non-star conflict goes through linear_sum_assignment."""
    monkeypatch.setattr(_matching, "MAX_CANDIDATES", 0)


def random_spans(rng: random.Random, n: int, width: int) -> list[tuple[int, int, int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, 150)
        out.append((s, min(s + rng.randint(1, width), 159), rng.randrange(3)))
    return out


def columns(docs: list[list[tuple[int, int, int]]]) -> SpanTable:
    doc = np.array([d for d, spans in enumerate(docs) for _ in spans], dtype=np.int64)
    flat = np.array([x for spans in docs for x in spans], dtype=np.int64).reshape(-1, 3)
    return SpanTable.from_arrays(doc, flat[:, 0], flat[:, 1], flat[:, 2])


def random_corpus(seed: int) -> tuple[list[list[tuple[int, int, int]]], list[list[tuple[int, int, int]]]]:
    """Documents mixing sparse spans (mostly one-to-one) and crowded ones (conflicts, ties)."""
    rng = random.Random(seed)
    gold, pred = [], []
    for _ in range(40):
        n, width = rng.choice([(4, 10), (8, 20), (15, 30), (25, 12)])
        g = random_spans(rng, n, width)
        p = [(s + rng.randint(-3, 3), e + rng.randint(-3, 3), lab) for s, e, lab in g if rng.random() < 0.7]
        p = [(max(s, 0), e, lab if rng.random() < 0.8 else rng.randrange(3)) for s, e, lab in p if e > max(s, 0)]
        gold.append(g)
        pred.append(p + random_spans(rng, rng.randint(0, 4), width))
    return gold, pred


def score(gold, pred):
    mids = [list(range(1, 160, 4))] * len(gold)
    return score_tables(
        columns(gold), columns(pred), [160] * len(gold), [parse_scheme(s) for s in SCHEMES], label_names=("A", "B", "C"), mids=mids
    )


@pytest.mark.parametrize("seed", range(8))
def test_enumeration_matches_the_general_solver(seed, monkeypatch):
    gold, pred = random_corpus(seed)
    fast = score(gold, pred)
    general(monkeypatch)
    slow = score(gold, pred)
    assert fast.columns.keys() == slow.columns.keys()
    for key in fast.columns:
        assert np.array_equal(fast.columns[key], slow.columns[key]), key
    for name in SCHEMES:
        a, b = fast.matches[name], slow.matches[name]
        assert np.array_equal(a.gold, b.gold) and np.array_equal(a.pred, b.pred), name
        assert np.array_equal(a.outcome, b.outcome), name


def test_random_corpora_hold_every_kind_of_component():
    """The cases above are not vacuous: trivial, star, enumerated, tied and large components."""
    kinds = {"simple": 0, "star": 0, "small": 0, "large": 0, "fallback": 0}
    for seed in range(8):
        gold, pred = random_corpus(seed)
        scores = score(gold, pred)
        eg, ep = scores.edge_gold, scores.edge_pred
        comps = Components(eg, ep, len(scores.gold_length), len(scores.pred_length))
        ov = scores.edge_overlap.astype(np.int64)
        kinds["simple"] += len(comps.simple)
        kinds["star"] += len(comps.star_edges)
        kinds["large"] += len(comps.large)
        for grid, a, b in comps.small:
            kinds["small"] += len(grid)
            kinds["fallback"] += len(Components._enumerate(grid, a, b, [np.ones_like(ov), ov])[1])
    assert all(kinds.values()), kinds


def _lexicographic_optimum(edges: list[int], eg, ep, tiers) -> tuple[int, ...]:
    """The best tier sums over every matching (brute force)."""
    best = (0,) * len(tiers)
    for r in range(1, len(edges) + 1):
        for subset in itertools.combinations(edges, r):
            if len({eg[k] for k in subset}) == r and len({ep[k] for k in subset}) == r:
                best = max(best, tuple(int(sum(t[k] for k in subset)) for t in tiers))
    return best


@pytest.mark.parametrize("seed", range(30))
def test_components_solve_to_the_lexicographic_optimum(seed, monkeypatch):
    rng = random.Random(seed)
    n_gold, n_pred = rng.randint(1, 5), rng.randint(1, 5)
    cells = [(g, p) for g in range(n_gold) for p in range(n_pred) if rng.random() < 0.5]
    if not cells:
        cells = [(0, 0)]
    eg = np.array([g for g, _ in cells], dtype=np.int64)
    ep = np.array([p for _, p in cells], dtype=np.int64)
    # few distinct values, so ties are common
    tiers = [np.array([rng.randint(0, hi) for _ in cells], dtype=np.int64) for hi in (1, 3, 1)]
    fast = Components(eg, ep, n_gold, n_pred).solve(tiers)
    general(monkeypatch)
    slow = Components(eg, ep, n_gold, n_pred).solve(tiers)
    assert np.array_equal(fast, slow)
    assert len(set(eg[fast].tolist())) == len(fast) and len(set(ep[fast].tolist())) == len(fast)
    got = tuple(int(t[fast].sum()) for t in tiers)
    assert got == _lexicographic_optimum(list(range(len(cells))), eg, ep, tiers)


def _annotation(rng: random.Random, doc_id: str) -> DocAnnotation:
    def frags():
        n = rng.choice([1, 1, 1, 2])
        cuts = sorted(rng.sample(range(len(WORDS)), 2 * n))
        return [(cuts[2 * i], cuts[2 * i + 1]) for i in range(n)]

    quotes = [Quote(f"q{i}", rng.choice(["direct", "indirect"]), frags(), Source(None, None), None) for i in range(rng.randint(0, 10))]
    claims = [Claim(f"c{i}", frags(), None, rng.choice(["factual", "evaluative"]), rng.random() < 0.5) for i in range(rng.randint(0, 6))]
    return DocAnnotation(doc_id, quotes, claims, [])


@pytest.mark.parametrize("seed", range(4))
def test_doc_counts_are_identical_with_and_without_enumeration(seed, monkeypatch):
    rng = random.Random(seed)
    ids = [f"d{i}" for i in range(25)]
    gold = {d: _annotation(rng, d) for d in ids}
    pred = {d: _annotation(rng, d) for d in ids}
    texts = {d: WORDS for d in ids}
    config = ScoreConfig(schemes=SCHEMES, bootstrap=0)
    fast = score_corpus(gold, pred, texts, config)
    general(monkeypatch)
    slow = score_corpus(gold, pred, texts, config)
    assert [r.counts for r in fast.docs] == [r.counts for r in slow.docs]
