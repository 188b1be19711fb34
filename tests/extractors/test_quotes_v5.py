"""``quotes`` v5's rules, each on a small invented snippet (v4 gets each wrong)."""

from __future__ import annotations

import pytest
from tests.extractors.quote_rows import quote_rows

from newsgold.extractors.quotes import QuotesV4, QuotesV5
from newsgold.extractors.quotes.v5_speakers import RegistryV5

REGISTRY = [
    {"id": "E_LENA_ORTIZ", "name": "Lena Ortiz", "aliases": [], "type": "person"},
    {"id": "E_STUDY_AUTHORS", "name": "the authors (river pollution study)", "aliases": [], "type": "other"},
    {"id": "E_DANA_BROTHER", "name": "Dana Reyes's brother (the driver)", "aliases": [], "type": "person"},
    {"id": "E_DANA_REYES", "name": "Dana Reyes", "aliases": ["Reyes"], "type": "person"},
    {"id": "E_PORT_WORKERS", "name": "port workers at the rally", "aliases": [], "type": "other"},
    {"id": "E_ACME", "name": "Acme Analytics", "aliases": ["Acme"], "type": "organization"},
    {"id": "E_DUNNS", "name": "Dunn’s Research", "aliases": ["Dunn’s"], "type": "organization"},
]


def quotes(text: str, version: type = QuotesV5, entities: list | None = None) -> list[tuple]:
    """(type, content, source span text, speaker, cue text) of every quote found."""
    return quote_rows(version({"entities": entities}), text)


CASES = [
    (  # a surname alone, the registry holding the full name
        "The study was published on Monday.\n\nOrtiz said the river had recovered.",
        ("indirect", "the river had recovered", "Ortiz", "E_LENA_ORTIZ", "said"),
    ),
    (  # a description registered with a qualifier in parentheses
        "The authors said the samples were taken in spring.",
        ("indirect", "the samples were taken in spring", "The authors", "E_STUDY_AUTHORS", "said"),
    ),
    (  # the noun after a possessor; then "he" is that man, not the woman quoted before
        "Reyes said she was at home.\n\nThe brother told police that he heard a crash. He said the car did not stop.",
        ("indirect", "the car did not stop", "He", "E_DANA_BROTHER", "said"),
    ),
    (  # an organisation with a plural role noun: the registered description it begins
        "Acme workers said the plant would close.\n\nPort workers said the strike would go on.",
        ("indirect", "the strike would go on", "Port workers", "E_PORT_WORKERS", "said"),
    ),
    (  # the owner of a report, a name that ends in "’s"
        "Sales fell by 4 percent, according to the Dunn’s report.",
        ("indirect", "Sales fell by 4 percent", "the Dunn’s report", "E_DUNNS", "according to"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][2] for c in CASES])
def test_v5_resolves_what_v4_does_not(text: str, expected: tuple):
    assert expected in quotes(text, entities=REGISTRY)
    assert expected not in quotes(text, QuotesV4, entities=REGISTRY)


SNIPPETS = [
    (  # a place, a title and a person are one noun phrase
        "Springfield coach Tom Hale was less diplomatic, going so far as to call the call “absurd.”",
        ("mixed", "the call “absurd.”", "Springfield coach Tom Hale", "Tom Hale", "call"),
    ),
    (  # a name and its long apposition between the quotation and the cue
        '"We will reopen the bridge," Ana Silva, head of the county transport board, said on Friday.',
        ("direct", "We will reopen the bridge,", "Ana Silva", "Ana Silva", "said"),
    ),
    (  # a quotation later in the paragraph, after uncued narration, continues the quote
        "“Work is scarce,” said Omar Haddad, who lost his job in May. He has applied twice. “It will get better.”",
        ("direct", "Work is scarce, | It will get better.", "Omar Haddad", "Omar Haddad", "said"),
    ),
    (  # "call X “Y”": a mixed quote of the object and the quoted complement (also above)
        "Senator Ruth Vega was quoted calling the plan a “reckless” gamble.",
        ("mixed", "the plan a “reckless” gamble", "Senator Ruth Vega", "Ruth Vega", "calling"),
    ),
    (  # "deny" with a gerund clause
        "Mark Udo denied taking the money and left the court.",
        ("indirect", "taking the money", "Mark Udo", "Mark Udo", "denied"),
    ),
    (  # a paraphrase interrupted by its attribution
        "While the city has started repairs, Yuri Vance said, there is no money left for the bridge.",
        ("indirect", "While the city has started repairs | there is no money left for the bridge", "Yuri Vance", "Yuri Vance", "said"),
    ),
    (  # a report in a leading subordinate clause ends before the main clause's subject
        "Although he said it was “wild” to see himself on screen, Leo Marsh stopped short of saying more.",
        ("mixed", "it was “wild” to see himself on screen", "he", "Leo Marsh", "said"),
    ),
    (  # a paraphrase ends before a coordinated new report
        "Eva Lind told police that she was outside and the driver replied that he was close.",
        ("indirect", "she was outside", "Eva Lind", "Eva Lind", "told"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SNIPPETS, ids=[f"{i}-{c[1][4]}" for i, c in enumerate(SNIPPETS)])
def test_v5_finds_what_v4_misses(text: str, expected: tuple):
    assert expected in quotes(text)
    assert expected not in quotes(text, QuotesV4)


def test_registry_extra_keys_must_be_unique():
    reg = RegistryV5(
        [
            {"id": "E_A", "name": "Ann Cole", "aliases": [], "type": "person"},
            {"id": "E_B", "name": "Ben Cole", "aliases": [], "type": "person"},
            {"id": "E_C", "name": "Cara Diaz", "aliases": [], "type": "person"},
        ]
    )
    assert reg.lookup("Cole") is None  # two registered people end in "Cole"
    assert reg.lookup("Diaz") == "E_C"


def test_pronoun_gender_from_text_not_from_earlier_resolutions():
    text = "Rosa Kim said she would run.\n\nHe said the race was fixed."
    found = quotes(text)
    assert found[0][3] == "Rosa Kim"
    assert found[1][2] == "He" and found[1][3] is None  # "he" is never the woman quoted before
    assert quotes(text, QuotesV4)[1][3] == "Rosa Kim"


def test_offsets_with_emoji_flags_and_curly_quotes():
    text = "🇫🇷 Fans waited 🎉.\n\n“We won,” Ana Silva, head of the supporters’ club 🏆, said. She left. “Again.”"
    found = quotes(text)
    assert ("direct", "We won, | Again.", "Ana Silva", "Ana Silva", "said") in found


def test_registry_names_by_prefix_are_those_a_scan_finds():
    """``_starting`` reads a range of the sorted names instead of scanning them all: the same ids,
    names with emoji, curly apostrophes, accents and prefixes of each other included."""
    import random

    rng = random.Random(7)
    words = ["the", "port", "workers", "at", "rally", "Ortiz", "Ortíz", "o’neil", "🇫🇷", "port-side", "a", "z", "ports"]
    entities = [
        {"id": f"E{i}", "name": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))), "aliases": [], "type": "other"}
        for i in range(300)
    ]
    reg = RegistryV5(entities)
    prefixes = {" ".join(k.split()[:n]) + " " for k in reg.full for n in range(1, 4)} | {"port ", "zz ", "🇫🇷 ", " "}
    for p in sorted(prefixes):
        assert reg._starting(p) == {i for k, i in reg.full.items() if k.startswith(p)}, p
