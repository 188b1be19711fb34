"""Re-scoring after the gold changed names the documents whose gold differs (first few, and how many)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.runs import rescore, run_suite
from newsgold.runs.gold_changes import GoldChanges
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

SUITE = 'name = "g"\nlayers = ["quotes"]\nbootstrap = 0\n[[extractors]]\nspec = "quotes"\nversion = "3"\n'
CHANGED = "no-negotiations-underway"
OTHER = "alleged-negotiation-domestic-propaganda"


def _run(root: Path) -> Path:
    group, _ = run_suite(Workspace.find(), parse_suite(SUITE, "g.toml"), root / "runs", "r", use_cache=False)
    return group / "quotes-v3"


def _relabel_a_quote(root: Path, doc_id: str) -> None:
    path = root / "annotations/gold" / f"{doc_id}.json"
    gold = json.loads(path.read_text())
    quote = gold["quotes"][0]
    quote["type"] = "direct" if quote["type"] != "direct" else "indirect"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2))


def test_rescore_names_the_document_whose_gold_changed(data_root: Path):
    run = _run(data_root)
    assert rescore(Workspace.find(), run).gold_changes() is None  # the same gold
    _relabel_a_quote(data_root, CHANGED)
    changes = rescore(Workspace.find(), run).gold_changes()
    assert changes == GoldChanges(added=(), removed=(), changed=(CHANGED,), compared=True)
    res = CliRunner().invoke(app, ["rescore", str(run)])
    assert res.exit_code == 0, res.output
    assert f"different gold: 1 document(s) differ: {CHANGED} (1 scored differently)" in " ".join(res.output.split())


def test_rescore_with_an_added_scheme_still_names_it(data_root: Path):
    run = _run(data_root)
    _relabel_a_quote(data_root, OTHER)
    assert rescore(Workspace.find(), run, ("token",), replace_schemes=True).gold_changes() == GoldChanges((), (), (OTHER,), True)


def test_a_document_that_left_the_gold_is_named():
    changes = GoldChanges(added=("d9",), removed=("d1", "d2", "d3"), changed=("d4",), compared=True)
    assert changes.describe() == "5 document(s) differ: d1, d2, d3 and 2 more (1 added, 3 removed, 1 scored differently)"
    assert "scorer changed" in GoldChanges((), (), (), compared=False).describe()
