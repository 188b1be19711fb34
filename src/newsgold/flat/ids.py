"""Document ids kept as one byte string, not as a Python object each.

A run held its documents' ids in several dicts and lists (the corpus index, the gold's byte
ranges, the spilled results and predictions, the per-document scores' rows): a dict entry
(~48 bytes a document each, ``tracemalloc`` at a 10,000-document run's bootstrap) and ``str``
objects (~55 bytes), ~0.3 KB a document in all: the part of a run's memory that still grew
with the corpus once everything else was on disk.  Here
the ids are UTF-8 in one ``bytearray`` with a 4-byte end offset each (8 past 4 GiB), and a lookup
goes through an open-addressing table of positions (``array("i")``, at most half full: ~8-16 bytes
an id), built when first needed; a store made ``like`` another keeps nothing while its ids are
that one's, in order (a run's selection, gold, results and predictions share the corpus index's).
An id is decoded again each time it is read: ~3 µs a lookup (measured under load), against the
milliseconds a document's extraction and scoring take.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice

from newsgold.flat.indexed import Indexed
from newsgold.flat.narrow import appended


class CompactIds(Indexed[str]):
    """An append-only sequence of strings (duplicates allowed) with :meth:`position` lookups.

    ``like``: another sequence this one is expected to repeat (a run's results and predictions
    come back in the order of its selected documents).  While every id appended is the next of
    ``like``, nothing is stored here: reads and lookups go to ``like`` (no bytes a document);
    the first id that differs copies what was matched and goes on alone."""

    def __init__(self, ids: Iterable[str] = (), like: CompactIds | None = None) -> None:
        self._blob = bytearray()
        self._ends: array[int] = array("I")  # widened to 8 bytes past 4 GiB of ids (flat.narrow)
        self._table: array[int] | None = None  # slot -> position + 1 (0: empty), by str hash
        self._like = like  # while not None: this sequence is like[: self._matched]
        self._matched = 0
        self.extend(ids)

    def append(self, doc_id: str) -> None:
        like = self._like
        if like is not None:
            if self._matched < len(like) and like._get(self._matched) == doc_id:
                self._matched += 1
                return
            self._part_from(like)
        self._blob += doc_id.encode("utf-8", "surrogatepass")
        self._ends = appended(self._ends, len(self._blob))
        if self._table is not None:
            self._insert(len(self._ends) - 1, doc_id)

    def extend(self, ids: Iterable[str]) -> None:
        for doc_id in ids:
            self.append(doc_id)

    def _part_from(self, like: CompactIds) -> None:
        """Stop following ``like``: the ids matched so far copied here."""
        self._like = None
        for doc_id in islice(like, self._matched):
            self.append(doc_id)

    def __len__(self) -> int:
        return self._matched if self._like is not None else len(self._ends)

    def _get(self, i: int) -> str:
        if self._like is not None:
            return self._like._get(i)
        start = self._ends[i - 1] if i else 0
        return self._blob[start : self._ends[i]].decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        if self._like is not None:
            yield from islice(self._like, self._matched)
            return
        blob, start = self._blob, 0
        for end in self._ends:
            yield blob[start:end].decode("utf-8", "surrogatepass")
            start = end

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.position(doc_id) is not None

    def position(self, doc_id: str) -> int | None:
        """Where ``doc_id`` is (its first place if repeated), or None."""
        if self._like is not None:  # its first place in ``like``: here if within what matched
            at = self._like.position(doc_id)
            return at if at is not None and at < self._matched else None
        if self._table is None:
            self._build()
        return self._probe(doc_id)[1]

    def _probe(self, doc_id: str) -> tuple[int, int | None]:
        """(the slot of ``doc_id``'s first place, or of the free slot where it would go; that place or None)."""
        table = self._table
        assert table is not None
        mask = len(table) - 1
        i = hash(doc_id) & mask
        while (p := table[i]) and self._get(p - 1) != doc_id:
            i = (i + 1) & mask
        return i, (p - 1 if p else None)

    def _insert(self, pos: int, doc_id: str) -> None:
        table = self._table
        assert table is not None
        if 2 * (pos + 1) > len(table):
            self._build()  # (the new id included: it is appended already)
            return
        slot, there = self._probe(doc_id)
        if there is None:  # a repeated id keeps its first place
            table[slot] = pos + 1

    def _build(self) -> None:
        size = 8
        while size < 2 * len(self._ends) + 2:
            size *= 2
        self._table = array("i", bytes(4 * size))  # positions + 1: documents below 2**31
        for pos, doc_id in enumerate(self):
            slot, there = self._probe(doc_id)
            if there is None:
                self._table[slot] = pos + 1

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_table": None}  # str hashes differ between processes: built again there


class IdMap(Mapping[str, int]):
    """``doc_id -> int`` over :class:`CompactIds`, insertion order kept as a dict keeps it: the
    value of each id in an ``array('q')``, or none while every value is the id's position."""

    def __init__(self, ids: CompactIds | None = None) -> None:
        self.ids = CompactIds() if ids is None else ids
        self._values: array[int] | None = None  # None: each id's value is its position

    @classmethod
    def positions(cls, ids: Iterable[str]) -> IdMap:
        """Each of ``ids`` (distinct) mapped to its place among them."""
        return cls(ids if isinstance(ids, CompactIds) else CompactIds(ids))

    def set(self, doc_id: str, value: int) -> None:
        """``self[doc_id] = value``: a new id goes last, a known one keeps its place."""
        i = self.ids.position(doc_id)
        if i is None:
            if self._values is None and value == len(self.ids):
                self.ids.append(doc_id)
                return
            i = len(self.ids)
            self.ids.append(doc_id)
        if self._values is None:
            self._values = array("q", range(len(self.ids)))
        if i == len(self._values):
            self._values.append(value)
        else:
            self._values[i] = value

    def __getitem__(self, doc_id: str) -> int:
        i = self.ids.position(doc_id) if isinstance(doc_id, str) else None
        if i is None:
            raise KeyError(doc_id)
        return i if self._values is None else self._values[i]

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)
