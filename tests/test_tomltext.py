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
