"""A read-only sequence whose elements are made when read, for the stores that keep one per document.

Run results, count vectors and document ids are kept flat (in one byte string, a temporary file,
numpy columns) so memory does not grow by a Python object per document; each store only says
how to make element ``i``, and indexes, negative indices and slices behave as a list's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class Indexed(Sequence[T]):
    """A sequence read back one element at a time by ``_get`` (``__len__`` and ``_get`` to write)."""

    def _get(self, i: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...
    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self._get(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._get(i)
