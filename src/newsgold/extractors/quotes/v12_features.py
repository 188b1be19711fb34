"""``quotes`` v12's speaker candidates and their features (issue #15).

v4-v11 choose a quote's speaker by rules tried in a fixed order, each added for errors seen on
the dev half; on articles nobody developed on they chose worse (speaker accuracy 0.93 on dev,
0.78 on test).  v12 keeps v11's quotes and lets a linear model, fitted on the dev half and
checked by cross-validation grouped by document, choose among the candidates:

* what v11's rules resolved the cue's mention to, one feature per kind of mention (a name, a
  pronoun, a description, a continuation paragraph), so that the model learns how far each
  kind of rule is to be trusted;
* the previous quote's speaker (and whether it spoke in the same paragraph);
* every registered entity named outside quotation marks in the quote's paragraph or the one
  before, with where the nearest naming stands: same sentence, before or after the cue, as the
  sentence's subject, inside the quote's own content, how many words away;
* the registered entities that share a content word with the cue's mention (a name or a
  description), with how many of the mention's words they hold;
* for a "he"/"she" quote, whether the candidate's gender, where the text shows it (an
  honorific, or the first personal pronoun after its name in that sentence), agrees;
* for every candidate, how much of its registry entry (name, aliases, parenthesised
  qualifier) the document itself writes: a registry serves many articles, and an entity of
  another article that shares a word ("officials", "office") is rarely the speaker.

Only general properties of the text are features (positions, forms, kinds); no word of any
article.  Offsets are ``str`` indices into the document text, as everywhere.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from math import log1p
from typing import Any

from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v5_speakers import _FEMALE_NOUNS, _MALE_NOUNS
from newsgold.extractors.quotes.v9_speakers import content_words
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention
from newsgold.schema import Quote

PERSON_PRONOUNS = {"he", "she", "him", "her"}
REGISTRY_CANDIDATES = 5  # registry entities sharing a word with the mention, best first
GROUP_PRONOUNS = {"they", "them", "we", "it"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


@dataclass
class Candidate:
    """One possible speaker of one quote: an entity id and its named features."""

    entity: str
    features: dict[str, float] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # the nearest naming outside the quote, if any

    def set(self, name: str, value: float = 1.0) -> None:
        self.features[name] = max(self.features.get(name, 0.0), value)


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (text between line breaks, CR or LF) holding ``pos``."""
    lf = text.rfind("\n", 0, pos)
    start = max(lf, text.rfind("\r", lf + 1, pos)) + 1  # a CR only after the last LF: no scan to the text's start
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    cr = text.find("\r", pos, end)
    return start, cr if cr >= 0 else end


def previous_paragraph_start(text: str, p0: int) -> int:
    """Where the paragraph before the one starting at ``p0`` starts (blank lines, CRLF skipped)."""
    end = len(text[:p0].rstrip())
    return paragraph_bounds(text, end - 1)[0] if end > 0 else 0


def mention_kind(found: Found) -> str:
    """How v11 found the speaker: continuation, pronoun, name, description or none."""
    if found.inherit:
        return "inherit"
    m = found.mention
    if m is None:
        return "none"
    return m.kind if m.kind in ("pronoun", "name", "description") else "description"


def _getter(cands: dict[str, Candidate]) -> Callable[[str], Candidate]:
    def get(entity: str) -> Candidate:
        c = cands.get(entity)
        if c is None:
            c = cands[entity] = Candidate(entity)
        return c

    return get


class CandidateBuilder:
    """Candidates of every quote of one document, from v11's analysis and resolution."""

    def __init__(self, text: str, analysis: Analysis, resolver: SpeakerResolver, shared: dict[str, Any] | None = None):
        self.text = text
        self.a = analysis
        self.resolver = resolver
        self.kinds: dict[str, str] = getattr(resolver, "kinds", {})
        self._named: list[tuple[int, int, str, Mention]] | None = None
        self._entity_words: dict[str, frozenset[str]] | None = None
        self._doc_words: frozenset[str] | None = None
        self._by_word: dict[str, list[str]] = {}
        self._shared = shared if shared is not None else {}  # registry words, kept across documents

    def entity_words(self) -> dict[str, frozenset[str]]:
        """Id -> the folded content words of its name, aliases and qualifier, made once."""
        if self._entity_words is None and "words" in self._shared:
            self._entity_words, self._by_word = self._shared["words"], self._shared["by_word"]
        if self._entity_words is None:
            out: dict[str, frozenset[str]] = {}
            by_word: dict[str, list[str]] = {}
            for e in getattr(self.resolver, "_entities", ()):
                names = [e["name"], *e.get("aliases", ())]
                words = frozenset().union(*(content_words(n.replace("(", " ").replace(")", " ")) for n in names))
                out[e["id"]] = words
                for w in words:
                    by_word.setdefault(w, []).append(e["id"])
            self._entity_words, self._by_word = out, by_word
            self._shared.update(words=out, by_word=by_word)
        return self._entity_words

    def doc_words(self) -> frozenset[str]:
        if self._doc_words is None:
            self._doc_words = content_words(self.text)
        return self._doc_words

    def genders(self) -> dict[str, str]:
        """Entity -> "m"/"f" from the first naming that shows it (an honorific, or the first
        personal pronoun after the name in its sentence, outside quotations)."""
        cached = self.__dict__.get("_genders")
        if cached is None:
            cached = self.__dict__["_genders"] = {}
            from_text = getattr(self.resolver, "_gender_from_text", None)
            for _s, _e, entity, m in self.named():
                if entity in cached or m.person is False:
                    continue
                titles = {t.lower() for t in m.titles}
                g = "m" if titles & _MALE_NOUNS else "f" if titles & _FEMALE_NOUNS else None
                if g is None and from_text is not None:
                    g = from_text(m, self.a)
                if g is not None:
                    cached[entity] = g
        return cached

    def evidence(self, entity: str) -> float:
        """The share of the entity's registry words that the document writes (1.0: unknown)."""
        words = self.entity_words().get(entity)
        if not words:
            return 1.0
        return len(words & self.doc_words()) / len(words)

    def registry_matches(self, mention: Mention) -> list[tuple[str, float]]:
        """Registered entities sharing a content word with the mention: (id, share of the
        mention's words the entity holds), best first, at most ``REGISTRY_CANDIDATES``."""
        words_of = self.entity_words()
        if not words_of:
            return []
        mine = content_words(mention.text)
        if not mine:
            return []
        sharing = {entity for w in mine for entity in self._by_word.get(w, ())}
        scored = [(-len(mine & words_of[e]) / len(mine), -self.evidence(e), e) for e in sharing]
        scored.sort()
        return [(entity, -share) for share, _ev, entity in scored[:REGISTRY_CANDIDATES]]

    def named(self) -> list[tuple[int, int, str, Mention]]:
        """Registered entities named outside quotation marks: (start, end, id, mention), in order."""
        if self._named is None:
            out: list[tuple[int, int, str, Mention]] = []
            if not self.kinds:  # no registry: no name can be a registered entity
                self._named = out
                return out
            a, reg = self.a, self.resolver.registry
            seen: dict[tuple[str, str, str], str | None] = {}  # a name recurs: look it up once
            for m in a.names:
                if not m.name or a.in_quotation(m.start):
                    continue
                full = self.resolver._full_name(a, m.name) if m.person is not False else m.name
                key = (m.text, full, m.name)
                if key not in seen:
                    seen[key] = reg.lookup(m.text, full, m.name)
                entity = seen[key]
                if entity is not None and entity in self.kinds:
                    out.append((m.start, m.end, entity, m))
            self._named = out
        return self._named

    def build(self, quotes: list[Quote], found: list[Found]) -> list[list[Candidate]]:
        """Per quote (in order), its candidates (empty when there is none)."""
        named = self.named()
        starts = [n[0] for n in named]
        counts: dict[str, int] = {}
        for q in quotes:
            if q.source.entity:
                counts[q.source.entity] = counts.get(q.source.entity, 0) + 1
        top = max(counts.values(), default=0)
        out: list[list[Candidate]] = []
        prev: Quote | None = None
        for q, f in zip(quotes, found, strict=True):
            cands: dict[str, Candidate] = {}
            get = _getter(cands)
            anchor = q.cue[0] if q.cue else q.content[0][0]
            p0, p1 = paragraph_bounds(self.text, anchor)
            s0, s1 = self.a.sentence_of(anchor)
            kind = mention_kind(f)
            if q.source.entity:
                c = get(q.source.entity)
                c.set(f"rule_{kind}")
                c.set("rule_any")
                if q.source.span is not None:
                    c.span = q.source.span
            if f.mention is not None and f.mention.kind != "pronoun" and not f.inherit:
                for entity, share in self.registry_matches(f.mention):
                    c = get(entity)
                    c.set("registry_match", share)
                    c.set("registry_full_match", float(share == 1.0))
            if prev is not None and prev.source.entity:
                c = get(prev.source.entity)
                c.set("prev_speaker")
                if paragraph_bounds(self.text, prev.content[0][0])[0] == p0:
                    c.set("prev_same_para")
                c.set(f"prev_speaker_{kind}")
            w0 = previous_paragraph_start(self.text, p0)
            lo, hi = bisect_left(starts, w0), bisect_right(starts, p1)
            k_anchor = self.a.token_index(anchor)
            for start, end, entity, m in named[lo:hi]:
                c = get(entity)
                c.set("named_window")
                c.set("named_count", log1p(c.features.get("named_count_raw", 0.0) + 1))
                c.features["named_count_raw"] = c.features.get("named_count_raw", 0.0) + 1
                same_para = start >= p0
                c.set("named_same_para" if same_para else "named_prev_para")
                inside = any(cs <= start < ce for cs, ce in q.content)
                if inside:
                    c.set("named_in_content")
                    continue
                dist = abs(self.a.token_index(start) - k_anchor)
                c.set("named_near", 1.0 / (1.0 + dist / 5.0))
                if s0 <= start < s1:
                    c.set("named_same_sentence")
                    c.set("named_before_cue" if start < anchor else "named_after_cue")
                    if self.a.is_subject(m):
                        c.set("named_sentence_subject")
                    if c.span is None or dist < c.features.get("_best_dist", 1e9):
                        c.span = (start, end)
                        c.features["_best_dist"] = dist
                elif self.a.is_subject(m):
                    c.set("named_subject_elsewhere")
            for c in cands.values():
                c.features.pop("named_count_raw", None)
                c.features.pop("_best_dist", None)
                k = self.kinds.get(c.entity, "")
                c.set("doc_evidence", self.evidence(c.entity))
                if c.entity not in self.kinds:
                    c.set("unregistered")
                c.set("kind_person" if k == "person" else "kind_org" if k == "organization" else "kind_other")
                n = counts.get(c.entity, 0)
                c.set("doc_quotes", log1p(n))
                if n and n == top:
                    c.set("doc_top_speaker")
                if kind == "pronoun" and f.mention is not None:
                    low = f.mention.text.lower()
                    if low in PERSON_PRONOUNS:
                        c.set("he_she_person" if k == "person" else "he_she_not_person")
                        g = self.genders().get(c.entity)
                        if g is not None:
                            c.set("gender_agrees" if g == PRONOUN_GENDER[low] else "gender_clashes")
                    elif low in GROUP_PRONOUNS:
                        c.set("they_person" if k == "person" else "they_not_person")
            out.append(sorted(cands.values(), key=lambda c: c.entity))
            prev = q
        return out
