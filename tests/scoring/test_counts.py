from __future__ import annotations

import math

import pytest

from newsgold.scoring.config import ScoreConfig, parse_scheme
from newsgold.scoring.counts import Confusion, DocCounts, SpanCounts, prf, ratio
from newsgold.scoring.spans import canonical, overlap, trim


def test_prf_and_zero_division():
    assert prf(2, 4, 8) == (0.5, 0.25, pytest.approx(1 / 3))
    # nothing predicted, 3 to find: nothing found, P = R = F1 = 0 (not a vacuous P = 1)
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    # 3 predicted, nothing to find: all wrong, R = 0 too (not a vacuous R = 1)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)
    # nothing on either side: undefined
    assert all(math.isnan(x) for x in prf(0, 0, 0))
    assert ratio(1, 4) == 0.25 and math.isnan(ratio(0, 0))


def test_partial_counts_half_in_summed_documents():
    # nervaluate once lost the 0.5 weight when merging documents; here sums keep it
    a = DocCounts({"x.cor": 1, "x.par": 1, "x.mis": 0, "x.spu": 1})
    b = DocCounts({"x.par": 2, "x.mis": 1})
    total = sum([a, b])
    assert total.n_docs == 2
    c = SpanCounts.of(total, "x")
    assert c == SpanCounts(cor=1, par=3, mis=1, spu=1)
    assert c.prf() == ((1 + 1.5) / 5, (1 + 1.5) / 5, pytest.approx(0.5))


def test_confusion_weighted_samples():
    conf = Confusion.of({"t.a.a": 2, "t.a.b": 1, "t.b.b": 3}, "t", ("a", "b"))
    assert conf.matrix == ((2, 1), (0, 3))
    assert conf.weighted_samples() == (["a", "a", "b"], ["a", "b", "b"], [2, 1, 3])
    assert conf.total == 6


def test_trim_and_canonical_fragments():
    text = " “Hello, world!” "
    assert trim(text, 0, len(text)) == (2, 14)
    assert canonical([(5, 9), (0, 3), (3, 4)]) == ((0, 4), (5, 9))
    assert canonical([(0, 2)], " ,", normalize=True) == ()
    assert overlap(((0, 4), (10, 14)), ((2, 12),)) == 4


def test_schemes_and_signature():
    assert parse_scheme("Coverage:0.30").name == "coverage:0.3"
    for bad in ("fuzzy", "coverage", "coverage:0", "coverage:1.5", "exact:1"):
        with pytest.raises(ValueError):
            parse_scheme(bad)
    sig = ScoreConfig(schemes=("exact", "coverage:0.3"), seed=7, bootstrap=10).signature()
    assert sig.startswith("schemes:exact,coverage:0.3|match:coverage:0.3|norm:no|")
    assert "seed:7" in sig and "boot:10" in sig and "version:0.1.0" in sig
    assert "|zero:na|" in sig
