"""The quote extractors' tests read a result as rows: what a reader checks, not offsets."""

from __future__ import annotations

from typing import Any

from newsgold.corpus import Document


def quote_rows(extractor: Any, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, content, source span text, speaker, cue text) of every quote ``extractor`` finds in ``text``."""
    ann = extractor.extract(Document("d", text))
    out = []
    for q in ann.quotes:
        content = " | ".join(text[s:e] for s, e in q.content)
        src = text[slice(*q.source.span)] if q.source.span else None
        cue = text[slice(*q.cue)] if q.cue else None
        out.append((q.type, content, src, q.source.entity, cue))
    return out
