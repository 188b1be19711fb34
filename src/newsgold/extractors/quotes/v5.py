"""``quotes`` v5, frozen: v4's quote finding with v5's speaker resolution.

Developed on the dev half of ``eval/devset`` only (never its test half, never the seed event);
the error classes are listed by ``eval/devset/sources/error_classes.py``.  The largest class of
v4's errors was speakers found in the text but not resolved: "Smith said" for a registered
"Jane Smith", "the researchers" for a registered "the researchers (the study)", "he" resolved
to a woman quoted before.  :mod:`.v5_speakers` resolves these by general rules.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``);
bump the version instead.
"""

from __future__ import annotations

from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes.assemble import QuoteExtractorBase
from newsgold.extractors.quotes.v4 import RulesV4
from newsgold.extractors.quotes.v5_speakers import SpeakerResolverV5
from newsgold.schema import DocAnnotation


class RulesV5(RulesV4):
    """v4's rules (quote finding is unchanged in v5)."""


class QuotesV5(QuoteExtractorBase):
    """v4's quotes, speakers resolved by :class:`SpeakerResolverV5`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="5", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV5(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV5)
