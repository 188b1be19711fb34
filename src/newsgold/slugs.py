"""Readable, stable document ids: lowercase ASCII words joined by hyphens, of bounded length.

The same input always gives the same slug (no counters, no randomness), so re-importing a
source finds the documents it added before.  Collisions are the caller's to refuse.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 60
FALLBACK = "doc"
_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['\u2019\u02bc]")  # "Iran's" is one word: irans
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Windows device names: no file may be called con.json (or con.txt.json) there, so a gold file
# <doc_id>.json of such an id could not exist in a checkout on Windows.
RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def slugify(value: str, max_length: int = MAX_LENGTH) -> str:
    """``"Iran’s Talks: Day 2"`` -> ``"irans-talks-day-2"``; never empty (``"doc"`` when nothing is left).

    Accents are dropped (``é`` -> ``e``), everything that is not a letter or digit separates
    words, and a slug longer than ``max_length`` is cut at a hyphen when one is near the end.
    A Windows device name (``con``, ``nul``, ``com1`` …) gets ``-doc`` (``con-doc``).
    """
    ascii_text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", value)).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        hyphen = cut.rfind("-")
        slug = (cut[:hyphen] if hyphen >= max_length // 2 else cut).strip("-")
    if slug in RESERVED:
        return f"{slug}-{FALLBACK}"
    return slug or FALLBACK


def is_slug(value: str, max_length: int = MAX_LENGTH) -> bool:
    return bool(SLUG.match(value)) and len(value) <= max_length
