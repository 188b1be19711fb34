"""``quotes`` v4's word lists: the shared lexicon plus general reporting verbs and noun cues.

Its own module so that the shared lexicon (and with it every released version) stays as it
was.  General English news usage only: no word, name or phrase of any particular article.
Frozen with ``quotes`` v4.
"""

from __future__ import annotations

from newsgold.extractors.lexicon import NEEDS_THAT, PARTICLE_VERBS, REPORTING_FORMS

_EXTRA_LEMMAS = {
    "testify": ("testify", "testifies", "testified", "testifying"),
    "caution": ("caution", "cautions", "cautioned", "cautioning"),
    "recount": ("recount", "recounts", "recounted", "recounting"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "lament": ("lament", "laments", "lamented", "lamenting"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "plead": ("plead", "pleads", "pleaded", "pleading"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "counter": ("counter", "counters", "countered", "countering"),
    "retort": ("retort", "retorts", "retorted", "retorting"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "reaffirm": ("reaffirm", "reaffirms", "reaffirmed", "reaffirming"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "wonder": ("wonder", "wonders", "wondered", "wondering"),
    "speculate": ("speculate", "speculates", "speculated", "speculating"),
    "recommend": ("recommend", "recommends", "recommended", "recommending"),
    "advise": ("advise", "advises", "advised", "advising"),
    "elaborate": ("elaborate", "elaborates", "elaborated", "elaborating"),
    "answer": ("answer", "answers", "answered", "answering"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    "post": ("posted",),
    "add": ("add", "adds", "added", "adding"),
    "continue": ("continued",),  # '"…," he continued.' — a cue only right after a quotation
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "tell": ("tell", "tells", "told", "telling"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "reject": ("reject", "rejects", "rejected", "rejecting"),
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "criticize": ("criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising"),
    "praise": ("praise", "praises", "praised", "praising"),
    "blame": ("blame", "blames", "blamed", "blaming"),
    "call": ("call", "calls", "called", "calling"),  # only with "for"/"on" (particle verb below)
    "expect": ("expects", "expected"),
    "hope": ("hopes", "hoped"),
    "fear": ("fears", "feared"),
    "reason": ("reasoned",),
    "muse": ("mused",),
    "sigh": ("sighed",),
    "laugh": ("laughed",),
    "share": ("shared",),  # "shared on social media that …"
    "send": ("sent",),  # "sent a message" is no cue; kept for "sent word that"
    "insist": ("insist", "insists", "insisted", "insisting"),
    "concur": ("concur", "concurs", "concurred", "concurring"),
    "contest": ("contests", "contested"),
    "dispute": ("disputes", "disputed"),
    "charge": ("charges", "charged"),  # "prosecutors charged that …"
    "alert": ("alerted",),
    "grumble": ("grumbled",),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "project": ("projects", "projected"),
    "forecast": ("forecasts", "forecasted"),
    "beg": ("begged",),
    "implore": ("implored",),
    "encourage": ("encouraged",),
    "instruct": ("instructed",),
}

# Beliefs are not speech (GUIDELINES §6.1: what a source said, wrote or stated).
_NOT_SPEECH = {"believe", "think"}
FORMS: dict[str, str] = {
    **{f: lemma for f, lemma in REPORTING_FORMS.items() if lemma not in _NOT_SPEECH},
    **{f: lemma for lemma, forms in _EXTRA_LEMMAS.items() for f in forms},
}

# Verbs that report speech only with this particle; ``call`` takes "for" or "on".
PARTICLES: dict[str, tuple[str, ...]] = {**{k: (v,) for k, v in PARTICLE_VERBS.items()}, "call": ("for", "on"), "send": ("word",)}

# Lemmas whose clause object needs "that" (or "whether"/"how"/"if" for the asking ones).
NEEDS_THAT_V4 = NEEDS_THAT | {
    "testify",
    "caution",
    "recount",
    "clarify",
    "lament",
    "joke",
    "plead",
    "assure",
    "counter",
    "affirm",
    "reaffirm",
    "speculate",
    "recommend",
    "advise",
    "elaborate",
    "answer",
    "shout",
    "yell",
    "whisper",
    "post",
    "reject",
    "dismiss",
    "criticize",
    "praise",
    "blame",
    "expect",
    "hope",
    "fear",
    "reason",
    "share",
    "send",
    "concur",
    "contest",
    "dispute",
    "charge",
    "alert",
    "grumble",
    "project",
    "forecast",
    "beg",
    "implore",
    "encourage",
    "instruct",
    "continue",
    "muse",
    "sigh",
    "laugh",
    "wonder",
}

# Only after a quotation ('"…," she laughed'): never the start of an indirect quote.
DIRECT_ONLY = {"continue", "muse", "sigh", "laugh", "grumble", "exclaim", "shout", "yell", "whisper", "joke", "retort"}

# Lemmas whose object may be a wh-clause: "wondered whether …", "recounted how …", "asked if …".
WH_OBJECT = {"wonder", "ask", "recount", "explain", "question", "describe", "recall", "reveal", "testify", "clarify"}
WH_WORDS = {"whether", "how", "why", "if"}

# Nouns that report what someone said when a "that"-clause follows: "X's claim that …".
NOUN_CUES = {
    "claim",
    "claims",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "warning",
    "warnings",
    "insistence",
    "argument",
    "statement",
    "suggestion",
    "admission",
    "promise",
    "pledge",
    "announcement",
    "prediction",
    "accusation",
    "accusations",
    "charge",
    "charges",
}
