"""``newsgold adjudicate`` on the repository's three passes: the gold is reproduced, bad input
writes nothing, the gold is written only with --write-gold once every position is settled."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

CM, NR = "alleged-negotiation-domestic-propaganda", "no-negotiations-underway"


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output  # never a traceback
    return result


def decide_all(directory: Path, decision: str) -> None:
    """What a curator does: set a decision on every open position, in place."""
    for f in directory.glob("*.json"):
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        f.write_text("".join(line.replace('"decision": null', f'"decision": "{decision}"') for line in lines), encoding="utf-8")


def test_counts_of_the_repository_passes(data_root: Path):
    out = run("adjudicate", str(data_root / "annotations/passes"), "--format", "json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert (data["rule"], data["accepted"], data["open"]) == ("unanimous", 69, 25)
    assert data["layers"]["claims"] == {"agree": 31, "decided": 0, "disputed": 3, "incomplete": 20}
    out = run("adjudicate", str(data_root / "annotations/passes"), "--rule", "2-of-3", "--format", "json")
    data = json.loads(out.stdout)
    assert (data["accepted"], data["open"]) == (82, 12)
    assert data["documents"][NR]["claims"] == {"agree": 19, "decided": 0, "disputed": 0, "incomplete": 6}


def test_two_of_three_plus_a_curator_reproduce_the_gold(data_root: Path):
    ws = Workspace.at(data_root)
    gold_before = load_annotations(ws.gold_dir, ws.context())
    hand_log = (data_root / "annotations/ADJUDICATION.md").read_bytes()
    cur = data_root / "curation"
    passes = str(data_root / "annotations/passes")
    first = run("adjudicate", passes, "--rule", "2-of-3", "-o", str(cur))
    assert first.exit_code == 0, first.output
    assert "82 position(s) accepted, 12 left to a curator" in " ".join(first.stdout.split())
    assert sorted(str(p.relative_to(cur)) for p in cur.rglob("*.*")) == sorted(
        [f"{CM}.json", f"{NR}.json", "ADJUDICATION.log.md", *(f"report/adjudication.{x}" for x in ("md", "json", "html"))]
    )
    # every open position is a claim one annotator alone made; the curator drops each ("none")
    report = json.loads((cur / "report" / "adjudication.json").read_text(encoding="utf-8"))
    opened = [p for ps in report["positions"].values() for p in ps]
    assert len(opened) == 12 and all(p["layer"] == "claims" and sum(map(bool, p["versions"].values())) == 1 for p in opened)
    refused = run("adjudicate", passes, "--rule", "2-of-3", "--write-gold")
    assert refused.exit_code == 1 and "12 position(s) are still open" in refused.output
    assert load_annotations(ws.gold_dir, ws.context()) == gold_before
    decide_all(cur, "none")
    before = tree(data_root / "annotations")
    dry = run("adjudicate", passes, "--rule", "2-of-3", "--decisions", str(cur), "--format", "json")
    assert json.loads(dry.stdout)["open"] == 0 and tree(data_root / "annotations") == before  # no flag: nothing written
    (ws.gold_dir / f"{NR}.json").write_text("{}", encoding="utf-8")  # something to replace: the write shows a diff and backs up
    wrote = run("adjudicate", passes, "--rule", "2-of-3", "--decisions", str(cur), "--write-gold")
    assert wrote.exit_code == 0, wrote.output
    assert "previous gold backed up to" in wrote.output and "+++ b/" in wrote.output
    after = load_annotations(ws.gold_dir, ws.context())
    for doc_id, gold in gold_before.items():
        assert after[doc_id].quotes == gold.quotes and after[doc_id].claims == gold.claims  # ids and order too
        key = [(s.holder, s.target, s.label) for s in gold.stances]
        assert sorted((s.holder, s.target, s.label) for s in after[doc_id].stances) == sorted(
            key
        )  # the stance order rule (D2) is the adjudicator's
    (backup,) = (data_root / "annotations/.gold-backups").iterdir()
    assert (backup / f"{NR}.json").read_text(encoding="utf-8") == "{}"
    log = (data_root / "annotations/ADJUDICATION.log.md").read_text(encoding="utf-8")
    assert "Rule **2-of-3**" in log and "| claims:27 | decided |  | curator: no item |" in log
    assert (data_root / "annotations/ADJUDICATION.md").read_bytes() == hand_log


def test_unknown_entity_in_a_pass_writes_nothing(data_root: Path):
    f = data_root / "annotations/passes/annotator-c" / f"{NR}.json"
    f.write_text(f.read_text(encoding="utf-8").replace('"E_ZARIF"', '"E_NOBODY"', 1), encoding="utf-8")
    before = tree(data_root)
    out = run("adjudicate", str(data_root / "annotations/passes"), "-o", str(data_root / "cur"), "--write-gold")
    assert out.exit_code == 1
    assert f"annotator-c/{NR}.json" in out.output and "E_NOBODY" in out.output and "field" in out.output
    assert tree(data_root) == before


def test_passes_of_different_documents_write_nothing(data_root: Path):
    (data_root / "annotations/passes/annotator-b" / f"{CM}.json").unlink()
    before = tree(data_root)
    out = run("adjudicate", str(data_root / "annotations/passes"), "-o", str(data_root / "cur"))
    assert out.exit_code == 1
    assert "different documents" in out.output and "annotator-b" in out.output and CM in out.output
    assert tree(data_root) == before


@pytest.mark.parametrize(("edit", "message"), [("annotator-z", "names no annotator"), ("annotator-a", "annotator-a has 0 items here")])
def test_decisions_naming_unknown_annotators_write_nothing(data_root: Path, edit: str, message: str):
    passes, cur = str(data_root / "annotations/passes"), data_root / "cur"
    assert run("adjudicate", passes, "--rule", "2-of-3", "-o", str(cur)).exit_code == 0
    decide_all(cur, edit)
    before = tree(data_root)
    out = run("adjudicate", passes, "--rule", "2-of-3", "--decisions", str(cur), "-o", str(data_root / "cur2"), "--write-gold")
    assert out.exit_code == 1 and message in out.output
    assert tree(data_root) == before


def test_decisions_of_other_passes_are_refused(data_root: Path):
    passes, cur = data_root / "annotations/passes", data_root / "cur"
    assert run("adjudicate", str(passes), "--rule", "2-of-3", "-o", str(cur)).exit_code == 0
    f = passes / "annotator-c" / f"{NR}.json"
    f.write_text(f.read_text(encoding="utf-8").replace('"favor"', '"neutral"', 1), encoding="utf-8")
    out = run("adjudicate", str(passes), "--rule", "2-of-3", "--decisions", str(cur))
    assert out.exit_code == 1 and "curated from other passes" in out.output


def test_the_curation_is_not_written_into_the_annotations(data_root: Path):
    before = tree(data_root / "annotations")
    out = run("adjudicate", str(data_root / "annotations/passes"), "-o", str(data_root / "annotations/curation"))
    assert out.exit_code == 1 and "refusing to write" in out.output
    assert tree(data_root / "annotations") == before


def test_decisions_of_other_annotators_are_refused(data_root: Path):
    passes, cur = data_root / "annotations/passes", data_root / "cur"
    assert run("adjudicate", str(passes), "--rule", "2-of-3", "-o", str(cur)).exit_code == 0
    two = [str(passes / "annotator-a"), str(passes / "annotator-c")]
    out = run("adjudicate", *two, "--rule", "2-of-2", "--decisions", str(cur))
    assert out.exit_code == 1 and "curated from annotators annotator-a, annotator-b, annotator-c" in " ".join(out.output.split())


def test_an_earlier_curation_is_not_replaced_without_overwrite(data_root: Path):
    passes, cur = str(data_root / "annotations/passes"), data_root / "cur"
    assert run("adjudicate", passes, "-o", str(cur)).exit_code == 0
    before = tree(cur)
    out = run("adjudicate", passes, "--rule", "2-of-3", "-o", str(cur))
    assert out.exit_code == 1 and "pass --overwrite" in out.output and tree(cur) == before
    assert run("adjudicate", passes, "--rule", "2-of-3", "-o", str(cur), "--overwrite").exit_code == 0
    assert tree(cur) != before
    (data_root / "file").write_text("x", encoding="utf-8")
    out = run("adjudicate", passes, "-o", str(data_root / "file"))
    assert out.exit_code == 1 and "-o takes a directory" in out.output


def test_a_gold_that_cannot_be_written_keeps_no_backup(data_root: Path, monkeypatch: pytest.MonkeyPatch):
    """Round 12: with a read-only ``annotations/gold``, ``adjudicate --write-gold`` said "previous gold backed
    up", failed writing, and left that backup of the unchanged gold under ``annotations/.gold-backups``."""
    import newsgold.output
    from newsgold.output import OutputFailed

    real = newsgold.output.write_files

    def read_only(files, overwrite=False, deletes=()):
        if any(Path(p).parent.name == "gold" for p in files):
            raise OutputFailed("cannot write annotations/gold/x.json: Read-only file system; nothing was replaced")
        return real(files, overwrite, deletes)

    before = tree(data_root / "annotations")
    monkeypatch.setattr(newsgold.output, "write_files", read_only)
    out = run("adjudicate", str(data_root / "annotations/passes"), "--rule", "1-of-3", "-o", str(data_root / "cur"), "--write-gold")
    assert out.exit_code == 1 and "Read-only file system" in out.output
    assert tree(data_root / "annotations") == before and not (data_root / "annotations/.gold-backups").exists()
