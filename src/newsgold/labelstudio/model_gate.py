"""Is a model good enough to pre-annotate with?  Its F1 on the workspace's gold decides.

Pre-annotation anchors annotators on the model's output; a weak model then costs more than it
saves.  ``annotate --model`` therefore scores the extractor against the gold first (the scoring
engine's default settings, as ``newsgold score``) and refuses to connect it when any layer it
predicts is below the threshold, unless forced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsgold.errors import NewsgoldError
from newsgold.extractors import extract_many
from newsgold.extractors.base import Extractor
from newsgold.layers import registry
from newsgold.workspace import Workspace

DEFAULT_MIN_F1 = 0.5


class ModelRefused(NewsgoldError):
    """The model's F1 on the gold is below the threshold (``--force`` connects it anyway)."""


@dataclass(frozen=True)
class GoldF1:
    model: str
    n_docs: int
    f1: dict[str, float]  # the layer's headline F1 key (its first agreement F1) -> value

    def below(self, threshold: float) -> dict[str, float]:
        return {k: v for k, v in self.f1.items() if math.isnan(v) or v < threshold}

    def summary(self) -> str:
        figures = ", ".join(f"{k} {v:.3f}" for k, v in self.f1.items())
        return f"{self.model} on the gold ({self.n_docs} documents): {figures}"


def gold_f1(extractor: Extractor, ws: Workspace) -> GoldF1:
    """The extractor's F1 per predicted layer on every gold document of the workspace."""
    from newsgold.scoring.corpus import score_corpus
    from newsgold.store import load_annotations

    gold = load_annotations(ws.gold_dir, ws.context()) if any(ws.gold_dir.glob("*.json")) else {}
    name = f"{extractor.name}@{extractor.version}"
    if not gold:
        raise ModelRefused(f"no gold in {ws.gold_dir} to measure {name} on: pass --force to connect it unmeasured")
    docs = [ws.documents[d] for d in sorted(gold)]
    preds = {a.doc_id: a for a in extract_many(extractor, docs)}
    scores = score_corpus(gold, preds, ws.documents, entities=ws.entities)
    keys = [registry[layer].agreement_f1()[0] for layer in extractor.layers]
    return GoldF1(name, len(docs), {k: scores.micro.get(k, math.nan) for k in keys})


def check_model(extractor: Extractor, ws: Workspace, min_f1: float, force: bool = False) -> GoldF1:
    """The measured F1; :class:`ModelRefused` when a layer is below ``min_f1`` and not ``force``."""
    measured = gold_f1(extractor, ws)
    low = measured.below(min_f1)
    if low and not force:
        figures = ", ".join(f"{k} = {v:.3f}" for k, v in low.items())
        raise ModelRefused(
            f"{measured.model} is below --min-f1 {min_f1:g} on the gold ({measured.n_docs} documents): {figures}; "
            "its suggestions would anchor the annotators on a weak model. Pass --force to connect it anyway."
        )
    return measured
