"""Document ids in one byte string (newsgold.flat.ids): the same answers as a list and a dict."""

from __future__ import annotations

import pickle
import random

import pytest

from newsgold.flat.ids import CompactIds, IdMap

AWKWARD = ["plain", "café", "e\u0301", "😀👍🏽", "🇫🇷🇩🇪", "“curly”", "a\r\nb", "", "a" * 300, "\ud800"]


def test_ids_read_back_as_a_list_reads_them():
    ids = [f"doc-{random.Random(i).random()}" for i in range(500)] + AWKWARD
    c = CompactIds(ids)
    assert len(c) == len(ids) and list(c) == ids and [c[i] for i in range(len(ids))] == ids
    assert c[-1] == ids[-1] and c[3:9] == ids[3:9] and c[::-7] == ids[::-7]
    with pytest.raises(IndexError):
        c[len(ids)]
    assert all(c.position(d) == i for i, d in enumerate(ids)) and all(d in c for d in ids)
    assert c.position("absent") is None and "absent" not in c and 3 not in c


def test_positions_follow_appends_and_the_first_of_a_repeated_id():
    c = CompactIds()
    for i in range(100):  # past several rebuilds of the lookup table
        c.append(f"{i:03d}")
        assert c.position(f"{i:03d}") == i and c.position(f"{i + 1:03d}") is None
    c.append("050")
    assert c.position("050") == 50 and c[100] == "050" and len(c) == 101


def test_pickled_ids_look_up_in_the_new_process_table():
    """str hashes differ between processes: the table is not pickled but built again."""
    c = CompactIds(AWKWARD)
    c.position("plain")  # the table exists
    back = pickle.loads(pickle.dumps(c))
    assert back.__dict__["_table"] is None and list(back) == AWKWARD and back.position("🇫🇷🇩🇪") == 4


def test_id_map_behaves_as_the_dict_it_replaces():
    m, d = IdMap(), {}
    steps = [("b", 0), ("a", 1), ("b", 5), ("c", 3), ("😀", 9), ("a", 4), ("z", 6)]
    for k, v in steps:
        m.set(k, v)
        d[k] = v
        assert dict(m) == d and list(m) == list(d) and len(m) == len(d)
    assert m.get("nope") is None and "nope" not in m
    with pytest.raises(KeyError):
        m["nope"]


def test_positions_map_keeps_no_values_until_one_differs():
    m = IdMap()
    for i, k in enumerate("xyz"):
        m.set(k, i)
    assert m._values is None and m["y"] == 1 and dict(IdMap.positions(["q", "r"])) == {"q": 0, "r": 1}
    m.set("x", 7)
    assert dict(m) == {"x": 7, "y": 1, "z": 2}


def test_ids_like_another_store_none_while_they_follow_it_and_answer_the_same():
    base = CompactIds([f"d{i:03d}" for i in range(40)] + AWKWARD)
    same = CompactIds(like=base)
    for doc_id in list(base)[:30]:
        same.append(doc_id)
    assert same._like is base and len(same._blob) == 0 and len(same._ends) == 0  # nothing of its own
    assert len(same) == 30 and list(same) == list(base)[:30] and same[-1] == base[29] and same[5:8] == base[5:8]
    assert same.position("d007") == 7 and same.position("d035") is None and "d035" not in same  # past what matched
    ids = IdMap(same)
    assert ids["d012"] == 12 and list(ids) == list(base)[:30]
    same.append("other")  # the first id that differs: what matched is copied, and it goes on alone
    same.extend(["d000", *AWKWARD])
    want = [*list(base)[:30], "other", "d000", *AWKWARD]
    assert same._like is None and list(same) == want and [same[i] for i in range(len(want))] == want
    assert same.position("other") == 30 and same.position("d000") == 0 and same.position("\ud800") == want.index("\ud800")
    assert list(base) == [f"d{i:03d}" for i in range(40)] + AWKWARD  # the other store unchanged
    back = pickle.loads(pickle.dumps(CompactIds(list(base)[:3], like=base)))
    assert list(back) == list(base)[:3] and back.position("d002") == 2
