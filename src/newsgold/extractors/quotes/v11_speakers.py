"""``quotes`` v11's speaker resolution: v10's, with the document's own evidence for a
registered entity (issue #15).

The registry is shared by many articles, so a role noun or a surname-like word can name an
entity of another article: "the pilot" matched a person whose surname is Pilot, "the
researchers" the researchers of another study, "X's office" another official's office.  v9
already asked for evidence when it *ranked* candidates (every capitalised word of an entity's
names written in the document), but not for what v2-v8's look-ups answered.  v11: an answer
for a name or description whose entity's name (qualifier aside) has a capitalised word that
the document never writes is replaced by v9's ranked candidate for the mention (which has
that evidence), when there is one; otherwise the answer stands.

A definite description "the runner" that the registry does not answer for and whose head is
no role noun of the lexicon (v11's rules read it only after a cue, "…," said the runner) is the
registered person who spoke last in its paragraph or the one before: news writing names a
speaker first and then refers back to them by what they are.

A plural description ("the officials said") is not one person: when v10 answers a registered
person for it, the best-ranked registered entity of another type that the mention's words
name is taken instead, if there is exactly one.

"They" right after a sentence that introduces a group with "there have been / there are N"
("All the while, there have been skeptics. Why, they ask, …") is that group, ranked among the
registry's entities as v9 ranks a description, rather than the last group that spoke.

General rules only (no word of any article).  Frozen with ``quotes`` v11.
"""

from __future__ import annotations

import re

from newsgold.extractors.lexicon import ROLE_NOUNS
from newsgold.extractors.quotes.v9_speakers import _QUALIFIER, _STOP, _WORDS, content_words
from newsgold.extractors.quotes.v10_speakers import SpeakerResolverV10
from newsgold.extractors.speakers import derived
from newsgold.extractors.text import Analysis, Mention

# "there have been skeptics", "there are also doubters": an existential that introduces a group
_THERE_BE = re.compile(
    r"\b[Tt]here\s+(?:have\s+been|has\s+been|are|were|remain)\s+(?:also\s+|many\s+|some\s+|plenty\s+of\s+)?(?P<noun>[a-z]+s)\b"
)


def _plural_head(mention: Mention) -> bool:
    head = (mention.head or "").lower()
    return head.endswith("s") and not head.endswith("ss") and mention.text.split()[-1].lower() == head


class SpeakerResolverV11(SpeakerResolverV10):
    """v10's resolver with the rules of the module docstring."""

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        found = super().resolve(mention, a, cue)
        if mention is not None and mention.kind == "pronoun" and mention.text.lower() == "they" and self._entities:
            group = self._existential_group(mention, a)
            if group is not None:
                if self.speakers and self.speakers[-1][0] == mention.start:
                    self.speakers[-1] = (mention.start, group, False)
                return group
        if mention is not None and mention.kind == "description" and not self._registered(found):
            back = self._person_antecedent(mention)
            if back is not None:
                if self.speakers and self.speakers[-1][0] == mention.start:
                    self.speakers[-1] = (mention.start, back, True)
                return back
        if mention is None or mention.kind == "pronoun" or not self._registered(found):
            return found
        if mention.kind == "description" and self.kinds.get(found or "") == "person" and _plural_head(mention):
            group = self._rank_groups(mention)
            if group is not None:
                if self.speakers and self.speakers[-1][0] == mention.start:
                    self.speakers[-1] = (mention.start, group, False)
                return group
        if self._evidenced(found or ""):
            return found
        ranked = self._rank(mention)
        if ranked is None or ranked == found or not self._evidenced(ranked):
            return found
        if self.speakers and self.speakers[-1][0] == mention.start:
            self.speakers[-1] = (mention.start, ranked, self.kinds.get(ranked) == "person")
        return ranked

    def _rank_groups(self, mention: Mention) -> str | None:
        """v9's ranking restricted to entities that are not persons; the best when unique."""
        _, by_word = self._word_index()
        mine = content_words(mention.text)
        doc, cased = self._doc_words(), self._cased_words()
        scores: dict[str, tuple[int, int]] = {}
        for w in mine:
            for entity, words, caps in by_word.get(w, ()):
                if entity in scores or self.kinds.get(entity) == "person" or not caps <= cased:
                    continue
                scores[entity] = (len(mine & words), len((words - mine) & doc))
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1][1] < 1 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _existential_group(self, mention: Mention, a: Analysis) -> str | None:
        """ "there have been skeptics. Why, they ask": the group the sentence before introduced,
        when the registry ranks one entity for it."""
        s0, _ = a.sentence_of(mention.start)
        if s0 == 0 or "\n" in self.text[max(0, s0 - 2) : s0]:
            return None  # the pronoun opens a paragraph: no sentence of its own paragraph before it
        p0, _ = a.sentence_of(len(self.text[:s0].rstrip()) - 1)
        m = _THERE_BE.search(self.text, p0, s0)
        if m is None:
            return None
        noun = m.group("noun")
        group = Mention(m.start("noun"), m.end("noun"), noun, "description", None, False, frozenset(), noun.lower())
        ranked = self._rank(group)
        return ranked if ranked is not None and self.kinds.get(ranked) != "person" else None

    def _person_antecedent(self, mention: Mention) -> str | None:
        """ "the runner" after "X said": the last registered person speaker in the paragraph or
        the one before, for "the" and one lower-case noun outside the role-noun lexicon."""
        words = mention.text.split()
        head = (mention.head or "").lower()
        if len(words) != 2 or words[0].lower() != "the" or not head or head in ROLE_NOUNS:
            return None
        start = self._window_start(mention.start)
        for pos, entity, _person in reversed(self.speakers):
            if pos >= mention.start:
                continue
            if pos < start:
                break
            if self.kinds.get(entity) == "person":
                return entity
        return None

    def _evidenced(self, entity: str) -> bool:
        """Whether the document writes every capitalised word of the entity's name (its
        parenthesised qualifier and its aliases aside: an alias may be one article's spelling)."""
        caps = self._entity_caps().get(entity)
        return caps is None or caps <= self._cased_words()

    def _entity_caps(self) -> dict[str, frozenset[str]]:
        """Id → the capitalised content words of its name, made once."""
        cached = self.__dict__.get("_v11_caps")
        if cached is None:
            cached = self.__dict__["_v11_caps"] = derived(self._entities, "v11_caps", self._make_entity_caps)
        return cached

    def _make_entity_caps(self) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}
        for e in self._entities:
            plain = _QUALIFIER.sub(" ", e["name"])
            out[e["id"]] = frozenset(w for w in _WORDS.findall(plain) if w[:1].isupper() and w.lower() not in _STOP)
        return out
