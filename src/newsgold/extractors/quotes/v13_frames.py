"""``quotes`` v13's complement frames: v10's, read across abbreviations, and three more (issue #15).

v10's frame readers stop at any token that does not start with a letter or digit, so the full
stop of an abbreviated title ends the object: "urged Mr. Lee to VP", "asked Dr. Ames to VP"
found nothing.  v13 reads the frames on the tokens without such full stops (a capitalised word
of at most four letters, the stop, a capitalised word: "Mr. Lee", "St. Paul", "Gen. Ray").

New frames (general English valency, as v10's):

* ``obj_prep`` "with" for "charge": "charged X with Y" (an accusation, like v6's "accused X of Y");
* ``obj_to`` after "for" for "ask" and "call": "asked for X to VP", "called for X to VP" (the
  content runs from the addressee, as for "urged X to VP").

Frozen with ``quotes`` v13.
"""

from __future__ import annotations

from newsgold.extractors.quotes.v10_frames import FRAME_FORMS_V10, FRAMES_V10, _fit
from newsgold.extractors.text import Token

FRAMES_V13: dict[str, tuple[tuple[str, str | None], ...]] = {
    **FRAMES_V10,
    "charge": (("obj_prep", "with"),),
    "ask": (("obj_to", "for"), ("obj_to", None)),
    "call": (("obj_to", "on"), ("obj_to", "for"), ("obj_pred", None)),
}
FRAME_FORMS_V13: dict[str, str] = {
    **FRAME_FORMS_V10,
    **{"charge": "charge", "charges": "charge", "charged": "charge", "charging": "charge"},
}


def without_abbreviation_stops(toks: list[Token]) -> list[Token]:
    """``toks`` less the full stops of abbreviated titles and names ("Mr. Lee" -> "Mr", "Lee")."""
    out: list[Token] = []
    for i, t in enumerate(toks):
        if t.text == "." and 0 < i < len(toks) - 1:
            prev, nxt = toks[i - 1], toks[i + 1]
            if prev.end == t.start and prev.text[:1].isupper() and prev.text.isalpha() and len(prev.text) <= 4 and nxt.text[:1].isupper():
                continue
        out.append(t)
    return out


def frame_start_v13(lemma: str, toks: list[Token]) -> int | None:
    """Index into ``toks`` where the content starts by the first of the lemma's frames that fits
    (read without abbreviation stops); None when none does."""
    plain = without_abbreviation_stops(toks)
    for frame, particle in FRAMES_V13.get(lemma, ()):
        i = _fit(frame, particle, plain)
        if i is not None:
            return toks.index(plain[i]) if i < len(plain) else None
    return None
