"""The scalar label scores are scikit-learn's to the bit (scoring no longer imports it)."""

from __future__ import annotations

import math

import numpy as np
from sklearn.metrics import accuracy_score, precision_recall_fscore_support

from newsgold.scoring.counts import Confusion
from newsgold.scoring.metrics import accuracy, class_prf

LABELS = ("favor", "against", "neutral", "none")


def confusions(n: int, seed: int) -> list[Confusion]:
    """Random whole-number confusions, many cells (and some whole matrices) zero."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        cells = rng.integers(0, 40, size=(4, 4)) * (rng.random((4, 4)) > rng.random())
        out.append(Confusion(LABELS, tuple(tuple(float(x) for x in row) for row in cells)))
    return out


def test_accuracy_equals_sklearn_accuracy_score() -> None:
    checked = 0
    for conf in confusions(400, 1):
        for exclude in (None, "none"):
            y_true, y_pred, weight = conf.weighted_samples()
            keep = [i for i in range(len(y_true)) if exclude not in (y_true[i], y_pred[i])]
            got = accuracy(conf, exclude)
            if not keep:
                assert math.isnan(got)
                continue
            want = accuracy_score([y_true[i] for i in keep], [y_pred[i] for i in keep], sample_weight=[weight[i] for i in keep])
            assert got == float(want)
            checked += 1
    assert checked > 300


def test_class_prf_equals_sklearn_precision_recall_fscore_support() -> None:
    labels = LABELS[:3]
    empty = 0
    for conf in confusions(400, 2):
        got = class_prf(conf, labels)
        y_true, y_pred, weight = conf.weighted_samples()
        if not y_true:
            empty += 1
            assert all(math.isnan(x) for v in got.values() for x in v)
            continue
        p, r, f, _ = precision_recall_fscore_support(
            y_true, y_pred, labels=list(labels), sample_weight=weight, average=None, zero_division=0.0
        )
        for j, label in enumerate(labels):
            present = any(conf.cell(label, x) + conf.cell(x, label) for x in LABELS)
            assert got[label] == (float(p[j]), float(r[j]), float(f[j])) if present else all(map(math.isnan, got[label]))
    assert empty > 0
