"""``quotes`` v9, frozen: v8's quotes with speakers ranked against the registry (issue #15).

v8's rules were fitted to dev articles one pattern at a time and carried over poorly to text
nobody developed on: on the test half a third of the matched quotes had the wrong or no speaker.
v9 keeps v8's quote finding and changes how a speaker mention becomes an entity
(:mod:`.v9_speakers`: the subject phrase as a whole, candidates ranked by the document's
evidence, person pronouns bound to registered persons), and reads the document once for the
word indexes its rules ask for (:class:`AnalysisV9`), which v4-v8 built in separate passes.

Frozen: this file defines released behaviour (pinned in ``tests/extractors/pins.json``); bump
the version instead.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from re import Match
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.quotes.assemble import QuoteExtractorBase
from newsgold.extractors.quotes.v4_lexicon import FORMS, NOUN_CUES
from newsgold.extractors.quotes.v6 import RulesV6
from newsgold.extractors.quotes.v8 import AnalysisV8, RulesV8
from newsgold.extractors.quotes.v9_speakers import SpeakerResolverV9
from newsgold.extractors.text import WORD_RE, WORD_SCAN_RE, Token  # noqa: F401 - WORD_RE: the released pattern, pinned here
from newsgold.schema import DocAnnotation

# every word a v4-v8 rule looks tokens up by: indexed while the tokens are made
_WATCHED = frozenset(FORMS) | frozenset(NOUN_CUES) | RulesV6._INDEXED


class AnalysisV9(AnalysisV8):
    """v8's analysis; the tokens, their starts and the index of watched words in one pass.

    v4-v8 made the tokens, then went over them again for their starts, for the reporting forms
    and noun cues, and for the verb frames: four passes in Python over every token of the
    document where one does.  The lists are the same (``tests/extractors/test_quotes_v9.py``).
    """

    @cached_property
    def tokens(self) -> list[Token]:
        # the matches' starts, words and lower cases by C-level maps; Python only sets the slots
        new = object.__new__
        matches = list(WORD_SCAN_RE.finditer(self.text))
        starts = list(map(Match.start, matches))
        words = list(map(Match.group, matches))
        lows = list(map(str.lower, words))
        out: list[Token] = []
        append = out.append
        for s, e, w, low in zip(starts, map(Match.end, matches), words, lows):
            tok = new(Token)
            tok.start = s
            tok.end = e
            tok.text = w
            tok.lower = low
            append(tok)
        index: dict[str, list[int]] = {}
        watched = _WATCHED
        for k in [k for k, low in enumerate(lows) if low in watched]:
            index.setdefault(lows[k], []).append(k)
        self.__dict__["token_starts"] = starts
        self.__dict__["word_index"] = index
        return out

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Lower-cased watched word → indices of its tokens, in text order (made with the tokens)."""
        _ = self.tokens
        return self.__dict__["word_index"]

    def indices_of(self, words: Collection[str]) -> list[int]:
        index = self.word_index
        return sorted(k for w in words if w in index for k in index[w])

    @cached_property
    def _cue_tokens(self) -> tuple[list[int], list[int]]:
        """v4's reporting forms and noun cues outside quotations, read from the index."""
        toks, inq = self.tokens, self.in_quotation
        forms = [k for k in self.indices_of(FORMS.keys() & self.word_index.keys()) if not inq(toks[k].start)]
        nouns = [k for k in self.indices_of(NOUN_CUES & self.word_index.keys()) if not inq(toks[k].start)]
        return forms, nouns


class RulesV9(RulesV8):
    """v8's rules over :class:`AnalysisV9`."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.a = AnalysisV9(self.text)

    def _tokens_of(self, words: Collection[str]) -> list[int]:
        if not _WATCHED.issuperset(words):
            return super()._tokens_of(words)
        a = self.a
        assert isinstance(a, AnalysisV9)
        return a.indices_of(words)


class QuotesV9(QuoteExtractorBase):
    """v8's quotes with :class:`RulesV9`, speakers resolved by :class:`SpeakerResolverV9`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="9", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV9(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV9)
