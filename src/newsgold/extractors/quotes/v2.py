"""``quotes`` v2, frozen: direct, indirect and mixed quotes, speakers resolved in the document.

On top of v1's direct-quote rules: interrupted quotes (“A,” he said, “B.”), a continuation
paragraph inherits the previous speaker, indirect and mixed quotes after a reporting verb or a
participial cue ("…, adding …") and "according to"; every speaker mention (pronoun, title,
description, short name) resolves to the speaker's full name as written in the document, or to
an entity id when an entity registry is configured (GUIDELINES §6, §9.1-9.5).

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``).  Later
versions may build on :class:`RulesV2`; they never edit it — bump the version instead.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.boilerplate import inside
from newsgold.extractors.lexicon import NEEDS_THAT, REPORTING_FORMS, ROLE_NOUNS
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v1 import ADJUNCT_START, RulesV1
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

# finite verb forms: a clause has one ("… the talks were …"), a noun phrase has none
FINITE = {
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "won't",
    "can't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "doesn't",
    "don't",
    "didn't",
    "hasn't",
    "haven't",
    "'s",
    "’s",
    "needs",
    "wants",
    "seeks",
    "remains",
    "seems",
    "lacks",
    "holds",
    "plans",
    "intends",
    "means",
    "knows",
}
TRAIL_PUNCT = ".,;:"


def trim_final(text: str, start: int, end: int) -> Span:
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAIL_PUNCT):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class RulesV2(RulesV1):
    """v1's speaker and attribution rules plus interrupted, continued, indirect and mixed quotes."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.used_cues: set[int] = set()

    # -- direct quotes ------------------------------------------------------------------------

    def direct_quotes(self) -> list[Found]:
        out: list[Found] = []
        quotations = [q for q in self.a.quotations if not inside(self.scope, q.open, q.outer_end)]
        merged: set[int] = set()
        for i, q in enumerate(quotations):
            if i in merged or not self.standalone(q):
                continue
            cue, k, mention = self.attribute_direct(q)
            frags = list(q.fragments)
            if cue is not None and k is not None:
                self.used_cues.add(k)
                # interrupted quote: “A,” he said, “B.” (GUIDELINES §9.1)
                if i + 1 < len(quotations) and cue[0] > q.outer_end:
                    nxt = quotations[i + 1]
                    tail_end = max(cue[1], mention.end if mention else 0)
                    gap = self.text[tail_end : nxt.open]
                    if re.fullmatch(r"\s*,\s*", gap) and self.a.sentence_of(nxt.open) == self.a.sentence_of(q.open):
                        frags += nxt.fragments
                        merged.add(i + 1)
                out.append(Found("direct", frags, cue, mention))
                continue
            para_start = self.text.rfind("\n", 0, q.open) + 1
            if self.text[para_start : q.open].strip() == "" and out:
                # an unattributed quotation paragraph continues the previous speaker (§9.2)
                out.append(Found("direct", frags, None, None, inherit=True))
        return out

    # -- indirect and mixed quotes --------------------------------------------------------

    def _clause_ok(self, start: int, end: int) -> bool:
        toks = self.a.tokens_between(start, end)[:14]
        if not toks or toks[0].lower in ADJUNCT_START or toks[0].lower in {",", ":", '"', "“"}:
            return False
        return any(t.lower in FINITE or (t.lower.endswith("ed") and len(t.lower) > 4) for t in toks)

    def _content_end(self, start: int, sent_end: int) -> int:
        """Up to the sentence end, a trailing attribution or a new participial cue."""
        a = self.a
        for k in range(a.token_index(start), a.token_index(sent_end)):
            tok = a.tokens[k]
            if tok.text in {",", ";"} and not a.in_quotation(tok.start) and k + 1 < len(a.tokens):
                nxt = a.tokens[k + 1]
                if nxt.lower in REPORTING_FORMS and nxt.lower.endswith("ing") and nxt.start < sent_end:
                    return tok.start
                if tok.text == ";":
                    return tok.start
                # "…, a senior official said" / "…, he added" / "…, according to X"
                if nxt.lower == "according" and k + 2 < len(a.tokens) and a.tokens[k + 2].lower == "to":
                    return tok.start
                for j in range(k + 1, min(k + 9, len(a.tokens))):
                    t = a.tokens[j]
                    if t.start >= sent_end or t.text in {",", ";", '"', "“", "”"}:
                        break
                    if self.is_cue_token(j) and not t.lower.endswith("ing"):
                        m = self.a.mention_before(t.start, nxt.start)
                        if (m is not None and m.start == nxt.start) or (m is not None and m.start <= nxt.start + 4):
                            return tok.start
                        break
            if tok.text == ":" and k + 1 < len(a.tokens) and a.tokens[k + 1].text in '"“':
                return tok.start
        return sent_end

    def _finish(self, start: int, end: int, cue: Span, mention: Mention | None, k: int) -> Found | None:
        start, end = trim_final(self.text, start, end)
        if start >= end or inside(self.scope, start, end):
            return None
        for q in self.a.quotations:
            if q.open < end and start < q.outer_end and self.standalone(q) and not (start <= q.open and q.outer_end <= end):
                return None  # overlaps a direct quote partially
            if start <= q.open and q.outer_end <= end and self.standalone(q) and q.end - q.start > 0.6 * (end - start):
                return None
        content = self.text[start:end]
        kind = "mixed" if any(c in content for c in '"“”') else "indirect"
        self.used_cues.add(k)
        return Found(kind, [(start, end)], cue, mention)

    def indirect_quotes(self) -> list[Found]:
        a, text = self.a, self.text
        out: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            for k in a.reporting_tokens(sent[0], sent[1]):
                if k in self.used_cues:
                    continue
                tok = a.tokens[k]
                if tok.lower == "according":
                    continue
                if not self.is_cue_token(k):
                    continue
                cue = self.cue_span(k)
                lemma = REPORTING_FORMS[tok.lower]
                participle = tok.lower.endswith("ing")
                after_k = a.token_index(cue[1])
                if participle:
                    prev = a.tokens[k - 1].text if k > 0 else ""
                    if prev not in {",", "and"} and not (k > 0 and a.tokens[k - 1].lower in ROLE_NOUNS):
                        continue
                    mention = self.subject_of(sent, tok.start)
                else:
                    mention = self.mention_before(tok.start, sent[0])
                    if mention is None:
                        mention = self.mention_after(cue[1], sent[1])
                    if mention is None:
                        continue
                nxt = a.tokens[after_k] if after_k < len(a.tokens) and a.tokens[after_k].start < sent[1] else None
                # trailing attribution: "CLAUSE, SPEAKER said …"
                lead = "" if participle or mention is None else text[sent[0] : min(mention.start, tok.start)].rstrip()
                if lead.endswith(","):
                    clause_end = sent[0] + len(lead) - 1
                    if self._clause_ok(sent[0], clause_end) and not any(sent[0] <= a.tokens[j].start < clause_end for j in self.used_cues):
                        found = self._finish(sent[0], clause_end, cue, mention, k)
                        if found:
                            out.append(found)
                        continue
                if nxt is None:
                    continue
                start = None
                if nxt.lower == "that":
                    start = nxt.end
                elif lemma == "describe":
                    rest = text[nxt.start : sent[1]]
                    if re.search(r"\bas\b", rest):
                        start = nxt.start
                elif nxt.text in ':"“':
                    continue
                else:
                    for j in range(after_k, min(after_k + 8, len(a.tokens))):
                        t = a.tokens[j]
                        if t.start >= sent[1] or not t.text[0].isalnum():
                            break
                        if t.lower == "that":
                            start = t.end
                            break
                    if start is None and lemma not in NEEDS_THAT and nxt.lower not in ADJUNCT_START:
                        if self._clause_ok(nxt.start, sent[1]):
                            start = nxt.start
                if start is None:
                    continue
                end = self._content_end(start, sent[1])
                found = self._finish(start, end, cue, mention, k)
                if found:
                    out.append(found)
            out.extend(self.according_to(sent))
        return out

    def _clip(self, sent: Span) -> Span | None:
        """A sentence without the out-of-scope regions it starts with (a dateline), or None."""
        memo: tuple[list[Span], dict[Span, Span | None]] | None = self.__dict__.get("_clip_memo")
        if memo is None or memo[0] is not self.scope:  # the rules clip each sentence several times
            memo = self.__dict__["_clip_memo"] = (self.scope, {})
        clips = memo[1]
        if sent not in clips:
            clips[sent] = self._clip_once(sent)
        return clips[sent]

    def _clip_once(self, sent: Span) -> Span | None:
        start, end = sent
        for s, e in self.scope:
            if s <= start < e:
                start = e
        while start < end and self.text[start].isspace():
            start += 1
        if start >= end or inside(self.scope, start, end):
            return None
        return start, end

    def according_to(self, sent: Span) -> list[Found]:
        a, text = self.a, self.text
        out = []
        for m in re.finditer(r"\b[Aa]ccording to\b", text[sent[0] : sent[1]]):
            cs, ce = sent[0] + m.start(), sent[0] + m.end()
            if a.in_quotation(cs):
                continue
            mention = self.mention_after(ce, sent[1])
            if mention is None:
                continue
            k = a.token_index(cs)
            lead = text[sent[0] : cs].rstrip()
            if lead.endswith(","):
                found = self._finish(sent[0], sent[0] + len(lead) - 1, (cs, ce), mention, k)
            else:
                comma = text.find(",", mention.end, sent[1])
                found = self._finish(comma + 1, sent[1], (cs, ce), mention, k) if comma >= 0 else None
            if found:
                out.append(found)
        return out


class QuotesV2(QuoteExtractorBase):
    """Direct, indirect and mixed quotes with speakers resolved within the document."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="2", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV2(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a)
