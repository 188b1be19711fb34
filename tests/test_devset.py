"""The dev set (eval/devset): real articles annotated for quotes, valid, split, with provenance.

It is the data quote extractors are developed (dev) and tested (test) on, so what it promises in
its card is checked here: it validates as a workspace, it is big enough, both halves are there and
partition it, every document says where it came from, and only the quotes layer is annotated.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsgold.validate import validate_all
from newsgold.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1] / "eval" / "devset"
OPEN, CLOSE = "\"\u201c'\u2018", "\"\u201d'\u2019"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return Workspace.find(ROOT, env={})


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "annotations" / "gold").glob("*.json"))}


def test_the_workspace_validates(ws):
    assert ws.root == ROOT.resolve()
    assert ws.config.layers == ("quotes",)
    assert validate_all(ws) == []


def test_at_least_12_documents_and_120_quotes_of_every_type(ws, gold):
    assert len(ws.documents) >= 12
    assert set(gold) == set(ws.documents)  # gold for every document
    types = Counter(q["type"] for doc in gold.values() for q in doc["quotes"])
    assert sum(types.values()) >= 120
    assert min(types[t] for t in ("direct", "indirect", "mixed")) >= 10


def test_only_quotes_are_annotated(gold):
    for doc in gold.values():
        assert set(doc) == {"doc_id", "quotes"}, doc["doc_id"]  # absent claims/stances = not annotated


def test_dev_test_unseen_and_unseen2_partition_the_documents_and_more3_is_in_dev(ws, gold):
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    names = ("dev", "test", "unseen", "unseen2", "more4")
    halves = {name: set(splits[name]) for name in names}
    assert all(halves.values())
    assert sum(len(h) for h in halves.values()) == len(set().union(*halves.values()))  # pairwise disjoint
    assert set().union(*halves.values()) == set(ws.documents)
    assert len(splits["more3"]) == 12 and set(splits["more3"]) <= halves["dev"]  # folded into dev in session 12
    quotes = {name: sum(len(gold[d]["quotes"]) for d in half) for name, half in halves.items()}
    assert min(quotes.values()) >= 50, quotes
    # each held-back split, and more3 (scored fresh before it joined dev), alone is big enough to score
    more3 = sum(len(gold[d]["quotes"]) for d in splits["more3"])
    assert quotes["unseen"] >= 120 and quotes["unseen2"] >= 120 and more3 >= 120, quotes


def test_the_workspace_suites_are_the_two_halves(ws):
    """`newsgold run` (default suite: dev) never scores the test half unless asked to."""
    from newsgold.suites import parse_suite

    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    assert ws.config.default_suite == "dev"
    suites = {p.stem: parse_suite(p.read_text(encoding="utf-8"), str(p)) for p in (ROOT / "eval" / "suites").glob("*.toml")}
    assert {"dev", "test", "unseen", "unseen2", "more3", "more4"} <= set(suites)
    for name in ("dev", "test", "unseen", "unseen2", "more3", "more4"):
        assert sorted(suites[name].documents or ()) == sorted(splits[name]), name
    specs = {name: [(e.spec, e.version) for e in suites[name].extractors] for name in ("test", "unseen", "unseen2", "more3", "more4")}
    # every version scored on test is scored on both held-back splits and on more3 and more4
    assert specs["unseen"] == specs["test"] == specs["unseen2"] == specs["more3"] == specs["more4"]
    for name, suite in suites.items():  # any other suite (dev7, dev-new) is a part of the dev half
        if name not in ("dev", "test", "unseen", "unseen2", "more3", "more4"):
            assert suite.documents and set(suite.documents) <= set(splits["dev"]), name


def test_every_document_has_provenance(ws):
    for doc_id, doc in ws.documents.items():
        meta = doc.meta or {}
        assert re.match(r"https?://\S+$", meta.get("url") or ""), doc_id
        assert doc.outlet, doc_id
        assert re.fullmatch(r"[0-9a-f]{40}", meta.get("source_commit", "")), doc_id
        if meta.get("source_repo") == "codelucas/newspaper":  # sources/collect.py
            assert meta.get("source_path", "").startswith("tests/data/text/"), doc_id
        else:  # sources/collect_zyte.py: the benchmark's hand-annotated article body of one page
            assert meta.get("source_repo") == "scrapinghub/article-extraction-benchmark", doc_id
            assert re.fullmatch(r"ground-truth\.json\[[0-9a-f]{64}\]\.articleBody", meta.get("source_path", "")), doc_id
            assert meta.get("source_html") == f"html/{meta['source_path'][18:82]}.html.gz", doc_id
            assert meta.get("completeness", "").startswith("whole article body"), doc_id
        assert isinstance(meta.get("removed"), list), doc_id  # completeness: what was dropped, maybe nothing


def test_direct_quote_content_sits_exactly_between_quotation_marks(ws, gold):
    """§6.2: marks excluded; a fragment may also stop at its paragraph's end (§9.2).

    Spans never hold outer whitespace (§3.1), so a space between a mark and the words stays outside:
    after an inner quotation's closing mark (`attention,’ ”`), or a stray one in the page's text
    (`ourselves? "`, `" You guys`).
    """
    for doc_id, doc in gold.items():
        text = ws.documents[doc_id].text
        for q in doc["quotes"]:
            if q["type"] != "direct":
                continue
            for start, end in q["content"]:
                spaced_open = text[start - 2 : start] in ('" ', "\u201c ")
                assert text[start - 1] in OPEN or spaced_open, (doc_id, q["id"], text[start - 5 : start + 20])
                spaced = text[end : end + 2] in (" \u201d", ' "')
                assert end == len(text) or text[end] in CLOSE + "\n" or spaced, (doc_id, q["id"], text[end - 20 : end + 5])


def test_no_document_reports_the_seed_event(ws):
    for doc_id, doc in ws.documents.items():
        assert not re.search(r"Khatibzadeh|Jarid|Iran", doc.text), doc_id


def test_the_session_4_articles_are_all_in_the_dev_half(ws):
    """The test half stays as it was released (its scores stay comparable); added articles go to dev."""
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    added = {d for d, doc in ws.documents.items() if (doc.meta or {}).get("source_repo") != "codelucas/newspaper"}
    added -= set(splits["unseen"]) | set(splits["unseen2"]) | set(splits["more3"]) | set(splits["more4"])
    assert len(added) >= 10
    assert added <= set(splits["dev"])
    assert not added & set(splits["test"])


def test_the_unseen_split_is_the_session_5_articles_from_new_outlets(ws):
    """`unseen` is sources/articles3.jsonl exactly, and none of its outlets is in the dev or test half."""
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (ROOT / "sources" / "articles3.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in rows) == sorted(splits["unseen"])
    for r in rows:
        assert ws.documents[r["doc_id"]].text == r["text"], r["doc_id"]
    seen = {ws.documents[d].outlet for d in splits["dev"] + splits["test"]}
    assert not seen & {ws.documents[d].outlet for d in splits["unseen"]}


def test_the_unseen_split_has_every_quote_type(gold):
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    types = Counter(q["type"] for d in splits["unseen"] for q in gold[d]["quotes"])
    assert min(types[t] for t in ("direct", "indirect", "mixed")) >= 20, types


def _articles4() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "sources" / "articles4.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_session_6_articles_are_dev_articles_from_no_unseen_outlet(ws, gold):
    """sources/articles4.jsonl (session 6) is imported as it is, all in dev, no outlet of `unseen`,
    and big enough for the issue's bar on its own: 12 articles, >= 120 gold quotes of every type."""
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    rows = _articles4()
    ids = {r["doc_id"] for r in rows}
    assert len(ids) == len(rows) == 12
    assert ids <= set(splits["dev"]) and not ids & (set(splits["test"]) | set(splits["unseen"]))
    for r in rows:
        assert ws.documents[r["doc_id"]].text == r["text"], r["doc_id"]
    assert not {r["outlet"] for r in rows} & {ws.documents[d].outlet for d in splits["unseen"]}
    urls = [(ws.documents[d].meta or {})["url"] for d in ws.documents]
    assert len(urls) == len(set(urls))  # no page twice
    types = Counter(q["type"] for d in ids for q in gold[d]["quotes"])
    assert sum(types.values()) >= 120 and min(types[t] for t in ("direct", "indirect", "mixed")) >= 5, types


def test_the_card_agreement_figures_on_the_session_6_articles_are_what_the_command_writes(tmp_path):
    """agreement_dev6.md is the output of `python sources/agreement_dev6.py`, the card quotes its a vs
    a2 figures, and pass 2 only added quotes: every pass-1 quote of these articles is in a2 unchanged."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    committed = (ROOT / "agreement_dev6.md").read_text(encoding="utf-8")
    out = tmp_path / "dev6.md"
    subprocess.run([sys.executable, "sources/agreement_dev6.py", str(out)], cwd=ROOT, env=env, capture_output=True, check=True)
    assert out.read_text(encoding="utf-8") == committed
    rows = {line.split(" | ")[0].strip("| "): line.strip("|").split(" | ") for line in committed.splitlines()}
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    section = card[card.index("**The 12 session-6 dev articles**") :].split("\n\n")[0]
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][1].strip()}**" in section, measure
    key = lambda q: json.dumps({k: v for k, v in q.items() if k != "id"}, sort_keys=True)
    added = 0
    for doc_id in (r["doc_id"] for r in _articles4()):
        a, a2 = (
            json.loads((ROOT / "annotations" / "passes" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]
            for name in ("annotator-a", "annotator-a2")
        )
        assert {key(q) for q in a} <= {key(q) for q in a2}, doc_id
        added += len(a2) - len(a)
    assert f"**{added} quote added**" in card


def test_the_card_shows_what_stats_py_prints():
    """README figures come from a named command: every table `python sources/stats.py` prints is in the card."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "sources/stats.py"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    tables = [t.strip() for t in out.strip().split("\n\n")]
    assert len(tables) == 4
    for table in tables:
        assert table in card, table.splitlines()[0]


def test_every_pass_covers_every_document(ws):
    """The card's passes a, a2 (one annotator) each annotate all documents, and b (independent; since
    session 5 also on the held-back `unseen` split) all but `unseen2`, `more3` and `more4`, which had one annotator
    each (their pass B is in annotator-a2), so that annotator-b holds independent passes only."""
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    for name in ("annotator-a", "annotator-a2", "annotator-b"):
        files = {p.stem for p in (ROOT / "annotations" / "passes" / name).glob("*.json")}
        expected = set(ws.documents) - (
            set(splits["unseen2"]) | set(splits["more3"]) | set(splits["more4"]) if name == "annotator-b" else set()
        )
        assert files == expected, name


def test_the_card_agreement_figures_are_what_the_commands_write(tmp_path):
    """agreement.md and agreement_b_new.md are the output of the commands the card names, and the
    card quotes the independent pass's figures on the session-4 articles from agreement_b_new.md."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = {"cwd": ROOT, "env": env, "capture_output": True, "text": True, "check": True}
    subprocess.run(["newsgold", "agreement", "annotations/passes", "--format", "markdown", "-o", str(tmp_path / "all.md")], **run)
    subprocess.run([sys.executable, "sources/agreement_b_new.py", str(tmp_path / "b_new.md")], **run)
    for written, committed in (("all.md", "agreement.md"), ("b_new.md", "agreement_b_new.md")):
        assert (tmp_path / written).read_text(encoding="utf-8") == (ROOT / committed).read_text(encoding="utf-8"), committed
    rows = {
        line.split(" | ")[0].strip("| "): line.strip("|").split(" | ")
        for line in (tmp_path / "b_new.md").read_text(encoding="utf-8").splitlines()
    }
    header = [c.strip() for c in rows["measure"]]
    col = header.index("annotator-a2 ~ annotator-b")
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    section = card[card.index("**Independent pass b on the 11 session-4 articles**") :]
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][col].strip()}**" in section.split("\n\n")[0], measure


def test_the_card_agreement_figures_on_the_unseen_split_are_what_the_command_writes(tmp_path):
    """agreement_unseen.md is the output of `python sources/agreement_unseen.py`, and the card quotes
    its a vs a2 figures; pass 2 only added quotes, so every pass-1 quote is in a2 unchanged."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    committed = (ROOT / "agreement_unseen.md").read_text(encoding="utf-8")
    out = tmp_path / "unseen.md"
    subprocess.run([sys.executable, "sources/agreement_unseen.py", str(out)], cwd=ROOT, env=env, capture_output=True, check=True)
    assert out.read_text(encoding="utf-8") == committed
    rows = {line.split(" | ")[0].strip("| "): line.strip("|").split(" | ") for line in committed.splitlines()}
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    section = card[card.index("**The 10 held-back articles**") :].split("\n\n")[0]
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][1].strip()}**" in section, measure
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    for doc_id in splits["unseen"]:
        a, a2 = (
            json.loads((ROOT / "annotations" / "passes" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]
            for name in ("annotator-a", "annotator-a2")
        )
        key = lambda q: json.dumps({k: v for k, v in q.items() if k != "id"}, sort_keys=True)
        assert {key(q) for q in a} <= {key(q) for q in a2}, doc_id


def _run_agreement_b_unseen(tmp_path: Path, *flags: str) -> tuple[str, list[dict]]:
    """`python sources/agreement_b_unseen.py [flags] OUT.md`: the markdown it writes and the JSON lines it prints."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = tmp_path / ("blind.md" if flags else "now.md")
    cmd = [sys.executable, "sources/agreement_b_unseen.py", *flags, str(out)]
    printed = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    return out.read_text(encoding="utf-8"), [json.loads(line) for line in printed.splitlines() if line.startswith("{")]


def _measures(markdown: str) -> dict[str, list[str]]:
    return {line.split(" | ")[0].strip("| "): [c.strip() for c in line.strip("|").split(" | ")] for line in markdown.splitlines()}


def test_the_card_quotes_pass_b_on_unseen_as_agreement_b_unseen_py_computes_it(tmp_path):
    """agreement_b_unseen.md is the script's output for the current passes; the card's figures for the
    blind pass b (`--blind`) and for the current one, and the counts the script prints, are in the card."""
    now, (counts_now, named_now) = _run_agreement_b_unseen(tmp_path)
    assert now == (ROOT / "agreement_b_unseen.md").read_text(encoding="utf-8")
    blind, (counts, named) = _run_agreement_b_unseen(tmp_path, "--blind")
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    section = card[card.index("**Independent pass b on the 10 held-back articles**") :].split("\nCaveat, stronger")[0]
    rows, rows_now = _measures(blind), _measures(now)
    col = rows["measure"].index("annotator-a2 ~ annotator-b")
    a_b = rows["measure"].index("annotator-a ~ annotator-b")
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][col]}**" in section, measure
    kappa, n = rows["Cohen's κ quotes.type (n)"][col].split()
    assert f"Cohen's κ of the quote type {kappa} ({n.strip('()')} matched" in section.replace("\n", " ")
    assert f"b vs a {rows['F1 quotes.content.exact'][a_b]} / {rows['F1 quotes.content.overlap'][a_b]}" in section
    assert f"b vs a2\nexact {rows_now['F1 quotes.content.exact'][col]}, overlap {rows_now['F1 quotes.content.overlap'][col]}" in section
    assert f"b vs a {rows_now['F1 quotes.content.exact'][a_b]} / {rows_now['F1 quotes.content.overlap'][a_b]}" in section
    assert f"{counts['same_content']} of the blind pass's have exactly a2's content" in section
    for key, words in (
        ("same_type", "type"),
        ("same_cue", "cue span"),
        ("same_source_span", "source\n  span"),
        ("same_speaker", "speaker"),
    ):
        assert f"the same {words} {counts[key]}" in section, key
    assert f"({counts['same_speaker_blind_ids']} with the blind pass's own ids" in section
    rest = card[card.index("Caveat, stronger than for session 4") :]
    assert f"{named['card_named']} of pass b's 137, {named['card_named_shared']} of them" in rest.replace("\n", " ")
    assert f"and {named['card_named_all_same']} identical" in rest.replace("\n", " ")
    assert counts_now["same_content"] == counts["same_content"] + 1 and named_now["card_named_shared"] == named["card_named"]


def test_pass_b_on_unseen_is_the_output_of_its_script_and_the_blind_pass_differs_by_one_anchor():
    """The committed annotator-b files of `unseen` are what sources/pass_b_unseen.py resolves; the
    blind resolution (`blind=True`) differs from it in exactly the one re-anchored fragment."""
    import sys

    sys.path.insert(0, str(ROOT / "sources"))
    try:
        import pass_b_unseen
    finally:
        sys.path.remove(str(ROOT / "sources"))
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8")}
    now, blind = pass_b_unseen.annotations(texts), pass_b_unseen.annotations(texts, blind=True)
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    assert set(now) == set(splits["unseen"])
    changed = []
    for doc_id, ann in now.items():
        committed = json.loads((ROOT / "annotations/passes/annotator-b" / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]
        assert [[list(f) for f in q.content] for q in ann.quotes] == [q["content"] for q in committed], doc_id
        assert [q.source.entity for q in ann.quotes] == [q["source"]["entity"] for q in committed], doc_id
        changed += [
            (doc_id, texts[doc_id][x.content[0][0] : x.content[0][1]])
            for x, y in zip(ann.quotes, blind[doc_id].quotes)
            if x.content != y.content
        ]
    assert changed == [("smithsonian-china-plague", "Yersinia pestis")]


def _run_agreement_b_dev6(tmp_path: Path, *flags: str) -> tuple[str, dict]:
    """`python sources/agreement_b_dev6.py [--blind] OUT.md`: the markdown it writes and the counts it prints."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = tmp_path / ("blind6.md" if flags else "now6.md")
    cmd = [sys.executable, "sources/agreement_b_dev6.py", *flags, str(out)]
    printed = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    (counts,) = [json.loads(line) for line in printed.splitlines() if line.startswith("{")]
    return out.read_text(encoding="utf-8"), counts


def test_the_card_quotes_pass_b_on_the_session_6_articles_as_agreement_b_dev6_py_computes_it(tmp_path):
    """agreement_b_dev6.md is the script's output for the current passes; the card's figures for the
    blind pass b (`--blind`, read from its commit) and the counts the script prints are in the card."""
    now, counts_now = _run_agreement_b_dev6(tmp_path)
    assert now == (ROOT / "agreement_b_dev6.md").read_text(encoding="utf-8")
    blind, counts = _run_agreement_b_dev6(tmp_path, "--blind")
    card = (ROOT / "README.md").read_text(encoding="utf-8")
    section = card[card.index("**Independent pass b on the 12 session-6 articles**") :].split("\nCaveat, as for session 5")[0]
    flat = section.replace("\n", " ")
    rows = _measures(blind)
    col, a_b = rows["measure"].index("annotator-a2 ~ annotator-b"), rows["measure"].index("annotator-a ~ annotator-b")
    for measure in ("F1 quotes.content.exact", "F1 quotes.content.overlap"):
        assert f"**{rows[measure][col]}**" in section, measure
    kappa, n = rows["Cohen's κ quotes.type (n)"][col].split()
    assert f"Cohen's κ of the quote type {kappa} ({n.strip('()')} matched quotes)" in flat
    assert f"b vs a {rows['F1 quotes.content.exact'][a_b]} / {rows['F1 quotes.content.overlap'][a_b]}" in flat
    assert f"All {counts['same_content']} quotes of a2 are in the blind pass b" in flat
    for key, words in (("same_type", "type"), ("same_cue", "cue span"), ("same_speaker", "speaker")):
        assert f"the same {words} {counts[key]}" in flat, key
    assert f"the same source span {counts['same_source_span']} in the blind pass ({counts_now['same_source_span']} after" in flat
    assert f"({counts['same_speaker_own_ids']} with b's own ids" in flat
    assert {k: v for k, v in counts_now.items() if k != "same_source_span"} == {k: v for k, v in counts.items() if k != "same_source_span"}


def test_pass_b_on_the_session_6_articles_is_its_script_output_and_the_gold_adds_only_adjudicated_quotes():
    """The committed annotator-b files of the 12 articles are what sources/pass_b_more.py resolves, and
    their gold is pass a2 plus exactly the quotes adjudication took from pass b (pass_a2.ADJUDICATED)."""
    import sys

    sys.path.insert(0, str(ROOT / "sources"))
    try:
        import pass_a2
        import pass_b_more
    finally:
        sys.path.remove(str(ROOT / "sources"))
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8")}
    key = lambda q: json.dumps({k: v for k, v in q.items() if k != "id"}, sort_keys=True)
    load = lambda name, d: {key(q) for q in json.loads((ROOT / "annotations" / name / f"{d}.json").read_text(encoding="utf-8"))["quotes"]}
    resolved = pass_b_more.annotations(texts)
    ids = {r["doc_id"] for r in _articles4()}
    assert set(resolved) == ids
    taken = 0
    for doc_id in ids:
        b = {key(q) for q in json.loads(json.dumps(resolved[doc_id].to_dict()))["quotes"]}
        assert b == load("passes/annotator-b", doc_id), doc_id
        a2, gold = load("passes/annotator-a2", doc_id), load("gold", doc_id)
        assert a2 <= gold and gold - a2 <= b, doc_id
        taken += len(gold - a2)
    assert taken == len([x for x in pass_a2.ADJUDICATED if x[0] in ids]) == 1
