"""``quotes`` v10, frozen: v9 with a name's apposition before the cue, the complement frames
of reporting verbs, and speakers ranked by salience (issue #15).

v9 missed quotes whose speaker is a name with a comma-set title that its title lexicon did
not hold ("X, equity strategist at Y, says …", "X, Head of Research at Y, pointed out
that …"), and reports whose complement is not a clause after the verb ("urged X to VP",
"touted X as Y", "declared X illegal").  v10 keeps v9 and adds general rules of English:

* **A name and its apposition before the cue.**  A person's name opening its clause,
  followed by a comma-set noun phrase (no finite verb, no reporting verb, no quotation; a
  parenthesised qualifier and a comma-set adverbial such as ", for example," allowed),
  directly before the cue, is the speaker; the apposition's own names ("at Miller Tabak",
  "Hong Kong's") are not.  v3-v6 read such appositions only when they began with a word of
  their title lexicon or a determiner.
* **Complement frames** (:mod:`.v10_frames`): "offered to VP", "urged X to VP", "pleaded
  with X to VP", "touted X as Y", "declared X ADJ", "called X a Y", "attributed X to Y";
  the content runs from the object (§9.5) to the end of the clause.
* speakers as in :mod:`.v10_speakers`.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``); bump
the version instead.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.lexicon import AUX_ADVERBS, DETERMINERS
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v6_frames import IRREGULAR_PAST
from newsgold.extractors.quotes.v9 import _WATCHED, AnalysisV9, RulesV9
from newsgold.extractors.quotes.v10_frames import FRAME_FORMS_V10, frame_start_v10
from newsgold.extractors.quotes.v10_speakers import SpeakerResolverV10
from newsgold.extractors.text import WORD_SCAN_RE, Mention, Token
from newsgold.schema import DocAnnotation

_WATCHED_V10 = _WATCHED | frozenset(FRAME_FORMS_V10)
_BE = {"is", "was", "are", "were", "be", "been", "being", "get", "got"}
# what ends a complement frame's content inside its sentence: ", as …", ", while …", "; …"
_CLAUSE_AFTER = {"as", "while", "which", "who", "although", "though", "because", "when", "after", "before", "but", "and", "where"}
_PARTICIPLE_LEAD = {",", "while", "by", "after", "before", "when"}


def _verbal(low: str) -> bool:
    low = low.replace("’", "'")
    return low in FINITE or low in IRREGULAR_PAST or low in FORMS or low.endswith("n't")


class AnalysisV10(AnalysisV9):
    """v9's analysis, its index of watched words also holding the complement frames' verbs."""

    @cached_property
    def tokens(self) -> list[Token]:
        new = object.__new__
        out: list[Token] = []
        starts: list[int] = []
        index: dict[str, list[int]] = {}
        append, add_start, watched = out.append, starts.append, _WATCHED_V10
        for k, m in enumerate(WORD_SCAN_RE.finditer(self.text)):
            tok = new(Token)
            tok.start, tok.end = s, _ = m.span()
            tok.text = w = m.group()
            tok.lower = low = w.lower()
            append(tok)
            add_start(s)
            if low in watched:
                index.setdefault(low, []).append(k)
        self.__dict__["token_starts"] = starts
        self.__dict__["word_index"] = index
        return out


class RulesV10(RulesV9):
    """v9's rules plus the two rules of the module docstring."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.a = AnalysisV10(self.text)

    def _tokens_of(self, words: Collection[str]) -> list[int]:
        a = self.a
        if not _WATCHED_V10.issuperset(words):
            return super()._tokens_of(words)
        assert isinstance(a, AnalysisV10)
        return a.indices_of(words)

    # -- a name and its apposition ----------------------------------------------------------

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        m = super().mention_before(pos, limit)
        return m if m is not None else self._name_apposition(pos, limit)

    def _name_apposition(self, pos: int, limit: int) -> Mention | None:
        """ "X, equity strategist at Y, says": the name opening the clause, across its apposition."""
        a = self.a
        k = self._skip_aux(pos, limit)
        if k < 3 or a.tokens[k].text != "," or a.tokens[k].start < limit:
            return None
        s0 = max(limit, a.sentence_of(a.tokens[k].start)[0])
        first = a.token_index(s0)
        while first < k and not a.tokens[first].text[:1].isalnum():
            first += 1  # a closing quotation mark or dash before the attribution
        name = None
        for j in range(first, min(first + 4, k)):  # "State Sen. X", "Wild defenseman X"
            name = a.name_starting_at(a.tokens[j].start)
            if name is not None:
                break
            t = a.tokens[j]
            if not t.text.isalpha() or _verbal(t.lower) or t.lower in DETERMINERS:
                return None
        if name is None or name.person is False or a.in_quotation(name.start):
            return None
        j = a.token_index(name.end)
        if j < k and a.tokens[j].text == "(":  # "X (R-Burlington), said"
            while j < k and a.tokens[j].text != ")":
                j += 1
            j += 1
        if j >= k or a.tokens[j].text != "," or k - j > 30:
            return None
        inner = a.tokens[j + 1 : k]
        if not inner or not inner[0].text[:1].isalnum():
            return None
        for t in inner:
            if t.text in {";", ":", '"', "“", "”", "(", ")"} or _verbal(t.lower) or a.in_quotation(t.start):
                return None
            if t.text[:1].islower() and t.lower.endswith("ed") and len(t.lower) > 4:
                return None  # "X, who was charged …": a clause, not a noun phrase
        return name

    # -- complement frames ------------------------------------------------------------------

    def indirect_quotes(self) -> list[Found]:
        out = super().indirect_quotes()
        out.extend(self._complement_frames(out))
        return out

    def _complement_frames(self, out: list[Found]) -> list[Found]:
        """Reports read by the frames of :mod:`.v10_frames`, speakers as for v6's frames."""
        a = self.a
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found: list[Found] = []
        toks_all = a.tokens
        for k in self._tokens_of(FRAME_FORMS_V10.keys()):
            tok = toks_all[k]
            lemma = FRAME_FORMS_V10.get(tok.lower)
            if lemma is None or k in self.used_cues or tok.text[:1].isupper() or a.in_quotation(tok.start):
                continue
            prev = toks_all[k - 1].lower if k > 0 else ""
            if prev in DETERMINERS or prev in _BE or prev in {"so", "-", "to"}:
                continue  # "the call", "was asked to", "so-called", "to see"
            if any(fs <= tok.start < fe for fs, fe in taken):
                continue
            s0, s_end = a.sentence_of(tok.start)
            after = a.tokens_between(tok.end, s_end)
            i = frame_start_v10(lemma, after)
            if i is None or i >= len(after):
                continue
            if tok.lower.endswith("ing"):
                if prev not in _PARTICIPLE_LEAD and not (prev.endswith("ly") and k > 1 and toks_all[k - 2].text == ","):
                    continue
                m = self.subject_of((s0, tok.start), tok.start)
            else:
                m = self.mention_before(tok.start, s0)
                if m is None and prev in {"and", "but", "also"}:
                    m = self.subject_of((s0, tok.start), tok.start)
                if m is None:
                    m = self._lead_phrase(s0, k)
            if m is None:
                continue
            start = after[i].start
            end = self._frame_end(start, s_end)
            if end - start < 8 or any(fs < end and start < fe for fs, fe in taken):
                continue
            f = self._finish(start, end, (tok.start, tok.end), m, k)
            if f is not None:
                found.append(f)
                taken.extend(f.content)
        return found

    def _lead_phrase(self, s0: int, k: int) -> Mention | None:
        """ "Israeli courts, however, have declared", "X and Y leaders touted": the noun phrase
        opening the sentence, when nothing before the verb but an adverbial and auxiliaries."""
        a = self.a
        lead = a.tokens_between(s0, a.tokens[k].start)
        n = 0
        while n < len(lead) and lead[n].text[:1].isalnum() and lead[n].lower not in AUX_ADVERBS:
            n += 1
        if not 1 <= n <= 8 or any(_verbal(t.lower) or t.lower in DETERMINERS - {"the"} for t in lead[:n]):
            return None
        rest = lead[n:]
        if rest and rest[0].text == ",":  # ", however," / ", for example,"
            close = next((i for i, t in enumerate(rest[1:6], start=1) if t.text == ","), None)
            if close is None:
                return None
            rest = rest[close + 1 :]
        if any(t.lower not in AUX_ADVERBS for t in rest):
            return None
        first, last = lead[0], lead[n - 1]
        name = a.name_starting_at(first.start)
        if name is not None and name.end == last.end:
            return name
        if not last.text.isalpha() or not last.text.islower():
            return None
        return Mention(
            first.start,
            last.end,
            self.text[first.start : last.end],
            "description",
            None,
            not last.lower.endswith("s"),
            frozenset(),
            last.lower,
        )

    def _frame_end(self, start: int, sent_end: int) -> int:
        """v4's clause end, or earlier at ", as/while/which …", "; " or " and <reporting verb>"."""
        a = self.a
        end = self._content_end(start, sent_end)
        k0, k1 = a.token_index(start), a.token_index(end)
        for k in range(k0 + 1, k1):
            t = a.tokens[k]
            nxt = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
            if t.text in {'"', "”"} and self.text[t.start - 1 : t.start] in {".", "!", "?"} and nxt is not None and nxt.text[:1].isupper():
                return t.end  # 'as its "Achilles heel." While …': the sentence ended inside the marks
            if a.in_quotation(t.start):
                continue
            if t.text == ";" or (t.text == "," and nxt is not None and (nxt.lower in _CLAUSE_AFTER or nxt.lower.endswith("ing"))):
                return t.start
            if t.lower == "and" and nxt is not None and nxt.lower in FORMS and not nxt.lower.endswith("ing") and self.is_cue_token(k + 1):
                return a.tokens[k - 1].end
        return end


class QuotesV10(QuoteExtractorBase):
    """v9's quotes plus :class:`RulesV10`'s, speakers resolved by :class:`SpeakerResolverV10`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="10", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV10(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV10)
