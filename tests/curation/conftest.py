"""Three constructed passes of the synthetic document (emoji, a flag, curly quotes) with known
agreements, disputes and gaps; see test_merge.py for what each rule must make of them."""

from __future__ import annotations

import pytest

from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance


def span(text: str, s: str) -> tuple[int, int]:
    start = text.index(s)
    return (start, start + len(s))


@pytest.fixture
def passes(synth_doc):
    return make_passes(synth_doc.text)


def make_passes(text: str) -> dict[str, dict[str, DocAnnotation]]:
    def at(s: str) -> list[tuple[int, int]]:
        return [span(text, s)]

    def quote(qid: str) -> Quote:
        return Quote(qid, "direct", at("We will talk,"), Source(span(text, "the spokesman"), "E_SPOKESMAN"), span(text, "said"))

    officials = "Officials 🇮🇷 met 👋🏽 today"
    a = DocAnnotation(
        "synth",
        quotes=[quote("q1")],
        claims=[
            Claim("c1", at(officials), None, "factual", True),
            Claim("c2", at("We will talk"), "E_SPOKESMAN", "factual", False, quote="q1"),
            Claim("c3", at("She denied it"), "E_HER", "factual", False),
        ],
        stances=[Stance("@document", "T_TALKS", "favor"), Stance("E_HER", "T_TALKS", "against")],
    )
    b = DocAnnotation(
        "synth",
        quotes=[quote("q1")],
        claims=[
            Claim("c1", at(officials), None, "factual", True),
            Claim("c2", at("We will talk"), "E_SPOKESMAN", "factual", False, quote="q1"),
            Claim("c3", at("She denied it."), "E_HER", "factual", False),  # one character longer
        ],
        stances=[Stance("@document", "T_TALKS", "favor")],
    )
    c = DocAnnotation(
        "synth",
        quotes=[quote("q9")],  # numbered differently: the claim's link is compared by content
        claims=[
            Claim("c7", at(officials), None, "evaluative", True),  # another kind
            Claim("c8", at("We will talk"), "E_SPOKESMAN", "factual", False, quote="q9"),
        ],
        stances=[Stance("E_HER", "T_TALKS", "against"), Stance("@document", "T_TALKS", "against")],
    )
    return {"annotator-a": {"synth": a}, "annotator-b": {"synth": b}, "annotator-c": {"synth": c}}
