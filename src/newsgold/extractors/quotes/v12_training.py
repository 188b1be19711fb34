"""Training and grouped cross-validation of ``quotes`` v12's speaker ranker (issue #15).

Read by ``eval/devset/sources/train_v12.py`` and by the test that retrains the shipped model.
Only the **dev** half of ``eval/devset`` is read (its documents and gold; the 42 of
``sources/dev42.json``): the test and unseen halves are held out and never opened here.

Rows: for every quote v11 finds that covers a gold quote (>= 30 % of the gold content, the
suites' match scheme), each speaker candidate is one row, labelled 1 when it is the gold
speaker.  The model is scikit-learn's ``LogisticRegression`` (L2, lbfgs, fixed ``C``, no
randomness); coefficients are rounded to 6 decimals so that the written file is the same on
every machine.  scikit-learn is imported here only: the extractor scores with dot products.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes.v12 import QuotesV12, Ranker
from newsgold.schema import DocAnnotation, Quote
from newsgold.workspace import Workspace

COVERAGE = 0.3
DEFAULT_C = 0.03  # chosen by grouped CV on dev over 0.01-10, pairwise and pointwise (README)
FOLDS = 6
PAIRWISE = True


@dataclass
class Rows:
    """Candidate rows: features, label, document and quote they belong to."""

    features: list[dict[str, float]]
    labels: list[int]
    docs: list[str]
    quotes: list[int]  # a running quote number over all documents


def dev_set(root: Path) -> tuple[Workspace, list[Document], dict[str, DocAnnotation]]:
    """The 42 dev documents v12 and v13 were trained on, and their gold.

    Read from the frozen list ``sources/dev42.json``, not from ``splits.json``'s ``dev`` (which grew
    to 54 when session 12 folded ``more3`` into it), so that a retrain reproduces the shipped models.
    """
    dev = json.loads((root / "sources" / "dev42.json").read_text(encoding="utf-8"))["dev42"]
    return documents_and_gold(root, dev)


def documents_and_gold(root: Path, doc_ids: list[str]) -> tuple[Workspace, list[Document], dict[str, DocAnnotation]]:
    """The workspace at ``root``, the documents ``doc_ids`` (in that order) and their gold."""
    from newsgold.store import load_annotations

    ws = Workspace.at(root)
    dev = doc_ids
    docs = [ws.documents[d] for d in dev]
    ctx = ws.context()
    gold: dict[str, DocAnnotation] = {}
    for d in dev:
        gold.update(load_annotations(ws.gold_dir / f"{d}.json", ctx))
    return ws, docs, gold


def covered_gold(q: Quote, gold: Iterable[Quote]) -> Quote | None:
    """The gold quote this one covers most (at least ``COVERAGE`` of its content), if any."""
    best, best_cov = None, 0.0
    for g in gold:
        size = sum(e - s for s, e in g.content)
        if size <= 0:
            continue
        inter = sum(max(0, min(e, ge) - max(s, gs)) for s, e in q.content for gs, ge in g.content)
        cov = inter / size
        if cov >= COVERAGE and cov > best_cov:
            best, best_cov = g, cov
    return best


def build_rows(extractor: QuotesV12, docs: list[Document], gold: Mapping[str, DocAnnotation]) -> Rows:
    rows = Rows([], [], [], [])
    n = 0
    for d in docs:
        ann, cands = extractor.candidates(d)
        gq = gold[d.doc_id].quotes or []
        for q, cs in zip(ann.quotes or [], cands, strict=True):
            g = covered_gold(q, gq)
            if g is None or not g.source.entity or not any(c.entity == g.source.entity for c in cs):
                continue  # no gold speaker among the candidates: nothing to learn about ranking
            for c in cs:
                rows.features.append(c.features)
                rows.labels.append(int(c.entity == g.source.entity))
                rows.docs.append(d.doc_id)
                rows.quotes.append(n)
            n += 1
    return rows


def fit(rows: Rows, c: float = DEFAULT_C, keep: set[str] | None = None, pairwise: bool = PAIRWISE) -> dict[str, Any]:
    """A frozen model dict (sorted feature names, rounded coefficients) fitted on ``rows``.

    ``pairwise``: the ranking is learned from differences within a quote (the gold speaker's
    features minus another candidate's, and the reverse, no intercept), so that only how a
    candidate compares with the quote's others counts; otherwise each row is classified alone."""
    import numpy as np
    import sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [{k: v for k, v in f.items() if keep is None or k in keep} for f in rows.features]
    vec = DictVectorizer(sort=True, sparse=False)
    x = vec.fit_transform(feats)
    y = np.asarray(rows.labels)
    if pairwise:
        by_quote: dict[int, list[int]] = {}
        for i, q in enumerate(rows.quotes):
            by_quote.setdefault(q, []).append(i)
        diffs, labels = [], []
        for q in sorted(by_quote):
            idx = by_quote[q]
            for p in (i for i in idx if y[i] == 1):
                for n, other in enumerate(i for i in idx if y[i] == 0):
                    sign = 1 if n % 2 == 0 else -1  # alternate the order: both classes, no intercept
                    diffs.append(sign * (x[p] - x[other]))
                    labels.append(int(sign == 1))
        x, y = np.asarray(diffs), np.asarray(labels)
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", fit_intercept=not pairwise)
    model.fit(x, y)
    names = list(vec.get_feature_names_out())
    return {
        "about": "quotes v12 speaker ranker: logistic regression over candidate features (v12_features.py); "
        "written by eval/devset/sources/train_v12.py from the dev half of eval/devset",
        "format": 1,
        "C": c,
        "pairwise": pairwise,
        "trained_on": {"quotes": len(set(rows.quotes)), "rows": len(rows.labels), "documents": len(set(rows.docs))},
        "sklearn": sklearn.__version__,
        "features": names,
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]) if not pairwise else 0.0, 6),
    }


def dumps_model(model: Mapping[str, Any]) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def fold_of(doc_ids: list[str], folds: int = FOLDS) -> dict[str, int]:
    """Documents to folds by scikit-learn's GroupKFold (deterministic, balanced by row count)."""
    from sklearn.model_selection import GroupKFold

    out: dict[str, int] = {}
    for k, (_, test) in enumerate(GroupKFold(n_splits=folds).split(doc_ids, groups=doc_ids)):
        for i in test:
            out[doc_ids[i]] = k
    return out


def cross_validate(
    ws: Workspace,
    docs: list[Document],
    gold: Mapping[str, DocAnnotation],
    c: float = DEFAULT_C,
    folds: int = FOLDS,
    config: dict[str, Any] | None = None,
    keep: set[str] | None = None,
    pairwise: bool = PAIRWISE,
) -> dict[str, float]:
    """Grouped CV by document: each fold's documents are predicted by a model fitted on the
    others; all predictions are then scored together as one run (micro figures)."""
    extractor = QuotesV12(config)
    rows = build_rows(extractor, docs, gold)
    assign = fold_of(rows.docs, folds)
    preds: dict[str, DocAnnotation] = {}
    for k in range(folds):
        train = [i for i, d in enumerate(rows.docs) if assign[d] != k]
        sub = Rows(
            [rows.features[i] for i in train],
            [rows.labels[i] for i in train],
            [rows.docs[i] for i in train],
            [rows.quotes[i] for i in train],
        )
        fold_model = QuotesV12(config, ranker=Ranker(fit(sub, c, keep, pairwise)))
        for d in docs:
            if assign.get(d.doc_id, k) == k and d.doc_id not in preds:
                preds[d.doc_id] = fold_model.extract(d)
    return score(ws, docs, gold, preds)


def score(ws: Workspace, docs: list[Document], gold: Mapping[str, DocAnnotation], preds: Mapping[str, DocAnnotation]) -> dict[str, float]:
    from newsgold.scoring import ScoreConfig
    from newsgold.scoring.corpus import score_corpus

    config = ScoreConfig(schemes=("exact", "coverage:0.3"), match_scheme="coverage:0.3", bootstrap=0)
    s = score_corpus(dict(gold), dict(preds), {d.doc_id: d for d in docs}, config, ws.entities, items=False)
    keys = ("quotes.content.coverage:0.3.f1", "quotes.content.exact.f1", "quotes.speaker.accuracy", "quotes.e2e.f1")
    return {k: s.micro[k] for k in keys}


def candidate_recall(docs: list[Document], gold: Mapping[str, DocAnnotation], extractor: QuotesV12) -> float:
    """Share of matched quotes whose gold speaker is among the candidates (the ranker's ceiling)."""
    matched = reachable = 0
    for d in docs:
        ann, cands = extractor.candidates(d)
        for q, cs in zip(ann.quotes or [], cands, strict=True):
            g = covered_gold(q, gold[d.doc_id].quotes or [])
            if g is None or not g.source.entity:
                continue
            matched += 1
            reachable += any(c.entity == g.source.entity for c in cs)
    return reachable / matched if matched else 0.0
