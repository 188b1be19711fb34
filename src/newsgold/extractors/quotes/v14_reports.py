"""``quotes`` v14's added reports: indirect quotes v13 missed for want of a known speaker (issue #15).

v4-v13 read "X said they …" only when a mention reader found X; many subjects are phrases no
reader knows ("Some said they …", "retailers that said they …", "analysts who have done the
calculations say they …").  A form of "say" followed by a subject pronoun and a word in lower
case opens a reported clause whoever the subject is; the speaker stage then chooses the
speaker as for every quote.  :data:`REPORTS` names the rules so that each can be measured alone.

* ``say_pronoun`` — "said|says|say he|she|it|they|we …" outside quotation marks, not the
  sentence's first word ("Say it …"), overlapping no quote found before: the content runs from
  the pronoun to the clause's end (the sentence end, or a ";", a dash, or a ", but" / ", while" /
  ", whereas" / ", although" / ", according to" break), final punctuation excluded.  Not "told"
  (an object comes first: "told them of …"), not "I" (the writer's own voice in first-person
  pieces) and not "saying" (v13's participle rules read it).  When no mention reader finds the
  speaker, the subject noun phrase right before the verb (a relative clause "that …"/"who …"
  skipped) is the quote's description mention, which the speaker stage can match against the
  registry.  Written after reading all of dev's candidates of this shape (in-sample).
* ``according_lead`` — "According to X, CLAUSE." / "According to his aunt, Ann Lee, “…”": a
  sentence that opens with "according to" attributes what follows the source's comma (an
  apposition name skipped) to the sentence end; a quotation filling it is a direct quote (its
  marks excluded), one inside it makes it mixed.  v13 read "according to" only as a trailing
  attribution.  Written on dev half A only.

Tried and dropped: "promised/vowed/pledged/threatened/offered to VP" (written on half A, where
it added two exact quotes; on half B it added one exact quote, one partial and one spurious,
"an offer to …" being a noun: content +0.003, exact -0.001, end-to-end -0.001 there).
"""

from __future__ import annotations

import re

from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.text import Analysis, Mention

REPORTS = ("say_pronoun", "according_lead")

_SAY = {"said", "says", "say"}
_SUBJECTS = {"he", "she", "it", "they", "we"}
_STOPS = {";", "—", "–", "--"}
_BREAKS = {"but", "while", "whereas", "although", "according"}
_RELATIVES = {"that", "who", "which"}
_NEXT_SENTENCE_RE = re.compile(r"[.!?]?\s+[“\"‘(]?[A-Z]")
_PUNCT = {",", ";", ":", "(", ")", "—", "–", '"', "“", "”"}
# words that end a subject noun phrase on its left ("are among retailers", "in the port")
_NP_STOPS = {"among", "are", "is", "was", "were", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or", "but"}
_NP_STOPS |= {"as", "if", "when", "while", "because", "that", "who", "which", "even", "also", "have", "has", "had"}


class Reports:
    """The reports of :data:`REPORTS` (``reports`` selects them) in one analysed text."""

    def __init__(self, a: Analysis, reports: tuple[str, ...] = REPORTS):
        self.a = a
        self.reports = frozenset(reports)

    def added(self, found: list[Found]) -> list[Found]:
        out = self._say_pronoun(found) if "say_pronoun" in self.reports else []
        if "according_lead" in self.reports:
            out += self._according_leads(found + out)
        return out

    def _according_leads(self, found: list[Found]) -> list[Found]:
        a, tokens, text = self.a, self.a.tokens, self.a.text
        taken = sorted(s for f in found for s in f.content)
        out: list[Found] = []
        for s_start, s_end in a.sentences:
            k = a.token_index(s_start)
            if k + 2 >= len(tokens) or tokens[k].text != "According" or tokens[k + 1].lower != "to" or a.in_quotation(s_start):
                continue
            comma = next((i for i in range(k + 2, len(tokens)) if tokens[i].start < s_end and tokens[i].text == ","), None)
            if comma is None or comma > k + 14 or comma + 1 >= len(tokens):
                continue
            name = a.name_starting_at(tokens[comma + 1].start)
            if name is not None and text[name.end : name.end + 1] == ",":  # "his aunt, Ann Lee, …"
                comma = a.token_index(name.end)
            start = next((i for i in range(comma + 1, len(tokens)) if tokens[i].text not in _PUNCT or tokens[i].text in '“"'), None)
            if start is None or tokens[start].start >= s_end:
                continue
            begin, end = tokens[start].start, self._clause_end(start, s_end)
            if end - begin < 12 or any(ts < end and begin < te for ts, te in taken):
                continue
            q = next((q for q in a.quotations if q.open == begin and q.close is not None), None)
            if q is not None and (q.outer_end >= end or _NEXT_SENTENCE_RE.match(text, q.outer_end, s_end)):
                kind, content = "direct", list(q.fragments)  # the quotation is all it attributes
            else:
                kind, content = ("mixed" if any(m in text[begin:end] for m in '“”"') else "indirect"), [(begin, end)]
            source = tokens[k + 2].start, tokens[comma - 1].end
            names = [n for n in a.names if source[0] <= n.start and n.end <= source[1]]
            mention = names[-1] if names else Mention(*source, text[source[0] : source[1]], "description")
            out.append(Found(kind, content, (tokens[k].start, tokens[k + 1].end), mention))
        return out

    def _say_pronoun(self, found: list[Found]) -> list[Found]:
        a, tokens, text = self.a, self.a.tokens, self.a.text
        taken = sorted(s for f in found for s in f.content)
        out: list[Found] = []
        for k in a.reporting_tokens(0, len(text)):  # cached: the reporting forms outside quotations
            if k + 2 >= len(tokens):
                break
            tok, subj, verb = tokens[k], tokens[k + 1], tokens[k + 2]
            if tok.text not in _SAY or subj.lower not in _SUBJECTS or not verb.text.isalpha() or not verb.text.islower():
                continue
            s_start, s_end = a.sentence_of(tok.start)
            if tok.start == s_start or verb.start >= s_end:
                continue
            start, end = subj.start, self._clause_end(k + 2, s_end)
            if any(ts < end and start < te for ts, te in taken) or any(f.content[0][0] < end and start < f.content[0][1] for f in out):
                continue
            kind = "mixed" if any(m in text[start:end] for m in '“”"') else "indirect"
            mention = a.mention_before(tok.start, s_start) or self._subject(k, s_start)
            out.append(Found(kind, [(start, end)], (tok.start, tok.end), mention))
        return out

    def _subject(self, k: int, s_start: int) -> Mention | None:
        """The noun phrase before the verb ``k`` as a description: "retailers that said" ->
        "retailers", "analysts who have done the calculations say" -> "analysts"."""
        tokens = self.a.tokens
        j = k - 1
        for i in range(k - 1, max(k - 9, -1), -1):  # a relative clause between the subject and the verb
            t = tokens[i]
            if t.start < s_start or t.text in _PUNCT:
                break
            if t.lower in _RELATIVES:
                j = i - 1
                break
        end = j
        while j >= 0 and tokens[j].start >= s_start and end - j < 4:
            t = tokens[j]
            if not t.text.replace("-", "").isalpha() or t.lower in _NP_STOPS:
                break
            j -= 1
        if j == end:
            return None
        first, last = tokens[j + 1], tokens[end]
        return Mention(first.start, last.end, self.a.text[first.start : last.end], "description", head=last.lower)

    def _clause_end(self, j: int, s_end: int) -> int:
        a, tokens, text = self.a, self.a.tokens, self.a.text
        end = s_end
        for i in range(j, len(tokens)):
            t = tokens[i]
            if t.start >= s_end:
                break
            if a.in_quotation(t.start):
                continue
            if t.text in _STOPS or (t.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in _BREAKS):
                end = t.start
                break
        while end > tokens[j].start and (text[end - 1].isspace() or text[end - 1] in ".!?,:"):
            end -= 1
        return end
