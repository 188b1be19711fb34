"""HTML, Markdown and error listings; the HTML is rendered in headless Chromium when available."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from synthetic import ENTITIES, TEXT_A, TEXT_B, gold_a, gold_b, span

from newsgold.reports import render
from newsgold.reports.errors import context, error_records
from newsgold.reports.html import highlight
from newsgold.schema import DocAnnotation, Quote, Source, Stance
from newsgold.scoring import ScoreConfig, score_corpus

DOCS = {"doc-a": TEXT_A, "doc-b": TEXT_B}
GOLD = {"doc-a": gold_a(), "doc-b": gold_b()}


def prediction() -> dict[str, DocAnnotation]:
    t = TEXT_A
    return {
        "doc-a": DocAnnotation(
            "doc-a",
            quotes=[
                Quote("p1", "direct", [span(t, "We will not negotiate")], Source(None, "Khatibzadeh"), None),
                Quote("p2", "indirect", [span(t, "a deal was close")], Source(None, "khatibzadeh"), None),  # wrong speaker
                Quote("p3", "direct", [span(t, "Iran rejects talks")], Source(None, None), None),  # spurious
            ],
            claims=[],
            stances=[Stance("@document", "talks", "favor")],
        )
    }


@pytest.fixture
def scores():
    return score_corpus(GOLD, prediction(), DOCS, ScoreConfig(bootstrap=30), ENTITIES)


def test_error_records(scores):
    records = error_records(scores, GOLD, prediction(), DOCS)
    kinds = sorted((r["doc_id"], r["error"], r.get("gold_id") or r.get("target")) for r in records if r["layer"] != "claims")
    assert ("doc-a", "missed", "q2") in kinds
    assert ("doc-a", "wrong_speaker", "q3") in kinds
    assert ("doc-a", "spurious", None) in kinds
    assert ("doc-b", "missed", "q1") in kinds
    wrong = next(r for r in records if r["error"] == "wrong_speaker")
    assert (wrong["gold_speaker"], wrong["pred_speaker"]) == ("trump", "khatibzadeh")
    assert "⟦a deal was close⟧" in wrong["context"]


def test_context_marks_every_fragment():
    assert context("abcdefghij", [(1, 3), (5, 6)], width=1) == "a⟦bc⟧de⟦f⟧g…"


def test_highlight_nests_overlapping_marks_and_escapes():
    out = highlight("a<b>c", [(0, 3, "q tp", "one"), (2, 5, "c fn", "two")])
    assert out == (
        '<span class="q tp" title="one">a&lt;</span><span class="q tp c fn" title="one | two">b</span>'
        '<span class="c fn" title="two">&gt;c</span>'
    )


def test_html_is_self_contained_and_lists_errors(scores):
    page = render("html", scores, GOLD, prediction(), DOCS, "pred vs gold")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page.replace("https://", "")
    assert page.count('<div class="col">') == 4  # two articles, gold and prediction each
    assert "wrong_speaker" in page and "spurious" in page and "missed" in page
    assert "quotes.type (rows: gold, columns: prediction)" in page
    assert "sanctions must end 😀 first" in page


def test_markdown_shows_interval_and_small_sample_warning(scores):
    md = render("markdown", scores, GOLD, prediction(), DOCS, "t")
    assert "Only 2 document(s): the intervals are wide" in md
    # doc-a: 2 of 3 gold quotes found, 2 of 3 predicted; doc-b: 1 gold quote missed → P 2/3, R 2/4, F1 4/7
    assert "| Quotes | content · exact | 0.667 | 0.500 | 0.571 |" in md


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_html_renders_in_headless_chromium(scores, tmp_path: Path):
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("chromium not installed (apt-get install -y chromium)")
    page = tmp_path / "report.html"
    page.write_text(render("html", scores, GOLD, prediction(), DOCS, "pred vs gold"), encoding="utf-8")
    shot = tmp_path / "report.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1300,1800",
    ]
    subprocess.run([browser, *flags, f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], check=True, capture_output=True, timeout=120, text=True).stdout
    assert "Saeed Khatibzadeh" in dom and 'class="q tp wrong"' in dom
    keep = os.environ.get("NEWSGOLD_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def test_undefined_scores_read_na_with_their_support(scores):
    md = render("markdown", scores, GOLD, prediction(), DOCS, "t")
    # no holder-level "neutral" in gold or prediction: undefined, support 0 / 0
    assert "| Stance | holder: neutral | n/a | n/a | n/a |  | n/a | 0 | 0 |" in md
    # no claim predicted, so none matched: claimant accuracy over 0 items is undefined
    assert "| Claims | claimant accuracy | – | – | n/a |  |  | 0 |  |" in md
    # the prediction has no holder-level stance: nothing found, P 0 (not a vacuous 1)
    assert "| Stance | holder: pair extraction | 0.000 | 0.000 | 0.000 |" in md
    assert "| Stance | holder: F_avg over favor, against | – | – | 0.000 |" in md
    page = render("html", scores, GOLD, prediction(), DOCS, "t")
    assert "<td class=n>n/a</td>" in page
    table = render("table", scores, GOLD, prediction(), DOCS, "t")
    assert "n/a" in table and "nan" not in table


def test_json_has_null_never_nan(scores):
    import json

    def refuse(token):
        raise AssertionError(f"{token} in JSON")

    data = json.loads(render("json", scores, GOLD, prediction(), DOCS, "t"), parse_constant=refuse)
    assert data["micro"]["stances.holder.neutral.f1"] is None
    assert data["support"]["stances.holder.neutral.gold"] == 0
    assert data["averaged"]["stances.document.f_avg"] == ["favor", "against"]
    # claims: doc-b has no prediction (scored as predicting nothing), doc-a predicts []
    assert data["breakdown"]["claims.span.exact.label.evaluative"] == {"p": None, "r": None, "f1": None, "gold": 0.0, "pred": 0.0}


@pytest.mark.parametrize("odd", [None, 1e-05, float("inf")])
def test_json_report_is_json_dumps_of_the_scores(scores, odd):
    """Each chunk of documents, through orjson (NaN written null) or, for a float orjson writes
    otherwise or an infinite score, the pure writer on cleaned values: the same text."""
    import json

    from newsgold.reports import json_report
    from newsgold.scoring.corpus import clean

    if odd is not None:
        scores.per_doc["doc-a"]["quotes.content.exact.f1"] = odd
    data = scores.to_json()
    assert any(None in d["scores"].values() for d in data["docs"])  # undefined scores per document
    expected = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    assert json_report(scores) == expected
    assert all(d["scores"] == clean(scores.per_doc[d["doc_id"]]) for d in data["docs"])
