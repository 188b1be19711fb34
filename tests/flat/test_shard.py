"""A shard (newsgold.flat.shard) gives back each appended line, by place and in order."""

from __future__ import annotations

from pathlib import Path

from newsgold.flat.shard import Shard


def test_lines_read_back_by_place_and_in_order(tmp_path: Path) -> None:
    shard = Shard(tmp_path)
    objs = [[["quote", 0, 5, "“Hi” 👋🏽"]], {"a": [1.5, None]}, [], "line\r\nbreak"]
    for obj in objs:
        shard.append(obj)
    assert len(shard) == len(objs)
    assert [shard.read(i) for i in (3, 0, 2, 1)] == [objs[3], objs[0], objs[2], objs[1]]
    assert list(shard) == objs
    shard.append(7)  # appending after reads goes at the end, not where the last read stopped
    assert list(shard) == [*objs, 7]
    assert list(tmp_path.iterdir()) == []  # anonymous: no file left in the directory
