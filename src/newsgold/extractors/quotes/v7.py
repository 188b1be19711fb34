"""``quotes`` v7, frozen: v6's quotes, speakers linked by :mod:`.v7_speakers`.

The quote spans are v6's (:class:`~.v6.RulesV6`, unchanged); only speaker linking differs:
descriptions of groups, organisations and documents take the organisation or group named just
before them, and capitalised words that are not speakers (months, days, a sentence-opening word
that is no person) give way to the person named as the cue's subject.  Frozen: this file defines
released behaviour (pinned in ``tests/extractors/pins.json``); bump the version instead.
"""

from __future__ import annotations

from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes.assemble import QuoteExtractorBase
from newsgold.extractors.quotes.v6 import RulesV6
from newsgold.extractors.quotes.v7_speakers import SpeakerResolverV7
from newsgold.schema import DocAnnotation


class QuotesV7(QuoteExtractorBase):
    """v6's quotes with speakers resolved by :class:`SpeakerResolverV7`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="7", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV6(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV7)
