"""Summable count vectors and the arithmetic that turns counts into scores.

Each document yields a :class:`DocCounts` (a flat ``name -> count`` vector); a corpus score is a
function of the summed vector, as in sacrebleu, so micro averages, per-document macro averages
and bootstrap resamples all run through the same code.  Ratios with a zero denominator are 1.0
(nothing to find and nothing wrongly found is perfect); F1 is 0.0 when P + R = 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

SPAN_FIELDS = ("cor", "inc", "par", "mis", "spu")
NONE_LABEL = "none"


def ratio(num: float, den: float, zero: float = 1.0) -> float:
    return num / den if den else zero


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(credit: float, n_pred: float, n_gold: float, zero: float = 1.0) -> tuple[float, float, float]:
    """Precision, recall and F1 from a credit (matches, possibly fractional) and the two sizes."""
    if not n_pred and not n_gold:
        return zero, zero, zero
    # F1 = 2·credit / (n_pred + n_gold): the harmonic mean of P and R, and defined (0) when
    # only one of them is 0/0
    return ratio(credit, n_pred, zero), ratio(credit, n_gold, zero), 2 * credit / (n_pred + n_gold)


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
        return NotImplemented  # type: ignore[return-value]

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
        out = cls({}, 0)
        for item in items:
            out = out + item
        return out


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

    def prf(self, zero: float = 1.0) -> tuple[float, float, float]:
        return prf(self.credit, self.actual, self.possible, zero)


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
