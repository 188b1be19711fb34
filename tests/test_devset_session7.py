"""The 12 dev articles added to eval/devset in session 7 (sources/articles5.jsonl): what the card says of them.

tests/test_devset.py checks the workspace as a whole; this file checks the session-7 group: the
texts are imported as collected, all in dev and from no `unseen` outlet, big enough on their own
for the issue's bar, pass files are their scripts' output, and the card's agreement figures are
what the commands it names write.
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


def _articles5() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "sources" / "articles5.jsonl").read_text(encoding="utf-8").splitlines()]


def _quotes(name: str, doc_id: str) -> list[dict]:
    return json.loads((ROOT / "annotations" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]


def _key(q: dict) -> str:
    return json.dumps({k: v for k, v in q.items() if k != "id"}, sort_keys=True)


def _card() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return Workspace.find(ROOT, env={})


def test_the_session_7_articles_are_dev_articles_from_no_unseen_outlet(ws):
    """articles5.jsonl is imported as it is, all in dev (and the dev suite), from no outlet of
    `unseen`, no page of the set twice, and >= 120 gold quotes with >= 5 of every type on its own."""
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    rows = _articles5()
    ids = {r["doc_id"] for r in rows}
    assert len(ids) == len(rows) == 12
    assert ids <= set(splits["dev"]) and not ids & (set(splits["test"]) | set(splits["unseen"]))
    for r in rows:
        assert ws.documents[r["doc_id"]].text == r["text"], r["doc_id"]
        assert r["source_commit"] == "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010", r["doc_id"]
    assert not {r["outlet"] for r in rows} & {ws.documents[d].outlet for d in splits["unseen"]}
    assert not any("Associated Press)" in r["outlet"] or "(AP)" in r["text"][:200] for r in rows)
    urls = [(ws.documents[d].meta or {})["url"] for d in ws.documents]
    assert len(urls) == len(set(urls))
    types = Counter(q["type"] for d in ids for q in _quotes("gold", d))
    assert sum(types.values()) >= 120 and min(types[t] for t in ("direct", "indirect", "mixed")) >= 5, types


def test_pass_1_files_are_what_pass_a_more2_resolves():
    """The committed annotator-a files of the 12 articles are the offsets spans.py finds for the
    strings of sources/pass_a_more2.py (nothing was edited by hand)."""
    sys.path.insert(0, str(ROOT / "sources"))
    try:
        import pass_a_more2
        from spans import resolve
    finally:
        sys.path.remove(str(ROOT / "sources"))
    texts = {r["doc_id"]: r["text"] for r in _articles5()}
    assert set(pass_a_more2.DOCS) == set(texts)
    for doc_id, specs in pass_a_more2.DOCS.items():
        resolved = [json.loads(json.dumps(q.to_dict())) for q in resolve(texts[doc_id], specs)]
        assert [_key(q) for q in resolved] == [_key(q) for q in _quotes("passes/annotator-a", doc_id)], doc_id


def test_the_card_agreement_figures_on_the_session_7_articles_are_what_the_command_writes(tmp_path):
    """agreement_more2.md is the output of `python sources/agreement_more2.py`, the card quotes its a vs
    a2 figures, and pass 2 only added quotes: every pass-1 quote of these articles is in a2 unchanged."""
    out = tmp_path / "more2.md"
    subprocess.run([sys.executable, "sources/agreement_more2.py", str(out)], cwd=ROOT, env=ENV, capture_output=True, check=True)
    committed = (ROOT / "agreement_more2.md").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed
    rows = {line.split(" | ")[0].strip("| "): line.strip("|").split(" | ") for line in committed.splitlines()}
    section = _card()[_card().index("**The 12 session-7 dev articles**") :].split("\n\n")[0]
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][1].strip()}**" in section, measure
    kappa, n = rows["Cohen's κ quotes.type (n)"][1].split()
    assert f"Cohen's κ of the quote type {kappa} ({n.strip('()')} matched quotes)" in section.replace("\n", " ")
    added = 0
    for doc_id in (r["doc_id"] for r in _articles5()):
        a, a2 = _quotes("passes/annotator-a", doc_id), _quotes("passes/annotator-a2", doc_id)
        assert {_key(q) for q in a} <= {_key(q) for q in a2}, doc_id
        added += len(a2) - len(a)
    assert added == 1 and "**1 quote added**, 0\n   changed" in _card()


def _run_agreement_b_more2(tmp_path: Path, *flags: str) -> tuple[str, dict]:
    """`python sources/agreement_b_more2.py [--blind] OUT.md`: the markdown it writes and the counts it prints."""
    out = tmp_path / ("blind7.md" if flags else "now7.md")
    cmd = [sys.executable, "sources/agreement_b_more2.py", *flags, str(out)]
    printed = subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True, text=True, check=True).stdout
    (counts,) = [json.loads(line) for line in printed.splitlines() if line.startswith("{")]
    return out.read_text(encoding="utf-8"), counts


def test_the_card_quotes_pass_b_on_the_session_7_articles_as_agreement_b_more2_py_computes_it(tmp_path):
    """agreement_b_more2.md is the script's output; pass b is used as committed blind (the --blind
    run from its commit gives the same), and the card's figures and counts are the script's."""
    now, counts_now = _run_agreement_b_more2(tmp_path)
    assert now == (ROOT / "agreement_b_more2.md").read_text(encoding="utf-8")
    blind, counts = _run_agreement_b_more2(tmp_path, "--blind")
    assert (blind, counts) == (now, counts_now)
    rows = {line.split(" | ")[0].strip("| "): [c.strip() for c in line.strip("|").split(" | ")] for line in blind.splitlines()}
    col, a_b = rows["measure"].index("annotator-a2 ~ annotator-b"), rows["measure"].index("annotator-a ~ annotator-b")
    section = _card()[_card().index("**Independent pass b on the 12 session-7 articles**") :].split("\nCaveat, as for session 6")[0]
    flat = section.replace("\n", " ")
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][col]}**" in section, measure
    kappa, n = rows["Cohen's κ quotes.type (n)"][col].split()
    assert f"Cohen's κ of the quote type {kappa} ({n.strip('()')} matched quotes)" in flat
    assert f"b vs a {rows['F1 quotes.content.exact'][a_b]} / {rows['F1 quotes.content.overlap'][a_b]}" in flat
    assert f"{counts['same_content']} of b's have exactly a2's content" in flat
    for key, words in (("same_type", "type"), ("same_cue", "cue span"), ("same_source_span", "source span"), ("same_speaker", "speaker")):
        assert f"the same {words} {counts[key]}" in flat, key
    assert f"({counts['same_speaker_own_ids']} with b's own ids" in flat


def test_pass_b_files_are_its_script_output_and_the_gold_is_a2_plus_the_adjudicated_edits():
    """The annotator-b files of the 12 articles are what sources/pass_b_more2.py resolves, and their
    gold differs from pass a2 exactly in the quotes adjudication touched (pass_a2.ADJUDICATED), each
    edited quote being pass b's."""
    sys.path.insert(0, str(ROOT / "sources"))
    try:
        import pass_a2
        import pass_b_more2
    finally:
        sys.path.remove(str(ROOT / "sources"))
    texts = {r["doc_id"]: r["text"] for r in _articles5()}
    resolved = pass_b_more2.annotations(texts)
    assert set(resolved) == set(texts)
    changed = 0
    for doc_id in texts:
        b = {_key(q) for q in json.loads(json.dumps(resolved[doc_id].to_dict()))["quotes"]}
        assert b == {_key(q) for q in _quotes("passes/annotator-b", doc_id)}, doc_id
        a2, gold = ({_key(q) for q in _quotes(name, doc_id)} for name in ("passes/annotator-a2", "gold"))
        changed += len(a2 - gold)
        assert gold - a2 <= b, doc_id  # every edited gold quote is pass b's, as written
    edits = [x for x in pass_a2.ADJUDICATED if x[0] in texts]
    assert changed == len(edits) == 4
