"""``stance`` v1/v2/v3: document- and holder-level stance toward configured targets, from the quotes.

A target is relevant to a statement when the statement shares a content word (or a general
synonym) with the target description.  A target whose description prescribes ("should …") is
*prescriptive*; otherwise it states a fact.  Labels come from denial, negation, condition and
dismissal cues (GUIDELINES §8, §9.9); the document's own voice gets ``neutral`` unless it
dismisses or endorses explicitly.

v2 (the leakage audit): the dismissal lexicon of v1 held words that dismiss nothing in general
news and were there for one corpus sentence ("campaign") or that GUIDELINES §8.3 names as
neutral reporting vocabulary ("alleged", "allegations"); v2 drops them and reads the quotes of
``quotes`` v3.  v1 is kept unchanged for pinned runs.

v3 (generalised target matching): v1/v2 matched word forms exactly and widened them with
synonym groups written for the corpus's own targets (talks/negotiations, secrecy, sanctions), plus
a literal "precondition" test.  v3 derives each target's vocabulary from its description alone:
its content words, reduced by a small general normaliser (inflection and derivation suffixes:
"negotiations", "negotiating", "negotiate" → "negoti"; "raising", "raised" → "rais"), so any
target list works without editing code.  A short general synonym list remains for a few very
common news verbs and nouns (talk/negotiate/discuss, meet, say, deal/agree, war/fight, ...); the
condition test uses the general condition lexicon only.  v1 and v2 are kept unchanged for
pinned runs.
"""

from __future__ import annotations

import re
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.lexicon import CONDITION_WORDS, DENIAL_LEMMAS, NEGATION_WORDS, REPORTING_FORMS
from newsgold.extractors.quotes import QuotesV2, QuotesV3
from newsgold.extractors.text import Analysis
from newsgold.schema import DOCUMENT_HOLDER, DocAnnotation, Stance

_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP = {"the", "and", "are", "is", "in", "of", "to", "a", "an", "with", "on", "for", "be", "now",
         "should", "holding", "hold", "that", "this", "its", "their", "between", "by", "at", "as"}
# general synonym groups: a statement using any member is about the same thing
_SYNONYMS = [
    {"negotiate", "negotiation", "negotiations", "negotiating", "talk", "talks", "dialogue",
     "dialog"},
    {"secret", "covert", "hidden", "clandestine"},
    {"sanction", "sanctions", "embargo"},
]
_DISMISS_V2 = {"propaganda", "fabrication", "fabrications", "fabricated", "fake", "false", "lie", "lies",
               "baseless", "unfounded", "rumor", "rumour", "rumors", "rumours", "ploy", "untrue",
               "nonsense", "hoax", "deception", "misinformation", "disinformation", "smear", "invented",
               "made-up", "groundless", "fiction"}
# v1's list, frozen for pinned runs; "campaign", "allegations" and "alleged" are not dismissals
_DISMISS = {"propaganda", "fabrication", "fabrications", "fabricated", "fake", "false", "lie", "lies",
            "baseless", "unfounded", "rumor", "rumour", "rumors", "rumours", "campaign", "ploy",
            "allegations", "alleged", "untrue", "nonsense", "hoax", "deception"}
_FAVOR_NEG = {"ready", "willing", "welcome", "open", "can", "could", "want", "wants", "wanted"}
_FUTURE = re.compile(r"\b(?:will|would|going to|after|future)\b", re.I)


def _stem(word: str) -> str:
    return word.lower().replace("’", "'")


def keywords(description: str) -> set[str]:
    words = {_stem(w) for w in _WORD.findall(description.lower())} - _STOP
    for group in _SYNONYMS:
        if words & group:
            words |= group
    return {w for w in words if len(w) > 2}


def prescriptive(description: str) -> bool:
    return bool(re.search(r"\b(?:should|must|ought|need to)\b", description, re.I))


def label_statement(text: str, cue: str | None, presc: bool, dismiss: frozenset[str] | set[str] = _DISMISS,
                    literal_precondition: bool = True) -> str | None:
    words = {_stem(w) for w in _WORD.findall(text.lower())}
    neg = bool(words & NEGATION_WORDS) or "n't" in text
    denial = cue is not None and REPORTING_FORMS.get(cue.lower()) in DENIAL_LEMMAS
    cond = bool(words & CONDITION_WORDS) or (literal_precondition and "precondition" in text.lower())
    if presc:
        if neg or cond or denial or words & dismiss:
            return "against"
        if words & _FAVOR_NEG:
            return "favor"
        return "neutral"
    if denial or words & dismiss:
        return "against"
    if _FUTURE.search(text):
        return None  # future talks do not address whether talks are under way
    return "against" if neg else "favor"


class StanceV1(BaseExtractor):
    """Rule-based stance per (holder, target) from the extracted quotes and the own voice."""

    dismiss: frozenset[str] | set[str] = _DISMISS
    quotes_class: Any = QuotesV2

    def __init__(self, config: dict[str, Any] | None = None, version: str = "1"):
        super().__init__(name="stance", version=version, layers=("stances",), config=config)

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"targets": "annotations/targets.json", "entities": None}

    # v1/v2 matching: exact word forms and the corpus-specific synonym groups (v3 overrides)
    def _keywords(self, description: str) -> set[str]:
        return keywords(description)

    def _words(self, text: str) -> set[str]:
        return {_stem(w) for w in _WORD.findall(text.lower())}

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:
        return label_statement(text, cue, presc, self.dismiss)

    def targets(self) -> list[dict[str, str]]:
        value = self.config["targets"]
        if isinstance(value, list):
            return value
        import json

        path = self.data_path(value)
        if not path.exists():
            return []
        return json.loads(path.read_text(encoding="utf-8"))

    def extract(self, document: Document) -> DocAnnotation:
        text = document.text
        targets = [(t["id"], self._keywords(t["description"]), prescriptive(t["description"])) for t in self.targets()]
        quoter = self.quotes_class({"entities": self.config["entities"]})
        quoter.data_root = getattr(self, "data_root", None)  # the same workspace's registry
        quotes = quoter.extract(document).quotes or []
        votes: dict[tuple[str, str], list[str]] = {}
        order: list[str] = []
        for q in quotes:
            holder = q.source.entity
            if not holder:
                continue
            content = " ".join(text[s:e] for s, e in q.content)
            cue = text[q.cue[0]:q.cue[1]] if q.cue else None
            words = self._words(content)
            for tid, kws, presc in targets:
                if words & kws:
                    label = self._label(content, cue, presc)
                    if label:
                        votes.setdefault((holder, tid), []).append(label)
                        if holder not in order:
                            order.append(holder)
        stances = []
        own = self._own_voice(document, quotes)
        for tid, kws, presc in targets:
            stances.append(Stance(DOCUMENT_HOLDER, tid, self._document_label(own, kws, presc)))
        for holder in order:
            for tid, _, _ in targets:
                labels = votes.get((holder, tid))
                if labels:
                    # the most explicit (non-neutral) statement wins; ties: the later one
                    decided = [lab for lab in labels if lab != "neutral"] or labels
                    stances.append(Stance(holder, tid, decided[-1]))
        ann = self.empty(document)
        ann.stances = stances
        return ann

    def _own_voice(self, document: Document, quotes: list[Any]) -> list[str]:
        a = Analysis(document.text)
        scope = out_of_scope(document)
        covered = [s for q in quotes for s in q.content]
        out = []
        for s, e in a.sentences:
            if inside(scope, s, e) or inside(covered, s, e) or a.in_quotation(s) or a.reporting_tokens(s, e):
                continue
            out.append(document.text[s:e])
        return out

    def _document_label(self, sentences: list[str], kws: set[str], presc: bool) -> str:
        for sent in sentences:
            words = self._words(sent)
            if words & kws and {_stem(w) for w in _WORD.findall(sent.lower())} & self.dismiss:
                return "against"
        return "neutral"


class StanceV2(StanceV1):
    """v1 with a general dismissal lexicon and the quotes of ``quotes`` v3."""

    dismiss = _DISMISS_V2
    quotes_class = QuotesV3

    def __init__(self, config: dict[str, Any] | None = None, version: str = "2"):
        super().__init__(config, version=version)


# --- v3: target vocabulary from the target descriptions ---------------------------------------

# Function words, auxiliaries and modals: never what a target is about.
_STOP_V3 = {
    "the", "and", "are", "is", "was", "were", "been", "being", "be", "in", "of", "to", "a", "an", "with",
    "on", "for", "now", "should", "must", "ought", "need", "needs", "will", "would", "shall", "can",
    "could", "may", "might", "do", "does", "did", "have", "has", "had", "that", "this", "these", "those",
    "its", "their", "his", "her", "our", "your", "they", "them", "it", "he", "she", "we", "you",
    "between", "by", "at", "as", "from", "into", "about", "over", "under", "than", "then", "there",
    "here", "not", "no", "or", "but", "if", "so", "such", "any", "all", "some", "more", "most", "other",
    "also", "only", "very", "which", "who", "whom", "what", "when", "where", "while", "again",
    "holding", "hold", "held", "take", "taking", "make", "making", "get", "getting", "currently",
}
# A few very common news verbs and nouns whose synonyms are general, not corpus-specific
# (written as normalised stems: see :func:`normalise`).
_SYNONYMS_V3 = [
    {"talk", "negoti", "dialog", "dialogu", "discuss"},
    {"meet", "summit"},
    {"deal", "agreement", "accord", "pact", "treaty"},
    {"war", "fight", "conflict", "hostil"},
    {"elect", "vot", "ballot"},
    {"ban", "prohibit"},
    {"cut", "reduc", "lower"},
    {"rais", "increas", "hik"},
]
# longest first; a stem keeps at least 3 letters
_SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ments", "ment", "ions", "ion",
             "ies", "ied", "ing", "ers", "ed", "es", "er", "ly", "s")


def normalise(word: str) -> str:
    """A small general morphological normaliser for English content words: lower case, no
    possessive, then the longest inflection/derivation suffix whose removal leaves 3+ letters
    ("negotiations" → "negoti", "talks" → "talk", "raising" → "rais", "states" → "stat")."""
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if "-" in w:
        w = w.rsplit("-", 1)[-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix == "ies" or suffix == "ied":
                w += "y"
            break
    if len(w) > 3 and w.endswith("e"):  # "raise" → "rais", as "raising" and "raised"
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" → "stopp" → "stop"
        w = w[:-1]
    return w


def content_stems(text: str) -> set[str]:
    return {normalise(w) for w in _WORD.findall(text.lower()) if w not in _STOP_V3}


def keywords_v3(description: str) -> set[str]:
    """The stems a statement must share with a target: the description's content words, each
    widened by its general synonym group."""
    stems = {w for w in content_stems(description) if len(w) > 2}
    for group in _SYNONYMS_V3:
        if stems & group:
            stems |= group
    return stems


class StanceV3(StanceV2):
    """v2 with the target vocabulary derived from the descriptions (see the module docstring)."""

    def __init__(self, config: dict[str, Any] | None = None):
        super().__init__(config, version="3")

    def _keywords(self, description: str) -> set[str]:
        return keywords_v3(description)

    def _words(self, text: str) -> set[str]:
        return content_stems(text)

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:
        return label_statement(text, cue, presc, self.dismiss, literal_precondition=False)
