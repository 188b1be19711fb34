"""From a (summed) count vector to the numbers people read.

Span scores use the SemEval-2013 formulas (P = (COR + 0.5 PAR) / ACT, R = ... / POS); label
scores come from scikit-learn on the summed confusion matrices, passed as weighted samples.
Macro-F1 averages the classes present in gold or prediction (as scikit-learn does without
``labels``); F_avg is always the mean of F1(favor) and F1(against), as in SemEval-2016 Task 6.
``zero`` is the value of 0/0: 1.0 for corpus scores, NaN for per-document scores (so that
documents with nothing to score drop out of macro averages).
"""

from __future__ import annotations

from typing import Any

from newsgold.schema import CLAIM_KINDS, QUOTE_TYPES, STANCE_LABELS
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.counts import NONE_LABEL, Confusion, DocCounts, SpanCounts, prf, ratio
from newsgold.scoring.layers import CHECKWORTHY_LABELS, STANCE_PAIR_LABELS

SPAN_PARTS = {"quotes": ("content", "cue", "source"), "claims": ("span",)}
LABELLED_PARTS = {"quotes.content": QUOTE_TYPES, "claims.span": CLAIM_KINDS}
STANCE_LEVELS = ("document", "holder")
F_AVG_LABELS = ("favor", "against")  # SemEval-2016 Task 6


def is_interval_metric(name: str) -> bool:
    """The headline F-scores that get a bootstrap confidence interval."""
    return name.endswith((".f1", ".f_avg", ".macro_f1"))


def scored_layers(counts: DocCounts) -> tuple[str, ...]:
    return tuple(layer for layer in ("quotes", "claims", "stance") if counts.has(layer))


def class_prf(conf: Confusion, labels: tuple[str, ...], zero: float) -> dict[str, tuple[float, float, float]]:
    """Per-class (P, R, F1) via ``precision_recall_fscore_support`` on the weighted confusion."""
    y_true, y_pred, weight = conf.weighted_samples()
    if not y_true:
        return {label: (zero, zero, zero) for label in labels}
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, _ = precision_recall_fscore_support(
        y_true, y_pred, labels=list(labels), sample_weight=weight, average=None, zero_division=zero
    )
    return {label: (float(p[i]), float(r[i]), float(f[i])) for i, label in enumerate(labels)}


def accuracy(conf: Confusion, zero: float, exclude: str | None = None) -> float:
    """Accuracy over the cells whose gold and prediction are both real labels (not ``exclude``)."""
    y_true, y_pred, weight = conf.weighted_samples()
    keep = [i for i in range(len(y_true)) if exclude not in (y_true[i], y_pred[i])]
    if not keep:
        return zero
    from sklearn.metrics import accuracy_score

    return float(accuracy_score([y_true[i] for i in keep], [y_pred[i] for i in keep], sample_weight=[weight[i] for i in keep]))


def _put_prf(out: dict[str, float], prefix: str, values: tuple[float, float, float]) -> None:
    out[f"{prefix}.p"], out[f"{prefix}.r"], out[f"{prefix}.f1"] = values


def _attribution(out: dict[str, float], counts: DocCounts, prefix: str, zero: float) -> None:
    n, answered, correct = counts[f"{prefix}.n"], counts[f"{prefix}.answered"], counts[f"{prefix}.correct"]
    out[f"{prefix}.accuracy"] = ratio(correct, n, zero)
    out[f"{prefix}.coverage"] = ratio(answered, n, zero)
    out[f"{prefix}.selective_accuracy"] = ratio(correct, answered, zero)


def headline(counts: DocCounts, config: ScoreConfig, zero: float = 1.0, f_only: bool = False) -> dict[str, float]:
    """The flat ``name -> value`` scores of every scored layer (``f_only``: just the F-scores)."""
    out: dict[str, float] = {}
    if counts.has("quotes"):
        for part in SPAN_PARTS["quotes"]:
            for scheme in config.schemes:
                _put_prf(out, f"quotes.{part}.{scheme}", SpanCounts.of(counts, f"quotes.{part}.{scheme}").prf(zero))
        _put_prf(out, "quotes.e2e", prf(counts["quotes.e2e.cor"], counts["quotes.e2e.pred"], counts["quotes.e2e.gold"], zero))
        if not f_only:
            _attribution(out, counts, "quotes.speaker", zero)
            out["quotes.type.accuracy"] = accuracy(Confusion.of(counts, "quotes.type", QUOTE_TYPES), zero)
    if counts.has("claims"):
        for scheme in config.schemes:
            _put_prf(out, f"claims.span.{scheme}", SpanCounts.of(counts, f"claims.span.{scheme}").prf(zero))
        cw = Confusion.of(counts, "claims.checkworthy", CHECKWORTHY_LABELS)
        _put_prf(out, "claims.checkworthy", class_prf(cw, ("yes",), zero)["yes"])
        if not f_only:
            _attribution(out, counts, "claims.claimant", zero)
            out["claims.kind.accuracy"] = accuracy(Confusion.of(counts, "claims.kind", CLAIM_KINDS), zero)
    for level in STANCE_LEVELS:
        prefix = f"stance.{level}"
        if not counts.has(prefix):
            continue
        conf = Confusion.of(counts, prefix, STANCE_PAIR_LABELS)
        found = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_LABELS)
        n_pred = sum(conf.cell(g, p) for g in STANCE_PAIR_LABELS for p in STANCE_LABELS)
        n_gold = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_PAIR_LABELS)
        _put_prf(out, f"{prefix}.pair", prf(found, n_pred, n_gold, zero))
        per_class = class_prf(conf, STANCE_LABELS, zero)
        for label, values in per_class.items():
            _put_prf(out, f"{prefix}.{label}", values)
        present = [l for l in STANCE_LABELS if any(conf.cell(l, x) + conf.cell(x, l) for x in STANCE_PAIR_LABELS)]
        out[f"{prefix}.macro_f1"] = sum(per_class[l][2] for l in present) / len(present) if present else zero
        out[f"{prefix}.f_avg"] = sum(per_class[label][2] for label in F_AVG_LABELS) / len(F_AVG_LABELS)
        if not f_only:
            out[f"{prefix}.label_accuracy"] = accuracy(conf, zero, exclude=NONE_LABEL)
    if f_only:
        out = {k: v for k, v in out.items() if is_interval_metric(k)}
    return out


def breakdown(counts: DocCounts, config: ScoreConfig, zero: float = 1.0) -> dict[str, dict[str, float]]:
    """Per type/kind scores with supports: ``{"quotes.content.exact.label.direct": {p, r, f1, gold, pred}}``."""
    out: dict[str, dict[str, float]] = {}
    for part, labels in LABELLED_PARTS.items():
        if not counts.has(part):
            continue
        for scheme in config.schemes:
            for label in labels:
                key = f"{part}.{scheme}.label.{label}"
                gold, pred = counts[f"{key}.gold"], counts[f"{key}.pred"]
                p = ratio(counts[f"{key}.pred_credit"], pred, zero)
                r = ratio(counts[f"{key}.gold_credit"], gold, zero)
                if not gold and not pred:
                    p = r = zero
                out[key] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": gold, "pred": pred}
    return out


def supports(counts: DocCounts, config: ScoreConfig) -> dict[str, float]:
    """How many gold and predicted items each score rests on."""
    out: dict[str, float] = {}
    for layer, parts in SPAN_PARTS.items():
        for part in parts:
            prefix = f"{layer}.{part}"
            if counts.has(prefix):
                c = SpanCounts.of(counts, f"{prefix}.{config.match_scheme}")
                out[f"{prefix}.gold"], out[f"{prefix}.pred"] = c.possible, c.actual
    for prefix in ("quotes.speaker", "claims.claimant"):
        if counts.has(prefix) or counts.has(prefix.split(".")[0]):
            out[f"{prefix}.n"] = counts[f"{prefix}.n"]
    for part, labels in (("quotes.type", QUOTE_TYPES), ("claims.kind", CLAIM_KINDS)):
        if counts.has(part):
            out[f"{part}.n"] = Confusion.of(counts, part, labels).total
    for level in STANCE_LEVELS:
        prefix = f"stance.{level}"
        if counts.has(prefix):
            conf = Confusion.of(counts, prefix, STANCE_PAIR_LABELS)
            out[f"{prefix}.gold"] = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_PAIR_LABELS)
            out[f"{prefix}.pred"] = sum(conf.cell(g, p) for g in STANCE_PAIR_LABELS for p in STANCE_LABELS)
    return out


def confusions(counts: DocCounts) -> dict[str, Confusion]:
    out = {}
    for prefix, labels in (
        ("quotes.type", QUOTE_TYPES), ("claims.kind", CLAIM_KINDS), ("claims.checkworthy", CHECKWORTHY_LABELS),
        ("stance.document", STANCE_PAIR_LABELS), ("stance.holder", STANCE_PAIR_LABELS),
    ):
        if counts.has(prefix):
            out[prefix] = Confusion.of(counts, prefix, labels)
    return out


def as_json_confusion(conf: Confusion) -> dict[str, Any]:
    return {"labels": list(conf.labels), "matrix": [list(row) for row in conf.matrix]}
