"""``claims-learned`` v1: a candidate generator (the rules of ``claims`` v1) plus two classifiers.

What it is, exactly:

1. **Candidates** are the clauses that ``claims`` v1 would output — the same spans, claimants and
   quote links, *after* the rule filter (``claims.keep``).  The model never proposes a span the
   rules did not, so its span recall can never exceed the rules'.
2. **Filter**: a scikit-learn pipeline (word and character n-gram TF-IDF, logistic regression,
   balanced classes) learns from gold which candidates are claims (a candidate is a positive
   when it covers ≥ 50% of a gold claim, measured on the longer of the two); candidates with
   P(claim) < ``threshold`` are dropped.  It can only *remove* rule output, i.e. trade recall for
   precision.
3. **Kind**: a second pipeline of the same shape labels factual vs evaluative, replacing the
   rule's ``kind_of``.  Checkworthiness is still the rule's (``claims.checkworthy``).

On the two-document corpus, cross-validated by document, each fold trains on one document whose
rule candidates are nearly all claims (1-2 negatives), so the filter keeps every test candidate
and the span scores equal ``claims`` v1 exactly; only the kind labels differ.  That is the honest
result for this corpus size, not a bug; ``tests/extractors/test_claims_learned.py`` shows on
invented documents that a fitted filter does drop non-claims the rules keep.

It is only ever evaluated by cross-validation by document (the suite's ``folds``): a model is
never scored on a document it was fitted on.  Unfitted (or fitted on gold with one class only),
it falls back to the rules: every candidate kept, kind by ``kind_of``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.claims import ClaimsV1, checkworthy, kind_of
from newsgold.extractors.quotes.v2 import QuotesV2
from newsgold.schema import Claim, DocAnnotation


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> float:
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    la, lb = sum(e - s for s, e in a), sum(e - s for s, e in b)
    return inter / max(la, lb) if la and lb else 0.0


def _import_sklearn() -> None:
    """Import the scikit-learn modules this extractor uses, without pandas.

    ``sklearn.utils.fixes`` imports pandas at start-up if it is installed (for a DataFrame
    helper that plain lists of strings never reach): ~0.3 s of the ~1.3 s that importing
    scikit-learn costs a run, on its longest path (``runs/overlap.py``).  pandas is hidden
    while scikit-learn is imported, as if it were not installed, then visible again, so a later
    ``import pandas`` anywhere works as usual; if pandas is already imported nothing changes.
    """
    import sys

    if "sklearn.pipeline" in sys.modules:
        return
    hide = "pandas" not in sys.modules
    if hide:
        sys.modules["pandas"] = None  # type: ignore[assignment]  # the documented way to make an import fail
    try:
        import sklearn.feature_extraction.text
        import sklearn.linear_model
        import sklearn.pipeline  # noqa: F401
    finally:
        if hide and sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]


def _pipeline(seed: int) -> Any:
    _import_sklearn()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), lowercase=True, min_df=1)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=1)),
        ]
    )
    return Pipeline([("features", features), ("clf", LogisticRegression(max_iter=1000, class_weight="balanced", random_state=seed))])


class LearnedClaims(BaseExtractor):
    """Rule candidates, filtered and typed by classifiers fitted on gold (see the module docstring)."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="claims-learned", version="1", layers=("claims",), config=config or {})
        self.rules = ClaimsV1({"entities": self.config["entities"], "unnamed_voice": self.config["unnamed_voice"]})
        self.is_claim: Any = None
        self.kind: Any = None
        self.trained_on: list[str] = []

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"entities": None, "unnamed_voice": "E_UNNAMED_PUBLISHER", "threshold": 0.5, "seed": 0}

    def _candidates(self, document: Document) -> list[Any]:
        quoter = QuotesV2({"entities": self.config["entities"]})
        quoter.data_root = self.data_root  # the same workspace's registry (not the current directory's)
        quotes = quoter.extract(document).quotes or []
        return self.rules.candidates(document, quotes)

    def fit(self, documents: Sequence[Document], gold: Mapping[str, DocAnnotation]) -> None:
        """Fit both classifiers; ``documents`` is iterated once (a run streams them from disk)."""
        texts, labels, kind_texts, kinds = [], [], [], []
        seen = []
        for doc in documents:
            seen.append(doc.doc_id)
            g = gold.get(doc.doc_id)
            if g is None or g.claims is None:
                continue
            for cand in self._candidates(doc):
                best = max(g.claims, key=lambda c: _overlap(cand.span, c.span), default=None)
                hit = best is not None and _overlap(cand.span, best.span) >= 0.5
                texts.append(cand.text)
                labels.append(int(hit))
                if best is not None and hit:
                    kind_texts.append(cand.text)
                    kinds.append(best.kind)
        self.trained_on = sorted(seen)
        seed = int(self.config["seed"])
        self.is_claim = _pipeline(seed).fit(texts, labels) if len(set(labels)) == 2 else None
        self.kind = _pipeline(seed).fit(kind_texts, kinds) if len(set(kinds)) == 2 else None

    def extract(self, document: Document) -> DocAnnotation:
        return self.extract_batch([document])[0]

    def extract_batch(self, documents: Sequence[Document]) -> list[DocAnnotation]:
        """One classifier call for all candidates of ``documents`` (each call costs ~10 ms of
        scikit-learn overhead: per document, that was most of this extractor's time); each row is
        scored on its own, so the output is the same as document by document."""
        cands = [sorted(self._candidates(d), key=lambda c: (c.span[0][0], c.span[-1][1])) for d in documents]
        texts = [c.text for doc_cands in cands for c in doc_cands]
        probs = self.is_claim.predict_proba(texts)[:, 1] if self.is_claim is not None and texts else None
        kinds = list(self.kind.predict(texts)) if self.kind is not None and texts else None
        out, at = [], 0
        for doc, doc_cands in zip(documents, cands):
            n = len(doc_cands)
            out.append(
                self._annotation(
                    doc, doc_cands, None if probs is None else probs[at : at + n], None if kinds is None else kinds[at : at + n]
                )
            )
            at += n
        return out

    def _annotation(self, document: Document, cands: list[Any], probs: Any, predicted_kinds: list[Any] | None) -> DocAnnotation:
        texts = [c.text for c in cands]
        keep = [True] * len(cands)
        scores: list[float | None] = [None] * len(cands)
        if probs is not None and cands:
            keep = [p >= float(self.config["threshold"]) for p in probs]
            scores = [round(float(p), 4) for p in probs]
        kinds = predicted_kinds if predicted_kinds is not None and cands else [kind_of(t) for t in texts]
        claims: list[Claim] = []
        for c, k, kind, score in zip(cands, keep, kinds, scores):
            if k:
                claims.append(Claim(f"c{len(claims) + 1}", c.span, c.claimant, str(kind), checkworthy(c.text, str(kind)), c.quote, score))
        ann = self.empty(document)
        ann.claims = claims
        return ann
