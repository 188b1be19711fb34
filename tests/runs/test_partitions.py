"""Partitions add up to one pass: any partition size gives the same run files."""

from __future__ import annotations

import json
from pathlib import Path

from newsgold.runs import run_suite
from newsgold.runs.documents import DocumentIndex
from newsgold.runs.engines import EngineSpec
from newsgold.runs.partitions import partitions
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

SUITE = 'name = "p"\nbootstrap = 30\n[[extractors]]\nspec = "quotes@3"\n[[extractors]]\nspec = "stance"\n'


def test_partitions_are_in_doc_id_order_and_carry_their_gold():
    ws = Workspace.find()
    ids = sorted(ws.documents, reverse=True)
    gold = {ids[0]: object()}
    parts = list(partitions(ids, DocumentIndex(ws.documents_file), gold, 1))  # type: ignore[arg-type]
    assert [p.docs[0].doc_id for p in parts] == sorted(ids) and [p.index for p in parts] == [0, 1]
    assert [list(p.gold) for p in parts] == [[d] if d == ids[0] else [] for d in sorted(ids)]


def test_any_partition_size_gives_the_same_files(tmp_path: Path):
    ws, suite = Workspace.find(), parse_suite(SUITE, "p.toml")
    one, _ = run_suite(ws, suite, tmp_path / "a", "r", use_cache=False, engine=EngineSpec(partition_size=1))
    whole, results = run_suite(ws, suite, tmp_path / "b", "r", use_cache=False, engine=EngineSpec(partition_size=1000))
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(whole) for p in whole.rglob("*") if p.is_file()) and len(files) == 2 * 5 + 2
    for name in files:
        a, b = ((root / name).read_text(encoding="utf-8") for root in (one, whole))
        if name.name == "manifest.json":
            a, b = ({k: v for k, v in json.loads(t).items() if k not in ("started_at", "duration_s")} for t in (a, b))
        assert a == b, name
    assert results[0].partition_seconds and len(results[0].partition_seconds) == 1
