"""``quotes`` v10's speaker resolution: v9's, with a person pronoun ranked by the salience of
introductions.

v2-v9 bind "he"/"she" to the most recent speaker or to a name opening its sentence.  A news
paragraph often introduces a new person with a noun phrase in front of the name ("Wild
defenseman X, who …, could see …") and then quotes that person with a pronoun; v9 gave such
quotes to the previous speaker.  v10: a person pronoun that v9 binds to a registered person
goes instead to a registered person **introduced** after that person's last mention — named
for the first time in the document, outside quotations, as the subject of a sentence (at its
start, or after at most four capitalised or lower-case modifier words, no verb, preposition or
determiner among them) in the pronoun's paragraph or
the one before — when the gender known for the introduced person (v5's evidence: an honorific
or a pronoun after the name) does not contradict the pronoun.  The quote's own content never
supplies the speaker: only names outside quotation marks count.

A singular definite description headed by an organisation noun ("the brokerage said", "the
ministry said") that v9 leaves unregistered is the last registered organisation that spoke in
its paragraph or the one before: the same salience, for a role noun.

General rules only (no word of any article).  Frozen with ``quotes`` v10.
"""

from __future__ import annotations

from newsgold.extractors.lexicon import DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v5_speakers import _gender
from newsgold.extractors.quotes.v6_frames import IRREGULAR_PAST
from newsgold.extractors.quotes.v9_speakers import _PERSON_PRONOUNS, SpeakerResolverV9
from newsgold.extractors.text import Analysis, Mention

# heads of a definite description that names an organisation ("the brokerage", "the ministry")
_ORG_HEADS = {
    "company", "firm", "brokerage", "bank", "agency", "ministry", "department", "group", "organization",
    "organisation", "union", "council", "committee", "government", "administration", "party", "network",
    "airline", "carrier", "exchange", "fund", "lender", "insurer", "retailer", "automaker", "chain",
    "publisher", "studio", "league", "club", "board", "commission", "bureau", "institute", "foundation",
    "association", "campaign", "developer", "manufacturer", "maker", "startup", "utility", "regulator",
}  # fmt: skip
_NOT_MODIFIERS = {"of", "for", "in", "on", "at", "to", "with", "from", "by", "and", "or", "but", "as", "than", "that", "who"}


def _modifier(low: str) -> bool:
    """A lower-case word that may stand in a noun phrase before a name ("defenseman", "coach")."""
    if low in TITLE_WORDS or low in ROLE_NOUNS:
        return True
    verbal = low in FINITE or low in FORMS or low in IRREGULAR_PAST or low.endswith(("ly", "ed"))
    return not verbal and low not in DETERMINERS and low not in PRONOUNS and low not in _NOT_MODIFIERS


class SpeakerResolverV10(SpeakerResolverV9):
    """v9's resolver; a person pronoun prefers a person introduced since its v9 antecedent, and
    an organisation's definite description the organisation that spoke last."""

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        found = super().resolve(mention, a, cue)
        if mention is not None and mention.kind == "description" and self._entities and not self._registered(found):
            org = self._organisation_antecedent(mention)
            if org is not None:
                if self.speakers and self.speakers[-1][0] == mention.start:
                    self.speakers[-1] = (mention.start, org, False)
                return org
        if mention is None or mention.kind != "pronoun" or mention.text.lower() not in _PERSON_PRONOUNS:
            return found
        if not self._entities or self.kinds.get(found or "") != "person":
            return found
        newer = self._introduced_since(found or "", mention, a)
        if newer is None or newer == found:
            return found
        g = _gender(mention)
        if g is not None and self.gender.get(newer, g) != g:
            return found
        if self.speakers and self.speakers[-1][0] == mention.start:
            self.speakers[-1] = (mention.start, newer, True)  # later pronouns see the new speaker
        return newer

    def _organisation_antecedent(self, mention: Mention) -> str | None:
        """ "the brokerage said" after "said Kotak …": the last registered organisation that
        spoke in the description's paragraph or the one before, for a singular definite
        description headed by an organisation noun."""
        head = (mention.head or "").lower()
        words = mention.text.lower().split()
        if head not in _ORG_HEADS or not words or words[0] not in {"the", "this"} or len(words) > 3:
            return None
        start = self._window_start(mention.start)
        for pos, entity, _person in reversed(self.speakers):
            if pos >= mention.start:
                continue
            if pos < start:
                break
            if self.kinds.get(entity) == "organization":
                return entity
        return None

    def _introduced_since(self, old: str, mention: Mention, a: Analysis) -> str | None:
        """The last registered person named for the first time as a sentence subject after
        ``old``'s last mention, in the pronoun's paragraph or the one before."""
        start = self._window_start(mention.start)
        last_old = max((pos for pos, entity, _p in self.speakers if entity == old and pos < mention.start), default=-1)
        best: str | None = None
        for pos, entity, introduces in self._named_persons(a):
            if pos >= mention.start:
                break
            if entity == old:
                last_old = max(last_old, pos)
                best = None
            elif introduces and pos >= start and pos > last_old:
                best = entity
        return best

    def _named_persons(self, a: Analysis) -> list[tuple[int, str, bool]]:
        """Registered persons named outside quotations, in text order: (position, id, whether
        this is the first naming and a subject), looked up once per document."""
        cached = self.__dict__.get("_v10_named")
        if cached is None:
            cached = self.__dict__["_v10_named"] = []
            seen: set[str] = set()
            for m in a.names:
                if not m.name or a.in_quotation(m.start):
                    continue
                entity = self.registry.lookup(m.text, self._full_name(a, m.name), m.name)
                if entity is None or self.kinds.get(entity) != "person":
                    continue
                first = entity not in seen
                seen.add(entity)
                cached.append((m.start, entity, first and self._subject_like(m, a)))
        return cached

    def _subject_like(self, m: Mention, a: Analysis) -> bool:
        """A name opening its sentence, or after a few noun-phrase words ("Wild defenseman X")."""
        if a.is_subject(m):
            return True
        s, _ = a.sentence_of(m.start)
        words = a.tokens_between(s, m.start)
        return 0 < len(words) <= 4 and all(t.text.isalpha() and (t.text[:1].isupper() or _modifier(t.lower)) for t in words)
