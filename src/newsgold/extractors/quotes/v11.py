"""``quotes`` v11: v10 with more speaker mentions, cues and attributions (issue #15).

v10's errors on the dev half were mostly speakers: quotes with no speaker or the previous
one, where the text names the speaker in a form v10 did not read.  v11 keeps v10 and adds
general rules of English:

* speaker mentions around the cue as in :mod:`.v11_mentions` (a titled name with an age or
  a trailing phrase after the cue, "said the runner", a bare plural subject after a fronted
  adverbial, an honorific opening the sentence, a name in quotation marks);
* **reduced relatives of the complement frames**: "Town Council rulings declaring the
  levy to be void", "a tribunal decision declaring the fee unlawful": a frame
  verb's "-ing" form right after a noun is the cue, the noun phrase before it the speaker
  (v10 read "-ing" frames only after a comma or "while/by/after"; the infinitive frame,
  "the nurses offering to VP signed …", is left out: where the relative ends is unknown);
* **reports withheld are no quotes**: "declined to say when …", "refused to state how …",
  "did not reveal how much …": a cue after "declined/refused to", or negated and followed
  by a wh-clause, reports that nothing was said (the v10 quote is dropped);
* **no report**: "Which is not to say that …" (an idiom), "We would point out that …" (the
  writer's own voice: "we"/"I" outside quotation marks), "The index added more than 1%" (a
  quantity after "added", not words) are dropped;
* **progressive reports with a "that" clause**: "The growers are alleging that …": the
  subject before the auxiliary is the speaker (v4-v10 read an "-ing" cue only as a
  participle after a comma or "and");
* **a second cue coordinated with the first**: "X said … and added, “…”": the quote of
  "added" has the subject of the clause's first reporting verb (v10 found no speaker);
* **a quote that answers a question**: a paragraph asking "What did X say …?" (did/does/
  would, a name, a reporting verb), then an unattributed quotation paragraph: X is the
  speaker, not the previous speaker (v10 carried the previous one over); source span and cue
  stay null, as for a continuation (§9.2);
* **verbs of voice as cues of direct quotes only**: '“…,” X chanted', 'X screamed, “…”'
  ("chant", "scream", "cry", "mutter", "gush", "sing", "text", "email" are not in the
  shared reporting-verb lexicon, and with a clause they rarely report speech);
* **a trailing attribution over a cue without a speaker**: 'A suggests “B” except C, X
  said.' and '"B" promised in March, said X, …': a quotation whose cue found no speaker,
  in a sentence ending in an attribution after a comma, is X's mixed quote from the sentence
  start to that comma (v1-v10 looked for a trailing cue only within eight words of the mark);
* **a trailing cue that is not the quotation's attribution**: '“….” She said her team …'
  (the quotation closed a sentence with a full stop and the cue takes a clause of its own)
  and '… act as buyers, “partners,” and plain users, X says …' (the quotation is one
  conjunct of a list); the first continues the quote before it (§9.2), the second is the
  writer's term inside X's report;
* speakers as in :mod:`.v11_speakers`.

Frozen once released: this file defines released behaviour (pinned in
``tests/extractors/pins.json``); bump the version instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.lexicon import DETERMINERS, PRONOUNS, REPORTING_FORMS
from newsgold.extractors.quotation_marks import Quotation
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v8 import _NOT_IN_NP, _NP_PREPS
from newsgold.extractors.quotes.v10 import _BE
from newsgold.extractors.quotes.v10_frames import FRAME_FORMS_V10, frame_start_v10
from newsgold.extractors.quotes.v11_mentions import MentionsV11
from newsgold.extractors.quotes.v11_speakers import SpeakerResolverV11
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

_COORDINATORS = {"and", "but", "then"}
_PROGRESSIVE = {"is", "are", "was", "were", "been", "be"}
_WITHHOLD = {"declined", "declines", "declining", "refused", "refuses", "refusing"}
_QUANTITY = {"more", "less", "nearly", "almost", "about", "over", "another", "roughly", "around", "some"}
_WH_CLAUSE = {"when", "how", "what", "whether", "why", "who", "where", "which", "if"}
# verbs of voice that cue a direct quotation (not a reported clause); not in the shared lexicon
_VOICE_FORMS = {f"{stem}{end}" for stem in ("chant", "scream", "mutter", "gush", "text", "email") for end in ("", "s", "ed", "ing")}
_VOICE_FORMS |= {"cry", "cries", "cried", "sing", "sings", "sang"}
_NOT_CLAUSE = {"before", "after", "as", "while", "when", "during", "in", "on", "at", "to", "of", "about", "with", "from", "for"}
# words that cannot end the noun phrase before a reduced relative ("the", "to", "by", …)
_NOT_NOUN = {"to", "so", "by", "of", "for", "in", "on", "at", "with", "from", "without", "after", "before", "while"} | {
    "when",
    "and",
    "or",
    "but",
    "not",
    "also",
    "been",
}
_QUESTION_AUX = {"did", "does", "do", "would", "will", "could", "can", "has", "have"}
_QUESTION_VERBS = {"think", "respond", "answer", "feel", "make"}  # besides the reporting verbs


class RulesV11(MentionsV11):
    """v10's rules plus those of the module docstring."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.answers: set[int] = set()  # content starts of quotes answering a question

    # -- reduced relatives of the complement frames -----------------------------------------------

    def indirect_quotes(self) -> list[Found]:
        out = [f for f in super().indirect_quotes() if not self._withheld(f) and not self._not_a_report(f)]
        out.extend(self._reduced_relatives(out))
        out.extend(self._progressive_reports(out))
        return out

    def _progressive_reports(self, out: list[Found]) -> list[Found]:
        """ "The growers are alleging that …": a progressive reporting verb with a "that" clause."""
        a = self.a
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        cues = {f.cue[0] for f in out if f.cue is not None}
        found: list[Found] = []
        toks = a.tokens
        for k in a.reporting_tokens(0, len(self.text)):
            tok = toks[k]
            if not tok.lower.endswith("ing") or k < 2 or toks[k - 1].lower not in _PROGRESSIVE:
                continue
            if k + 1 >= len(toks) or toks[k + 1].lower != "that":
                continue
            if k in self.used_cues or tok.start in cues or not self.is_cue_token(k):
                continue
            aux = toks[k - 1]
            if any(fs <= tok.start < fe for fs, fe in taken):
                continue
            s0, s_end = a.sentence_of(tok.start)
            m = self.mention_before(aux.start, s0)
            if m is None:
                continue
            start = a.tokens[k + 1].end
            end = self._content_end(start, s_end)
            if not self._clause_ok(start, end) or any(fs < end and start < fe for fs, fe in taken):
                continue
            f = self._finish(start, end, (tok.start, tok.end), m, k)
            if f is not None:
                found.append(f)
                taken.extend(f.content)
        return found

    def _not_a_report(self, f: Found) -> bool:
        """ "Which is not to say that …" (an idiom), "We would point out that …" (the writer's
        own voice), "The index added more than 1%" (a quantity, not words)."""
        if f.cue is None:
            return False
        a = self.a
        k = a.token_index(f.cue[0])
        before = [t.lower for t in a.tokens[max(0, k - 2) : k]]
        if before[-1:] == ["to"] and len(before) == 2 and before[0] in {"not", "is"} and a.tokens[k].lower == "say":
            return True
        m = f.mention
        if m is not None and m.kind == "pronoun" and m.text.lower() in {"we", "i"} and not self.a.in_quotation(m.start):
            return True
        first = a.token_index(f.content[0][0])
        if a.tokens[k].lower in {"added", "adds", "add"} and first < len(a.tokens):
            t = a.tokens[first]
            return t.text[:1].isdigit() or t.text[:1] in "$€£" or t.lower in _QUANTITY
        return False

    def _withheld(self, f: Found) -> bool:
        """ "declined to say when …", "did not reveal how …": a report that nothing was said."""
        if f.cue is None:
            return False
        a = self.a
        k = a.token_index(f.cue[0])
        before = [t.lower for t in a.tokens[max(0, k - 3) : k]]
        if len(before) >= 2 and before[-1] == "to" and any(w in _WITHHOLD for w in before[:-1]):
            return True
        first = a.token_index(f.content[0][0])
        wh = first < len(a.tokens) and a.tokens[first].lower in _WH_CLAUSE
        return wh and any(w in {"not", "never"} or w.endswith(("n't", "n’t")) for w in before)

    def _reduced_relatives(self, out: list[Found]) -> list[Found]:
        """ "resolutions declaring X to be Y": a frame's "-ing" form right after a noun."""
        a = self.a
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        cues = {f.cue for f in out if f.cue is not None}
        found: list[Found] = []
        toks_all = a.tokens
        for k in self._tokens_of(FRAME_FORMS_V10.keys()):
            tok = toks_all[k]
            lemma = FRAME_FORMS_V10.get(tok.lower)
            if lemma is None or not tok.lower.endswith("ing") or k < 1 or k in self.used_cues or a.in_quotation(tok.start):
                continue
            if (tok.start, tok.end) in cues or any(fs <= tok.start < fe for fs, fe in taken):
                continue
            prev = toks_all[k - 1]
            low = prev.lower
            if not prev.text.isalpha() or not prev.text.islower() or low in DETERMINERS or low in PRONOUNS or low in _BE:
                continue
            if low in _NOT_NOUN or low in FINITE or low in FORMS or low.endswith(("ly", "ed")):
                continue
            s0, s_end = a.sentence_of(tok.start)
            after = a.tokens_between(tok.end, s_end)
            i = frame_start_v10(lemma, after)
            if i is None or i >= len(after) or after[0].lower == "to":
                continue  # "the nurses offering to VP signed …": where the relative ends is unknown
            m = self._noun_phrase_ending(k - 1, s0)
            if m is None or (low.endswith("ing") and m.text.split()[0].lower() not in DETERMINERS):
                continue  # "a tribunal decision declaring": an -ing noun only after a determiner
            start = after[i].start
            end = self._frame_end(start, s_end)
            if end - start < 8 or any(fs < end and start < fe for fs, fe in taken):
                continue
            f = self._finish(start, end, (tok.start, tok.end), m, k)
            if f is not None:
                found.append(f)
                taken.extend(f.content)
        return found

    def _noun_phrase_ending(self, k: int, limit: int) -> Mention | None:
        """The noun phrase ending with token ``k``: back over capitalised words and modifiers to
        a determiner (kept) or a word that cannot be inside it (left out); at most six words."""
        a = self.a
        head = a.tokens[k]
        j = k
        while j - 1 >= 0 and k - j < 5 and a.tokens[j - 1].start >= limit:
            prev = a.tokens[j - 1]
            pl = prev.lower
            if pl in DETERMINERS:
                j -= 1
                break
            if not prev.text[:1].isalnum() and prev.text not in {"'s", "’s"}:
                break
            if pl in _NOT_NOUN or pl in FINITE or pl in FORMS or pl in PRONOUNS or pl in _NP_PREPS or pl in _NOT_IN_NP:
                break
            if prev.text[:1].islower() and (pl.endswith(("ly", "ing")) or pl in _BE):
                break
            j -= 1
        start = a.tokens[j].start
        if j == k and not head.lower.endswith("s"):
            return None  # a lone singular noun ("ruling declaring") names no one
        return Mention(
            start, head.end, self.text[start : head.end], "description", None, not head.lower.endswith("s"), frozenset(), head.lower
        )

    # -- a quote that answers a question ---------------------------------------------------------

    def direct_quotes(self) -> list[Found]:
        out = super().direct_quotes()
        for n, f in enumerate(out):
            if f.inherit and f.cue is None:
                m = self._asked_about(f.content[0][0])
                if m is not None:
                    out[n] = Found(f.type, f.content, None, m)
                    self.answers.add(f.content[0][0])
            elif f.cue is not None and f.mention is None and len(f.content) == 1:
                mixed = self._trailing_mixed(f)
                if mixed is not None:
                    out[n] = mixed
        return out

    def _trailing_mixed(self, f: Found) -> Found | None:
        """'A suggests “B” except C, X said.' / '"B" promised in March, said X, …': a
        quotation whose cue found no speaker, in a sentence that ends with a trailing
        attribution after a comma, is X's mixed quote from the sentence start to that comma."""
        a, text = self.a, self.text
        s0, s_end = a.sentence_of(f.content[0][0])
        q_end = f.content[0][1]
        for k in reversed(a.reporting_tokens(q_end, s_end)):
            if k in self.used_cues or not self.is_cue_token(k) or a.tokens[k].lower.endswith("ing"):
                continue
            tok = a.tokens[k]
            m = self.mention_before(tok.start, q_end)
            if m is not None:
                comma = text.rfind(",", q_end, m.start)
                if comma < 0 or text[comma + 1 : m.start].strip():
                    return None
            elif a.tokens[k - 1].text == ",":
                comma = a.tokens[k - 1].start
                m = self.mention_after(self.cue_span(k)[1], s_end)
            if m is None or a.in_quotation(m.start):
                return None
            start = s0 + len(text[s0:q_end]) - len(text[s0:q_end].lstrip())
            end = len(text[:comma].rstrip())
            if end <= q_end - 2 and text[end - 1 : end] not in '”"':
                return None
            self.used_cues.add(k)
            return Found("mixed", [(start, max(end, q_end))], self.cue_span(k), m)
        return None

    def _asked_about(self, pos: int) -> Mention | None:
        """The name X of a previous paragraph that is one question "What did X say …?"."""
        text, a = self.text, self.a
        para = text.rfind("\n", 0, pos)
        if para < 0:
            return None
        prev_end = len(text[:para].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        question = text[prev_start:prev_end]
        if not question.endswith("?") or len(question) > 160 or any(c in question for c in '"“”'):
            return None
        toks = a.tokens_between(prev_start, prev_end)
        for i in range(len(toks) - 2):
            if toks[i].lower not in _QUESTION_AUX:
                continue
            name = a.name_starting_at(toks[i + 1].start)
            if name is None or name.person is False:
                continue
            j = a.token_index(name.end)
            if j < len(a.tokens) and (a.tokens[j].lower in REPORTING_FORMS or a.tokens[j].lower in _QUESTION_VERBS):
                return name
        return None

    # -- "said … and added, “…”" ---------------------------------------------------------------

    def attribute_direct(self, q: Quotation) -> tuple[tuple[int, int] | None, int | None, Mention | None]:
        self._in_direct = True
        try:
            cue, k, mention = super().attribute_direct(q)
        finally:
            self._in_direct = False
        if cue is not None and cue[0] > q.outer_end and not self._trailing_attribution(q, cue, mention):
            return None, None, None
        if cue is None:
            return self._voice_cue(q)
        if cue is None or k is None or mention is not None or cue[0] > q.open:
            return cue, k, mention
        a = self.a
        j = k - 1
        if j >= 0 and a.tokens[j].lower == "also":
            j -= 1
        if j < 1 or a.tokens[j].lower not in _COORDINATORS:
            return cue, k, mention
        s0 = a.sentence_of(a.tokens[k].start)[0]
        for r in reversed(a.reporting_tokens(s0, a.tokens[j].start)):
            t = a.tokens[r]
            if t.lower.endswith("ing") or not self.is_cue_token(r):
                continue
            m = self.mention_before(t.start, s0)
            if m is not None:
                return cue, k, m
            break
        return cue, k, mention

    def _voice_cue(self, q: Quotation) -> tuple[tuple[int, int] | None, int | None, Mention | None]:
        """'“…,” X chanted' / 'X screamed, “…”': a verb of voice right after or before the
        quotation, with its speaker."""
        a, text = self.a, self.text
        s0, _ = a.sentence_of(q.open)
        _, s_end = a.sentence_of(q.outer_end - 1)
        if text[q.outer_end - 2 : q.outer_end - 1] in {",", "!", "?"} or text[q.end - 1 : q.end] in {",", "!", "?"}:
            after = a.tokens_between(q.outer_end, s_end)[:5]
            for i, t in enumerate(after):
                if t.lower in _VOICE_FORMS and t.text.islower():
                    m = self.mention_before(t.start, q.outer_end)
                    if m is None and i == 0:
                        m = self.mention_after(t.end, s_end)
                    if m is not None:
                        return (t.start, t.end), a.token_index(t.start), m
                    break
        k = a.token_index(q.open) - 1
        if k >= 1 and a.tokens[k].text in {",", ":"} and a.tokens[k].start >= s0:
            t = a.tokens[k - 1]
            if t.lower in _VOICE_FORMS and t.text.islower():
                m = self.mention_before(t.start, s0)
                if m is not None:
                    return (t.start, t.end), k - 1, m
        return None, None, None

    def _trailing_attribution(self, q: Quotation, cue: tuple[int, int], mention: Mention | None) -> bool:
        """Whether a cue after the quotation attributes it (not '“….” She said her …', not
        '“A,” and B, X says')."""
        text = self.text
        start = mention.start if mention is not None and mention.start < cue[0] else cue[0]
        gap = text[q.outer_end : start].strip(" \t,")
        if gap.split(" ", 1)[0].lower() in _COORDINATORS | {"or"}:
            return False
        if text[q.end - 1 : q.end] != "." or gap or mention is None or not mention.text[:1].isupper():
            return True
        a = self.a
        _, s_end = a.sentence_of(cue[0])
        rest = a.tokens_between(max(cue[1], mention.end), s_end)
        # '“….” She said her team …': a new sentence whose cue takes a clause of its own
        return not (rest and rest[0].text[:1].isalnum() and rest[0].lower not in _NOT_CLAUSE and self._clause_ok(rest[0].start, s_end))


class QuotesV11(QuoteExtractorBase):
    """v10's quotes plus :class:`RulesV11`'s, speakers resolved by :class:`SpeakerResolverV11`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="11", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV11(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        ann = self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV11)
        if rules.answers:  # the speaker is named in the question, outside the quote's sentence
            ann.quotes = [
                replace(q, source=replace(q.source, span=None)) if q.content[0][0] in rules.answers and q.cue is None else q
                for q in ann.quotes or []
            ]
        return ann
