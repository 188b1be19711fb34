"""From a (summed) count vector to the numbers people read.

Span scores use the SemEval-2013 formulas (P = (COR + 0.5 PAR) / ACT, R = ... / POS); label
scores come from scikit-learn on the summed confusion matrices, passed as weighted samples.
Zero denominators follow :mod:`counts` (signature ``zero:na``): a score with neither gold nor
predictions is undefined (NaN; "n/a" in reports, ``null`` in JSON), a precision without
predictions or a recall without gold is 0.0, an accuracy over no items is undefined.
Macro-F1 averages the classes present in gold or prediction (those whose F1 is defined, as
scikit-learn does without ``labels``); F_avg (SemEval-2016 Task 6) is the mean of F1(favor) and
F1(against) over those of the two that are present, and undefined when neither is.
:func:`averaged_classes` says which classes each average used.
"""

from __future__ import annotations

from typing import Any

from newsgold.schema import CLAIM_KINDS, QUOTE_TYPES, STANCE_LABELS
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.counts import NA, NONE_LABEL, Confusion, DocCounts, SpanCounts, is_na, prf, ratio
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


def class_prf(conf: Confusion, labels: tuple[str, ...]) -> dict[str, tuple[float, float, float]]:
    """Per-class (P, R, F1) via ``precision_recall_fscore_support(zero_division=0)`` on the
    weighted confusion; a class in neither gold nor predictions is undefined (NaN) throughout."""
    y_true, y_pred, weight = conf.weighted_samples()
    present = present_classes(conf, labels)
    if not y_true:
        return {label: (NA, NA, NA) for label in labels}
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, _ = precision_recall_fscore_support(
        y_true, y_pred, labels=list(labels), sample_weight=weight, average=None, zero_division=0.0
    )
    return {
        label: (float(p[i]), float(r[i]), float(f[i])) if label in present else (NA, NA, NA)
        for i, label in enumerate(labels)
    }


def present_classes(conf: Confusion, labels: tuple[str, ...]) -> list[str]:
    """The classes of ``labels`` that occur in gold or in the predictions."""
    return [l for l in labels if any(conf.cell(l, x) + conf.cell(x, l) for x in conf.labels)]


def accuracy(conf: Confusion, exclude: str | None = None) -> float:
    """Accuracy over the cells whose gold and prediction are both real labels (not ``exclude``);
    undefined (NaN) over no items."""
    y_true, y_pred, weight = conf.weighted_samples()
    keep = [i for i in range(len(y_true)) if exclude not in (y_true[i], y_pred[i])]
    if not keep:
        return NA
    from sklearn.metrics import accuracy_score

    return float(accuracy_score([y_true[i] for i in keep], [y_pred[i] for i in keep], sample_weight=[weight[i] for i in keep]))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else NA


def _put_prf(out: dict[str, float], prefix: str, values: tuple[float, float, float]) -> None:
    out[f"{prefix}.p"], out[f"{prefix}.r"], out[f"{prefix}.f1"] = values


def _attribution(out: dict[str, float], counts: DocCounts, prefix: str) -> None:
    n, answered, correct = counts[f"{prefix}.n"], counts[f"{prefix}.answered"], counts[f"{prefix}.correct"]
    out[f"{prefix}.accuracy"] = ratio(correct, n)
    out[f"{prefix}.coverage"] = ratio(answered, n)
    out[f"{prefix}.selective_accuracy"] = ratio(correct, answered)


def averaged_classes(counts: DocCounts) -> dict[str, list[str]]:
    """Which classes each stance average used: ``{"stance.document.f_avg": ["against"], ...}``."""
    out: dict[str, list[str]] = {}
    for level in STANCE_LEVELS:
        prefix = f"stance.{level}"
        if counts.has(prefix):
            conf = Confusion.of(counts, prefix, STANCE_PAIR_LABELS)
            present = present_classes(conf, STANCE_LABELS)
            out[f"{prefix}.f_avg"] = [l for l in F_AVG_LABELS if l in present]
            out[f"{prefix}.macro_f1"] = present
    return out


def headline(counts: DocCounts, config: ScoreConfig, f_only: bool = False) -> dict[str, float]:
    """The flat ``name -> value`` scores of every scored layer (``f_only``: just the F-scores).

    Undefined scores are NaN (see the module docstring), never missing, so that every run
    scored with the same configuration has the same keys.
    """
    out: dict[str, float] = {}
    if counts.has("quotes"):
        for part in SPAN_PARTS["quotes"]:
            for scheme in config.schemes:
                _put_prf(out, f"quotes.{part}.{scheme}", SpanCounts.of(counts, f"quotes.{part}.{scheme}").prf())
        _put_prf(out, "quotes.e2e", prf(counts["quotes.e2e.cor"], counts["quotes.e2e.pred"], counts["quotes.e2e.gold"]))
        if not f_only:
            _attribution(out, counts, "quotes.speaker")
            out["quotes.type.accuracy"] = accuracy(Confusion.of(counts, "quotes.type", QUOTE_TYPES))
    if counts.has("claims"):
        for scheme in config.schemes:
            _put_prf(out, f"claims.span.{scheme}", SpanCounts.of(counts, f"claims.span.{scheme}").prf())
        cw = Confusion.of(counts, "claims.checkworthy", CHECKWORTHY_LABELS)
        _put_prf(out, "claims.checkworthy", class_prf(cw, ("yes",))["yes"])
        if not f_only:
            _attribution(out, counts, "claims.claimant")
            out["claims.kind.accuracy"] = accuracy(Confusion.of(counts, "claims.kind", CLAIM_KINDS))
    for level in STANCE_LEVELS:
        prefix = f"stance.{level}"
        if not counts.has(prefix):
            continue
        conf = Confusion.of(counts, prefix, STANCE_PAIR_LABELS)
        found = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_LABELS)
        n_pred = sum(conf.cell(g, p) for g in STANCE_PAIR_LABELS for p in STANCE_LABELS)
        n_gold = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_PAIR_LABELS)
        _put_prf(out, f"{prefix}.pair", prf(found, n_pred, n_gold))
        per_class = class_prf(conf, STANCE_LABELS)
        for label, values in per_class.items():
            _put_prf(out, f"{prefix}.{label}", values)
        # a class is present exactly when its F1 is defined
        out[f"{prefix}.macro_f1"] = _mean([f for _, _, f in per_class.values() if not is_na(f)])
        out[f"{prefix}.f_avg"] = _mean([per_class[l][2] for l in F_AVG_LABELS if not is_na(per_class[l][2])])
        if not f_only:
            out[f"{prefix}.label_accuracy"] = accuracy(conf, exclude=NONE_LABEL)
    if f_only:
        out = {k: v for k, v in out.items() if is_interval_metric(k)}
    return out


def breakdown(counts: DocCounts, config: ScoreConfig) -> dict[str, dict[str, float]]:
    """Per type/kind scores with supports: ``{"quotes.content.exact.label.direct": {p, r, f1, gold, pred}}``."""
    out: dict[str, dict[str, float]] = {}
    for part, labels in LABELLED_PARTS.items():
        if not counts.has(part):
            continue
        for scheme in config.schemes:
            for label in labels:
                key = f"{part}.{scheme}.label.{label}"
                gold, pred = counts[f"{key}.gold"], counts[f"{key}.pred"]
                if not gold and not pred:
                    p = r = f = NA
                else:
                    p = counts[f"{key}.pred_credit"] / pred if pred else 0.0
                    r = counts[f"{key}.gold_credit"] / gold if gold else 0.0
                    f = 2 * p * r / (p + r) if p + r else 0.0
                out[key] = {"p": p, "r": r, "f1": f, "gold": gold, "pred": pred}
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
            for label in STANCE_LABELS:
                out[f"{prefix}.{label}.gold"] = sum(conf.cell(label, p) for p in STANCE_PAIR_LABELS)
                out[f"{prefix}.{label}.pred"] = sum(conf.cell(g, label) for g in STANCE_PAIR_LABELS)
            out[f"{prefix}.label_accuracy.n"] = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_LABELS)
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
