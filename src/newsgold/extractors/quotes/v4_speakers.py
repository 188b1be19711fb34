"""``quotes`` v4's speaker resolution: v3's, with pronouns resolved to the previous speaker.

News prose names a speaker, quotes them, and goes on with "he said" while other people are
mentioned in between; v3 took the most recent sentence subject, which is often someone the
speaker talks about.  v4 takes the most recent speaker of the same kind (person or group)
quoted in the pronoun's paragraph or the one before, unless a subject name stands in the
pronoun's own sentence; otherwise v3's rule.  Possessive pronouns ("his claim that") resolve
as their subject form.  Frozen with ``quotes`` v4.
"""

from __future__ import annotations

from newsgold.extractors.lexicon import PRONOUNS_PERSON
from newsgold.extractors.quotes.v3_speakers import SpeakerResolverV3
from newsgold.extractors.text import Analysis, Mention

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
        if not mention.name and head.endswith("s") and mention.person is not False and head[:-1] in _SINGULAR_OK:
            return None  # "officials", "experts": several people, never one named person
        return super()._description(mention, a)

    def _pronoun(self, mention: Mention, a: Analysis) -> str | None:
        want_person = self._word(mention) in PRONOUNS_PERSON
        text = self.text
        para = text.rfind("\n", 0, mention.start)
        prev_para = text.rfind("\n", 0, max(0, para)) if para > 0 else -1
        window_start = prev_para + 1 if para >= 0 else 0
        recent = [(pos, entity) for pos, entity, person in self.speakers if pos < mention.start and person == want_person]
        if recent:
            pos, entity = max(recent)
            if pos >= window_start:
                s, _ = a.sentence_of(mention.start)
                for m in reversed(a.names):
                    if s <= m.start < mention.start and m.name and bool(m.person) == want_person and a.is_subject(m):
                        return self._to_entity(self._full_name(a, m.name) if want_person else m.name, m.text)
                return entity
        if mention.head and mention.head != mention.text.lower():
            mention = Mention(mention.start, mention.end, mention.head, "pronoun")
        return super()._pronoun(mention, a)
