"""The one base class of every error newsgold raises on purpose.

Library code raises a subclass with a message about the *data* (a file, a document, a field);
the command line maps any :class:`NewsgoldError` to that message and :attr:`exit_code`, so a
traceback always means a bug.  ``remedy`` names, in words of the library, what would let the
operation go ahead ("overwrite", "force", ...); the CLI turns it into the flag that does it.
"""

from __future__ import annotations

from typing import Any


class NewsgoldError(Exception):
    """An operation refused or failed for a reason the user can act on."""

    exit_code: int = 1
    remedy: str | None = None

    def __init__(self, message: str = "", *, remedy: str | None = None):
        super().__init__(message)
        if remedy is not None:
            self.remedy = remedy

    def __reduce__(self) -> tuple[Any, ...]:
        # the default rebuilds an exception as ``cls(*self.args)``, which runs a subclass's own
        # ``__init__`` with the message in place of its fields (problems, paths, file ...): a
        # worker process (``--jobs``, Dask) would hand back a broken error or fail to unpickle.
        # Rebuilt without ``__init__``: the same args, then every attribute as it was.
        return (_rebuilt, (type(self), self.args), self.__dict__)


def _rebuilt(cls: type[NewsgoldError], args: tuple[Any, ...]) -> NewsgoldError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class WorkspaceNotFound(NewsgoldError):
    """No newsgold data (corpus and annotations) where the workspace was looked for."""


class OutputRefused(NewsgoldError):
    """An output path that must not be written: inside the annotations, onto an input, a directory."""


class ReadOnlyWorkspace(OutputRefused):
    """A write into the built-in seed corpus, which is shared by every user of the installation."""
