"""TOML text (a suite, ``newsgold.toml``) read into a table, with the same refusals for every file."""

from __future__ import annotations

import tomllib
from typing import Any

from newsgold.errors import NewsgoldError


def parse_toml(text: str, file: str, error: type[NewsgoldError]) -> dict[str, Any]:
    """The table in ``text``; a byte order mark or invalid TOML raises ``error`` naming ``file``."""
    if text.startswith("\ufeff"):  # Notepad's BOM; tomllib said "Invalid statement (at line 1, column 1)"
        raise error(f"{file}:1: starts with a UTF-8 byte order mark (BOM), which TOML does not allow; save the file as UTF-8 without BOM")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise error(f"{file}: invalid TOML: {err}") from None
