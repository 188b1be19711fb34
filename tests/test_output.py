"""The one safe-output path: all or nothing, never silent, never into the annotations."""

import os

import pytest

from newsgold.errors import OutputRefused
from newsgold.output import OverwriteRefused, atomic_write_text, check_outputs, write_dir, write_files
from newsgold.workspace import Workspace


def test_overwrite_is_refused_with_a_diff_and_nothing_is_written(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("old\n", encoding="utf-8")
    with pytest.raises(OverwriteRefused) as err:
        write_files({b: "new b\n", a: "new\n"})
    assert "-old\n+new\n" in err.value.diff
    assert a.read_text(encoding="utf-8") == "old\n"
    assert not b.exists()  # all or nothing: the refusal comes before any write
    assert write_files({b: "new b\n", a: "new\n"}, overwrite=True) == [b, a]
    assert a.read_text(encoding="utf-8") == "new\n"


def test_atomic_write_leaves_no_temporary_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "gold.json"
    target.write_text("kept\n", encoding="utf-8")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "replacement\n")
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["gold.json"]


def test_atomic_write_gives_a_normal_file_mode(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "report.html", "<html></html>\n")
    finally:
        os.umask(old)
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o644


def test_a_failure_while_staging_writes_nothing(tmp_path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a\n", encoding="utf-8")
    real = os.fsync
    calls = []

    def fail_second(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr("os.fsync", fail_second)
    with pytest.raises(OSError, match="No space"):
        write_files({a: "new a\n", b: "new b\n"}, overwrite=True)
    assert a.read_text(encoding="utf-8") == "old a\n" and not b.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no stray temporaries


@pytest.fixture
def ws(tmp_path):
    (tmp_path / "corpus" / "data").mkdir(parents=True)
    (tmp_path / "annotations" / "gold").mkdir(parents=True)
    return Workspace.at(tmp_path)


@pytest.mark.parametrize("target", ["annotations", "annotations/gold", "annotations/gold/doc.json", "annotations/new/x.md"])
def test_outputs_inside_the_annotations_are_refused(ws, target):
    with pytest.raises(OutputRefused, match="inside the annotations directory"):
        check_outputs([ws.root / target], ws, directories=target.endswith(("annotations", "gold")))
    check_outputs([ws.root / target], ws, allow_annotations=True, directories=True)  # the explicit gold path


def test_outputs_onto_an_input_a_directory_or_twice_are_refused(ws, tmp_path):
    pred = tmp_path / "preds.jsonl"
    with pytest.raises(OutputRefused, match="inside the predictions"):
        check_outputs([pred], ws, [(pred, "the predictions")])
    (tmp_path / "reports").mkdir()
    with pytest.raises(OutputRefused, match="is a directory"):
        check_outputs([tmp_path / "reports"], ws)
    with pytest.raises(OutputRefused, match="inside the corpus"):  # the corpus folder: refused before its kind is looked at
        check_outputs([tmp_path / "corpus"], ws)
    with pytest.raises(OutputRefused, match="given for two outputs"):
        check_outputs([tmp_path / "r.md", tmp_path / "r.md"], ws)
    with pytest.raises(OutputRefused, match="it holds the annotations directory"):  # a run dir replacing the data
        check_outputs([tmp_path], ws, [(ws.gold_dir, "the gold")], directories=True)
    check_outputs([tmp_path / "report.md", tmp_path / "errors.jsonl"], ws, [(pred, "the predictions")])


def test_a_directory_is_replaced_in_one_step_and_only_when_asked(tmp_path):
    run = tmp_path / "run"
    write_dir(run, {"a.txt": "1\n"})
    with pytest.raises(OverwriteRefused):
        write_dir(run, {"b.txt": "2\n"})
    assert [p.name for p in run.iterdir()] == ["a.txt"]
    write_dir(run, {"b.txt": "2\n"}, overwrite=True)
    assert [p.name for p in run.iterdir()] == ["b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]  # no staging directory left
