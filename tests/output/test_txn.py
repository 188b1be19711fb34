"""Publication and recovery in one process: what a dead writer leaves is completed or undone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.output import OutputFailed, recover, txn, update_dir, write_files
from newsgold.output.txn import journal_path, publish_dir, temp_path


@pytest.fixture(scope="module")
def dead() -> str:
    """The token of a process that has exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return f"{proc.pid}-0123abcd"


def test_an_interrupted_fallback_swap_is_completed(tmp_path: Path, dead: str) -> None:
    target = tmp_path / "gold"
    stage, aside = temp_path(target, dead), temp_path(target, dead, "old")
    stage.mkdir()
    (stage / "a.json").write_text("new\n", encoding="utf-8")
    aside.mkdir()
    (aside / "a.json").write_text("old\n", encoding="utf-8")  # target moved aside, stage not yet in
    notes = recover([tmp_path])
    assert (target / "a.json").read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold"] and notes


def test_an_old_set_aside_without_its_replacement_is_put_back(tmp_path: Path, dead: str) -> None:
    aside = temp_path(tmp_path / "gold", dead, "old")
    aside.mkdir()
    (aside / "a.json").write_text("old\n", encoding="utf-8")
    recover([tmp_path])
    assert (tmp_path / "gold" / "a.json").read_text(encoding="utf-8") == "old\n"


def test_stray_stages_of_dead_processes_go_and_those_of_live_ones_stay(tmp_path: Path, dead: str) -> None:
    (tmp_path / "run").mkdir()
    temp_path(tmp_path / "run", dead).mkdir()
    mine = temp_path(tmp_path / "run", f"{os.getpid()}-00000000")
    mine.mkdir()
    recover([tmp_path])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["run", mine.name])


def _journal(dirs: list[Path], ops: list[tuple[Path, Path]], token: str, committed: bool) -> None:
    journals = [journal_path(d, token) for d in dirs]
    body = json.dumps({"primary": str(journals[0]), "journals": [str(j) for j in journals], "ops": [[str(t), str(s)] for t, s in ops]})
    for j in journals if committed else journals[1:]:
        j.write_text(body, encoding="utf-8")


@pytest.mark.parametrize("committed", [True, False])
def test_a_file_set_journal_is_rolled_forward_once_committed_else_back(tmp_path: Path, dead: str, committed: bool) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    ra, rb = a / "errors.jsonl", b / "report.md"
    ra.write_text("old\n", encoding="utf-8")
    rb.write_text("old\n", encoding="utf-8")
    sa, sb = temp_path(ra, dead), temp_path(rb, dead)
    sa.write_text("new a\n", encoding="utf-8")
    sb.write_text("new b\n", encoding="utf-8")
    if committed:
        os.replace(sa, ra)  # killed after the first rename
    _journal([a, b], [(ra, sa), (rb, sb)], dead, committed)
    recover([b])  # found through the second directory's copy
    recover([a])
    want = ("new a\n", "new b\n") if committed else ("old\n", "old\n")
    assert (ra.read_text(encoding="utf-8"), rb.read_text(encoding="utf-8")) == want
    assert [p.name for p in a.iterdir()] == ["errors.jsonl"] and [p.name for p in b.iterdir()] == ["report.md"]


def test_without_an_atomic_exchange_the_directory_is_still_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(txn, "_exchange_works", False)
    target = tmp_path / "gold"
    target.mkdir()
    (target / "a.json").write_text("old\n", encoding="utf-8")
    update_dir(target, {target / "b.json": "new\n"})
    assert sorted(p.name for p in target.iterdir()) == ["a.json", "b.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold"]


def test_a_gold_update_keeps_the_other_files_and_a_complete_backup(tmp_path: Path) -> None:
    gold = tmp_path / "annotations" / "gold"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text("a\n", encoding="utf-8")
    (gold / "b.json").write_text("b\n", encoding="utf-8")
    backup = update_dir(gold, {gold / "b.json": "b2\n"}, backup=True)
    assert {p.name: p.read_text(encoding="utf-8") for p in gold.iterdir()} == {"a.json": "a\n", "b.json": "b2\n"}
    assert backup is not None and {p.name: p.read_text(encoding="utf-8") for p in backup.iterdir()} == {"a.json": "a\n", "b.json": "b\n"}
    assert sorted(p.name for p in (tmp_path / "annotations").iterdir()) == [".gold-backups", "gold"]


def test_a_rename_failing_midway_puts_back_what_was_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a\n", encoding="utf-8")
    real, calls = os.replace, []

    def second_fails(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputFailed, match="No space left"):
        write_files({a: "new a\n", b: "new b\n"}, overwrite=True)
    monkeypatch.undo()
    assert a.read_text(encoding="utf-8") == "old a\n" and not b.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_delete_that_cannot_be_done_refuses_the_set_before_its_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 12: ``import --replace`` with a read-only ``annotations/gold`` renamed the corpus and the moved
    copies in, then failed removing the old gold file: the new text beside gold whose offsets index the old
    one, journals and old copies left, and "nothing was replaced" said.  A delete that cannot be done
    (here: any write beside it fails, as on a read-only mount) now refuses the set before anything is in."""
    (tmp_path / "data").mkdir()
    (tmp_path / "gold").mkdir()
    corpus, gone = tmp_path / "data/documents.jsonl", tmp_path / "gold/a.json"
    corpus.write_text("old\n", encoding="utf-8")
    gone.write_text("{}\n", encoding="utf-8")
    real_link, real_unlink = os.link, os.unlink

    def read_only(path: object) -> None:
        if Path(str(path)).parent == gone.parent:
            raise OSError(30, "Read-only file system", str(path))

    monkeypatch.setattr(os, "link", lambda src, dst, **kw: read_only(dst) or real_link(src, dst, **kw))
    monkeypatch.setattr(os, "unlink", lambda path, **kw: read_only(path) or real_unlink(path, **kw))
    with pytest.raises(OutputFailed, match="Read-only"):
        write_files({corpus: "new\n", tmp_path / "data/moved.json": "{}\n"}, overwrite=True, deletes=[gone])
    monkeypatch.undo()
    assert corpus.read_text(encoding="utf-8") == "old\n" and gone.exists()
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["data", "data/documents.jsonl", "gold", "gold/a.json"]


def test_ctrl_c_after_the_commit_point_finishes_the_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C between two renames of a committed set left its journals among the outputs (round 10: after
    ``adjudicate -o cur``, ``cur/.ngtx-….journal``), which a next command writing elsewhere never settled."""
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    a, b = tmp_path / "d1/a.txt", tmp_path / "d2/b.txt"
    a.write_text("old a\n", encoding="utf-8")
    real, calls = os.replace, []

    def interrupted(src: object, dst: object) -> None:
        calls.append(dst)
        if dst == b and len([c for c in calls if c == b]) == 1:
            raise KeyboardInterrupt
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files({a: "new a\n", b: "new b\n"}, overwrite=True)
    monkeypatch.undo()
    assert (a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")) == ("new a\n", "new b\n")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "b.txt", "d1", "d2"]


def test_a_dead_process_journal_beside_unchanged_files_is_settled_by_the_next_write(tmp_path: Path, dead: str) -> None:
    """Only the directories of files that changed were recovered: a journal left among files the next write
    leaves as they are stayed for good."""
    a = tmp_path / "a.txt"
    a.write_text("same\n", encoding="utf-8")
    _journal([tmp_path], [(a, temp_path(a, dead))], dead, committed=True)  # committed, its rename done: only the journal left
    assert journal_path(tmp_path, dead).exists()
    write_files({a: "same\n"}, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"] and a.read_text(encoding="utf-8") == "same\n"


def test_publishing_onto_a_missing_target_is_one_rename(tmp_path: Path) -> None:
    stage = temp_path(tmp_path / "run", f"{os.getpid()}-00000001")
    stage.mkdir()
    publish_dir(stage, tmp_path / "run")
    assert [p.name for p in tmp_path.iterdir()] == ["run"]


@pytest.mark.parametrize(("fault", "killed"), [("x", True), ("x:2", True), ("x:3", False), ("y", False), (None, False)])
def test_the_fault_hook_kills_at_the_named_step_only(fault: str | None, killed: bool) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGOLD_FAULT")}
    if fault:
        env["NEWSGOLD_FAULT"] = fault
    code = "from newsgold.output.fault import step\nstep('x'); step('x')"
    result = subprocess.run([sys.executable, "-c", code], env=env)
    assert result.returncode == (-signal.SIGKILL if killed else 0)


@pytest.mark.parametrize("length, said", [(240, "give a name of 228 bytes at most"), (300, "File name too long")])
def test_a_name_too_long_for_its_temporary_is_refused_naming_the_target(tmp_path: Path, length: int, said: str) -> None:
    """Round 12: ``score -o <240 r's>.md`` (a legal name) failed as "File name too long" of the target, and
    ``export``/``init`` named the hidden ``.<name>.ngtx-….tmp``; nothing is written either way."""
    target = tmp_path / ("r" * (length - 3) + ".md")
    with pytest.raises(OSError) as refused:  # (300 bytes: refused by the first look at the target, as the system names it)
        write_files({target: "x\n"})
    message = str(refused.value)
    assert str(target) in message and said in message and ".ngtx-" not in message
    assert list(tmp_path.iterdir()) == []
