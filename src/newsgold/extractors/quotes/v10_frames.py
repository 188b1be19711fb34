"""``quotes`` v10's complement frames of reporting verbs (issue #15).

v4-v9 read a reporting verb's clause when it follows the verb ("said that S", "said S") and a
few frames of single verbs (v6: "reminded X that", "vowed to", "accused X of").  A reporting
verb's complement has more shapes than these, and they are general English valency, not the
wording of any article:

* ``to`` — a commissive with an infinitive: "offered to VP", "threatened to VP";
* ``obj_to`` — a directive with an addressee and an infinitive: "urged X to VP", "asked X
  (not) to VP", "begged X to VP" (also after a particle: "pleaded with X to", "called on X to");
* ``obj_as`` — an "X as Y" predication: "touted X as Y", "saw X as Y", "dismissed X as Y";
* ``obj_pred`` — an object and its predicate: "declared X illegal" (an adjective by its
  suffix, or "X to be Y"), "called X a Y" (an indefinite noun phrase);
* ``obj_prep`` — an object and a fixed preposition: "attributed X to Y", "credited X with Y".

GUIDELINES §9.5: a noun object plus a predicate is an indirect quote whose content runs from
the object; directives' content runs from their addressee ("urged them to …").
Frozen with ``quotes`` v10.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgold.extractors.lexicon import DETERMINERS
from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v6_frames import IRREGULAR_PAST, finite_soon
from newsgold.extractors.text import Token


def _forms(lemma: str, past: str | None = None, third: str | None = None) -> dict[str, str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, third or lemma + "s", past or stem + "ed", stem + "ing"}
    return dict.fromkeys(forms, lemma)


# lemma -> its frames, tried in order: (frame, the particle before the addressee or the fixed preposition)
FRAMES_V10: dict[str, tuple[tuple[str, str | None], ...]] = {
    "offer": (("to", None),),
    "threaten": (("to", None),),
    "urge": (("obj_to", None),),
    "ask": (("obj_to", None),),
    "beg": (("obj_to", None),),
    "implore": (("obj_to", None),),
    "encourage": (("obj_to", None),),
    "press": (("obj_to", None),),
    "plead": (("obj_to", "with"),),
    "call": (("obj_to", "on"), ("obj_pred", None)),
    "tout": (("obj_as", None),),
    "describe": (("obj_as", None),),
    "see": (("obj_as", None),),
    "view": (("obj_as", None),),
    "dismiss": (("obj_as", None),),
    "hail": (("obj_as", None),),
    "characterize": (("obj_as", None),),
    "portray": (("obj_as", None),),
    "declare": (("obj_pred", None),),
    "deem": (("obj_pred", None),),
    "label": (("obj_pred", None),),
    "brand": (("obj_pred", None),),
    "attribute": (("obj_prep", "to"),),
    "credit": (("obj_prep", "with"),),
}
FRAME_FORMS_V10: dict[str, str] = {
    **_forms("offer"),
    **_forms("threaten"),
    **_forms("urge"),
    **_forms("ask"),
    **{"beg": "beg", "begs": "beg", "begged": "beg", "begging": "beg"},
    **_forms("implore"),
    **_forms("encourage"),
    **_forms("press", third="presses"),
    **_forms("plead"),
    **_forms("call"),
    **_forms("tout"),
    **_forms("describe"),
    **{"see": "see", "sees": "see", "saw": "see", "seeing": "see"},
    **_forms("view"),
    **_forms("dismiss", third="dismisses"),
    **_forms("hail"),
    **_forms("characterize"),
    **_forms("portray"),
    **_forms("declare"),
    **_forms("deem"),
    **{"label": "label", "labels": "label", "labeled": "label", "labelled": "label", "labeling": "label", "labelling": "label"},
    **_forms("brand"),
    **_forms("attribute"),
    **_forms("credit"),
}

# adjective endings (English derivational morphology) for "declared X ADJ"
_ADJ_SUFFIXES = ("al", "ble", "ous", "ive", "ic", "ful", "less", "ent", "ant", "ary", "ory", "ile", "id")
_NOT_IN_OBJECT = {"that", "which", "who", "whom", "whose", "if", "whether", "because", "when", "while", "and", "or", "but"}
# "as" opening an adverbial, not a predication: "see X as soon as", "describe X as well as"
_AS_ADVERBIAL = {"soon", "well", "long", "much", "many", "far", "if", "though", "of", "to", "for", "part", "usual", "expected", "planned"}
_BE = {"be", "is", "are", "was", "were", "been", "being", "get", "got"}


def _object_ok(t: Token) -> bool:
    low = t.lower.replace("’", "'")
    return t.text[:1].isalnum() and low not in FINITE and low not in IRREGULAR_PAST and low not in _NOT_IN_OBJECT


def _verb_like(t: Token) -> bool:
    """A lower-case word that may be a bare verb after "to" (not a determiner, a number or a name)."""
    return t.text.isalpha() and t.text.islower() and t.lower not in DETERMINERS


def frame_start_v10(lemma: str, toks: list[Token]) -> int | None:
    """Index into ``toks`` (the tokens after the verb, to the sentence end) where the content
    starts, by the first of the lemma's frames that fits; None when none does."""
    for frame, particle in FRAMES_V10.get(lemma, ()):
        i = _fit(frame, particle, toks)
        if i is not None:
            return i
    return None


def _fit(frame: str, particle: str | None, toks: list[Token]) -> int | None:
    if frame == "to":
        return 0 if len(toks) > 2 and toks[0].lower == "to" and _verb_like(toks[1]) else None
    if frame == "obj_to":
        if particle is None:
            return _obj_to(toks, 0)
        return _obj_to(toks, 1) if toks and toks[0].lower == particle else None
    if frame == "obj_as":
        return _object_then(toks, {"as"}, lambda rest: bool(rest) and rest[0].lower not in _AS_ADVERBIAL and not finite_soon(rest, 3))
    if frame == "obj_prep":
        return _object_then(toks, {particle or ""}, lambda rest: bool(rest) and rest[0].text[:1].isalnum())
    if frame == "obj_pred":
        return _object_predicate(toks)
    return None


def _obj_to(toks: list[Token], i: int) -> int | None:
    """ "X to VP" / "X “not to VP" from ``toks[i]``: 1-12 object words, then (not) to + verb."""
    if i >= len(toks) or not _object_ok(toks[i]) or toks[i].lower == "to":
        return None
    for j in range(i + 1, min(i + 13, len(toks))):
        t = toks[j]
        if t.lower == "to":
            return i if j + 1 < len(toks) and _verb_like(toks[j + 1]) else None
        if t.text in {'"', "“"} or t.lower == "not":
            continue
        if not _object_ok(t):
            return None
    return None


def _object_then(toks: list[Token], words: set[str], after: Callable[[list[Token]], bool]) -> int | None:
    """1-12 object words, then one of ``words`` and what ``after`` accepts."""
    if not toks or not _object_ok(toks[0]) or toks[0].lower in words:
        return None
    for j in range(1, min(13, len(toks))):
        t = toks[j]
        if t.lower in words:
            return 0 if after(toks[j + 1 :]) else None
        if not _object_ok(t):
            return None
    return None


def _object_predicate(toks: list[Token]) -> int | None:
    """ "declared X illegal" / "declared X to be Y" / "called X a Y": an object of 1-12 words
    followed by an indefinite noun phrase, "to be", or an adjective ending the clause."""
    if not toks or not _object_ok(toks[0]) or toks[0].lower in {"for", "on", "off", "in", "out", "up", "back", "it", "him", "her", "them"}:
        return None
    if toks[0].lower in {"a", "an"}:
        return None  # "called a meeting", "declared an emergency": a noun object only (§9.5)
    for j in range(1, min(14, len(toks))):
        t = toks[j]
        if t.lower in {"a", "an"} and j >= 2:
            return 0
        if t.lower == "to" and j + 1 < len(toks) and toks[j + 1].lower in _BE:
            return 0
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        ends = nxt is None or not nxt.text[:1].isalnum()
        if ends and j >= 2 and t.text.islower() and t.lower.endswith(_ADJ_SUFFIXES):
            return 0
        if not _object_ok(t):
            return None
    return None
