"""Speaker resolution within one document: pronouns, titles, descriptions, short names.

Every mention resolves to the speaker's fullest name as written in the same document (titles
stripped), or, when an entity registry is configured, to the id whose name or alias it matches.
Evidence comes from the document only (GUIDELINES §9.3).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from newsgold.extractors.base import ExtractorError
from newsgold.extractors.lexicon import PRONOUNS_PERSON
from newsgold.extractors.text import Analysis, Mention

_LEADING = ("the ", "a ", "an ")
_T = TypeVar("_T")
_R = TypeVar("_R", bound="Registry")


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Case-folded, one space between words, a leading article dropped (cached: the look-ups of
    every document normalise the same registry names and mentions again and again)."""
    text = " ".join(text.replace("’", "'").casefold().split())
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead) :]
    return text


class Entities(list[dict[str, Any]]):
    """A registry file as :func:`load_registry` read it, shared by every document of a run
    (read-only by convention), with the indexes made of it (:func:`derived`)."""

    def __init__(self, entities: list[dict[str, Any]]):
        super().__init__(entities)
        self.derived: dict[Any, Any] = {}


class _Loaded:
    """The registry files read, by absolute path: their bytes and the entities made of them.
    (A class, not module-level tables: module tables of this module are pinned as word lists.)"""

    keep = 8  # files kept parsed (a run reads one or two)

    def __init__(self) -> None:
        self.files: dict[str, tuple[bytes, Entities]] = {}
        self.lock = threading.Lock()

    def read(self, value: str | Path) -> Entities:
        """The file's entities, parsed and checked again only when its bytes changed (compared
        whole: a file rewritten within the clock's tick keeps its size and modification time)."""
        from newsgold.jsonio import decode_utf8, loads, read_bytes

        key, name = os.path.abspath(value), str(value)
        data = read_bytes(value, name)
        with self.lock:
            kept = self.files.get(key)
        if kept is not None and kept[0] == data:
            return kept[1]
        loaded = Entities(_checked(loads(decode_utf8(data, name), name), name))  # as read_json reads it
        with self.lock:
            self.files.pop(key, None)
            self.files[key] = (data, loaded)
            while len(self.files) > self.keep:
                del self.files[next(iter(self.files))]
        return loaded


_LOADED = _Loaded()


def load_registry(value: Any) -> list[dict[str, Any]]:
    """The ``entities`` config value: None, a path to an entities.json (resolved by the
    extractor, see :meth:`BaseExtractor.data_path`), or a list of entity dicts.

    A path is parsed and checked once per content of the file (read again and compared each
    time, parsed again when it changed): the resolvers ask for it for every document, and parsing
    and indexing a registry of hundreds of entities cost more than extracting."""
    if value is None:
        return []
    if isinstance(value, (str, Path)):
        return _LOADED.read(value)
    return _checked(value)


def _checked(value: Any, where: str = "config entities") -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ExtractorError(f"{where}: expected a path to an entities.json or a list of entities, got {type(value).__name__}")
    for i, e in enumerate(value):
        names = [e.get("name"), *e.get("aliases", ())] if isinstance(e, dict) and isinstance(e.get("aliases", []), list) else [None]
        if not (isinstance(e, dict) and isinstance(e.get("id"), str) and all(isinstance(n, str) for n in names)):
            raise ExtractorError(f"{where}: entity [{i}]: expected an object with a string id and name (and a list of string aliases)")
    return value


def derived(entities: list[dict[str, Any]], key: Any, build: Callable[[], _T]) -> _T:
    """What ``build`` makes of a registry, made once per registry file read (:class:`Entities`);
    made afresh for a list given in the config (its owner may change it between documents).
    The result is shared: nobody may change it."""
    memo = getattr(entities, "derived", None)
    if memo is None:
        return build()
    got = memo.get(key, memo)
    if got is memo:
        got = memo[key] = build()
    return got


def registry_of(cls: type[_R], entities: list[dict[str, Any]]) -> _R:
    """``cls(entities)``, made once per registry file read (registries are never changed once made)."""
    return derived(entities, cls, lambda: cls(entities))


class Registry:
    """Name/alias → entity id, tolerant to a leading determiner or possessor."""

    def __init__(self, entities: list[dict[str, Any]]):
        self.by_name: dict[str, str] = {}
        for e in entities:
            for name in (e["name"], *e.get("aliases", ())):
                self.by_name.setdefault(_norm(name), e["id"])

    def __bool__(self) -> bool:
        return bool(self.by_name)

    def lookup(self, *candidates: str | None) -> str | None:
        for cand in candidates:
            if not cand:
                continue
            norm = _norm(cand)
            if "'s " in norm:  # drop a possessor: "norway's harbor director x"
                tail = norm.split("'s ", 1)[1]
                if tail in self.by_name:
                    return self.by_name[tail]
            if norm in self.by_name:
                return self.by_name[norm]
        for cand in candidates:  # longest alias that ends the name: "sir john a. smith" -> "john a. smith"
            if not cand:
                continue
            words = _norm(cand).split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in self.by_name:
                    return self.by_name[tail]
        return None


class SpeakerResolver:
    """Resolves speaker mentions as ``quotes`` v1/v2 do; :mod:`.quotes.v3_speakers` extends it for v3."""

    def __init__(self, text: str, entities: Any = None, document_dir: Path | None = None):
        self.text = text
        self.registry = registry_of(Registry, load_registry(entities))
        self.speakers: list[tuple[int, str, bool]] = []  # (position, resolved name, is person)
        self._analysis: Analysis | None = None

    # -- names as written -------------------------------------------------------------------

    def as_written(self, mention: Mention | None) -> str | None:
        if mention is None or mention.kind == "pronoun":
            return None
        name = mention.name
        if name is None:
            return None
        return self._to_entity(name, mention.text)

    def _to_entity(self, name: str | None, surface: str | None) -> str | None:
        if self.registry:
            found = self.registry.lookup(surface, name)
            if found:
                return found
        return name

    def _full_name(self, a: Analysis, name: str) -> str:
        """The longest person name in the document that ends with (or equals) ``name``."""
        memo = self.__dict__.setdefault("_full_memo", {})
        if name not in memo:
            memo[name] = self._compute_full_name(a, name)
        return memo[name]

    def _compute_full_name(self, a: Analysis, name: str) -> str:
        words = name.split()
        cached = self.__dict__.get("_person_names")
        if cached is None or cached[0] is not a:  # the document's possible person names, split once
            cached = self.__dict__["_person_names"] = (a, [(m.name, m.name.split()) for m in a.names if m.name and m.person is not False])
        best, best_len = name, len(words)
        for cand_name, cand in cached[1]:
            if len(cand) > best_len and cand[-len(words) :] == words:
                best, best_len = cand_name, len(cand)
        return best

    # -- resolution --------------------------------------------------------------------------

    def resolve(self, mention: Mention | None, a: Analysis, cue: tuple[int, int] | None) -> str | None:
        if mention is None:
            return None
        if mention.kind == "name":
            name = mention.name or mention.text
            if mention.person is not False:
                name = self._full_name(a, name)
            return self._to_entity(name, mention.text)
        if mention.kind == "pronoun":
            return self._pronoun(mention, a)
        return self._description(mention, a)

    def note_speaker(self, mention: Mention, entity: str) -> None:
        person = mention.person if mention.person is not None else mention.kind != "name" or " " in (mention.name or "")
        if mention.kind == "pronoun":
            person = mention.text.lower() in PRONOUNS_PERSON
        self.speakers.append((mention.start, entity, bool(person)))

    def _pronoun(self, mention: Mention, a: Analysis) -> str | None:
        want_person = mention.text.lower() in PRONOUNS_PERSON
        # the most recent salient antecedent: a speaker or a sentence subject, outside quotations
        best: tuple[int, str | None] = (-1, None)
        for pos, entity, person in self.speakers:
            if best[0] < pos < mention.start and person == want_person:
                best = (pos, entity)
        for m in a.names:
            if best[0] < m.start < mention.start and m.name and bool(m.person) == want_person and a.is_subject(m):
                best = (m.start, self._to_entity(self._full_name(a, m.name) if want_person else m.name, m.text))
        if best[1] is not None:
            return best[1]
        for m in reversed(a.names):
            if m.start < mention.start and m.name and bool(m.person) == want_person and not a.in_quotation(m.start):
                return self._to_entity(self._full_name(a, m.name) if want_person else m.name, m.text)
        return None

    def _description(self, mention: Mention, a: Analysis) -> str | None:
        if mention.name:  # "an expert on X, Jane Doe"
            return self._to_entity(self._full_name(a, mention.name), mention.name)
        head = (mention.head or "").lower()
        definite = mention.text.lower().startswith(("the ", "this ", "that "))
        if definite:
            holders = {self._full_name(a, m.name) for m in a.names if m.name and head in m.titles}
            if len(holders) == 1:
                name = holders.pop()
                return self._to_entity(name, name)
            if mention.person is False:
                return None  # "the union": a group nobody in the document is named as
            for pos, entity, person in reversed(self.speakers):
                if pos < mention.start and person:
                    return entity
            return None
        # delayed identification in a lede: the first named person of the next paragraph
        para_end = self.text.find("\n", mention.start)
        lede = self.text.rfind("\n", 0, mention.start) < 0 or not self.text[: mention.start].strip("\n").count("\n")
        if mention.person and lede and para_end >= 0:
            next_end = self.text.find("\n", para_end + 1)
            next_end = len(self.text) if next_end < 0 else next_end
            for m in a.names:
                if para_end < m.start < next_end and m.person and m.name and not a.in_quotation(m.start):
                    return self._to_entity(self._full_name(a, m.name), m.text)
        return None
