"""``python -m newsgold.cli``: the same as the ``newsgold`` command."""

from newsgold.cli import main

main()
