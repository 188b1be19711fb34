"""``quotes`` v13 (v13.py, v13_rules.py, v13_leads.py, v13_frames.py): each new rule on an
invented sentence (never dev, test or unseen text), checked to need its rule (without it the
quote is missed or its boundary differs); offsets around emoji and CRLF; the speaker step is
v12's; registration."""

from __future__ import annotations

import hashlib
import json

import pytest

from newsgold.corpus import Document
from newsgold.extractors.quotes import QuotesV12, QuotesV13
from newsgold.extractors.quotes.v13_frames import without_abbreviation_stops
from newsgold.extractors.quotes.v13_rules import RULES
from newsgold.extractors.registry import resolve
from newsgold.extractors.text import Analysis

# rule, text, expected (type, content fragments, cue, source span)
CASES = [
    (
        "far_cue",
        "“We will not give up on the plan,” the deputy director of the city agency, Ann Lee, said on Monday.",
        ("direct", ["We will not give up on the plan,"], "said", "Ann Lee"),
    ),
    (
        "while_clause",
        "The mayor said the levy would not change the budget, while the union condemned the plan announced on Monday.",
        ("indirect", ["the levy would not change the budget"], "said", "The mayor"),
    ),
    (
        "coordinator",
        "And the bridge would likely close fairly soon, the engineer said.",
        ("indirect", ["the bridge would likely close fairly soon"], "said", "the engineer"),
    ),
    (
        "existential",
        "The mayor noted there should be zero shame involved.",
        ("indirect", ["there should be zero shame involved"], "noted", "The mayor"),
    ),
    (
        "gerund",
        "The neighbours reported hearing loud bangs near the old mill.",
        ("indirect", ["hearing loud bangs near the old mill"], "reported", "The neighbours"),
    ),
    (
        "frames",
        "He urged Mr. Smith to make a deal as soon as possible.",
        ("indirect", ["Mr. Smith to make a deal as soon as possible"], "urged", "He"),
    ),
    (
        "frames",
        "The department has charged the man with fraud by selling fake bonds.",
        ("indirect", ["the man with fraud by selling fake bonds"], "charged", "The department"),
    ),
    (
        "trailing",
        "The rise in prices will hurt farmers, people familiar with the plan said.",
        ("indirect", ["The rise in prices will hurt farmers"], "said", "people familiar with the plan"),
    ),
    (
        "trailing",
        "The rise in prices will hurt farmers, say experts.",
        ("indirect", ["The rise in prices will hurt farmers"], "say", "experts"),
    ),
    (
        "trailing",
        "The rise in prices will hurt farmers, according to people familiar with their thinking.",
        ("indirect", ["The rise in prices will hurt farmers"], "according to", "people familiar with their thinking"),
    ),
    (
        "lead_subject",
        "Company management said sales growth in 2020 will be 3%, compared with prior guidance of 4%.",
        ("indirect", ["sales growth in 2020 will be 3%, compared with prior guidance of 4%"], "said", "Company management"),
    ),
    (
        "fronted",
        "When the guards discovered the body on Monday, prosecutors alleged that the two men had slept.",
        ("indirect", ["the two men had slept"], "alleged", "prosecutors"),
    ),
    (
        "as_report",
        "As both the Times and the Post have reported, there is a risk in the new rules.",
        ("indirect", ["there is a risk in the new rules"], "reported", "both the Times and the Post"),
    ),
    (
        "initial_participle",
        "Noting that the lake froze early this year, Smith asked whether fish could survive.",
        ("indirect", ["the lake froze early this year"], "Noting", "Smith"),
    ),
    (
        "pronoun_clause",
        "The Dutch trade ministry said it “regrets any move likely to harm the talks”.",
        ("mixed", ["it “regrets any move likely to harm the talks”"], "said", "The Dutch trade ministry"),
    ),
]


def _quotes(text: str, rules: tuple[str, ...] = RULES) -> list[tuple]:
    ann = QuotesV13(rules=rules).extract(Document("d", text))
    out = []
    for q in ann.quotes or []:
        cue = text[q.cue[0] : q.cue[1]] if q.cue else None
        span = text[q.source.span[0] : q.source.span[1]] if q.source.span else None
        out.append((q.type, [text[s:e] for s, e in q.content], cue, span))
    return out


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_rule_finds_its_quote_and_is_needed(rule: str, text: str, expected: tuple) -> None:
    assert expected in _quotes(text)
    assert expected not in _quotes(text, tuple(r for r in RULES if r != rule))


def test_asked_for_x_to_vp_runs_from_the_addressee() -> None:
    text = "Following the arrest, a lawyer for the family asked for the case to be reopened."
    assert ("indirect", ["the case to be reopened"], "asked", "a lawyer for the family") in _quotes(text)
    # a noun object after "asked for" is no report of a clause (§9.5): nothing new
    text = "The driver asked for directions to the old harbour."
    assert _quotes(text) == _quotes(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "The harbour has lost more than 500 jobs in two years, according to port figures.",  # data, not a speaker
        "Some shoppers who waited reported queues that exceeded two hours.",  # a relative "that" after a noun object
        "Webb still faces nine state charges of fraud in the county.",  # "state" is a noun here
        "“Partners,” and plain users, the owner says, share the shop.",  # a term in a list, no far cue
        "The mayor said the plan will fail, while sitting in her car.",  # ", while" + a participle stays
    ],
)
def test_v13_rules_add_nothing_where_they_should_not(text: str) -> None:
    assert _quotes(text) == _quotes(text, ())


def test_abbreviation_stops_are_dropped_only_inside_titled_names() -> None:
    a = Analysis("He urged Mr. Lee to go. Then A. B. left. It was 5. Done.")
    kept = [t.text for t in without_abbreviation_stops(a.tokens)]
    # "Mr. Lee", "A. B" lose their stops; "go. Then" (lower-case word), "B. left" (lower-case next)
    # and "5. Done" (a number) keep theirs
    assert kept == ["He", "urged", "Mr", "Lee", "to", "go", ".", "Then", "A", "B", ".", "left", ".", "It", "was", "5", ".", "Done", "."]


def test_offsets_with_emoji_and_crlf() -> None:
    text = "🇺🇦 Intro 👋🏽.\r\n\r\nAnd the 🌉 bridge would likely close fairly soon, the engineer said.\r\n\r\nThe mayor noted there should be 🚀 no delay."
    ann = QuotesV13().extract(Document("d", text))
    contents = [text[s:e] for q in ann.quotes or [] for s, e in q.content]
    assert contents == ["the 🌉 bridge would likely close fairly soon", "there should be 🚀 no delay"]
    for q in ann.quotes or []:
        for s, e in q.content:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


REGISTRY = [
    {"id": "E_ANA", "name": "Ana Ruiz", "aliases": ["Ruiz"], "type": "person"},
    {"id": "E_TOM", "name": "Tom Baker", "aliases": ["Baker"], "type": "person"},
]
SAME = "Mr. Tom Baker said on Monday that the “old” bridge was unsafe.\n\n“It will fall soon,” he said, as Ana Ruiz listened."


def test_where_v13_finds_v12s_quotes_its_speakers_are_v12s() -> None:
    doc = Document("d", SAME)
    v12 = QuotesV12({"entities": REGISTRY}).extract(doc)
    v13 = QuotesV13({"entities": REGISTRY}).extract(doc)
    assert v13.quotes == v12.quotes and v13.quotes


def test_v13_is_served_and_plain_quotes_is_newer() -> None:
    assert resolve("quotes@13").version == "13"
    assert int(resolve("quotes").version) > 13  # v14 since session 12


# the released speaker model: the output pins see only what the pinned texts exercise
SPEAKER_MODEL_SHA256 = "7df215f0a8923df319e71c3a3f024679691104926ed2097dd6bc08561a72539e"


def test_the_shipped_speaker_model_is_frozen_and_has_no_rule_features() -> None:
    from importlib import resources

    raw = resources.files("newsgold.data").joinpath("quotes_v13_speakers.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SPEAKER_MODEL_SHA256, "the released v13 speaker model changed: bump the version instead"
    features = json.loads(raw)["features"]
    # v13 ships the stage without the detecting rules' choices as features (see v13's docstring)
    assert features and not any(name.startswith("rule_") for name in features)


def test_v13_speakers_come_from_the_stage_not_v12s_ranker() -> None:
    from newsgold.extractors.quotes.v13_speakers import SpeakerStage

    calls: list[int] = []

    class Recording(SpeakerStage):
        def choose(self, text, quotes, found, analysis, resolver):  # type: ignore[no-untyped-def]
            calls.append(len(quotes))
            return super().choose(text, quotes, found, analysis, resolver)

    doc = Document("s", "Mayor Ann Lee spoke on Monday. \u201cWe will build it,\u201d she said.")
    ann = QuotesV13(stage=Recording()).extract(doc)
    assert calls == [1]
    assert [q.source.entity for q in ann.quotes or []] == ["Ann Lee"]
    assert QuotesV13().extract(doc).to_dict() == ann.to_dict()  # the shipped stage, the same model
