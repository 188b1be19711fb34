"""Every command that writes refuses a target inside annotations/ (exit 1, nothing written) and
an existing file it would change unless --overwrite: one parametrised test over all of them.

The writing commands, from ``newsgold --help`` and ``newsgold ls --help``: score (-o, --errors),
agreement -o, compare -o, run (--out/--run-id), rescore --out, extract -o, export, init, ls
export-tasks -o, ls agreement -o, ls pull -o (gold only with --write-gold, else only a pass
``annotations/passes/<name>``), ls start / annotate --data-dir.  validate, schema, show, status,
extractors and ls config only print; import writes the corpus (and moves replaced annotations
aside itself), never at a target it is given."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.runs import run_suite
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

SUITE = """
name = "w"
layers = ["quotes"]
bootstrap = 0
[[extractors]]
spec = "quotes-direct"
version = "1"
"""
DOC = "no-negotiations-underway"
TARGETS = [
    "annotations",
    "annotations/gold",
    f"annotations/gold/{DOC}.json",
    "annotations/gold/x.json",
    "annotations/passes",
    "annotations/passes/new.md",
    "annotations/entities.json",
]


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir" for p in sorted(root.rglob("*"))}


def changed_export(root: Path) -> Path:
    """A Label Studio export (as ``ls pull --from-export`` reads) whose annotations differ from the gold."""
    import json

    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import build_tasks
    from newsgold.store import load_annotations

    ws = Workspace.at(root)
    gold = load_annotations(ws.gold_dir, ws.context())
    for ann in gold.values():
        dropped = {q.id for q in (ann.quotes or [])[-1:]}
        ann.quotes = (ann.quotes or [])[:-1]
        ann.claims = [c for c in ann.claims or [] if getattr(c, "quote", None) not in dropped]
    tasks = build_tasks(ws.documents, gold, vocab=Vocab.of_workspace(ws))
    for i, task in enumerate(tasks):
        task["id"] = i + 1
        for j, item in enumerate(task["annotations"]):
            item["id"], item["completed_by"] = 100 + 10 * i + j, {"id": 1, "email": "a@example.org"}
    path = root / "export.json"
    path.write_text(json.dumps(tasks), encoding="utf-8")
    return path


@pytest.fixture
def run_dir(data_root: Path) -> Path:
    group, _ = run_suite(Workspace.at(data_root), parse_suite(SUITE, "w.toml"), data_root / "eval" / "runs", "w", use_cache=False)
    return group / "quotes-direct-v1"


def commands(root: Path, run: Path, target: str) -> dict[str, list[str]]:
    t = str(root / target)
    preds = str(run / "predictions.jsonl")
    return {
        "score -o": ["score", "--pred", preds, "--bootstrap", "0", "--format", "markdown", "-o", t],
        "score --errors": ["score", "--pred", preds, "--bootstrap", "0", "--errors", t],
        "compare -o": ["compare", str(run), str(run), "--format", "markdown", "--bootstrap", "5", "--trials", "5", "-o", t],
        "rescore --out": ["rescore", str(run), "--out", t, "--overwrite"],
        "run --out": [
            "run",
            str(root / "w.toml"),
            "--out",
            str(Path(t).parent),
            "--run-id",
            Path(t).name,
            "--no-cache",
            "--no-progress",
            "--overwrite",
        ],
        "extract -o": ["extract", "quotes-direct", "-o", t, "--overwrite"],
        "agreement -o": ["agreement", str(root / "annotations" / "passes"), "--format", "markdown", "-o", t],
        "adjudicate -o": ["adjudicate", str(root / "annotations" / "passes"), "-o", t],
        "ls export-tasks -o": ["ls", "export-tasks", "-o", t, "--overwrite"],
        "export parquet": ["export", t, "--format", "parquet", "--overwrite"],
        "export hf": ["export", t, "--format", "hf", "--overwrite"],
        "init": ["init", t],
        "ls agreement -o": ["ls", "agreement", "--token", "x", "--url", "http://127.0.0.1:9", "-o", t, "--overwrite"],
        "ls pull -o": ["ls", "pull", "--from-export", str(root / "export.json"), "-o", t, "--overwrite"],
        "ls start --data-dir": ["ls", "start", "--data-dir", t, "--timeout", "1"],
    }


# the explicit annotation paths: a pull into a pass directory of its own
ALLOWED = {("ls pull -o", "annotations/passes/new.md")}


NAMES = list(commands(Path("r"), Path("r"), "x"))
REPLACING = ["score -o", "score --errors", "compare -o", "extract -o", "agreement -o", "ls export-tasks -o", "export parquet"]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", NAMES)
def test_no_command_writes_inside_the_annotations(command: str, target: str, data_root: Path, run_dir: Path):
    (data_root / "w.toml").write_text(SUITE, encoding="utf-8")
    changed_export(data_root)
    before = tree(data_root / "annotations")
    result = CliRunner().invoke(app, commands(data_root, run_dir, target)[command])
    if (command, target) in ALLOWED:
        assert result.exit_code == 0, result.output
        assert tree(data_root / "annotations") != before
        return
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # a message, not a traceback
    said = " ".join(result.output.split())
    assert "annotations" in said
    assert "refusing to write" in said or ((command, target) == ("ls pull -o", "annotations/gold") and "pass --write-gold" in said)
    assert tree(data_root / "annotations") == before


@pytest.mark.parametrize("target", ["corpus/new.md", "corpus/data/documents.jsonl", "newsgold.toml"])
@pytest.mark.parametrize("command", NAMES)
def test_no_command_writes_into_the_corpus_or_the_configuration(command: str, target: str, data_root: Path, run_dir: Path):
    (data_root / "w.toml").write_text(SUITE, encoding="utf-8")
    (data_root / "newsgold.toml").write_text('name = "w"\n', encoding="utf-8")
    changed_export(data_root)
    before = tree(data_root / "corpus"), (data_root / "newsgold.toml").read_bytes()
    result = CliRunner().invoke(app, commands(data_root, run_dir, target)[command])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # a message, not a traceback
    said = " ".join(result.output.split())
    assert "refusing to write" in said or (command in ("init", "ls pull -o") and target != "corpus/new.md"), (
        said
    )  # an existing file: refused as not a directory
    assert (tree(data_root / "corpus"), (data_root / "newsgold.toml").read_bytes()) == before


@pytest.mark.parametrize("command", [n for n in NAMES if n in REPLACING])
def test_no_command_replaces_an_existing_file_without_overwrite(command: str, data_root: Path, run_dir: Path):
    target = data_root / "out.txt"
    target.write_text("precious\n", encoding="utf-8")
    args = [a for a in commands(data_root, run_dir, "out.txt")[command] if a != "--overwrite"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "already exists and would be replaced" in " ".join(result.output.split())
    assert "pass --overwrite" in result.output
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert CliRunner().invoke(app, [*args, "--overwrite"]).exit_code == 0
    assert target.read_bytes() != b"precious\n"


@pytest.mark.parametrize("command", ["rescore --out", "run --out"])
def test_run_directories_are_not_replaced_without_overwrite(command: str, data_root: Path, run_dir: Path):
    (data_root / "w.toml").write_text(SUITE, encoding="utf-8")
    target = data_root / "eval" / "runs" / "w" / "quotes-direct-v1" if command == "run --out" else data_root / "elsewhere"
    if command == "rescore --out":
        target.mkdir()
        (target / "keep.txt").write_text("keep\n", encoding="utf-8")
    before = tree(target)
    rel = "eval/runs/x" if command == "run --out" else str(target.relative_to(data_root))  # run: --out eval/runs
    args = [a for a in commands(data_root, run_dir, rel)[command] if a != "--overwrite"]
    if command == "run --out":
        args[args.index("--run-id") + 1] = "w"
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "exists" in result.output and "--overwrite" in result.output
    assert tree(target) == before


def disk_full_after(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Every ``os.fsync`` after the first ``n`` fails as on a full disk."""
    import os

    real, calls = os.fsync, []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) > n:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_disk_full_during_a_two_output_score_replaces_neither(data_root: Path, run_dir: Path, monkeypatch: pytest.MonkeyPatch):
    errors, report = data_root / "errors.jsonl", data_root / "report.html"
    errors.write_text("old errors\n", encoding="utf-8")
    preds = str(run_dir / "predictions.jsonl")
    disk_full_after(monkeypatch, 1)  # errors.jsonl staged, report.html not
    args = ["score", "--pred", preds, "--bootstrap", "0", "--format", "html", "-o", str(report), "--errors", str(errors), "--overwrite"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert "No space left on device" in result.output and "nothing was replaced" in " ".join(result.output.split())
    assert errors.read_text(encoding="utf-8") == "old errors\n" and not report.exists()
    assert sorted(p.name for p in data_root.iterdir() if p.name.startswith(".")) == []


def test_disk_full_during_a_run_is_an_error_and_leaves_nothing(data_root: Path, monkeypatch: pytest.MonkeyPatch):
    (data_root / "w.toml").write_text(SUITE, encoding="utf-8")
    disk_full_after(monkeypatch, 0)
    result = CliRunner().invoke(app, ["run", str(data_root / "w.toml"), "--run-id", "full", "--no-cache", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # not a traceback
    assert "No space left on device" in result.output
    assert sorted(p.name for p in (data_root / "eval" / "runs").iterdir()) == []  # no group, no stage, no lock


@pytest.mark.parametrize("where", ["group", "runs", "inside"])
def test_rescore_out_may_not_hold_or_sit_inside_the_runs_rescored(where: str, data_root: Path, run_dir: Path):
    """``rescore eval/runs/w/quotes-direct-v1 --out eval/runs/w --overwrite`` replaced the whole group
    (every other run of it lost) with the one rescored run; ``--out eval/runs`` mixed a group into
    eval/runs; ``--out`` inside the group nested a group in it."""
    group = run_dir.parent
    (group / "other-run").mkdir()
    (group / "other-run" / "keep.txt").write_text("keep\n", encoding="utf-8")
    source, out = {"group": (run_dir, group), "runs": (group, group.parent), "inside": (group, group / "sub")}[where]
    before = tree(data_root / "eval")
    result = CliRunner().invoke(app, ["rescore", str(source), "--out", str(out), "--overwrite"])
    assert result.exit_code == 1, result.output
    assert "--out" in result.output and "choose a DIR outside" in " ".join(result.output.split())
    assert tree(data_root / "eval") == before


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_prediction_file_whose_name_is_not_utf8_is_scored_into_a_report(fmt: str, data_root: Path, run_dir: Path):
    """``p\\xe9.jsonl`` (a Latin-1 name): the report's title held the undecodable byte as a lone
    surrogate and writing the report was a UnicodeEncodeError traceback."""
    import os
    import shutil

    pred = data_root / os.fsdecode(b"p\xe9.jsonl")
    shutil.copy(run_dir / "predictions.jsonl", pred)
    out = data_root / f"r.{fmt}"
    result = CliRunner().invoke(app, ["score", "--pred", str(pred), "--bootstrap", "0", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "p\\xe9.jsonl" in out.read_text(encoding="utf-8")
