"""Every newsgold error survives pickling whole: a worker process (``--jobs``, Dask) raises it and
the parent unpickles it, so its message, its fields (problems, paths, file, line ...) and its
remedy must come back as they were."""

import importlib
import pickle
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsgold
from newsgold.errors import NewsgoldError
from newsgold.extractors.command import CommandFailed
from newsgold.importing.errors import SourceError, SourceErrors
from newsgold.jsonio import JsonReadError
from newsgold.labelstudio.pull import PullRefused
from newsgold.labelstudio.server import LabelStudioError
from newsgold.output.files import OverwriteRefused
from newsgold.validate import Problem, ValidationError

for _module in pkgutil.walk_packages(newsgold.__path__, "newsgold."):
    if not _module.name.endswith("__main__"):
        importlib.import_module(_module.name)


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


ERRORS = sorted({NewsgoldError, *_subclasses(NewsgoldError)}, key=lambda c: f"{c.__module__}.{c.__qualname__}")

# one way to build an error per ``__init__`` there is; a new class with its own ``__init__`` fails
# the test below until it is added here
BUILD: dict[type, Callable[[type], Any]] = {
    NewsgoldError: lambda cls: cls("the message", remedy="force"),
    CommandFailed: lambda cls: cls("exit status 2", ["d1", "d2"]),
    SourceError: lambda cls: cls("a.csv", "bad text", line=2, row=3, field="text", item="record 3", remedy="force"),
    SourceErrors: lambda cls: cls([SourceError("a.csv", "bad", line=1), SourceError("b.jsonl", "worse", row=4, field="id")]),
    JsonReadError: lambda cls: cls("g.json", "malformed JSON: unexpected character", 3, 4, 20),
    ValidationError: lambda cls: cls([Problem("g.json", "end 9 > length 8", line=2, item='quote "q1"', field="content[0]")], what="gold"),
    PullRefused: lambda cls: cls("gold would change", "--- a\n+++ b\n", remedy="overwrite"),
    LabelStudioError: lambda cls: cls("server did not start", "line 1\nline 2"),
    OverwriteRefused: lambda cls: cls([Path("runs/a.json"), Path("runs/b.json")], "--- a\n+++ b\n"),
}


def _init_owner(cls: type) -> type:
    return next(k for k in cls.__mro__ if "__init__" in vars(k))


def _state(value: Any) -> Any:
    """What an error is made of, exceptions inside it compared the same way (they compare by identity)."""
    if isinstance(value, BaseException):
        oserror = (value.errno, value.strerror, value.filename) if isinstance(value, OSError) else None
        return (type(value), value.args, str(value), oserror, {k: _state(v) for k, v in vars(value).items()})
    if isinstance(value, (list, tuple)):
        return [_state(v) for v in value]
    return value


def test_every_error_class_is_found():
    assert ValidationError in ERRORS and SourceErrors in ERRORS and OverwriteRefused in ERRORS
    assert len(ERRORS) > 30


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__qualname__)
def test_error_pickles_with_all_its_attributes(cls):
    owner = _init_owner(cls)
    assert owner in BUILD, f"{cls.__qualname__} has its own __init__ ({owner.__qualname__}): add it to BUILD"
    error = BUILD[owner](cls)
    error.add_note("raised in a worker")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert _state(back) == _state(error)
    assert back.remedy == error.remedy and back.exit_code == error.exit_code


def test_validation_error_keeps_its_problems_and_message():
    problems = [Problem("g.json", "bad", line=1), Problem("g.json", "worse", line=2, field="quotes[0].cue")]
    back = pickle.loads(pickle.dumps(ValidationError(problems, what="gold")))
    assert back.problems == problems and back.what == "gold"
    assert str(back) == "g.json:1: bad\ng.json:2: field quotes[0].cue: worse"
