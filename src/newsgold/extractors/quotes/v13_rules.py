"""``quotes`` v13's detection rules: v11's, plus reports v4-v11 did not read (issue #15).

Each rule is general English (no word of any article); :data:`RULES` names them so that
their effect can be measured one at a time (``QuotesV13`` always runs all of them).  Written
looking at dev half A's errors only (sorted document ids, even positions): coordinator, existential,
gerund, frames, trailing; at half B's only: lead_subject, as_report, initial_participle,
pronoun_clause; after seeing both: far_cue, while_clause, fronted.

* ``far_cue`` — '“…,” the deputy director of the agency, Ann Lee, said.': a quotation ending in a
  comma whose sentence goes on to a cue after a long speaker phrase (an apposition, a title):
  v1-v11 looked for a trailing cue within eight words of the mark only; the words before the
  cue may hold no finite verb and no other quotation;
* ``while_clause`` — "X said the plan will fail, while the union condemned it": a reported
  clause ends at ", while"/", whereas" before a new subject (a capitalised word or a
  determiner); ", while sitting in …" (a participle) stays in it;
* ``coordinator`` — a sentence-initial "And"/"But"/"Yet"/"So" is not part of the reported
  clause (GUIDELINES §6.2: the clause only): "And the plan will fail, she said" -> "the plan
  will fail";
* ``existential`` — "noted there should be …", "warned there could be …": an existential
  "there" and a finite verb open a clause after any reporting verb (v4 read a that-less clause
  after verbs such as "note" or "warn" only after a subject pronoun);
* ``gerund`` — "reported hearing shots", "denied taking the money", "recalled being told":
  a reporting verb whose complement is a gerund clause;
* ``frames`` — the complement frames of :mod:`.v13_frames` (v10's across "Mr." and the like,
  "charged X with Y", "asked for X to VP");
* ``trailing`` — "CLAUSE, people familiar with the talks said.", "CLAUSE, say experts.",
  "CLAUSE, Lee and her team wrote in the paper, …", "CLAUSE, according to people briefed on
  it.": a trailing attribution whose speaker is a noun phrase the mention readers do not
  know (a head noun with a post-modifier, a coordination, a bare plural after the verb);
* ``lead_subject`` — "Company management said …", "Two people briefed on the talks said …",
  "The court last week ruled that …": a cue whose speaker no mention reader found, the
  sentence opening with a noun phrase (a name, a determiner or quantifier, a role noun, then
  up to eight words) and only auxiliaries or a time phrase between it and the cue;
* ``fronted`` — "When the guards left, prosecutors alleged that …", "Following the arrest, a
  lawyer for the family asked …": ``lead_subject`` after a fronted adverbial (a sentence that
  opens with a subordinator or preposition): the noun phrase after its last comma;
* ``as_report`` — "As X has reported, CLAUSE." / "(As X noted at the time, CLAUSE.)": a
  leading "as"-parenthetical attributes the clause after its comma;
* ``initial_participle`` — "Noting that CLAUSE, X asked …": a sentence-initial reporting
  participle with a "that" clause; the speaker is the main clause's subject after the comma;
* ``pronoun_clause`` — "said it “regrets …”", "said it wants …": "it"/"this" then a present-
  tense verb (or a quotation opening with one) starts a that-less clause (v4 took only
  he/she/they/we/I as a clause's start, and a verb in "-s" never made a clause finite).
"""

from __future__ import annotations

from newsgold.corpus import Document
from newsgold.extractors.lexicon import DETERMINERS, PRONOUNS, ROLE_NOUNS
from newsgold.extractors.quotation_marks import Quotation
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v1 import ADJUNCT_START
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import DIRECT_ONLY, FORMS, NEEDS_THAT_V4
from newsgold.extractors.quotes.v10 import _BE, _PARTICIPLE_LEAD
from newsgold.extractors.quotes.v13_frames import FRAME_FORMS_V13, frame_start_v13
from newsgold.extractors.quotes.v13_leads import LeadsV13
from newsgold.extractors.text import Mention, Token

Span = tuple[int, int]

RULES = (
    "far_cue",
    "while_clause",
    "coordinator",
    "existential",
    "gerund",
    "frames",
    "trailing",
    "lead_subject",
    "fronted",
    "as_report",
    "initial_participle",
    "pronoun_clause",
)

_COORDINATORS = {"And", "But", "Yet", "So"}
_GERUND_LEMMAS = {"report", "recall", "deny", "admit", "acknowledge", "mention"}
# -ing words that are nouns, not gerunds ("denied wrongdoing", "mentioned something")
_ING_NOUNS = {"wrongdoing", "something", "anything", "nothing", "everything", "thing", "morning", "evening", "meeting", "building"}
_ING_NOUNS |= {"funding", "spending", "earnings", "ceiling", "wedding", "offering", "housing", "training", "ruling", "finding"}
# words that may stand inside a speaker noun phrase after its head ("people familiar with the talks")
_NP_INNER = {"of", "with", "for", "at", "in", "from", "on", "and", "close", "familiar", "briefed", "involved", "'s", "’s"}
_AUX = {"has", "have", "had", "also", "later", "previously", "earlier"}
_TAIL_START = ADJUNCT_START | {"in", "on", "at", "to", "last", "this", "earlier", "late", "early", "recently", "previously", "Monday"}
_TAIL_START |= {"Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "on", "during", "after", "before", "when", "while"}


class RulesV13(LeadsV13):
    """v11's rules plus those of the module docstring (``rules`` selects them, for measuring)."""

    def __init__(self, document: Document, rules: tuple[str, ...] = RULES):
        super().__init__(document)
        self.rules = frozenset(rules)

    def indirect_quotes(self) -> list[Found]:
        out = super().indirect_quotes()
        if "frames" in self.rules:
            out.extend(self._frames_v13(out))
        if "trailing" in self.rules:
            out.extend(self._trailing_v13(out))
        if "lead_subject" in self.rules:
            out.extend(self._lead_subject(out))
        if "as_report" in self.rules:
            out.extend(self._as_reports(out))
        if "initial_participle" in self.rules:
            out.extend(self._initial_participles(out))
        if "coordinator" in self.rules:
            out = [self._without_coordinator(f) for f in out]
        if "while_clause" in self.rules:
            out = [self._before_while(f) for f in out]
        return out

    # -- a far trailing cue of a direct quotation ------------------------------------------------

    def attribute_direct(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        cue, k, mention = super().attribute_direct(q)
        if cue is None and k is None and "far_cue" in self.rules and self.text[q.end - 1 : q.end] == ",":
            return self._far_cue(q)
        return cue, k, mention

    def _far_cue(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        a = self.a
        _, s_end = a.sentence_of(q.outer_end - 1)
        gap = a.tokens_between(q.outer_end, s_end)[:30]
        if len(self.text[q.start : q.end].split()) < 4 or (gap and gap[0].lower in {"and", "or"}):
            return None, None, None  # '… buyers, “partners,” and users, X says': a term in a list (v11)
        for i, t in enumerate(gap):
            if t.text in {'"', "“", "”", ";", ":"} or t.lower in FINITE:
                break
            k = a.token_index(t.start)
            if not self._trailing_cue(k):
                if t.lower in FORMS:
                    break
                continue
            if i < 3:
                break  # near cues are v1-v11's
            m = self.mention_before(t.start, q.outer_end)
            if m is None:
                m = next((n for g in gap[:i] if (n := a.name_starting_at(g.start)) is not None), None)
            return (self.cue_span(k), k, m) if m is not None else (None, None, None)
        return None, None, None

    # -- coordinator -------------------------------------------------------------------------

    def _without_coordinator(self, f: Found) -> Found:
        """ "And X will …" -> "X will …": the sentence's coordinator is not the reported clause."""
        (s, e), *rest = f.content
        first = self.text[s : s + 5].split(" ", 1)[0]
        if first not in _COORDINATORS or self.a.sentence_of(s)[0] != s:
            return f
        s2 = s + len(first)
        while s2 < e and self.text[s2] in " ,":
            s2 += 1
        if e - s2 < 8:
            return f
        return Found(f.type, [(s2, e), *rest], f.cue, f.mention, f.inherit)

    def _before_while(self, f: Found) -> Found:
        """The content cut at ", while/whereas" + a new subject (outside quotation marks)."""
        if f.type == "direct" or len(f.content) != 1 or f.cue is None:
            return f
        a = self.a
        s, e = f.content[0]
        toks = a.tokens_between(s, e)
        for i in range(2, len(toks) - 2):
            t, w, nxt = toks[i], toks[i + 1], toks[i + 2]
            if t.text != "," or w.lower not in {"while", "whereas"} or a.in_quotation(t.start):
                continue
            if nxt.text[:1].isupper() or nxt.lower in DETERMINERS:
                kind = "mixed" if any(c in self.text[s : t.start] for c in '"“”') else "indirect"
                return Found(kind, [(s, t.start)], f.cue, f.mention, f.inherit)
        return f

    # -- existential "there", gerund complements ----------------------------------------------

    def _start_after_cue(self, lemma: str, k: int, after_k: int, sent: Span) -> int | None:
        start = super()._start_after_cue(lemma, k, after_k, sent)
        toks = self.a.tokens
        if start is not None:
            if "frames" in self.rules and lemma in {"ask", "call"} and start == toks[after_k].start and toks[after_k].lower == "for":
                # "asked for X to VP": the content runs from the addressee; "asked for directions to …"
                # and "asked for up to $5" are noun objects (§9.5), as v4 read them too
                i = frame_start_v13("ask", self.a.tokens_between(toks[k].end, sent[1]))
                return toks[after_k + 1].start if i == 1 else start
            return start
        if after_k + 2 >= len(toks) or toks[after_k + 2].start >= sent[1]:
            return None
        nxt, nxt2 = toks[after_k], toks[after_k + 1]
        if "existential" in self.rules and nxt.lower == "there" and nxt2.lower.replace("’", "'") in FINITE:
            return nxt.start
        if "gerund" in self.rules and lemma in _GERUND_LEMMAS and self._gerund(nxt):
            return nxt.start
        if "pronoun_clause" in self.rules and lemma not in NEEDS_THAT_V4 and nxt.lower in {"it", "this"}:
            verb = toks[after_k + 2] if nxt2.text in {'"', "“"} else nxt2
            if self._present_verb(verb):
                return nxt.start
        return None

    @staticmethod
    def _present_verb(t: Token) -> bool:
        """A lower-case "-s" word after a subject pronoun: a present-tense verb ("it regrets")."""
        low = t.lower
        return t.text.isalpha() and t.text.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))

    @staticmethod
    def _gerund(t: Token) -> bool:
        low = t.lower
        return t.text.isalpha() and t.text.islower() and low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS and low not in FORMS

    # -- complement frames, v13 ------------------------------------------------------------------

    def _frames_v13(self, out: list[Found]) -> list[Found]:
        """v10's complement-frame pass with :func:`.frame_start_v13` (new finds only)."""
        a = self.a
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found: list[Found] = []
        toks_all = a.tokens
        for k in self._tokens_of(FRAME_FORMS_V13.keys()):
            tok = toks_all[k]
            lemma = FRAME_FORMS_V13.get(tok.lower)
            if lemma is None or k in self.used_cues or tok.text[:1].isupper() or a.in_quotation(tok.start):
                continue
            prev = toks_all[k - 1].lower if k > 0 else ""
            if prev in DETERMINERS or prev in _BE or prev in {"so", "-", "to"}:
                continue
            if any(fs <= tok.start < fe for fs, fe in taken):
                continue
            s0, s_end = a.sentence_of(tok.start)
            after = a.tokens_between(tok.end, s_end)
            i = frame_start_v13(lemma, after)
            if i is None or i >= len(after):
                continue
            if tok.lower.endswith("ing"):
                if prev not in _PARTICIPLE_LEAD:
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

    # -- trailing attributions with unread speakers -------------------------------------------

    def _trailing_v13(self, out: list[Found]) -> list[Found]:
        """ "CLAUSE, NP said [adjunct]." / "CLAUSE, say NP." / "CLAUSE, according to NP." in a
        sentence where nothing was found: the clause is NP's report."""
        a = self.a
        taken = sorted((fs, fe) for f in out for fs, fe in f.content)
        found: list[Found] = []
        for whole in a.sentences:
            sent = self._clip(whole)
            if sent is None or any(fs < sent[1] and sent[0] < fe for fs, fe in taken):
                continue
            if any(sent[0] <= q.open < sent[1] for q in a.quotations):
                continue  # quotation marks: the direct and mixed rules' business
            toks = a.tokens_between(*sent)
            for c in range(len(toks) - 2, 2, -1):
                if toks[c].text != ",":
                    continue
                hit = self._attribution_after(toks, c)
                if hit is None:
                    continue
                cue, m, k = hit
                start = sent[0]
                if not self._clause_ok(start, toks[c].start) or any(sent[0] <= a.tokens[j].start < toks[c].start for j in self.used_cues):
                    break
                f = self._finish(start, toks[c].start, cue, m, k)
                if f is not None:
                    found.append(f)
                break
        return found

    def _attribution_after(self, toks: list[Token], c: int) -> tuple[Span, Mention, int] | None:
        """The cue, speaker and cue token index of an attribution filling ``toks[c+1:]``."""
        a = self.a
        rest = toks[c + 1 :]
        if rest and rest[-1].text in {".", "!", "?"}:
            rest = rest[:-1]
        if len(rest) < 2:
            return None
        if rest[0].lower == "according" and rest[1].lower == "to":
            np = self._speaker_np(rest[2:], False)
            if np is None or np[1] != len(rest) - 2 or not self._personal(np[0]):
                return None  # "according to state figures": data, not a speaker
            return (rest[0].start, rest[1].end), np[0], a.token_index(rest[0].start)
        k0 = a.token_index(rest[0].start)
        if self._trailing_cue(k0):  # "CLAUSE, say experts."
            np = self._speaker_np(rest[1:], True)
            if np is None or not self._tail_ok(rest[1 + np[1] :]):
                return None
            return self.cue_span(k0), np[0], k0
        for j in range(1, min(len(rest), 12)):
            t = rest[j]
            kj = a.token_index(t.start)
            if not self._trailing_cue(kj):
                if t.lower in FINITE or t.lower in FORMS or not t.text[:1].isalnum():
                    if t.lower not in _AUX:
                        return None
                continue
            lead = rest[:j]
            while lead and lead[-1].lower in _AUX:
                lead = lead[:-1]
            np = self._speaker_np(lead, False)
            if np is None or np[1] != len(lead) or not self._tail_ok(rest[a.token_index(self.cue_span(kj)[1]) - k0 :]):
                return None
            return self.cue_span(kj), np[0], kj
        return None

    @staticmethod
    def _personal(m: Mention) -> bool:
        """A name, or a description whose head is a role noun ("people", "officials")."""
        head = m.head or ""
        single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        return m.kind == "name" or head in ROLE_NOUNS or single in ROLE_NOUNS or head == "people"

    def _trailing_cue(self, k: int) -> bool:
        t = self.a.tokens[k]
        lemma = FORMS.get(t.lower)
        return lemma is not None and lemma not in DIRECT_ONLY and t.text.islower() and not t.lower.endswith("ing") and self.is_cue_token(k)

    @staticmethod
    def _tail_ok(tail: list[Token]) -> bool:
        """After the cue: nothing, a comma, or an adjunct ("in the paper", "on Tuesday")."""
        return not tail or tail[0].text == "," or tail[0].text in _TAIL_START or tail[0].lower in _TAIL_START

    def _speaker_np(self, toks: list[Token], bare_plural: bool) -> tuple[Mention, int] | None:
        """A speaker noun phrase opening ``toks``: a name, a determiner or a role/plural noun
        first, then up to eight words; returns it and the number of tokens it takes."""
        if not toks or not toks[0].text[:1].isalnum():
            return None
        first = toks[0]
        low = first.lower
        name = self.a.name_starting_at(first.start)
        opens = (
            name is not None or low in DETERMINERS or low == "both" or low in ROLE_NOUNS or (low.endswith("s") and low[:-1] in ROLE_NOUNS)
        )
        if not opens and not (bare_plural and first.text.islower() and low.endswith("s")):
            return None
        if low in PRONOUNS or low in FINITE:
            return None
        n = 1
        while n < len(toks) and n < 9:
            t = toks[n]
            if t.text == "," or t.lower in FINITE or (t.lower in FORMS and t.lower not in _NP_INNER):
                break
            if not t.text[:1].isalnum() and t.text not in {"'s", "’s", "-"}:
                break
            n += 1
        end = toks[n - 1].end
        if name is not None and name.end == end:
            return name, n
        head = next((t.lower for t in toks[1:n] if t.lower in _NP_INNER), None)
        words = [t.lower for t in toks[:n]]
        head = words[words.index(head) - 1] if head is not None and words.index(head) > 0 else words[-1]
        text = self.text[first.start : end]
        return Mention(first.start, end, text, "description", None, not head.endswith("s"), frozenset(), head), n
