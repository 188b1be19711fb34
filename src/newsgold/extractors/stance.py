"""``stance`` v1/v2: document- and holder-level stance toward configured targets, from the quotes.

A target is relevant to a statement when the statement shares a content word (or a general
synonym) with the target description.  A target whose description prescribes ("should …") is
*prescriptive*; otherwise it states a fact.  Labels come from denial, negation, condition and
dismissal cues (GUIDELINES §8, §9.9); the document's own voice gets ``neutral`` unless it
dismisses or endorses explicitly.

v2 (the leakage audit): the dismissal lexicon of v1 held words that dismiss nothing in general
news and were there for one corpus sentence ("campaign") or that GUIDELINES §8.3 names as
neutral reporting vocabulary ("alleged", "allegations"); v2 drops them and reads the quotes of
``quotes`` v3.  v1 is kept unchanged for pinned runs.

Known limit: ``_SYNONYMS`` only has groups for negotiation/talks vocabulary (plus secrecy and
sanctions), i.e. for the kind of target the corpus has; other targets get no synonyms.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.lexicon import CONDITION_WORDS, DENIAL_LEMMAS, NEGATION_WORDS, REPORTING_FORMS
from newsgold.extractors.quotes import QuotesV2, QuotesV3
from newsgold.extractors.text import Analysis
from newsgold.schema import DOCUMENT_HOLDER, DocAnnotation, Stance

_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP = {"the", "and", "are", "is", "in", "of", "to", "a", "an", "with", "on", "for", "be", "now",
         "should", "holding", "hold", "that", "this", "its", "their", "between", "by", "at", "as"}
# general synonym groups: a statement using any member is about the same thing
_SYNONYMS = [
    {"negotiate", "negotiation", "negotiations", "negotiating", "talk", "talks", "dialogue",
     "dialog"},
    {"secret", "covert", "hidden", "clandestine"},
    {"sanction", "sanctions", "embargo"},
]
_DISMISS_V2 = {"propaganda", "fabrication", "fabrications", "fabricated", "fake", "false", "lie", "lies",
               "baseless", "unfounded", "rumor", "rumour", "rumors", "rumours", "ploy", "untrue",
               "nonsense", "hoax", "deception", "misinformation", "disinformation", "smear", "invented",
               "made-up", "groundless", "fiction"}
# v1's list, frozen for pinned runs; "campaign", "allegations" and "alleged" are not dismissals
_DISMISS = {"propaganda", "fabrication", "fabrications", "fabricated", "fake", "false", "lie", "lies",
            "baseless", "unfounded", "rumor", "rumour", "rumors", "rumours", "campaign", "ploy",
            "allegations", "alleged", "untrue", "nonsense", "hoax", "deception"}
_FAVOR_NEG = {"ready", "willing", "welcome", "open", "can", "could", "want", "wants", "wanted"}
_FUTURE = re.compile(r"\b(?:will|would|going to|after|future)\b", re.I)


def _stem(word: str) -> str:
    return word.lower().replace("’", "'")


def keywords(description: str) -> set[str]:
    words = {_stem(w) for w in _WORD.findall(description.lower())} - _STOP
    for group in _SYNONYMS:
        if words & group:
            words |= group
    return {w for w in words if len(w) > 2}


def prescriptive(description: str) -> bool:
    return bool(re.search(r"\b(?:should|must|ought|need to)\b", description, re.I))


def label_statement(text: str, cue: str | None, presc: bool, dismiss: frozenset[str] | set[str] = _DISMISS) -> str | None:
    words = {_stem(w) for w in _WORD.findall(text.lower())}
    neg = bool(words & NEGATION_WORDS) or "n't" in text
    denial = cue is not None and REPORTING_FORMS.get(cue.lower()) in DENIAL_LEMMAS
    cond = bool(words & CONDITION_WORDS) or "precondition" in text.lower()
    if presc:
        if neg or cond or denial or words & dismiss:
            return "against"
        if words & _FAVOR_NEG:
            return "favor"
        return "neutral"
    if denial or words & dismiss:
        return "against"
    if _FUTURE.search(text):
        return None  # future talks do not address whether talks are under way
    return "against" if neg else "favor"


class StanceV1(BaseExtractor):
    """Rule-based stance per (holder, target) from the extracted quotes and the own voice."""

    dismiss: frozenset[str] | set[str] = _DISMISS
    quotes_class: Any = QuotesV2

    def __init__(self, config: dict[str, Any] | None = None, version: str = "1"):
        super().__init__(name="stance", version=version, layers=("stances",), config=config)

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"targets": "annotations/targets.json", "entities": None}

    def targets(self) -> list[dict[str, str]]:
        value = self.config["targets"]
        if isinstance(value, list):
            return value
        import json

        from newsgold import paths
        from pathlib import Path

        path = Path(value)
        path = path if path.is_absolute() else paths.root() / path
        if not path.exists():
            return []
        return json.loads(path.read_text(encoding="utf-8"))

    def extract(self, document: Document) -> DocAnnotation:
        text = document.text
        targets = [(t["id"], keywords(t["description"]), prescriptive(t["description"])) for t in self.targets()]
        quotes = self.quotes_class({"entities": self.config["entities"]}).extract(document).quotes or []
        votes: dict[tuple[str, str], list[str]] = {}
        order: list[str] = []
        for q in quotes:
            holder = q.source.entity
            if not holder:
                continue
            content = " ".join(text[s:e] for s, e in q.content)
            cue = text[q.cue[0]:q.cue[1]] if q.cue else None
            words = {_stem(w) for w in _WORD.findall(content.lower())}
            for tid, kws, presc in targets:
                if words & kws:
                    label = label_statement(content, cue, presc, self.dismiss)
                    if label:
                        votes.setdefault((holder, tid), []).append(label)
                        if holder not in order:
                            order.append(holder)
        stances = []
        own = self._own_voice(document, quotes)
        for tid, kws, presc in targets:
            stances.append(Stance(DOCUMENT_HOLDER, tid, self._document_label(own, kws, presc)))
        for holder in order:
            for tid, _, _ in targets:
                labels = votes.get((holder, tid))
                if labels:
                    # the most explicit (non-neutral) statement wins; ties: the later one
                    decided = [lab for lab in labels if lab != "neutral"] or labels
                    stances.append(Stance(holder, tid, decided[-1]))
        ann = self.empty(document)
        ann.stances = stances
        return ann

    def _own_voice(self, document: Document, quotes: list[Any]) -> list[str]:
        a = Analysis(document.text)
        scope = out_of_scope(document)
        covered = [s for q in quotes for s in q.content]
        out = []
        for s, e in a.sentences:
            if inside(scope, s, e) or inside(covered, s, e) or a.in_quotation(s) or a.reporting_tokens(s, e):
                continue
            out.append(document.text[s:e])
        return out

    def _document_label(self, sentences: list[str], kws: set[str], presc: bool) -> str:
        for sent in sentences:
            words = {_stem(w) for w in _WORD.findall(sent.lower())}
            if words & kws and words & self.dismiss:
                return "against"
        return "neutral"


class StanceV2(StanceV1):
    """v1 with a general dismissal lexicon and the quotes of ``quotes`` v3."""

    dismiss = _DISMISS_V2
    quotes_class = QuotesV3

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(config, version="2")
