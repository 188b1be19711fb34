"""``quotes`` v6's speaker resolution: v5's, with descriptions kept as speakers of their own.

v3-v5 resolved a definite description ("the official", "the person") to the most recent person
quoted, whoever that was; GUIDELINES §9.3 resolves it only to the one named holder of that title
in the document, and otherwise registers the description itself (§4.4).  v6, for a description:
the unique named title holder (as before), else the registry (also a generic one-word head that
begins exactly one registered description: "the person" → "the person X texted"), else the entity of an
earlier speaker described with the same head noun ("A police official said … The official
said"), else the description as written, so that it is a speaker later pronouns can refer to.
A description with a prepositional phrase ("a member of the union", "a spokeswoman for X") is
looked up as a whole and never resolves to the organisation it names.

A generic head ("the person", "the other man") is never the most recent speaker by default (v5
made it so); a title or role ("the director") still is, as in v5.  A possessive ("X, her
deputy, …") is no evidence of the gender of the name before it.

A person introduced as a sentence subject in the pronoun's paragraph after the last speaker is
the pronoun's antecedent.  Pronouns look for the previous speaker in their paragraph and the one
before, as v4 meant to:
v4 took the paragraph before to start after the previous newline, which with paragraphs parted
by a blank line is that blank line, so a speaker quoted in the paragraph before was never found.
Frozen with ``quotes`` v6.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

from newsgold.extractors.lexicon import PRONOUNS_PERSON
from newsgold.extractors.quotes.v3_speakers import SpeakerResolverV3
from newsgold.extractors.quotes.v4_speakers import _SUBORDINATORS, SpeakerResolverV4
from newsgold.extractors.quotes.v5_speakers import _FEMALE, _MALE, RegistryV5, SpeakerResolverV5, _gender
from newsgold.extractors.speakers import _norm, load_registry, registry_of
from newsgold.extractors.text import Analysis, Mention

_DEFINITE = ("the ", "this ", "that ")
_PP = re.compile(r"(?i)^\S+(?:\s+\S+){0,3}?\s+(?:for|of|at|with|from|in)\s+\S")
_POSSESSIVES = {"his", "her", "hers", "their"}
# heads that describe anybody: not a title that the person just quoted may hold
_GENERIC = {"person", "people", "man", "woman", "men", "women", "individual", "someone", "somebody", "caller"}


class RegistryV6(RegistryV5):
    """v5's registry; a one-word description head also matches the one registered name it begins."""

    def lookup_description(self, text: str) -> str | None:
        """A description as a whole ("a member of the union"): its own name, a unique extra key
        or the one registered name it begins, never the organisation that ends it."""
        norm = _norm(text)
        found = self.by_name.get(norm) or self.extra.get(norm)
        if found is None and len(norm.split()) >= 2:
            hits = self._starting(norm + " ")
            if norm in self.full:
                hits.add(self.full[norm])
            found = hits.pop() if len(hits) == 1 else None
        return found

    def lookup_head(self, head: str) -> str | None:
        """ "the person" → the one registered description "the person X texted"."""
        norm = _norm(head)
        if not norm or " " in norm:
            return None
        hits = self._starting(norm + " ")
        return hits.pop() if len(hits) == 1 else None


class SpeakerResolverV6(SpeakerResolverV5):
    """v5's resolver with the description and pronoun rules of the module docstring."""

    def __init__(self, text: str, entities: Any = None, document_dir: Path | None = None):
        # v5's __init__ minus its RegistryV5, which RegistryV6 replaces (building both doubled the cost)
        SpeakerResolverV4.__init__(self, text, entities, document_dir)
        self.gender = {}
        self.registry = registry_of(RegistryV6, load_registry(entities))
        self.heads: dict[str, str] = {}  # head noun of a described speaker → its entity

    def note_speaker(self, mention: Mention, entity: str) -> None:
        if mention.kind == "description" and mention.head:
            self.heads.setdefault(mention.head.lower(), entity)
        super().note_speaker(mention, entity)

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        if mention.name:
            return super()._description(mention, a)
        head = (mention.head or "").lower()
        if _PP.search(mention.text):  # "a spokesman for X": the person, never X (GUIDELINES §6.4)
            registry = self.registry
            found = registry.lookup_description(mention.text) if isinstance(registry, RegistryV6) else None
            return found if found is not None else self._as_description(mention)
        definite = mention.text.lower().startswith(_DEFINITE)
        if not definite or mention.person is False or " " not in mention.text.strip():
            found = super()._description(mention, a)
            return found if found is not None else self._as_description(mention)
        holders = {self._full_name(a, m.name) for m in a.names if m.name and head in m.titles}
        if len(holders) == 1:
            name = holders.pop()
            return self._to_entity(name, name)
        registry = self.registry
        if registry and isinstance(registry, RegistryV6):
            found = registry.lookup(mention.text) or (registry.lookup_head(head) if head in _GENERIC else None)
            if found is not None:
                return found
        if head in self.heads:
            return self.heads[head]
        if head not in _GENERIC:
            for _pos, entity, person in reversed([s for s in self.speakers if s[0] < mention.start]):
                if person:
                    return entity  # "the director said": the person just quoted (v3-v5)
        return self._as_description(mention)

    def _as_description(self, mention: Mention) -> str | None:
        """An unresolved description is the speaker as written (lower-case determiner)."""
        text = " ".join(mention.text.split())
        if not text or mention.kind != "description":
            return None
        return text[:1].lower() + text[1:] if text.split()[0].lower() in {"the", "a", "an", "this", "that"} else text

    def _gender_from_text(self, mention: Mention, a: Analysis) -> str | None:
        """v5's, skipping possessives ("X, her deputy, …" says nothing of X)."""
        _, end = a.sentence_of(mention.start)
        names = a.names  # in text order: the first person name after the mention ends the search
        stop = end
        for m in names[bisect_left(self._name_starts(a), mention.end) :]:
            if m.start >= end:
                break
            if m.person and m.name:
                stop = m.start
                break
        for t in a.tokens_between(mention.end, stop):
            low = t.lower  # the gendered words are few: the quotation test only for them
            if low in _MALE:
                g = "m"
            elif low in _FEMALE:
                g = "f"
            else:
                continue
            if low in _POSSESSIVES or a.in_quotation(t.start):
                continue
            return g
        return None

    def _name_starts(self, a: Analysis) -> list[int]:
        cached = self.__dict__.get("_starts_of_names")
        if cached is None or cached[0] is not a:
            cached = self.__dict__["_starts_of_names"] = (a, [m.start for m in a.names])
        return cached[1]

    def _window_start(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos`` (blank lines skipped)."""
        text = self.text
        para = text.rfind("\n", 0, pos)
        if para < 0:
            return 0
        j = para
        while j > 0 and text[j - 1] in "\n \t":
            j -= 1  # back over the blank line(s) to the end of the paragraph before
        return text.rfind("\n", 0, j) + 1

    def _paragraph_subject(self, mention: Mention, a: Analysis, want_person: bool) -> tuple[int, str] | None:
        """The last sentence subject named in the pronoun's paragraph before it, of its kind and
        gender ("Morrison was the third witness … He said": Morrison, not the speaker before)."""
        if not want_person:
            return None
        para = self.text.rfind("\n", 0, mention.start) + 1
        g = _gender(mention)
        for m in reversed(a.names):
            if para <= m.start < mention.start and m.name and m.person and a.is_subject(m):
                entity = self._to_entity(self._full_name(a, m.name), m.text)
                if entity is not None and (g is None or self.gender.get(entity, g) == g):
                    return m.start, entity
        return None

    def _pronoun(self, mention: Mention, a: Analysis) -> str | None:
        """v5's gender agreement around :meth:`_pronoun_v6`."""
        g = _gender(mention)
        if g is None:
            return self._pronoun_v6(mention, a)
        kept = self.speakers
        self.speakers = [s for s in kept if self.gender.get(s[1], g) == g]
        try:
            found = self._pronoun_v6(mention, a)
        finally:
            self.speakers = kept
        return None if found is not None and self.gender.get(found, g) != g else found

    def _pronoun_v6(self, mention: Mention, a: Analysis) -> str | None:
        """v4's rule (whole copy), with :meth:`_window_start` for "its paragraph or the one before"."""
        want_person = self._word(mention) in PRONOUNS_PERSON
        text = self.text
        window_start = self._window_start(mention.start)
        recent = [(pos, entity) for pos, entity, person in self.speakers if pos < mention.start and person == want_person]
        s, s_end = a.sentence_of(mention.start)
        lead = text[s : mention.start]
        if lead.split(None, 1)[:1] and lead.split(None, 1)[0].lower() in _SUBORDINATORS and "," not in lead:
            comma = text.find(",", mention.end, s_end)
            rest = text[comma + 1 :] if comma > 0 else ""
            nxt = a.name_starting_at(comma + 1 + len(rest) - len(rest.lstrip())) if comma > 0 else None
            if nxt is not None and nxt.name and bool(nxt.person) == want_person:
                return self._to_entity(self._full_name(a, nxt.name) if want_person else nxt.name, nxt.text)
        trailing = self._cue is not None and text[self._cue[1] : self._cue[1] + 2].lstrip()[:1] in (".", ",", "")
        for m in [] if trailing else reversed(a.names):
            if s <= m.start < mention.start and m.name and bool(m.person) == want_person and not a.in_quotation(m.start):
                return self._to_entity(self._full_name(a, m.name) if want_person else m.name, m.text)
        subject = self._paragraph_subject(mention, a, want_person)
        if subject is not None and (not recent or max(recent)[0] < subject[0]):
            return subject[1]  # a person introduced as a subject after the last speaker
        if recent:
            pos, entity = max(recent)
            if pos >= window_start:
                return entity
        if not want_person and self._word(mention) == "they":
            group = self._plural_noun_before(mention, a, window_start)
            if group is not None:
                return group
        if mention.head and mention.head != mention.text.lower():
            mention = Mention(mention.start, mention.end, mention.head, "pronoun")
        return SpeakerResolverV3._pronoun(self, mention, a)
