"""Summable count vectors and the arithmetic that turns counts into scores.

Each document yields a :class:`DocCounts` (a flat ``name -> count`` vector); a corpus score is a
function of the summed vector, as in sacrebleu, so micro averages, per-document macro averages
and bootstrap resamples all run through the same code.

Zero denominators (signature ``zero:na``):

* precision with no predictions but some gold is 0.0 (nothing found), recall with no gold but
  some predictions is 0.0 too (as scikit-learn's ``zero_division=0``); F1 is then 0.0;
* when predictions and gold are *both* empty the score is undefined: NaN here, ``n/a`` in
  reports, ``null`` in JSON, left out of macro averages and bootstrap intervals, and always
  shown next to its (zero) support;
* an accuracy over zero items is undefined (NaN) as well.

Nothing is ever scored 1.0 for having had nothing to do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

SPAN_FIELDS = ("cor", "inc", "par", "mis", "spu")
NONE_LABEL = "none"


NA = math.nan  # an undefined score (0/0): "n/a" in reports, null in JSON


def is_na(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _scalar(*xs: object) -> bool:
    """Plain numbers (the per-vector path), not the columns of :class:`arrays.ArrayCounts`."""
    return all(isinstance(x, (int, float)) for x in xs)


def ratio(num: float, den: float) -> float:
    """``num / den``, NaN (undefined) when ``den`` is 0: accuracies over no items."""
    if not _scalar(num, den):
        from newsgold.scoring import arrays

        return arrays.ratio(num, den)
    return num / den if den else NA


def mean_defined(values: list[float]) -> float:
    """The mean of the defined (non-NaN) values; NaN when none is."""
    if not _scalar(*values):
        from newsgold.scoring import arrays

        return arrays.mean_defined(values)
    defined = [v for v in values if not is_na(v)]
    return sum(defined) / len(defined) if defined else NA


def f1(p: float, r: float) -> float:
    if is_na(p) or is_na(r):
        return NA
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(credit: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from a credit (matches, possibly fractional) and the two sizes.

    Both sizes 0: all three undefined (NaN).  Only one 0: the ratio over it is 0.0 (no
    prediction finds nothing; no gold means every prediction is wrong) and so is F1.
    """
    if not _scalar(credit, n_pred, n_gold):
        from newsgold.scoring import arrays

        return arrays.prf(credit, n_pred, n_gold)
    if not n_pred and not n_gold:
        return NA, NA, NA
    # F1 = 2·credit / (n_pred + n_gold): the harmonic mean of P and R
    return (credit / n_pred if n_pred else 0.0), (credit / n_gold if n_gold else 0.0), 2 * credit / (n_pred + n_gold)


@dataclass
class DocCounts:
    """A summable count vector: ``DocCounts.values["quotes.content.exact.cor"] == 3.0``."""

    values: dict[str, float] = field(default_factory=dict)
    n_docs: int = 1

    def __add__(self, other: DocCounts) -> DocCounts:
        out = dict(self.values)
        for key, value in other.values.items():
            out[key] = out.get(key, 0.0) + value
        return DocCounts(out, self.n_docs + other.n_docs)

    def __radd__(self, other: object) -> DocCounts:  # lets sum() start from 0
        if other == 0:
            return self
        return NotImplemented

    def __getitem__(self, key: str) -> float:
        return self.values.get(key, 0.0)

    def add(self, key: str, value: float = 1.0) -> None:
        self.values[key] = self.values.get(key, 0.0) + value

    def has(self, prefix: str) -> bool:
        """Whether any count was recorded under ``prefix`` (a layer that was scored)."""
        dotted = prefix + "."
        return any(k.startswith(dotted) for k in self.values)

    @classmethod
    def total(cls, items: Iterable[DocCounts]) -> DocCounts:
        """The sum, added in place (the same additions in the same order as ``sum()``)."""
        values: dict[str, float] = {}
        n_docs = 0
        for item in items:
            for key, value in item.values.items():
                values[key] = values.get(key, 0.0) + value
            n_docs += item.n_docs
        return cls(values, n_docs)


@dataclass(frozen=True)
class SpanCounts:
    """SemEval-2013 9.1 categories for one layer and scheme (units: spans, or tokens for ``token``)."""

    cor: float = 0.0
    inc: float = 0.0
    par: float = 0.0
    mis: float = 0.0
    spu: float = 0.0

    @classmethod
    def of(cls, counts: DocCounts | Mapping[str, float], prefix: str) -> SpanCounts:
        get = counts.__getitem__ if isinstance(counts, DocCounts) else (lambda k: counts.get(k, 0.0))
        return cls(*(get(f"{prefix}.{f}") for f in SPAN_FIELDS))

    @property
    def possible(self) -> float:
        return self.cor + self.inc + self.par + self.mis

    @property
    def actual(self) -> float:
        return self.cor + self.inc + self.par + self.spu

    @property
    def credit(self) -> float:
        return self.cor + 0.5 * self.par

    def prf(self) -> tuple[float, float, float]:
        return prf(self.credit, self.actual, self.possible)


@dataclass(frozen=True)
class Confusion:
    """A confusion matrix ``matrix[gold][pred]`` over ``labels`` (rows: gold, columns: prediction)."""

    labels: tuple[str, ...]
    matrix: tuple[tuple[float, ...], ...]

    @classmethod
    def of(cls, counts: DocCounts | Mapping[str, float], prefix: str, labels: Iterable[str]) -> Confusion:
        labels = tuple(labels)
        get = counts.__getitem__ if isinstance(counts, DocCounts) else (lambda k: counts.get(k, 0.0))
        return cls(labels, tuple(tuple(get(f"{prefix}.{g}.{p}") for p in labels) for g in labels))

    @property
    def total(self) -> float:
        return sum(map(sum, self.matrix))

    def cell(self, gold: str, pred: str) -> float:
        return self.matrix[self.labels.index(gold)][self.labels.index(pred)]

    def weighted_samples(self) -> tuple[list[str], list[str], list[float]]:
        """``(y_true, y_pred, sample_weight)`` with one sample per non-empty cell, for scikit-learn."""
        y_true, y_pred, weight = [], [], []
        for i, g in enumerate(self.labels):
            for j, p in enumerate(self.labels):
                if self.matrix[i][j]:
                    y_true.append(g)
                    y_pred.append(p)
                    weight.append(self.matrix[i][j])
        return y_true, y_pred, weight


def confusion_key(prefix: str, gold: str, pred: str) -> str:
    return f"{prefix}.{gold}.{pred}"
