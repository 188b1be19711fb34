"""``newsgold.flat.indexed``: a sequence made element by element indexes and slices as a list does."""

from __future__ import annotations

import pytest

from newsgold.flat.indexed import Indexed


class Squares(Indexed[int]):
    def __init__(self, n: int):
        self.n, self.made = n, 0

    def __len__(self) -> int:
        return self.n

    def _get(self, i: int) -> int:
        self.made += 1
        return i * i


@pytest.mark.parametrize("n", [0, 1, 5])
def test_indexes_and_slices_as_a_list(n: int):
    seq, ref = Squares(n), [i * i for i in range(n)]
    for i in range(-n, n):
        assert seq[i] == ref[i]
    for s in (slice(None), slice(1, None), slice(None, -1), slice(None, None, -2), slice(3, 1), slice(-9, 99)):
        assert seq[s] == ref[s]
    for bad in (n, -n - 1):
        with pytest.raises(IndexError):
            seq[bad]
    assert list(seq) == ref and all(x in seq for x in ref) and -1 not in seq


def test_an_element_is_made_only_when_read():
    seq = Squares(1000)
    assert seq[-1] == 999 * 999 and seq.made == 1
