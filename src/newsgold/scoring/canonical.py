"""The canonical lines of many documents (``schema.dumps_line``) at encoding speed, for the gold hash.

Why: ``gold_hash`` is in every report and run file, and writing each item's JSON in Python was a
tenth of a 10,000-document ``newsgold score``.  A layer whose items msgspec encodes as their
``to_dict()`` (:meth:`newsgold.layers.base.Layer.canonical_ok`: its own dataclasses, no score,
strings without ``,`` or ``:``) has each document's list encoded by msgspec in C, and the compact
text turned into ``json.dumps``' by dropping the unset ``"score":null`` and spacing every ``,``
and ``:`` once :func:`spaced` found that none is inside a string and that no number would be
written otherwise.  Anything else (a plug-in layer, a score, a
string with a separator, a value msgspec refuses) is written by the layer as before.  The text is
the same bytes either way (tests/scoring/test_canonical.py compares on random and adversarial
documents), so the hash keeps its value.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

from newsgold.layers import registry

_NO_SCORE = b',"score":null}'
CHUNK = 512  # documents whose text is made at once: bounds the copies and masks to a few MB


def _layer_lists(layer: Any, lists: Sequence[list[Any] | None]) -> list[bytes | None]:
    """Each list's ``[...]`` text as UTF-8 (None: the layer is not given there)."""
    from itertools import chain

    import msgspec

    given = [x for x in lists if x is not None]
    fast = bool(given) and layer.canonical_ok(list(chain.from_iterable(given)))
    if fast:
        try:
            enc = msgspec.json.Encoder()
            joined = b"\n".join(map(enc.encode, given))  # (a newline is never raw inside JSON text)
        except (TypeError, ValueError, OverflowError, UnicodeEncodeError):  # (e.g. a lone surrogate)
            fast = False
    done = spaced(joined.replace(_NO_SCORE, b"}")) if fast else None
    if done is not None:
        texts = iter(done.split(b"\n"))
    else:
        texts = iter(f"[{', '.join(layer.dumps_items(x))}]".encode() for x in given)
    return [None if x is None else next(texts) for x in lists]


def spaced(compact: bytes) -> bytes | None:
    """``compact`` (msgspec's JSON) with ``json.dumps``' separators, or None when that would not be
    ``json.dumps``' text of the same values: a ``,`` or ``:`` inside a string (or an escaped quote,
    which hides where strings end), a float (msgspec writes ``1e-05`` as ``0.00001``) or a ``null``
    inside an array (NaN and infinity: ``json.dumps`` writes ``NaN``).  One pass of numpy over the
    bytes: a byte is inside a string when an odd number of quotes precede it."""
    import numpy as np

    if b'\\"' in compact or b"[null" in compact or b",null" in compact:
        return None
    a = np.frombuffer(compact, np.uint8)
    inside = np.bitwise_xor.accumulate((a == ord('"')).view(np.uint8)).view(bool)  # (from each opening quote to before its closing one)
    if (((a == ord(",")) | (a == ord(":"))) & inside).any() or ((a == ord(".")) & ~inside).any():
        return None
    e = ((a[:-1] | 0x20) == ord("e")) & ~inside[:-1]  # e or E outside strings (an "e" also ends true and false)
    after = a[1:]
    if (e & (((after >= ord("0")) & (after <= ord("9"))) | (after == ord("-")) | (after == ord("+")))).any():
        return None
    return compact.replace(b",", b", ").replace(b":", b": ")


def canonical_lines(docs: Sequence[Any]) -> list[bytes]:
    """``dumps_line(doc).encode("utf-8")`` of each DocAnnotation, in order."""
    from newsgold.schema import DocAnnotation, dumps_line

    layers = list(registry)
    typed = [doc if type(doc) is DocAnnotation and type(doc.doc_id) is str else None for doc in docs]
    parts = {layer.name: _layer_lists(layer, [[] if doc is None else doc.items.get(layer.name, []) for doc in typed]) for layer in layers}
    keys = {layer.name: encode_basestring(layer.name).encode() + b": " for layer in layers}
    out = []
    for i, doc in enumerate(typed):
        if doc is None:  # a dict, or an id that is not a str: as before
            out.append(dumps_line(docs[i]).encode("utf-8"))
            continue
        doc_id = doc.doc_id
        line = [b'{"doc_id": ' + encode_basestring(doc_id).encode()]
        if doc.meta is not None:
            line.append(b'"meta": ' + json.dumps(doc.meta, ensure_ascii=False).encode())
        for name, lists in parts.items():
            if (text := lists[i]) is not None:
                line.append(keys[name] + text)
        out.append(b", ".join(line) + b"}")
    return out


def gold_hash(gold: Mapping[str, Any]) -> str:
    """sha256 of the canonical JSON of every gold document, in doc_id order."""
    h = hashlib.sha256()
    ids = sorted(gold)
    for at in range(0, len(ids), CHUNK):  # a chunk's text at a time (the 50 MB file's gold is 50 MB of it)
        for line in canonical_lines([gold[d] for d in ids[at : at + CHUNK]]):
            h.update(line + b"\n")
    return h.hexdigest()
