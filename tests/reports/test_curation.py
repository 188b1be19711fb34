"""Adjudication reports on the constructed passes (tests/curation/conftest.py, text with emoji,
a flag and curly quotes): counts, versions side by side, highlights on the exact characters."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import in_ci

sys.path.insert(0, str(Path(__file__).parents[1] / "curation"))

from conftest import make_passes
from newsgold.corpus import Document
from newsgold.curation import adjudicate, parse_rule
from newsgold.reports.curation import count_rows, curation_html, curation_json, curation_markdown

TEXT = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said. She denied it.\n"
DOCS = {"synth": Document("synth", TEXT)}


@pytest.fixture
def curations():
    return adjudicate(make_passes(TEXT), parse_rule("unanimous", 3))


def test_counts(curations):
    assert ["synth", "claims", "1", "0", "1", "2"] in count_rows(curations)
    assert ["all", "stances", "0", "0", "1", "1"] in count_rows(curations)


def test_markdown_puts_the_versions_side_by_side(curations):
    md = curation_markdown(curations, DOCS)
    assert (
        "3 annotators (annotator-a, annotator-b, annotator-c), rule unanimous, scheme exact: 2 position(s) accepted, 5 left to a curator"
        in md
    )
    row = next(line for line in md.splitlines() if line.startswith("| claims:1 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "disputed"
    assert cells[2] == cells[3] != cells[4]
    assert "“Officials 🇮🇷 met 👋🏽 today”" in cells[2] and "factual" in cells[2] and "evaluative" in cells[4]
    # code-point offsets (the flag and the skin-toned wave are two each; UTF-16 would say 67)
    row = next(line for line in md.splitlines() if line.startswith("| claims:4 |"))
    assert [c.strip() for c in row.strip("|").split("|")][2:] == [
        "—",
        "[(63, 77)] “She denied it.” — factual, not checkworthy, claimant E_HER, in quote None",
        "—",
    ]


def test_json_counts_and_positions(curations):
    data = json.loads(curation_json(curations))
    assert (data["accepted"], data["open"]) == (2, 5)
    assert data["documents"]["synth"]["claims"] == {"agree": 1, "decided": 0, "disputed": 1, "incomplete": 2}
    assert [p["id"] for p in data["positions"]["synth"]] == ["claims:1", "claims:3", "claims:4", "stances:1", "stances:2"]


def test_html_highlights_each_version_on_its_characters(curations):
    page = curation_html(curations, DOCS)
    assert page.count("<h3>") == 5
    # claims:1: a and b give one version, c another; claims:4: only b has one
    assert "<th>annotator-a · version A</th><th>annotator-b · version A</th><th>annotator-c · version B</th>" in page
    assert "<th>annotator-a · version —</th><th>annotator-b · version A</th><th>annotator-c · version —</th>" in page
    # b's claim ends after the full stop, a's before it: the marks cover exactly those characters
    assert '<span class="q tp" title="factual, not checkworthy, claimant E_HER, in quote None">She denied it.</span>' in page
    assert '<span class="q tp" title="factual, not checkworthy, claimant E_HER, in quote None">She denied it</span>.' in page
    assert '<span class="q tp" title="factual, checkworthy, claimant None, in quote None">Officials 🇮🇷 met 👋🏽 today</span>' in page
    assert (
        "<p class=notes>E_HER on T_TALKS: against</p>" in page and "spokesman sai</div><p class=notes>E_HER" not in page
    )  # stances: words only
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")


def test_html_renders_in_headless_chromium(curations, tmp_path: Path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        if in_ci():
            pytest.fail("chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("chromium not installed (apt-get install -y chromium)")
    page = tmp_path / "adjudication.html"
    page.write_text(curation_html(curations, DOCS), encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        f"--user-data-dir={tmp_path / 'p'}",
    ]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], check=True, capture_output=True, timeout=120, text=True).stdout
    assert "claims:1 · disputed" in dom and dom.count('class="q tp"') == 5  # a's and b's claims:1, c's claims:1, a's claims:3, b's claims:4
