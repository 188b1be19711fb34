"""Training and grouped cross-validation of ``quotes`` v14's speaker stage (issue #15).

Read by ``eval/devset/sources/train_v14_speakers.py`` and by the test that retrains the shipped
model.  The documents are a frozen list (dev + more3, ``train_v14_speakers_docs.json``) and the
registry a frozen copy (``train_v14_entities.json``): rows are labelled with that registry's
names and aliases, so a retrain reproduces the shipped file whatever the workspace's registry or
splits become.  The detection is v13's (``QuotesV13.detect``); rows, fit and folds are v13's
stage's (:mod:`.v13_speakers_training`: pairwise logistic regression, rounded coefficients,
GroupKFold by document or by outlet), one model fitted on the rows found with the registry and
found again without one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes import v13_speakers_training as S
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v13_speakers import FORMAT, SpeakerModel
from newsgold.extractors.quotes.v14_speakers import SpeakerStageV14
from newsgold.schema import DocAnnotation, Entity
from newsgold.scoring.entities import EntityMatcher
from newsgold.workspace import Workspace

C = 1.0  # v13's stage's C; see the trainer's --cv for others


def training_set(root: Path, docs_file: Path) -> tuple[Workspace, list[Document], dict[str, DocAnnotation]]:
    """The frozen list's documents and their gold (dev and more3 only: the list is checked)."""
    from newsgold.errors import NewsgoldError
    from newsgold.store import load_annotations

    ws = Workspace.at(root)
    ids = json.loads(docs_file.read_text(encoding="utf-8"))
    if not isinstance(ids, list) or not all(isinstance(d, str) for d in ids):
        raise NewsgoldError(f"{docs_file}: expected a JSON list of document ids")
    splits = json.loads((root / "splits.json").read_text(encoding="utf-8"))
    allowed = set(splits.get("dev", ())) | set(splits.get("more3", ()))
    for i, d in enumerate(ids):
        if d not in allowed:
            raise NewsgoldError(f"{docs_file}: item [{i}] {d!r}: not in the dev or more3 split (held-out documents are never trained on)")
    ctx = ws.context()
    gold: dict[str, DocAnnotation] = {}
    for d in ids:
        gold.update(load_annotations(ws.gold_dir / f"{d}.json", ctx))
    return ws, [ws.documents[d] for d in ids], gold


def frozen_matcher(entities_file: Path) -> EntityMatcher:
    """The labels' matcher: the frozen registry's names and aliases."""
    raw = json.loads(entities_file.read_text(encoding="utf-8"))
    return EntityMatcher(Entity.from_dict(e) for e in raw)


class StageSystemV14:
    """v13's detection, candidates and choices by :class:`SpeakerStageV14` (with a given model)."""

    def __init__(self, config: dict[str, Any]):
        self.detector = QuotesV13(config)

    def candidate_lists(self, document: Document) -> tuple[DocAnnotation, list[list[Any]]]:
        d = self.detector.detect(document)
        stage = SpeakerStageV14(SpeakerModel({"format": FORMAT, "features": [], "coef": []}))
        return d.ann, stage.candidates(document.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)

    def predict(self, model: dict[str, Any], document: Document) -> DocAnnotation:
        d = self.detector.detect(document)
        stage = SpeakerStageV14(SpeakerModel(model, "quotes v14 speaker model"))
        d.ann.quotes = stage.choose(document.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)
        return d.ann


def rows_for(
    system: Any, configs: list[dict[str, Any]], docs: list[Document], gold: Mapping[str, DocAnnotation], matcher: EntityMatcher
) -> T.Rows:
    """One model's rows: one run of the detection per config (the registry, then none)."""
    return S.union(*(S.build_rows(system(cfg), docs, gold, matcher) for cfg in configs))


def fit(rows: T.Rows, c: float = C) -> dict[str, Any]:
    model = T.fit(rows, c, S.without_rules(rows), pairwise=True)
    model["about"] = (
        "quotes v14 speaker stage: pairwise logistic regression over candidate features (v14_speaker_features.py); "
        "written by eval/devset/sources/train_v14_speakers.py from dev+more3 of eval/devset (frozen list and registry)"
    )
    model["format"] = FORMAT
    return model
