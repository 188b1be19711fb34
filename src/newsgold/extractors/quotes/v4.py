"""``quotes`` v4, frozen: v3 plus the error classes of real articles from other outlets.

General rules, found on hand-written snippets of common news conventions (``tests/extractors/
test_quotes_v4.py``):

* reporting verbs and particle phrases outside v3's list ("testified that", "cautioned that",
  "calling on X to …", "wondered whether …"), from :mod:`.v4_lexicon`; a passive form
  ("is expected to") is no cue;
* "according to X, “…”" and "According to X: “…”" attribute the direct quote to X;
* a quotation introduced by a colon after a sentence with a speaker but no reporting verb
  ("X had a message for fans: “…”") is X's, without a cue;
* noun cues: "X's claim that …", "the warning by X that …" give an indirect quote of X;
* an all-capitals dateline ("CITY — ") is out of scope, as v3's "(Agency) -" datelines are;
* pronoun speakers prefer the previous speaker of the same paragraph or the one before over a
  name that is only a sentence subject (:mod:`.v4_speakers`).

Methods that changed are whole copies here (v3 holds no switch for v4).  Frozen: this file
defines released behaviour (pinned in ``tests/extractors/pins.json``); bump the version instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.boilerplate import inside
from newsgold.extractors.lexicon import DETERMINERS, REPORTING_FORMS, ROLE_NOUNS
from newsgold.extractors.quotation_marks import Quotation
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v1 import ADJUNCT_START
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v3 import RulesV3
from newsgold.extractors.quotes.v4_lexicon import DIRECT_ONLY, FORMS, NEEDS_THAT_V4, NOUN_CUES, PARTICLES, WH_OBJECT, WH_WORDS
from newsgold.extractors.quotes.v4_speakers import SpeakerResolverV4
from newsgold.extractors.text import Analysis, Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}\s*[—–-]{1,2}\s+")
_BE = {"is", "was", "are", "were", "be", "been", "being"}
_NEW_LEMMAS = {lemma for form, lemma in FORMS.items() if form not in REPORTING_FORMS}


class AnalysisV4(Analysis):
    """v3's analysis with v4's reporting forms."""

    @cached_property
    def _reporting(self) -> list[int]:
        return [k for k, tok in enumerate(self.tokens) if tok.text.lower() in FORMS and not self.in_quotation(tok.start)]

    @cached_property
    def noun_cue_tokens(self) -> list[int]:
        return [k for k, tok in enumerate(self.tokens) if tok.text.lower() in NOUN_CUES and not self.in_quotation(tok.start)]

    def noun_cues_between(self, start: int, end: int) -> list[int]:
        rep = self.noun_cue_tokens
        return rep[bisect_left(rep, self.token_index(start)) : bisect_left(rep, self.token_index(end) - 1)]


class RulesV4(RulesV3):
    """v3's rules plus the conventions listed in the module docstring."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.a = AnalysisV4(self.text)
        m = _CAPS_DATELINE.match(self.text)
        if m:
            self.scope = sorted([*self.scope, (0, m.end())])

    # -- cues -------------------------------------------------------------------------------

    def cue_span(self, k: int) -> Span:
        tok = self.a.tokens[k]
        lemma = FORMS.get(tok.lower)
        if lemma in PARTICLES and k + 1 < len(self.a.tokens) and self.a.tokens[k + 1].lower in PARTICLES[lemma]:
            return tok.start, self.a.tokens[k + 1].end
        return tok.start, tok.end

    def is_cue_token(self, k: int) -> bool:
        tok = self.a.tokens[k]
        lemma = FORMS.get(tok.lower)
        if lemma is None:
            return False
        if lemma in PARTICLES:
            return k + 1 < len(self.a.tokens) and self.a.tokens[k + 1].lower in PARTICLES[lemma]
        prev = self.a.tokens[k - 1].lower if k > 0 else ""
        if lemma in _NEW_LEMMAS and prev in _BE:
            return False  # "is expected to", "was charged with": passive, no speaker
        return prev not in DETERMINERS

    # -- direct quotes: "according to X," and colon introductions ---------------------------

    def attribute_direct(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        cue, k, mention = super().attribute_direct(q)
        if cue is not None:
            return cue, k, mention
        a, text = self.a, self.text
        s0, _ = a.sentence_of(q.open)
        lead = text[s0 : q.open]
        acc = re.search(r"\b[Aa]ccording to\b", lead)
        if acc and lead.rstrip().endswith((",", ":")):
            cs, ce = s0 + acc.start(), s0 + acc.end()
            m = self.mention_after(ce, q.open)
            if m is not None:
                return (cs, ce), a.token_index(cs), m
        if not lead.strip():  # "She said:" ending the paragraph before the quotation
            j = len(text[: q.open].rstrip()) - 1
            if j < 0 or text[j] != ":":
                return None, None, None
            s0 = a.sentence_of(j)[0]
            cues = [k for k in a.reporting_tokens(s0, j) if self.is_cue_token(k)]
            if cues:
                k = cues[-1]
                cue = self.cue_span(k)
                m = (
                    self.mention_before(a.tokens[k].start, s0)
                    or self.mention_after(cue[1], j)
                    or self.subject_of((s0, j), a.tokens[k].start)
                )
                return cue, k, m
            lead = text[s0 : j + 1]
        # "X had a blunt message: “…”" — a colon, no reporting verb, a subject that can speak
        if lead.rstrip().endswith(":") and "\n" not in lead.strip():
            m = self.subject_of((s0, s0 + len(lead)), s0 + len(lead))
            if m is not None and m.kind == "description":  # "The mayor, X, had …": the name (§6.4)
                appos = re.match(r"\s*,\s*", text[m.end : m.end + 4])
                m = (a.name_starting_at(m.end + appos.end()) if appos else None) or m
            if m is not None:
                return None, -1, m
        return None, None, None

    def direct_quotes(self) -> list[Found]:
        """v3's, with colon introductions (a speaker, no cue) kept as quotes of their own."""
        out: list[Found] = []
        quotations = [q for q in self.a.quotations if not inside(self.scope, q.open, q.outer_end)]
        merged: set[int] = set()
        for i, q in enumerate(quotations):
            if i in merged or not self.standalone(q):
                continue
            cue, k, mention = self.attribute_direct(q)
            frags = list(q.fragments)
            if cue is None and k is not None:
                out.append(Found("direct", frags, None, mention))
                continue
            if cue is not None and k is not None:
                self.used_cues.add(k)
                if i + 1 < len(quotations) and cue[0] > q.outer_end:  # “A,” he said, “B.” (§9.1)
                    nxt = quotations[i + 1]
                    gap = self.text[max(cue[1], mention.end if mention else 0) : nxt.open]
                    if re.fullmatch(r"\s*,\s*", gap) and self.a.sentence_of(nxt.open) == self.a.sentence_of(q.open):
                        frags += nxt.fragments
                        merged.add(i + 1)
                    else:  # “A,” said X. “B.” — an unattributed quotation right after continues it
                        j = i + 1
                        sent_end = self.a.sentence_of(cue[0])[1]
                        while j < len(quotations) and j not in merged:
                            nq = quotations[j]
                            if (
                                self.text[sent_end : nq.open].strip()
                                or "\n" in self.text[q.open : nq.open]
                                or not self.standalone(nq)
                                or self.attribute_direct(nq)[1] is not None
                            ):
                                break
                            frags += nq.fragments
                            merged.add(j)
                            sent_end = self.a.sentence_of(nq.outer_end - 1)[1]
                            j += 1
                out.append(Found("direct", frags, cue, mention))
                continue
            para_start = self.text.rfind("\n", 0, q.open) + 1
            if self.text[para_start : q.open].strip() == "" and out:
                out.append(Found("direct", frags, None, None, inherit=True))  # continuation paragraph (§9.2)
        return out

    # -- indirect quotes ---------------------------------------------------------------------

    def _content_end(self, start: int, sent_end: int) -> int:
        """v2's rule with v4's reporting forms."""
        a = self.a
        for k in range(a.token_index(start), a.token_index(sent_end)):
            tok = a.tokens[k]
            if tok.text in {",", ";"} and not a.in_quotation(tok.start) and k + 1 < len(a.tokens):
                nxt = a.tokens[k + 1]
                if nxt.lower in FORMS and nxt.lower.endswith("ing") and nxt.start < sent_end:
                    return tok.start
                if tok.text == ";":
                    return tok.start
                if nxt.lower == "according" and k + 2 < len(a.tokens) and a.tokens[k + 2].lower == "to":
                    return tok.start
                for j in range(k + 1, min(k + 9, len(a.tokens))):
                    t = a.tokens[j]
                    if t.start >= sent_end or t.text in {",", ";", '"', "“", "”"}:
                        break
                    if self.is_cue_token(j) and not t.lower.endswith("ing"):
                        m = self.a.mention_before(t.start, nxt.start)
                        if m is not None and m.start <= nxt.start + 4:
                            return tok.start
                        break
            if tok.text == ":" and k + 1 < len(a.tokens) and a.tokens[k + 1].text in '"“':
                return tok.start
        return sent_end

    def _start_after_cue(self, lemma: str, k: int, after_k: int, sent: Span) -> int | None:
        """Where the reported clause starts after the cue token ``k`` (None: no clause)."""
        a, text = self.a, self.text
        if after_k >= len(a.tokens) or a.tokens[after_k].start >= sent[1]:
            return None
        nxt = a.tokens[after_k]
        if nxt.lower == "that":
            return nxt.end
        if lemma == "describe":
            return nxt.start if re.search(r"\bas\b", text[nxt.start : sent[1]]) else None
        if nxt.text in ':"“':
            return None
        if lemma in WH_OBJECT and nxt.lower in WH_WORDS:
            return nxt.start if nxt.lower in {"how", "why"} else nxt.end
        if lemma == "call":  # "calling on X to …": the content is X's infinitive clause
            toks = a.tokens[after_k : after_k + 10]
            return nxt.start if any(t.lower == "to" and t.start < sent[1] for t in toks[1:]) else None
        for j in range(after_k, min(after_k + 8, len(a.tokens))):
            t = a.tokens[j]
            if t.start >= sent[1] or not t.text[0].isalnum():
                break
            if t.lower in FINITE:
                break
            if t.lower == "that":
                return t.end
        if lemma not in NEEDS_THAT_V4 and nxt.lower not in ADJUNCT_START and self._clause_ok(nxt.start, sent[1]):
            return nxt.start
        return None

    def indirect_quotes(self) -> list[Found]:
        a, text = self.a, self.text
        out: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            for k in a.reporting_tokens(sent[0], sent[1]):
                tok = a.tokens[k]
                if k in self.used_cues or tok.lower == "according" or not self.is_cue_token(k):
                    continue
                lemma = FORMS[tok.lower]
                if lemma in DIRECT_ONLY:
                    continue
                cue = self.cue_span(k)
                participle = tok.lower.endswith("ing")
                after_k = a.token_index(cue[1])
                if participle:
                    prev = a.tokens[k - 1].text if k > 0 else ""
                    if prev not in {",", "and"} and not (k > 0 and a.tokens[k - 1].lower in ROLE_NOUNS):
                        continue
                    mention = self.subject_of(sent, tok.start)
                else:
                    mention = self.mention_before(tok.start, sent[0]) or self.mention_after(cue[1], sent[1])
                    if mention is None:
                        continue
                lead = "" if participle or mention is None else text[sent[0] : min(mention.start, tok.start)].rstrip()
                if lead.endswith(","):  # trailing attribution: "CLAUSE, SPEAKER said …"
                    clause_end = sent[0] + len(lead) - 1
                    if self._clause_ok(sent[0], clause_end) and not any(sent[0] <= a.tokens[j].start < clause_end for j in self.used_cues):
                        found = self._finish(sent[0], clause_end, cue, mention, k)
                        if found:
                            out.append(found)
                        continue
                start = self._start_after_cue(lemma, k, after_k, sent)
                if start is None:
                    continue
                found = self._finish(start, self._content_end(start, sent[1]), cue, mention, k)
                if found:
                    out.append(found)
            out.extend(self.according_to(sent))
            out.extend(self.noun_cues(sent))
        return out

    def noun_cues(self, sent: Span) -> list[Found]:
        """ "X's claim that …", "his warning that …" (the possessor speaks); a noun cue without
        a possessor or a "by X" agent is not attributed, so it is no quote."""
        a = self.a
        assert isinstance(a, AnalysisV4)
        out = []
        for k in a.noun_cues_between(sent[0], sent[1]):
            tok = a.tokens[k]
            if k in self.used_cues:
                continue
            j = k + 1
            mention = None
            if a.tokens[j].lower == "by":  # "the claim by X that …"
                mention = self.mention_after(a.tokens[j].end, sent[1])
                if mention is None:
                    continue
                j = a.token_index(mention.end)
            if j >= len(a.tokens) or a.tokens[j].lower != "that" or a.tokens[j].start >= sent[1]:
                continue
            if mention is None:
                mention = self._possessor(k)
            if mention is None:
                continue
            start = a.tokens[j].end
            end = self._content_end(start, sent[1])
            if not self.text[sent[0] : mention.start].strip():  # the noun phrase is the subject: stop at the main verb
                finite = [t for t in a.tokens_between(start, end)[1:] if t.lower in FINITE]
                end = finite[-1].start if finite else end
            found = self._finish(start, end, (tok.start, tok.end), mention, k)
            if found is not None and len(a.tokens_between(*found.content[0])) >= 3:
                out.append(found)
        return out

    def _possessor(self, k: int) -> Mention | None:
        a = self.a
        prev = a.tokens[k - 1] if k > 0 else None
        if prev is None:
            return None
        if prev.lower in {"his", "her", "their", "its"}:
            pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[prev.lower]
            return Mention(prev.start, prev.end, prev.text, "pronoun", None, pron in {"he", "she"}, frozenset(), pron)
        if prev.text.endswith(("'s", "’s")):
            name = a.name_ending_at(prev.end - 2)
            if name is not None:
                return name
        return None


class QuotesV4(QuoteExtractorBase):
    """v3 plus the general conventions listed in the module docstring."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="4", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV4(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV4)
