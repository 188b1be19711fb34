"""``quotes`` v14's speaker stage: speakers named by in-document entities, registry or none (issue #15).

v13's stage (:mod:`.v13_speakers`) chose well with an entity registry and badly without one
(dev+more3: 0.89 against 0.72 of matched quotes; ``eval/devset/sources/speaker_gap_v14.py``
classes the gap).  This stage has v13's interface and model format; its candidates are the
in-document entities of :mod:`.v14_speaker_features`, each under the fullest form the document
writes for it (a registry id when a registry is given and knows it).  The model
(``newsgold/data/quotes_v14_speakers.json``) is written by
``eval/devset/sources/train_v14_speakers.py`` from dev+more3 with v13's detection.

Grouped 6-fold CV on those 54 documents, v13's detection, each stage retrained per fold
(``train_v14_speakers.py --cv``), speaker accuracy / end-to-end F1:

=================  ==========================  ==========================
                   by document                 by outlet
=================  ==========================  ==========================
registry, v13      0.861 / 0.783               0.877 / 0.797
registry, v14      0.877 / 0.797               0.883 / 0.803
no registry, v13   0.703 / 0.640               0.714 / 0.650
no registry, v14   0.750 / 0.682               0.761 / 0.692
=================  ==========================  ==========================

Of the quotes still right with the registry and wrong without (88 in-sample,
``speaker_gap_v14.py --stage v14``), 62 are ones no registry-free output can match: the gold
entity's name and aliases are a qualified description the document never writes.

Use from an extractor with v13's ``detect`` (the integrator wires it as ``stage=``)::

    d = self.detect(document)
    d.ann.quotes = SpeakerStageV14.shipped().choose(document.text, d.ann.quotes, d.found, d.analysis, d.resolver)

``QuotesV13(config, stage=SpeakerStageV14.shipped())`` runs v13's detection with this stage.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from importlib import resources

from newsgold.extractors.base import ExtractorError
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v13_speaker_features import Candidate, History, basic_resolutions
from newsgold.extractors.quotes.v13_speakers import SpeakerModel, SpeakerStage
from newsgold.extractors.quotes.v14_speaker_features import NamingsV14, candidates
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis
from newsgold.schema import Quote, Source

MODEL_FILE = "quotes_v14_speakers.json"  # in newsgold/data (package data)

_SHIPPED: SpeakerStageV14 | None = None
_LOCK = threading.Lock()


class SpeakerStageV14(SpeakerStage):
    """Chooses the speakers of already-found quotes (``model``: the shipped file unless given).
    A :class:`~.v13_speakers.SpeakerStage` by interface (``QuotesV13(stage=...)`` takes it); none
    of v13's stage's code runs but its model class."""

    def __init__(self, model: SpeakerModel | None = None):
        super().__init__(model if model is not None else _shipped_model())

    @classmethod
    def shipped(cls) -> SpeakerStageV14:  # the v14 model, not v13's
        """One stage for the shipped model, shared (its registry words are per registry)."""
        global _SHIPPED
        with _LOCK:
            if _SHIPPED is None:
                _SHIPPED = cls()
            return _SHIPPED

    def namings_v14(self, text: str, analysis: Analysis, resolver: SpeakerResolver, found: list[Found]) -> NamingsV14:
        entities = getattr(resolver, "_entities", None) or ()
        key = tuple((e["id"], e["name"], tuple(e.get("aliases", ()))) for e in entities)
        if key != self._registry[0]:  # the registry's words are made again only when it changed
            self._registry = (key, {})
        return NamingsV14(text, analysis, resolver, self._registry[1], found)

    def _check(self, quotes: list[Quote], found: list[Found]) -> None:
        if len(quotes) != len(found):
            raise ExtractorError(f"speaker stage v14: {len(quotes)} quotes but {len(found)} found items (pass the list _finish sorted)")

    def candidates(
        self, text: str, quotes: list[Quote], found: list[Found], analysis: Analysis, resolver: SpeakerResolver
    ) -> list[list[Candidate]]:
        """Per quote, its candidates, the previous speaker being the detecting extractor's (what training reads)."""
        self._check(quotes, found)
        namings = self.namings_v14(text, analysis, resolver, found)
        out, history = [], History()
        for q, f, basic in zip(quotes, found, basic_resolutions(namings, found), strict=True):
            out.append(candidates(namings, q, f, q.source.entity, history, basic))
            history.after(namings, q, f, namings.canonical(q.source.entity))
        return out

    def choose(self, text: str, quotes: list[Quote], found: list[Found], analysis: Analysis, resolver: SpeakerResolver) -> list[Quote]:
        """The quotes (as ``_finish`` made them from the sorted ``found``) with speakers re-chosen
        and written as this stage keys them; the previous quote's speaker is its own choice."""
        self._check(quotes, found)
        namings = self.namings_v14(text, analysis, resolver, found)
        out: list[Quote] = []
        history = History()
        for q, f, basic in zip(quotes, found, basic_resolutions(namings, found), strict=True):
            best = self.model.best(candidates(namings, q, f, q.source.entity, history, basic))
            if best is not None and best.entity != namings.canonical(q.source.entity):
                m = None if f.inherit else f.mention
                span: tuple[int, int] | None = best.span
                if m is not None and m.kind in ("pronoun", "description") and q.source.span is not None:
                    span = q.source.span  # the mention stays; it stands for another entity
                q = replace(q, source=Source(span, best.entity))
            elif q.source.entity is not None and namings.canonical(q.source.entity) != q.source.entity:
                q = replace(q, source=replace(q.source, entity=namings.canonical(q.source.entity)))
            out.append(q)
            history.after(namings, q, f, q.source.entity)
        return out


def _shipped_model() -> SpeakerModel:
    path = resources.files("newsgold.data").joinpath(MODEL_FILE)
    return SpeakerModel(json.loads(path.read_text(encoding="utf-8")), f"newsgold/data/{MODEL_FILE}")
