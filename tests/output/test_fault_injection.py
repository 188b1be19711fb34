"""Kill the real CLI (SIGKILL, through the test-only hook of ``newsgold.output.fault``) at every
step of a write; the gold and the runs must be entirely old or entirely new, and the next command
must recover and leave no temporary behind.

Each scenario first runs its command once with ``NEWSGOLD_FAULT_TRACE`` to list the steps it goes
through, then, on a fresh copy of the workspace for each step, kills it there.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app

REPO = Path(__file__).resolve().parents[2]
SUITE_OLD = 'name = "w"\nlayers = ["quotes"]\nbootstrap = 0\n[[extractors]]\nspec = "quotes-direct"\nversion = "1"\n'
SUITE_NEW = SUITE_OLD + '[[extractors]]\nspec = "claims"\nversion = "1"\n'
Tree = dict[str, bytes]


def tree(root: Path) -> Tree:
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def strays(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if ".ngtx-" in p.name)


def cli(ws: Path, args: list[str], fault: str | None = None, trace: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGOLD_")}
    env["NEWSGOLD_ROOT"] = str(ws)
    if fault:
        env["NEWSGOLD_FAULT"] = fault
    if trace:
        env["NEWSGOLD_FAULT_TRACE"] = str(trace)
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *args], cwd=ws, env=env, capture_output=True, text=True, timeout=300)


def next_command(ws: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGOLD_ROOT", str(ws))
    monkeypatch.chdir(ws)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with suite runs ``g`` (quotes-direct) and ``g2`` (quotes-direct, claims), and a Label Studio export whose
    annotations change both gold files (one quote less in each)."""
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import build_tasks
    from newsgold.store import load_annotations
    from newsgold.workspace import Workspace

    ws = tmp_path_factory.mktemp("seed") / "ws"
    shutil.copytree(REPO / "corpus", ws / "corpus")
    shutil.copytree(REPO / "annotations", ws / "annotations")
    (ws / "eval" / "suites").mkdir(parents=True)
    (ws / "eval" / "suites" / "old.toml").write_text(SUITE_OLD, encoding="utf-8")
    (ws / "eval" / "suites" / "new.toml").write_text(SUITE_NEW, encoding="utf-8")
    workspace = Workspace.at(ws)
    gold = load_annotations(workspace.gold_dir, workspace.context())
    for ann in gold.values():
        quotes = ann.quotes or []
        dropped = {q.id for q in quotes[-1:]}
        ann.quotes = quotes[:-1]
        ann.claims = [c for c in ann.claims or [] if getattr(c, "quote", None) not in dropped]
    tasks = build_tasks(workspace.documents, gold, vocab=Vocab.of_workspace(workspace))
    for i, task in enumerate(tasks):
        task["id"] = i + 1
        for j, item in enumerate(task["annotations"]):
            item["id"] = 100 + 10 * i + j
            item["completed_by"] = {"id": 1, "email": "a@example.org"}
    (ws / "export.json").write_text(json.dumps(tasks), encoding="utf-8")
    assert cli(ws, ["run", "old", "--run-id", "g", "--no-cache", "--no-progress"]).returncode == 0
    assert cli(ws, ["run", "new", "--run-id", "g2", "--no-cache", "--no-progress"]).returncode == 0
    return ws


def fresh(seed: Path, tmp_path: Path, name: str) -> Path:
    ws = tmp_path / name
    shutil.copytree(seed, ws)
    return ws


def steps_of(seed: Path, tmp_path: Path, args: list[str], prepare: Callable[[Path], None]) -> tuple[list[str], Path]:
    """The steps ``args`` goes through (``step:n``), and the workspace it left when not killed."""
    ws = fresh(seed, tmp_path, "reference")
    prepare(ws)
    trace = tmp_path / "trace.txt"
    result = cli(ws, args, trace=trace)
    assert result.returncode == 0, result.stderr
    steps = trace.read_text(encoding="utf-8").split()
    assert steps and len(set(steps)) == len(steps)
    return steps, ws


def kill_at_each_step(
    seed: Path,
    tmp_path: Path,
    args: list[str],
    check: Callable[[Path, Path], None],
    after: list[str],
    monkeypatch: pytest.MonkeyPatch,
    prepare: Callable[[Path], None] = lambda ws: None,
) -> list[str]:
    steps, reference = steps_of(seed, tmp_path, args, prepare)
    for n, where in enumerate(steps):
        ws = fresh(seed, tmp_path, f"kill-{n}")
        prepare(ws)
        result = cli(ws, args, fault=where)
        assert result.returncode == -signal.SIGKILL, f"{where}: not killed ({result.returncode}): {result.stderr}"
        check(ws, reference)  # right after the kill
        next_command(ws, after, monkeypatch)
        check(ws, reference)
        assert strays(ws) == [], where
        shutil.rmtree(ws)
    return steps


def test_a_gold_write_from_a_pull(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(seed / "annotations" / "gold")
    args = ["ls", "pull", "--from-export", "export.json", "-o", "annotations/gold", "--write-gold"]

    def check(ws: Path, reference: Path) -> None:
        gold = tree(ws / "annotations" / "gold")
        new = tree(reference / "annotations" / "gold")
        assert new != before and gold in (before, new)
        for backup in (ws / "annotations" / ".gold-backups").glob("[!.]*"):
            assert tree(backup) == before  # a backup is never partial

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert {"stage:1", "backup:1", "exchange:1", "cleanup:1"} <= set(steps)


def run_state(group: Path, labels: set[str]) -> bool:
    """Whether ``group`` is a complete suite run of exactly ``labels``."""
    files = {"manifest.json", "predictions.jsonl", "scores.json", "report.md", "report.html"}
    summary = json.loads((group / "summary.json").read_text(encoding="utf-8"))
    return (
        {r["directory"] for r in summary["runs"]} == labels
        and {p.name for p in group.iterdir() if p.is_dir()} == labels
        and all({p.name for p in (group / label).iterdir()} == files for label in labels)
    )


def test_run_publication_into_an_existing_group(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(seed / "eval" / "runs" / "g")
    args = ["run", "new", "--run-id", "g", "--no-cache", "--no-progress", "--overwrite"]

    def check(ws: Path, reference: Path) -> None:
        group = ws / "eval" / "runs" / "g"
        now = tree(group)
        if now != before:  # then entirely the new run: both extractors, every file rewritten
            assert run_state(group, {"quotes-direct-v1", "claims-v1"})
            assert now["quotes-direct-v1/manifest.json"] != before["quotes-direct-v1/manifest.json"]

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert "exchange:1" in steps


def test_run_publication_of_a_new_group(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["run", "new", "--run-id", "fresh", "--no-cache", "--no-progress"]

    def check(ws: Path, reference: Path) -> None:
        group = ws / "eval" / "runs" / "fresh"
        assert not group.exists() or run_state(group, {"quotes-direct-v1", "claims-v1"})

    steps = kill_at_each_step(seed, tmp_path, args, check, ["run", "old", "--run-id", "other", "--no-cache", "--no-progress"], monkeypatch)
    assert "rename:1" in steps


def test_rescore_overwrite_in_place(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(seed / "eval" / "runs" / "g")
    args = ["rescore", "eval/runs/g/quotes-direct-v1", "--scheme", "exact", "--overwrite"]

    def check(ws: Path, reference: Path) -> None:
        group = ws / "eval" / "runs" / "g"
        now = tree(group)
        if now != before:  # the rescored run and its summary, together
            manifest = json.loads(now["quotes-direct-v1/manifest.json"])
            scores = json.loads(now["quotes-direct-v1/scores.json"])
            assert len(manifest["rescored"]) == 1 and "exact" in scores["config"]["schemes"]
            summary = json.loads(now["summary.json"])
            assert [len(r.get("rescored") or []) for r in summary["runs"]] == [1]
            assert now["quotes-direct-v1/predictions.jsonl"] == before["quotes-direct-v1/predictions.jsonl"]

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert "exchange:1" in steps


def test_rescore_overwrite_of_a_whole_suite_run(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(seed / "eval" / "runs" / "g2")
    args = ["rescore", "eval/runs/g2", "--scheme", "exact", "--overwrite"]

    def check(ws: Path, reference: Path) -> None:
        now = tree(ws / "eval" / "runs" / "g2")
        if now != before:  # every run of the group rescored, and the summary with them
            for label in ("quotes-direct-v1", "claims-v1"):
                assert len(json.loads(now[f"{label}/manifest.json"])["rescored"]) == 1
            summary = json.loads(now["summary.json"])
            assert [len(r.get("rescored") or []) for r in summary["runs"]] == [1, 1]

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert steps.count("exchange:1") == 1 and "exchange:2" not in steps  # one swap for the whole group


def _rescored_group(group: Path) -> bool:
    """Whether ``group`` is the whole re-scored copy of ``g2``: both runs (rescored from g2) and their summary."""
    if not run_state(group, {"quotes-direct-v1", "claims-v1"}):
        return False
    manifests = [json.loads((group / label / "manifest.json").read_text(encoding="utf-8")) for label in ("quotes-direct-v1", "claims-v1")]
    return all(m["rescored_from"]["run_id"].startswith("g2/") and m["run_id"].startswith(f"{group.name}/") for m in manifests)


def test_rescore_out_of_a_whole_suite_run_into_a_new_directory(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["rescore", "eval/runs/g2", "--scheme", "exact", "--out", "eval/runs/g3"]

    def check(ws: Path, reference: Path) -> None:
        group = ws / "eval" / "runs" / "g3"
        assert not group.exists() or _rescored_group(group)  # nothing, or every run and the summary

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert steps.count("rename:1") == 1 and "exchange:1" not in steps  # one publication of the whole group
    assert "rename:2" not in steps


def test_rescore_out_of_a_whole_suite_run_over_an_existing_one(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(seed / "eval" / "runs" / "g")
    args = ["rescore", "eval/runs/g2", "--scheme", "exact", "--out", "eval/runs/g", "--overwrite"]

    def check(ws: Path, reference: Path) -> None:
        group = ws / "eval" / "runs" / "g"
        now = tree(group)
        assert now == before or _rescored_group(group)  # the old group, or entirely the new one

    steps = kill_at_each_step(seed, tmp_path, args, check, ["validate"], monkeypatch)
    assert steps.count("exchange:1") == 1 and "exchange:2" not in steps  # one swap for the whole group


def test_a_multi_output_score(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two outputs in two directories: a journal in each; both replaced or neither."""
    pred = "eval/runs/g/quotes-direct-v1/predictions.jsonl"
    args = ["score", "--pred", pred, "--bootstrap", "0", "--format", "markdown"]
    args += ["-o", "out/b/report.md", "--errors", "out/a/errors.jsonl", "--overwrite"]

    def prepare(ws: Path) -> None:
        for d, name in (("a", "errors.jsonl"), ("b", "report.md")):
            (ws / "out" / d).mkdir(parents=True)
            (ws / "out" / d / name).write_text("old\n", encoding="utf-8")

    def outputs(ws: Path) -> tuple[bytes, bytes]:
        return (ws / "out/a/errors.jsonl").read_bytes(), (ws / "out/b/report.md").read_bytes()

    def check(ws: Path, reference: Path) -> None:
        pending = list((ws / "out").rglob(".ngtx-*.journal"))
        if not pending:  # committed and renamed, or not committed: never one of each
            assert outputs(ws) in ((b"old\n", b"old\n"), outputs(reference))

    after = ["score", "--pred", pred, "--bootstrap", "0", "--format", "markdown", "-o", "out/b/x.md", "--errors", "out/a/x.jsonl"]
    steps = kill_at_each_step(seed, tmp_path, args, check, after, monkeypatch, prepare)
    assert {"stage:2", "journal:2", "rename:2", "cleanup:1"} <= set(steps)


def test_an_import_that_replaces_a_document(seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``import --replace`` writes the corpus and moves the replaced document's gold aside in one
    transaction: the corpus and the gold are both old or both new."""
    doc = json.loads((seed / "corpus" / "data" / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    changed = {"doc_id": doc["doc_id"], "text": doc["text"] + "\nOne more line."}

    def prepare(ws: Path) -> None:
        (ws / "changed.jsonl").write_text(json.dumps(changed) + "\n", encoding="utf-8")

    def state(ws: Path) -> tuple[Tree, Tree]:  # what readers see: a killed writer's temporaries aside (the next command clears them)
        return tuple({k: v for k, v in tree(ws / d).items() if ".ngtx-" not in k} for d in ("corpus/data", "annotations/gold"))  # type: ignore[return-value]

    before = state(seed)

    def check(ws: Path, reference: Path) -> None:
        new = state(reference)
        assert new != before and new[1] != before[1]  # the gold file of the replaced document moved aside
        if list(ws.rglob(".ngtx-*.journal")):  # a transaction in flight: the next command settles it
            return
        assert state(ws) in (before, new)
        if state(ws) == new:  # the moved file is kept, whole, under annotations/.replaced
            kept = list((ws / "annotations" / ".replaced").glob(f"*/gold/{doc['doc_id']}.json"))
            assert [p.read_bytes() for p in kept] == [(seed / "annotations" / "gold" / f"{doc['doc_id']}.json").read_bytes()]

    steps = kill_at_each_step(seed, tmp_path, ["import", "changed.jsonl", "--replace"], check, ["status"], monkeypatch, prepare)
    assert {"journal:1", "rename:1", "delete:1", "cleanup:1"} <= set(steps)
