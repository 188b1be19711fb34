"""Label Studio integration for newsgold.

Annotators work in a real Label Studio server.  The server runs in its *own*
virtual environment (it pins a large, specific dependency set that must not
leak into the project's environment); the newsgold package only talks to it
over HTTP through ``label-studio-sdk``.

This module stays import-light on purpose: ``import newsgold.labelstudio``
must not pull in the SDK, Django or anything heavy.  Import
:mod:`newsgold.labelstudio.server` for the machinery.
"""

from __future__ import annotations

LS_VERSION = "1.23.2"
LS_SDK_VERSION = "2.1.2"

__all__ = ["LS_SDK_VERSION", "LS_VERSION"]
