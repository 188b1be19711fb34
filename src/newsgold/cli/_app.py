"""The ``newsgold`` Typer app, its one error handler, and what every command shares.

Commands only parse arguments and report; the work is in library modules, which never import
this package.  Any :class:`~newsgold.errors.NewsgoldError` that reaches a command is printed as
one message (problem lists and diffs first) and exits with its code: a traceback is a bug.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup

from newsgold.errors import NewsgoldError
from newsgold.workspace import ENV_VAR, shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

# Piped or redirected (a file, a CI log), rich assumes 80 columns and crops a table's right-hand columns (the
# score table's 95% CI, macro, gold, pred): there every column is kept.  A terminal, or $COLUMNS, sets the width.
PIPED_WIDTH = 200
_tty = sys.stdout is not None and sys.stdout.isatty()  # None when stdout is closed (`newsgold schema >&-`)
console = Console(width=None if os.environ.get("COLUMNS") or _tty else PIPED_WIDTH)
# Messages on a piped stderr (a CI log, `2> file`) are not wrapped at 80 columns: a path or an error split over two
# lines cannot be searched for.
_err_tty = sys.stderr is not None and sys.stderr.isatty()
err_console = Console(stderr=True, soft_wrap=not _err_tty)

# How a library remedy is said on the command line.
REMEDIES = {
    "overwrite": "pass --overwrite to replace it",
    "force": "pass --force to go ahead anyway",
    "write_gold": "pass --write-gold to write the gold",
    "replace": "pass --replace to replace it; its annotation files are moved aside",
}
DIFF_LINES = 20
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json"}
FORMAT_DEFAULT = "Default: what the -o name says (.md markdown, .json json{html}), else table."


def output_format(fmt: str | None, output: Path | None, choices: tuple[str, ...]) -> str:
    """``--format`` as given, else the one the ``-o`` name ends in, else a table: ``score -o report.html``
    wrote the terminal table into report.html, ``compare -o c.json`` Markdown."""
    if fmt is not None:
        return fmt
    guess = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    return guess if guess in choices else "table"


def _say_error(message: str) -> None:
    from rich.text import Text

    # The message is user data (paths, commands like "cmd:cat"): no markup, no emoji codes.
    err_console.print(Text("error: ", style="bold red") + Text(message), highlight=False, soft_wrap=True, emoji=False)


def warn(message: str) -> None:
    """A problem the library met and worked around (it is not an error: the command goes on)."""
    from rich.text import Text

    err_console.print(Text("warning: ", style="bold yellow") + Text(message), highlight=False, soft_wrap=True, emoji=False)


SHOWN_PROBLEMS = 200  # a gold file of a million unknown ids printed a million lines for minutes


def print_problems(problems: list[Any], what: str) -> None:
    """The first SHOWN_PROBLEMS problems, each on its line (file, line, item, field), then the count."""
    for problem in problems[:SHOWN_PROBLEMS]:
        err_console.print(str(problem), highlight=False, soft_wrap=True, markup=False, emoji=False)
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        err_console.print(f"... and {more:,} more (the first {SHOWN_PROBLEMS} are shown)", highlight=False, markup=False)
    err_console.print(f"[bold red]{len(problems):,} problem(s)[/] in {what}", highlight=False)


def show_diff(diff: str) -> None:
    lines = diff.splitlines()
    if not lines:
        return
    shown = "\n".join(lines[:DIFF_LINES]) + (f"\n… ({len(lines) - DIFF_LINES} more diff lines)" if len(lines) > DIFF_LINES else "")
    err_console.print(shown, highlight=False, markup=False, soft_wrap=True)


def report(error: NewsgoldError) -> None:
    """Print a library error the way every command does."""
    from newsgold.validate import ValidationError

    if isinstance(error, ValidationError):
        print_problems(error.problems, error.what or "the input")  # each problem names its file, line, item and field
        return
    diff = getattr(error, "diff", "")
    if diff:
        show_diff(diff)
    message = str(error)
    hint = REMEDIES.get(error.remedy or "")
    _say_error(f"{message} ({hint})" if hint else message)


def fail(message: str, code: int = 1) -> NoReturn:
    _say_error(message)
    raise typer.Exit(code)


def reflow(text: str) -> str:
    """One line per paragraph: docstrings are wrapped for the source, and typer's help keeps every line break after
    the first paragraph, so ``--help`` showed ragged lines at any terminal width (click's ``\\b`` paragraphs are kept)."""
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(p if p.startswith("\b") else " ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def _untyped_flag(param: Any) -> Any:
    """typer labels a flag `<bool>` in the help, as if `--overwrite` took a value: a flag shows no type."""
    if param is not None and getattr(param, "is_flag", False) and param.metavar is None:
        param.metavar = ""
    return param


def _from_stdout(error: BaseException) -> bool:
    """Whether the failed call was a write to standard output (its innermost frame holds sys.stdout, or a console
    printing to it): an OSError naming no file may as well come from a socket or a file already open."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    return any(v is sys.stdout or getattr(v, "file", None) is sys.stdout for v in tb.tb_frame.f_locals.values())


class NewsgoldGroup(TyperGroup):
    """Maps every :class:`NewsgoldError` raised below it to its message and exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors its own click: its Context type
        try:
            return super().invoke(ctx)
        except NewsgoldError as error:
            report(error)
            raise typer.Exit(error.exit_code) from None
        except UnicodeEncodeError as error:  # PYTHONIOENCODING=ascii, a cp1252 console: a traceback per command
            if not _from_stdout(error):
                raise
            shown_char = ascii(error.object[error.start : error.end])
            encoding = getattr(sys.stdout, "encoding", None) or error.encoding
            _say_error(
                f"standard output cannot show the character {shown_char} (its encoding is {encoding}): "
                "set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1); the files newsgold writes (-o) are UTF-8 whatever it is"
            )
            raise typer.Exit(1) from None
        except OSError as error:  # the system refused a read or write no library code expected
            if isinstance(error, BrokenPipeError) and error.filename is None and _from_stdout(error):
                # the reader left (`newsgold score --format json | head -1`): exit 1 quietly, as rich does for the
                # tables it prints; "error: cannot write to standard output: Broken pipe" was noise after what was asked
                with contextlib.suppress(OSError):
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit's flush
                raise typer.Exit(1) from None
            if error.filename is None and _from_stdout(error):  # writing what a command prints: stdout full, closed or gone
                _say_error(f"cannot write to standard output: {error.strerror or error}")
            elif error.filename is None:  # a socket, or a write into a file already open: the system names no file
                _say_error(f"system error: {error.strerror or error}")
            elif isinstance(error.filename, int):  # an OSError of an open file descriptor (os.fdopen) names its number
                _say_error(f"system error: {error.strerror or error}")
            else:
                _say_error(f"{shown(error.filename)}: {error.strerror or error}")
            raise typer.Exit(1) from None

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None and command.help:
            command.help = reflow(command.help)
        if command is not None and not isinstance(command, NewsgoldGroup) and not getattr(command, "_newsgold_help", False):
            command.__dict__["_newsgold_help"] = True
            for param in command.params:
                _untyped_flag(param)
            help_option = command.get_help_option  # click builds --help on the fly
            command.get_help_option = lambda ctx: _untyped_flag(help_option(ctx))  # type: ignore[method-assign]
        return command

    def get_help_option(self, ctx: Any) -> Any:
        return _untyped_flag(super().get_help_option(ctx))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """``newsgold --help`` in click's plain layout: loading rich's help renderer alone takes
        longer than the rest of the start-up; the commands' own help keeps typer's rich layout."""
        if ctx.parent is None:
            return super(TyperGroup, self).format_help(ctx, formatter)
        return super().format_help(ctx, formatter)


def make_app(**kwargs: Any) -> typer.Typer:
    return typer.Typer(cls=NewsgoldGroup, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, **kwargs)


@dataclass
class _State:
    root: Path | None = None
    workspace: Workspace | None = None


_state = _State()


def set_root(root: Path | None) -> None:
    """Called once per invocation by the top-level callback."""
    _state.root, _state.workspace = root, None


BUILTIN_NOTICE = "no workspace here: using the built-in seed corpus (read-only); `newsgold init DIR` makes your own"


def workspace() -> Workspace:
    """The workspace of this invocation: ``--root``, else the environment (see :meth:`Workspace.find`), else the nearest
    enclosing one, else the built-in seed corpus (said once).  Resolved on first use, so commands that need none work
    anywhere."""
    from newsgold.workspace import Workspace

    if _state.workspace is None:
        _state.workspace = Workspace.find(_state.root)
        if _state.workspace.read_only:
            err_console.print(BUILTIN_NOTICE, highlight=False, markup=False, soft_wrap=True)
        else:  # what a killed newsgold left half-written is completed or undone first
            from newsgold.output import recover_workspace

            for note in recover_workspace(_state.workspace):
                err_console.print(f"recovered: {note}", highlight=False, markup=False, soft_wrap=True)
    return _state.workspace


def found_workspace() -> Workspace | None:
    """The workspace ``--root``, the environment or the current directory names; None outside one (no fallback)."""
    from newsgold.errors import WorkspaceNotFound
    from newsgold.workspace import Workspace

    try:
        return Workspace.find(_state.root, builtin=False)
    except WorkspaceNotFound:
        return None


RootOption = Annotated[
    Optional[Path],
    typer.Option(
        "--root",
        help=f"The workspace (corpus/, annotations/, eval/). Default: ${ENV_VAR}, else the current "
        "directory or the nearest parent that is one.",
        show_default=False,
    ),
]


def progress_factory(enabled: bool) -> Any:
    """A ``(label, done, total) -> advance`` factory drawing rich progress bars on stderr, or None."""
    if not enabled:
        return None
    from rich.progress import Progress

    progress = Progress(console=err_console, transient=True)
    progress.start()

    def factory(label: str, done: int, total: int) -> Callable[[int], None]:
        task = progress.add_task(label, total=total)
        return lambda n: progress.advance(task, n)

    factory.stop = progress.stop  # type: ignore[attr-defined]
    return factory


def write_outputs(outputs: Mapping[Path, str | Iterable[str]], overwrite: bool = False) -> None:
    """Write every output or none (an existing file that would change needs ``--overwrite``) and
    say what happened to each (an output given as pieces is written piece by piece)."""
    from newsgold.output import write_files

    try:
        written = write_files(outputs, overwrite=overwrite)
    except OSError as e:
        fail(f"cannot write the output: {e}")
    for path in outputs:
        err_console.print(f"wrote {path}" if path in written else f"{path} unchanged", highlight=False)


def parse_config(items: list[str] | None) -> dict[str, Any]:
    """``KEY=VALUE`` options: a JSON value, else the string."""
    import json

    cfg: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            fail(f"--config {item!r}: expected KEY=VALUE")
        try:
            cfg[key] = json.loads(value)
        except json.JSONDecodeError:
            cfg[key] = value
    return cfg


def load_set(path: Path, ctx: Any) -> dict[str, Any]:
    """An annotation set read and validated; on bad input every problem is listed, exit 1."""
    from newsgold.store import load_annotations
    from newsgold.validate import ValidationError

    try:
        return load_annotations(path, ctx)
    except ValidationError as e:
        print_problems(e.problems, str(path))
        raise typer.Exit(1) from None
