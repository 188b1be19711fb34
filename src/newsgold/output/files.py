"""Files: staged beside their targets, then renamed in; a set of them all or nothing."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from newsgold.errors import NewsgoldError
from newsgold.output.checks import check_regular
from newsgold.output.fault import step
from newsgold.output.txn import commit_files, new_token, recover, remove, temp_path
from newsgold.workspace import shown


class OverwriteRefused(NewsgoldError):
    """An existing file would change; ``diff`` shows how (nothing was written)."""

    remedy = "overwrite"

    def __init__(self, paths: Iterable[Path], diff: str):
        self.paths = list(paths)
        self.path = self.paths[0]
        self.diff = diff
        names = ", ".join(shown(p) for p in self.paths)
        verb = "exists" if len(self.paths) == 1 else "exist"
        super().__init__(f"{names} already {verb} and would be replaced; nothing was written")


class OutputFailed(NewsgoldError, OSError):
    """The system refused a write (disk full, permissions); nothing was replaced.  Also an
    :class:`OSError`, for callers that catch those."""


_STAGED = re.compile(r"^\.(.+)\.ngtx-[0-9a-f-]+\.(?:tmp|old|new)$")


def published_path(path: Path | str) -> Path:
    """The path a staged one will have once published: ``ro/.r.md.ngtx-12-ab.tmp`` is ``ro/r.md``,
    ``full/.re.ngtx-12-ab.tmp/x/scores.json`` is ``full/re/x/scores.json``."""
    return Path(*(m.group(1) if (m := _STAGED.match(part)) else part for part in Path(path).parts))


def failed(exc: OSError, what: Path | str) -> OutputFailed:
    """A system error said with the file the user asked for: the temporary's hidden name
    (``ro/.r.md.ngtx-17378-5ccc8fe8.tmp``) named a file the user never gave."""
    if isinstance(exc, OutputFailed):
        return exc
    where = published_path(exc.filename or what)
    return OutputFailed(f"cannot write {shown(where)}: {exc.strerror or exc}; nothing was replaced")


def current_umask() -> int:
    """The process umask (only readable by setting it), for giving files a normal mode."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def diff_text(old: str, new: str, name: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}"))


def read_exact(path: Path) -> str:
    """The text as it is on disk: a document's ``\r\n`` (a report quotes it) is not read as ``\n``, which made the same
    report written twice look changed (and be refused, or listed as rewritten)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _read(path: Path, exact: bool = True) -> str | None:
    try:
        if not exact:
            return path.read_text(encoding="utf-8")
        return read_exact(path)
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        return ""  # not text we wrote: it counts as changed


def changes(files: Mapping[Path, str], new: bool = False, exact: bool = True) -> dict[Path, str]:
    """The diffs of the files that exist and would change (empty: nothing would be overwritten);
    ``new``: of the files that do not exist yet too (each diffed from nothing).  ``exact``: the
    text as it is on disk (``\r\n`` kept); else read as text, so that line ends alone are no
    change (pulled annotations in a checkout that writes ``\r\n``)."""
    out = {}
    for path, text in files.items():
        check_regular(Path(path))
        old = _read(Path(path), exact)
        if old is None and new:
            out[Path(path)] = diff_text("", text, shown(path))
        elif old is not None and old != text:
            out[Path(path)] = diff_text(old, text, shown(path))
    return out


def _create_synced(path: Path, pieces: Iterable[str], mask: int) -> None:
    """A new file (never an existing one) holding the pieces, written as they come and synced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~mask)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        for piece in pieces:
            fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def stage_file(path: Path, text: str, mask: int, token: str) -> Path:
    """``text`` written and synced to a temporary sibling of ``path`` (removed on failure)."""
    return stage_pieces(path, (text,), mask, token)


def _write_in_stage(path: Path, text: str, mask: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() or path.is_symlink():
        path.unlink()  # a hard link to the published file: replaced, never written through
    _create_synced(path, (text,), mask)


def atomic_write_text(path: Path | str, text: str, private: bool = False) -> None:
    """Write one file through a temporary sibling renamed into place.  Inside a directory being
    staged (itself a temporary) the file is written directly: the stage is published whole.
    ``private``: readable by the owner only from its first byte on (a token)."""
    path = Path(path)
    check_regular(path)
    mask = 0o077 if private else current_umask()
    try:
        if ".ngtx-" in str(path.parent):
            _write_in_stage(path, text, mask)
            return
        _rename_in(stage_file(path, text, mask, new_token()), path)
    except OSError as exc:
        raise failed(exc, path) from exc


def _rename_in(tmp: Path, path: Path) -> None:
    """Rename one staged file onto its target (the temporary is removed if that fails)."""
    try:
        step("rename")
        os.replace(tmp, path)
    except BaseException:
        remove(tmp)
        raise


def write_files(files: Mapping[Path, str | Iterable[str]], overwrite: bool = False, deletes: Sequence[Path] = ()) -> list[Path]:
    """Write every file or none (and, once they are all in, remove ``deletes``); returns the ones
    whose content changed.

    Refuses (before writing anything) when an existing file would change and ``overwrite`` is
    false.  Every new content is staged next to its target first and the set is committed
    through a journal (:func:`newsgold.output.txn.commit_files`): a failure (disk full) or a
    kill at any point leaves every target as it was, or, once committed, every target new.
    A content given as pieces (any iterable of str but a str) is written to its staged file
    piece by piece, never joined (a 300 MB report): :func:`_write_pieces`.
    """
    if any(not isinstance(t, str) for t in files.values()):
        if deletes:
            raise ValueError("write_files: no removals with contents given as pieces")
        return _write_pieces(files, overwrite)
    texts = {Path(p): t for p, t in files.items() if isinstance(t, str)}
    # every target directory, before comparing: a dead process's committed journal there is rolled forward first, and
    # one among files this write leaves unchanged was never settled (round 10: adjudicate -o cur after a Ctrl-C)
    recover(p.parent for p in texts)
    diffs = changes(texts)
    if diffs and not overwrite:
        raise OverwriteRefused(diffs, "".join(diffs.values()))
    todo = {p: t for p, t in texts.items() if _read(p) != t}
    deletes = [Path(d) for d in deletes if Path(d).exists()]
    if not todo:
        if deletes:
            raise ValueError("write_files: removals go with at least one changed file (the transaction's commit point)")
        return []
    mask, token = current_umask(), new_token()
    staged: list[tuple[Path, Path]] = []
    try:
        try:
            for path, text in todo.items():
                staged.append((stage_file(path, text, mask, token), path))
        except BaseException:
            for tmp, _ in staged:
                remove(tmp)
            raise
        if len(staged) == 1 and not deletes:
            _rename_in(*staged[0])
        else:
            commit_files(staged, token, deletes)
    except OSError as exc:
        raise failed(exc, next(iter(todo))) from exc
    return [path for _, path in staged]


def stage_pieces(path: Path, pieces: Iterable[str], mask: int, token: str) -> Path:
    """:func:`stage_file` of the text the pieces make, written as they come."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path, token)
    step("stage")
    try:
        _create_synced(tmp, pieces, mask)
    except BaseException:
        remove(tmp)
        raise
    return tmp


def _same_bytes(a: Path, b: Path) -> bool:
    import filecmp

    return a.is_file() and filecmp.cmp(a, b, shallow=False)


def _write_pieces(files: Mapping[Path, str | Iterable[str]], overwrite: bool) -> list[Path]:
    """:func:`write_files` where some contents are pieces: those are staged first, then compared
    with their targets byte for byte (the diff of a refusal read from both files); then the
    texts are staged and the set committed as :func:`write_files` does."""
    files = {Path(p): t for p, t in files.items()}
    for path in files:
        check_regular(path)
    recover(p.parent for p in files)
    mask, token = current_umask(), new_token()
    staged: dict[Path, Path] = {}
    try:
        try:
            for path, content in files.items():
                if not isinstance(content, str):
                    staged[path] = stage_pieces(path, content, mask, token)
            unchanged = [p for p, tmp in staged.items() if _same_bytes(p, tmp)]
            diffs = changes({p: t for p, t in files.items() if isinstance(t, str)})
            for path, tmp in staged.items():
                if path.exists() and path not in unchanged and not overwrite:
                    diffs[path] = diff_text(_read(path) or "", tmp.read_text(encoding="utf-8"), shown(path))
            if diffs and not overwrite:
                raise OverwriteRefused(diffs, "".join(diffs.values()))
            for path in unchanged:
                remove(staged.pop(path))
            for path, content in files.items():
                if isinstance(content, str) and _read(path) != content:
                    staged[path] = stage_file(path, content, mask, token)
        except BaseException:
            for tmp in staged.values():
                remove(tmp)
            raise
        if len(staged) == 1:
            path, tmp = next(iter(staged.items()))
            _rename_in(tmp, path)
        elif staged:
            commit_files([(tmp, path) for path, tmp in staged.items()], token)
    except OSError as exc:
        raise failed(exc, next(iter(files))) from exc
    return [path for path in files if path in staged]
