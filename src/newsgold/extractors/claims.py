"""``claims`` v1: clause-level assertions by rule, with factual/evaluative and checkworthy cues.

Candidates are the clauses of quote contents (claimant: the speaker) and of own-voice sentences
that report nobody (claimant: the document's voice — byline author, else outlet, else the
configured unnamed-publisher id).  Directives, questions, announcements and very short
fragments are dropped; coordinated independent clauses are split (GUIDELINES §7).

Frozen: released behaviour, pinned in ``tests/extractors/pins.json`` (quotes from the frozen
``quotes`` v2); a change is a new version, not an edit here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.lexicon import EVALUATIVE_WORDS, HEDGE_WORDS
from newsgold.extractors.quotes.v2 import QuotesV2
from newsgold.extractors.text import Analysis
from newsgold.schema import Claim, DocAnnotation, Quote

Span = tuple[int, int]

_DIRECTIVE = re.compile(r"\b(?:must|should|ought to|needs? to|have to|has to|let us|let's)\b", re.I)
_EPISTEMIC = re.compile(r"^(?:we|i|they|he|she)\s+(?:believe|think|feel|hope|expect|assume|suppose)\s+(?:that\s+)?", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|plans? to|intends? to|promise[sd]?|if|unless|could)\b", re.I)
_SPLIT = re.compile(
    r",?\s+(?:and|but|yet)\s+(?=(?:there|it|they|we|he|she|the|this|that|these|those|[A-Z])\b)|;\s+|,\s+(?=otherwise\b)|,\s+(?=which\b)"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FRAME = re.compile(r"^(?:and|but|so|yet)\s+", re.I)
_BYLINE = re.compile(r"^\s*(?:Written |Reported )?by\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$", re.I | re.M)


@dataclass
class Candidate:
    span: list[Span]
    claimant: str | None
    quote: str | None
    text: str


def kind_of(text: str) -> str:
    words = {w.lower() for w in _WORD.findall(text)}
    if words & EVALUATIVE_WORDS or words & HEDGE_WORDS:
        return "evaluative"
    return "factual"


def checkworthy(text: str, kind: str) -> bool:
    if kind != "factual" or _FUTURE.search(text):
        return False
    return bool(re.search(r"\b[A-Z][a-z]+|\d", text[1:]))


def voice_entity(document: Document, default: str | None) -> str | None:
    """Own-voice claimant: byline author, else the outlet, else ``default`` (GUIDELINES §4.3)."""
    m = _BYLINE.search(document.text)
    if m:
        return m.group(1).strip()
    if document.author:
        return document.author
    return document.outlet or default


def clauses(text: str, start: int, end: int) -> list[Span]:
    """Split a region into independent clauses; trim frames, conjunctions and final punctuation."""
    out = []
    pos = start
    pieces = []
    for m in _SPLIT.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    for s, e in pieces:
        seg = text[s:e]
        lead = _FRAME.match(seg)
        if lead:
            s += lead.end()
        ep = _EPISTEMIC.match(text[s:e])
        if ep:
            s += ep.end()
        while e > s and (text[e - 1].isspace() or text[e - 1] in '.,;:!?"”’'):
            e -= 1
        while s < e and (text[s].isspace() or text[s] in '"“‘'):
            s += 1
        if s < e:
            out.append((s, e))
    return out


def keep(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < 4 or text.rstrip().endswith("?"):
        return False
    if _DIRECTIVE.search(text):
        return False
    return any(w.lower() in _VERBS or w.lower().endswith("ed") for w in words)


_VERBS = {
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "does",
    "do",
    "did",
    "be",
    "been",
    "seems",
    "remains",
    "wants",
    "wanted",
    "needs",
}


class ClaimsV1(BaseExtractor):
    """Rule-based claim detection over clauses (see the module docstring)."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="claims", version="1", layers=("claims",), config=config or {})

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"entities": None, "unnamed_voice": "E_UNNAMED_PUBLISHER"}

    def candidates(self, document: Document, quotes: list[Quote]) -> list[Candidate]:
        text = document.text
        scope = out_of_scope(document)
        voice = voice_entity(document, self.config["unnamed_voice"])
        out: list[Candidate] = []
        covered: list[Span] = []
        for q in quotes:
            for s, e in q.content:
                covered.append((s, e))
                if q.type == "mixed":
                    continue
                for cs, ce in clauses(text, s, e):
                    out.append(Candidate([(cs, ce)], q.source.entity, q.id, text[cs:ce]))
            if q.cue:
                covered.append(q.cue)
        a = Analysis(text)
        for s, e in a.sentences:
            if inside(scope, s, e) or inside(covered, s, e) or a.in_quotation(s):
                continue
            if a.reporting_tokens(s, e):
                continue  # a reporting frame or an unparsed report
            for cs, ce in clauses(text, s, e):
                out.append(Candidate([(cs, ce)], voice, None, text[cs:ce]))
        return [c for c in out if keep(c.text)]

    def extract(self, document: Document) -> DocAnnotation:
        quoter = QuotesV2({"entities": self.config["entities"]})
        quoter.data_root = self.data_root  # the same workspace's registry (not the current directory's)
        quotes = quoter.extract(document).quotes or []
        claims = []
        for i, c in enumerate(sorted(self.candidates(document, quotes), key=lambda c: (c.span[0][0], c.span[-1][1])), 1):
            kind = kind_of(c.text)
            claims.append(Claim(f"c{i}", c.span, c.claimant, kind, checkworthy(c.text, kind), c.quote))
        ann = self.empty(document)
        ann.claims = claims
        return ann
