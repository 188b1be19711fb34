"""Inter-annotator agreement between annotation passes.

Pairwise: one pass is scored against the other as if it were gold (F1 is symmetric for the
``exact`` and ``overlap`` schemes), and Cohen's kappa (scikit-learn) is taken on the labels of
the items both matched.  Across all passes: Krippendorff's alpha (nominal) on units every pass
labelled: word tokens (the quote type or claim kind covering them, or "none") and stance pairs
(the label, or "none" when a pass has no stance for that holder and target).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgold.corpus import Document
from newsgold.layers import registry
from newsgold.schema import DocAnnotation, Entity
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.corpus import score_corpus
from newsgold.scoring.counts import NONE_LABEL, Confusion
from newsgold.scoring.krippendorff import nominal_alpha, unitizing_alpha
from newsgold.scoring.spans import token_mids

AGREEMENT_SCHEMES = ("exact", "overlap")


def f1_keys() -> list[str]:
    """The F1 scores an agreement report shows, as each layer declares them."""
    return [k for layer in registry for k in layer.agreement_f1()]


def kappa_parts() -> dict[str, tuple[str, ...]]:
    """Cohen's kappa is taken on every confusion a layer declares: prefix -> labels."""
    return {prefix: labels for layer in registry for prefix, labels in layer.confusions()}


def kappa(conf: Confusion) -> tuple[float, float]:
    """Cohen's kappa on the matched cells (neither side ``none``) and how many items it rests on."""
    y_a, y_b, weight = conf.weighted_samples()
    keep = [i for i in range(len(y_a)) if NONE_LABEL not in (y_a[i], y_b[i])]
    n = float(sum(weight[i] for i in keep))
    if not keep:
        return math.nan, 0.0
    if len({y_a[i] for i in keep} | {y_b[i] for i in keep}) == 1:
        return 1.0, n  # both always chose the same single label: perfect agreement, kappa 0/0
    from sklearn.metrics import cohen_kappa_score

    return float(cohen_kappa_score([y_a[i] for i in keep], [y_b[i] for i in keep], sample_weight=[weight[i] for i in keep])), n


@dataclass
class PairAgreement:
    a: str
    b: str
    n_docs: int
    f1: dict[str, float]
    kappa: dict[str, float]
    kappa_n: dict[str, float]


@dataclass
class AgreementReport:
    annotators: list[str]
    pairs: list[PairAgreement]
    alpha: dict[str, float] = field(default_factory=dict)
    alpha_docs: list[str] = field(default_factory=list)
    u_alpha: dict[str, float] = field(default_factory=dict)  # layer -> unitizing alpha over alpha_docs
    per_doc: dict[str, dict[str, float]] = field(default_factory=dict)  # doc -> layer -> unitizing alpha
    vs_gold: dict[str, dict[str, float]] = field(default_factory=dict)  # annotator -> F1 key -> F1 against the gold

    def matrix(self, key: str) -> dict[str, dict[str, float]]:
        """Annotator x annotator table of one pairwise figure (symmetric, 1 on the diagonal)."""
        out = {a: {b: (1.0 if a == b else math.nan) for b in self.annotators} for a in self.annotators}
        for p in self.pairs:
            value = p.f1.get(key, p.kappa.get(key, math.nan))
            out[p.a][p.b] = out[p.b][p.a] = value
        return out

    def to_json(self) -> dict[str, Any]:
        def clean(d: Mapping[str, float]) -> dict[str, float | None]:
            return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in d.items()}

        return {
            "annotators": self.annotators,
            "pairs": [
                {"a": p.a, "b": p.b, "n_docs": p.n_docs, "f1": clean(p.f1), "kappa": clean(p.kappa), "kappa_n": p.kappa_n}
                for p in self.pairs
            ],
            "alpha": clean(self.alpha),
            "alpha_docs": self.alpha_docs,
            "u_alpha": clean(self.u_alpha),
            "per_doc": {d: clean(v) for d, v in self.per_doc.items()},
            "vs_gold": {a: clean(v) for a, v in self.vs_gold.items()},
        }


def alpha_units(
    sets: Sequence[Mapping[str, DocAnnotation]], docs: Mapping[str, Document | str]
) -> tuple[dict[str, list[list[Any]]], list[str]]:
    """Krippendorff units of every layer over the documents all sets annotated."""
    common = sorted(set.intersection(*(set(s) for s in sets)))
    units: dict[str, list[list[Any]]] = {name: [] for layer in registry for name in layer.alpha_units([], "", [])}
    for doc_id in common:
        doc = docs[doc_id]
        text = doc if isinstance(doc, str) else doc.text
        mids = token_mids(text)
        for layer in registry:
            for name, rows in layer.alpha_units([s[doc_id] for s in sets], text, mids).items():
                units.setdefault(name, []).extend(rows)
    return units, common


def u_alphas(sets: Sequence[Mapping[str, DocAnnotation]], docs: Mapping[str, Document | str], doc_ids: Sequence[str]) -> dict[str, float]:
    """Unitizing alpha (character overlap) of every span layer, the documents laid end to end."""
    out = {}
    for layer in registry:
        observers: list[list[tuple[int, int]]] = [[] for _ in sets]
        offset, seen = 0, False
        for doc_id in doc_ids:
            doc = docs[doc_id]
            text = doc if isinstance(doc, str) else doc.text
            spans = [layer.alpha_spans(s[doc_id]) for s in sets]
            if all(x is not None for x in spans):
                seen = True
                for obs, xs in zip(observers, spans):
                    obs.extend((offset + a, offset + b) for a, b in xs or [])
            offset += len(text)
        if seen:
            out[layer.name] = unitizing_alpha(offset, observers)
    return out


def agreement(
    sets: Mapping[str, Mapping[str, DocAnnotation]],
    docs: Mapping[str, Document | str],
    entities: Sequence[Entity] = (),
    config: ScoreConfig | None = None,
    gold: Mapping[str, DocAnnotation] | None = None,
) -> AgreementReport:
    """Agreement between named annotation sets (e.g. ``{"alice": {...}, "bob": {...}}``)."""
    names = sorted(sets)
    if len(names) < 2:
        raise ValueError("agreement needs at least two annotation sets")
    config = config or ScoreConfig(schemes=AGREEMENT_SCHEMES, match_scheme="overlap", bootstrap=0)
    pairs = []
    for a, b in itertools.combinations(names, 2):
        scores = score_corpus(sets[a], sets[b], docs, config, entities, only_common=True)
        f1 = {k: scores.micro[k] for k in f1_keys() if k in scores.micro}
        kap, kap_n = {}, {}
        for part, labels in kappa_parts().items():
            if scores.total.has(part):
                kap[part], kap_n[part] = kappa(Confusion.of(scores.total, part, labels))
        pairs.append(PairAgreement(a, b, len(scores.docs), f1, kap, kap_n))
    units, common = alpha_units([sets[n] for n in names], docs)
    alpha = {name: nominal_alpha(u) for name, u in units.items()}
    ordered = [sets[n] for n in names]
    per_doc = {d: u_alphas(ordered, docs, [d]) for d in common}
    vs_gold = {}
    for name in names if gold is not None else []:
        scores = score_corpus(gold or {}, sets[name], docs, config, entities)
        vs_gold[name] = {k: scores.micro[k] for k in f1_keys() if k in scores.micro}
    return AgreementReport(names, pairs, alpha, common, u_alphas(ordered, docs, common), per_doc, vs_gold)
