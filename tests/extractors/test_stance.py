"""stance v3: the target vocabulary comes from the target descriptions (content words and a
general normaliser), not from synonym groups written for the corpus's targets; v2 is kept."""

from __future__ import annotations

import json
from pathlib import Path

from newsgold.corpus import Document
from newsgold.extractors import resolve
from newsgold.extractors.stance import keywords_v3, normalise
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
# invented targets and article, on a topic the v1/v2 synonym groups know nothing about
TARGETS = [
    {"id": "T_WAGE", "description": "The city should raise the minimum wage"},
    {"id": "T_STRIKE", "description": "The dockworkers' strike is continuing"},
]
TEXT = (
    "Port city council debates pay.\n"
    "“Raising wages this year would cost jobs unless productivity grows,” Mayor Ann Holt said.\n"
    "“The dockworkers are striking for better pay,” union leader Tom Reyes said.\n"
)


def stances(version: str) -> set[tuple[str, str, str]]:
    ex = resolve("stance", {"targets": TARGETS}, version)
    return {(s.holder, s.target, s.label) for s in ex.extract(Document("wage", TEXT)).stances}


def test_normaliser_conflates_inflections():
    assert len({normalise(w) for w in ("negotiations", "negotiating", "negotiate", "negotiated")}) == 1
    assert normalise("raising") == normalise("raised") == normalise("raise")
    assert normalise("wages") == normalise("wage") and normalise("strikes") == normalise("striking") == normalise("strike")
    assert normalise("Iran") == "iran"


def test_target_vocabulary_comes_from_the_description():
    kws = keywords_v3("The city should raise the minimum wage")
    assert {normalise("raising"), normalise("wages"), normalise("minimum")} <= kws
    assert not kws & {"the", "should"}
    assert normalise("negotiations") in keywords_v3("Both sides should hold talks")  # a general synonym


def test_v3_matches_inflected_statements_v2_misses():
    v2, v3 = stances("2"), stances("3")
    assert ("Ann Holt", "T_WAGE", "against") in v3  # prescriptive target, a condition ("unless")
    assert ("Tom Reyes", "T_STRIKE", "favor") in v3
    assert not [s for s in v2 if s[0] != "@document"]  # v2 knows only "raise", "wage", "strike"


def test_stance_v2_is_still_served_unchanged():
    assert resolve("stance").version == "3" and resolve("stance@2").version == "2"
    # v2's corpus predictions as committed in eval/runs/baseline when v2 was the default (frozen).
    baseline = REPO / "tests/extractors/data/stance-v2-corpus.jsonl"
    docs = Workspace.find().documents
    ex = resolve("stance@2", {"entities": "annotations/entities.json"})
    for line in baseline.read_text(encoding="utf-8").splitlines():
        stored = json.loads(line)
        got = ex.extract(docs[stored["doc_id"]]).to_dict()
        assert got["stances"] == stored["stances"], stored["doc_id"]
