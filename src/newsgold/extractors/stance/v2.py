"""``stance`` v2, frozen: v1 with a general dismissal lexicon, reading the quotes of ``quotes`` v3.

The leakage audit found words in v1's dismissal list that dismiss nothing in general news and
were there for one corpus sentence ("campaign"), or that GUIDELINES §8.3 names as neutral
reporting vocabulary ("alleged", "allegations"); v2's list drops them and adds general ones.
Matching and labelling are v1's (imported from the frozen v1 module, never edited for v2).
"""

from __future__ import annotations

from typing import Any

from newsgold.extractors.quotes.v3 import QuotesV3
from newsgold.extractors.stance import v1
from newsgold.extractors.stance.engine import StanceBase

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
    "ploy",
    "untrue",
    "nonsense",
    "hoax",
    "deception",
    "misinformation",
    "disinformation",
    "smear",
    "invented",
    "made-up",
    "groundless",
    "fiction",
}


class StanceV2(StanceBase):
    """v1 with a general dismissal lexicon and the quotes of ``quotes`` v3."""

    quotes_class = QuotesV3

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__("2", config)

    @property
    def dismiss(self) -> set[str]:  # type: ignore[override]
        return DISMISS

    def _keywords(self, description: str) -> set[str]:
        return v1.keywords(description)

    def _words(self, text: str) -> set[str]:
        return v1.word_forms(text)

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:
        return v1.label_statement(text, cue, presc, DISMISS)
