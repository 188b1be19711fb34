"""Training and grouped cross-validation of ``quotes`` v13's speaker stage (issue #15).

Read by ``eval/devset/sources/train_v13_speakers.py`` and by the test that retrains the shipped
model.  Only the **dev** half of ``eval/devset`` is read (``v12_training.dev_set``).

The stage takes any extractor's quotes, so training takes the **detecting extractor** as a
parameter: an object with ``detect(document) -> Detected`` (default :class:`V12Detection`, v12's
quotes, i.e. v11's rules and resolver).  Rows: for every found quote that covers a gold quote
(coverage 0.3) whose gold speaker is among its candidates, one row per candidate, labelled by
the scorer's own entity matcher (an id, or a name that is one of the gold entity's aliases), so
that the same code trains with a registry and without one.  The fit is v12's: pairwise
logistic regression (``v12_training.fit``), coefficients rounded to 6 decimals.

Cross-validation is grouped by document or by outlet (the doc id's first word: two articles of
one outlet never sit on both sides).  :class:`StagedQuotes` is an experimental, unregistered
extractor: v12's detection with this stage choosing the speakers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Protocol

from newsgold.corpus import Document
from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v11 import RulesV11
from newsgold.extractors.quotes.v12 import _KEPT, QuotesV12, Ranker, _KeptResolver
from newsgold.extractors.quotes.v13_speakers import FORMAT, Detected, SpeakerModel, SpeakerStage
from newsgold.schema import DocAnnotation
from newsgold.scoring.entities import EntityMatcher
from newsgold.workspace import Workspace

DEFAULT_C = 0.03
FOLDS = 6
RULE_PREFIX = "rule_"


class Detector(Protocol):
    def detect(self, document: Document) -> Detected: ...


class V12Detection(QuotesV12):
    """v12's quotes and resolution (v11's rules), without its ranker: the default detection."""

    def detect(self, document: Document) -> Detected:
        rules = RulesV11(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        ann = self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=_KeptResolver)
        resolver = _KEPT.resolver
        if rules.answers:  # as v12: the speaker named in a question has no span in the quote's sentence
            ann.quotes = [
                replace(q, source=replace(q.source, span=None)) if q.content[0][0] in rules.answers and q.cue is None else q
                for q in ann.quotes or []
            ]
        return Detected(ann, found, rules.a, resolver)


class StagedQuotes(V12Detection):
    """Experimental (not registered): v12's quotes, speakers chosen by :class:`SpeakerStage`."""

    def __init__(self, config: dict[str, Any] | None = None, stage: SpeakerStage | None = None):
        super().__init__(config)
        self.stage = stage if stage is not None else SpeakerStage()

    def extract(self, document: Document) -> DocAnnotation:
        d = self.detect(document)
        d.ann.quotes = self.stage.choose(document.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)
        return d.ann


def outlet_of(doc_id: str) -> str:
    """The outlet's short name: the doc id's first word ("cnn-trump-walter-reed" -> "cnn")."""
    return doc_id.split("-", 1)[0]


# -- the two systems compared: v12's ranker and this stage -------------------------------------------


class System(Protocol):
    """Candidates of a document and predictions with a fitted model."""

    def candidate_lists(self, document: Document) -> tuple[DocAnnotation, list[list[Any]]]: ...

    def predict(self, model: dict[str, Any], document: Document) -> DocAnnotation: ...


class StageSystem:
    def __init__(self, config: dict[str, Any], detector: Callable[[dict[str, Any]], Detector] = V12Detection):
        self.detector = detector(config)

    def candidate_lists(self, document: Document) -> tuple[DocAnnotation, list[list[Any]]]:
        d = self.detector.detect(document)
        stage = SpeakerStage(SpeakerModel({"format": FORMAT, "features": [], "coef": []}))
        return d.ann, stage.candidates(document.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)

    def predict(self, model: dict[str, Any], document: Document) -> DocAnnotation:
        d = self.detector.detect(document)
        stage = SpeakerStage(SpeakerModel(model))
        d.ann.quotes = stage.choose(document.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)
        return d.ann


class V12System:
    def __init__(self, config: dict[str, Any]):
        self.config = config
        self.extractor = QuotesV12(config)

    def candidate_lists(self, document: Document) -> tuple[DocAnnotation, list[list[Any]]]:
        ann, cands = self.extractor.candidates(document)
        return ann, list(cands)

    def predict(self, model: dict[str, Any], document: Document) -> DocAnnotation:
        return QuotesV12(self.config, ranker=Ranker(model)).extract(document)


# -- rows, fit, cross-validation ---------------------------------------------------------------------


def build_rows(system: System, docs: list[Document], gold: Mapping[str, DocAnnotation], matcher: EntityMatcher) -> T.Rows:
    rows = T.Rows([], [], [], [])
    n = 0
    for d in docs:
        ann, cands = system.candidate_lists(d)
        for q, cs in zip(ann.quotes or [], cands, strict=True):
            g = T.covered_gold(q, gold[d.doc_id].quotes or [])
            if g is None or not g.source.entity:
                continue
            labels = [int(matcher.same(c.entity, g.source.entity)) for c in cs]
            if not any(labels):
                continue  # the gold speaker is no candidate: nothing to learn about ranking
            for c, y in zip(cs, labels, strict=True):
                rows.features.append(c.features)
                rows.labels.append(y)
                rows.docs.append(d.doc_id)
                rows.quotes.append(n)
            n += 1
    return rows


def union(*parts: T.Rows) -> T.Rows:
    """Rows of several runs (with and without the registry) as one training set, quotes kept apart."""
    out = T.Rows([], [], [], [])
    base = 0
    for rows in parts:
        out.features += rows.features
        out.labels += rows.labels
        out.docs += rows.docs
        out.quotes += [base + q for q in rows.quotes]
        base += max(rows.quotes, default=-1) + 1
    return out


def stage_rows(
    configs: list[dict[str, Any]],
    docs: list[Document],
    gold: Mapping[str, DocAnnotation],
    matcher: EntityMatcher,
    detector: Callable[[dict[str, Any]], Detector] = V12Detection,
) -> T.Rows:
    """The stage's training rows: one run of the detection per config (registry and none)."""
    return union(*(build_rows(StageSystem(cfg, detector), docs, gold, matcher) for cfg in configs))


def fit(rows: T.Rows, c: float = DEFAULT_C, keep: set[str] | None = None) -> dict[str, Any]:
    model = T.fit(rows, c, keep, pairwise=True)
    model["about"] = (
        "quotes v13 speaker stage: pairwise logistic regression over candidate features (v13_speaker_features.py); "
        "written by eval/devset/sources/train_v13_speakers.py from the dev half of eval/devset"
    )
    model["format"] = FORMAT
    return model


def without_rules(rows: T.Rows) -> set[str]:
    return {f for feats in rows.features for f in feats if not f.startswith(RULE_PREFIX)}


def folds_by(doc_ids: list[str], by: str, folds: int = FOLDS) -> dict[str, int]:
    """Documents to folds by GroupKFold, grouped by ``by``: "document" or "outlet"."""
    from sklearn.model_selection import GroupKFold

    groups = doc_ids if by == "document" else [outlet_of(d) for d in doc_ids]
    out: dict[str, int] = {}
    for k, (_, test) in enumerate(GroupKFold(n_splits=folds).split(doc_ids, groups=groups)):
        for i in test:
            out[doc_ids[i]] = k
    return out


def cross_validate(
    ws: Workspace,
    system: System,
    docs: list[Document],
    gold: Mapping[str, DocAnnotation],
    by: str = "document",
    c: float = DEFAULT_C,
    keep: Callable[[T.Rows], set[str]] | None = None,
    rows: T.Rows | None = None,
) -> tuple[dict[str, float], dict[str, DocAnnotation]]:
    """Grouped CV: each fold's documents predicted by a model fitted on the other folds'; all
    predictions scored together (micro).  Returns the figures and the out-of-fold predictions."""
    matcher = EntityMatcher(ws.entities)
    if rows is None:
        rows = build_rows(system, docs, gold, matcher)
    assign = folds_by([d.doc_id for d in docs], by)
    preds: dict[str, DocAnnotation] = {}
    kept = keep(rows) if keep is not None else None
    for k in sorted(set(assign.values())):
        train = [i for i, d in enumerate(rows.docs) if assign[d] != k]
        sub = T.Rows(
            [rows.features[i] for i in train],
            [rows.labels[i] for i in train],
            [rows.docs[i] for i in train],
            [rows.quotes[i] for i in train],
        )
        model = fit(sub, c, kept)
        for d in docs:
            if assign[d.doc_id] == k:
                preds[d.doc_id] = system.predict(model, d)
    return T.score(ws, docs, gold, preds), preds


def oracle_rate(system: System, docs: list[Document], gold: Mapping[str, DocAnnotation], matcher: EntityMatcher) -> tuple[int, int]:
    """(matched quotes with a gold speaker, of which the gold speaker is a candidate)."""
    matched = reachable = 0
    for d in docs:
        ann, cands = system.candidate_lists(d)
        for q, cs in zip(ann.quotes or [], cands, strict=True):
            g = T.covered_gold(q, gold[d.doc_id].quotes or [])
            if g is None or not g.source.entity:
                continue
            matched += 1
            reachable += any(matcher.same(c.entity, g.source.entity) for c in cs)
    return matched, reachable
