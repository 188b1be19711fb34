"""The hand-written to_dict of item results equals dataclasses.asdict plus the kind."""

from __future__ import annotations

import dataclasses
import itertools

from newsgold.scoring.results import ItemMatch, StanceMatch


def test_item_match_to_dict_equals_asdict() -> None:
    for gold, pred, matched, attribution in itertools.product((None, 3), (None, 0), (False, True), (None, "wrong")):
        m = ItemMatch("quotes", gold, pred, "q1" if gold is not None else None, "p", 4, {"strict": "cor"}, matched, attribution, "direct")
        got = m.to_dict()
        assert got == {**dataclasses.asdict(m), "kind": m.kind}
        assert list(got) == [*(f.name for f in dataclasses.fields(m)), "kind"]
        assert got["outcome"] is not m.outcome  # a copy, as asdict made


def test_stance_match_to_dict_equals_asdict() -> None:
    for gold, pred in itertools.product((None, "favor"), (None, "favor", "against")):
        s = StanceMatch("holder", "E1", "T1", gold, pred, "E2", None)
        assert s.to_dict() == {**dataclasses.asdict(s), "kind": s.kind}
        assert list(s.to_dict()) == [*(f.name for f in dataclasses.fields(s)), "kind"]


def test_item_match_builds_the_same_frozen_object_as_the_constructor() -> None:
    import dataclasses

    import pytest

    from newsgold.scoring.results import ItemMatch, item_match

    values = ("quotes", 0, None, "q1", None, 0, {"strict": "mis"}, False, None, "direct", None)
    fast, slow = item_match(*values), ItemMatch(*values)
    assert fast == slow and fast.to_dict() == slow.to_dict() and fast.kind == "fn"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.gold = 1  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 11 values"):
        item_match(*values[:-1])
