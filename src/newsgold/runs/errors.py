"""The run errors, apart from the code that raises them so the file models can share them."""

from __future__ import annotations

from newsgold.errors import NewsgoldError


class RunError(NewsgoldError):
    """A run could not be made or read; the message says what and where."""
