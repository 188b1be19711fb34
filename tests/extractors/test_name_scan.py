"""``name_matches`` finds ``NAME_RE``'s matches: on edge cases and on generated text.

Every quote version reads the name mentions, so the faster scan must give exactly the matches
(spans and text) of the pinned pattern, including names that open with a particle ("al-Assad").
"""

from __future__ import annotations

from newsgold.extractors import name_scan
from newsgold.extractors.name_scan import NAME_RE, name_matches

from .test_text import texts


def test_the_capital_scan_is_built_from_the_pinned_name_token():
    """``name_scan._CAPITAL_NAME_RE`` resumes ``_NAME_TOKEN``'s titles after their first letter: both come
    from the same lists, so a title added to one and not the other fails here."""
    titles = "|".join(name_scan._NAME_TITLES)
    particles = "|".join(name_scan._NAME_PARTICLES)
    assert name_scan._NAME_TOKEN == (rf"(?:(?:{titles})\.|[A-Z](?:\.[A-Z])+\.?|(?:{particles})-[A-Z][\w-]*|[A-Z](?:[\w-]|['’](?=[A-Z]))*)")


EDGE_NAMES = [
    "Mr.Smith U.S.Smith Mrs.Jones Ms Lee Maj. Capt.Ahab St.John Dr Who",
    "Mr. Smith said",
    "🙂Jane Doe, 🇫🇷 Paris\r\nLondon\tde la Cruz",
    "O’Neil and O'Neil, rock’n’roll’s Mrs’X co-Founder Jean-Pierre",
    "“Jane” ‘Bob’ «Ann» —Tom— (Ray) [Al] _Sam _ Kim",
    "Bashar al-Assad and Osama bin Laden",  # a particle inside a name: the fast scan still fits
    "al-Assad opened the text; Sheikh al-Thani, ash-Sham and as-Sabah, abu-Bakr, xal-Assad",
    "Total-Energies, al-al-Assad, al-Mr. Smith, bin-Laden al-",  # "al" before "-E": no name opens there
    "A. B. C.D. E.",
    "ÉLYSÉE Élysée İstanbul Zoë",
]


def test_the_name_scans_give_the_patterns_matches():
    particles = 0
    for t in EDGE_NAMES + texts(6000, 5) + texts(3000, 6):
        want = [m.span() for m in NAME_RE.finditer(t)]
        assert [m.span() for m in name_matches(t)] == want, t
        assert [m.group() for m in name_matches(t)] == [m.group() for m in NAME_RE.finditer(t)], t
        particles += any(m.group()[0].islower() for m in NAME_RE.finditer(t))
    assert particles > 1000  # names opening with a particle are exercised
