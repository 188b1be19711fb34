"""``quotes`` v9's speaker resolution: v8's, with the registry as the set of candidates that
are ranked, not a table that is looked up.

v2-v8 look a mention up by its exact name, an alias or a few derived keys; a mention the table
does not answer for is kept as written, which can never be a registered entity.  On articles
nobody developed on that is where a third of the speakers were lost: the subject was a longer
phrase than the mention read ("The United Nations and European Union said"), a name with a
preposition inside ("High Commissioner for Human Rights"), a bare description ("Prosecutors",
"prison records"), or a person pronoun bound to a product or a place.  v9, after v8's
resolution (which it keeps whenever v8 gives a registered id):

* **The subject phrase as a whole.**  The words of the clause before a mention, back to its
  start (at most ten tokens, never across a comma, a colon or a quotation), are tried from the
  longest phrase to the mention itself; a phrase whose content words are exactly those of one
  registered name or alias (articles and a parenthesised qualifier ignored) is the speaker; a
  coordination of names ("Volker and Morrison said") is the one entity whose names hold them all.
* **Candidates ranked by evidence.**  Otherwise a name or description that v8 left as written
  is compared with every registered entity sharing one of its content words (plurals folded):
  ranked by how many of the mention's words the entity's names hold, then by how many of the
  entity's other content words the document itself writes.  An entity is a candidate only if
  the document writes every capitalised word of its names (an entity of another article
  sharing "office" is not); the best is taken when it is unique and either the document holds
  one of its other words or the mention holds two of its words ("a report from X Y").
* **A role noun written as an abbreviated title.**  "the governor" is the person named
  "Gov. X" (or "Governor X") in the document, and of several such, the one whose name was
  written last before it; v6 looked for the full word only, and for one holder only.
* **A person pronoun names a person.**  "he"/"she" resolved by v8 to something the registry
  does not hold as a person (a product, a company, a name as written) is re-bound to the most
  salient registered person before it: the later of the last person speaker and the last
  person named as a sentence subject outside quotations, in its paragraph or the one before.

General rules only (no word of any article); kept because they fixed errors in several dev
articles of ``eval/devset`` and made none worse.  Frozen with ``quotes`` v9.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgold.extractors.lexicon import DETERMINERS
from newsgold.extractors.quotes.v8_speakers import SpeakerResolverV8
from newsgold.extractors.speakers import derived
from newsgold.extractors.text import Analysis, Mention

_WORDS = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_QUALIFIER = re.compile(r"\([^()]*\)")
_STOP = DETERMINERS | {"of", "for", "and", "in", "on", "at", "to", "with", "from", "by", "'s", "’s", "s"}
_STOP_PHRASE = {",", ";", ":", "(", ")", '"', "“", "”", "—", "–"}
_PERSON_PRONOUNS = {"he", "she"}
_COORDINATED = re.compile(r"[A-Z][\w.'’-]*\s+and\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z]")  # "X and Y", "X and Y Z"
# a role noun and the abbreviated title it is written as before a name ("Gov. X" … "the governor")
_ABBREVIATED = {
    "governor": "gov", "senator": "sen", "representative": "rep", "general": "gen", "colonel": "col",
    "captain": "capt", "lieutenant": "lt", "major": "maj", "sergeant": "sgt", "admiral": "adm",
    "professor": "prof", "doctor": "dr",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Lower case, a possessive and a plural -s dropped ("records" and "record" are one word)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


class _LastText:
    """The last long text's content words: a document's are asked for by the resolver and again
    by the speaker features (a holder object, not a module table: those are pinned word lists)."""

    __slots__ = ("kept",)

    def __init__(self) -> None:
        self.kept: tuple[str, frozenset[str]] = ("", frozenset())


_LAST_TEXT = _LastText()


def content_words(text: str) -> frozenset[str]:
    """The folded content words of a phrase: articles, prepositions and conjunctions left out."""
    kept = _LAST_TEXT.kept
    if kept[0] is text:  # the same str object: the same words
        return kept[1]
    out = frozenset(_fold(w) for w in set(_WORDS.findall(text)) if w.lower() not in _STOP)  # each word folded once
    if len(text) > 500:  # a document, not a phrase
        _LAST_TEXT.kept = (text, out)
    return out


class SpeakerResolverV9(SpeakerResolverV8):
    """v8's resolver; an answer that is not a registered id is looked for among the registry's
    entities by the rules of the module docstring."""

    # -- the registry as candidates ---------------------------------------------------------------

    def _word_index(self) -> tuple[dict[frozenset[str], set[str]], dict[str, list[tuple[str, frozenset[str], frozenset[str]]]]]:
        """Exact content-word sets of every name and alias → ids; folded word → (id, all its
        folded words, the capitalised words of its names as written)."""
        cached = self.__dict__.get("_v9_index")
        if cached is None:
            cached = self.__dict__["_v9_index"] = derived(self._entities, "v9_word_index", self._make_word_index)
        return cached

    def _make_word_index(self) -> tuple[dict[frozenset[str], set[str]], dict[str, list[tuple[str, frozenset[str], frozenset[str]]]]]:
        exact: dict[frozenset[str], set[str]] = {}
        by_word: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {}
        for e in self._entities:
            names = [e["name"], *e.get("aliases", ())]
            all_words: set[str] = set()
            caps: set[str] = set()
            for n in names:
                base = content_words(_QUALIFIER.sub(" ", n))
                if base:
                    exact.setdefault(base, set()).add(e["id"])
                plain = n.replace("(", " ").replace(")", " ")
                all_words |= content_words(plain)
                caps |= {w for w in _WORDS.findall(plain) if w[:1].isupper() and w.lower() not in _STOP}
            frozen, frozen_caps = frozenset(all_words), frozenset(caps)
            for w in frozen:
                by_word.setdefault(w, []).append((e["id"], frozen, frozen_caps))
        return exact, by_word

    def _doc_words(self) -> frozenset[str]:
        cached = self.__dict__.get("_v9_doc_words")
        if cached is None:
            cached = self.__dict__["_v9_doc_words"] = content_words(self.text)
        return cached

    def _cased_words(self) -> frozenset[str]:
        cached = self.__dict__.get("_v9_cased")
        if cached is None:
            cached = self.__dict__["_v9_cased"] = frozenset(_WORDS.findall(self.text))
        return cached

    def _registered(self, entity: str | None) -> bool:
        return entity is not None and entity in self.kinds

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        if mention is not None and mention.kind != "pronoun" and self._entities:
            wider = self._subject_phrase(mention, a, longer=True)
            if wider is not None:
                super().resolve(mention, a, cue)  # v8's bookkeeping (cue, analysis) as for any mention
                return wider
        found = super().resolve(mention, a, cue)
        if mention is None or not self._entities or self._registered(found):
            return found
        if mention.kind == "pronoun":
            if mention.text.lower() in _PERSON_PRONOUNS and self.kinds.get(found or "") != "person":
                person = self._salient_person(mention, a)
                return person if person is not None else found
            return found
        wider = self._subject_phrase(mention, a)
        if wider is not None:
            return wider
        ranked = self._rank(mention)
        return ranked if ranked is not None else found

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        """ "the governor" after "Gov. X": the one person named with the role's abbreviated title."""
        head = (mention.head or "").lower()
        short = _ABBREVIATED.get(head)
        if not mention.name and short and mention.text.lower().startswith(("the ", "this ", "that ")):
            holders = {self._full_name(a, m.name) for m in a.names if m.name and (head in m.titles or short in m.titles)}
            holder = holders.pop() if len(holders) == 1 else self._last_named(holders, mention.start, a)
            if holder is not None:
                return self._to_entity(holder, holder)
        return super()._description(mention, a)

    def _last_named(self, people: set[str], before: int, a: Analysis) -> str | None:
        """Of several people, the one whose name (or surname) was written last before ``before``."""
        best: tuple[int, str] | None = None
        for m in a.names:
            if m.start >= before:
                break
            if not m.name or a.in_quotation(m.start):
                continue
            full = self._full_name(a, m.name)
            if full in people:
                best = (m.start, full)
        return best[1] if best is not None else None

    def _subject_phrase(self, mention: Mention, a: Analysis, longer: bool = False) -> str | None:
        """The longest phrase ending with the mention whose content words are one registered name's."""
        exact, _ = self._word_index()
        k = a.token_index(mention.start)
        s0 = a.sentence_of(mention.start)[0]
        lo = k
        while lo > 0 and k - lo < 10:
            t = a.tokens[lo - 1]
            if t.start < s0 or t.text in _STOP_PHRASE or a.in_quotation(t.start):
                break
            lo -= 1
        for j in range(lo, k if longer else k + 1):
            phrase = self.text[a.tokens[j].start : mention.end] if j < len(a.tokens) else ""
            words = content_words(phrase)
            ids = exact.get(words)
            if ids is not None and len(ids) == 1:
                return next(iter(ids))
            if j < k and _COORDINATED.search(phrase):
                joint = self._holding_all(words)
                if joint is not None:
                    return joint
        return None

    def _holding_all(self, words: frozenset[str]) -> str | None:
        """ "Volker and Morrison": the one registered entity whose names hold every word."""
        _, by_word = self._word_index()
        first = min(words, key=lambda w: len(by_word.get(w, ())), default=None)
        hits = {entity for entity, names, _caps in by_word.get(first or "", ()) if words <= names}
        return hits.pop() if len(hits) == 1 else None

    def _rank(self, mention: Mention) -> str | None:
        """The registered entity that shares most of the mention's words, then most document
        words; every capitalised word of its names must be in the document (its own evidence)."""
        _, by_word = self._word_index()
        mine = content_words(mention.text)
        if not mine:
            return None
        doc, cased = self._doc_words(), self._cased_words()
        scores: dict[str, tuple[int, int]] = {}
        for w in mine:
            for entity, words, caps in by_word.get(w, ()):
                if entity in scores or not caps <= cased:
                    continue
                scores[entity] = (len(mine & words), len((words - mine) & doc))
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked:
            return None
        best, score = ranked[0]
        if (score[1] < 1 and score[0] < 2) or (len(ranked) > 1 and ranked[1][1] == score):
            return None
        return best

    def _salient_person(self, mention: Mention, a: Analysis) -> str | None:
        """The later of the last registered person speaker and the last registered person named
        as a sentence subject, in the pronoun's paragraph or the one before."""
        start = self._window_start(mention.start)
        best: tuple[int, str] | None = None
        for pos, entity, _person in self.speakers:
            if start <= pos < mention.start and self.kinds.get(entity) == "person" and (best is None or pos > best[0]):
                best = (pos, entity)
        for m in a.names:
            if m.start >= mention.start:
                break
            if m.start < start or not m.name or not m.person or not a.is_subject(m):
                continue
            named = self.registry.lookup(m.text, self._full_name(a, m.name), m.name)
            if named is not None and self.kinds.get(named) == "person" and (best is None or m.start > best[0]):
                best = (m.start, named)
        return best[1] if best is not None else None
