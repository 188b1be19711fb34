"""A suite and newsgold.toml are refused in the same words for a byte order mark or invalid TOML."""

from __future__ import annotations

import pytest

from newsgold.suites import SuiteError, parse_suite
from newsgold.workspace_config import WorkspaceConfigError, parse_config


@pytest.mark.parametrize("text", ["\ufeffname = 'x'\n", "name = \n"], ids=["bom", "invalid"])
def test_suites_and_the_workspace_config_are_refused_alike(text: str):
    with pytest.raises(SuiteError) as suite:
        parse_suite(text, "f.toml")
    with pytest.raises(WorkspaceConfigError) as config:
        parse_config(text, "f.toml")
    assert str(suite.value) == str(config.value)
    assert str(suite.value).startswith(("f.toml:1: starts with a UTF-8 byte order mark", "f.toml: invalid TOML: "))


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("name = 'x'\n\nx = " + "[" * 100_000 + "]" * 100_000 + "\n", 3, "nested too deeply"),
        ("name = 'x'\nx = " + "7" * 5000 + "\n", 2, "an integer of more than 4,300 digits"),
    ],
    ids=["nested-100000-deep", "integer-of-5000-digits"],
)
def test_what_tomllib_cannot_read_is_refused_naming_the_line(text: str, line: int, words: str):
    """Round 12: these were a RecursionError and a ValueError traceback from every command."""
    for parse, error in ((parse_suite, SuiteError), (parse_config, WorkspaceConfigError)):
        with pytest.raises(error) as refused:
            parse(text, "f.toml")
        assert str(refused.value).startswith(f"f.toml:{line}: invalid TOML: ") and words in str(refused.value)
