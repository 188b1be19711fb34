"""Scoring a chunk of documents at a time gives the whole-set scores and reports, byte for byte."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.reports import json_report
from newsgold.reports.errors import error_records, errors_jsonl
from newsgold.reports.text import markdown
from newsgold.scoring import chunked
from newsgold.scoring.config import DEFAULT_SCHEMES, ScoreConfig
from newsgold.scoring.corpus import score_corpus
from newsgold.scoring.sources import NotStreamed, open_source
from newsgold.standalone import standalone_context
from newsgold.store import load_annotations

# words whose str length differs from their UTF-16 / UTF-8 / grapheme length, and line ends
WORDS = ["talks", "🇮🇷", "Iran’s", "😀", "“no”", "end\r\nof", "line\n", "🇺🇸🇬🇧", "naïve", "e\u0301t\u00e9", "Vienna"]
NAMES = ["Ana Lima", "Omar 😀 Haddad", "Li Wei"]
TARGETS = ["talks", "sanctions"]


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _document(i: int, rng: random.Random) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    parts: list[str] = []
    pos = 0

    def add(piece: str) -> list[int]:
        nonlocal pos
        start = pos
        parts.append(piece)
        pos += len(piece)
        return [start, pos]

    quotes, claims = [], []
    for q in range(rng.randint(0, 4)):
        add(_phrase(rng, rng.randint(1, 5)) + " “")
        content = add(_phrase(rng, rng.randint(1, 6)))
        add(",” ")
        name = rng.choice(NAMES)
        source, _, cue = add(name), add(" "), add("said")
        add(".\r\n")
        quotes.append(
            {
                "id": f"q{q}",
                "type": rng.choice(["direct", "indirect"]),
                "content": [content],
                "source": {"span": source, "entity": None},
                "cue": cue,
            }
        )
    for c in range(rng.randint(0, 2)):
        claims.append(
            {
                "id": f"c{c}",
                "span": [add(_phrase(rng, rng.randint(1, 4)))],
                "claimant": None,
                "quote": None,
                "kind": rng.choice(["factual", "evaluative"]),
                "checkworthy": rng.random() < 0.5,
            }
        )
        add(". ")
    add(_phrase(rng, 2))
    text = "".join(parts)
    stances = (
        [{"holder": "@document", "target": rng.choice(TARGETS), "label": rng.choice(["favor", "against", "neutral"])}]
        if rng.random() < 0.7
        else []
    )
    gold = {"doc_id": f"d{i:03d}", "quotes": quotes, "claims": claims, "stances": stances}
    pq = []
    for q in quotes:
        if rng.random() < 0.2:
            continue
        p = json.loads(json.dumps(q))
        if rng.random() < 0.4:
            s, e = p["content"][0]
            p["content"] = [[s, max(s + 1, e - rng.randint(0, 3))]]
        if rng.random() < 0.3:
            p["type"] = "direct" if q["type"] == "indirect" else "indirect"
        pq.append(p)
    if rng.random() < 0.3 and pos > 3:
        pq.append(
            {
                "id": "qx",
                "type": "direct",
                "content": [[0, rng.randint(1, min(pos, 9))]],
                "source": {"span": None, "entity": None},
                "cue": None,
            }
        )
    pred = {
        "doc_id": gold["doc_id"],
        "quotes": pq,
        "claims": [c for c in claims if rng.random() < 0.7],
        "stances": [dict(s, label=rng.choice(["favor", "against"])) for s in stances],
    }
    return {"doc_id": gold["doc_id"], "text": text}, gold, pred


def _set(tmp: Path, seed: int, n: int = 9, gold_dir: bool = False) -> tuple[Path, Path, Path]:
    """documents, gold (a .jsonl or a directory), predictions shuffled: some documents without
    gold (their predictions unscored), some without predictions (missing)."""
    rng = random.Random(seed)
    rows = [_document(i, rng) for i in range(n)]
    tmp.mkdir(parents=True, exist_ok=True)
    docs = tmp / "docs.jsonl"
    docs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d, _, _ in rows), encoding="utf-8")
    golds = [g for i, (_, g, _) in enumerate(rows) if i % 4 != 3]
    preds = [p for i, (_, _, p) in enumerate(rows) if i % 5 != 1]
    rng.shuffle(preds)
    pred = tmp / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    if gold_dir:
        gold = tmp / "gold"
        gold.mkdir()
        for g in golds:
            (gold / f"{g['doc_id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        gold = tmp / "gold.jsonl"
        gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
    return docs, gold, pred


CONFIG = ScoreConfig(DEFAULT_SCHEMES, False, "coverage:0.3", 40, 7)


@pytest.mark.parametrize("size", [1, 2, 3, 256])
@pytest.mark.parametrize(("seed", "gold_dir"), [(1, False), (2, True), (3, False)])
def test_chunked_equals_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, seed: int, gold_dir: bool):
    monkeypatch.setattr(chunked, "CHUNK", size)
    docs, gold, pred = _set(tmp_path, seed, gold_dir=gold_dir)
    ctx, _ = standalone_context(docs)
    g, p = load_annotations(gold, ctx), load_annotations(pred, ctx)
    whole = score_corpus(g, p, ctx.docs, CONFIG)
    listed: list[str] = []

    def on_chunk(results: list[Any], cg: Any, cp: Any) -> None:
        assert len(results) <= size
        listed.append(errors_jsonl(error_records(type("S", (), {"docs": results})(), cg, cp, ctx.docs)))  # type: ignore[arg-type]

    part = chunked.score_chunked(open_source(gold, ctx), open_source(pred, ctx), ctx.docs, CONFIG, on_chunk=on_chunk)
    assert part.missing_docs == whole.missing_docs and part.missing_docs
    assert part.unscored_docs == whole.unscored_docs and part.unscored_docs
    assert json_report(part) == json_report(whole)
    assert markdown(part, "t") == markdown(whole, "t")
    assert "".join(listed) == errors_jsonl(error_records(whole, g, p, ctx.docs))
    counts_only = chunked.score_chunked(open_source(gold, ctx), open_source(pred, ctx), ctx.docs, CONFIG, items=False, hashed=False)
    assert counts_only.gold_hash == whole.gold_hash  # re-read when first asked for
    assert markdown(counts_only, "t") == markdown(whole, "t")


def test_predicted_layers_and_not_predicted(tmp_path: Path):
    """A layer no prediction gives is "not predicted" (its missing documents predict nothing there)."""
    docs, gold, pred = _set(tmp_path, 5)
    lines = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    pred.write_text("".join(json.dumps({"doc_id": x["doc_id"], "quotes": x["quotes"]}) + "\n" for x in lines), encoding="utf-8")
    ctx, _ = standalone_context(docs)
    whole = score_corpus(load_annotations(gold, ctx), load_annotations(pred, ctx), ctx.docs, CONFIG)
    part = chunked.score_chunked(open_source(gold, ctx), open_source(pred, ctx), ctx.docs, CONFIG)
    assert part.not_predicted == whole.not_predicted == ("claims", "stances")
    assert json_report(part) == json_report(whole)


@pytest.mark.parametrize(
    "bad",
    [
        lambda x: x.replace('"content": [[', '"content": [[0.0, 1], [', 1),  # a float offset
        lambda x: x[: len(x) // 2],  # a cut line
        lambda x: x.replace('"doc_id": "', '"doc_id": "zz', 1),  # an unknown document
    ],
)
def test_a_doubted_line_raises_not_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: Any):
    monkeypatch.setattr(chunked, "CHUNK", 1)
    docs, gold, pred = _set(tmp_path, 4)
    lines = pred.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(i for i, x in enumerate(lines) if '"content": [[' in x)
    lines[last] = bad(lines[last].rstrip("\n")) + "\n"
    pred.write_text("".join(lines), encoding="utf-8")
    ctx, _ = standalone_context(docs)
    with pytest.raises(NotStreamed):
        chunked.score_chunked(open_source(gold, ctx), open_source(pred, ctx), ctx.docs, CONFIG)


runner = CliRunner()


def _score(docs: Path, gold: Path, pred: Path, *extra: str) -> Any:
    return runner.invoke(
        app, ["score", "--documents", str(docs), "--gold", str(gold), "--pred", str(pred), "--no-progress", "--bootstrap", "30", *extra]
    )


@pytest.mark.parametrize("gold_dir", [False, True])
def test_cli_outputs_same_bytes_as_whole_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gold_dir: bool):
    monkeypatch.setattr(chunked, "CHUNK", 2)
    docs, gold, pred = _set(tmp_path / "in", 6, gold_dir=gold_dir)
    seen = {}
    done: list[int] = []
    real = chunked.score_chunked

    def spy(*args: Any, **kwargs: Any) -> Any:
        scores = real(*args, **kwargs)
        done.append(len(scores.docs))
        return scores

    monkeypatch.setattr(chunked, "score_chunked", spy)
    for way in ("chunked", "whole"):
        if way == "whole":  # every input read whole, as before
            monkeypatch.setattr("newsgold.scoring.sources.open_source", _refuse)
        out = tmp_path / way
        out.mkdir()
        for fmt in ("table", "markdown", "json"):
            result = _score(docs, gold, pred, "--format", fmt)
            assert result.exit_code == 0, result.output
            seen[(way, fmt)] = result.stdout
        result = _score(docs, gold, pred, "--format", "json", "-o", str(out / "r.json"), "--errors", str(out / "e.jsonl"))
        assert result.exit_code == 0, result.output
        seen[(way, "files")] = (out / "r.json").read_bytes() + b"|" + (out / "e.jsonl").read_bytes()
    assert len(done) == 4 and all(done)  # the chunked way scored each time; the whole-set way never came here
    for fmt in ("table", "markdown", "json", "files"):
        assert seen[("chunked", fmt)] == seen[("whole", fmt)], fmt
    assert b'"wrong_type"' in seen[("chunked", "files")]  # the listing has errors in it


def _refuse(path: Path, ctx: Any) -> Any:
    raise NotStreamed(str(path))


def test_cli_bad_line_in_a_later_chunk_writes_nothing_and_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(chunked, "CHUNK", 1)
    docs, gold, pred = _set(tmp_path / "in", 7)
    lines = pred.read_text(encoding="utf-8").splitlines(keepends=True)
    golds = {json.loads(line)["doc_id"] for line in gold.read_text(encoding="utf-8").splitlines()}
    # the last scored document's line (its chunk comes last: doc ids in order)
    last_id = max(json.loads(x)["doc_id"] for x in lines if json.loads(x)["doc_id"] in golds and '"content": [[' in x)
    at = next(i for i, x in enumerate(lines) if json.loads(x)["doc_id"] == last_id)
    lines[at] = lines[at].replace('"content": [[', '"content": [[1.5, 2], [', 1)
    pred.write_text("".join(lines), encoding="utf-8")
    report, listing = tmp_path / "r.json", tmp_path / "e.jsonl"
    result = _score(docs, gold, pred, "--format", "json", "-o", str(report), "--errors", str(listing))
    assert result.exit_code == 1
    assert f"line {at + 1}" in result.output or f":{at + 1}" in result.output, result.output
    assert "content" in result.output
    assert not report.exists() and not listing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no temporary left either


@pytest.mark.parametrize("where", ["pred", "gold", "both"])
def test_cli_bad_input_messages_as_the_whole_set_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str):
    """The same problems, in the same order, as before: the gold's first (it was loaded first)."""
    monkeypatch.setattr(chunked, "CHUNK", 2)
    docs, gold, pred = _set(tmp_path / "in", 8)
    for path in [p for p, w in ((gold, "gold"), (pred, "pred")) if where in (w, "both")]:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for at in (1, len(lines) - 1):
            lines[at] = lines[at].replace('"content": [[', '"content": [[2.0, 3], [', 1).replace('"span": [[', '"span": [[-1, 2], [', 1)
        path.write_text("".join(lines), encoding="utf-8")
    outputs = []
    for way in ("chunked", "whole"):
        if way == "whole":
            monkeypatch.setattr("newsgold.scoring.sources.open_source", _refuse)
        result = _score(docs, gold, pred, "--errors", str(tmp_path / "e.jsonl"))
        assert result.exit_code == 1
        outputs.append(result.output)
    assert outputs[0] == outputs[1]
    assert ("gold.jsonl" in outputs[0]) == (where != "pred") and ("pred.jsonl" in outputs[0]) == (where == "pred")
    assert not (tmp_path / "e.jsonl").exists()


def test_cli_predictions_as_a_directory_are_read_whole(tmp_path: Path):
    docs, gold, pred = _set(tmp_path / "in", 9)
    as_dir = tmp_path / "in" / "preds"
    as_dir.mkdir()
    for line in pred.read_text(encoding="utf-8").splitlines():
        (as_dir / f"{json.loads(line)['doc_id']}.json").write_text(line, encoding="utf-8")
    ctx, _ = standalone_context(docs)
    with pytest.raises(NotStreamed, match="directory"):
        chunked.score_chunked(open_source(gold, ctx), open_source(as_dir, ctx), ctx.docs, CONFIG)
    from_dir, from_file = _score(docs, gold, as_dir, "--format", "json"), _score(docs, gold, pred, "--format", "json")
    assert from_dir.exit_code == from_file.exit_code == 0, from_dir.output
    assert from_dir.stdout == from_file.stdout
