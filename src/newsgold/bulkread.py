"""Reading annotation files (JSON Lines, gold directories) at parse speed: decoded straight into
typed structures, offsets checked as numpy arrays, the item-by-item checks only to word a problem.

Why: checked item by item (:mod:`newsgold.validate`), a prediction file of 400k items spends
most of its time in Python loops over dicts and then building the typed objects from them.
Here a chunk of lines is decoded by one msgspec decoder into structs of the *offsets-only*
form of each layer (:meth:`~newsgold.layers.base.Layer.bulk_struct`: every field a clean file
gives, no span given as text), each layer checks all the items of the chunk at once
(:meth:`~newsgold.layers.base.Layer.bulk_clean`, with the array helpers of :class:`Chunk`), and
a clean line becomes its :class:`~newsgold.schema.DocAnnotation` directly
(:meth:`~newsgold.layers.base.Layer.from_structs`).

This path only ever decides "nothing to say about this line".  A line the decoder refuses or a
check doubts (spans as text, an offset past the text, an unknown id, a number the strict
reader would read otherwise, a ``meta`` it refuses) is read the slow way, by the caller, which
finds and words every problem exactly as before.  In a hand-edited file (gold, passes) a key
given twice is an error a parser hides; :func:`single_keys` sends such files the slow way too.
A chunk is :data:`CHUNK` lines (or files), so the structs of one chunk at a time are alive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, islice, repeat
from operator import is_not
from typing import TYPE_CHECKING, Any

import msgspec
import orjson

from newsgold.layers import registry
from newsgold.layers.typed import UNSET, NonEmpty, Unset, layer_fields, struct

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np

    from newsgold.validate import Context, Problem

CHUNK = 2048
INT_RANGE = (-(2**63), 2**64)  # orjson reads an integer outside this as a float; msgspec keeps it exact
_CACHE: dict[Any, Any] = {}


def decoder() -> Any:
    """The msgspec decoder of one offsets-only document line, or None when a registered layer
    has no bulk form (then every line is read the slow way)."""
    if registry.version not in _CACHE:
        layers = layer_fields(lambda layer: layer.bulk_struct())
        fields: list[Any] = [("doc_id", NonEmpty), ("meta", msgspec.Raw | Unset, UNSET)]
        _CACHE[registry.version] = None if layers is None else msgspec.json.Decoder(struct("BulkDocument", fields + layers, gc=False))
    return _CACHE[registry.version]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The garbage collector off while a file is read: nothing read holds a cycle, and its
    collections, triggered by the millions of objects made, cost more than the reading (decoding
    a 52 MB prediction file in ``newsgold validate``: 7.2 s of CPU with them, 0.7 s without)."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def number_ok(value: Any) -> bool:
    """Whether the strict reader (orjson) reads this decoded number as the same value."""
    return value.__class__ is not int or INT_RANGE[0] <= value < INT_RANGE[1]


class Chunk:
    """The documents of one chunk that passed the decoder, and what the layers' checks need:
    ``docs`` (structs), ``lengths`` (text length per document), ``strict`` and ``ctx``."""

    def __init__(self, docs: list[Any], lengths: np.ndarray, ctx: Context, strict: bool):
        self.docs, self.lengths, self.ctx, self.strict = docs, lengths, ctx, strict

    def flat(self, items: Sequence[Sequence[Any]]) -> tuple[list[Any], np.ndarray]:
        """The items of every document in one list, and the document index of each."""
        import numpy as np

        counts = np.fromiter(map(len, items), np.intp, len(items))
        return list(chain.from_iterable(items)), np.repeat(np.arange(len(items)), counts)

    def per_doc(self, item_ok: np.ndarray, doc: np.ndarray) -> np.ndarray:
        """True for a document none of whose items is False."""
        import numpy as np

        out = np.ones(len(self.docs), bool)
        out[doc[~item_ok]] = False
        return out

    def fragments_ok(self, frags: list[Sequence[Any]], doc: np.ndarray) -> np.ndarray:
        """Per item: every fragment ``0 <= start < end <= len(text)``, sorted and disjoint (what
        ``validate._DocChecker.fragments`` requires); the decoder already required at least one."""
        import numpy as np

        counts = np.fromiter(map(len, frags), np.intp, len(frags))
        try:
            flat = np.fromiter(chain.from_iterable(chain.from_iterable(frags)), np.int64, 2 * int(counts.sum()))
        except (OverflowError, ValueError):  # an offset past int64 (or a malformed pair): the slow way words it
            return np.zeros(len(frags), bool)
        start, end = flat[0::2], flat[1::2]
        item = np.repeat(np.arange(len(frags)), counts)
        good = (start >= 0) & (start < end) & (end <= self.lengths[doc][item])
        # first[k]: fragment k starts its item; else it must start at or after the previous one's end
        first = np.zeros(len(start), bool)
        first[(np.cumsum(counts) - counts)[counts > 0]] = True
        good[1:] &= first[1:] | (start[1:] >= end[:-1])
        ok = np.ones(len(frags), bool)
        ok[item[~good]] = False
        return ok

    def spans_ok(self, spans: list[Any], doc: np.ndarray) -> np.ndarray:
        """Per item: its optional span (None or ``[start, end]``) inside the text, start before end."""
        import numpy as np

        present = np.fromiter(map(is_not, spans, repeat(None)), bool, len(spans))
        ok = np.ones(len(spans), bool)
        if not present.any():
            return ok
        try:
            flat = np.fromiter(chain.from_iterable(filter(None, spans)), np.int64, 2 * int(present.sum()))  # (a span is never empty)
        except (OverflowError, ValueError):
            return np.zeros(len(spans), bool)
        start, end = flat[0::2], flat[1::2]
        ok[present] = (start >= 0) & (start < end) & (end <= self.lengths[doc[present]])
        return ok

    def known(self, values: list[Any], known: Callable[[Any], bool]) -> np.ndarray:
        """Per item: its value None or ``known`` (asked once per distinct value)."""
        import numpy as np

        verdict = {v: v is None or known(v) for v in set(values)}
        if all(verdict.values()):
            return np.ones(len(values), bool)
        return np.fromiter(map(verdict.__getitem__, values), bool, len(values))

    def entity_ok(self, values: list[Any]) -> np.ndarray:
        """Per item: an entity reference the checker accepts (any, unless strict with a registry)."""
        import numpy as np

        if not (self.strict and self.ctx.check_entities):
            return np.ones(len(values), bool)
        return self.known(values, self.ctx.entity_ids.__contains__)


def single_keys(text: str, decoded: Any, meta: Any) -> bool:
    """Whether no object of ``text`` gives a key twice (which a parser reads silently as one):
    each key brings one ``:`` and re-encoding what was decoded drops a repeated key's, while a
    colon inside a string stays one on both sides (unless escaped: text with ``\\u`` is the slow
    reader's).  ``meta`` is kept raw by the decoder, so it is counted on its own."""
    if "\\u" in text or text.count(":") != msgspec.json.encode(decoded).count(b":"):
        return False
    return meta is None or bytes(decoded.meta).count(b":") == orjson.dumps(meta).count(b":")


def read_chunk(lines: Sequence[str], ctx: Context, strict: bool, build: bool = True, unique: bool = False) -> list[Any]:
    """Per line: its DocAnnotation (its doc_id when not ``build``), or None: read it the slow way.
    ``unique``: a hand-edited file's text (gold, passes), where a key given twice is an error."""
    import numpy as np

    from newsgold.schema import DocAnnotation

    dec = decoder()
    out: list[Any] = [None] * len(lines)
    if dec is None:
        return out
    index, docs, metas = [], [], []
    names = registry.names() if ctx.layers is None else ctx.layers
    id_layers = [layer.name for layer in registry if layer.has_ids]
    for i, line in enumerate(lines):
        try:
            s = dec.decode(line)
        except (msgspec.DecodeError, RecursionError):  # (a value nested past the interpreter's limit)
            continue
        if s.doc_id not in ctx.docs or (strict and any(getattr(s, n, UNSET) is UNSET for n in names)):
            continue
        meta = None
        if s.meta is not UNSET:
            try:
                meta = orjson.loads(bytes(s.meta))
            except orjson.JSONDecodeError:
                continue
            if not isinstance(meta, dict):
                continue
        if unique and not single_keys(line, s, meta):
            continue
        ids = [x.id for n in id_layers if (got := getattr(s, n)) is not UNSET for x in got]
        if len(set(ids)) != len(ids):
            continue
        index.append(i)
        docs.append(s)
        metas.append(meta)
    if not docs:
        return out
    chunk = Chunk(docs, np.fromiter((len(ctx.docs[s.doc_id].text) for s in docs), np.int64, len(docs)), ctx, strict)
    clean = np.ones(len(docs), bool)
    layers = list(registry)
    for layer in layers:
        clean &= layer.bulk_clean(chunk, [[] if (got := getattr(s, layer.name)) is UNSET else got for s in docs])
    keep = np.flatnonzero(clean).tolist()
    if not build:
        for k in keep:
            out[index[k]] = docs[k].doc_id
        return out
    built = {}
    for layer in layers:  # one from_structs call per layer and chunk, then cut per document
        given = [getattr(docs[k], layer.name) for k in keep]
        made = iter(layer.from_structs([x for got in given if got is not UNSET for x in got]))
        built[layer.name] = [None if got is UNSET else list(islice(made, len(got))) for got in given]
    for j, k in enumerate(keep):
        out[index[k]] = DocAnnotation.built(docs[k].doc_id, {name: made_items[j] for name, made_items in built.items()}, metas[k])
    return out


@gc_paused()
def read_lines(
    path: Path,
    ctx: Context,
    strict_refs: bool,
    check_docs: bool,
    build: Callable[[Any], Any] | None,
    typed: Callable[[Any], Any] | None,
    validate_only: bool = False,
) -> tuple[list[Any], list[Problem]]:
    """:func:`newsgold.validate.read_jsonl`: chunk by chunk, clean lines in bulk when ``typed``
    is given or nothing is kept (``validate_only``), every other line the slow way."""
    from newsgold.jsonio import JsonReadError, decode_utf8, exact, jsonl_lines, loads, read_bytes
    from newsgold.validate import Problem, _problem, check_object, shape_problems
    from newsgold.workspace import shown

    name = shown(path)
    problems: list[Problem] = []
    kept_all: list[Any] = []
    first_line: dict[str, int] = {}
    bulk = check_docs and (typed is not None or validate_only)

    def problems_of(raw: Any, lineno: int) -> list[Problem]:
        return check_object(raw, ctx, name, lineno, strict_refs) if check_docs else shape_problems(raw, name, lineno)

    try:
        lines = list(jsonl_lines(decode_utf8(read_bytes(path, name), name)))
    except JsonReadError as e:
        return [], [_problem(e)]
    for at in range(0, len(lines), CHUNK):
        part = lines[at : at + CHUNK]
        fast = read_chunk([line for _, line in part], ctx, strict_refs, typed is not None) if bulk else [None] * len(part)
        for (lineno, line), got in zip(part, fast):
            if got is None:  # the slow way: every problem found and worded
                try:
                    raw = loads(line, name, lineno)
                except JsonReadError as e:
                    problems.append(_problem(e))
                    continue
                line_problems = problems_of(raw, lineno)
                if line_problems and (exact_raw := exact(line)) is not None:  # worded from the integers as written
                    line_problems = problems_of(exact_raw, lineno)
                problems.extend(line_problems)
                if line_problems:
                    continue
                doc_id = raw["doc_id"]
            else:
                doc_id = got if isinstance(got, str) else got.doc_id
            if doc_id in first_line:
                problems.append(Problem(name, f"doc_id {doc_id!r} repeated (first on line {first_line[doc_id]})", lineno, field="doc_id"))
            first_line.setdefault(doc_id, lineno)
            if got is None:
                kept = raw if build is None else build(raw)
            else:
                kept = None if isinstance(got, str) or typed is None else typed(got)
            if kept is not None:
                kept_all.append(kept)
    if not first_line and not problems:
        problems.append(Problem(name, "no documents in file"))
    return kept_all, problems


@gc_paused()
def read_files(
    files: Sequence[Path], ctx: Context, build: Callable[[Any], Any] | None, typed: Callable[[Any], Any] | None
) -> tuple[list[Any], list[Problem]]:
    """The ``<doc_id>.json`` files of a gold or pass directory, as :func:`newsgold.validate.read_path`
    reads them one by one (strict references, every layer, doc_id = file name); clean files in
    bulk, the others through ``validate.read_doc_file``."""
    from newsgold.jsonio import JsonReadError, decode_utf8, read_bytes
    from newsgold.validate import read_doc_file

    kept: list[Any] = []
    problems: list[Problem] = []
    for at in range(0, len(files), CHUNK):
        part = files[at : at + CHUNK]
        texts = []
        for f in part:
            try:
                texts.append(decode_utf8(read_bytes(f), str(f)))
            except JsonReadError:
                texts.append("")  # (refused by the decoder: the slow way words it)
        fast = read_chunk(texts, ctx, strict=True, build=typed is not None, unique=True)
        for f, got in zip(part, fast):
            if got is not None and (got if isinstance(got, str) else got.doc_id) == f.stem:
                if typed is not None:
                    kept.append(typed(got))
                continue
            raw, found = read_doc_file(f, ctx)
            if raw is not None and build is not None:
                kept.append(build(raw))
            elif raw is not None:
                kept.append(raw)
            problems += found
    return kept, problems
