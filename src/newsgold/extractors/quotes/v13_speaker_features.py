"""Speaker candidates and their features for ``quotes`` v13's speaker stage (issue #15).

v12's ranker changed none of v11's choices in its dev cross-validation errors: its strongest
features say "v11's rules chose this entity", and on the dev half, where those rules were
written, they are right 93% of the time (78% on test).  The features here describe the text
around the quote instead, the same way whichever extractor found the quote:

* the cue's **mention** (a name, a pronoun, a description, none, a continuation paragraph) and
  whether the candidate *is* that mention (a name or a description holding a name);
* for a description, whether the candidate is named with that role word as a title
  ("the analyst" after "Jefferies analyst X") and, with a registry, how many of the
  description's words its entry holds;
* **discourse**: the previous quote's speaker, the last named sentence subject and the last
  person named before the quote (outside quotation marks: a name inside a quote rarely
  speaks), how recent the candidate's naming is among the others;
* **position** of its nearest naming outside quotation marks in the quote's paragraph or the
  one before (same sentence, before or after the cue, subject, distance, inside the content);
* **agreement** of "he"/"she"/"they"/"it" and of the mention's person-ness with the candidate's
  kind and gender, where the text (or the registry) shows them;
* the detecting extractor's own resolution, one feature per mention kind (``rule_*``): kept so
  that the model can learn how far it is trusted, and removable (``--no-rule`` in the trainer).

Candidates are registry ids when a registry is given and the name is in it, otherwise the
fullest name as written in the document (what :class:`~newsgold.extractors.speakers.SpeakerResolver`
returns without a registry), so the stage works with no registry at all.  Only general
properties of the text are features (positions, forms, kinds; pronoun word lists); no word of
any article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from math import log1p
from typing import Any

from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v5_speakers import _FEMALE_NOUNS, _MALE_NOUNS
from newsgold.extractors.quotes.v9_speakers import content_words
from newsgold.extractors.quotes.v12_features import mention_kind, paragraph_bounds, previous_paragraph_start
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention
from newsgold.schema import Quote

PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "we", "it"}
REGISTRY_CANDIDATES = 5  # registry entities sharing a word with a description, best first
RECENT = 4
ROLE_WORDS = 2  # lower-case words before a name read as its role ("analyst", "police chief")
ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "prof": "professor",
    "dr": "doctor",
    "pres": "president",
}  # persons named before the quote whose recency rank is a feature


@dataclass
class Candidate:
    """One possible speaker of one quote: an entity (id or name as written) and its features."""

    entity: str
    features: dict[str, float] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # its nearest naming in the cue's sentence, outside the quote

    def set(self, name: str, value: float = 1.0) -> None:
        self.features[name] = max(self.features.get(name, 0.0), value)


@dataclass
class Naming:
    """A name in the text resolved to a candidate key."""

    start: int
    end: int
    entity: str
    mention: Mention
    quoted: bool  # inside quotation marks


class Namings:
    """Every name of one document resolved once (registry id, else the fullest name as written)."""

    def __init__(self, text: str, analysis: Analysis, resolver: SpeakerResolver, registry_words: dict[str, Any]):
        self.text, self.a, self.resolver = text, analysis, resolver
        self.kinds: dict[str, str] = getattr(resolver, "kinds", {}) or {}
        self._memo: dict[tuple[str, str | None, bool | None], str | None] = {}
        self.all: list[Naming] = []
        for m in analysis.names:
            entity = self.key(m)
            if entity is not None:
                self.all.append(Naming(m.start, m.end, entity, m, analysis.in_quotation(m.start)))
        self.starts = [n.start for n in self.all]
        self._titled: dict[str, list[tuple[int, str]]] | None = None
        self.person: dict[str, bool] = {}
        self.count: dict[str, int] = {}
        for n in self.all:
            if n.mention.person is not None and not n.quoted:
                self.person[n.entity] = self.person.get(n.entity, False) or bool(n.mention.person)
            self.count[n.entity] = self.count.get(n.entity, 0) + 1
        self._words = registry_words  # shared across documents: the registry's words, made once
        self._genders: dict[str, str | None] = {}
        self._subjects: dict[int, bool] = {}
        self.by_entity: dict[str, list[Naming]] = {}
        for n in self.all:
            self.by_entity.setdefault(n.entity, []).append(n)

    @property
    def titled(self) -> dict[str, list[tuple[int, str]]]:
        """Role word -> (start, entity) of the namings it comes with, in text order; made on first use."""
        if self._titled is None:
            self._titled = {}
            for n in self.all:
                if not n.quoted:
                    for t in self.role_words(n.mention):
                        self._titled.setdefault(t, []).append((n.start, n.entity))
        return self._titled

    def role_words(self, m: Mention) -> set[str]:
        """The naming's titles and the lower-case words right before it ("Jefferies analyst X"),
        abbreviations spelt out ("Gov." -> "governor"): what "the governor" may refer back to."""
        words = {ABBREVIATIONS.get(t.lower(), t.lower()) for t in m.titles}
        k = self.a.token_index(m.start)
        for tok in self.a.tokens[max(0, k - ROLE_WORDS) : k][::-1]:
            if not tok.text.isalpha() or not tok.text.islower():
                break
            words.add(tok.lower)
        return words

    def key(self, m: Mention) -> str | None:
        """The candidate a name (or a description holding one) stands for."""
        name = m.name or (m.text if m.kind == "name" else None)
        if not name:
            return None
        k = (m.text, name, m.person)
        if k not in self._memo:
            full = self.resolver._full_name(self.a, name) if m.person is not False else name
            reg = self.resolver.registry
            found = reg.lookup(m.text, full, name) if reg else None
            self._memo[k] = found if found is not None else full
        return self._memo[k]

    def is_person(self, entity: str) -> bool | None:
        kind = self.kinds.get(entity)
        if kind is not None:
            return kind == "person"
        return self.person.get(entity)

    def gender(self, entity: str) -> str | None:
        """ "m"/"f" from the entity's first naming that shows it (an honorific, or the first
        personal pronoun after the name in its sentence), looked for once per entity."""
        if entity not in self._genders:
            g = None
            from_text = getattr(self.resolver, "_gender_from_text", None)
            for n in self.by_entity.get(entity, ()):
                if n.quoted or n.mention.person is False:
                    continue
                titles = {t.lower() for t in n.mention.titles}
                g = "m" if titles & _MALE_NOUNS else "f" if titles & _FEMALE_NOUNS else None
                if g is None and from_text is not None:
                    g = from_text(n.mention, self.a)
                if g is not None:
                    break
            self._genders[entity] = g
        return self._genders[entity]

    def subject(self, n: Naming) -> bool:
        """Whether the naming is its sentence's subject (outside quotation marks), computed once."""
        got = self._subjects.get(n.start)
        if got is None:
            got = self._subjects[n.start] = not n.quoted and self.a.is_subject(n.mention)
        return got

    # -- the registry (optional) ----------------------------------------------------------------

    def entity_words(self) -> tuple[dict[str, frozenset[str]], dict[str, list[str]]]:
        if "words" not in self._words:
            out: dict[str, frozenset[str]] = {}
            by_word: dict[str, list[str]] = {}
            for e in getattr(self.resolver, "_entities", ()) or ():
                names = [e["name"], *e.get("aliases", ())]
                words = frozenset().union(*(content_words(n.replace("(", " ").replace(")", " ")) for n in names))
                out[e["id"]] = words
                for w in words:
                    by_word.setdefault(w, []).append(e["id"])
            self._words.update(words=out, by_word=by_word)
        return self._words["words"], self._words["by_word"]

    def evidence(self, entity: str) -> float:
        """The share of the entity's registry words the document writes (1.0: not registered)."""
        words = self.entity_words()[0].get(entity)
        if not words:
            return 1.0
        doc = self.__dict__.get("_doc_words")
        if doc is None:
            doc = self.__dict__["_doc_words"] = content_words(self.text)
        return len(words & doc) / len(words)

    def registry_matches(self, mention: Mention) -> list[tuple[str, float, float]]:
        """Registered entities sharing a content word with a mention: (id, share of the mention's
        words it holds, share of its words the mention holds), best first (ties: the more
        evidenced), at most ``REGISTRY_CANDIDATES``."""
        words_of, by_word = self.entity_words()
        mine = content_words(mention.text) if words_of else frozenset()
        if not mine:
            return []
        sharing = {e for w in mine for e in by_word.get(w, ())}
        scored = sorted(
            (-len(mine & words_of[e]) / len(mine), -len(mine & words_of[e]) / len(words_of[e]), -self.evidence(e), e) for e in sharing
        )
        return [(e, -share, -cover) for share, cover, _ev, e in scored[:REGISTRY_CANDIDATES]]

    def is_group(self, entity: str, mention: Mention | None) -> bool:
        """Whether a speaker is a group or an organisation (not one person), by the registry's
        type, else by the mention that named it ("they", "the union", an organisation's name)."""
        kind = self.kinds.get(entity)
        if kind is not None:
            return kind != "person"
        if mention is not None and mention.kind == "pronoun":
            return mention.text.lower() in GROUP_PRONOUNS
        if mention is not None and mention.person is not None:
            return not mention.person
        return self.person.get(entity) is False


@dataclass
class History:
    """What the quotes before tell the next one: the last quote, its speaker, the last group speaker."""

    quote: Quote | None = None
    entity: str | None = None
    group: str | None = None

    def after(self, namings: Namings, q: Quote, f: Found, entity: str | None) -> None:
        self.quote = q
        if entity is None:
            return
        self.entity = entity
        if namings.is_group(entity, None if f.inherit else f.mention):
            self.group = entity
        elif self.group == entity:
            self.group = None


def _agreement(c: Candidate, person: bool | None, mention: Mention | None, gender: str | None) -> None:
    if mention is None or person is None:
        return
    low = mention.text.lower()
    if mention.kind == "pronoun":
        if low in PRONOUN_GENDER:
            c.set("pronoun_person_agrees" if person else "pronoun_person_clashes")
            if gender is not None:
                c.set("gender_agrees" if gender == PRONOUN_GENDER[low] else "gender_clashes")
        elif low in GROUP_PRONOUNS:
            c.set("pronoun_group_agrees" if not person else "pronoun_group_clashes")
    elif mention.kind == "description" and mention.person is not None:
        c.set("description_kind_agrees" if bool(mention.person) == person else "description_kind_clashes")


def basic_resolutions(namings: Namings, found: list[Found]) -> list[str | None]:
    """Each quote's speaker as ``quotes`` v3's resolver reads its mention (a continuation: the one
    before).  v3 was written before the dev set existed, so how often it is right there is what
    to expect of it on new text, unlike v4-v12's rules, written on dev."""
    from newsgold.extractors.quotes.v3_speakers import SpeakerResolverV3

    resolver = SpeakerResolverV3(namings.text)
    resolver.registry = namings.resolver.registry  # the same registry, not read again
    out: list[str | None] = []
    prev: str | None = None
    for f in found:
        if f.inherit:
            entity = prev
        else:
            entity = resolver.resolve(f.mention, namings.a, f.cue)
            if f.mention is not None and entity is not None:
                resolver.note_speaker(f.mention, entity)
        out.append(entity)
        if f.mention is not None or f.inherit:
            prev = entity if entity is not None else prev
    return out


def candidates(namings: Namings, q: Quote, f: Found, rule: str | None, history: History, basic: str | None = None) -> list[Candidate]:
    """One quote's candidates, in entity order.  ``rule`` is what the detecting extractor resolved
    its speaker to, ``basic`` what v3's resolver does (:func:`basic_resolutions`); ``history``
    the quotes before (their speakers as chosen)."""
    prev_q, prev_entity = history.quote, history.entity
    text, a = namings.text, namings.a
    starts, alln = namings.starts, namings.all
    cands: dict[str, Candidate] = {}

    def get(entity: str) -> Candidate:
        c = cands.get(entity)
        if c is None:
            c = cands[entity] = Candidate(entity)
        return c

    anchor = q.cue[0] if q.cue else q.content[0][0]
    first = min(anchor, q.content[0][0])
    p0, p1 = paragraph_bounds(text, anchor)
    s0, s1 = a.sentence_of(anchor)
    kind = mention_kind(f)
    m = None if f.inherit else f.mention
    if rule:
        get(rule).set(f"rule_{kind}")
    if basic:
        get(basic).set(f"basic_{kind}")
    if m is not None and m.kind != "pronoun":
        own = namings.key(m)
        if own is not None:
            c = get(own)
            c.set("self_name" if m.kind == "name" else "self_description")
            c.span = (m.start, m.end)
        if m.kind == "description" or (own is not None and own not in namings.kinds):
            for entity, share, cover in namings.registry_matches(m):
                get(entity).set("registry_share", share)
                get(entity).set("registry_cover", cover)
        if m.kind == "description" and namings.kinds:
            alias = namings.resolver.registry.lookup(m.text)
            if alias is not None:
                get(alias).set("registry_alias")
        if m.kind == "description":
            holders = namings.titled.get((m.head or "").lower(), ())
            for _start, entity in holders[: bisect_left(holders, (m.start, ""))]:
                get(entity).set("title_match")
    if prev_entity is not None:
        c = get(prev_entity)
        c.set("prev_speaker")
        c.set(f"prev_speaker_{kind}")
        if prev_q is not None and paragraph_bounds(text, prev_q.content[0][0])[0] == p0:
            c.set("prev_same_para")
    if history.group is not None and m is not None and m.kind == "pronoun" and m.text.lower() in GROUP_PRONOUNS:
        get(history.group).set("last_group_speaker")
    if prev_q is not None:  # a subject named between the previous quote and this one: the topic moved
        since = max(e for _s, e in prev_q.content)
        for n in alln[bisect_left(starts, since) : bisect_left(starts, first)]:
            if not n.quoted and n.entity != prev_entity and namings.subject(n):
                get(n.entity).set("subject_since_prev")
                if prev_entity is not None:
                    get(prev_entity).set("prev_interrupted")
    # discourse: the last named subject and the last persons named before the quote
    w0 = previous_paragraph_start(text, p0)
    lo = bisect_left(starts, w0)
    subject_seen = False
    ranked: list[str] = []
    for n in reversed(alln[lo : bisect_left(starts, first)]):
        if n.quoted:
            continue
        if not subject_seen and namings.subject(n):
            get(n.entity).set("last_subject")
            subject_seen = True
        if n.entity not in ranked and len(ranked) < RECENT:
            ranked.append(n.entity)
            get(n.entity).set("recent", 1.0 / len(ranked))
    # position of the namings in the window
    k_anchor = a.token_index(anchor)
    for n in alln[lo : bisect_right(starts, p1)]:
        c = get(n.entity)
        if any(cs <= n.start < ce for cs, ce in q.content):
            c.set("in_content")
            continue
        if n.quoted:
            c.set("quoted_only")
            continue
        c.features["_outside"] = 1.0
        c.set("same_para" if n.start >= p0 else "prev_para")
        dist = abs(a.token_index(n.start) - k_anchor)
        c.set("near", 1.0 / (1.0 + dist / 5.0))
        if s0 <= n.start < s1:
            c.set("same_sentence")
            c.set("before_cue" if n.start < anchor else "after_cue")
            if namings.subject(n):
                c.set("sentence_subject")
            if c.span is None or dist < c.features.get("_dist", 1e9):
                c.span = (n.start, n.end)
                c.features["_dist"] = dist
    gendered = m is not None and m.kind == "pronoun" and m.text.lower() in PRONOUN_GENDER
    for c in cands.values():
        if c.features.pop("_outside", None) is not None:
            c.features.pop("quoted_only", None)  # named outside quotation marks too
        c.features.pop("_dist", None)
        person = namings.is_person(c.entity)
        _agreement(c, person, m, namings.gender(c.entity) if gendered and person else None)
        c.set("salience", log1p(namings.count.get(c.entity, 0)))
        if namings.kinds:
            c.set("evidence", namings.evidence(c.entity))
            if c.entity not in namings.kinds:
                c.set("unregistered")
    return sorted(cands.values(), key=lambda c: c.entity)
