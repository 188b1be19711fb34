"""``quotes`` v4's speaker resolution: v3's, with pronouns resolved to the previous speaker.

News prose names a speaker, quotes them, and goes on with "he said" while other people are
mentioned in between; v3 took the most recent sentence subject, which is often someone the
speaker talks about.  v4, for a pronoun: a person named earlier in its own sentence (not in
the content of a trailing "…, he said"), the main-clause subject for a pronoun in a leading
subordinate clause ("Although he said …, X stopped"), else the most recent speaker of the
same kind quoted in its paragraph or the one before, else for "they" the nearest plural role
noun ("the critics … They contend"), else v3's rule.  Descriptions: plural ones ("officials")
are never one named person; a capitalised name ending in a title word ("Paul Expert") is a
name; an unresolved description is looked up in the entity registry (GUIDELINES §9.3).
Possessive pronouns ("his claim that") resolve as their subject form.  Frozen with ``quotes`` v4.
"""

from __future__ import annotations

from newsgold.extractors.lexicon import PRONOUNS_PERSON, TITLE_WORDS
from newsgold.extractors.quotes.v3_speakers import SpeakerResolverV3
from newsgold.extractors.text import Analysis, Mention

_SUBORDINATORS = {"although", "though", "while", "when", "after", "before", "because", "as", "since", "if", "once", "until"}
_SINGULAR_OK = {
    "official",
    "expert",
    "analyst",
    "source",
    "diplomat",
    "lawmaker",
    "resident",
    "witness",
    "critic",
    "observer",
    "researcher",
    "scientist",
    "economist",
    "officer",
    "activist",
    "member",
    "worker",
    "voter",
    "student",
    "insider",
    "commentator",
    "prosecutor",
    "protester",
    "citizen",
    "aide",
    "politician",
    "negotiator",
}


class SpeakerResolverV4(SpeakerResolverV3):
    """v3's resolver with the previous-speaker rule for pronouns."""

    @staticmethod
    def _word(mention: Mention) -> str:
        return (mention.head or mention.text).lower() if mention.kind == "pronoun" else mention.text.lower()

    def note_speaker(self, mention: Mention, entity: str) -> None:
        if mention.kind == "pronoun":
            self.speakers.append((mention.start, entity, self._word(mention) in PRONOUNS_PERSON))
            return
        super().note_speaker(mention, entity)

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        head = (mention.head or "").lower()
        if not mention.name and mention.text[:1].isupper() and " " not in mention.text.strip():
            # a surname that is also a title word ("Expert said"): the person named so earlier
            word = mention.text.strip()
            full = {m.name for m in a.names if m.name and m.person and m.name.split()[-1] == word and m.start < mention.start}
            if len(full) == 1:
                name = full.pop()
                return self._to_entity(name, name)
        words = mention.text.split()
        if not mention.name and len(words) >= 2 and all(w[:1].isupper() for w in words) and words[0].lower().rstrip(".") not in TITLE_WORDS:
            return self._to_entity(mention.text, mention.text)  # "Paul Expert": a name whose last word is a title word
        if not mention.name and head.endswith("s") and mention.person is not False and head[:-1] in _SINGULAR_OK:
            return self.registry.lookup(mention.text) if self.registry else None  # several people, never one named person
        found = super()._description(mention, a)
        if found is None and self.registry:
            return self.registry.lookup(mention.text)  # a description registered as an entity (GUIDELINES §9.3)
        return found

    _cue: tuple[int, int] | None = None

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        self._cue = cue  # "…, he said." — the names before the pronoun are the content's
        return super().resolve(mention, a, cue)

    def _plural_noun_before(self, mention: Mention, a: Analysis, start: int) -> str | None:
        """ "the critics … They contend": the nearest plural role noun before "they" (same or previous paragraph)."""
        for t in reversed(a.tokens_between(start, mention.start)):
            low = t.lower
            if (
                low.endswith("s")
                and low[:-1] in _SINGULAR_OK | {"protester", "parent", "marcher", "fan", "player", "investigator"}
                and not a.in_quotation(t.start)
            ):
                return self.registry.lookup(low) if self.registry else low
        return None

    def _pronoun(self, mention: Mention, a: Analysis) -> str | None:
        want_person = self._word(mention) in PRONOUNS_PERSON
        text = self.text
        para = text.rfind("\n", 0, mention.start)
        prev_para = text.rfind("\n", 0, max(0, para)) if para > 0 else -1
        window_start = prev_para + 1 if para >= 0 else 0
        recent = [(pos, entity) for pos, entity, person in self.speakers if pos < mention.start and person == want_person]
        s, s_end = a.sentence_of(mention.start)
        lead = text[s : mention.start]
        if lead.split(None, 1)[:1] and lead.split(None, 1)[0].lower() in _SUBORDINATORS and "," not in lead:
            # "Although he said …, Isaac stopped short": the subject of the main clause
            comma = text.find(",", mention.end, s_end)
            nxt = (
                a.name_starting_at(len(text[: comma + 1]) + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())) if comma > 0 else None
            )
            if nxt is not None and nxt.name and bool(nxt.person) == want_person:
                return self._to_entity(self._full_name(a, nxt.name) if want_person else nxt.name, nxt.text)
        trailing = self._cue is not None and text[self._cue[1] : self._cue[1] + 2].lstrip()[:1] in (".", ",", "")
        for m in [] if trailing else reversed(a.names):  # a person named earlier in the pronoun's own sentence
            if s <= m.start < mention.start and m.name and bool(m.person) == want_person and not a.in_quotation(m.start):
                return self._to_entity(self._full_name(a, m.name) if want_person else m.name, m.text)
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
        return super()._pronoun(mention, a)
