"""update_dir with a backup: when the swap fails (a read-only gold folder), the backup it made is
removed again, since the gold was not replaced (a failed ``ls pull --write-gold`` left one behind
while saying "nothing was replaced"); once the swap is done the backup stays."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgold.output import BACKUPS, OutputFailed, update_dir
from newsgold.output import dirs as dirs_module


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "annotations" / "gold"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text('{"doc_id": "a"}\n', encoding="utf-8")
    return gold


def test_a_failed_swap_leaves_no_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = _gold(tmp_path)

    def refuse(*args: object) -> None:
        raise OutputFailed(f"cannot write {gold}: Operation not permitted; nothing was replaced")

    monkeypatch.setattr(dirs_module, "publish_dir", refuse)
    with pytest.raises(OutputFailed):
        update_dir(gold, {gold / "a.json": '{"doc_id": "a", "new": 1}\n'}, backup=True)
    assert (gold / "a.json").read_text(encoding="utf-8") == '{"doc_id": "a"}\n'
    assert not (tmp_path / "annotations" / BACKUPS).exists()


def test_a_done_swap_keeps_its_backup(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    copy = update_dir(gold, {gold / "a.json": '{"doc_id": "a", "new": 1}\n'}, backup=True)
    assert copy is not None and (copy / "a.json").read_text(encoding="utf-8") == '{"doc_id": "a"}\n'
    assert (gold / "a.json").read_text(encoding="utf-8") == '{"doc_id": "a", "new": 1}\n'


def test_a_stage_that_cannot_be_made_is_said_of_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 12: ``init /sys/ws`` said ``/sys/.ws.ngtx-9290-d5c011a9.tmp: Operation not permitted`` (a name the
    user never gave) and ``init afile/ws`` said ``afile: File exists`` of a file in the way."""
    from newsgold.output.dirs import make_temp_dir

    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError) as in_the_way:
        make_temp_dir(tmp_path / "afile" / "ws")
    assert in_the_way.value.filename == str(tmp_path / "afile") and "a file is in the way" in in_the_way.value.strerror

    def refused(path: object, mode: int = 0o777) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "mkdir", refused)
    with pytest.raises(PermissionError) as denied:
        make_temp_dir(tmp_path / "ws")
    assert denied.value.filename == str(tmp_path / "ws")
