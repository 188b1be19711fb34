"""The fast indented JSON writer gives json.dumps's exact text (the report format must not drift)."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest

from newsgold.reports.jsontext import dumps, dumps_finite

STRINGS = ["", "a", 'q"uote', "back\\slash", "é", "😀", "🇫🇷", "“curly”", "line\nbreak", "\t\x00\u2028", "ctrl\x1f"]
FLOATS = [0.0, -0.0, 1.0, 0.5, 1e-05, 1e16, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, math.nan, math.inf, -math.inf]


def _value(rng: random.Random, depth: int) -> Any:
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.choice(STRINGS)
    if kind == 1:
        return rng.choice([None, True, False])
    if kind == 2:
        return rng.randint(-(2**70), 2**70)
    if kind == 3:
        return rng.choice(FLOATS)
    if kind == 4:
        return rng.random()
    if kind == 5:
        return rng.randint(0, 50)
    if kind == 6:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if kind == 7:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    return {rng.choice(STRINGS) + str(i): _value(rng, depth + 1) for i in range(rng.randint(0, 4))}


@pytest.mark.parametrize("indent", [1, 2])
def test_same_text_as_json_dumps_on_random_values(indent: int) -> None:
    rng = random.Random(11)
    for _ in range(3000):
        value = _value(rng, 0)
        assert dumps(value, indent) == json.dumps(value, indent=indent, ensure_ascii=False)


def test_non_string_keys_and_subclasses_as_json_dumps() -> None:
    import numpy as np

    value = {"a": {1: [1, {"x": None}], 2.5: True, None: "n"}, "b": [np.float64(0.25), True, 3]}
    assert dumps(value) == json.dumps(value, indent=1, ensure_ascii=False)


def test_unknown_types_and_cycles_raise_as_json_dumps() -> None:
    with pytest.raises(TypeError):
        dumps({"a": object()})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps(loop)


def _finite(value: Any, rng: random.Random) -> Any:
    """``value`` with every NaN/Infinity replaced by a small float (below 1e-4 now and then)."""
    if isinstance(value, float) and not math.isfinite(value):
        return rng.random() * 1e-3
    if isinstance(value, (list, tuple)):
        return type(value)(_finite(v, rng) for v in value)
    if isinstance(value, dict):
        return {k: _finite(v, rng) for k, v in value.items()}
    return value


@pytest.mark.parametrize("indent", [1, 2, 3])
def test_dumps_finite_is_json_dumps_at_any_depth(indent: int) -> None:
    rng = random.Random(5)
    for i in range(3000):
        value = _finite(_value(rng, 0), rng)
        depth = i % 3
        expected = json.dumps(value, indent=indent, ensure_ascii=False).replace("\n", "\n" + " " * (indent * depth))
        assert dumps_finite(value, indent, depth) == expected
        # as a value inside a container at that depth
        assert dumps({"a": [value]}, indent) == dumps_finite({"a": [value]}, indent)


def test_dumps_finite_falls_back_on_small_floats_and_other_types() -> None:
    import numpy as np

    value = {"tiny": 1e-05, "f": 0.25, "big": 2**70, "np": [np.float64(0.5)], "keys": {1: "x"}, "s": "e-0.0000 “x”"}
    assert dumps_finite(value, 1, 1) == json.dumps(value, indent=1, ensure_ascii=False).replace("\n", "\n ")


def test_dumps_finite_writes_nan_as_null_and_the_slow_path_gets_its_own_object() -> None:
    value = {"a": math.nan, "b": [0.5]}
    assert dumps_finite(value, 1, 0) == '{\n "a": null,\n "b": [\n  0.5\n ]\n}'
    tiny = {"a": math.nan, "b": 1e-05}  # orjson's text of 1e-05 is not repr's: the pure writer
    assert dumps_finite(tiny, 1, 0, slow=lambda: {"a": None, "b": 1e-05}) == '{\n "a": null,\n "b": 1e-05\n}'
