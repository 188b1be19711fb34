"""``quotes`` v13's speaker stage: a quote's speaker chosen among candidates by a linear model (issue #15).

v12's ranker fitted v11's rules: its heaviest features say which entity those rules chose, and
on the dev half, where the rules were written, they are right 93% of the time, so in
cross-validation it never overruled them where they were wrong; on new articles (rules right
78% of the time) it followed them.  This stage scores the candidates of
:mod:`.v13_speaker_features` (the text around the quote: the cue's mention, discourse, position,
agreement), works with or without an entity registry, and takes any extractor's quotes: the
sorted ``Found`` list, the quotes ``_finish`` made from it, the rules' ``Analysis`` and the
resolver ``_finish`` used.  The model (``newsgold/data/quotes_v13_speakers.json``) is written by
``eval/devset/sources/train_v13_speakers.py``; scoring is a dot product (no scikit-learn).

Use from an extractor::

    ann = self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=...)
    ann.quotes = SpeakerStage.shipped().choose(document.text, ann.quotes, found, rules.a, resolver)
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from newsgold.extractors.base import ExtractorError
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v13_speaker_features import Candidate, History, Namings, basic_resolutions, candidates
from newsgold.extractors.speakers import Entities, SpeakerResolver, derived
from newsgold.extractors.text import Analysis
from newsgold.schema import DocAnnotation, Quote, Source

MODEL_FILE = "quotes_v13_speakers.json"  # in newsgold/data (package data)
FORMAT = 1


class SpeakerModel:
    """Frozen coefficients: named feature values -> a score (higher: more likely the speaker)."""

    def __init__(self, model: Any, where: str = "quotes v13 speaker model"):
        if not isinstance(model, dict):
            raise ExtractorError(f"{where}: expected a JSON object, got {type(model).__name__}")
        for key in ("format", "features", "coef"):
            if key not in model:
                raise ExtractorError(f"{where}: missing field {key!r}")
        if model["format"] != FORMAT:
            raise ExtractorError(f"{where}: field 'format': expected {FORMAT}, got {model['format']!r}")
        names, coef = model["features"], model["coef"]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ExtractorError(f"{where}: field 'features': expected a list of feature names")
        if not isinstance(coef, list) or len(coef) != len(names):
            raise ExtractorError(f"{where}: field 'coef': expected a list of {len(names)} numbers, one per feature")
        for i, v in enumerate(coef):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise ExtractorError(f"{where}: field 'coef' item [{i}] ({names[i]}): expected a number, got {v!r}")
        self.weights = dict(zip(names, (float(v) for v in coef), strict=True))

    @classmethod
    def load(cls, path: str | Path) -> SpeakerModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ExtractorError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from exc
        except OSError as exc:
            raise ExtractorError(f"{path}: cannot read the speaker model ({exc.strerror})") from exc
        return cls(data, str(path))

    def score(self, cand: Candidate) -> float:
        w = self.weights
        return sum(w.get(name, 0.0) * value for name, value in cand.features.items())

    def best(self, cands: list[Candidate]) -> Candidate | None:
        """The highest-scoring candidate; ties go to the first in entity order (deterministic)."""
        best: Candidate | None = None
        top = 0.0
        for c in cands:
            s = self.score(c)
            if best is None or s > top:
                best, top = c, s
        return best


@dataclass
class Detected:
    """One document's found quotes, as the stage reads them."""

    ann: DocAnnotation  # quotes made by ``_finish`` from ``found`` (sorted by it), speakers resolved
    found: list[Found]
    analysis: Analysis
    resolver: SpeakerResolver


_SHIPPED: SpeakerStage | None = None
_LOCK = threading.Lock()


class SpeakerStage:
    """Chooses the speakers of already-found quotes (``model``: the shipped file unless given)."""

    def __init__(self, model: SpeakerModel | None = None):
        self.model = model if model is not None else _shipped_model()
        self._registry: tuple[Any, dict[str, Any]] = ((), {})  # the last registry seen and its words

    @classmethod
    def shipped(cls) -> SpeakerStage:
        """One stage for the shipped model, shared (its registry words are per registry object)."""
        global _SHIPPED
        with _LOCK:
            if _SHIPPED is None:
                _SHIPPED = cls()
            return _SHIPPED

    def namings(self, text: str, analysis: Analysis, resolver: SpeakerResolver) -> Namings:
        entities = getattr(resolver, "_entities", None) or ()
        if isinstance(entities, Entities):  # a registry file, read once: its words made once with it
            return Namings(text, analysis, resolver, derived(entities, "v13_words", dict))
        # a registry given as a list may change between documents: its words are made again when it did
        key = tuple((e["id"], e["name"], tuple(e.get("aliases", ()))) for e in entities)
        if key != self._registry[0]:
            self._registry = (key, {})
        return Namings(text, analysis, resolver, self._registry[1])

    def candidates(
        self, text: str, quotes: list[Quote], found: list[Found], analysis: Analysis, resolver: SpeakerResolver
    ) -> list[list[Candidate]]:
        """Per quote, its candidates, the previous speaker being the detecting extractor's (what training reads)."""
        namings = self.namings(text, analysis, resolver)
        out, history = [], History()
        for q, f, basic in zip(quotes, found, basic_resolutions(namings, found), strict=True):
            out.append(candidates(namings, q, f, q.source.entity, history, basic))
            history.after(namings, q, f, q.source.entity)
        return out

    def choose(self, text: str, quotes: list[Quote], found: list[Found], analysis: Analysis, resolver: SpeakerResolver) -> list[Quote]:
        """The quotes (as ``_finish`` made them from the sorted ``found``) with speakers re-chosen;
        the previous quote's speaker is this stage's own choice."""
        if len(quotes) != len(found):
            raise ExtractorError(f"speaker stage: {len(quotes)} quotes but {len(found)} found items (pass the list _finish sorted)")
        namings = self.namings(text, analysis, resolver)
        out: list[Quote] = []
        history = History()
        for q, f, basic in zip(quotes, found, basic_resolutions(namings, found), strict=True):
            cs = candidates(namings, q, f, q.source.entity, history, basic)
            best = self.model.best(cs)
            if best is not None and best.entity != q.source.entity:
                m = None if f.inherit else f.mention
                span: tuple[int, int] | None = best.span
                if m is not None and m.kind in ("pronoun", "description") and q.source.span is not None:
                    span = q.source.span  # the mention stays; it stands for another entity
                q = replace(q, source=Source(span, best.entity))
            out.append(q)
            history.after(namings, q, f, q.source.entity)
        return out


def _shipped_model() -> SpeakerModel:
    path = resources.files("newsgold.data").joinpath(MODEL_FILE)
    return SpeakerModel(json.loads(path.read_text(encoding="utf-8")), f"newsgold/data/{MODEL_FILE}")
