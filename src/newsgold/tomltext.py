"""TOML text (a suite, ``newsgold.toml``) read into a table, with the same refusals for every file."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from newsgold.errors import NewsgoldError

_LONG_INT = re.compile(r"[0-9][0-9_]{4300,}")  # past Python's limit for int(str) (sys.get_int_max_str_digits)


def parse_toml(text: str, file: str, error: type[NewsgoldError]) -> dict[str, Any]:
    """The table in ``text``; a byte order mark or invalid TOML raises ``error`` naming ``file``.
    So do what tomllib cannot read at all: arrays or inline tables nested deeper than Python's
    recursion allows (tomllib recurses once per level) and integers of more than 4,300 digits
    (Python refuses to convert them) - both were tracebacks."""
    if text.startswith("\ufeff"):  # Notepad's BOM; tomllib said "Invalid statement (at line 1, column 1)"
        raise error(f"{file}:1: starts with a UTF-8 byte order mark (BOM), which TOML does not allow; save the file as UTF-8 without BOM")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise error(f"{file}: invalid TOML: {err}") from None
    except RecursionError:
        raise error(f"{file}:{_deep_line(text)}: invalid TOML: arrays or inline tables nested too deeply to be read") from None
    except ValueError as err:  # int() of a too long integer literal
        found = _LONG_INT.search(text)
        where = f"{file}:{text.count(chr(10), 0, found.start()) + 1}" if found else file
        raise error(f"{where}: invalid TOML: an integer of more than 4,300 digits ({err.__class__.__name__}: {str(err)[:80]})") from None


def _deep_line(text: str) -> int:
    """The line where brackets first open 200 deep (outside strings, roughly): where to look."""
    depth, line, quote = 0, 1, ""
    for c in text:
        if c == "\n":
            line += 1
        elif quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "[{":
            depth += 1
            if depth >= 200:
                return line
        elif c in "]}":
            depth -= 1
    return line
