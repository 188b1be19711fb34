"""``quotes`` v4's indirect, mixed and noun-cue quotes (see :mod:`.v4` for the list of rules).

A module of its own only to keep each file to one job and a readable size; frozen with
``quotes`` v4 (the rules read cues through ``is_cue_token``/``cue_span`` of :class:`.v4.RulesV4`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from newsgold.extractors.boilerplate import inside
from newsgold.extractors.lexicon import ROLE_NOUNS
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v1 import ADJUNCT_START
from newsgold.extractors.quotes.v2 import FINITE, trim_final
from newsgold.extractors.quotes.v3 import RulesV3
from newsgold.extractors.quotes.v4_lexicon import DIRECT_ONLY, FORMS, NEEDS_THAT_V4, NOUN_CUES, WH_OBJECT, WH_WORDS
from newsgold.extractors.text import Analysis, Mention

Span = tuple[int, int]

_OBJECTS = {"him", "her", "them", "us", "me", "reporters", "investigators", "police", "officers", "deputies", "jurors", "lawmakers"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
_OBJECT_TO = {"ask", "urge", "tell", "advise", "warn", "call", "beg", "implore", "encourage", "invite", "instruct", "order"}
_CLOSE_COMMA = (",”", ',"', ",’")


class AnalysisV4(Analysis):
    """v3's analysis with v4's reporting forms."""

    @cached_property
    def _cue_tokens(self) -> tuple[list[int], list[int]]:
        """Reporting forms and noun cues outside quotations, found in one pass over the tokens."""
        forms: list[int] = []
        nouns: list[int] = []
        for k, tok in enumerate(self.tokens):
            low = tok.lower
            if low in FORMS and not self.in_quotation(tok.start):
                forms.append(k)
            if low in NOUN_CUES and not self.in_quotation(tok.start):
                nouns.append(k)
        return forms, nouns

    @cached_property
    def _reporting(self) -> list[int]:
        return self._cue_tokens[0]

    @cached_property
    def noun_cue_tokens(self) -> list[int]:
        return self._cue_tokens[1]

    def noun_cues_between(self, start: int, end: int) -> list[int]:
        rep = self.noun_cue_tokens
        return rep[bisect_left(rep, self.token_index(start)) : bisect_left(rep, self.token_index(end) - 1)]


class IndirectRulesV4(RulesV3):
    """v3's indirect rules with v4's lexicon, mixed quotes, trailing attributions and noun cues."""

    _AS = re.compile(r"\bas\b")  # compiled once, not looked up in re's cache per call

    direct_opens: set[int]

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
                        if not self.text[self.cue_span(j)[1] : sent_end].strip(" .\n"):
                            return tok.start  # "…, search warrant papers say."
                        break
            if tok.text == ":" and k + 1 < len(a.tokens) and a.tokens[k + 1].text in '"“':
                return tok.start
        return sent_end

    def _clause_ok(self, start: int, end: int) -> bool:
        """v2's, reading curly apostrophes as straight ones ("aren’t") and any "n't" form as finite."""
        toks = self.a.tokens_between(start, end)[:24]
        if not toks or toks[0].lower in ADJUNCT_START or toks[0].lower in {",", ":", '"', "“"}:
            return False
        for t in toks:
            low = t.lower.replace("’", "'")
            if low in FINITE or low.endswith("n't") or (low.endswith("ed") and len(low) > 4):
                return True
        return False

    def _after_leading_quotation(self, start: int, end: int) -> int:
        """A sentence that opens with a whole direct quotation (“A.” B, he said): B starts after it."""
        for q in self.a.quotations:
            if q.open == start and q.outer_end < end and q.open in self.direct_opens and self.text[q.end - 1] in ".!?":
                return q.outer_end
        return start

    def _trailing_ok(self, sent: Span, clause_end: int, mention: Mention | None, cue: Span) -> bool:
        """ "CLAUSE, said X, a fellow at Y." — the attribution closes the sentence: any clause of 4+ words."""
        if mention is None or len(self.a.tokens_between(sent[0], clause_end)) < 4:
            return False
        rest = self.text[max(mention.end, cue[1]) : sent[1]].strip()
        return not rest.strip(".") or rest.startswith(",")

    def _finish(self, start: int, end: int, cue: Span, mention: Mention | None, k: int) -> Found | None:
        """v2's, except that only quotations taken as direct quotes block a paraphrase: others
        are the quoted fragments of a mixed quote."""
        start, end = trim_final(self.text, start, end)
        if start >= end or inside(self.scope, start, end):
            return None
        for q in self.a.quotations:
            if q.open not in self.direct_opens:
                continue
            if q.open < end and start < q.outer_end and not (start <= q.open and q.outer_end <= end):
                return None  # overlaps a direct quote partially
            if start <= q.open and q.outer_end <= end and q.end - q.start > 0.6 * (end - start):
                return None
        content = self.text[start:end]
        kind = "mixed" if any(c in content for c in '"“”') else "indirect"
        self.used_cues.add(k)
        return Found(kind, [(start, end)], cue, mention)

    @cached_property
    def _according_hits(self) -> list[int]:
        """Where "according to" / "According to" starts in the text, found once per document."""
        text, hits = self.text, []
        for phrase in ("according to", "According to"):
            at = text.find(phrase)
            while at >= 0:
                hits.append(at)
                at = text.find(phrase, at + 1)
        return sorted(hits)

    def according_to(self, sent: Span) -> list[Found]:
        """v2's, also after a closing quotation mark ("… important,” according to X")."""
        a, text = self.a, self.text
        out: list[Found] = []
        hits = self._according_hits
        i = bisect_left(hits, sent[0])
        if i == len(hits) or hits[i] + 12 > sent[1]:
            return out  # no "according to" in the sentence (the search below is per sentence)
        for m in re.finditer(r"\b[Aa]ccording to\b", text[sent[0] : sent[1]]):
            cs, ce = sent[0] + m.start(), sent[0] + m.end()
            if a.in_quotation(cs):
                continue
            mention = self.mention_after(ce, sent[1])
            np = self._noun_phrase_after(ce, sent[1])
            if np is not None and (
                mention is None or (np.kind == "name" and (mention.kind != "name" or len(np.name or "") > len(mention.name or "")))
            ):
                mention = np  # the organisation a report is of ("a Moody’s Analytics report")
            if mention is None:
                continue
            k = a.token_index(cs)
            lead = text[sent[0] : cs].rstrip()
            if lead.endswith(","):
                found = self._finish(sent[0], sent[0] + len(lead) - 1, (cs, ce), mention, k)
            elif lead.endswith(_CLOSE_COMMA):
                found = self._finish(sent[0], sent[0] + len(lead), (cs, ce), mention, k)
            else:
                comma = text.find(",", mention.end, sent[1])
                found = self._finish(comma + 1, sent[1], (cs, ce), mention, k) if comma >= 0 else None
            if found:
                out.append(found)
        return out

    def _speaker_after(self, pos: int, limit: int) -> Mention | None:
        """ "said Gary Burtless, a fellow …": a mention after the cue speaks only when a comma, the
        sentence end or a preposition follows it; "said Christie has …" starts the content."""
        m = self.mention_after(pos, limit)
        if m is None:
            return None
        nxt = self.text[m.end : m.end + 12].lstrip()
        if not nxt or nxt[0] in ".,;:!?)—–-" or nxt.split(None, 1)[0].lower() in ADJUNCT_START | {"of"}:
            return m
        return None

    def _noun_phrase_after(self, pos: int, limit: int) -> Mention | None:
        """ "according to a Brookings analysis": a determiner and up to five words, to a comma or the end."""
        toks = self.a.tokens_between(pos, limit)
        if not toks or (toks[0].lower not in {"a", "an", "the"} and not toks[0].text[0].isupper()):
            return None
        end = toks[0].end
        for t in toks[1:6]:
            if not t.text[0].isalnum():
                break
            end = t.end
        if end == toks[0].end:
            return None
        np = self.text[toks[0].start : end]
        # "a Moody’s Analytics’ forecast", "Federal Reserve Bank of Dallas research": the organisation named in it
        org = re.search(r"[A-Z][\w&.-]*(?:['’]s)?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.-]*(?:['’]s?)?)*", np)
        if org is not None:
            name = re.sub(r"['’]s?$", "", org.group())
            if name.lower() not in {"the", "a", "an"}:
                return Mention(toks[0].start, end, np, "name", name, False, frozenset())
        return Mention(toks[0].start, end, np, "description", None, False, frozenset(), np.split()[-1].lower())

    def _start_after_cue(self, lemma: str, k: int, after_k: int, sent: Span) -> int | None:
        """Where the reported clause starts after the cue token ``k`` (None: no clause)."""
        a, text = self.a, self.text
        if after_k >= len(a.tokens) or a.tokens[after_k].start >= sent[1]:
            return None
        nxt = a.tokens[after_k]
        if nxt.lower == "that":
            return nxt.end
        if lemma == "describe":
            return nxt.start if self._AS.search(text[nxt.start : sent[1]]) else None
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
        if lemma in _OBJECT_TO:  # "asked his leading man to pick …": the object and its infinitive
            for t in a.tokens[after_k + 1 : after_k + 6]:
                if t.start >= sent[1] or not t.text[0].isalnum():
                    break
                if t.lower == "to":
                    return nxt.start
        if lemma == "tell":  # "told investigators her boyfriend had …": the clause after the object
            j = after_k + (1 if nxt.lower in _OBJECTS or nxt.lower in ROLE_NOUNS else 0)
            if j > after_k and j < len(a.tokens) and a.tokens[j].start < sent[1] and self._clause_ok(a.tokens[j].start, sent[1]):
                return a.tokens[j].start
            return None
        if lemma not in NEEDS_THAT_V4 and nxt.lower in _SUBJECT_PRONOUNS:
            return nxt.start  # "said she went outside …": a subject pronoun starts a clause
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
                    if prev not in {",", "and"} and not (k > 0 and a.tokens[k - 1].lower in ROLE_NOUNS) and lemma != "say":
                        continue
                    mention = self.subject_of(sent, tok.start)
                else:
                    mention = self.mention_before(tok.start, sent[0]) or self._speaker_after(cue[1], sent[1])
                    if mention is None and k > 0 and a.tokens[k - 1].lower in {"and", "but", "also"}:
                        mention = self.subject_of(sent, tok.start)  # "X condemned …, but also wondered why …"
                    if mention is None:
                        continue
                forward = self._start_after_cue(lemma, k, after_k, sent)
                lead = (
                    "" if participle or mention is None or forward is not None else text[sent[0] : min(mention.start, tok.start)].rstrip()
                )
                closed = lead.endswith(_CLOSE_COMMA)  # “… important,” X said: the mark stays in the content
                if lead.endswith(",") or closed:  # trailing attribution: "CLAUSE, SPEAKER said …"
                    clause_end = sent[0] + len(lead) - (0 if closed else 1)
                    start0 = self._after_leading_quotation(sent[0], clause_end)
                    inner = any(sent[0] <= a.tokens[j].start < clause_end for j in self.used_cues)
                    if not inner and (start0 != sent[0] or self._trailing_ok(sent, clause_end, mention, cue)):
                        found = self._finish(start0, clause_end, cue, mention, k)
                        if found:
                            out.append(found)
                        continue
                    if self._clause_ok(sent[0], clause_end) and not any(sent[0] <= a.tokens[j].start < clause_end for j in self.used_cues):
                        found = self._finish(sent[0], clause_end, cue, mention, k)
                        if found:
                            out.append(found)
                        continue
                start = forward
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
