"""``quotes`` v6, frozen: v5 with rules for classes of error that recur across articles.

Each rule fixes a class seen in more than one document (dev half of ``eval/devset`` and invented
snippets in ``tests/extractors/test_quotes_v6.py``; never the test half, never the seed event):

* a reporting form written with a capital inside a sentence is part of a name, not a verb
  ("the United States", "Says Who magazine"): v5 cut paraphrases at "and the United States …";
* a speaker separated from its cue by a participial insertion ("X, speaking at a rally, said");
* "a spokesman for X said": the description is the speaker, not X (GUIDELINES §6.4);
* "told X (that) …" with a named or described addressee ("told CNN the vote …", "told the
  newspaper that …");
* "accused X of Y", "blamed X for Y": content from X to the end of Y (the card's §9.5 rule);
* "said A, and accused/warned …": a second finite report by the same subject ends the first;
* irregular past tenses make a reported clause finite ("said the raid began at dawn");
* "X, chief executive of Y, said" (a title apposition) and "The men in the car told him"
  (a described subject with a prepositional phrase);
* the verb frames of :mod:`.v6_frames` ("reminded X that", "vowed to", "questioned why",
  "confirmed + clause", "said in an interview + clause");
* a relay after a closing mark ("…,” Smith wrote.") is not content; "X said A, according to a
  report" is not a second quote; "asked for directions" is no report;
* "NP, X said, VP": one quote of two fragments (subject, predicate);
* speakers as in :mod:`.v6_speakers`.

Kept only when no dev article got worse.  Frozen: this file defines released behaviour (pinned
in ``tests/extractors/pins.json``); bump the version instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.lexicon import DETERMINERS, ROLE_NOUNS, TITLE_WORDS
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import FORMS, NEEDS_THAT_V4
from newsgold.extractors.quotes.v5 import RulesV5
from newsgold.extractors.quotes.v6_frames import FRAME_FORMS, FRAMES, IRREGULAR_PAST, PP_START, clause_start, finite_soon, frame_start
from newsgold.extractors.quotes.v6_speakers import SpeakerResolverV6
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

_ACCUSE = {"accuse": "of", "blame": "for", "criticize": "for", "praise": "for"}
_ACCUSE_FORMS = {f: lemma for f, lemma in FORMS.items() if lemma in _ACCUSE}
_ACCUSE_FORMS.update({f: "accuse" for f in ("accuse", "accuses", "accused", "accusing")})
_PREPS = {"for", "of", "at", "with", "from"}
_GROUPS = {"men", "women", "people", "couple", "family", "group"}
_PEOPLE = {"men", "women", "man", "woman", "people", "person", "boy", "girl", "couple", "family", "group"}
_OPENERS = {"(", "[", "“", '"', "‘", "'", "—", "–", "-", ":"}


class RulesV6(RulesV5):
    """v5's rules plus the conventions listed in the module docstring."""

    _AND_BUT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?")  # compiled once, not looked up in re's cache per call

    _INDEXED = frozenset(FRAME_FORMS) | frozenset(_ACCUSE_FORMS)  # the words _tokens_of is asked for

    # -- cues -------------------------------------------------------------------------------

    def is_cue_token(self, k: int) -> bool:
        tok = self.a.tokens[k]
        if tok.text[:1].isupper() and k > 0:
            prev = self.a.tokens[k - 1]
            starts = self.a.sentence_of(tok.start)[0] == tok.start or prev.text in _OPENERS or "\n" in self.text[prev.end : tok.start]
            if not starts:
                return False  # "the United States": a name, not "states"
        return super().is_cue_token(k)

    # -- speaker mentions ------------------------------------------------------------------

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        m = super().mention_before(pos, limit)
        if m is None:
            m = self._across_participle(pos, limit) or self._subject_description(pos, limit)
        return self._description_for(m, limit) if m is not None else None

    def _across_participle(self, pos: int, limit: int) -> Mention | None:
        """ "X, speaking at a news conference, said", "X, chief executive of Y, said": the
        mention before a participial or title insertion."""
        a = self.a
        k = self._skip_aux(pos, limit)
        if k < 2 or a.tokens[k].text != ",":
            return None
        for j in range(k - 1, max(k - 16, 0), -1):
            t = a.tokens[j]
            if t.start < limit or a.in_quotation(t.start) or t.text in {";", ":"}:
                return None
            if t.text == ",":
                first = a.tokens[j + 1].lower
                if j + 1 < k and first.endswith(("ing", "ed")) and not (first in FORMS and first.endswith("ing")):
                    return super().mention_before(t.start, limit)
                if j + 1 < k and (first in TITLE_WORDS or first in ROLE_NOUNS) and a.tokens[j + 1].text[:1].islower():
                    # "X, chief executive of Y, said": a title apposition after a person's name
                    name = a.name_ending_at(t.start)
                    if name is not None and name.person is not False and name.start >= limit:
                        return super().mention_before(t.start, limit)
                return None
        return None

    def _subject_description(self, pos: int, limit: int) -> Mention | None:
        """ "The men in the car told him": a described subject with a prepositional phrase,
        the whole clause start before the cue (no verb, no comma)."""
        a = self.a
        s0 = max(limit, a.sentence_of(pos)[0])
        toks = a.tokens_between(s0, pos)
        if not 3 <= len(toks) <= 8 or toks[0].lower not in DETERMINERS | {"two", "three", "four"}:
            return None
        heads = [i for i, t in enumerate(toks[1:4], start=1) if t.lower in ROLE_NOUNS or t.lower in _PEOPLE]
        if not heads or heads[0] + 1 >= len(toks) or toks[heads[0] + 1].lower not in _PREPS | {"in", "on", "near", "outside"}:
            return None
        if any(not t.text[:1].isalnum() or t.lower in FORMS for t in toks) or heads[0] + 2 >= len(toks):
            return None
        head = toks[heads[0]]
        start, end = toks[0].start, toks[-1].end
        one = head.lower not in _GROUPS and not head.lower.endswith("s")  # "The men …": they, not he
        return Mention(start, end, self.text[start:end], "description", None, one, frozenset(), head.lower)

    def _description_for(self, m: Mention, limit: int) -> Mention:
        """ "A spokeswoman for the company said": the whole description, not "the company"."""
        a = self.a
        k = a.token_index(m.start) - 1
        if k < 1 or a.tokens[k].lower not in _PREPS or a.tokens[k - 1].lower not in ROLE_NOUNS:
            return m
        head = a.tokens[k - 1]
        j = k - 1
        while j > 0 and k - j < 5 and a.tokens[j - 1].start >= limit and a.tokens[j - 1].text[:1].isalnum():
            j -= 1
            if a.tokens[j].lower in DETERMINERS:
                break
        if a.tokens[j].lower not in DETERMINERS:
            return m
        start = a.tokens[j].start
        return Mention(start, m.end, self.text[start : m.end], "description", None, True, frozenset(), head.lower)

    # -- indirect quotes -------------------------------------------------------------------

    def _clause_ok(self, start: int, end: int) -> bool:
        """v4's, an irregular past tense also making the clause finite ("the raid began …")."""
        if super()._clause_ok(start, end):
            return True
        toks = self.a.tokens_between(start, end)[:24]
        if not toks or toks[0].lower in {",", ":", '"', "“"} or toks[0].lower in PP_START | {"as", "to", "for", "by"}:
            return False
        return any(t.lower in IRREGULAR_PAST for t in toks[1:])

    def _start_after_cue(self, lemma: str, k: int, after_k: int, sent: Span) -> int | None:
        """v5's; "told CNN the vote …" / "told the newspaper that …": the clause after the addressee."""
        start = super()._start_after_cue(lemma, k, after_k, sent)
        if start is not None:
            return start
        a = self.a
        if lemma != "tell":
            return self._after_phrase(lemma, after_k, sent)
        if after_k >= len(a.tokens):
            return None
        nxt = a.tokens[after_k]
        name = a.name_starting_at(nxt.start)
        j = a.token_index(name.end) if name is not None else None
        if j is None and nxt.lower in {"the", "a", "an"}:
            for i in range(after_k + 1, min(after_k + 5, len(a.tokens))):
                if a.tokens[i].lower in ROLE_NOUNS or a.tokens[i].lower in {"newspaper", "reporter", "reporters", "crowd", "audience"}:
                    j = i + 1
                    break
        if j is None or j >= len(a.tokens) or a.tokens[j].start >= sent[1]:
            return None
        if a.tokens[j].lower == "that":
            return a.tokens[j].end
        if a.tokens[j].text[:1].isalnum() and self._clause_ok(a.tokens[j].start, sent[1]):
            return a.tokens[j].start
        return None

    def _after_phrase(self, lemma: str, after_k: int, sent: Span) -> int | None:
        """ "said in an interview the talks had failed": a clause after a prepositional phrase."""
        a = self.a
        if lemma in NEEDS_THAT_V4 or after_k >= len(a.tokens) or a.tokens[after_k].lower not in PP_START:
            return None
        toks = a.tokens_between(a.tokens[after_k].start, sent[1])
        for i in range(2, min(7, len(toks))):
            t = toks[i]
            if not t.text[:1].isalnum():
                return None
            if t.lower in {"that"}:
                return None  # v4's rule ("said on Monday that")
            if i >= 2 and t.lower in {"the", "a", "an", "he", "she", "they", "it", "we", "i", "there"} and finite_soon(toks[i + 1 :], 4):
                return t.start
        return None

    def indirect_quotes(self) -> list[Found]:
        out = super().indirect_quotes()
        self._second_report(out)
        self._relay_after_mark(out)
        out.extend(self._accusations(out))
        out.extend(self._frames(out))
        out.extend(self._split_subject(out))
        return self._drop_relays(out)

    def _split_subject(self, out: list[Found]) -> list[Found]:
        """ "The larger boats, he said, could carry tools": a paraphrase whose subject and
        predicate the attribution parts, two fragments (GUIDELINES §9.1)."""
        a, text = self.a, self.text
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            for k in a.reporting_tokens(sent[0], sent[1]):
                tok = a.tokens[k]
                if k in self.used_cues or not self.is_cue_token(k) or tok.lower.endswith("ing"):
                    continue
                m = self.mention_before(tok.start, sent[0])
                if m is None or not text[sent[0] : m.start].rstrip().endswith(",") or text[tok.end : tok.end + 2] != ", ":
                    continue
                first_end = sent[0] + len(text[sent[0] : m.start].rstrip()) - 1
                subject = a.tokens_between(sent[0], first_end)
                rest = a.tokens_between(tok.end + 2, sent[1])
                if not 1 <= len(subject) <= 8 or len(rest) < 3 or any(not t.text[:1].isalnum() for t in subject):
                    continue
                if any(t.lower in FINITE or t.lower in IRREGULAR_PAST for t in subject) or not finite_soon(rest[:1], 1):
                    continue
                start2 = rest[0].start
                end2 = start2 + len(text[start2 : sent[1]].rstrip(" .\n"))
                if any(fs < end2 and sent[0] < fe for fs, fe in taken):
                    continue
                self.used_cues.add(k)
                kind = "mixed" if any(c in text[sent[0] : end2] for c in '"“”') else "indirect"
                found.append(Found(kind, [(sent[0], first_end), (start2, end2)], self.cue_span(k), m))
                taken.append((sent[0], end2))
        return found

    def _drop_relays(self, out: list[Found]) -> list[Found]:
        """ "Officials said A, according to a report": the report relays the officials' quote
        (GUIDELINES §9.4), so an "according to" paraphrase holding another quote's cue goes; so
        does a "content" that is a request for a thing ("asked for directions")."""
        text = self.text
        cues = [f.cue for f in out if f.cue is not None]
        keep = []
        for f in out:
            s, e = f.content[0][0], f.content[-1][1]
            relay = f.cue is not None and text[f.cue[0] : f.cue[1]].lower() == "according to"
            if relay and any(s <= c0 and c1 <= e for c0, c1 in cues if (c0, c1) != f.cue):
                continue
            if f.type != "direct" and text[s : s + 4].lower() == "for ":
                continue  # "asked for directions": a request for a thing, no reported clause
            keep.append(f)
        return keep

    def _tokens_of(self, words: Collection[str]) -> list[int]:
        """Indices of the tokens that are one of ``words`` (lower-cased once per document)."""
        if not self._INDEXED.issuperset(words):
            return [k for k, t in enumerate(self.a.tokens) if t.lower in words]
        index = self.__dict__.get("_by_word")
        if index is None:  # one pass over the tokens for both word sets
            index = self.__dict__["_by_word"] = {}
            for k, t in enumerate(self.a.tokens):
                if t.lower in self._INDEXED:
                    index.setdefault(t.lower, []).append(k)
        return sorted(k for w in words if w in index for k in index[w])

    def _frames(self, out: list[Found]) -> list[Found]:
        """Reports read by the frames of :mod:`.v6_frames` ("reminded X that", "vowed to")."""
        a = self.a
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found: list[Found] = []
        for k in self._tokens_of(FRAME_FORMS):
            tok = a.tokens[k]
            lemma = FRAME_FORMS.get(tok.lower)
            if lemma is None or k in self.used_cues or a.in_quotation(tok.start) or tok.text[:1].isupper():
                continue
            if any(fs <= tok.start < fe for fs, fe in taken) or (k > 0 and a.tokens[k - 1].lower in DETERMINERS):
                continue
            s0, s_end = a.sentence_of(tok.start)
            toks = a.tokens_between(tok.end, s_end)
            i = frame_start(FRAMES[lemma], toks)
            if i is None or i >= len(toks):
                continue
            start = toks[i].start
            if tok.lower.endswith("ing"):
                if k == 0 or a.tokens[k - 1].text != ",":
                    continue
                m = self.subject_of((s0, tok.start), tok.start)
            else:
                m = self.mention_before(tok.start, s0)
                if m is None and k > 0 and a.tokens[k - 1].lower in {"and", "but", "also"}:
                    m = self.subject_of((s0, tok.start), tok.start)
            if m is None or (FRAMES[lemma] == "bare" and not clause_start(toks[i])):
                continue
            end = self._content_end(start, s_end)
            if any(fs < end and start < fe for fs, fe in taken):
                continue
            f = self._finish(start, end, (tok.start, tok.end), m, k)
            if f is not None:
                found.append(f)
                taken.extend(f.content)
        return found

    def _second_report(self, out: list[Found]) -> None:
        """ "X said A, and accused Y of B": a finite reporting verb right after "and" ends A."""
        a, text = self.a, self.text
        for f in out:
            if f.type == "direct" or f.cue is None:
                continue
            start, end = f.content[-1]
            for c in self._AND_BUT.finditer(text[start:end]):
                k = a.token_index(start + c.end())
                if k >= len(a.tokens) or a.in_quotation(start + c.start()):
                    continue
                tok = a.tokens[k]
                if tok.lower in FORMS and tok.lower != FORMS[tok.lower] and not tok.lower.endswith("ing") and self.is_cue_token(k):
                    f.content = [*f.content[:-1], (start, start + c.start())]
                    break

    def _relay_after_mark(self, out: list[Found]) -> None:
        """ "telling X to “do Y,” Smith wrote.": a relay after the closing mark is not content."""
        a, text = self.a, self.text
        for f in out:
            if f.type == "direct" or f.cue is None:
                continue
            start, end = f.content[-1]
            close = max(text.rfind("”", start, end), text.rfind('"', start, end))
            if close <= start or text[close - 1 : close] not in (",", ".", "!", "?"):
                continue
            tail = a.tokens_between(close + 1, end)
            if not 2 <= len(tail) <= 6 or not any(t.text[:1].isalnum() for t in tail[:-1]):
                continue
            k = a.token_index(tail[-1].start)
            if self.is_cue_token(k) and a.tokens[k].start > close:
                f.content = [*f.content[:-1], (start, close + 1)]

    def _accusations(self, out: list[Found]) -> list[Found]:
        """ "X accused Y of Z": content "Y of Z" (an "X as Y" predication, §9.5)."""
        a, text = self.a, self.text
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found = []
        for k in self._tokens_of(_ACCUSE_FORMS):
            tok = a.tokens[k]
            lemma = _ACCUSE_FORMS.get(tok.lower)
            if lemma is None or a.in_quotation(tok.start) or tok.lower.endswith("ing") or tok.text[:1].isupper():
                continue
            if k > 0 and a.tokens[k - 1].lower in DETERMINERS:  # "the praise for"
                continue
                continue
            if k > 0 and a.tokens[k - 1].lower in {"is", "was", "are", "were", "be", "been", "being"}:
                continue  # "was accused of": passive, the accuser is not in the clause
            s0, s_end = a.sentence_of(tok.start)
            prep = _ACCUSE[lemma]
            toks = a.tokens_between(tok.end, s_end)
            at = next((i for i, t in enumerate(toks[:8]) if t.lower == prep), None)
            if at is None or at == 0 or any(not t.text[:1].isalnum() for t in toks[:at]):
                continue
            start = toks[0].start
            stop = re.search(r"[;:]|,\s+(?:said|says|according)\b|[.!?](?=\s|$)|$", text[toks[at].end : s_end])
            end = toks[at].end + (stop.start() if stop else 0)
            end = start + len(text[start:end].rstrip(" ,"))
            if len(a.tokens_between(toks[at].end, end)) < 1 or any(fs < end and start < fe for fs, fe in taken):
                continue
            m = self.mention_before(tok.start, s0) or self.subject_of((s0, tok.start), tok.start)
            if m is None:
                continue
            kind = "mixed" if any(ch in text[start:end] for ch in '"“”') else "indirect"
            found.append(Found(kind, [(start, end)], (tok.start, tok.end), m))
            taken.append((start, end))
        return found


class QuotesV6(QuoteExtractorBase):
    """v5's quotes with :class:`RulesV6`, speakers resolved by :class:`SpeakerResolverV6`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="6", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV6(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV6)
