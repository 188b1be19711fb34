"""``quotes`` v5's speaker resolution: v4's, with the registry read the way it is written.

Registries name people by full name and groups or unnamed people by a description with a
qualifier (GUIDELINES §4.4: "the researchers (the study)", "X's boyfriend (the victim)");
the text says "Smith", "the researchers", "The boyfriend".  v4 looked such mentions up only
by exact name or alias, so the speaker was found and lost.  v5's registry also answers for:
a name without its parenthesised qualifier; the noun after a possessor ("X's boyfriend" →
"boyfriend"); a lone surname that ends exactly one registered person name; a description of
two or more words that begins exactly one registered name ("NYPD officers" → "NYPD officers
at the vigil"); the owner of a report ("the Moody's report" → "Moody's").  Every such extra key must be unique in the registry, else it is dropped.

Pronouns agree in gender: "he" is never resolved to a speaker earlier referred to as "she"
(or by a female role noun such as "mother"), and the reverse.  Frozen with ``quotes`` v5.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

from newsgold.extractors.quotes.v4_speakers import SpeakerResolverV4
from newsgold.extractors.speakers import Registry, _norm, load_registry, registry_of
from newsgold.extractors.text import Analysis, Mention

_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_DOCUMENT_NOUNS = {"report", "statement", "study", "survey", "analysis", "estimate", "estimates", "forecast", "poll", "data", "figures"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_MALE_NOUNS = {"man", "boyfriend", "husband", "father", "son", "brother", "uncle", "grandfather", "mr.", "mr", "boy", "king"}
_FEMALE_NOUNS = {
    "woman",
    "girlfriend",
    "wife",
    "mother",
    "daughter",
    "sister",
    "aunt",
    "grandmother",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "girl",
    "queen",
}


class RegistryV5(Registry):
    """v4's registry plus the unique extra keys listed in the module docstring."""

    def __init__(self, entities: list[dict[str, Any]]):
        super().__init__(entities)
        extra: dict[str, set[str]] = {}
        self.full: dict[str, str] = {}  # every normalised name and alias, qualifier removed
        for e in entities:
            for name in (e["name"], *e.get("aliases", ())):
                base = _norm(_QUALIFIER.sub("", name))
                self.full.setdefault(base, e["id"])
                keys = {base}
                if "'s " in base:
                    keys.add(base.split("'s ", 1)[1])
                words = base.split()
                if e.get("type") == "person" and len(words) >= 2 and name[:1].isupper():
                    keys.add(words[-1])
                for k in keys:
                    extra.setdefault(k, set()).add(e["id"])
        self.extra = {k: ids.pop() for k, ids in extra.items() if len(ids) == 1 and k not in self.by_name}

    def lookup(self, *candidates: str | None) -> str | None:
        found = super().lookup(*candidates)
        if found is not None:
            return found
        for cand in candidates:
            if not cand:
                continue
            norm = _norm(cand)
            if norm in self.extra:
                return self.extra[norm]
            if "'s " in norm:
                owner, thing = norm.split("'s ", 1)
                if thing in self.extra:
                    return self.extra[thing]
                if thing.split()[-1] in _DOCUMENT_NOUNS:  # "the Moody's report": the organisation
                    found = super().lookup(owner + "'s", owner)
                    if found is not None:
                        return found
            if len(norm.split()) >= 2:
                hits = self._starting(norm + " ")
                if len(hits) == 1:
                    return hits.pop()
        return None

    def _starting(self, prefix: str) -> set[str]:
        """The ids of the full names that begin with ``prefix``: a range of the sorted names (the
        scan of every name this replaces was most of a document's time with a large registry)."""
        keys = self.__dict__.get("_sorted_full")
        if keys is None:
            keys = self.__dict__["_sorted_full"] = sorted(self.full)
        full, out = self.full, set()
        for i in range(bisect_left(keys, prefix), len(keys)):
            if not keys[i].startswith(prefix):
                break
            out.add(full[keys[i]])
        return out


def _gender(mention: Mention) -> str | None:
    words = [mention.text.lower(), (mention.head or "").lower()]
    if any(w in _MALE or w in _MALE_NOUNS for w in words):
        return "m"
    if any(w in _FEMALE or w in _FEMALE_NOUNS for w in words):
        return "f"
    return None


class SpeakerResolverV5(SpeakerResolverV4):
    """v4's resolver with :class:`RegistryV5` and gender agreement for pronouns."""

    def __init__(self, text: str, entities: Any = None, document_dir: Path | None = None):
        super().__init__(text, entities, document_dir)
        self.registry = registry_of(RegistryV5, load_registry(entities))
        self.gender: dict[str, str] = {}

    def note_speaker(self, mention: Mention, entity: str) -> None:
        g = _gender(mention) if mention.kind != "pronoun" else None
        if g is None and mention.kind == "name" and self._analysis_for_gender is not None:
            g = self._gender_from_text(mention, self._analysis_for_gender)
        if g is not None:
            self.gender.setdefault(entity, g)
            if mention.kind == "description":  # "The boyfriend": a person, whatever the head's default
                self.speakers.append((mention.start, entity, True))
                return
        super().note_speaker(mention, entity)

    _analysis_for_gender: Analysis | None = None

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        self._analysis_for_gender = a
        return super().resolve(mention, a, cue)

    def _gender_from_text(self, mention: Mention, a: Analysis) -> str | None:
        """The first personal pronoun after a name in its sentence, outside quotations and
        before any other person's name ("Smith said she …"): evidence from the text, never
        from an earlier resolution."""
        _, end = a.sentence_of(mention.start)
        others = [m.start for m in a.names if mention.end <= m.start < end and m.person and m.name]
        stop = min(others, default=end)
        for t in a.tokens_between(mention.end, stop):
            low = t.lower  # the gendered words are few: the quotation test only for them
            if low in _MALE:
                g = "m"
            elif low in _FEMALE:
                g = "f"
            else:
                continue
            if not a.in_quotation(t.start):
                return g
        return None

    def _pronoun(self, mention: Mention, a: Analysis) -> str | None:
        g = _gender(mention)
        if g is None:
            return super()._pronoun(mention, a)
        kept = self.speakers
        self.speakers = [s for s in kept if self.gender.get(s[1], g) == g]
        try:
            found = super()._pronoun(mention, a)
        finally:
            self.speakers = kept
        return None if found is not None and self.gender.get(found, g) != g else found
