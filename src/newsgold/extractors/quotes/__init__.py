"""Rule-based quote extraction: ``quotes-direct`` v1, ``quotes`` v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13 and v14.

One frozen module per released version (:mod:`.v1`, :mod:`.v2`, :mod:`.v3`, :mod:`.v4`, :mod:`.v5`, :mod:`.v6`, :mod:`.v7`, :mod:`.v8`, :mod:`.v9`, :mod:`.v10`, :mod:`.v11`, :mod:`.v12`, :mod:`.v13`, :mod:`.v14`).  A newer version
may reuse an older one (``RulesV3`` subclasses ``RulesV2``) but never the reverse: an old module
holds no switch for a newer one, and a method a newer version changes is copied into the newer
module whole.  The shared helpers (:mod:`.assemble`, the text analysis, the lexicon, the speaker
resolver) serve every version, so any change to them is caught by the output pins
(``tests/extractors/pins.json``).  A new behaviour is a new version module with a new pin.
Conventions follow ``annotations/GUIDELINES.md`` §6 and §9.1-9.5.
"""

from newsgold.extractors.lexicon import PRONOUNS_PERSON
from newsgold.extractors.quotes.assemble import speakers_of
from newsgold.extractors.quotes.v1 import QuotesDirectV1
from newsgold.extractors.quotes.v2 import QuotesV2
from newsgold.extractors.quotes.v3 import QuotesV3
from newsgold.extractors.quotes.v4 import QuotesV4
from newsgold.extractors.quotes.v5 import QuotesV5
from newsgold.extractors.quotes.v6 import QuotesV6
from newsgold.extractors.quotes.v7 import QuotesV7
from newsgold.extractors.quotes.v8 import QuotesV8
from newsgold.extractors.quotes.v9 import QuotesV9
from newsgold.extractors.quotes.v10 import QuotesV10
from newsgold.extractors.quotes.v11 import QuotesV11
from newsgold.extractors.quotes.v12 import QuotesV12
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v14 import QuotesV14

__all__ = [
    "PRONOUNS_PERSON",
    "QuotesDirectV1",
    "QuotesV2",
    "QuotesV3",
    "QuotesV4",
    "QuotesV5",
    "QuotesV6",
    "QuotesV7",
    "QuotesV8",
    "QuotesV9",
    "QuotesV10",
    "QuotesV11",
    "QuotesV12",
    "QuotesV13",
    "QuotesV14",
    "speakers_of",
]
