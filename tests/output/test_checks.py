"""check_outputs: the corpus and the workspace configuration are never an output target, and an
existing target that is not a regular file (a device, a pipe) is refused before anything is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgold.errors import NewsgoldError, OutputRefused
from newsgold.output import atomic_write_text, check_outputs, write_files
from newsgold.workspace import Workspace


@pytest.mark.parametrize("target", ["corpus", "corpus/data/documents.jsonl", "corpus/new.md", "corpus/sources/x.txt", "newsgold.toml"])
def test_the_corpus_and_the_configuration_are_refused(data_root: Path, target: str) -> None:
    (data_root / "newsgold.toml").write_text('name = "w"\n', encoding="utf-8")
    with pytest.raises(OutputRefused, match=r"refusing to write .*(the corpus|the workspace configuration)"):
        check_outputs([data_root / target], Workspace.at(data_root))
    with pytest.raises(OutputRefused, match="the corpus"):  # the gold-writing path may not write there either
        check_outputs([data_root / "corpus" / "x.json"], Workspace.at(data_root), allow_annotations=True)


def test_a_directory_holding_the_corpus_is_refused(data_root: Path) -> None:
    with pytest.raises(OutputRefused, match="it holds the corpus"):
        check_outputs([data_root], Workspace.at(data_root), directories=True, allow_annotations=True)


def test_outputs_elsewhere_in_the_workspace_pass(data_root: Path) -> None:
    check_outputs([data_root / "eval" / "r.md", data_root / "corpus-report.md"], Workspace.at(data_root))


def test_a_device_is_refused_before_it_is_read(tmp_path: Path) -> None:
    for device in (Path("/dev/zero"), Path("/dev/full")):  # reading /dev/zero for a diff never ends
        with pytest.raises(OutputRefused, match="not a regular file"):
            check_outputs([device])
        with pytest.raises(OutputRefused, match="not a regular file"):
            write_files({device: "x"}, overwrite=True)
        with pytest.raises(OutputRefused, match="not a regular file"):
            atomic_write_text(device, "x")
    assert Path("/dev/zero").is_char_device() and Path("/dev/full").is_char_device()  # not replaced


def test_a_pipe_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.md"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(OutputRefused, match="not a regular file"):
            write_files({target: "x"}, overwrite=True)
    assert fifo.is_fifo() and link.is_symlink()


def test_the_refusal_is_a_newsgold_error() -> None:
    assert issubclass(OutputRefused, NewsgoldError)


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "../x", "a\\b", " x", "x ", "a\nb", "a\0b"])
def test_a_run_id_must_be_one_folder_name(name: str) -> None:
    from newsgold.output import check_name

    with pytest.raises(OutputRefused, match="is not a folder name"):
        check_name(name, "run id")


@pytest.mark.parametrize("name", ["base", "mine-2", "v1.2_x", "ü x 日本"])
def test_plain_names_pass(name: str) -> None:
    from newsgold.output import check_name

    check_name(name, "run id")


def test_a_symlink_loop_is_refused_not_a_traceback(tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    with pytest.raises(OutputRefused, match="symlink loop"):
        check_outputs([loop])
