"""Pluggable extractors: the interface, the ways to plug one in, and the built-in baselines.

>>> from newsgold.extractors import resolve          # doctest: +SKIP
>>> ex = resolve("quotes@2")                          # doctest: +SKIP
>>> ex.extract(document).quotes                       # doctest: +SKIP

Baselines are imported lazily (by :func:`resolve`), so importing this package stays cheap.
"""

from newsgold.extractors.base import (
    BaseExtractor,
    BatchExtractor,
    Extractor,
    ExtractorError,
    LearnedExtractor,
    config_hash,
    extract_checked,
    extract_many,
)
from newsgold.extractors.registry import BUILTINS, ENTRY_POINT_GROUP, Available, available, resolve

__all__ = [
    "BUILTINS",
    "ENTRY_POINT_GROUP",
    "Available",
    "BaseExtractor",
    "BatchExtractor",
    "Extractor",
    "ExtractorError",
    "LearnedExtractor",
    "available",
    "config_hash",
    "extract_checked",
    "extract_many",
    "resolve",
]
