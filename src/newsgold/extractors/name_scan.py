"""Where capitalised name sequences are in a text: ``NAME_RE``'s matches, found fast.

:mod:`.text` re-exports the released patterns (pinned there and here: released versions read
them); ``name_matches`` gives the same matches as ``NAME_RE.finditer`` with less work, which
matters because every quote version reads the names of every document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import Match

_NAME_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|St)\.|[A-Z](?:\.[A-Z])+\.?|(?:al|el|ad|as|ash|at|az|ul|bin|ibn|abu)-[A-Z][\w-]*|[A-Z](?:[\w-]|['’](?=[A-Z]))*)"
_NAME_LINK = r"(?:[ \t]+(?:(?:bin|ibn|bint|abu|de|del|della|der|den|van|von|da|di|du|dos|das|le|la)[ \t]+)?)"
NAME_RE = re.compile(rf"(?<![\w'’-]){_NAME_TOKEN}(?:{_NAME_LINK}{_NAME_TOKEN})*")
# the same matches, found faster: every _NAME_TOKEN starts with a capital or with a, b, e, i or u
# (the particles "al-", "bin-", "el-", "ibn-", "ul-" ...), and the engine skips other positions at once
_NAME_SCAN_RE = re.compile(rf"(?=[A-Zabeiu]){NAME_RE.pattern}")
# The matches that open with a capital, faster (``name_matches`` adds those opening with a
# particle, "al-Assad").  A pattern whose first element is a character set lets the engine skip
# to the next capital in C; a leading lookbehind or lookahead (as above) makes it try the whole
# pattern at every position.  So the capital is matched first, the lookbehind checked after it,
# and the title alternatives ("Mr", "Dr" ...) resume after their first letter, in the original
# order.  ``_NAME_TOKEN`` is rebuilt from these tuples in ``tests/extractors/test_text.py``, and
# the scans compared there with ``NAME_RE`` on generated text.
_NAME_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "St")
_NAME_PARTICLES = ("al", "el", "ad", "as", "ash", "at", "az", "ul", "bin", "ibn", "abu")
# "[\w-]*(?:['’](?=[A-Z])[\w-]*)*" is "(?:[\w-]|['’](?=[A-Z]))*" (what follows a token never
# fails, so the run is the longest either way) with the engine's single-character loop
_WORD_RUN = r"[\w-]*(?:['’](?=[A-Z])[\w-]*)*"
_NAME_TOKEN_RUN = _NAME_TOKEN.replace(r"(?:[\w-]|['’](?=[A-Z]))*", _WORD_RUN)
_CAPITAL_NAME_RE = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])(?:(?:"
    + "|".join(f"(?<={t[0]}){t[1:]}" for t in _NAME_TITLES)
    + rf")\.|(?:\.[A-Z])+\.?|{_WORD_RUN})(?:{_NAME_LINK}{_NAME_TOKEN_RUN})*"
)
_HYPHEN_CAPITAL_RE = re.compile(r"-[A-Z]")


def name_matches(text: str) -> Iterable[Match[str]]:
    """The matches of ``NAME_RE.finditer(text)``, found faster.

    A match opens with a capital (``_CAPITAL_NAME_RE`` finds those) or with a particle before
    "-X" ("al-Assad"), whose few possible places are read off the hyphens; from each end on,
    the next match is the nearer of the two kinds, as a left-to-right scan would take it.
    """
    starts = []
    for m in _HYPHEN_CAPITAL_RE.finditer(text):
        h = m.start()
        for word in _NAME_PARTICLES:
            if h >= len(word) and text.startswith(word, h - len(word)):
                starts.append(h - len(word))
    if not starts:
        return _CAPITAL_NAME_RE.finditer(text)
    starts.sort()
    out: list[Match[str]] = []
    pos = i = 0
    search, match = _CAPITAL_NAME_RE.search, NAME_RE.match
    while True:
        found = search(text, pos)
        limit = len(text) + 1 if found is None else found.start()
        while i < len(starts) and starts[i] < limit:
            p = starts[i]
            i += 1
            if p >= pos and (particle := match(text, p)) is not None:
                found = particle  # a particle opens the next name, before the next capital one
                break
        if found is None:
            return out
        out.append(found)
        pos = found.end()
