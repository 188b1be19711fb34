"""An experiment of issue #15 (session 12), not shipped: report candidates for a learned filter.

v13's misses on articles nobody developed on are mostly indirect and mixed quotes whose
reporting verb no rule read (a verb without "that", a subject no mention reader knows, an
infinitive or object complement).  Rather than one more hand rule per shape, this proposes
every report of a few general shapes that a detection left untouched, for a small linear model
to keep the likely ones (``candidates_v14_cv.py`` fits and cross-validates it):

* **forward** — "SUBJECT <reporting verb> [that] CLAUSE": the content runs from after the verb
  (and a "that" within a few words, no clause between) to the clause's end;
* **according_lead** — "According to X, CLAUSE.": the content runs from the comma to the end;
* **according_tail** — "CLAUSE, according to X.": from the sentence start to the comma.

A clause ends at the sentence end, a semicolon or dash, a ", but" / ", while" / ", whereas" /
", although" break, a ", according to" tail, or an "and" before another reporting verb.
Features are general (shape, the verb's class and form, what stands before and after it, the
content's length and punctuation), never a word, name or offset of any article.  Candidates
that overlap a quote the detection found are not proposed: the filter only adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import log1p

from newsgold.extractors.lexicon import DETERMINERS, NEGATION_WORDS, PRONOUNS, REPORTING_FORMS
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import DIRECT_ONLY, FORMS, NEEDS_THAT_V4
from newsgold.extractors.text import Analysis

Span = tuple[int, int]

# General reporting verbs of news English that v4's lexicon lacks (reports of plans, findings, requests).
_MORE_LEMMAS = {
    "rule": ("ruled", "rules"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "urge": ("urge", "urges", "urged", "urging"),
    "offer": ("offered", "offers"),
    "threaten": ("threaten", "threatens", "threatened", "threatening"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "cite": ("cite", "cites", "cited", "citing"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "estimate": ("estimate", "estimates", "estimated"),
    "project": ("project", "projects", "projected"),
    "find": ("found", "finds"),
    "show": ("showed", "shows"),
    "propose": ("propose", "proposes", "proposed", "proposing"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "email": ("emailed",),
}
REPORT_FORMS: dict[str, str] = {
    **{f: lemma for f, lemma in FORMS.items() if lemma not in DIRECT_ONLY},
    **{f: lemma for lemma, forms in _MORE_LEMMAS.items() for f in forms},
}
_SAY = {"say", "tell"}
_STOP_WORDS = {";", "—", "–", "--"}
_BREAK_AFTER_COMMA = {"but", "while", "whereas", "although", "though", "according"}
_AUX = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do"}
_AUX |= {"is", "are", "was", "were", "be", "been"}
_RELATIVE = {"who", "that", "which"}
_THAT_GAP = 6  # words between the verb and a "that" it introduces ("claimed at the time that …")
MIN_WORDS = 3


@dataclass
class Candidate:
    """A proposed report: the quote it would add and its features."""

    found: Found
    shape: str
    features: dict[str, float] = field(default_factory=dict)


class Candidates:
    """The candidates of one analysed text that no quote of ``found`` overlaps."""

    def __init__(self, a: Analysis, found: list[Found]):
        self.a = a
        self.text = a.text
        spans = sorted(s for f in found for s in f.content)
        self._taken = spans
        self._cued_sentences = {a.sentence_of(f.cue[0])[0] for f in found if f.cue is not None}
        self._quoted_sentences = {a.sentence_of(s)[0] for s, _ in spans}

    def _overlaps(self, span: Span) -> bool:
        s, e = span
        return any(ts < e and s < te for ts, te in self._taken)

    def propose(self) -> list[Candidate]:
        a, out = self.a, []
        tokens = a.tokens
        for k, tok in enumerate(tokens):
            low = tok.lower
            if low == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
                c = self._according(k)
            elif low in REPORT_FORMS:
                c = self._forward(k)
            else:
                continue
            if c is not None and not self._overlaps((c.found.content[0][0], c.found.content[-1][1])):
                out.append(c)
        return out

    # -- shapes ------------------------------------------------------------------------------

    def _forward(self, k: int) -> Candidate | None:
        a, tokens = self.a, self.a.tokens
        tok = tokens[k]
        if a.in_quotation(tok.start):
            return None
        s_start, s_end = a.sentence_of(tok.start)
        if tok.text != tok.lower and tok.start != s_start:
            return None  # a capitalised word inside a sentence is a name ("United States"), not a verb
        j, that_gap = k + 1, -1
        for i in range(k + 1, min(k + 2 + _THAT_GAP, len(tokens))):
            t = tokens[i]
            if t.start >= s_end or t.text in _STOP_WORDS or t.text in {".", "“", '"', ":"}:
                break
            if t.lower in PRONOUNS or t.lower in FINITE:
                break  # a clause of its own began: a later "that" is not this verb's
            if t.lower == "that":
                j, that_gap = i + 1, i - k - 1
                break
        if j >= len(tokens) or tokens[j].start >= s_end:
            return None
        start = tokens[j].start
        if not (tokens[j].text[:1].isalnum() or tokens[j].text in {"“", '"', "‘", "$"}):
            return None  # a clause does not open with punctuation (", but …")
        end = self._clause_end(j, s_end)
        if end is None or len(self.text[start:end].split()) < MIN_WORDS:
            return None
        lemma = REPORT_FORMS[tok.lower]
        prev = tokens[k - 1] if k > 0 and tokens[k - 1].start >= s_start else None
        mention = a.mention_before(tok.start, s_start)
        f = self._features("forward", start, end, s_start, s_end, k)
        f[f"lemma_class={_class(lemma)}"] = 1.0
        f[f"lemma={lemma}"] = 1.0
        f[f"form={_form(tok.lower, lemma)}"] = 1.0
        f[f"prev={_kind(prev.text, prev.lower) if prev is not None else 'start'}"] = 1.0
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        f[f"next={_kind(nxt.text, nxt.lower) if nxt is not None else 'end'}"] = 1.0
        f[f"that={'none' if that_gap < 0 else 'near' if that_gap == 0 else 'gap'}"] = 1.0
        f[f"mention={mention.kind if mention is not None else 'none'}"] = 1.0
        first = tokens[j]
        f[f"clause_start={_kind(first.text, first.lower)}"] = 1.0
        f[f"class_start={_class(lemma)}&{_kind(first.text, first.lower)}"] = 1.0
        f[f"prev_form={_kind(prev.text, prev.lower) if prev is not None else 'start'}&{_form(tok.lower, lemma)}"] = 1.0
        f["negated"] = float(any(t.lower in NEGATION_WORDS or t.lower.endswith("n't") for t in tokens[max(0, k - 3) : k]))
        cue = (tok.start, tok.end)
        return Candidate(Found(self._type(start, end), [(start, end)], cue, mention), "forward", f)

    def _according(self, k: int) -> Candidate | None:
        a, tokens, text = self.a, self.a.tokens, self.text
        tok = tokens[k]
        if a.in_quotation(tok.start):
            return None
        s_start, s_end = a.sentence_of(tok.start)
        lead = not text[s_start : tok.start].strip(" \"“‘'(")
        cue = (tok.start, tokens[k + 1].end)
        if lead:  # "According to X, CLAUSE."
            comma = text.find(",", tokens[k + 1].end, s_end)
            if comma < 0:
                return None
            start = comma + 1
            while start < s_end and text[start].isspace():
                start += 1
            end = self._clause_end(a.token_index(start), s_end)
            shape = "according_lead"
        else:  # "CLAUSE, according to X."
            before = text[s_start : tok.start].rstrip()
            if not before.endswith(","):
                return None
            start, end = s_start, s_start + len(before) - 1
            shape = "according_tail"
        if end is None or end <= start or len(text[start:end].split()) < MIN_WORDS:
            return None
        f = self._features(shape, start, end, s_start, s_end, k)
        return Candidate(Found(self._type(start, end), [(start, end)], cue, None), shape, f)

    # -- helpers -----------------------------------------------------------------------------

    def _clause_end(self, j: int, s_end: int) -> int | None:
        """End of the clause starting at token ``j`` (trailing punctuation and space excluded)."""
        tokens, text = self.a.tokens, self.text
        end = s_end
        for i in range(j + 1, len(tokens)):
            t = tokens[i]
            if t.start >= s_end:
                break
            if self.a.in_quotation(t.start):
                continue
            if t.text in _STOP_WORDS:
                end = t.start
                break
            if t.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in _BREAK_AFTER_COMMA:
                end = t.start
                break
            if t.lower == "and" and i + 1 < len(tokens) and tokens[i + 1].lower in REPORTING_FORMS:
                end = t.start
                break
        while end > 0 and (text[end - 1].isspace() or text[end - 1] in ".!?,:("):
            end -= 1
        return end if end > tokens[j].start else None

    def _type(self, start: int, end: int) -> str:
        body = self.text[start:end]
        return "mixed" if any(m in body for m in '“”"') else "indirect"

    def _features(self, shape: str, start: int, end: int, s_start: int, s_end: int, k: int) -> dict[str, float]:
        a, text = self.a, self.text
        body = text[start:end]
        words = body.split()
        lows = {w.lower().strip(",.") for w in words}
        verb_pos = len(text[s_start : a.tokens[k].start].split())
        return {
            "bias": 1.0,
            f"shape={shape}": 1.0,
            "log_words": log1p(len(words)),
            "verb_pos": min(verb_pos, 20) / 20.0,
            "verb_first": float(verb_pos == 0),
            "finite": float(bool(lows & FINITE) or any(w.endswith("ed") for w in lows)),
            "pronoun_in": float(bool(lows & PRONOUNS)),
            "det_start": float(words[0].lower() in DETERMINERS) if words else 0.0,
            "to_start": float(words[0].lower() == "to") if words else 0.0,
            "mixed": float(self._type(start, end) == "mixed"),
            "commas": min(body.count(","), 4) / 4.0,
            "to_sentence_end": float(end >= s_end - 2),
            "cued_sentence": float(s_start in self._cued_sentences),
            "quoted_sentence": float(s_start in self._quoted_sentences),
            "paragraph_start": float(s_start == 0 or text[s_start - 1] == "\n"),
            "question": float("?" in text[end:s_end]),
        }


def _class(lemma: str) -> str:
    return "say" if lemma in _SAY else "needs_that" if lemma in NEEDS_THAT_V4 else "other"


def _form(low: str, lemma: str) -> str:
    if low.endswith("ing"):
        return "ing"
    if low == lemma:
        return "base"
    if low.endswith("s") and low[:-1].startswith(lemma[:3]) and not low.endswith("ss"):
        return "s"
    return "past"


def _kind(text: str, low: str) -> str:
    if low in PRONOUNS or low in {"them", "him", "her", "us", "me", "you"}:
        return "pronoun"
    if low in DETERMINERS:
        return "determiner"
    if low in _AUX:
        return "aux"
    if low in _RELATIVE:
        return "relative"
    if low == "to":
        return "to"
    if not text[:1].isalnum():
        return "punct"
    if text[:1].isdigit():
        return "number"
    if text[:1].isupper():
        return "capital"
    if low.endswith("ly"):
        return "adverb"
    return "lower"
