"""``quotes`` v3's speaker resolution: v2's, plus "the <noun>" → the one earlier organisation
whose name contains that noun ("the agency" after "the Harbor Agency").  A whole copy of the
changed method, so that the shared resolver holds no switch for v3.  Frozen with ``quotes`` v3.
"""

from __future__ import annotations

from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention


class SpeakerResolverV3(SpeakerResolver):
    """v2's resolver with the organisation-head rule for definite descriptions."""

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        if mention.name:  # "an expert on X, Jane Doe"
            return self._to_entity(self._full_name(a, mention.name), mention.name)
        head = (mention.head or "").lower()
        definite = mention.text.lower().startswith(("the ", "this ", "that "))
        if definite:
            holders = {self._full_name(a, m.name) for m in a.names if m.name and head in m.titles}
            if len(holders) == 1:
                name = holders.pop()
                return self._to_entity(name, name)
            if head and mention.person is not True:
                orgs = {
                    m.name
                    for m in a.names
                    if m.name
                    and m.person is not True
                    and m.start < mention.start
                    and not a.in_quotation(m.start)
                    and head in {w.lower() for w in m.name.split()}
                    and len(m.name.split()) > 1
                }
                if len(orgs) == 1:
                    name = orgs.pop()
                    return self._to_entity(name, name)
            if mention.person is False:
                return None  # "the union": a group nobody in the document is named as
            for pos, entity, person in reversed(self.speakers):
                if pos < mention.start and person:
                    return entity
            return None
        # delayed identification in a lede: the first named person of the next paragraph
        para_end = self.text.find("\n", mention.start)
        lede = self.text.rfind("\n", 0, mention.start) < 0 or not self.text[: mention.start].strip("\n").count("\n")
        if mention.person and lede and para_end >= 0:
            next_end = self.text.find("\n", para_end + 1)
            next_end = len(self.text) if next_end < 0 else next_end
            for m in a.names:
                if para_end < m.start < next_end and m.person and m.name and not a.in_quotation(m.start):
                    return self._to_entity(self._full_name(a, m.name), m.text)
        return None
