"""``quotes`` v7's speaker resolution: v6's, with two general linking rules.

* **Groups, organisations and documents described.**  A definite plural description ("the
  doctors"), an organisation noun ("the agency", "the company") or a document noun ("the
  letter", "the statement") names the group that spoke, and GUIDELINES §9.3 links it to the
  organisation or group named before it.  v6 left it as written.  v7 takes the most recent
  registered entity that is not a person, mentioned (outside quotations) or quoted in the
  description's paragraph or the one before; with none, v6's rule.
* **Capitalised words that are not speakers.**  A month or a day is never a speaker; a single
  capitalised word opening its sentence that is not a person ("Hours before …", a place or a
  company) is not preferred over a person named as the subject of the cue in the same
  sentence ("…, coach X expressed …").

Kept only because they helped on the dev half of ``eval/devset`` with no dev article worse.
Frozen with ``quotes`` v7.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsgold.extractors.quotes.v4_speakers import SpeakerResolverV4
from newsgold.extractors.quotes.v6_speakers import RegistryV6, SpeakerResolverV6
from newsgold.extractors.speakers import derived, load_registry, registry_of
from newsgold.extractors.text import Analysis, Mention

_ORG_HEADS = {
    "agency", "company", "firm", "group", "department", "ministry", "organization", "organisation",
    "union", "committee", "council", "government", "administration", "board", "association",
    "campaign", "coalition", "office", "bureau", "commission", "institute", "league", "network",
}  # fmt: skip
_DOC_HEADS = {"letter", "statement", "report", "release", "filing", "complaint", "lawsuit", "memo", "petition", "post"}
_LOWER = re.compile(r"\b[a-z]")  # a lead with a lower-case word is no dateline
_VERB_NEXT = re.compile(r"\s+[a-z]+ed\b")  # the person's own past-tense verb follows the name
_NOT_PLURAL = {"news", "series", "species", "press", "business", "status", "us", "others", "this", "his", "its"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}  # fmt: skip


class SpeakerResolverV7(SpeakerResolverV6):
    """v6's resolver with the rules of the module docstring."""

    def __init__(self, text: str, entities: Any = None, document_dir: Path | None = None):
        SpeakerResolverV4.__init__(self, text, entities, document_dir)
        loaded = load_registry(entities)
        self.gender = {}
        self.registry = registry_of(RegistryV6, loaded)
        self.heads = {}
        self.kinds: dict[str, str] = derived(loaded, "v7_kinds", lambda: {e["id"]: str(e.get("type") or "") for e in loaded})
        self._entities = loaded

    # -- capitalised non-speakers ------------------------------------------------------------

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        if mention is not None and mention.kind in ("name", "description") and mention.name:
            if mention.name.lower() in _CALENDAR:  # "the statement after its September meeting"
                mention = Mention(
                    mention.start, mention.end, mention.text, "description", None, mention.person, mention.titles, mention.head
                )
            elif mention.kind == "name" and cue is not None:
                person = self._cue_subject(mention, a, cue)
                if person is not None:
                    mention = person
        return super().resolve(mention, a, cue)

    def _cue_subject(self, mention: Mention, a: Analysis, cue: tuple[int, int]) -> Mention | None:
        """A person named right before the cue, when ``mention`` is a one-word non-person
        opening the same sentence ("Hours before …, coach X said")."""
        if not mention.name or mention.person or " " in mention.name.strip():
            return None
        s, _ = a.sentence_of(mention.start)
        if _LOWER.search(self.text[s : mention.start]) or not mention.end <= cue[0] or a.sentence_of(cue[0])[0] != s:
            return None
        if self.registry and self.kinds.get(self.registry.lookup(mention.text) or "") == "person":
            return None
        for m in reversed(a.names):
            if mention.end < m.start < cue[0] and m.kind == "name" and m.person and m.name:
                gap = self.text[m.end : cue[0]]
                if not a.in_quotation(m.start) and (not gap.strip() or _VERB_NEXT.match(gap)):
                    return m  # "coach X said" / "coach X expressed confidence …, saying"
                return None
        return None

    # -- descriptions of groups ----------------------------------------------------------------

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        if not mention.name:
            found = self._group_before(mention, a)
            if found is not None:
                return found
        return super()._description(mention, a)

    def _group_before(self, mention: Mention, a: Analysis) -> str | None:
        """The most recent non-person registry entity before a group/organisation/document description."""
        words = mention.text.lower().split()
        if len(words) < 2 or words[0] not in ("the", "this", "its", "their") or not self.registry or not self.kinds:
            return None
        head = (mention.head or words[-1]).lower()
        plural = head.endswith("s") and not head.endswith("ss") and head not in _NOT_PLURAL
        if not (plural or head in _ORG_HEADS or head in _DOC_HEADS) or len(words) > 4:
            return None
        if plural:
            named = self._named_for(head, mention.start, a)
            if named is not None:
                return named
        start = self._window_start(mention.start)
        best: tuple[int, str] | None = None
        for m in a.names:
            if m.start >= mention.start:
                break
            if m.start < start or not m.name or a.in_quotation(m.start):
                continue
            entity = self.registry.lookup(m.text, m.name)
            if entity is not None and self.kinds.get(entity) not in ("person", ""):
                best = (m.start, entity)
        for pos, entity, _person in self.speakers:
            if start <= pos < mention.start and self.kinds.get(entity) not in ("person", "", None) and (best is None or pos > best[0]):
                best = (pos, entity)
        return best[1] if best is not None else None

    def _named_for(self, head: str, before: int, a: Analysis) -> str | None:
        """ "the doctors" after "Doctors for X": the non-person entity whose registered name or
        alias holds the plural head and was written last before the description."""
        best: tuple[int, str] | None = None
        for entity, aliases in self._group_names().items():
            for alias in aliases:
                if head not in alias.lower().split():
                    continue
                at = self.text.rfind(alias, 0, before)
                if at >= 0 and not a.in_quotation(at) and (best is None or at > best[0]):
                    best = (at, entity)
        return best[1] if best is not None else None

    def _group_names(self) -> dict[str, list[str]]:
        cached = self.__dict__.get("_groups")
        if cached is None:
            cached = self.__dict__["_groups"] = {
                e["id"]: [n for n in (e["name"], *e.get("aliases", ())) if n in self.text]
                for e in self._entities
                if self.kinds.get(e["id"]) not in ("person", "")
            }
        return cached
