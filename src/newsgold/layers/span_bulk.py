"""Bulk reading of span layers (see :mod:`newsgold.bulkread`): the checks of
:meth:`SpanLayer.check <newsgold.layers.spans.SpanLayer.check>` over every item of a chunk at once."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any


class SpanBulk:
    """Fragments (``span_attr``) inside the text, sorted and disjoint, as numpy arrays; scores the
    strict reader reads alike; then a layer's own :meth:`bulk_items_ok` (its ``check_item``)."""

    span_attr: str

    def bulk_clean(self, chunk: Any, items: Sequence[Sequence[Any]]) -> Any:
        from newsgold.bulkread import number_ok

        flat, doc = chunk.flat(items)
        ok = chunk.fragments_ok(list(map(attrgetter(self.span_attr), flat)), doc)
        ok &= chunk.known(list(map(attrgetter("score"), flat)), number_ok)
        ok &= self.bulk_items_ok(chunk, flat, doc)
        return chunk.per_doc(ok, doc)

    def bulk_items_ok(self, chunk: Any, flat: list[Any], doc: Any) -> Any:
        """Per item (numpy bool): True where ``check_item`` would find nothing."""
        import numpy as np

        return np.ones(len(flat), bool)
