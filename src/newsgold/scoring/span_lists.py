"""Scoring straight from Python span lists: one list of ``(start, end[, label])`` per document.

This is how callers outside newsgold hold spans (nervaluate's users, an NER model's output).
The lists become the engine's columns in a few bulk numpy calls — every integer flattened by
one ``np.fromiter`` over a chained iterator, the lengths by ``map(len)`` — instead of a Python
tuple per span and a sort of tuples (:meth:`SpanTable.from_items`, which the annotation layers
use for multi-fragment spans with tie keys).  Same table, same counts: tests compare both
paths and scikit-learn-free hand counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from newsgold.scoring.engine import SpanScores
    from newsgold.scoring.tables import SpanTable

Span = Sequence[int]  # (start, end) or (start, end, label code); end exclusive


def span_columns(docs: Sequence[Sequence[Span]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(doc, start, end, label)`` int64 columns of per-document span lists (label 0 when the
    spans are pairs).  Every span of the input must have the same width, 2 or 3."""
    import numpy as np

    sizes = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
    n = int(sizes.sum())
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    first = next(d for d in docs if len(d))[0]
    width = len(first)
    if width not in (2, 3):
        raise ValueError(f"a span is (start, end) or (start, end, label), got {tuple(first)!r}")
    flat = np.fromiter(chain.from_iterable(chain.from_iterable(docs)), dtype=np.int64)
    if len(flat) != n * width:
        raise ValueError(f"every span must have {width} values like the first one, {tuple(first)!r}")
    flat = flat.reshape(n, width)
    doc = np.repeat(np.arange(len(docs), dtype=np.int64), sizes)
    label = flat[:, 2].copy() if width == 3 else np.zeros(n, dtype=np.int64)
    return doc, flat[:, 0].copy(), flat[:, 1].copy(), label


def span_table(docs: Sequence[Sequence[Span]]) -> SpanTable:
    """The :class:`SpanTable` of per-document span lists; spans with ``end <= start`` are empty
    and dropped (as :func:`~newsgold.scoring.spans.canonical` drops them)."""
    from newsgold.scoring.tables import SpanTable

    return SpanTable.from_arrays(*span_columns(docs))


def score_span_lists(
    gold: Sequence[Sequence[Span]],
    pred: Sequence[Sequence[Span]],
    schemes: Sequence[str] = ("strict", "exact", "partial"),
    doc_lengths: Sequence[int] | np.ndarray | None = None,
    label_names: Sequence[str] | None = None,
) -> SpanScores:
    """Match ``pred`` to ``gold`` (document ``i`` of each list against the other's ``i``) and count
    SemEval categories per document for each scheme (``scores.columns["strict.cor"]``: one count
    per document).  ``doc_lengths``: each document's text length; without it, the largest end
    of a span in the document.  Character schemes only (``token`` needs the texts:
    :func:`~newsgold.scoring.engine.score_tables`)."""
    import numpy as np

    from newsgold.scoring.config import parse_scheme
    from newsgold.scoring.engine import score_tables
    from newsgold.scoring.tables import SpanTable

    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} documents, the predictions {len(pred)}")
    parsed = [parse_scheme(s) for s in schemes]
    if any(s.kind == "token" for s in parsed):
        raise ValueError("the token scheme needs the document texts: use score_tables with mids")
    g, p = span_columns(gold), span_columns(pred)
    lengths: Any = doc_lengths
    if lengths is None:
        lengths = np.zeros(len(gold), dtype=np.int64)
        for doc, _, end, _ in (g, p):
            np.maximum.at(lengths, doc, end)
    codes = [int(c[3].max()) for c in (g, p) if len(c[3])]
    if label_names is not None and codes and max(codes) >= len(label_names):
        raise ValueError(f"label code {max(codes)} has no name in label_names ({len(label_names)} names)")
    return score_tables(SpanTable.from_arrays(*g), SpanTable.from_arrays(*p), lengths, parsed, label_names=label_names)
