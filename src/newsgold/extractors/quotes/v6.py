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
* speakers as in :mod:`.v6_speakers`.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``);
bump the version instead.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.lexicon import DETERMINERS, ROLE_NOUNS
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v5 import RulesV5
from newsgold.extractors.quotes.v6_speakers import SpeakerResolverV6
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]

_ACCUSE = {"accuse": "of", "blame": "for", "criticize": "for", "praise": "for"}
_ACCUSE_FORMS = {f: lemma for f, lemma in FORMS.items() if lemma in _ACCUSE}
_ACCUSE_FORMS.update({f: "accuse" for f in ("accuse", "accuses", "accused", "accusing")})
_PREPS = {"for", "of", "at", "with", "from"}
_OPENERS = {"(", "[", "“", '"', "‘", "'", "—", "–", "-", ":"}


class RulesV6(RulesV5):
    """v5's rules plus the conventions listed in the module docstring."""

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
            m = self._across_participle(pos, limit)
        return self._description_for(m, limit) if m is not None else None

    def _across_participle(self, pos: int, limit: int) -> Mention | None:
        """ "X, speaking at a news conference, said": the mention before the insertion."""
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
                if j + 1 < k and first.endswith(("ing", "ed")) and first not in FORMS:
                    return super().mention_before(t.start, limit)
                return None
        return None

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

    def _start_after_cue(self, lemma: str, k: int, after_k: int, sent: Span) -> int | None:
        """v5's; "told CNN the vote …" / "told the newspaper that …": the clause after the addressee."""
        start = super()._start_after_cue(lemma, k, after_k, sent)
        if start is not None or lemma != "tell":
            return start
        a = self.a
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

    def indirect_quotes(self) -> list[Found]:
        out = super().indirect_quotes()
        self._second_report(out)
        out.extend(self._accusations(out))
        return out

    def _second_report(self, out: list[Found]) -> None:
        """ "X said A, and accused Y of B": a finite reporting verb right after "and" ends A."""
        a, text = self.a, self.text
        for f in out:
            if f.type == "direct" or f.cue is None:
                continue
            start, end = f.content[-1]
            for c in re.finditer(r",?\s+(?:and|but)\s+(?:also\s+)?", text[start:end]):
                k = a.token_index(start + c.end())
                if k >= len(a.tokens) or a.in_quotation(start + c.start()):
                    continue
                tok = a.tokens[k]
                if tok.lower in FORMS and tok.lower != FORMS[tok.lower] and not tok.lower.endswith("ing") and self.is_cue_token(k):
                    f.content = [*f.content[:-1], (start, start + c.start())]
                    break

    def _accusations(self, out: list[Found]) -> list[Found]:
        """ "X accused Y of Z": content "Y of Z" (an "X as Y" predication, §9.5)."""
        a, text = self.a, self.text
        taken = [(fs, fe) for f in out for fs, fe in f.content]
        found = []
        for k, tok in enumerate(a.tokens):
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
