"""Readable, stable document ids: lowercase ASCII words joined by hyphens, of bounded length.

The same input always gives the same slug (no counters, no randomness), so re-importing a
source finds the documents it added before.  Collisions are the caller's to refuse.
"""

from __future__ import annotations

import hashlib
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
    A Windows device name (``con``, ``nul``, ``com1`` …) gets ``-doc`` (``con-doc``).  A value with
    letters or digits that have no ASCII form gets ``-`` and 8 hex digits of its SHA-256 (NFC):
    ``"新闻"`` -> ``"doc-…"``, ``"Ναι 2024"`` -> ``"2024-…"``, ``"Straße"`` -> ``"strae-…"``.
    """
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", value))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if any(c.isalnum() and not c.isascii() for c in decomposed):
        # letters with no ASCII form (新闻, Ναι, خبر, ß, ø) were dropped: every Chinese or Greek title gave
        # "doc", so a second one was refused as a duplicate; a hash of the whole value tells them apart
        digest = hashlib.sha256(unicodedata.normalize("NFC", value).encode("utf-8", "surrogatepass")).hexdigest()[:8]
        return f"{_cut(slug, max_length - 9) or FALLBACK}-{digest}"
    slug = _cut(slug, max_length)
    if slug in RESERVED:
        return f"{slug}-{FALLBACK}"
    return slug or FALLBACK


def _cut(slug: str, max_length: int) -> str:
    if len(slug) > max_length:
        cut = slug[:max_length]
        hyphen = cut.rfind("-")
        slug = (cut[:hyphen] if hyphen >= max_length // 2 else cut).strip("-")
    return slug


def is_slug(value: str, max_length: int = MAX_LENGTH) -> bool:
    return bool(SLUG.match(value)) and len(value) <= max_length
