"""``stance``: document- and holder-level stance toward configured targets, from the quotes.

One frozen module per released version (:mod:`.v1`, :mod:`.v2`, :mod:`.v3`), each holding its
own word lists and statement rules; :mod:`.engine` holds the voting all versions share (any
change to it is caught by the output pins, ``tests/extractors/pins.json``).  A newer version may
import an older one's functions, never the reverse.  A new behaviour is a new version module.
"""

from newsgold.extractors.stance.engine import prescriptive
from newsgold.extractors.stance.v1 import StanceV1, keywords, label_statement
from newsgold.extractors.stance.v2 import StanceV2
from newsgold.extractors.stance.v3 import StanceV3, content_stems, keywords_v3, normalise

__all__ = ["StanceV1", "StanceV2", "StanceV3", "content_stems", "keywords", "keywords_v3", "label_statement", "normalise", "prescriptive"]
