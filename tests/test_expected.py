"""What a problem says was expected: one-of shapes in words, a few known ids and how many."""

from __future__ import annotations

from newsgold.expected import known_ids, one_of_shapes


def test_one_of_shapes_in_words():
    text = {"type": "string", "minLength": 1}
    assert (
        one_of_shapes([text, {"type": "array", "items": text, "minItems": 1}])
        == "a non-empty string or a non-empty list of non-empty strings"
    )
    assert one_of_shapes([{"type": "null"}, {"$ref": "#/$defs/span"}]) == "null or a span [start, end]"


def test_known_ids_are_ten_and_a_count_and_follow_a_changed_corpus():
    ids = {f"d{i:03d}": None for i in range(12)}
    assert known_ids(ids) == "d000, d001, d002, d003, d004, d005, d006, d007, d008, d009, ... (12 in all)"
    assert known_ids({}) == "none"
    small = {"b": 1}
    assert known_ids(small) == "b"
    small["a"] = 2  # the same dict, grown: listed again
    assert known_ids(small) == "a, b"
