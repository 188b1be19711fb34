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
"""

from __future__ import annotations

from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.text import Analysis, Mention

REPORTS = ("say_pronoun",)

_SAY = {"said", "says", "say"}
_SUBJECTS = {"he", "she", "it", "they", "we"}
_STOPS = {";", "—", "–", "--"}
_BREAKS = {"but", "while", "whereas", "although", "according"}
_RELATIVES = {"that", "who", "which"}
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
        if "say_pronoun" not in self.reports:
            return []
        a, tokens, text = self.a, self.a.tokens, self.a.text
        taken = sorted(s for f in found for s in f.content)
        out: list[Found] = []
        for k in range(len(tokens) - 2):
            tok, subj, verb = tokens[k], tokens[k + 1], tokens[k + 2]
            if tok.text not in _SAY or subj.lower not in _SUBJECTS or not verb.text.isalpha() or not verb.text.islower():
                continue
            if a.in_quotation(tok.start):
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
