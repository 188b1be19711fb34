"""Closed word lists for the rule-based baselines: general English news usage, nothing else.

Kept in one place so that it is easy to see that the rules contain no word, name or phrase of
any particular article.
"""

from __future__ import annotations

# Reporting verbs, every inflection listed explicitly (regex alternation is faster than stemming).
_REPORTING_LEMMAS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "state": ("state", "states", "stated", "stating"),
    "add": ("add", "adds", "added", "adding"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "deny": ("deny", "denies", "denied", "denying"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "report": ("report", "reports", "reported", "reporting"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "ask": ("ask", "asks", "asked", "asking"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing",
                  "emphasise", "emphasises", "emphasised", "emphasising"),
    "underline": ("underline", "underlines", "underlined", "underlining"),
    "urge": ("urge", "urges", "urged", "urging"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "contend": ("contend", "contends", "contended", "contending"),
    "observe": ("observe", "observes", "observed", "observing"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "disclose": ("disclose", "discloses", "disclosed", "disclosing"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "describe": ("describe", "describes", "described", "describing"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "believe": ("believe", "believes", "believed", "believing"),
    "think": ("think", "thinks", "thought"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "propose": ("propose", "proposes", "proposed", "proposing"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "underscore": ("underscore", "underscores", "underscored", "underscoring"),
    "point": ("point", "points", "pointed", "pointing"),  # "pointed out"
    "hint": ("hint", "hints", "hinted", "hinting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "threaten": ("threaten", "threatens", "threatened", "threatening"),
    "rule": ("ruled",),  # "ruled out"
}

REPORTING_FORMS: dict[str, str] = {form: lemma for lemma, forms in _REPORTING_LEMMAS.items() for form in forms}

# Verbs that only report speech when followed by a particle.
PARTICLE_VERBS = {"point": "out", "rule": "out"}

# Verbs whose object is usually a clause only with "that" (they have other readings).
NEEDS_THAT = {"note", "report", "write", "ask", "observe", "recall", "reveal", "indicate", "agree",
              "mention", "comment", "remark", "describe", "accuse", "estimate", "propose", "demand",
              "point", "hint", "complain", "boast", "threaten", "rule", "maintain", "confirm", "deny",
              "announce", "urge", "promise", "pledge", "vow", "stress", "explain", "tell"}

# Cues that signal the speaker rejects the reported content.
DENIAL_LEMMAS = {"deny", "reject", "dismiss", "refute", "rule"}

PRONOUNS_PERSON = {"he", "she"}
PRONOUNS_GROUP = {"they", "it"}
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"i", "we"}

# Words that may stand between a speaker and the verb: "X has since publicly said".
AUX_ADVERBS = {
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "earlier",
    "then", "again", "once", "previously", "recently", "reportedly", "repeatedly", "further", "did", "does", "do", "not", "never", "already", "just", "still", "often", "too", "yet",
    "publicly", "privately", "separately", "subsequently", "simply", "always", "quickly", "flatly",
}

# Title words before a person's name ("Health Minister X", "Mayor Y").
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "foreign", "deputy", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "governor", "gov",
    "mayor", "ambassador", "envoy", "general", "gen", "commander", "chief", "leader", "chairman",
    "chairwoman", "chair", "director", "king", "queen", "prince", "princess", "sheikh", "emir",
    "ayatollah", "imam", "pope", "cardinal", "bishop", "rabbi", "judge", "justice", "professor",
    "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "dame", "colonel", "col",
    "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "admiral", "adm",
    "speaker", "chancellor", "premier", "supreme", "first", "attorney", "defense",
    "defence", "interior", "finance", "economy", "health", "trade", "state", "national", "senior",
    "former", "acting", "interim", "executive", "ceo", "cfo", "founder", "co-founder", "head",
    "coach", "manager", "officer", "agent",
    "detective", "inspector", "superintendent", "constable", "sheriff", "congressman",
    "congresswoman", "councillor", "councilman", "councilwoman", "mp", "mep", "lawmaker", "analyst",
    "expert", "adviser", "advisor", "economist", "diplomat", "negotiator", "correspondent",
    "editor", "reporter", "columnist", "author", "writer", "official", "chairperson", "ministry",
}

# Role nouns heading a description of a speaker ("a senior official", "the spokesman").
PERSON_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "diplomat", "diplomats",
    "minister", "president", "leader", "expert", "experts", "analyst", "analysts", "source",
    "sources", "lawmaker", "lawmakers", "senator", "governor", "ambassador", "envoy", "commander",
    "general", "chief", "adviser", "advisor", "aide", "aides", "secretary", "chairman",
    "chairwoman", "director", "negotiator", "negotiators", "representative", "researcher",
    "researchers", "economist", "economists", "scientist", "scientists", "professor", "officer",
    "officers", "witness", "witnesses", "resident", "residents", "man", "woman", "mayor",
    "candidate", "prosecutor", "prosecutors", "lawyer", "attorney", "judge", "critic", "critics",
    "observer", "observers", "executive", "founder", "head", "activist", "activists", "member",
    "members", "politician", "politicians", "cleric", "journalist", "reporter", "correspondent",
    "columnist", "editor", "author", "writer", "doctor", "police", "spokespeople", "commentator",
    "commentators", "insider", "insiders", "person", "people", "protester", "protesters", "voter",
    "voters", "citizen", "citizens", "student", "students", "teacher", "worker", "workers",
    "premier", "chancellor", "king", "queen", "prince", "emir", "sheikh", "mp", "mps",
}
GROUP_ROLES = {
    "ministry", "government", "agency", "newspaper", "journal", "daily", "outlet", "website",
    "channel", "network", "broadcaster", "station", "statement", "report", "reports", "company",
    "firm", "group", "organization", "organisation", "office", "department", "administration",
    "council", "committee", "commission", "court", "military", "army", "party", "union", "bank",
    "paper", "magazine", "tabloid", "study", "survey", "poll", "document", "documents", "letter",
    "campaign", "team", "embassy", "regime", "authorities", "country",
    "state", "parliament", "cabinet", "board", "fund", "institute", "university", "television",
}
ROLE_NOUNS = PERSON_ROLES | GROUP_ROLES

DETERMINERS = {"a", "an", "the", "one", "two", "three", "several", "some", "many", "another",
               "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}

# Capitalised words that are not names on their own (sentence starts, days, months, ...).
NOT_NAMES = {
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "by", "with",
    "from", "as", "after", "before", "during", "since", "while", "when", "where", "what", "who",
    "why", "how", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "no", "not", "yes", "despite", "although", "though", "however",
    "meanwhile", "speaking", "according", "asked", "add", "read", "written", "more", "also",
    "without", "under", "over", "about", "against", "between", "among", "into", "through",
    "such", "all", "any", "some", "each", "every", "both", "either", "neither", "so", "then",
    "earlier", "later", "last", "next", "new", "first", "second", "third", "maybe", "perhaps",
    "even", "still", "yet", "now", "today", "yesterday", "tomorrow", "tonight", "mr.",
    "like", "unless", "because", "instead", "thus", "therefore", "moreover",
}

# Words that make a capitalised sequence an organisation, place or event rather than a person.
NON_PERSON_WORDS = {
    "states", "kingdom", "nations", "union", "republic", "ministry", "council", "assembly",
    "agency", "committee", "commission", "party", "press", "news", "times", "post", "journal",
    "daily", "university", "bank", "fund", "organization", "organisation", "department", "office",
    "house", "court", "congress", "senate", "parliament", "army", "force", "forces", "guard",
    "guards", "corps", "revolution", "deal", "plan", "action", "agreement", "treaty", "security",
    "general", "east", "west", "north", "south", "middle", "gulf", "sea", "ocean", "city",
    "county", "province", "state", "island", "islands", "street", "square", "airport", "company",
    "group", "inc", "corp", "ltd", "association", "institute", "center", "centre", "foundation",
    "network", "channel", "tv", "radio", "broadcasting", "federation", "league", "club", "team",
    "church", "mosque", "embassy", "consulate", "program", "programme", "project", "summit",
    "conference", "war", "crisis", "election", "elections", "olympics", "cup", "act", "bill",
    "law", "resolution", "report", "day", "week", "month", "year", "america", "europe", "asia",
    "africa", "national", "federal", "international",
    "world", "global", "supreme", "high", "central", "white", "pentagon", "kremlin",
}

# Negation, condition and denial cues for claims and stance.
NEGATION_WORDS = {"no", "not", "never", "neither", "nor", "none", "nothing", "nobody", "cannot",
                  "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
                  "weren't", "shouldn't", "wouldn't", "couldn't", "without", "n't"}
CONDITION_WORDS = {"if", "unless", "until", "provided", "only", "otherwise", "precondition",
                   "preconditions", "condition", "conditions", "before", "after"}
EVALUATIVE_WORDS = {
    "good", "bad", "best", "worst", "better", "worse", "great", "terrible", "wrong", "right",
    "unfair", "fair", "illegal", "legitimate", "illegitimate", "dangerous", "important",
    "necessary", "unacceptable", "acceptable", "ridiculous", "absurd", "failed", "failure",
    "success", "successful", "weak", "strong", "fake", "false", "hypocritical", "disgraceful",
    "shameful", "outrageous", "excellent", "positive", "negative", "constructive", "destructive",
    "reckless", "irresponsible", "responsible", "should", "must", "ought", "lies", "baseless",
    "unfounded", "biased", "credible", "hostile", "friendly", "brutal", "unjust", "cynical",
    "naive", "wise", "foolish", "stupid", "smart", "clear", "wonderful", "awful", "horrible",
    "disastrous", "unprecedented", "historic", "shocking", "worrying", "alarming", "encouraging",
}
HEDGE_WORDS = {"may", "might", "could", "seems", "seem", "appears", "appear", "likely", "unlikely",
               "possibly", "perhaps", "maybe", "probably", "allegedly", "reportedly"}
