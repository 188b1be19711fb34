"""In-document entities for ``quotes`` v14's speaker stage: speakers named well without a registry (issue #15).

v13's stage was right for 0.89 of dev+more3's matched quotes with the entity registry and 0.72
without (``eval/devset/sources/speaker_gap_v14.py``).  Without a registry its candidates are the
capitalised names only, each under the name as v11's resolver lengthens it, so it output a name
*inside* a description ("Russia" for "Russia's foreign ministry"), a title with the name
("Administrator Jim Bridenstine"), a cut name ("Mary E" for "Mary E. Lovely"), or a capitalised
word that starts a sentence ("Magic", "Ultimately").  Here every mention is keyed to an
in-document entity and the key is the **fullest form the document writes** for it:

* a name: titles before it dropped ("NASA administrator"), "X-based" dropped, a middle initial
  or a surname written right after it taken in, then the longest person name of the document
  ending with the same words (the surname's first mention);
* a description holding a name at its end ("study co-author Paul Expert"): that name, so that
  the later "Expert" is the same person;
* a description holding no person's name ("Russia's foreign ministry", "the doctors"): the
  description as written (a leading "The"/"A" lower-cased); a definite one ("the ministry")
  is linked by features to the earlier description or organisation name with that head word;
* with a registry, any of these that the registry knows is its id (as v13).

The features added to v13's (:mod:`.v13_speaker_features`) are properties of the candidate's key
in this document: how many words it has, whether it is only ever a sentence's first word, in
capitals, a role noun, a description; whether a definite description refers back to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import Any

from newsgold.extractors.lexicon import NOT_NAMES, ROLE_NOUNS, TITLE_WORDS
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v13_speaker_features import Candidate, History, Namings
from newsgold.extractors.quotes.v13_speaker_features import candidates as v13_candidates
from newsgold.extractors.speakers import SpeakerResolver
from newsgold.extractors.text import Analysis, Mention
from newsgold.schema import Quote

_WORD = re.compile(r"[A-Z][\w’'\-]*\.?|[A-Z]\.")
_NEXT_NAME = re.compile(r"(?: (?:[A-Z]\.|[A-Z][a-z][\w’'\-]*))+")  # " E. Lovely", " Abernathy"
_LOWER = re.compile(r"\b[a-z][a-z’'\-]+\b")
_BASED = re.compile(r"^[\w.\-]+-based\s+")
_OPENERS = frozenset(" \t\"“‘'(—-")
_LEADING_DET = ("The ", "A ", "An ")
_JOIN = (" for ", " of ")  # "Doctors for Camp Closure", "Centre for Economic Policy Research": one organisation
_CLAUSE = {"after", "before", "when", "while", "since", "because", "as"}  # "This comes after police": the description is "police"
EXTRA_TITLES = {"administrator", "commissioner", "investigator", "ombudsman", "officers", "assistant", "associate", "vice-president"}
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ANTECEDENTS = 3
COMPANY_SUFFIXES = {"Co", "Inc", "Corp", "Ltd", "Bros", "Jr", "Sr"}  # written with a period, part of the name
WEAK = (
    "key_written_lowercase",
    "key_only_sentence_initial",
    "key_not_name",
    "key_role_noun",
)  # earlier descriptions/organisation names a definite description may refer back to


def _is_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or low in EXTRA_TITLES


def clean_name(name: str) -> str:
    """A name without the titles or "X-based" before it ("Administrator Jim Bridenstine" -> "Jim Bridenstine")."""
    name = _BASED.sub("", name)
    words = name.split()
    k = 0
    while k < len(words) - 1 and _is_title(words[k]):
        k += 1
    return " ".join(words[k:])


def trailing_name(text: str) -> str | None:
    """The capitalised words ending a description ("study co-author Paul Expert" -> "Paul Expert")."""
    words = text.split()
    k = len(words)
    while k > 0 and _WORD.fullmatch(words[k - 1]) and words[k - 1].lower().rstrip(".") not in NOT_NAMES:
        k -= 1
    tail = words[k:]
    while tail and _is_title(tail[0]) and len(tail) > 1:
        tail = tail[1:]
    return " ".join(tail) if tail else None


def as_written(text: str) -> str:
    """A description as the document writes it, a sentence-initial "The"/"A" lower-cased, a clause
    the analysis took in before it dropped ("This comes after police" -> "police")."""
    words = text.split()
    cut = max((i for i, w in enumerate(words[:-1]) if w.lower() in _CLAUSE), default=-1)
    if cut >= 0:
        return " ".join(words[cut + 1 :])
    for det in _LEADING_DET:
        if text.startswith(det):
            return det.lower() + text[len(det) :]
    return text


class NamingsV14(Namings):
    """v13's namings with v14's keys: the fullest form the document writes for each entity."""

    def __init__(self, text: str, analysis: Analysis, resolver: SpeakerResolver, registry_words: dict[str, Any], found: list[Found]):
        self._keys: dict[tuple[int, int, str], str | None] = {}  # by the mention's place
        self._pool: tuple[dict[str, list[tuple[str, list[str]]]], dict[str, set[str]]] | None = None
        self._fullest: dict[str, str] = {}
        self._written_at: dict[tuple[int, int], str] = {}
        described = [f.mention.text for f in found if f.mention is not None and _described(f)]
        self._extra = [t for t in map(trailing_name, described) if t and " " in t]
        self._v13_names: dict[str, str] = {}  # what another resolver writes for a mention -> this key
        self._joined = _joined_names(text, analysis)
        super().__init__(text, analysis, resolver, registry_words)
        self.descriptions: list[tuple[int, str, str]] = []  # (start, head, key) of found descriptions, in order
        for f in found:
            m = f.mention
            if _described(f) and m is not None and m.head and not analysis.in_quotation(m.start):
                key = self.key(m)
                if key is not None:
                    self.descriptions.append((m.start, m.head.lower(), key))
        self.descriptions.sort()
        self._desc_starts = [d[0] for d in self.descriptions]
        self._shape: dict[str, dict[str, float]] = {}

    # -- keys ----------------------------------------------------------------------------------

    def pool(self) -> tuple[dict[str, list[tuple[str, list[str]]]], dict[str, set[str]]]:
        """The document's person names (cleaned, lengthened), split once and indexed by their
        last word (what a surname stands for) and by their first (what a first name does)."""
        if self._pool is None:
            names = [self._written(m) for m in self.a.names if m.name and m.person is not False]
            by_last: dict[str, list[tuple[str, list[str]]]] = {}
            by_first: dict[str, set[str]] = {}
            for n in dict.fromkeys([*names, *self._extra]):
                words = n.split()
                by_last.setdefault(words[-1], []).append((n, words))
                if len(words) > 1:
                    by_first.setdefault(words[0], set()).add(n)
            self._pool = (by_last, by_first)
        return self._pool

    def fullest(self, name: str) -> str:
        """The longest person name ending with these words (a surname's full name), else, for one
        word, the only one starting with it (a first name: "Dale" -> "Dale Ford")."""
        got = self._fullest.get(name)
        if got is not None:
            return got
        words = name.split()
        by_last, by_first = self.pool()
        best, size = name, len(words)
        for cand, cw in by_last.get(words[-1], ()) if words else ():
            if len(cw) > size and cw[-len(words) :] == words:
                best, size = cand, len(cw)
        if best == name and len(words) == 1 and len(by_first.get(name, ())) == 1:
            best = next(iter(by_first[name]))
        self._fullest[name] = best
        return best

    def _written(self, m: Mention) -> str:
        at = (m.start, m.end)
        got = self._written_at.get(at)
        if got is None:
            got = self._written_at[at] = self._write(m)
        return got

    def _write(self, m: Mention) -> str:
        """The mention's name as written, titles dropped, and a middle initial or a surname written
        right after it taken in when the document names that surname alone elsewhere ("Mary E" +
        ". Lovely", "Penelope Muse" + " Abernathy"): the analysis cut those names."""
        joined = self._joined.get(m.start)
        if joined is not None:
            return joined
        name = m.name or m.text
        if m.text == name and " " not in name and not m.titles and len(name) > 1:  # most names: nothing to change
            c = self.text[m.end : m.end + 2]
            if not (c[:1] == " " and c[1:2].isupper()) and (c[:1] not in "’'" or m.person is True):
                return name
        if m.titles and m.person is not True and " " not in name and m.text.endswith(name):
            name = m.text.split(" ", 1)[-1] if m.text.lower().startswith(("the ", "a ")) else m.text  # "Justice Department"
        else:
            name = clean_name(name)
        at = m.text.find(m.name) if m.name else -1
        if (
            at >= 0 and self.text.startswith(("’s ", "'s "), m.start + at + len(m.name or "")) and m.person is not True
        ):  # "the Moody’s report"
            longer = {
                n.name
                for n in self.a.names
                if n.name and n.name != name and n.name.startswith(name) and n.name[len(name) : len(name) + 3] in ("’s ", "'s ")
            }
            if len(longer) == 1:
                return longer.pop()
        if m.text.endswith(m.name or m.text):
            end = m.end + 1 if len(name.split()[-1]) == 1 and self.text.startswith(".", m.end) else m.end
            more = _NEXT_NAME.match(self.text, end)
            if more is not None and more.group().split()[-1] in self.single_names():
                name += self.text[m.end : more.end()]
            elif more is not None and more.group().strip() in COMPANY_SUFFIXES and self.text.startswith(".", more.end()):
                name += self.text[m.end : more.end() + 1]  # "McClatchy Co."
        return name

    def single_names(self) -> frozenset[str]:
        got = self.__dict__.get("_single")
        if got is None:
            got = self.__dict__["_single"] = frozenset(m.name for m in self.a.names if m.name and " " not in m.name)
        return got

    def key(self, m: Mention) -> str | None:
        if m.kind == "pronoun":
            return None
        at = (m.start, m.end, m.kind)
        if at in self._keys:
            return self._keys[at]
        described = m.kind == "description" and not m.name
        reg = self._lookup if self.resolver.registry else None
        found: str | None = None
        if described:
            tail = trailing_name(m.text)
            if tail is not None and (tail != m.text or not self._sentence_initial(m.start)):
                full = self.fullest(tail)
                found = (reg(m.text, full, tail) if reg else None) or full
            else:
                found = (reg(m.text) if reg else None) or as_written(m.text)
            for form in (m.text, as_written(m.text), m.text[:1].lower() + m.text[1:]):
                self._v13_names.setdefault(form, found)
        else:
            name = self._written(m)
            full = self.fullest(name) if m.person is not False else name
            found = (reg(m.text, full, name, m.name) if reg else None) or full
        self._keys[at] = found
        return found

    def _lookup(self, *forms: str | None) -> str | None:
        """The registry's id for the first of the forms it knows, looked up once per distinct forms
        (a repeated or empty form changes no lookup's answer: dropped)."""
        memo = self.__dict__.setdefault("_lookups", {})
        forms = tuple(dict.fromkeys(f for f in forms if f))
        if forms not in memo:
            memo[forms] = self.resolver.registry.lookup(*forms)
        return memo[forms]

    def canonical(self, entity: str | None) -> str | None:
        """Another resolver's answer under this stage's key for the same entity (v11's "Mary E" ->
        "Mary E. Lovely"); the names' map is made on the first answer that is no key."""
        if entity is None or entity in self.kinds or entity in self.by_entity:
            return entity
        got = self._v13_names.get(entity)
        if got is None:  # most answers: a name this stage lengthens the same way
            full = self.fullest(clean_name(entity))
            if full in self.by_entity:
                return full
        if got is None and not self.__dict__.get("_mapped"):
            self.__dict__["_mapped"] = True
            for m in self.a.names:
                key = self.key(m)
                if m.name and key is not None:
                    plain = self.resolver._full_name(self.a, m.name) if m.person is not False else m.name
                    self._v13_names.setdefault(plain, key)
            got = self._v13_names.get(entity)
        return got if got is not None else entity

    # -- the key's shape in this document --------------------------------------------------------

    def _sentence_initial(self, pos: int) -> bool:
        """Whether a sentence (or a line, or the text) starts at ``pos``, opening quotes and dashes aside."""
        k = pos - 1
        text = self.text
        while k >= 0 and text[k] in _OPENERS:
            k -= 1
        return k < 0 or text[k] in ".!?\n\r:"

    def shape(self, entity: str) -> dict[str, float]:
        got = self._shape.get(entity)
        if got is None:
            words = entity.split()
            got = {"key_words": min(len(words), 4) / 4.0}
            if entity not in self.kinds:
                outside = [n for n in self.by_entity.get(entity, ()) if not n.quoted]
                if len(words) == 1:
                    got["key_one_word"] = 1.0
                    if outside and all(self._sentence_initial(n.start) for n in outside):
                        got["key_only_sentence_initial"] = 1.0
                    if entity.lower() in ROLE_NOUNS:
                        got["key_role_noun"] = 1.0
                    low = entity.lower().rstrip(".")
                    if low in NOT_NAMES or low in MONTH_ABBREVIATIONS:
                        got["key_not_name"] = 1.0
                    if _written_lower(self.text, low):
                        got["key_written_lowercase"] = 1.0
                if len(entity) > 2 and entity.isupper() and len(words) == 1:
                    got["key_capitals"] = 1.0
                if entity[:1].islower():
                    got["key_description"] = 1.0
            self._shape[entity] = got
        return got

    def antecedents(self, m: Mention) -> list[str]:
        """What a short definite description ("the ministry", "the new group") may refer back to:
        earlier descriptions with its head word, then organisation names holding it, most recent
        first.  One that names its own holder ("The French foreign ministry") refers to nothing."""
        head = (m.head or "").lower()
        words = m.text.split()
        if not head or len(words) > 3 or words[0].lower() not in ("the", "this", "that") or not all(w.islower() for w in words[1:]):
            return []
        out: list[str] = []
        for _s, h, key in reversed(self.descriptions[: bisect_left(self._desc_starts, m.start)]):
            if h == head and key not in out and key != self.key(m):
                out.append(key)
        stem = head.rstrip("s")
        for n in reversed(self.all[: bisect_left(self.starts, m.start)]):
            if len(out) >= ANTECEDENTS:
                break
            if not n.quoted and n.mention.person is not True and n.entity not in out:
                if any(w.lower().rstrip("s") == stem for w in n.entity.split()):
                    out.append(n.entity)
        return out[:ANTECEDENTS]


def _written_lower(text: str, word: str) -> bool:
    """Whether the text writes the word in lower case after a space: a capitalised word also
    written so ("Amid", "Hours", "Magic") is a sentence's first word, not a name."""
    probe = " " + word
    at = text.find(probe)
    while at >= 0:
        end = at + len(probe)
        if end == len(text) or not text[end].isalnum():
            return True
        at = text.find(probe, end)
    return False


def _joined_names(text: str, a: Analysis) -> dict[int, str]:
    """Name mentions joined by "for"/"of" into one organisation's name, by each part's start."""
    out: dict[int, str] = {}
    names = a.names
    for left, right in pairwise(names):
        if left.person is True or not left.name or not right.name or right.start - left.end > 5:
            continue
        if text[left.end : right.start] in _JOIN and right.text == right.name and left.text.endswith(left.name):
            joined = text[left.end - len(left.name) : right.end]
            out[left.start] = out[right.start] = joined
    return out


def _described(f: Found) -> bool:
    return not f.inherit and f.mention is not None and f.mention.kind == "description"


def candidates(namings: NamingsV14, q: Quote, f: Found, rule: str | None, history: History, basic: str | None = None) -> list[Candidate]:
    """v13's candidates under v14's keys, with the keys' shapes and a description's antecedents."""
    cands = v13_candidates(namings, q, f, namings.canonical(rule), history, namings.canonical(basic))
    by_entity = {c.entity: c for c in cands}
    m = None if f.inherit else f.mention
    if m is not None and m.kind == "description":
        for i, entity in enumerate(namings.antecedents(m)):
            c = by_entity.get(entity)
            if c is None:
                c = by_entity[entity] = Candidate(entity)
                c.set("salience", 0.0)
            c.set("antecedent", 1.0 / (1 + i))
        own = namings.key(m)
        if own is not None and own in by_entity and own[:1].islower():
            by_entity[own].set("self_description_as_written")
    for c in by_entity.values():
        shape = namings.shape(c.entity)
        c.features.update(shape)  # set only here
        if "self_name" in c.features and any(w in shape for w in WEAK):
            c.set("self_name_weak")  # the cue's "name" is a sentence's first word or a date
    return sorted(by_entity.values(), key=lambda c: c.entity)
