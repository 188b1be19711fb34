"""update_dir with a backup: when the swap fails (a read-only gold folder), the backup it made is
removed again, since the gold was not replaced (a failed ``ls pull --write-gold`` left one behind
while saying "nothing was replaced"); once the swap is done the backup stays."""

from __future__ import annotations

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
