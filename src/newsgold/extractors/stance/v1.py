"""``stance`` v1, frozen: exact word forms, corpus-era synonym groups, the first dismissal list.

A statement is about a target when it shares a word form (or a synonym-group member) with the
target description.  Labels come from denial, negation, condition (including a literal
"precondition") and dismissal cues; quotes come from ``quotes`` v2.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``).  Its
lists are kept as released even where later versions found them wrong — bump the version
instead of editing them.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.extractors.lexicon import CONDITION_WORDS, DENIAL_LEMMAS, NEGATION_WORDS, REPORTING_FORMS
from newsgold.extractors.quotes.v2 import QuotesV2
from newsgold.extractors.stance.engine import WORD, StanceBase, stem

STOP = {
    "the",
    "and",
    "are",
    "is",
    "in",
    "of",
    "to",
    "a",
    "an",
    "with",
    "on",
    "for",
    "be",
    "now",
    "should",
    "holding",
    "hold",
    "that",
    "this",
    "its",
    "their",
    "between",
    "by",
    "at",
    "as",
}
# general synonym groups: a statement using any member is about the same thing
SYNONYMS = [
    {"negotiate", "negotiation", "negotiations", "negotiating", "talk", "talks", "dialogue", "dialog"},
    {"secret", "covert", "hidden", "clandestine"},
    {"sanction", "sanctions", "embargo"},
]
# "campaign", "allegations" and "alleged" dismiss nothing in general news (fixed in v2); kept here
DISMISS = {
    "propaganda",
    "fabrication",
    "fabrications",
    "fabricated",
    "fake",
    "false",
    "lie",
    "lies",
    "baseless",
    "unfounded",
    "rumor",
    "rumour",
    "rumors",
    "rumours",
    "campaign",
    "ploy",
    "allegations",
    "alleged",
    "untrue",
    "nonsense",
    "hoax",
    "deception",
}
FAVOR_NEG = {"ready", "willing", "welcome", "open", "can", "could", "want", "wants", "wanted"}
FUTURE = re.compile(r"\b(?:will|would|going to|after|future)\b", re.I)


def keywords(description: str) -> set[str]:
    words = {stem(w) for w in WORD.findall(description.lower())} - STOP
    for group in SYNONYMS:
        if words & group:
            words |= group
    return {w for w in words if len(w) > 2}


def label_statement(text: str, cue: str | None, presc: bool, dismiss: frozenset[str] | set[str]) -> str | None:
    words = {stem(w) for w in WORD.findall(text.lower())}
    neg = bool(words & NEGATION_WORDS) or "n't" in text
    denial = cue is not None and REPORTING_FORMS.get(cue.lower()) in DENIAL_LEMMAS
    cond = bool(words & CONDITION_WORDS) or "precondition" in text.lower()
    if presc:
        if neg or cond or denial or words & dismiss:
            return "against"
        if words & FAVOR_NEG:
            return "favor"
        return "neutral"
    if denial or words & dismiss:
        return "against"
    if FUTURE.search(text):
        return None  # future talks do not address whether talks are under way
    return "against" if neg else "favor"


def word_forms(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text.lower())}


class StanceV1(StanceBase):
    """Rule-based stance per (holder, target) from the quotes of ``quotes`` v2 and the own voice."""

    quotes_class = QuotesV2

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__("1", config)

    @property
    def dismiss(self) -> set[str]:  # type: ignore[override]
        return DISMISS

    def _keywords(self, description: str) -> set[str]:
        return keywords(description)

    def _words(self, text: str) -> set[str]:
        return word_forms(text)

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:
        return label_statement(text, cue, presc, DISMISS)
