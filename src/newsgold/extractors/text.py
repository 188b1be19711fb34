"""Shallow text analysis shared by the rule baselines: tokens, sentences, quotations, mentions.

Everything is regular expressions over the Python ``str`` (so offsets are code-point offsets,
like the annotation format) plus a few linear passes: fast enough for a megabyte a second in
pure Python, and general English news conventions only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from re import Match

from newsgold.extractors.lexicon import (
    AUX_ADVERBS,
    DETERMINERS,
    GROUP_ROLES,
    NON_PERSON_WORDS,
    NOT_NAMES,
    PRONOUNS,
    REPORTING_FORMS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from newsgold.extractors.name_scan import _NAME_LINK, _NAME_SCAN_RE, _NAME_TOKEN, NAME_RE, name_matches  # noqa: F401 - re-exported: the patterns are pinned here
from newsgold.extractors.quotation_marks import (  # noqa: F401 - re-exported: the analysis API
    CLOSING,
    DOUBLE_MARKS,
    MARK_RE,
    OPENING,
    SINGLE_MARK_RE,
    SINGLE_MARKS,
    Quotation,
    find_quotations,
)
from newsgold.extractors.sentences import Span, sentence_spans

WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]", re.UNICODE)
# WORD_RE's matches with less work (tests/extractors/test_text.py compares them on generated
# text): a leading character set ("[^\s_]": the first characters of both alternatives) lets the
# engine skip spaces in C, and the hyphen/apostrophe parts are possessive (nothing follows them,
# so giving characters back could never make a longer match)
WORD_SCAN_RE = re.compile(r"[^\s_](?:(?<=[^\W_])[^\W_]*(?:[-'’.][^\W_]+)*+|(?<=[^\w\s]))")


class Token:
    """A word or punctuation mark; ``lower`` is computed once (the rules read it ~3 times a token)."""

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaces

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r})"


@dataclass
class Mention:
    """A possible speaker: a name, a pronoun or a description ("a senior official")."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | description
    name: str | None = None  # person or organisation name as written, titles removed
    person: bool | None = None
    titles: frozenset[str] = field(default_factory=frozenset)
    head: str | None = None  # role noun of a description


class Analysis:
    """Lazy, cached analysis of one text: tokens, quotations, sentences, name mentions."""

    # compiled once (they were inline patterns; class attributes, not module word lists)
    _WORDS_RE = re.compile(r"\S+")
    _THE_BEFORE_RE = re.compile(r"\bthe\s+$")
    _APPOS_RE = re.compile(r"\s*,\s*")

    def __init__(self, text: str, single_quotes: str = "auto"):
        self.text = text
        self.single_quotes = single_quotes

    @cached_property
    def tokens(self) -> list[Token]:
        # Token(start, end, text) without a call per token: the matches' starts, words and lower
        # cases by C-level maps, Python only sets the slots (and the starts come for free)
        new = object.__new__
        matches = list(WORD_SCAN_RE.finditer(self.text))
        starts = list(map(Match.start, matches))
        words = list(map(Match.group, matches))
        out: list[Token] = []
        append = out.append
        for s, e, w, low in zip(starts, map(Match.end, matches), words, map(str.lower, words)):
            tok = new(Token)
            tok.start = s
            tok.end = e
            tok.text = w
            tok.lower = low
            append(tok)
        self.__dict__["token_starts"] = starts
        return out

    @cached_property
    def token_starts(self) -> list[int]:
        tokens = self.tokens  # which set the starts, unless a subclass makes its tokens otherwise
        starts = self.__dict__.get("token_starts")
        return starts if starts is not None else [t.start for t in tokens]

    @cached_property
    def quotations(self) -> list[Quotation]:
        quotes = find_quotations(self.text)
        use_single = self.single_quotes == "always" or (self.single_quotes == "auto" and not quotes)
        if use_single:
            quotes = sorted(quotes + find_quotations(self.text, single=True), key=lambda q: q.open)
        return quotes

    @cached_property
    def quote_regions(self) -> list[Span]:
        """Each quotation from its opening mark to just after its closing mark."""
        return [(q.open, q.outer_end) for q in self.quotations]

    @cached_property
    def _region_starts(self) -> list[int]:
        return [s for s, _ in self.quote_regions]

    @cached_property
    def _region_ends(self) -> list[int]:
        return [e for _, e in self.quote_regions]

    def in_quotation(self, pos: int) -> bool:
        starts = self._region_starts
        k = bisect_right(starts, pos) - 1
        return k >= 0 and starts[k] <= pos < self._region_ends[k]

    @cached_property
    def sentences(self) -> list[Span]:
        return sentence_spans(self.text, [(q.start, q.end) for q in self.quotations])

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, pos: int) -> int:
        k = bisect_right(self._sentence_starts, pos) - 1
        return k if k > 0 else 0

    def sentence_of(self, pos: int) -> Span:
        sentences = self.sentences  # sentence_index inlined: called ~60 times a document
        if not sentences:
            return (0, len(self.text))
        k = bisect_right(self._sentence_starts, pos) - 1
        return sentences[k if k > 0 else 0]

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.token_starts, pos)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        starts = self.token_starts
        return self.tokens[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def names(self) -> list[Mention]:
        """Capitalised name sequences outside quotations, titles split off, person or not."""
        out: list[Mention] = []
        text = self.text
        starts, regions = self._region_starts, self.quote_regions
        skipped = NOT_NAMES | DETERMINERS
        for m in name_matches(text):
            raw = m.group()
            if " " not in raw and "\t" not in raw and raw.lower() in skipped:
                continue  # a lone "The", "But" (a third of the matches): no mention, as _name_mentions finds
            s, e = m.span()
            k = bisect_right(starts, s) - 1
            if k >= 0 and regions[k][0] <= s and e <= regions[k][1] and bisect_right(starts, e - 1) - 1 == k:
                # wholly inside one quotation: only a bare title ("the Minister") is kept there
                if raw.split()[-1].lower().rstrip(".") not in TITLE_WORDS:
                    continue
            out.extend(self._name_mentions(s, raw))
        known_last: dict[str, str] = {}
        for mention in out:
            if mention.person and mention.name and " " in mention.name:
                known_last.setdefault(mention.name.split()[-1], mention.name)
        for mention in out:
            if mention.person is None and mention.name in known_last:
                mention.person = True
        return out

    def _name_mentions(self, start: int, raw: str) -> list[Mention]:
        parts = raw.split()  # the words of a NAME_RE match (parted by spaces or tabs)
        lows = [w.lower() for w in parts]
        i, definite = 0, False
        while i < len(parts) and (lows[i] in NOT_NAMES or lows[i] in DETERMINERS):
            definite = definite or lows[i] == "the"
            i += 1
        if i == len(parts):
            return []
        if i:
            parts, lows = parts[i:], lows[i:]
            m_start = start + [mm.start() for mm in self._WORDS_RE.finditer(raw)][i]
        else:
            m_start = start
        stripped = [w.rstrip(".") for w in lows]
        if stripped[-1] not in TITLE_WORDS and self.in_quotation(m_start):
            return []  # a name inside a quotation (checked first: most capitalised words are there)
        last_title = -1
        if not TITLE_WORDS.isdisjoint(stripped):  # one name in six has a title: the others skip the loop
            for k, w in enumerate(stripped):
                if w in TITLE_WORDS:
                    last_title = k
        title_set = frozenset(stripped[: last_title + 1])
        m_end = start + len(raw)
        text = self.text[m_start:m_end]
        if last_title == len(parts) - 1:
            return [Mention(m_start, m_end, text, "description", None, True, title_set, lows[-1])]
        name_words = parts[last_title + 1 :]
        name = " ".join(name_words)
        person: bool | None
        if not NON_PERSON_WORDS.isdisjoint(lows[last_title + 1 :] if last_title >= 0 else lows) or name.isupper():
            person = False
        elif last_title >= 0 and (title_set - {"national", "state", "first", "senior", "former"}):
            person = True
        elif len(name_words) >= 2:
            person = True
        else:
            person = None
        if last_title < 0 and not definite:  # only read here: searched only when it matters
            window = self.text[max(0, start - 5) : start]
            definite = "the" in window and bool(self._THE_BEFORE_RE.search(window))  # most windows hold no "the"
        if definite and last_title < 0:
            person = False  # "the Coastal Gazette": people's names take no article
        before = self.text[max(0, m_start - 30) : m_start].rsplit(None, 1)  # only the last word is read
        if before and before[-1].lower().strip(",") in GROUP_ROLES:
            person = False
        return [Mention(m_start, m_end, text, "name", name, person, title_set)]

    @cached_property
    def _name_ends(self) -> dict[int, Mention]:
        return {m.end: m for m in self.names}

    @cached_property
    def _name_starts(self) -> dict[int, Mention]:
        return {m.start: m for m in self.names}

    def name_ending_at(self, end: int) -> Mention | None:
        return self._name_ends.get(end)

    def name_starting_at(self, start: int) -> Mention | None:
        return self._name_starts.get(start)

    def is_subject(self, m: Mention) -> bool:
        """A mention at the start of its sentence, or right after a leading adverbial phrase."""
        if self.in_quotation(m.start):
            return False
        s, _ = self.sentence_of(m.start)
        lead = self.text[s : m.start]
        if not lead.strip() or lead.strip().lower() in DETERMINERS:
            return True
        first = lead.split(None, 1)[0].lower()
        return lead.rstrip().endswith(",") and lead.count(",") == 1 and (first in NOT_NAMES or first.endswith("ing"))

    # -- speakers around a cue -----------------------------------------------------------

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        """The speaker mention ending just before ``pos`` (auxiliaries and adverbs skipped)."""
        k = self.token_index(pos) - 1
        skipped = 0
        while k >= 0 and self.tokens[k].start >= limit and skipped < 4:
            low = self.tokens[k].lower
            if low in AUX_ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha()):
                k -= 1
                skipped += 1
                continue
            break
        if k < 0 or self.tokens[k].start < limit:
            return None
        tok = self.tokens[k]
        if tok.lower in PRONOUNS:
            return Mention(tok.start, tok.end, tok.text, "pronoun")
        name = self.name_ending_at(tok.end)
        if name is not None and name.start >= limit:
            return self._with_description(name, limit)
        if tok.lower in ROLE_NOUNS:
            return self._description_ending(k, limit)
        return None

    def _with_description(self, name: Mention, limit: int) -> Mention:
        """Include a role-noun description in front of a name: "the journal X"."""
        return name

    def _description_ending(self, k: int, limit: int) -> Mention | None:
        head = self.tokens[k]
        j = k
        while j - 1 >= 0 and k - j < 6 and self.tokens[j - 1].start >= limit:
            prev = self.tokens[j - 1]
            if prev.lower in DETERMINERS:
                j -= 1
                break
            if not prev.text[0].isalnum() or prev.lower in REPORTING_FORMS:
                break
            if prev.text.endswith(("'s", "’s")):
                j -= 1
                continue
            j -= 1
        start = self.tokens[j].start
        if self.tokens[j].lower not in DETERMINERS and not self.tokens[j].text.endswith(("'s", "’s")):
            first = self.tokens[j]
            if first.text[0].islower() and head.lower not in {"officials", "sources", "experts", "analysts", "police"}:
                return None
        return Mention(
            start, head.end, self.text[start : head.end], "description", None, head.lower not in GROUP_ROLES, frozenset(), head.lower
        )

    def mention_after(self, pos: int, limit: int) -> Mention | None:
        """The speaker mention starting just after ``pos`` (inverted "said the official")."""
        k = self.token_index(pos)
        if k >= len(self.tokens) or self.tokens[k].start >= limit:
            return None
        tok = self.tokens[k]
        if tok.lower in PRONOUNS:
            return Mention(tok.start, tok.end, tok.text, "pronoun")
        name = self.name_starting_at(tok.start)
        if name is None and tok.lower in DETERMINERS:
            # a description: determiner, modifiers, a role noun, an optional prepositional phrase
            j = k + 1
            while j < len(self.tokens) and j - k < 6 and self.tokens[j].start < limit:
                t = self.tokens[j]
                if t.lower in ROLE_NOUNS:
                    end = t.end
                    if j + 1 < len(self.tokens) and self.tokens[j + 1].lower in {"on", "of", "at", "for", "with", "from", "in"}:
                        q = j + 2
                        while q < len(self.tokens) and q - j < 6 and self.tokens[q].text[0].isalnum() and self.tokens[q].start < limit:
                            end = self.tokens[q].end
                            q += 1
                    desc = Mention(
                        tok.start, end, self.text[tok.start : end], "description", None, t.lower not in GROUP_ROLES, frozenset(), t.lower
                    )
                    appos = self._APPOS_RE.match(self.text[end : end + 4])
                    if appos:
                        nm = self.name_starting_at(end + appos.end())
                        if nm is not None:
                            desc.name = nm.name
                            desc.person = nm.person if nm.person is not None else desc.person
                    return desc
                if not t.text[0].isalnum():
                    break
                j += 1
            return None
        if name is not None and name.start < limit:
            return name
        return None

    @cached_property
    def _reporting(self) -> list[int]:
        return [k for k, tok in enumerate(self.tokens) if tok.lower in REPORTING_FORMS and not self.in_quotation(tok.start)]

    def reporting_tokens(self, start: int, end: int) -> list[int]:
        """Indices of tokens in [start, end) that are reporting verb forms outside quotations."""
        rep, starts = self._reporting, self.token_starts  # token_index inlined
        return rep[bisect_left(rep, bisect_left(starts, start)) : bisect_left(rep, bisect_left(starts, end))]
