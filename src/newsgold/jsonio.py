"""The one strict JSON reader: every file newsgold reads goes through here.

Why one reader: Python's ``json`` accepts ``NaN`` and ``Infinity`` (not JSON), recurses until
the interpreter gives up on deep nesting, and reports invalid UTF-8 by byte position.  Here
(orjson underneath) non-finite numbers are refused, nesting is bounded at :data:`MAX_DEPTH`,
and every problem is a :class:`JsonReadError` naming the file, the line and the column.
JSON Lines are split on ``\\n`` only (a JSON string cannot hold a raw line break, but Python's
``str.splitlines`` would also split at U+2028 inside one).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, overload

import orjson

from newsgold.errors import NewsgoldError

MAX_DEPTH = 1024  # orjson's own bound on arrays/objects nested in one another
_NON_FINITE = re.compile(r"-?(NaN|Infinity|inf|nan)\b")

NO_SUCH_FILE = "no such file"


class JsonReadError(NewsgoldError):
    """A file (or one line of it) that is not strict JSON; names file, line and column."""

    def __init__(self, file: str, reason: str, line: int | None = None, column: int | None = None, pos: int | None = None):
        self.file, self.reason, self.line, self.column = file, reason, line, column
        self.pos = pos  # character offset of the problem in the text parsed, when known
        where = file + (f":{line}" if line is not None else "")
        col = f" (column {column})" if column is not None else ""
        super().__init__(f"{where}: {reason}{col}")


def _reason(e: orjson.JSONDecodeError, text: str) -> str:
    msg = e.msg
    if "depth limit" in msg or "recursion" in msg:
        return f"malformed JSON: nested deeper than {MAX_DEPTH} levels"
    m = (_NON_FINITE.match(text, e.pos - 1) if e.pos and text[e.pos - 1] == "-" else None) or _NON_FINITE.match(text, e.pos)
    if m:
        return f"malformed JSON: {m.group(0)} is not a JSON number (numbers must be finite)"
    if "infinity" in msg:
        return "malformed JSON: number too large to be finite"
    if not text.strip():
        return "malformed JSON: empty"
    return f"malformed JSON: {msg}"


def loads(text: str | bytes, file: str, line: int | None = None) -> Any:
    """Parse one JSON text; ``line`` is the line it starts on (JSON Lines) for messages."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as e:
        s = text if isinstance(text, str) else text.decode("utf-8", "replace")
        if line is None:
            raise JsonReadError(file, _reason(e, s), e.lineno, e.colno, e.pos) from None
        raise JsonReadError(file, _reason(e, s), line + e.lineno - 1, e.colno, e.pos) from None


WIDE_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    (b"\xff\xfe", "UTF-16 (little-endian)"),
    (b"\xfe\xff", "UTF-16 (big-endian)"),
)


def decode_utf8(data: bytes, file: str) -> str:
    """The text of ``data``; invalid UTF-8 is reported by line and column, not byte offset, and a
    file saved as UTF-16 or UTF-32 (Windows editors, PowerShell's ``>``) is said to be one."""
    wide = next((name for bom, name in WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        raise JsonReadError(file, f"starts with a {wide} byte order mark: the file is {wide}, not UTF-8; save it as UTF-8", 1, 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = len(data[data.rfind(b"\n", 0, e.start) + 1 : e.start].decode("utf-8", "replace")) + 1
        raise JsonReadError(file, f"not UTF-8 ({e.reason}, byte 0x{data[e.start]:02x})", line, column) from None


def read_bytes(path: Path | str, file: str | None = None) -> bytes:
    """The bytes of a regular file or a pipe (``--pred <(zcat p.jsonl.gz)``, ``/dev/stdin``).  A
    device (a link to ``/dev/zero``) or a socket is refused before a byte is read: reading one
    blocks for ever or fills the memory.  A named pipe is opened without waiting for a writer:
    with none, it reads as empty (and is then refused as such by the caller's checks)."""
    name = file or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO without a writer: no wait at open
        with os.fdopen(fd, "rb") as fh:
            mode = os.fstat(fd).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                raise JsonReadError(name, "is not a regular file or a pipe (a device or a socket): give a file")
            os.set_blocking(fd, True)
            return fh.read()
    except FileNotFoundError:
        raise JsonReadError(name, "no such file") from None
    except IsADirectoryError:
        raise JsonReadError(name, "is a directory, not a file") from None
    except OSError as e:
        raise JsonReadError(name, f"cannot read: {e.strerror or e}") from None


def named_pipe(path: Path | str) -> bool:
    """Whether ``path`` is a FIFO made with ``mkfifo`` (a file of a folder), not a pipe the shell
    hands over (``<(make-suite)`` is ``/dev/fd/63``: a pipe on no folder's file system).  Read
    without a writer, a named pipe is empty, which hid what it was behind "needs an extractor"."""
    try:
        st = os.stat(path)
        if not stat.S_ISFIFO(st.st_mode):
            return False
        return st.st_dev == os.stat(os.path.dirname(os.path.realpath(path)) or ".").st_dev
    except OSError:
        return False


def open_regular(path: Path | str, file: str | None = None) -> BinaryIO:
    """A regular file opened for binary reading; anything else (a FIFO: the open or the first read
    waited for a writer for ever, as every command did on a ``newsgold.toml`` or corpus file made
    a named pipe; a device; a socket) is refused before a byte is read, named."""
    name = file or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise JsonReadError(name, NO_SUCH_FILE) from None
    except IsADirectoryError:
        raise JsonReadError(name, "is a directory, not a file") from None
    except OSError as e:
        raise JsonReadError(name, f"cannot read: {e.strerror or e}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # (a folder opens too, and os.fdopen of it raised IsADirectoryError naming the fd)
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise JsonReadError(name, "is a directory, not a file")
        raise JsonReadError(name, "is not a regular file (a FIFO, a device or a socket): it must be a file")
    fh = os.fdopen(fd, "rb")
    os.set_blocking(fd, True)
    return fh


def read_text(path: Path | str, file: str | None = None) -> str:
    """A UTF-8 text file (suites, configs): errors name file, line and column."""
    name = file or str(path)
    return decode_utf8(read_bytes(path, name), name)


def read_json(path: Path | str, file: str | None = None) -> Any:
    """One JSON document from a file; ``file`` is how messages name it (default: the path)."""
    name = file or str(path)
    text = decode_utf8(read_bytes(path, name), name)
    return loads(text, name)


def read_json_unique(path: Path | str, file: str | None = None) -> Any:
    """:func:`read_json` for a hand-edited file (gold, passes): an object that repeats a key is an
    error naming the key and its line, where a parser keeps the last value silently."""
    return read_json_both(path, file)[0]


def read_json_both(path: Path | str, file: str | None = None) -> tuple[Any, Any]:
    """:func:`read_json_unique`'s value, and what :func:`exact` makes of the text."""
    import json

    name = file or str(path)
    text = decode_utf8(read_bytes(path, name), name)
    value = loads(text, name)
    repeated: list[tuple[str, Any]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        out = dict(items)
        repeated.extend((k, out.get("id")) for i, k in enumerate(keys) if k in keys[:i])
        return out

    exact_value = json.loads(text, object_pairs_hook=pairs)  # valid already: for its keys (and integers)
    if repeated:
        key, item = repeated[0]
        at = [m.start() for m in re.finditer(re.escape(json.dumps(key)) + r"\s*:", text)]
        line = text.count("\n", 0, at[1]) + 1 if len(at) == 2 else None  # else: which one is unclear
        where = f"the object with id {item!r}" if isinstance(item, str) else "one object"
        raise JsonReadError(name, f"key {key!r} given twice in {where} (only one value would be kept)", line)
    return value, (exact_value if _LONG_NUMBER.search(text) else None)


_LONG_NUMBER = re.compile(r"[0-9]{19}")  # every integer orjson reads as a float has 19 digits or more


def exact(text: str) -> Any:
    """``text``, which :func:`loads` accepted, with its integers exact, for messages; None when it
    has none past 64 bits.  orjson reads such an integer as a float, and 2**64 would be shown as
    1.8446744073709552e+19.  (orjson refuses a number past the double range: no integer here has
    more than 309 digits.)"""
    import json

    return json.loads(text) if _LONG_NUMBER.search(text) else None


def jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of each non-blank line of a JSON Lines text."""
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield n, line


def iter_jsonl(path: Path | str, file: str | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each non-blank line; the first bad line raises :class:`JsonReadError`."""
    name = file or str(path)
    text = decode_utf8(read_bytes(path, name), name)
    for n, line in jsonl_lines(text):
        yield n, loads(line, name, n)


class JsonFiles(Sequence[Path]):
    """``sorted(directory.glob("*.json"))`` kept as names, a ``Path`` made when one is read:
    30,000 gold files listed as paths held 8.6 MB (14 MB while listed), as names 2.1 MB."""

    def __init__(self, directory: Path) -> None:
        import os
        from fnmatch import fnmatch

        self.directory = directory
        with os.scandir(directory) as entries:  # the entries pathlib's glob matches, in its sort order
            self.names = sorted(e.name for e in entries if fnmatch(e.name, "*.json"))

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, i: int) -> Path: ...
    @overload
    def __getitem__(self, i: slice) -> list[Path]: ...
    def __getitem__(self, i: int | slice) -> Path | list[Path]:
        if isinstance(i, slice):
            return [self.directory / name for name in self.names[i]]
        return self.directory / self.names[i]
