"""Test-only fault hook: stop the process dead at a named step of a write.

Never set these in use; the fault-injection tests (``tests/output/test_fault_injection.py``) do,
in a subprocess, to prove that a write killed at any step leaves the old or the new content and
that the next command recovers.

* ``NEWSGOLD_FAULT=<step>[:<n>]`` SIGKILLs the process the ``n``-th time (default 1) it reaches
  ``<step>``.
* ``NEWSGOLD_FAULT_TRACE=FILE`` appends ``<step>:<n>`` to FILE at every step, so a test can list
  the steps of a command before killing it at each one.

Steps (see :mod:`newsgold.output.txn`): ``stage`` (a file or directory copy written beside its
target), ``backup``, ``journal`` (a transaction's journal written), ``rename`` (one file or
directory moved into place), ``exchange`` (a directory swapped with its staged copy), ``cleanup``
(leftovers of a finished write removed).  Unset, a step costs two dictionary look-ups.
"""

from __future__ import annotations

import os
import signal

FAULT, TRACE = "NEWSGOLD_FAULT", "NEWSGOLD_FAULT_TRACE"
_counts: dict[str, int] = {}


def step(name: str) -> None:
    """Mark that a write reached step ``name`` (see the module docstring)."""
    env = os.environ
    if FAULT not in env and TRACE not in env:
        return
    n = _counts[name] = _counts.get(name, 0) + 1
    trace = env.get(TRACE)
    if trace:
        with open(trace, "a", encoding="utf-8") as fh:
            fh.write(f"{name}:{n}\n")
    want, _, count = env.get(FAULT, "").partition(":")
    if want == name and n == int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
