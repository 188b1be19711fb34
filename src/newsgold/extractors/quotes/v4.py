"""``quotes`` v4, frozen: v3 plus the error classes of real articles from other outlets.

General rules, found on hand-written snippets (``tests/extractors/test_quotes_v4.py``) and on the
dev half of ``eval/devset`` (never its test half, never the seed event):

* reporting verbs and particle phrases outside v3's list ("testified that", "cautioned that",
  "calling on X to …", "wondered whether …", "asked X to …", "told investigators X had …"),
  from :mod:`.v4_lexicon`; a passive form ("is expected to") is no cue, and beliefs
  ("believe", "think") are not speech (GUIDELINES §6.1);
* mixed quotes: a quotation inside running text is a fragment of the paraphrase around it,
  and only quotations taken as direct quotes block a paraphrase (:mod:`.v4_indirect`);
* trailing attributions ("CLAUSE, said X, a fellow at Y.") of any clause, and a clause after
  the cue is preferred to reading a leading adverbial as the content; a relay ("…, X wrote")
  around a report that has its own cue is not a second quote; "…, papers say." ends content;
* "according to X, “…”", "According to X: “…”", and the organisation a report is of
  ("according to a Moody's report");
* a colon introduction with a speaker but no reporting verb ("X had a message: “…”"), and
  "X said:" ending the paragraph before the quotation;
* a cue right before a quotation ("…, adding that “…,” X wrote") is the innermost report (§9.4);
* an unattributed quotation right after a sentence ending in an attribution continues that
  speaker; a quotation that neither ends a sentence nor its paragraph is no quote (a title);
* speakers: across a parenthesis or a short insertion ("X (D-North) said", "X, for example,
  said"), "to say" takes the clause subject, a name after the cue followed by a verb is the
  content's subject, "MMQB's Peter King" is the person; noun cues "X's claim that …";
* an all-capitals dateline ("CITY — ") is out of scope, as v3's "(Agency) -" datelines are;
* pronouns and descriptions resolve as in :mod:`.v4_speakers`.

Methods that changed are whole copies here (v3 holds no switch for v4).  Frozen: this file
defines released behaviour (pinned in ``tests/extractors/pins.json``); bump the version instead.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.boilerplate import inside
from newsgold.extractors.lexicon import DETERMINERS, REPORTING_FORMS
from newsgold.extractors.quotation_marks import Quotation
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_indirect import AnalysisV4, IndirectRulesV4
from newsgold.extractors.quotes.v4_lexicon import FORMS, PARTICLES
from newsgold.extractors.quotes.v4_speakers import SpeakerResolverV4
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}\s*[—–-]{1,2}\s+")
_BE = {"is", "was", "are", "were", "be", "been", "being"}
_NEW_LEMMAS = {lemma for form, lemma in FORMS.items() if form not in REPORTING_FORMS}


class RulesV4(IndirectRulesV4):
    """v3's rules plus the conventions listed in the module docstring."""

    _POSSESSIVE_S = re.compile(r"['’]s\s+")  # compiled once, not looked up in re's cache per call

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

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        """v3's, also across a short comma-set insertion ("X, for example, said") and, for "to
        say", the subject of the clause ("X texted to say …")."""
        m = super().mention_before(pos, limit)
        if m is not None:
            return m
        a = self.a
        k = a.token_index(pos) - 1
        if k >= 0 and a.tokens[k].text == ")":  # "State Sen. X (R-Warren) said"
            opening = self.text.rfind("(", limit, a.tokens[k].start)
            if opening > 0 and a.tokens[k].start - opening < 40:
                return super().mention_before(opening, limit)
        if k >= 0 and a.tokens[k].lower == "to":
            s0 = max(limit, a.sentence_of(pos)[0])
            return self.subject_of((s0, pos), pos)
        if k >= 1 and a.tokens[k].text == ",":
            for j in range(k - 1, max(k - 5, -1), -1):
                t = a.tokens[j]
                if t.start < limit or t.lower in FINITE or t.lower in FORMS:
                    break
                if t.text == ",":
                    return super().mention_before(t.start, limit) if j < k - 1 else None
        return None

    def mention_after(self, pos: int, limit: int) -> Mention | None:
        """v3's; "according to MMQB's Peter King": the person, not the possessor."""
        m = super().mention_after(pos, limit)
        if m is not None and m.kind == "name":
            poss = self._POSSESSIVE_S.match(self.text[m.end : m.end + 4])
            nm = self.a.name_starting_at(m.end + poss.end()) if poss else None
            if nm is not None and nm.end <= limit:
                return nm
        return m

    # -- direct quotes: "according to X," and colon introductions ---------------------------

    def attribute_direct(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        cue, k, mention = super().attribute_direct(q)
        a, text = self.a, self.text
        if cue is not None and k is not None and cue[0] > q.outer_end:
            # "…, adding that “…,” X wrote": the cue right before the quotation is the innermost
            # report (GUIDELINES §9.4), the trailing one its relay
            s0 = a.sentence_of(q.open)[0]
            pre = [j for j in a.reporting_tokens(s0, q.open) if self.is_cue_token(j)]
            if pre and text[self.cue_span(pre[-1])[1] : q.open].strip() in ("that", ":", ""):
                j = pre[-1]
                tok = a.tokens[j]
                m = self.subject_of((s0, q.open), tok.start) if tok.lower.endswith("ing") else self.mention_before(tok.start, s0)
                if m is not None:
                    return self.cue_span(j), j, m
        if cue is not None:
            return cue, k, mention
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
        self.direct_opens = set()
        for i, q in enumerate(quotations):
            if i in merged or not self.standalone(q):
                continue
            cue, k, mention = self.attribute_direct(q)
            frags = list(q.fragments)
            if cue is None and k is not None:
                out.append(Found("direct", frags, None, mention))
                self.direct_opens.add(q.open)
                continue
            if cue is not None and k is not None:
                self.used_cues.add(k)
                if i + 1 < len(quotations) and cue[0] > q.outer_end:  # “A,” he said, “B.” (§9.1)
                    nxt = quotations[i + 1]
                    gap = self.text[max(cue[1], mention.end if mention else 0) : nxt.open]
                    if self._COMMA_GAP.fullmatch(gap) and self.a.sentence_of(nxt.open) == self.a.sentence_of(q.open):
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
                self.direct_opens.update(quotations[m].open for m in [i, *sorted(x for x in merged if x > i)])
                continue
            para_start = self.text.rfind("\n", 0, q.open) + 1
            continues = (self.text[para_start : q.open].strip() == "" and out) or self._after_attribution(q, para_start)
            if continues and self._utterance(q):
                out.append(Found("direct", frags, None, None, inherit=True))  # continues the previous speaker (§9.2)
                self.direct_opens.add(q.open)
        return out

    def standalone(self, q: Quotation) -> bool:
        """v1's, but a quotation inside running text (a word before it, no cue among the three
        words before it, three or more words of its sentence before it) is a mixed quote's fragment."""
        if not super().standalone(q):
            return False
        a, text = self.a, self.text
        j = len(text[: q.open].rstrip()) - 1
        if j < 0 or not text[j].isalnum():
            return True
        before = a.tokens_between(a.sentence_of(q.open)[0], q.open)
        if len(before) < 3:
            return True
        return any(self.is_cue_token(a.token_index(t.start)) for t in before[-3:])

    def _utterance(self, q: Quotation) -> bool:
        """A quotation that can stand as a quote of its own: it ends a sentence or the paragraph
        (“A Most Violent Year” hits theaters … is a title)."""
        after = self.text[q.outer_end : q.outer_end + 3].lstrip(" \t")
        return self.text[q.end - 1] in ".!?,…;:—–-" or not after or after[0] in '\n"“' or after[0].isupper()

    def _after_attribution(self, q: Quotation, para_start: int) -> bool:
        """ "…, Burtless said. “Wages …”" — right after a sentence of the same paragraph that ends
        with an attribution, an unattributed quotation continues that speaker."""
        before = self.text[para_start : q.open].rstrip()
        if not before.endswith("."):
            return False
        s0, _ = self.a.sentence_of(len(before) + para_start - 1)
        toks = self.a.tokens_between(max(s0, para_start), para_start + len(before))[-6:]
        return any(self.is_cue_token(self.a.token_index(t.start)) and not self.a.in_quotation(t.start) for t in toks)


class QuotesV4(QuoteExtractorBase):
    """v3 plus the general conventions listed in the module docstring."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="4", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV4(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV4)
