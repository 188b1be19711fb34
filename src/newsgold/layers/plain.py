"""Checks, over all items of a layer at once, that msgspec writes them as ``json.dumps`` of their
``to_dict()`` would (:meth:`newsgold.layers.base.Layer.canonical_ok`; the offsets are checked on
the encoded text, by :func:`newsgold.scoring.canonical.spaced`).

Each check is a few ``set(map(...))`` passes in C over the items, not a Python loop: the point
is that the gold hash of 400k items costs what encoding them costs.  Any doubt is False, and
the layer's own ``dumps_items`` writes the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any


def of_types(values: Iterable[Any], *types: type) -> bool:
    """Every value of exactly one of ``types`` (a subclass may encode otherwise)."""
    return set(map(type, values)) <= set(types)


def unset_scores(items: list[Any]) -> bool:
    """No item has a score (``to_dict`` leaves the key out; the floats' text differs too)."""
    try:
        return set(map(attrgetter("score"), items)) <= {None}
    except TypeError:
        return False


def plain_strings(values: Iterable[Any], nullable: bool = False) -> bool:
    """Every value a ``str`` (or None, if ``nullable``) without ``,`` or ``:``, so spacing every
    separator of the compact text never touches a string."""
    try:
        distinct = set(values)
    except TypeError:
        return False
    allowed = {str, type(None)} if nullable else {str}
    return set(map(type, distinct)) <= allowed and not any("," in s or ":" in s for s in distinct if s is not None)


def items_ok(items: list[Any], cls: type, strings: tuple[str, ...], nullable: tuple[str, ...] = (), bools: tuple[str, ...] = ()) -> bool:
    """Items all of exactly ``cls``, without a score, their ``strings`` (and ``nullable``) plain,
    their ``bools`` bools."""
    return (
        of_types(items, cls)
        and unset_scores(items)
        and all(plain_strings(map(attrgetter(name), items)) for name in strings)
        and all(plain_strings(map(attrgetter(name), items), nullable=True) for name in nullable)
        and all(of_types(map(attrgetter(name), items), bool) for name in bools)
    )
