"""The split `more3` of eval/devset (session 11, sources/articles7.jsonl): 12 articles, in dev since session 12.

tests/test_devset.py checks the workspace as a whole (validation, the four splits partitioning it,
provenance of every document, direct quotes between their marks); this file checks what the card says
of this group: the texts are imported as collected from the benchmark snapshot, none of its outlets is
an outlet of a held-back split, it is in the dev half (whose trainers read the frozen 42 of before), it
is big enough to score on its own, its pass files and gold are their scripts' output, and the card's
agreement figures are what the command it names writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsgold.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1] / "eval" / "devset"
ENV = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
SNAPSHOT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"


def _articles7() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "sources" / "articles7.jsonl").read_text(encoding="utf-8").splitlines()]


def _splits() -> dict[str, list[str]]:
    return json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))


def _quotes(name: str, doc_id: str) -> list[dict]:
    return json.loads((ROOT / "annotations" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]


def _key(q: dict) -> str:
    return json.dumps({k: v for k, v in q.items() if k != "id"}, sort_keys=True)


def _card() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def _sources(name: str):
    sys.path.insert(0, str(ROOT / "sources"))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(ROOT / "sources"))


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return Workspace.find(ROOT, env={})


def test_more3_is_articles7_imported_as_collected_with_provenance(ws):
    """The split is articles7.jsonl exactly; every text is the imported one; each row names its page of
    the benchmark snapshot and what was removed from the hand-annotated body."""
    rows = _articles7()
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)) == 12
    assert sorted(ids) == sorted(_splits()["more3"])
    for r in rows:
        doc = ws.documents[r["doc_id"]]
        assert doc.text == r["text"] and doc.outlet == r["outlet"], r["doc_id"]
        assert doc.meta and doc.meta["url"] == r["url"] and doc.meta["source_path"] == r["source_path"], r["doc_id"]
        assert r["source_repo"] == "scrapinghub/article-extraction-benchmark" and r["source_commit"] == SNAPSHOT, r["doc_id"]
        assert r["completeness"].startswith("whole article body") and isinstance(r["removed"], list), r["doc_id"]
        assert r["raw_chars"] >= len(r["text"]) - r["text"].count("\n\n"), r["doc_id"]  # only dropped, never added
        assert not any(line in r["text"].split("\n") for line in r["removed"]), r["doc_id"]
    assert len({r["outlet"] for r in rows}) == 12  # twelve outlets


def test_more3_shares_no_outlet_with_a_held_back_split_and_copies_no_agency_of_one(ws):
    """Folded into dev later, more3 must not bring an outlet of unseen or unseen2 into the dev half."""
    splits = _splits()
    held = {d for name in ("unseen", "unseen2") for d in splits[name]}
    mine = set(splits["more3"])
    assert not {ws.documents[d].outlet for d in held} & {ws.documents[d].outlet for d in mine}
    urls = [(ws.documents[d].meta or {})["url"] for d in ws.documents]
    assert len(urls) == len(set(urls))  # no page twice
    for d in mine:  # no wire copy of the agency three `unseen` articles come from
        text = ws.documents[d].text
        assert "Associated Press" not in ws.documents[d].outlet and "(AP)" not in text and "Associated Press" not in text, d


def test_more3_is_in_the_dev_half_and_the_dev_training_reads_the_frozen_42():
    """Session 12 folded more3 into dev (splits.json and the dev suite); v12's and v13's trainers read
    the 42 documents dev had before (sources/dev42.json), and the frozen training registry has none of
    the speakers more3 added (so train_v12 --check and train_v13_speakers --check keep reproducing the
    shipped models)."""
    splits = _splits()
    dev42 = json.loads((ROOT / "sources" / "dev42.json").read_text(encoding="utf-8"))["dev42"]
    assert len(dev42) == len(set(dev42)) == 42 and not set(splits["more3"]) & set(dev42)
    assert sorted(splits["dev"]) == sorted(dev42 + splits["more3"])
    frozen = {e["id"] for e in json.loads((ROOT / "sources" / "train_v12_entities.json").read_text(encoding="utf-8"))}
    assert not frozen & _sources("pass_a_more3").ENTITIES_MORE3.keys()
    from newsgold.extractors.quotes.v12_training import dev_set
    from newsgold.suites import parse_suite

    assert [d.doc_id for d in dev_set(ROOT)[1]] == dev42
    dev = parse_suite((ROOT / "eval" / "suites" / "dev.toml").read_text(encoding="utf-8"), "dev")
    assert sorted(dev.documents or ()) == sorted(splits["dev"])


def test_more3_is_big_enough_to_score_on_its_own():
    types = Counter(q["type"] for d in _splits()["more3"] for q in _quotes("gold", d))
    assert sum(types.values()) >= 120, types
    assert min(types[t] for t in ("direct", "indirect", "mixed")) >= 10, types


def test_the_passes_and_the_gold_are_their_scripts_output():
    """annotator-a is what pass_a_more3.py resolves, annotator-a2 and the gold what pass_a2_more3.py
    resolves (nothing edited by hand), and pass B differs from pass A by exactly the changes it lists."""
    pass_a, pass_b = _sources("pass_a_more3"), _sources("pass_a2_more3")
    texts = {r["doc_id"]: r["text"] for r in _articles7()}
    assert set(pass_a.DOCS) == set(pass_b.DOCS) == set(texts)
    a_now, b_now = pass_a.annotations(texts), pass_b.annotations(texts)
    changed = 0
    for doc_id in texts:
        a = [_key(json.loads(json.dumps(q.to_dict()))) for q in a_now[doc_id].quotes]
        b = [_key(json.loads(json.dumps(q.to_dict()))) for q in b_now[doc_id].quotes]
        assert a == [_key(q) for q in _quotes("passes/annotator-a", doc_id)], doc_id
        assert b == [_key(q) for q in _quotes("passes/annotator-a2", doc_id)] == [_key(q) for q in _quotes("gold", doc_id)], doc_id
        changed += len(set(a) ^ set(b))
    kinds = Counter(what.split()[0] for _, what, _ in pass_b.CHANGES)
    assert kinds == {"added": 2, "changed": 1, "dropped": 1}, kinds
    # an added or dropped quote is one difference, a changed one two (old and new)
    assert changed == kinds["added"] + kinds["dropped"] + 2 * kinds["changed"]
    assert "**2 quotes added, 1 dropped, 1 changed**" in _card()


def test_the_card_agreement_figures_on_more3_are_what_the_command_writes(tmp_path):
    """agreement_more3.md is the output of `python sources/agreement_more3.py`, and the card quotes
    its pass A vs pass B figures."""
    out = tmp_path / "more3.md"
    subprocess.run([sys.executable, "sources/agreement_more3.py", str(out)], cwd=ROOT, env=ENV, capture_output=True, check=True)
    committed = (ROOT / "agreement_more3.md").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed
    rows = {line.split(" | ")[0].strip("| "): line.strip("|").split(" | ") for line in committed.splitlines()}
    assert rows["documents in common"][1].strip() == "12"
    section = _card()[_card().index("**The 12 articles of `more3`**") :].split("\n\n")[0]
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][1].strip()}**" in section, measure
    kappa, n = rows["Cohen's κ quotes.type (n)"][1].split()
    assert f"Cohen's κ of the quote type {kappa} ({n.strip('()')} matched quotes)" in section.replace("\n", " ")


def test_the_more3_suite_scores_what_the_held_back_splits_score():
    from newsgold.suites import parse_suite

    suites = {n: parse_suite((ROOT / "eval" / "suites" / f"{n}.toml").read_text(encoding="utf-8"), n) for n in ("unseen2", "more3")}
    assert sorted(suites["more3"].documents or ()) == sorted(_splits()["more3"])
    assert [(e.spec, e.version) for e in suites["more3"].extractors] == [(e.spec, e.version) for e in suites["unseen2"].extractors]
    assert [e.version for e in suites["more3"].extractors][-14:] == [str(v) for v in range(1, 15)]  # v1 (quotes-direct) .. v14
    assert (suites["more3"].gold, suites["more3"].match_scheme) == (suites["unseen2"].gold, suites["unseen2"].match_scheme)


def test_more3_speakers_add_no_alias_of_another_speaker():
    """The registry is shared by every suite: an alias the more3 speakers add never also names a speaker
    of the other splits, so scores on dev, test, unseen and unseen2 resolve speakers as before."""
    pass_a = _sources("pass_a_more3")
    mine = pass_a.ENTITIES_MORE3
    registry = json.loads((ROOT / "annotations" / "entities.json").read_text(encoding="utf-8"))
    assert {e["id"] for e in registry} >= mine.keys() | pass_a.REUSED
    others = {a.lower() for e in registry if e["id"] not in mine for a in [e["name"], *e["aliases"]]}
    clashes = sorted(a for name, aliases, _ in mine.values() for a in [name, *aliases] if a.lower() in others)
    assert clashes == [], clashes
