"""Where a problem sits inside a document object: its item (``quote "q3"``) and field
(``quotes[2].source.span``), worded the same by every check that reports one (validation, the
grapheme warnings); and where its integers too large to show are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsgold.layers import registry


def field_path(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def item_label(raw: dict[str, Any], path: Sequence[Any]) -> str | None:
    """'quote "q3"' for a path inside the third quote, using its id when it has one."""
    if len(path) >= 2 and path[0] in registry and isinstance(path[1], int):
        items = raw.get(path[0])
        item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else None
        return registry[path[0]].item_label(item, path[1])
    return None


def huge_ints(raw: Any) -> list[tuple[list[Any], int]]:
    """(path, bit length) of each integer ``str()`` cannot show (Python's limit is 4,300 digits):
    a plug-in's ``10**5000`` broke every message that quoted it.  (JSON readers refuse such
    numbers already.)  Walked without recursion: the object may be deep."""
    out: list[tuple[list[Any], int]] = []
    todo: list[tuple[Any, list[Any]]] = [(raw, [])]
    while todo:
        value, path = todo.pop()
        if type(value) is int and value.bit_length() > 14_000:  # ~4,200 digits
            out.append((path, value.bit_length()))
        elif isinstance(value, list):
            todo += [(v, [*path, i]) for i, v in enumerate(value)]
        elif isinstance(value, dict):
            todo += [(v, [*path, k]) for k, v in value.items()]
    return out
