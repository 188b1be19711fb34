"""``quotes`` v6's verb frames that v4's single cue lexicon does not read (see :mod:`.v6`).

A report is a verb and the frame of what follows it.  v4's lexicon says only whether a verb
needs "that"; these frames, general English usage, say what else may stand between the verb
and the reported clause:

* ``object_that`` — "reminded voters that …", "informed the board that …": an addressee;
* ``infinitive`` — "vowed to …", "promised to “…”": a commissive's infinitive (content from "to",
  as for the card's directives "urged them to …");
* ``wh`` — "questioned why …": a wh-clause;
* ``bare`` — "confirmed the school would close": a clause without "that", only when its finite
  verb comes within five words (else "confirmed the deaths of …" would be read as a clause);
* after any cue that takes a bare clause, a prepositional phrase may come first: "said in an
  interview the talks had failed" (content from the clause's subject).

Frozen with ``quotes`` v6.
"""

from __future__ import annotations

from newsgold.extractors.quotes.v2 import FINITE
from newsgold.extractors.quotes.v4_lexicon import WH_WORDS
from newsgold.extractors.text import Token

Span = tuple[int, int]


def _forms(lemma: str, *extra: str) -> dict[str, str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", stem + "ed", stem + "ing", *extra}
    return dict.fromkeys(forms, lemma)


FRAMES: dict[str, str] = {
    "remind": "object_that",
    "inform": "object_that",
    "notify": "object_that",
    "reassure": "object_that",
    "promise": "infinitive",
    "vow": "infinitive",
    "pledge": "infinitive",
    "question": "wh",
    "confirm": "bare",
    "maintain": "bare",
    "stress": "bare",
    "concede": "bare",
    "acknowledge": "bare",
    "announce": "bare",
    "reiterate": "bare",
}
FRAME_FORMS: dict[str, str] = {
    **_forms("remind"),
    **_forms("inform"),
    **{"notify": "notify", "notifies": "notify", "notified": "notify", "notifying": "notify"},
    **_forms("reassure"),
    **_forms("promise"),
    **_forms("vow"),
    **{"pledge": "pledge", "pledges": "pledge", "pledged": "pledge", "pledging": "pledge"},
    **_forms("question"),
    **_forms("confirm"),
    **_forms("maintain"),
    **_forms("stress", "stressed"),
    **_forms("concede"),
    **_forms("acknowledge"),
    **_forms("announce"),
    **_forms("reiterate"),
}

# Irregular past tenses: v2-v5 read a clause as finite only by an auxiliary or an "-ed" form, so
# "said the raid began at dawn" and "said sales fell" were no reports.  General English.
IRREGULAR_PAST = frozenset(
    "arose awoke became began bit blew broke brought built burned burnt bought caught chose came cost crept cut dealt dug "
    "dove drew dreamt drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went grew "
    "hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid put quit "
    "ran rang rose saw sought sold sent set shook shone shot showed shut sang sank sat slept slid spoke spent spun split "
    "spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought threw understood "
    "woke wore won wound withdrew wrote overtook undertook underwent upheld".split()
)

# where a bare clause may start: a determiner, a pronoun, a number or a capitalised word
_CLAUSE_START = {"the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "this", "his", "her", "their", "its", "no", "some", "all"}
# prepositions that open a phrase between "said" and its clause
PP_START = {"in", "on", "at", "during", "after", "before", "from", "with", "via", "over", "through"}


def finite_soon(tokens: list[Token], limit: int = 5) -> bool:
    """A finite verb (or an "-ed" form) among the first ``limit`` tokens, before any punctuation."""
    for t in tokens[:limit]:
        if not t.text[:1].isalnum():
            return False
        low = t.lower.replace("’", "'")
        if low in FINITE or low in IRREGULAR_PAST or low.endswith("n't") or (low.endswith("ed") and len(low) > 4):
            return True
    return False


def clause_start(tok: Token) -> bool:
    return tok.lower in _CLAUSE_START or tok.text[:1].isupper() or tok.text[:1].isdigit()


def frame_start(frame: str, toks: list[Token], wh_words: set[str] = WH_WORDS) -> int | None:
    """Where the reported clause starts, as an index into ``toks`` (the tokens after the cue)."""
    if not toks:
        return None
    first = toks[0]
    if frame == "object_that":
        for i, t in enumerate(toks[1:7], start=1):
            if t.lower == "that":
                return i + 1
            if not t.text[:1].isalnum():
                return None
        return None
    if frame == "infinitive":
        return 0 if first.lower == "to" and len(toks) > 2 else None
    if frame == "wh":
        if first.lower not in wh_words:
            return None
        return 0 if first.lower in {"how", "why"} else 1
    if frame == "bare":
        if first.lower == "that":
            return None  # v4 reads it already
        third_person = first.lower in {"he", "she", "it"} and any(t.lower.endswith("s") and t.text.isalpha() for t in toks[1:3])
        return 0 if clause_start(first) and (finite_soon(toks[1:], 5) or third_person) else None
    return None
