"""Grouped cross-validation of the report candidates of ``candidates_v14.py`` (issue #15, session 12).

Reads the dev half of ``eval/devset`` only (``splits.json``'s ``dev``: 54 documents since
session 12; test, unseen and unseen2 are never opened).  Rows: every candidate on ``quotes``
v14's detection, labelled 1 when it covers (>= 30 %, the suites' match scheme) a gold quote
that no detected quote covers.  Model: scikit-learn's ``LogisticRegression`` (L2, lbfgs, no
intercept: a ``bias`` feature).  For each C and threshold it prints the dev figures of v14 plus
the candidates kept by a model fitted on the other folds only (6 folds grouped by document, then
6 grouped by outlet), beside v13's and v14's.  Usage, from the repository root::

    .venv/bin/python eval/devset/sources/candidates_v14_cv.py [--c 0.3 --c 1 ...] [--threshold 0.5 ...]

Result (session 12, on the released v14): 408 candidates on dev, 44 positive; no cell beats v14
without candidates (content 0.921, exact 0.842) in content or exact F1 under either grouping
(the best, C=0.3 and t=0.6: 0.919 / 0.840 by document, 0.920 / 0.841 by outlet), so v14 does not
use them: about half of the kept candidates are not quotes in gold, and the true ones rarely
have gold's exact boundaries.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from math import exp
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from candidates_v14 import Candidates

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v13_rules import RulesV13
from newsgold.extractors.quotes.v14 import QuotesV14
from newsgold.schema import Quote, Source

DEVSET = Path(__file__).resolve().parents[1]
CONFIG = {"entities": str(DEVSET / "annotations" / "entities.json")}
FOLDS = 6


class Filtered(QuotesV14):
    """v14 plus the candidates a fitted model keeps (most probable first, no two overlapping)."""

    def __init__(self, config: dict[str, Any], weights: dict[str, float], threshold: float):
        super().__init__(config)
        self.weights, self.threshold = weights, threshold

    def found(self, rules: RulesV13) -> list[Found]:
        found = super().found(rules)
        scored = []
        for i, c in enumerate(Candidates(rules.a, found).propose()):
            z = sum(self.weights.get(k, 0.0) * v for k, v in c.features.items())
            scored.append((1.0 / (1.0 + exp(-max(z, -700.0))), i, c.found))
        kept: list[Found] = []
        for p, _, f in sorted(scored, key=lambda t: (-t[0], t[1])):
            if p >= self.threshold and all(f.content[-1][1] <= k.content[0][0] or k.content[-1][1] <= f.content[0][0] for k in kept):
                kept.append(f)
        return found + kept


def dev() -> tuple[Any, list[Any], dict[str, Any]]:
    ids = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))["dev"]
    return T.documents_and_gold(DEVSET, ids)


def rows(docs: list[Any], gold: dict[str, Any]) -> tuple[list[dict[str, float]], list[int], list[str]]:
    """Candidates' features, labels and documents."""
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[str] = []
    v14 = QuotesV14(CONFIG)
    for d in docs:
        rules = RulesV13(d)
        found = v14.found(rules)
        gq = gold[d.doc_id].quotes or []
        mine = [Quote(id="v", type=f.type, content=f.content, source=Source(None, None), cue=f.cue) for f in found]
        free = [g for g in gq if not any(T.covered_gold(q, [g]) is g for q in mine)]
        for c in Candidates(rules.a, found).propose():
            q = Quote(id="p", type=c.found.type, content=c.found.content, source=Source(None, None), cue=c.found.cue)
            feats.append(c.features)
            labels.append(int(T.covered_gold(q, free) is not None))
            groups.append(d.doc_id)
    return feats, labels, groups


def fit(feats: list[dict[str, float]], labels: list[int], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False, sort=True)
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(vec.fit_transform(feats), labels)
    return dict(zip(vec.get_feature_names_out(), (float(v) for v in model.coef_[0]), strict=True))


def recall(docs: list[Any], gold: dict[str, Any], preds: dict[str, Any]) -> dict[str, float]:
    hit: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    for d in docs:
        ps = preds[d.doc_id].quotes or []
        for g in gold[d.doc_id].quotes or []:
            tot[g.type] += 1
            hit[g.type] += any(T.covered_gold(p, [g]) is g for p in ps)
    return {f"recall.{t}": hit[t] / tot[t] for t in ("direct", "indirect", "mixed")}


def outlet_folds(docs: list[Any]) -> dict[str, int]:
    """Outlets sorted and dealt into ``FOLDS`` folds: no outlet in two folds."""
    fold = {o: i % FOLDS for i, o in enumerate(sorted({d.outlet for d in docs}))}
    return {d.doc_id: fold[d.outlet] for d in docs}


def line(label: str, s: dict[str, float]) -> str:
    keys = ("quotes.content.coverage:0.3.f1", "quotes.content.exact.f1", "quotes.speaker.accuracy", "quotes.e2e.f1")
    r = " ".join(f"{k.split('.')[1]} {s[k]:.3f}" for k in ("recall.direct", "recall.indirect", "recall.mixed"))
    return f"{label:<34} content {s[keys[0]]:.3f}  exact {s[keys[1]]:.3f}  speaker {s[keys[2]]:.3f}  e2e {s[keys[3]]:.3f}  {r}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--c", type=float, action="append", help="C values (default: 0.3, 1, 3)")
    p.add_argument("--threshold", type=float, action="append", help="thresholds (default: 0.4, 0.5, 0.6)")
    args = p.parse_args(argv)
    from newsgold.extractors.quotes.v13 import QuotesV13

    ws, docs, gold = dev()
    for label, extractor in (("v13", QuotesV13(CONFIG)), ("v14 (no candidates)", QuotesV14(CONFIG))):
        preds = {d.doc_id: extractor.extract(d) for d in docs}
        print(line(label, {**T.score(ws, docs, gold, preds), **recall(docs, gold, preds)}))
    feats, labels, groups = rows(docs, gold)
    print(f"{len(labels)} candidates on dev, {sum(labels)} positive")
    for name, folds in (("by document", T.fold_of([d.doc_id for d in docs], FOLDS)), ("by outlet", outlet_folds(docs))):
        for c in args.c or [0.3, 1.0, 3.0]:
            thresholds = args.threshold or [0.4, 0.5, 0.6]
            preds: dict[float, dict[str, Any]] = {t: {} for t in thresholds}
            for k in sorted(set(folds.values())):
                train = [i for i, g in enumerate(groups) if folds[g] != k]
                weights = fit([feats[i] for i in train], [labels[i] for i in train], c)
                for t in thresholds:
                    extractor = Filtered(CONFIG, weights, t)
                    preds[t].update({d.doc_id: extractor.extract(d) for d in docs if folds[d.doc_id] == k})
            for t in thresholds:
                print(line(f"CV {name} C={c} t={t}", {**T.score(ws, docs, gold, preds[t]), **recall(docs, gold, preds[t])}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
