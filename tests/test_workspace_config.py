"""``newsgold.toml`` values of the right kind but unusable: refused with the file and the field."""

from __future__ import annotations

import pytest

from newsgold.workspace_config import WorkspaceConfigError, parse_config


@pytest.mark.parametrize("value", ["", "../../../outside", "a/b", "a\\\\b", ".hidden", "default.toml", " "])
def test_a_default_suite_that_is_not_a_suite_name_is_refused(value: str) -> None:
    """An empty default_suite fell back to ``default`` without a word; ``../../x`` named a suite outside."""
    with pytest.raises(WorkspaceConfigError, match=r"newsgold.toml: field default_suite"):
        parse_config(f'name = "w"\ndefault_suite = "{value}"\n', "newsgold.toml")


def test_a_suite_name_is_kept() -> None:
    assert parse_config('name = "w"\ndefault_suite = "nightly-2"\n', "newsgold.toml").default_suite == "nightly-2"


def test_an_empty_label_studio_project_is_refused() -> None:
    """``project = ""`` used the workspace's name silently."""
    with pytest.raises(WorkspaceConfigError, match=r"newsgold.toml: \[labelstudio\]: field project"):
        parse_config('name = "w"\n[labelstudio]\nproject = ""\n', "newsgold.toml")


@pytest.mark.parametrize("title", ["ws", "x" * 51])
def test_a_project_title_label_studio_refuses_is_still_read(title: str) -> None:
    """A workspace an older ``init`` named ``ws`` keeps working: only ``annotate``/``ls push`` refuse that title."""
    assert parse_config(f'name = "w"\n[labelstudio]\nproject = "{title}"\n', "newsgold.toml").project == title


def test_a_bom_is_said() -> None:
    with pytest.raises(WorkspaceConfigError, match=r"^newsgold\.toml:1: starts with a UTF-8 byte order mark"):
        parse_config('\ufeffname = "w"\n', "newsgold.toml")


def test_a_newsgold_toml_that_is_a_named_pipe_is_refused_not_waited_on(tmp_path) -> None:
    """A FIFO named newsgold.toml: every command waited for a writer for ever."""
    import os

    from newsgold.workspace_config import load_config

    os.mkfifo(tmp_path / "newsgold.toml")
    with pytest.raises(WorkspaceConfigError, match=r"newsgold\.toml: cannot be read: is not a regular file"):
        load_config(tmp_path)


def test_no_newsgold_toml_is_the_defaults(tmp_path) -> None:
    from newsgold.workspace_config import load_config

    assert load_config(tmp_path).name == tmp_path.name
