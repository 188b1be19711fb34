"""Merging into the corpus: existing records untouched, changed texts refused, --replace moves annotations aside."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from newsgold.importing import import_sources
from newsgold.importing.errors import ChangedTextRefused, SourceError
from newsgold.schema import DocAnnotation, Quote, Source, dumps_doc
from newsgold.store import write_annotation_dir
from newsgold.validate import gold_coverage, validate_all
from newsgold.workspace import Workspace
from newsgold.workspace_init import init_workspace

from .conftest import snapshot

REPO = Path(__file__).resolve().parents[2]


def gold_for(ws: Workspace, doc_id: str, end: int = 8) -> None:
    ann = DocAnnotation(doc_id, quotes=[Quote("q1", "direct", [(0, end)], Source())], claims=[], stances=[])
    write_annotation_dir({doc_id: ann}, ws.gold_dir)


def test_partial_gold_is_normal(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    ws = Workspace.at(ws.root)
    gold_for(ws, "plain")
    assert validate_all(ws) == []
    assert gold_coverage(ws) == (1, 3)


def test_a_changed_text_is_refused_naming_its_annotations(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    gold_for(ws, "plain")
    (articles / "plain.txt").write_text("A third article, edited.", encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(
        ChangedTextRefused,
        match=r"plain.txt: field text: the text of 'plain' differs from the one in "
        r".*documents.jsonl \(line 2\); its annotations \(.*annotations/gold/plain.json\) index the old text",
    ) as info:
        import_sources(ws, [articles])
    assert info.value.remedy == "replace"
    assert snapshot(ws.root) == before


def test_replace_moves_gold_and_passes_aside(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    gold_for(ws, "plain")
    gold_for(ws, "quote-of-the-day")
    annotator = ws.passes_dir / "annotator-a"
    write_annotation_dir({"plain": DocAnnotation("plain", quotes=[], claims=[], stances=[])}, annotator)
    old_lines = ws.documents_file.read_text(encoding="utf-8").splitlines()
    (articles / "plain.txt").write_text("A third article, edited.", encoding="utf-8")
    report = import_sources(ws, [articles], replace=True)
    assert [c.doc_id for c in report.plan.replaced] == ["plain"] and len(report.plan.unchanged) == 2
    moved = {old.relative_to(ws.root).as_posix(): new.relative_to(ws.root).as_posix() for old, new in report.moved.items()}
    assert sorted(moved) == ["annotations/gold/plain.json", "annotations/passes/annotator-a/plain.json"]
    for old, new in moved.items():
        assert not (ws.root / old).exists() and (ws.root / new).is_file()
        assert new.startswith("annotations/.replaced/") and new.endswith(old.removeprefix("annotations/"))
    new_lines = ws.documents_file.read_text(encoding="utf-8").splitlines()
    assert new_lines[0::2] == old_lines[0::2] and new_lines[1] != old_lines[1]  # in place, others untouched
    fresh = Workspace.at(ws.root)
    assert fresh.documents["plain"].text == "A third article, edited."
    assert validate_all(fresh) == [] and gold_coverage(fresh) == (1, 3)


def test_the_existing_corpus_stays_byte_identical(tmp_path: Path, articles: Path):
    init_workspace(tmp_path / "w", seed=Workspace.at(REPO))
    ws = Workspace.at(tmp_path / "w")
    seed = (REPO / "corpus/data/documents.jsonl").read_bytes()
    import_sources(ws, [articles])
    after = ws.documents_file.read_bytes()
    assert after.startswith(seed) and after.count(b"\n") == seed.count(b"\n") + 3
    fresh = Workspace.at(ws.root)
    assert validate_all(fresh) == [] and gold_coverage(fresh) == (2, 5)


def test_a_failed_write_puts_the_annotations_back(ws: Workspace, articles: Path, monkeypatch: pytest.MonkeyPatch):
    import newsgold.importing.plan as plan

    import_sources(ws, [articles])
    gold_for(ws, "plain")
    (articles / "plain.txt").write_text("edited", encoding="utf-8")
    before = snapshot(ws.root)

    def full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(plan, "write_files", full)
    with pytest.raises(OSError):
        import_sources(ws, [articles], replace=True)
    after = snapshot(ws.root)
    assert after == before


def test_gold_dumped_with_dumps_doc_counts(ws: Workspace, articles: Path):
    import_sources(ws, [articles])
    ann = DocAnnotation("iran-talks-denied", quotes=[], claims=[], stances=[])
    (ws.gold_dir / "iran-talks-denied.json").write_text(dumps_doc(ann), encoding="utf-8")
    fresh = Workspace.at(ws.root)
    assert validate_all(fresh) == [] and gold_coverage(fresh) == (1, 3)
    assert json.loads((ws.gold_dir / "iran-talks-denied.json").read_text())["claims"] == []


def test_two_imports_at_once_keep_both(ws: Workspace, tmp_path: Path) -> None:
    """Each import read documents.jsonl, added its documents and wrote it whole: the later one
    silently dropped the other's documents, both exit 0 (round 6).  The second one now waits."""
    import threading

    from newsgold.importing import import_sources, read_sources
    from newsgold.importing.plan import apply_plan, corpus_lock, plan_import

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"doc_id": "one", "text": "A."}\n', encoding="utf-8")
    b.write_text('{"doc_id": "two", "text": "B."}\n', encoding="utf-8")
    told = threading.Event()
    with corpus_lock(ws):  # a first import is writing
        worker = threading.Thread(target=import_sources, args=(ws, [b]), kwargs={"waiting": told.set})
        worker.start()
        assert told.wait(30)  # the second import waits for it...
        apply_plan(ws, plan_import(ws, read_sources([a])))  # the first import's own write, under its lock
    worker.join(30)
    ws.__dict__.pop("documents", None)
    assert {"one", "two"} <= set(ws.documents)  # ...and plans on the corpus the first one wrote


def test_the_import_lock_makes_no_folder_and_survives_a_file_system_without_flock(ws: Workspace, monkeypatch) -> None:
    """Locking made corpus/data before the plan was checked (a refused import left it behind), and a
    file system refusing ``flock`` on a directory (NFS: EBADF) failed every import."""
    import errno
    import fcntl

    from newsgold.importing.plan import corpus_lock

    folder = ws.documents_file.parent
    existed = folder.exists()
    with corpus_lock(ws):
        assert folder.exists() == existed

    def no_flock(fd: int, op: int) -> None:
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(fcntl, "flock", no_flock)
    entered = False
    with corpus_lock(ws):
        entered = True
    assert entered


def test_replace_refuses_an_annotation_file_that_is_not_utf8_and_writes_nothing(ws: Workspace, articles: Path):
    """A gold file saved as UTF-16 by an editor: ``import --replace`` was a UnicodeDecodeError traceback."""
    from newsgold.importing.errors import InvalidUtf8Error

    import_sources(ws, [articles])
    gold_for(ws, "plain")
    gold = ws.gold_dir / "plain.json"
    gold.write_bytes(gold.read_text(encoding="utf-8").encode("utf-16"))
    (articles / "plain.txt").write_text("edited", encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(InvalidUtf8Error, match=r"annotations/gold/plain\.json: not UTF-8 \(byte 0xff at offset 0\)"):
        import_sources(ws, [articles], replace=True)
    assert snapshot(ws.root) == before and not (ws.annotations_dir / ".replaced").exists()


@pytest.mark.parametrize(
    "make, said",
    [
        (os.mkfifo, "is not a regular file (a FIFO, a device or a socket)"),
        (os.mkdir, "is a directory, not a file"),
        (lambda p: os.symlink("/nonexistent/a.json", p), "no such file"),
    ],
    ids=["named-pipe", "folder", "dangling-link"],
)
def test_replace_refuses_an_annotation_file_that_is_not_a_file_and_writes_nothing(ws: Workspace, articles: Path, make, said: str):
    """Round 12: a pass file that was a named pipe was left where it was (beside the new text), and a
    folder so named was a traceback (``IsADirectoryError`` naming a file descriptor)."""
    import_sources(ws, [articles])
    gold_for(ws, "plain")
    pass_dir = ws.annotations_dir / "passes" / "annotator-a"
    pass_dir.mkdir(parents=True)
    make(pass_dir / "plain.json")
    (articles / "plain.txt").write_text("edited", encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(SourceError, match=r"annotator-a/plain\.json: " + re.escape(said) + ".*--replace moves"):
        import_sources(ws, [articles], replace=True)
    assert snapshot(ws.root) == before and not (ws.annotations_dir / ".replaced").exists()


def test_replace_that_cannot_be_written_leaves_no_replaced_folders(ws: Workspace, articles: Path, monkeypatch: pytest.MonkeyPatch):
    """Round 12: with a read-only ``annotations/gold`` the replace was refused, but the empty folders
    ``annotations/.replaced/<time>/gold`` and ``…/passes`` it had made for the moved files stayed."""
    import newsgold.importing.plan
    from newsgold.output import OutputFailed

    import_sources(ws, [articles])
    gold_for(ws, "plain")
    (articles / "plain.txt").write_text("edited", encoding="utf-8")

    def read_only(*a, **kw):
        raise OutputFailed("cannot write annotations/gold/plain.json: Read-only file system; nothing was replaced")

    monkeypatch.setattr(newsgold.importing.plan, "write_files", read_only)
    before = snapshot(ws.root)
    with pytest.raises(OutputFailed):
        import_sources(ws, [articles], replace=True)
    assert snapshot(ws.root) == before and not (ws.annotations_dir / ".replaced").exists()
