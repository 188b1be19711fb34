"""``quotes-direct`` v1, frozen: direct quotes only, by quotation-mark pairing.

Each standalone quotation is attributed to the nearest reporting verb in its sentence and the
mention next to that verb; the speaker is the name as written (no resolution).  No indirect
quotes, no interrupted quotes, no speaker carried over to a continuation paragraph.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``).  Later
versions may build on :class:`RulesV1`; they never edit it — bump the version instead.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.lexicon import DETERMINERS, PARTICLE_VERBS, PRONOUNS, REPORTING_FORMS, ROLE_NOUNS, TITLE_WORDS
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.text import Analysis, Mention, Quotation
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

# a leading adverbial before the subject: "In a statement, X said"
ADJUNCT_START = {
    "in",
    "at",
    "on",
    "during",
    "to",
    "after",
    "before",
    "with",
    "for",
    "about",
    "by",
    "from",
    "via",
    "through",
    "over",
    "under",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "recently",
    "repeatedly",
    "publicly",
    "again",
    "also",
}


class RulesV1:
    """The direct-quote rules of v1 over one document: speakers next to cues, attribution."""

    _OF_BEFORE = re.compile(
        r"(?:\b[Tt]he\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+of\s+(?:the\s+)?$"
    )  # compiled once, not looked up in re's cache per call
    _POSSESSOR_BEFORE = re.compile(
        r"(?:\b[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+$"
    )  # compiled once, not looked up in re's cache per call

    def __init__(self, document: Document):
        self.doc = document
        self.text = document.text
        self.a = Analysis(self.text)
        self.scope = out_of_scope(document)

    # -- mentions as full noun phrases (GUIDELINES §6.4) ------------------------------------

    def full_np(self, m: Mention) -> Mention:
        """Extend a name mention left over a description, a possessor or "Title of the"."""
        if m.kind != "name":
            return m
        text, start = self.text, m.start
        before = text[max(0, start - 80) : start]
        # the patterns below end in whitespace after "'s", "of", "the": test those ends first (speed)
        tail = before.rstrip()
        spaced = len(tail) < len(before)
        poss = self._POSSESSOR_BEFORE.search(before) if spaced and tail.endswith(("'s", "’s")) else None
        if poss:
            start -= len(before) - poss.start()
        else:
            of = self._OF_BEFORE.search(before) if spaced and tail.endswith(("of", "the")) else None
            if of and of.group(1).split()[-1].lower() in TITLE_WORDS:
                start -= len(before) - of.start()
            else:
                k = self.a.token_index(start) - 1
                if k >= 0 and self.a.tokens[k].lower in ROLE_NOUNS and self.a.tokens[k].text.islower():
                    desc = self.a._description_ending(k, max(0, start - 80))
                    if desc is not None:
                        start = desc.start
                elif spaced and tail.endswith(("the", "The")) and (the := re.search(r"\b[Tt]he\s+$", before)):
                    start -= len(the.group())  # the same match as the unanchored pattern had
        if start == m.start:
            return m
        return Mention(start, m.end, text[start : m.end], m.kind, m.name, m.person, m.titles, m.head)

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        m = self.a.mention_before(pos, limit)
        return self.full_np(m) if m is not None else None

    def mention_after(self, pos: int, limit: int) -> Mention | None:
        m = self.a.mention_after(pos, limit)
        if m is None:
            return None
        if m.kind == "description" and m.name is not None:
            # apposition: the part that holds the proper name (GUIDELINES §6.4)
            appos = re.match(r"\s*,\s*", self.text[m.end : m.end + 4])
            nm = self.a.name_starting_at(m.end + appos.end()) if appos else None
            if nm is not None:
                return nm
        return self.full_np(m)

    def subject_of(self, sent: Span, before: int) -> Mention | None:
        """The subject of the main clause: speaker of a finite reporting verb, else first mention."""
        a = self.a
        for k in reversed(a.reporting_tokens(sent[0], before)):
            tok = a.tokens[k]
            if tok.lower.endswith("ing"):
                continue
            m = self.mention_before(tok.start, sent[0])
            if m is not None:
                return m
        toks = a.tokens_between(sent[0], before)
        if not toks:
            return None
        i = 0
        if toks[0].lower in ADJUNCT_START or toks[0].lower.endswith("ing"):
            while i < len(toks) and toks[i].text != ",":
                i += 1
            i += 1
        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.lower in PRONOUNS:
            return Mention(tok.start, tok.end, tok.text, "pronoun")
        name = a.name_starting_at(tok.start)
        if name is None and tok.lower in DETERMINERS:
            for j in range(i + 1, min(len(toks), i + 6)):
                if toks[j].lower in ROLE_NOUNS:
                    nxt = a.name_starting_at(toks[j + 1].start) if j + 1 < len(toks) else None
                    if nxt is not None:
                        return self.full_np(nxt)
                    return Mention(
                        tok.start, toks[j].end, self.text[tok.start : toks[j].end], "description", None, None, frozenset(), toks[j].lower
                    )
                if not toks[j].text[0].isalnum():
                    break
        if name is None and tok.lower in DETERMINERS and i + 1 < len(toks):
            name = a.name_starting_at(toks[i + 1].start)  # "The Coastal Gazette"
        if name is None and i + 1 < len(toks):  # "Norway's Harbor Director X": possessor first
            for j in range(i + 1, min(len(toks), i + 6)):
                name = a.name_starting_at(toks[j].start)
                if name is not None and name.person:
                    break
                name = None
        return self.full_np(name) if name is not None else None

    # -- cues ---------------------------------------------------------------------------------

    def cue_span(self, k: int) -> Span:
        tok = self.a.tokens[k]
        lemma = REPORTING_FORMS.get(tok.lower)
        if lemma in PARTICLE_VERBS and k + 1 < len(self.a.tokens) and self.a.tokens[k + 1].lower == PARTICLE_VERBS[lemma]:
            return tok.start, self.a.tokens[k + 1].end
        return tok.start, tok.end

    def is_cue_token(self, k: int) -> bool:
        tok = self.a.tokens[k]
        lemma = REPORTING_FORMS.get(tok.lower)
        if lemma is None:
            return False
        if lemma in PARTICLE_VERBS:
            return k + 1 < len(self.a.tokens) and self.a.tokens[k + 1].lower == PARTICLE_VERBS[lemma]
        prev = self.a.tokens[k - 1].lower if k > 0 else ""
        return prev not in DETERMINERS  # "a report", "the claims": nouns

    # -- direct quotes ------------------------------------------------------------------------

    def standalone(self, q: Quotation) -> bool:
        """A quotation that is an utterance of its own, not a fragment inside a sentence."""
        text = self.text
        j = q.open - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or text[j] in "\n:,;—–-([" or text[j] in ".!?":
            return True
        k = self.a.token_index(j) - 1 if j >= 0 else -1
        k = max(0, self.a.token_index(j + 1) - 1)
        if self.a.tokens and self.is_cue_token(k) and self.a.tokens[k].end == j + 1:
            return True
        last = text[q.end - 1]
        return last in ",.!?…" and (q.close is None or q.close + 1 >= len(text) or text[q.close + 1] in " \t\n")

    def attribute_direct(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        a = self.a
        sent_open = a.sentence_of(q.open)
        sent_close = a.sentence_of(q.outer_end - 1)
        post: tuple[Span, int, Mention | None] | None = None
        if sent_close[1] > q.outer_end:
            window = a.reporting_tokens(q.outer_end, sent_close[1])
            for k in window[:1]:
                if k - a.token_index(q.outer_end) > 8 or not self.is_cue_token(k):
                    break
                tok = a.tokens[k]
                between = self.text[q.outer_end : tok.start]
                m = self.mention_before(tok.start, q.outer_end)
                if m is None and between.strip(" ,\t") == "":
                    m = self.mention_after(self.cue_span(k)[1], sent_close[1])
                if m is not None or between.strip(" ,\t") == "":
                    post = (self.cue_span(k), k, m)
        pre: tuple[Span, int, Mention | None] | None = None
        window = [k for k in a.reporting_tokens(sent_open[0], q.open) if self.is_cue_token(k)]
        if window:
            k = window[-1]
            cue = self.cue_span(k)
            gap = self.text[cue[1] : q.open]
            if (len(gap) <= 60 and gap.rstrip().endswith((":", ",", "that"))) or gap.strip() == "":
                tok = a.tokens[k]
                if tok.lower.endswith("ing"):
                    m = self.subject_of(sent_open, tok.start)
                else:
                    m = self.mention_before(tok.start, sent_open[0]) or self.mention_after(cue[1], q.open)
                pre = (cue, k, m)
        ends_sentence = self.text[q.end - 1] in ".!" and q.close is not None
        first, second = (pre, post) if ends_sentence else (post, pre)
        chosen = first or second
        if chosen is None:
            return None, None, None
        return chosen

    def direct_quotes(self) -> list[Found]:
        out: list[Found] = []
        quotations = [q for q in self.a.quotations if not inside(self.scope, q.open, q.outer_end)]
        for q in quotations:
            if not self.standalone(q):
                continue
            cue, k, mention = self.attribute_direct(q)
            frags = list(q.fragments)
            if cue is not None and k is not None:
                out.append(Found("direct", frags, cue, mention))
                continue
            para_start = self.text.rfind("\n", 0, q.open) + 1
            if self.text[para_start : q.open].strip() == "" and out:
                # an unattributed quotation paragraph: a quote, speaker unknown (v1 carries none over)
                out.append(Found("direct", frags, None, None, inherit=False))
        return out


class QuotesDirectV1(QuoteExtractorBase):
    """Direct quotes only: quotation-mark pairing, nearest reporting verb, nearest mention."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes-direct", version="1", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        return self._finish(document, RulesV1(document).direct_quotes(), resolve=False)
