"""``quotes`` v11's speaker mentions around a cue (issue #15): v10's, and the forms below.

* **A titled name after the cue, with an age or a trailing phrase**: "…," said marine
  biologist X of Y; "…," wrote 52-year-old X of Y.  v8 read lower-case title words before a
  name only when the name ended the clause, and no age adjective among them.
* **"said the runner"**: a definite description of one lower-case noun that the role-noun
  lexicon does not hold, right after the cue and ending the clause (resolved by
  :mod:`.v11_speakers` to the person who spoke just before).
* **A bare plural subject after a fronted adverbial or with a place phrase**: "On Friday,
  residents said that …", "Farmers across the region say …" (v8 read a one-word subject
  only at the sentence start, and only its own prepositions).
* **A sentence opened by an honorific and a name** ("Mr. X kept arguing …, saying
  …"): the name is the clause's subject when v10 found none.
* **A name in quotation marks** right before a direct quote's cue ('“…,” "X" answered:').

Frozen with ``quotes`` v11.
"""

from __future__ import annotations

import re

from newsgold.extractors.lexicon import DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v8 import _NOT_IN_NP, _NP_PREPS
from newsgold.extractors.quotes.v10 import RulesV10
from newsgold.extractors.text import Mention

# a name of one to three capitalised words in quotation marks, right before a cue
_QUOTED_NAME = re.compile(r"[\"“]([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})[\"”]\s*$")
_PLACE_PREPS = {"across", "around", "throughout"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen"}
# "52-year-old", "two-time", "six-month": an age or count adjective among title words
_AGE = re.compile(r"^(?:\d+|[a-z]+)-(?:year|time|month)-?(?:old)?$")


def _plural_noun(low: str) -> bool:
    return low.isalpha() and low.endswith("s") and not low.endswith("ss") and low not in FINITE and low not in FORMS


class MentionsV11(RulesV10):
    """v10's rules, with the speaker mentions of the module docstring."""

    _in_direct = False  # inside attribute_direct: a quoted name may be the speaker

    # -- speaker mentions before the cue ------------------------------------------------------

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        m = super().mention_before(pos, limit)
        if m is None and self._in_direct:
            m = self._quoted_name_before(pos, limit)
        if m is None:
            m = self._plural_subject_v11(pos, limit)
        return m

    def _plural_subject_v11(self, pos: int, limit: int) -> Mention | None:
        """ "On Friday, residents said", "Farmers across the region say": a plural noun
        subject right before the cue that v8's bare-subject rule did not read."""
        a = self.a
        k = a.token_index(pos) - 1
        if k < 0 or a.tokens[k].start < limit:
            return None
        last = a.tokens[k]  # cheap necessary conditions first: most cues have neither form
        if not last.text.isalpha() or not last.text.islower():
            return None
        place = k >= 3 and a.tokens[k - 2].lower in _PLACE_PREPS
        if not place and not (k >= 2 and a.tokens[k - 1].text == "," and last.lower in ROLE_NOUNS):
            return None
        s0 = max(limit, a.sentence_of(a.tokens[k].start)[0])
        toks = a.tokens_between(s0, a.tokens[k].end)
        if not toks:
            return None
        last = toks[-1]
        if len(toks) >= 4 and toks[-3].lower in _PLACE_PREPS and toks[-2].lower == "the":
            head = toks[-4]  # "executives across the world"
            first = 0
            while first < len(toks) - 4 and not toks[first].text[:1].isalpha():
                first += 1
            if first != len(toks) - 4 or not _plural_noun(head.lower):
                return None
            if not last.text.isalpha() or not last.text.islower():
                return None
            return Mention(head.start, last.end, self.text[head.start : last.end], "description", None, False, frozenset(), head.lower)
        if len(toks) < 3 or toks[-2].text != "," or not last.text.isalpha() or not last.text.islower():
            return None
        if last.lower not in ROLE_NOUNS or not _plural_noun(last.lower):
            return None
        lead = toks[:-2]  # the fronted adverbial: at most four words, no verb, no quotation
        if len(lead) > 4 or any(not t.text[:1].isalnum() or t.lower in FINITE or t.lower in FORMS for t in lead):
            return None
        if not lead[0].text[:1].isupper():
            return None
        return Mention(last.start, last.end, last.text, "description", None, False, frozenset(), last.lower)

    def _quoted_name_before(self, pos: int, limit: int) -> Mention | None:
        """'“…,” "X" answered:': a capitalised name in quotation marks just before the
        cue of a direct quote (only there: in running text the marks may set off a term)."""
        k = self._skip_aux(pos, limit)
        if k < 0:
            return None
        end = self.a.tokens[k].end
        lo = max(limit, end - 40)
        m = _QUOTED_NAME.search(self.text, lo, end)
        if m is None:
            return None
        inner = m.group(1)
        if inner.split()[0].lower() in DETERMINERS or inner.lower() in PRONOUNS:
            return None
        s, e = m.span(1)
        return Mention(s, e, inner, "name", inner, True, frozenset(), None)

    # -- the clause's subject -----------------------------------------------------------------

    def subject_of(self, sent: tuple[int, int], before: int) -> Mention | None:
        m = super().subject_of(sent, before)
        return m if m is not None else self._honorific_subject(sent, before)

    def _honorific_subject(self, sent: tuple[int, int], before: int) -> Mention | None:
        """ "Mr. X kept arguing …": the name after a sentence-initial honorific (and
        title words), when no verb stands between the sentence start and the name."""
        toks = self.a.tokens_between(sent[0], before)
        if len(toks) < 3 or toks[0].lower not in _HONORIFICS:
            return None
        i = 1
        while i < len(toks) and i < 4 and (toks[i].text == "." or toks[i].lower in TITLE_WORDS):
            i += 1
        if i >= len(toks):
            return None
        name = self.a.name_starting_at(toks[i].start)
        if name is None or name.end > before:
            return None
        return Mention(name.start, name.end, name.text, name.kind, name.name, True, name.titles, name.head)

    # -- speaker mentions after the cue -------------------------------------------------------

    def mention_after(self, pos: int, limit: int) -> Mention | None:
        m = super().mention_after(pos, limit)
        if m is None:
            m = self._titled_name_after_v11(pos, limit) or self._bare_description_after(pos, limit)
        return m

    def _bare_description_after(self, pos: int, limit: int) -> Mention | None:
        """ "…," said the runner.": "the" and one lower-case singular noun ending the clause."""
        a = self.a
        toks = a.tokens_between(pos, limit)[:3]
        if len(toks) < 2 or toks[0].lower != "the":
            return None
        head = toks[1]
        low = head.lower
        if not head.text.isalpha() or not head.text.islower() or low in ROLE_NOUNS or low.endswith("s"):
            return None
        if low in FINITE or low in FORMS or low in PRONOUNS or low in DETERMINERS or low in _NOT_IN_NP or low in _NP_PREPS:
            return None
        rest = self.text[head.end : limit].lstrip()
        if rest[:1] not in ("", ".", ";"):
            return None
        return Mention(toks[0].start, head.end, self.text[toks[0].start : head.end], "description", None, True, frozenset(), low)

    def _titled_name_after_v11(self, pos: int, limit: int) -> Mention | None:
        """ "… said marine biologist X of Y", "… wrote 52-year-old X": lower-case title
        words (an age adjective among them), a person's name, then the clause's end or a
        prepositional phrase ("of Y", "at Y")."""
        a = self.a
        toks = a.tokens_between(pos, limit)[:7]
        i = 0
        while i < len(toks) and i < 4 and toks[i].text[:1].isalnum() and not toks[i].text[:1].isupper():
            low = toks[i].lower
            if _AGE.match(low):
                i += 1
                continue
            if not low.replace("-", "").isalpha():
                return None
            if low in DETERMINERS or low in PRONOUNS or low in FINITE or low in FORMS or low in _NP_PREPS or low in _NOT_IN_NP:
                return None
            if low == "by" or low.endswith("ed"):
                return None
            i += 1
        if i == 0 or i >= len(toks):
            return None
        name = a.name_starting_at(toks[i].start)
        if name is None or name.person is False or name.end > limit:
            return None
        rest = self.text[name.end : limit].lstrip()
        nxt = rest.split(None, 1)[0].lower() if rest else ""
        if rest[:1] not in ("", ".", ",", ";") and nxt not in _NP_PREPS:
            return None
        start = toks[0].start
        return Mention(start, name.end, self.text[start : name.end], name.kind, name.name, name.person, name.titles, name.head)
