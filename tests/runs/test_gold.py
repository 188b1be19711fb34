"""A run's gold kept on disk gives back the loaded gold, its hash, and the loader's refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsgold.runs.core import load_gold_for
from newsgold.runs.errors import RunError
from newsgold.runs.gold import RunGold
from newsgold.schema import dumps_line
from newsgold.scoring import gold_hash
from newsgold.store import load_annotations
from newsgold.workspace import Workspace


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return Workspace.find()


def _jsonl(ws: Workspace, tmp_path: Path) -> Path:
    """The corpus gold as one JSON Lines file, in reverse doc_id order (the hash sorts)."""
    path = tmp_path / "gold.jsonl"
    files = sorted(ws.gold_dir.glob("*.json"), reverse=True)
    path.write_text("".join(json.dumps(json.loads(f.read_text(encoding="utf-8")), ensure_ascii=False) + "\n" for f in files), "utf-8")
    return path


@pytest.mark.parametrize("form", ["dir", "jsonl", "one"])
def test_read_back_equal(ws: Workspace, tmp_path: Path, form: str) -> None:
    path = {"dir": ws.gold_dir, "jsonl": _jsonl(ws, tmp_path), "one": sorted(ws.gold_dir.glob("*.json"))[0]}[form]
    loaded = load_annotations(path, ws.context())
    assert loaded and (
        form == "one" or any(ord(c) > 0xFFFF or c == "\u201c" for d in loaded for c in ws.documents[d].text)
    )  # emoji or curly quotes
    gold = RunGold.read(path, ws.context(), tmp_path)
    assert sorted(gold) == sorted(loaded) and len(gold) == len(loaded)
    for doc_id, ann in loaded.items():
        assert doc_id in gold
        assert gold[doc_id].to_dict() == ann.to_dict()
        assert dumps_line(gold[doc_id]) == dumps_line(ann)
    assert gold.digest() == gold_hash(loaded)
    assert "no-such-document" not in gold and gold.get("no-such-document") is None
    assert [p for p in tmp_path.iterdir() if p.suffix != ".jsonl"] == []  # the stored lines are anonymous


def test_only_keeps_the_subset_and_its_hash(ws: Workspace, tmp_path: Path) -> None:
    loaded = load_annotations(ws.gold_dir, ws.context())
    first = sorted(loaded)[0]
    gold = RunGold.read(ws.gold_dir, ws.context(), tmp_path)
    part = gold.only([first, "no-such-document"])
    assert list(part) == [first]
    assert part[first].to_dict() == loaded[first].to_dict()
    assert part.digest() == gold_hash({first: loaded[first]}) != gold.digest()
    assert gold.only([]).digest() == gold_hash({})


@pytest.mark.parametrize("damage", ["offset", "json", "unknown-entity"])
def test_invalid_gold_refused_with_the_loaders_message(ws: Workspace, tmp_path: Path, damage: str) -> None:
    gold_dir = tmp_path / "gold"
    shutil.copytree(ws.gold_dir, gold_dir)
    victim = sorted(gold_dir.glob("*.json"))[-1]
    raw = json.loads(victim.read_text(encoding="utf-8"))
    if damage == "json":
        victim.write_text(victim.read_text(encoding="utf-8")[:-3], encoding="utf-8")
    else:
        quote = raw["quotes"][0]
        if damage == "offset":
            quote["content"] = [[quote["content"][0][0], 10**7]]
        else:
            quote["source"]["entity"] = "E_NO_SUCH_ENTITY"
        victim.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RunError) as expected:
        load_gold_for(gold_dir, ws.context())
    with pytest.raises(RunError) as got:
        RunGold.read(gold_dir, ws.context(), tmp_path)
    assert str(got.value) == str(expected.value)
    assert victim.name in str(got.value)


def test_reads_hold_across_a_fork(tmp_path: Path) -> None:
    """``run`` may fork a second process that reads the same stored gold (runs/overlap.py): the two
    share the open file, so reads must not go through its offset (a seek-then-read here gave one
    process the other's line)."""
    import multiprocessing
    import random

    from newsgold.runs.gold import _Lines

    lines = _Lines(tmp_path)
    payload = [f"{i:06d} {'x' * random.Random(i).randint(0, 300)}\n".encode() for i in range(400)]
    for line in payload:
        lines.append(line)

    def reader(seed: int) -> int:
        rng, wrong = random.Random(seed), 0
        for _ in range(20_000):
            i = rng.randrange(len(payload))
            wrong += lines.read(i) != payload[i]
        return wrong

    ctx = multiprocessing.get_context("fork")
    got, sent = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: sent.send(reader(1)))  # forked: a local target needs no pickling
    child.start()
    here = reader(2)
    assert got.poll(120)
    assert (here, got.recv()) == (0, 0)
    child.join()
