"""From found quotes to the annotation: ordering, ids, speaker resolution.  Shared by all versions.

Shared on purpose and small: every quote version needs the same output assembly, and any
change to it moves every released version's output, which the pins (``tests/extractors/
pins.json``) catch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention
from newsgold.schema import DocAnnotation, Quote, Source

Span = tuple[int, int]


@dataclass
class Found:
    """A quote before resolution: content fragments, cue, speaker mention, type."""

    type: str
    content: list[Span]
    cue: Span | None
    mention: Mention | None
    inherit: bool = False  # continuation paragraph: speaker of the previous quote


class QuoteExtractorBase(BaseExtractor):
    """Shared configuration: an optional entity registry (path or list of entity dicts)."""

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"entities": None}

    def _finish(
        self,
        document: Document,
        found: list[Found],
        resolve: bool,
        analysis: Analysis | None = None,
        resolver_class: type[SpeakerResolver] = SpeakerResolver,
    ) -> DocAnnotation:
        found.sort(key=lambda f: (f.content[0][0], f.content[-1][1]))
        entities = self.config.get("entities")
        if isinstance(entities, (str, Path)):
            entities = self.data_path(entities)
        resolver = resolver_class(document.text, entities, document_dir=None)
        quotes = []
        prev_entity: str | None = None
        for i, f in enumerate(found, start=1):
            mention = f.mention
            span = (mention.start, mention.end) if mention else None
            if resolve:
                if analysis is None:
                    analysis = Analysis(document.text)
                entity = prev_entity if f.inherit else resolver.resolve(mention, analysis, f.cue)
            else:
                entity = resolver.as_written(mention) if mention else None
            if mention is not None or f.inherit:
                prev_entity = entity if entity is not None else prev_entity
            if f.inherit:
                span = None
            quotes.append(Quote(id=f"q{i}", type=f.type, content=f.content, source=Source(span, entity), cue=f.cue))
            if resolve and mention is not None and entity is not None:
                resolver.note_speaker(mention, entity)
        ann = self.empty(document)
        ann.quotes = quotes
        return ann


def speakers_of(annotation: DocAnnotation) -> list[str]:
    return [q.source.entity for q in annotation.quotes or [] if q.source.entity]
