"""``quotes`` v10's speaker resolution: v9's, with speakers ranked by salience.

Frozen with ``quotes`` v10.
"""

from __future__ import annotations

from newsgold.extractors.quotes.v9_speakers import SpeakerResolverV9


class SpeakerResolverV10(SpeakerResolverV9):
    """v9's resolver."""
