"""``newsgold.status``: a typed report of where a workspace stands; Label Studio never makes it fail."""

from __future__ import annotations

import copy
import json
import shutil
import time
from pathlib import Path

from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.server import find_free_port
from newsgold.labelstudio.tasks import build_tasks
from newsgold.status import labelstudio_status, last_runs, unpulled_tasks, workspace_status
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


# started_at of the copied baseline's runs (the committed ones say when it was last made): four
# distinct seconds, quotes-v8 and quotes-v9 in one, every other run older
STARTED = {"stance-v3": 50, "quotes-v10": 40, "claims-v1": 30, "quotes-v9": 20, "quotes-v8": 20}


def _with_runs(data_root: Path) -> Workspace:
    group = data_root / "eval/runs/baseline"
    shutil.copytree(REPO / "eval/runs/baseline", group)
    for manifest in group.glob("*/manifest.json"):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        data["started_at"] = f"2026-01-01T00:00:{STARTED.get(manifest.parent.name, 10):02d}+00:00"
        manifest.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return Workspace.at(data_root)


def test_report_of_the_repository_data(data_root: Path) -> None:
    ws = _with_runs(data_root)
    report = workspace_status(ws)
    assert (report.documents, report.gold_documents) == (2, 2)
    assert [(g.layer, g.documents, g.items) for g in report.layers] == [("quotes", 2, 23), ("claims", 2, 42), ("stances", 2, 17)]
    assert report.passes == ["annotator-a", "annotator-b", "annotator-c"]
    assert [(p["a"], p["b"]) for p in report.agreement["pairs"]] == [
        ("annotator-a", "annotator-b"),
        ("annotator-a", "annotator-c"),
        ("annotator-b", "annotator-c"),
    ]
    # the newest 5 by started_at (ties within a second: by name, reversed: quotes-v9 before quotes-v8)
    assert [r.run for r in report.runs] == [
        "baseline/stance-v3",
        "baseline/quotes-v10",
        "baseline/claims-v1",
        "baseline/quotes-v9",
        "baseline/quotes-v8",
    ]
    stance = report.runs[0].rows
    assert [(r["metric"], r["F1"], r["attribute"]) for r in stance] == [
        ("document pairs", "1.000", "F_avg 1.000"),
        ("holder pairs", "0.839", "F_avg 0.677"),
    ]
    assert report.labelstudio.state == "not configured"
    assert json.loads(json.dumps(report.to_json()))["layers"][0] == {"layer": "quotes", "documents": 2, "items": 23}


def test_partial_workspace_without_passes_or_runs(data_root: Path) -> None:
    shutil.rmtree(data_root / "annotations/passes")
    (data_root / "annotations/gold/no-negotiations-underway.json").unlink()
    report = workspace_status(Workspace.at(data_root))
    assert report.gold_documents == 1 and report.documents == 2
    assert report.passes == [] and report.agreement is None and report.runs == []


def test_unreadable_run_is_a_note_not_a_failure(data_root: Path) -> None:
    ws = _with_runs(data_root)
    (data_root / "eval/runs/baseline/quotes-v2/scores.json").write_text("{not json")
    runs, notes = last_runs(ws.runs_dir)
    assert "baseline/quotes-v2" not in [r.run for r in runs] and len(notes) == 1 and "quotes-v2" in notes[0]


def test_label_studio_not_reachable_is_quick_and_said(data_root: Path) -> None:
    ws = Workspace.at(data_root)
    url = f"http://127.0.0.1:{find_free_port()}"
    start = time.monotonic()
    ls = labelstudio_status(ws, url, "token", timeout=1.0)
    assert time.monotonic() - start < 5
    assert ls.state == "not reachable" and ls.url == url
    assert ls.line().startswith(f"Label Studio: not reachable at {url}")
    assert "…" not in ls.line() and "newsgold ls start" in ls.line(), ls.line()  # the remedy is not cut off
    assert labelstudio_status(ws, url, None).line().startswith("Label Studio: not configured")


def test_unpulled_tasks_compares_annotation_content(data_root: Path) -> None:
    ws = Workspace.at(data_root)
    gold = load_annotations(ws.gold_dir, ws.context())
    tasks = build_tasks(ws.documents, gold, vocab=Vocab.of_workspace(ws))
    for i, task in enumerate(tasks):
        task["id"] = i + 1
        for j, ann in enumerate(task["annotations"]):
            ann["id"] = 10 * (i + 1) + j
    assert unpulled_tasks(tasks, ws, [gold]) == (2, 0)
    assert unpulled_tasks(tasks, ws, []) == (2, 2)
    edited = copy.deepcopy(tasks)
    edited[0]["annotations"][0]["result"] = edited[0]["annotations"][0]["result"][1:]  # a region deleted in Label Studio
    assert unpulled_tasks(edited, ws, [gold]) == (2, 1)
    edited[0]["annotations"][0]["was_cancelled"] = True
    assert unpulled_tasks(edited, ws, [gold]) == (1, 0)
