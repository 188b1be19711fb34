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

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.boilerplate import inside
from newsgold.extractors.lexicon import TITLE_WORDS
from newsgold.extractors.quotation_marks import Quotation
from newsgold.extractors.quotes.assemble import Found, QuoteExtractorBase
from newsgold.extractors.quotes.v4 import RulesV4
from newsgold.extractors.quotes.v4_speakers import _SINGULAR_OK, _SUBORDINATORS
from newsgold.extractors.quotes.v5_speakers import SpeakerResolverV5
from newsgold.extractors.text import Mention
from newsgold.schema import DocAnnotation

Span = tuple[int, int]


_CALL = {"call", "calls", "called", "calling"}
_DENY = {"deny", "denies", "denied", "denying"}
_ROLE_NOUNS = _SINGULAR_OK | {"investigator", "player", "fan", "parent", "employee", "agent", "trooper", "deputy"}
_OBJECT_CUES = re.compile(r"(?i)(?<![\w’'])(?:call(?:s|ed|ing)?|den(?:y|ies|ied|ying))(?![\w’'])")
_APPOSITION = re.compile(r"\s*,\s*[^,\"“”\n]{1,80},\s*$")


# words that cannot open the subject of a coordinated new report (modals, auxiliaries, adverbs)
_NOT_A_SUBJECT = frozenset(
    "would will could should may might must can shall did does do had has have was were is are "
    "also then later still again not never already".split()
)


class RulesV5(RulesV4):
    """v4's rules plus the two direct-quote conventions in the module docstring."""

    _COMMA = re.compile(r",\s+")  # compiled once, not looked up in re's cache per call
    _AND = re.compile(r",?\s+and\s+")  # compiled once, not looked up in re's cache per call
    _PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")  # compiled once, not looked up in re's cache per call
    _TITLE_WORDS_AFTER = re.compile(r"\s+((?:[a-z]+\s+){1,3})")  # compiled once, not looked up in re's cache per call

    # -- speaker mentions ------------------------------------------------------------------

    def _widen(self, m: Mention | None, pos: int) -> Mention | None:
        """The whole noun phrase of a speaker mention (GUIDELINES §6.4): "Green Bay coach Mike
        McCarthy" (a place, titles, a person), "NYPD officers" (an organisation, a plural role
        noun); and "Jane Doe, 40, of Springfield, Ohio, who …, said": the sentence's first name."""
        if m is None or m.kind != "name":
            return m
        a, text = self.a, self.text
        title = self._TITLE_WORDS_AFTER.match(text[m.end : m.end + 60])
        if title and all(w in TITLE_WORDS for w in title.group(1).split()):
            person = a.name_starting_at(m.end + title.end())
            if person is not None and person.person and person.end <= pos:
                return Mention(m.start, person.end, text[m.start : person.end], "name", person.name, True, person.titles, person.head)
        plural = self._PLURAL_AFTER.match(text[m.end : m.end + 30])
        if plural and plural.group(1)[:-1] in _ROLE_NOUNS and m.end + plural.end() <= pos:
            end = m.end + plural.end()
            return Mention(m.start, end, text[m.start : end], "description", None, None, frozenset(), plural.group(1))
        if m.person:
            return m
        s0, _ = a.sentence_of(m.start)
        first = a.name_starting_at(s0)
        if (
            first is not None
            and first.person
            and first.end < m.start
            and text[first.end : first.end + 1] == ","
            and text[:pos].rstrip().endswith(",")
        ):
            return first
        return m

    def mention_before(self, pos: int, limit: int) -> Mention | None:
        return self._widen(super().mention_before(pos, limit), pos)

    def subject_of(self, sent: Span, before: int) -> Mention | None:
        return self._widen(super().subject_of(sent, before), before)

    def attribute_direct(self, q: Quotation) -> tuple[Span | None, int | None, Mention | None]:
        cue, k, mention = super().attribute_direct(q)
        if k is not None:
            return cue, k, mention
        # "“…,” Pat Smith, head of the union, said …": a name and its apposition before the cue
        a, text = self.a, self.text
        _, s_end = a.sentence_of(q.outer_end - 1)
        start = q.outer_end + len(text[q.outer_end : s_end]) - len(text[q.outer_end : s_end].lstrip(" ,"))
        name = a.name_starting_at(start)
        if name is None or not name.name:
            return cue, k, mention
        for j in a.reporting_tokens(name.end, s_end)[:1]:
            tok = a.tokens[j]
            if self.is_cue_token(j) and _APPOSITION.fullmatch(text[name.end : tok.start]):
                return self.cue_span(j), j, name
        return cue, k, mention

    def direct_quotes(self) -> list[Found]:
        """v4's, and a quotation later in the paragraph of an attributed direct quote, with
        only uncued narration between, is a further fragment of that quote."""
        out = super().direct_quotes()
        a, text = self.a, self.text
        by_end = sorted((f.content[-1][1], i) for i, f in enumerate(out) if f.cue is not None and f.type == "direct")
        for q in a.quotations:
            if q.open in self.direct_opens or inside(self.scope, q.open, q.outer_end) or not self.standalone(q):
                continue
            prev = [i for end, i in by_end if end < q.open]
            if not prev:
                continue
            f = out[prev[-1]]
            gap_start = f.content[-1][1]
            gap = text[gap_start : q.open]
            if "\n" in gap or any(b.open > gap_start and b.open < q.open for b in a.quotations):
                continue
            narration = max(gap_start, a.sentence_of(f.cue[0])[1]) if f.cue else gap_start
            if narration > q.open or a.reporting_tokens(narration, q.open) or self.attribute_direct(q)[1] is not None:
                continue
            if text[q.end - 1] not in ".!?…" or text[q.outer_end : q.outer_end + 1] not in ("", "\n"):
                continue  # the continuation ends its paragraph
            f.content = [*f.content, *q.fragments]
            self.direct_opens.add(q.open)
        return out

    def indirect_quotes(self) -> list[Found]:
        """v4's, and two cues with an object: "called X “Y”" (a mixed quote, content = object and
        quoted complement) and "denied having …" (content = the gerund clause)."""
        out = super().indirect_quotes()
        a, text = self.a, self.text
        taken = [f.content for f in out]
        for hit in _OBJECT_CUES.finditer(text):  # candidates only; the token check is below
            k = a.token_index(hit.start())
            if k >= len(a.tokens) or a.tokens[k].start != hit.start():
                continue
            tok = a.tokens[k]
            if (tok.lower not in _CALL and tok.lower not in _DENY) or a.in_quotation(tok.start):
                continue
            nxt = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
            if nxt is None or text[tok.end : nxt.start] != " ":
                continue
            s0, s_end = a.sentence_of(tok.start)
            if tok.lower in _CALL:
                quoted = [q for q in a.quotations if nxt.start < q.open < s_end and q.open not in self.direct_opens]
                if not quoted or len(a.tokens_between(nxt.start, quoted[0].open)) > 6 or "," in text[nxt.start : quoted[0].open]:
                    continue
                q = quoted[0]
                if text[q.end - 1] in ".!?,;":
                    end = q.outer_end  # the punctuation stands inside the marks
                else:
                    stop = re.search(r"[,;.!?]|$", text[q.outer_end : s_end])
                    end = q.outer_end + (stop.start() if stop else 0)
                kind = "mixed"
            else:
                if not nxt.lower.endswith("ing") or nxt.lower in ("nothing", "anything", "something", "everything"):
                    continue
                stop = re.search(r",|;| and |$", text[nxt.start : s_end])
                end = nxt.start + (stop.start() if stop else 0)
                kind = "indirect"
            end = nxt.start + len(text[nxt.start : end].rstrip(" .:"))
            if end <= nxt.start or any(fs <= nxt.start < fe or nxt.start <= fs < end for c in taken for fs, fe in c):
                continue
            m = self.subject_of((s0, tok.start), tok.start)
            if m is None:
                continue
            out.append(Found(kind, [(nxt.start, end)], (tok.start, tok.end), m))
            taken.append([(nxt.start, end)])
        self._interrupted(out)
        self._leading_clause(out)
        self._coordinated_report(out)
        return out

    def _coordinated_report(self, out: list[Found]) -> None:
        """ "She texted that A and the person replied that B": a paraphrase ends before "and"
        followed by a new report (a subject of at most four words and a cue)."""
        a, text = self.a, self.text
        for f in out:
            if f.type == "direct" or f.cue is None:
                continue
            start, end = f.content[-1]
            for c in self._AND.finditer(text[start:end]):
                after = a.tokens_between(start + c.end(), end)[:5]
                if after and after[0].lower in _NOT_A_SUBJECT:  # "said A and would press B": one report, one subject
                    continue
                cue = next((j for j in range(1, len(after)) if self.is_cue_token(a.token_index(after[j].start))), None)
                if cue is not None and not a.in_quotation(start + c.start()) and not after[cue].lower.endswith("ing"):
                    f.content = [*f.content[:-1], (start, start + c.start())]
                    break

    def _leading_clause(self, out: list[Found]) -> None:
        """ "Although he said it was “wild”, Isaac stopped short …": a report in a leading
        subordinate clause ends before the main clause's subject."""
        a, text = self.a, self.text
        for f in out:
            if f.type == "direct" or f.cue is None:
                continue
            s0, _ = a.sentence_of(f.cue[0])
            first = text[s0 : f.cue[0]].split(None, 1)[:1]
            if not first or first[0].lower() not in _SUBORDINATORS:
                continue
            start, end = f.content[-1]
            for c in re.finditer(r",\s+", text[start:end]):
                m = a.name_starting_at(start + c.end())
                if m is not None and m.person and not a.in_quotation(m.start):
                    f.content = [*f.content[:-1], (start, start + c.start())]
                    break

    def _interrupted(self, out: list[Found]) -> None:
        """ "A minute later, he said, one of the men fired": a paraphrase interrupted by its
        attribution is one quote of two fragments (GUIDELINES §9.1)."""
        a, text = self.a, self.text
        starts = sorted(fs for f in out for fs, _ in f.content)
        for f in out:
            if f.type == "direct" or f.cue is None or f.mention is None or len(f.content) != 1:
                continue
            if text[f.content[0][1] : f.mention.start] != ", " or not text[f.mention.end : f.cue[0]].strip() == "":
                continue
            comma = self._COMMA.match(text[f.cue[1] : f.cue[1] + 4])
            if comma is None:
                continue
            start = f.cue[1] + comma.end()
            s_end = a.sentence_of(f.cue[0])[1]
            end = start + len(text[start:s_end].rstrip(" .\n"))
            if len(a.tokens_between(start, end)) < 3 or a.reporting_tokens(start, end) or any(start <= x < end for x in starts):
                continue
            f.content = [*f.content, (start, end)]


class QuotesV5(QuoteExtractorBase):
    """v4's quotes, speakers resolved by :class:`SpeakerResolverV5`."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(name="quotes", version="5", layers=("quotes",), config=config or {})

    def extract(self, document: Document) -> DocAnnotation:
        rules = RulesV5(document)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        return self._finish(document, found, resolve=True, analysis=rules.a, resolver_class=SpeakerResolverV5)
