"""``quotes`` v13's reports attributed before their clause (issue #15): see :mod:`.v13_rules`
(``lead_subject`` and ``fronted``, ``as_report``, ``initial_participle``).  Frozen with ``quotes`` v13."""

from __future__ import annotations

from newsgold.extractors.lexicon import AUX_ADVERBS, ROLE_NOUNS
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v4_lexicon import DIRECT_ONLY, FORMS
from newsgold.extractors.quotes.v11 import RulesV11
from newsgold.extractors.text import Mention, Token

# a time phrase between a subject and its verb ("The court last week ruled …")
_TIME_FIRST = {"last", "this", "earlier", "on", "late", "early", "next"}
_TIME_SECOND = {"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# words opening a fronted adverbial before the subject ("When the guards left, officials said …")
_FRONTING = {"when", "after", "before", "following", "while", "although", "though", "since", "despite", "as", "once", "in", "at"}
_FRONTING |= {"during", "on", "amid", "with", "without", "because", "if", "unlike", "like", "earlier", "later"}
_QUANTIFIERS = {"some", "many", "most", "several", "few", "two", "three", "four", "five", "both", "all", "others"}


class LeadsV13(RulesV11):
    """The three lead-attribution passes; they rely on :class:`.v13_rules.RulesV13`'s
    ``_speaker_np``, ``_trailing_cue`` and ``_tail_ok``."""

    rules: frozenset[str]

    def _speaker_np(self, toks: list[Token], bare_plural: bool) -> tuple[Mention, int] | None:
        raise NotImplementedError

    def _trailing_cue(self, k: int) -> bool:
        raise NotImplementedError

    @staticmethod
    def _tail_ok(tail: list[Token]) -> bool:
        raise NotImplementedError

    def _taken(self, out: list[Found]) -> list[tuple[int, int]]:
        return [(fs, fe) for f in out for fs, fe in f.content]

    def _lead_subject(self, out: list[Found]) -> list[Found]:
        """ "Company management said …": the sentence-opening noun phrase as the speaker of a
        cue no mention reader attributed."""
        a = self.a
        taken = self._taken(out)
        found: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            for k in a.reporting_tokens(sent[0], sent[1]):
                tok = a.tokens[k]
                if k in self.used_cues or FORMS[tok.lower] in DIRECT_ONLY:
                    continue
                quantifier = k > 0 and a.tokens[k - 1].start == sent[0] and a.tokens[k - 1].lower in _QUANTIFIERS
                if not self._trailing_cue(k) and not (quantifier and tok.text.islower() and not tok.lower.endswith("ing")):
                    continue  # "Some said …": a quantifier is a determiner to is_cue_token
                if any(fs <= tok.start < fe for fs, fe in taken) or self.mention_before(tok.start, sent[0]) is not None:
                    continue
                lead = a.tokens_between(sent[0], tok.start)
                if "fronted" in self.rules and lead and lead[0].lower in _FRONTING:
                    comma = max((i for i, t in enumerate(lead) if t.text == ","), default=None)
                    lead = lead[comma + 1 :] if comma is not None else lead  # "When …, prosecutors alleged"
                while lead and lead[-1].lower in AUX_ADVERBS:
                    lead = lead[:-1]
                if len(lead) >= 3 and lead[-2].lower in _TIME_FIRST and lead[-1].lower in _TIME_SECOND:
                    lead = lead[:-2]
                if not lead:
                    continue
                if any(t.text.islower() and t.lower.endswith("s") and not t.lower.endswith("ss") for t in lead[1:-1]):
                    continue  # "Webb still faces nine state …": a verb in "-s" inside; no subject phrase
                if tok.lower == FORMS[tok.lower] and not (lead[-1].lower.endswith("s") or lead[-1].lower in ROLE_NOUNS):
                    continue  # a base form ("state", "report") after a singular word is a noun
                np = self._speaker_np(lead, lead[0].lower in _QUANTIFIERS)
                if np is None or np[1] != len(lead):
                    continue
                cue = self.cue_span(k)
                start = self._start_after_cue(FORMS[tok.lower], k, a.token_index(cue[1]), sent)
                if start is None or [t.lower for t in a.tokens_between(cue[1], start)] not in ([], ["that"], ["for"]):
                    continue  # "reported wait times that exceeded …": a relative "that" after a noun object
                end = self._content_end(start, sent[1])
                if any(fs < end and start < fe for fs, fe in taken):
                    continue
                f = self._finish(start, end, cue, np[0], k)
                if f is not None:
                    found.append(f)
                    taken.extend(f.content)
                break
        return found

    def _as_reports(self, out: list[Found]) -> list[Found]:
        """ "As X has reported, CLAUSE.": the clause after the parenthetical's comma."""
        a, text = self.a, self.text
        taken = self._taken(out)
        found: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            toks = a.tokens_between(*sent)
            i = 1 if toks and toks[0].text == "(" else 0
            if len(toks) < i + 6 or toks[i].text != "As":
                continue
            comma = next((j for j in range(i + 2, min(len(toks), i + 16)) if toks[j].text == ","), None)
            if comma is None:
                continue
            ks = [a.token_index(t.start) for t in toks[i + 1 : comma]]
            cue_k = next((k for k in ks if self._trailing_cue(k)), None)
            if cue_k is None or cue_k in self.used_cues:
                continue
            cue = self.cue_span(cue_k)
            lead = [t for t in toks[i + 1 : comma] if t.start < cue[0]]
            while lead and lead[-1].lower in AUX_ADVERBS:
                lead = lead[:-1]
            np = self._speaker_np(lead, False)
            m = np[0] if np is not None and np[1] == len(lead) else self.mention_before(cue[0], toks[i].end)
            tail = [t for t in toks[i + 1 : comma] if t.start >= cue[1]]
            if m is None or not self._tail_ok(tail):
                continue
            start = toks[comma].end + len(text[toks[comma].end : sent[1]]) - len(text[toks[comma].end : sent[1]].lstrip())
            end = self._content_end(start, sent[1])
            if text[end - 1 : end] == ")":
                end -= 1
            if not self._clause_ok(start, end) or any(fs < end and start < fe for fs, fe in taken):
                continue
            f = self._finish(start, end, cue, m, cue_k)
            if f is not None:
                found.append(f)
                taken.extend(f.content)
        return found

    def _initial_participles(self, out: list[Found]) -> list[Found]:
        """ "Noting that CLAUSE, X asked …": the clause to the comma before the main subject."""
        a = self.a
        taken = self._taken(out)
        found: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None:
                continue
            toks = a.tokens_between(*sent)
            if len(toks) < 6 or not toks[0].text.endswith("ing") or toks[0].lower not in FORMS or toks[1].lower != "that":
                continue
            if FORMS[toks[0].lower] in DIRECT_ONLY:
                continue
            for j in range(3, len(toks) - 2):
                if toks[j].text != "," or a.in_quotation(toks[j].start):
                    continue
                m = self.mention_after(toks[j].end, sent[1])
                if m is None or m.start != toks[j + 1].start:
                    continue
                nxt = a.tokens_between(m.end, sent[1])[:1]
                if not nxt or not nxt[0].text.islower():
                    continue
                start, end = toks[1].end, toks[j].start
                if len(a.tokens_between(start, end)) < 4 or any(fs < end and start < fe for fs, fe in taken):
                    break
                k = a.token_index(toks[0].start)
                f = self._finish(toks[2].start, end, (toks[0].start, toks[0].end), m, k)
                if f is not None:
                    found.append(f)
                    taken.extend(f.content)
                break
        return found
