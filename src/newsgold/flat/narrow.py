"""Integer arrays that start narrow and widen when a value does not fit.

Why: most per-document numbers a run keeps (a line's length and number, an id's end in its
byte string, a vector's place among the counts, its count of documents) fit in one to four
bytes, and an ``array("q")`` of each cost 8 bytes a document that grew the run's peak.
"""

from __future__ import annotations

from array import array


def appended(a: array[int], value: int) -> array[int]:
    """``a`` with ``value`` appended: ``a`` itself or, when ``value`` does not fit its type, a
    copy as 8-byte integers (keep the array returned)."""
    try:
        a.append(value)
        return a
    except OverflowError:
        wide = array("q", a)
        wide.append(value)
        return wide
