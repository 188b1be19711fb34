"""Rule-based quote extraction: ``quotes-direct`` v1, ``quotes`` v2 and ``quotes`` v3.

v1 pairs quotation marks and attributes each quotation to the nearest reporting verb and the
nearest mention.  v2 adds indirect and mixed quotes, participial cues ("…, adding …"),
"according to", interrupted and continuation quotes, and resolves every speaker mention
(pronoun, title, description, short name) to the speaker's full name as written in the document,
or to an entity id when an entity registry is configured.  Conventions follow
``annotations/GUIDELINES.md`` §6 and §9.1-9.5.

v3 (found by a held-out check on invented articles, ``tests/extractors/unseen/``) adds general
news conventions that v2 missed; v1 and v2 are kept unchanged so that pinned runs reproduce:

* a speaker separated from the verb by a comma-set apposition or relative clause
  ("X, who …, said"; "X, a lawyer for Y, said"; "The firm's chief, X, said");
* a ``that`` after the cue starts the content only when no finite verb comes before it
  ("said the plan had been changed so that …" is one clause);
* a definite description with a head noun outside the lexicon in subject position
  ("The agency said …", "…, the band announced"), and "according to the <Name>";
* “A,” said X. “B.” — an unattributed quotation right after the attribution sentence, in the same
  paragraph, continues the quote (one more fragment, §9.1);
* "the <noun>" resolves to the one organisation named earlier whose name contains that noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.lexicon import (
    AUX_ADVERBS,
    DETERMINERS,
    NEEDS_THAT,
    PARTICLE_VERBS,
    PRONOUNS,
    PRONOUNS_PERSON,
    REPORTING_FORMS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention, Quotation
from newsgold.schema import DocAnnotation, Quote, Source

Span = tuple[int, int]

_FINITE = {
    "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall",
    "should", "has", "have", "had", "do", "does", "did", "won't", "can't", "isn't", "aren't",
    "wasn't", "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "'s", "’s", "needs",
    "wants", "seeks", "remains", "seems", "lacks", "holds", "plans", "intends", "means", "knows",
}
_ADJUNCT_START = {"in", "at", "on", "during", "to", "after", "before", "with", "for", "about", "by",
                  "from", "via", "through", "over", "under", "last", "this", "earlier", "later",
                  "today", "yesterday", "recently", "repeatedly", "publicly", "again", "also"}
_TRAIL_PUNCT = ".,;:"
_PLAIN_DETERMINERS = DETERMINERS - {"this", "that", "these", "those"}


@dataclass
class Found:
    """A quote before resolution: content fragments, cue, speaker mention, type."""

    type: str
    content: list[Span]
    cue: Span | None
    mention: Mention | None
    inherit: bool = False  # continuation paragraph: speaker of the previous quote


def _trim_final(text: str, start: int, end: int) -> Span:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL_PUNCT):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class QuoteRules:
    """All the rules over one document; ``indirect``/``resolve`` switch on the v2 behaviour."""

    def __init__(self, document: Document, indirect: bool, resolve: bool, version: int = 2):
        self.doc = document
        self.text = document.text
        self.a = Analysis(self.text)
        self.indirect = indirect
        self.resolve = resolve
        self.v3 = version >= 3
        self.scope = out_of_scope(document)
        self.used_cues: set[int] = set()

    # -- mentions as full noun phrases (GUIDELINES §6.4) ------------------------------------

    def full_np(self, m: Mention) -> Mention:
        """Extend a name mention left over a description, a possessor or "Title of the"."""
        if m.kind != "name":
            return m
        text, start = self.text, m.start
        before = text[max(0, start - 80):start]
        poss = re.search(r"(?:\b[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+$", before)
        if poss:
            start -= len(before) - poss.start()
        else:
            of = re.search(r"(?:\b[Tt]he\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+of\s+(?:the\s+)?$", before)
            if of and of.group(1).split()[-1].lower() in TITLE_WORDS:
                start -= len(before) - of.start()
            else:
                k = self.a.token_index(start) - 1
                if k >= 0 and self.a.tokens[k].lower in ROLE_NOUNS and self.a.tokens[k].text.islower():
                    desc = self.a._description_ending(k, max(0, start - 80))
                    if desc is not None:
                        start = desc.start
                elif re.search(r"\b[Tt]he\s+$", before):
                    start -= len(re.search(r"[Tt]he\s+$", before).group())
        if start == m.start:
            return m
        return Mention(start, m.end, text[start:m.end], m.kind, m.name, m.person, m.titles, m.head)

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        m = self.a.mention_before(pos, limit)
        if m is None and self.v3:
            m = self._across_apposition(pos, limit) or self._plain_description(pos, limit)
        return self.full_np(m) if m is not None else None

    # -- v3: speakers the v2 lexicon and adjacency rules miss -------------------------------

    _INSERT_START = {"who", "which", "whose", "a", "an", "the", "now", "then", "one", "also", "himself",
                     "herself", "itself", "themselves", "its", "his", "her", "their", "both", "each"}

    def _skip_aux(self, pos: int, limit: int) -> int:
        """Index of the last token before ``pos`` that is not an auxiliary or adverb."""
        k = self.a.token_index(pos) - 1
        skipped = 0
        while k >= 0 and self.a.tokens[k].start >= limit and skipped < 4:
            low = self.a.tokens[k].lower
            if low in AUX_ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha()):
                k -= 1
                skipped += 1
                continue
            break
        return k

    def _across_apposition(self, pos: int, limit: int) -> Mention | None:
        """"X, who …, said" / "X, a lawyer, said" → X; "The firm's chief, X, said" → X (§6.4)."""
        a = self.a
        k = self._skip_aux(pos, limit)
        if k < 1 or a.tokens[k].text != "," or a.tokens[k].start < limit:
            return None
        j = k - 1
        while j >= 0 and k - j < 30 and a.tokens[j].start >= limit and a.tokens[j].text not in {",", ";", ":"}:
            if a.in_quotation(a.tokens[j].start):
                return None
            j -= 1
        if j < 0 or a.tokens[j].text != "," or a.tokens[j].start < limit or j + 1 >= k:
            return None
        first = a.tokens[j + 1]
        name = a.name_starting_at(first.start)
        if name is not None and name.end == a.tokens[k - 1].end:
            # an apposition ("The firm's chief nurse, X, said"): the part holding the proper name,
            # when what precedes it from the clause start is a noun phrase (no verb, no comma)
            s0 = max(limit, a.sentence_of(a.tokens[j].start)[0])
            head = a.tokens_between(s0, a.tokens[j].start)
            if 0 < len(head) <= 8 and not any(
                t.lower in _FINITE or t.lower in REPORTING_FORMS or not t.text[0].isalnum() for t in head
            ):
                return name
        if first.lower not in self._INSERT_START:
            return None
        m = a.mention_before(a.tokens[j].start, limit) or self._plain_description(a.tokens[j].start, limit)
        if m is None:
            return None
        m = self.full_np(m)
        s, _ = a.sentence_of(m.start)
        lead = self.text[max(limit, s):m.start].strip()
        # the speaker is the subject: at the clause start, after a leading adverbial, or after
        # the rest of its own noun phrase ("Former club captain X")
        if lead and not lead.endswith(",") and lead.lower() not in DETERMINERS and not all(
            w[0].isupper() or w.lower() in TITLE_WORDS or w.lower() in ROLE_NOUNS or w.endswith(("'s", "’s"))
            for w in lead.split()
        ):
            return None
        return m

    def _plain_description(self, pos: int, limit: int) -> Mention | None:
        """"The agency said" with a head noun outside the lexicon: determiner + 1-3 lower-case
        words in subject position right before the cue.  Treated as a group (``person=False``),
        so that it is never resolved to an earlier person by guessing."""
        a = self.a
        k = self._skip_aux(pos, limit)
        j = k
        while j >= 0 and k - j < 3 and a.tokens[j].start >= limit:
            t = a.tokens[j]
            if not (t.text.isalpha() and t.text.islower()) or t.lower in DETERMINERS or t.lower in PRONOUNS \
                    or t.lower in REPORTING_FORMS or t.lower in _FINITE or t.lower in AUX_ADVERBS:
                break
            j -= 1
        if j == k or j < 0 or a.tokens[j].start < limit or a.tokens[j].lower not in _PLAIN_DETERMINERS:
            return None
        det = a.tokens[j]
        s, _ = a.sentence_of(det.start)
        lead = self.text[max(limit, s):det.start].strip()
        if lead and not lead.endswith(","):
            return None
        head = a.tokens[k]
        return Mention(det.start, head.end, self.text[det.start:head.end], "description", None, False,
                       frozenset(), head.lower)

    def mention_after(self, pos: int, limit: int) -> Mention | None:
        m = self.a.mention_after(pos, limit)
        if m is None and self.v3:
            k = self.a.token_index(pos)
            if k + 1 < len(self.a.tokens) and self.a.tokens[k].lower == "the" and self.a.tokens[k + 1].start < limit:
                m = self.a.name_starting_at(self.a.tokens[k + 1].start)  # "according to the X Bureau"
                if m is not None and m.end > limit:
                    m = None
        if m is None:
            return None
        if m.kind == "description" and m.name is not None:
            # apposition: the part that holds the proper name (GUIDELINES §6.4)
            appos = re.match(r"\s*,\s*", self.text[m.end:m.end + 4])
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
        if toks[0].lower in _ADJUNCT_START or toks[0].lower.endswith("ing"):
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
                    return Mention(tok.start, toks[j].end, self.text[tok.start:toks[j].end], "description",
                                   None, None, frozenset(), toks[j].lower)
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
                between = self.text[q.outer_end:tok.start]
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
            gap = self.text[cue[1]:q.open]
            if len(gap) <= 60 and gap.rstrip().endswith((":", ",", "that")) or gap.strip() == "":
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

    def direct_quotes(self, v1: bool) -> list[Found]:
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
                if not v1 and i + 1 < len(quotations) and cue[0] > q.outer_end:
                    nxt = quotations[i + 1]
                    tail_end = max(cue[1], mention.end if mention else 0)
                    gap = self.text[tail_end:nxt.open]
                    if re.fullmatch(r"\s*,\s*", gap) and self.a.sentence_of(nxt.open) == self.a.sentence_of(q.open):
                        frags += nxt.fragments
                        merged.add(i + 1)
                    elif self.v3:
                        # “A,” said X. “B.” — the next quotation, unattributed and in the same
                        # paragraph right after the attribution sentence, continues the quote
                        j = i + 1
                        sent_end = self.a.sentence_of(cue[0])[1]
                        while j < len(quotations) and j not in merged:
                            nq = quotations[j]
                            between = self.text[sent_end:nq.open]
                            if between.strip() or "\n" in self.text[q.open:nq.open] or not self.standalone(nq) \
                                    or self.attribute_direct(nq)[0] is not None:
                                break
                            frags += nq.fragments
                            merged.add(j)
                            sent_end = self.a.sentence_of(nq.outer_end - 1)[1]
                            j += 1
                out.append(Found("direct", frags, cue, mention))
                continue
            para_start = self.text.rfind("\n", 0, q.open) + 1
            if self.text[para_start:q.open].strip() == "" and out:
                # an unattributed quotation paragraph continues the previous speaker (§9.2)
                out.append(Found("direct", frags, None, None, inherit=not v1))
        return out

    # -- indirect and mixed quotes --------------------------------------------------------

    def _clause_ok(self, start: int, end: int) -> bool:
        toks = self.a.tokens_between(start, end)[:14]
        if not toks or toks[0].lower in _ADJUNCT_START or toks[0].lower in {",", ":", '"', "“"}:
            return False
        return any(t.lower in _FINITE or (t.lower.endswith("ed") and len(t.lower) > 4) for t in toks)

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
                        if m is not None and m.start == nxt.start or (m is not None and m.start <= nxt.start + 4):
                            return tok.start
                        break
            if tok.text == ":" and k + 1 < len(a.tokens) and a.tokens[k + 1].text in '"“':
                return tok.start
        return sent_end

    def _finish(self, start: int, end: int, cue: Span, mention: Mention | None, k: int) -> Found | None:
        start, end = _trim_final(self.text, start, end)
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
        for sent in a.sentences:
            sent = self._clip(sent)
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
                lead = "" if participle or mention is None else text[sent[0]:min(mention.start, tok.start)].rstrip()
                if lead.endswith(","):
                    clause_end = sent[0] + len(lead) - 1
                    if self._clause_ok(sent[0], clause_end) and not any(
                        sent[0] <= a.tokens[j].start < clause_end for j in self.used_cues
                    ):
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
                    rest = text[nxt.start:sent[1]]
                    if re.search(r"\bas\b", rest):
                        start = nxt.start
                elif nxt.text in ':"“':
                    continue
                else:
                    for j in range(after_k, min(after_k + 8, len(a.tokens))):
                        t = a.tokens[j]
                        if t.start >= sent[1] or not t.text[0].isalnum():
                            break
                        if self.v3 and t.lower in _FINITE:
                            break  # "said the deal had been built so that …": the clause starts at the cue
                        if t.lower == "that":
                            start = t.end
                            break
                    if start is None and lemma not in NEEDS_THAT and nxt.lower not in _ADJUNCT_START:
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
        for m in re.finditer(r"\b[Aa]ccording to\b", text[sent[0]:sent[1]]):
            cs, ce = sent[0] + m.start(), sent[0] + m.end()
            if a.in_quotation(cs):
                continue
            mention = self.mention_after(ce, sent[1])
            if mention is None:
                continue
            k = a.token_index(cs)
            lead = text[sent[0]:cs].rstrip()
            if lead.endswith(","):
                found = self._finish(sent[0], sent[0] + len(lead) - 1, (cs, ce), mention, k)
            else:
                comma = text.find(",", mention.end, sent[1])
                found = self._finish(comma + 1, sent[1], (cs, ce), mention, k) if comma >= 0 else None
            if found:
                out.append(found)
        return out


class QuoteExtractorBase(BaseExtractor):
    """Shared configuration: an optional entity registry (path or list of entity dicts)."""

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"entities": None}

    def _finish(self, document: Document, found: list[Found], resolve: bool, analysis: Analysis | None = None,
                org_heads: bool = False) -> DocAnnotation:
        found.sort(key=lambda f: (f.content[0][0], f.content[-1][1]))
        entities = self.config.get("entities")
        if isinstance(entities, (str, Path)):
            entities = self.data_path(entities)
        resolver = SpeakerResolver(document.text, entities, document_dir=None, org_heads=org_heads)
        quotes = []
        prev_entity: str | None = None
        for i, f in enumerate(found, start=1):
            mention = f.mention
            span = (mention.start, mention.end) if mention else None
            if resolve:
                if analysis is None:
                    analysis = Analysis(document.text)
                entity = prev_entity if f.inherit else resolver.resolve(mention, analysis, f.cue)
            else:
                entity = resolver.as_written(mention) if mention else None
            if mention is not None or f.inherit:
                prev_entity = entity if entity is not None else prev_entity
            if f.inherit:
                span = None
            quotes.append(Quote(id=f"q{i}", type=f.type, content=f.content, source=Source(span, entity), cue=f.cue))
            if resolve and mention is not None and entity is not None:
                resolver.note_speaker(mention, entity)
        ann = self.empty(document)
        ann.quotes = quotes
        return ann


class QuotesDirectV1(QuoteExtractorBase):
    """Direct quotes only: quotation-mark pairing, nearest reporting verb, nearest mention."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes-direct", version="1", layers=("quotes",), config=config)

    def extract(self, document: Document) -> DocAnnotation:
        rules = QuoteRules(document, indirect=False, resolve=False)
        return self._finish(document, rules.direct_quotes(v1=True), resolve=False)


class QuotesV2(QuoteExtractorBase):
    """Direct, indirect and mixed quotes with speakers resolved within the document."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="2", layers=("quotes",), config=config)

    def extract(self, document: Document) -> DocAnnotation:
        rules = QuoteRules(document, indirect=True, resolve=True)
        found = rules.direct_quotes(v1=False)
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a)


class QuotesV3(QuoteExtractorBase):
    """v2 plus the general conventions listed in the module docstring (held-out check)."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="3", layers=("quotes",), config=config)

    def extract(self, document: Document) -> DocAnnotation:
        rules = QuoteRules(document, indirect=True, resolve=True, version=3)
        found = rules.direct_quotes(v1=False)
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, org_heads=True)


def speakers_of(annotation: DocAnnotation) -> list[str]:
    return [q.source.entity for q in annotation.quotes or [] if q.source.entity]


__all__ = ["PRONOUNS_PERSON", "QuotesDirectV1", "QuotesV2", "QuotesV3", "speakers_of"]
