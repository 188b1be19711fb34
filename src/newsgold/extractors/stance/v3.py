"""``stance`` v3, frozen: target vocabulary derived from the target descriptions alone.

v1/v2 matched word forms exactly and widened them with synonym groups written for the corpus's
own targets (talks/negotiations, secrecy, sanctions), plus a literal "precondition" test.  v3
derives each target's vocabulary from its description: its content words, reduced by a small
general normaliser (inflection and derivation suffixes: "negotiations", "negotiating",
"negotiate" → "negoti"; "raising", "raised" → "rais"), so any target list works without editing
code.  A short general synonym list remains for a few very common news verbs and nouns; the
condition test uses the general condition lexicon only.  Dismissal words and quotes are v2's.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``); bump
the version instead of editing it.
"""

from __future__ import annotations

from typing import Any

from newsgold.extractors.lexicon import CONDITION_WORDS, DENIAL_LEMMAS, NEGATION_WORDS, REPORTING_FORMS
from newsgold.extractors.quotes.v3 import QuotesV3
from newsgold.extractors.stance.engine import WORD, StanceBase, stem
from newsgold.extractors.stance.v1 import FAVOR_NEG, FUTURE
from newsgold.extractors.stance.v2 import DISMISS

# Function words, auxiliaries and modals: never what a target is about.
STOP = {
    "the",
    "and",
    "are",
    "is",
    "was",
    "were",
    "been",
    "being",
    "be",
    "in",
    "of",
    "to",
    "a",
    "an",
    "with",
    "on",
    "for",
    "now",
    "should",
    "must",
    "ought",
    "need",
    "needs",
    "will",
    "would",
    "shall",
    "can",
    "could",
    "may",
    "might",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "that",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "they",
    "them",
    "it",
    "he",
    "she",
    "we",
    "you",
    "between",
    "by",
    "at",
    "as",
    "from",
    "into",
    "about",
    "over",
    "under",
    "than",
    "then",
    "there",
    "here",
    "not",
    "no",
    "or",
    "but",
    "if",
    "so",
    "such",
    "any",
    "all",
    "some",
    "more",
    "most",
    "other",
    "also",
    "only",
    "very",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "again",
    "holding",
    "hold",
    "held",
    "take",
    "taking",
    "make",
    "making",
    "get",
    "getting",
    "currently",
}
# A few very common news verbs and nouns whose synonyms are general, not corpus-specific
# (written as normalised stems: see :func:`normalise`).
SYNONYMS = [
    {"talk", "negoti", "dialog", "dialogu", "discuss"},
    {"meet", "summit"},
    {"deal", "agreement", "accord", "pact", "treaty"},
    {"war", "fight", "conflict", "hostil"},
    {"elect", "vot", "ballot"},
    {"ban", "prohibit"},
    {"cut", "reduc", "lower"},
    {"rais", "increas", "hik"},
]
# longest first; a stem keeps at least 3 letters
SUFFIXES = (
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ings",
    "ments",
    "ment",
    "ions",
    "ion",
    "ies",
    "ied",
    "ing",
    "ers",
    "ed",
    "es",
    "er",
    "ly",
    "s",
)


def normalise(word: str) -> str:
    """A small general morphological normaliser for English content words: lower case, no
    possessive, then the longest inflection/derivation suffix whose removal leaves 3+ letters
    ("negotiations" → "negoti", "talks" → "talk", "raising" → "rais", "states" → "stat")."""
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if "-" in w:
        w = w.rsplit("-", 1)[-1]
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix == "ies" or suffix == "ied":
                w += "y"
            break
    if len(w) > 3 and w.endswith("e"):  # "raise" → "rais", as "raising" and "raised"
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" → "stopp" → "stop"
        w = w[:-1]
    return w


def content_stems(text: str) -> set[str]:
    return {normalise(w) for w in WORD.findall(text.lower()) if w not in STOP}


def keywords_v3(description: str) -> set[str]:
    """The stems a statement must share with a target: the description's content words, each
    widened by its general synonym group."""
    stems = {w for w in content_stems(description) if len(w) > 2}
    for group in SYNONYMS:
        if stems & group:
            stems |= group
    return stems


def label_statement(text: str, cue: str | None, presc: bool, dismiss: frozenset[str] | set[str]) -> str | None:
    words = {stem(w) for w in WORD.findall(text.lower())}
    neg = bool(words & NEGATION_WORDS) or "n't" in text
    denial = cue is not None and REPORTING_FORMS.get(cue.lower()) in DENIAL_LEMMAS
    cond = bool(words & CONDITION_WORDS)
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


class StanceV3(StanceBase):
    """v2 with the target vocabulary derived from the descriptions (see the module docstring)."""

    quotes_class = QuotesV3

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__("3", config)

    @property
    def dismiss(self) -> set[str]:  # type: ignore[override]
        return DISMISS

    def _keywords(self, description: str) -> set[str]:
        return keywords_v3(description)

    def _words(self, text: str) -> set[str]:
        return content_stems(text)

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:
        return label_statement(text, cue, presc, DISMISS)
