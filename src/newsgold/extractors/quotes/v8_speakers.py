"""``quotes`` v8's speaker resolution: v7's, with descriptions resolved through the registry's
head nouns.

v6 and v7 leave a description that no registered name or alias matches as written ("the
unions", "Prosecutors", "the spokesperson"), which can never be the gold entity.  A registry
often names such speakers descriptively ("the teachers unions (Indiana)", "a CBP spokesperson
(unnamed)"): v8 takes the registered entity whose name or alias holds the description's head
noun as a word, when it is the only one, or else the only one of those whose other capitalised
name words the document mentions ("CBP", "Holcomb").  With none or a tie, v7's rule (the
description as written).  Frozen with ``quotes`` v8.
"""

from __future__ import annotations

import re

from newsgold.extractors.quotes.v7_speakers import SpeakerResolverV7
from newsgold.extractors.speakers import derived
from newsgold.extractors.text import Mention

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


class SpeakerResolverV8(SpeakerResolverV7):
    """v7's resolver; an unmatched description takes the one registered entity of its head noun."""

    def _as_description(self, mention: Mention) -> str | None:
        if mention.kind == "description" and not mention.name:
            found = self._by_head(mention)
            if found is not None:
                return found
        return super()._as_description(mention)

    def _head_index(self) -> dict[str, list[tuple[str, set[str]]]]:
        """Lower-case word → (entity, the capitalised words of its names), built once per registry read."""
        cached = self.__dict__.get("_by_head_word")
        if cached is None:
            cached = self.__dict__["_by_head_word"] = derived(self._entities, "v8_head_index", self._make_head_index)
        return cached

    def _make_head_index(self) -> dict[str, list[tuple[str, set[str]]]]:
        out: dict[str, list[tuple[str, set[str]]]] = {}
        for e in self._entities:
            names = [e["name"], *e.get("aliases", ())]
            words = {w for n in names for w in _WORD.findall(n)}
            caps = {w for w in words if w[:1].isupper()}
            for w in {w.lower() for w in words}:
                out.setdefault(w, []).append((e["id"], caps))
        return out

    def _by_head(self, mention: Mention) -> str | None:
        words = mention.text.split()
        head = (mention.head or (words[-1] if words else "")).lower()
        hits = self._head_index().get(head, []) if head else []
        if len(hits) == 1:
            return hits[0][0]
        mentioned = [entity for entity, caps in hits if any(re.search(rf"\b{re.escape(w)}\b", self.text) for w in caps)]
        return mentioned[0] if len(mentioned) == 1 else None
