"""``newsgold init | import`` from the command line: the path a new user takes, and its refusals."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.extractors.registry import builtin_version
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()

ARTICLES = {
    "Iran Talks Denied.txt": "Officials 🇮🇷 met 👋🏽 today.\nNo talks, they said.",
    "quote_of_the_day.txt": "“We will talk … later,” the spokesman said.\nShe denied it.\n",
    "plain.txt": "A third article with nothing special in it.",
}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty directory outside any workspace, as the current directory."""
    monkeypatch.delenv("NEWSGOLD_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return tmp_path


def invoke(*args: str, root: Path | None = None):
    result = runner.invoke(app, [*(["--root", str(root)] if root else []), *args])
    assert "Traceback" not in result.output, result.output
    return result


def test_init_import_validate_run(home: Path):
    result = invoke("init", "mine", "--name", "My corpus")
    assert result.exit_code == 0, result.output
    assert "created the newsgold workspace mine" in result.output
    hint = " ".join(result.output.split())  # `run` right after the import would refuse: no gold yet
    assert "newsgold validate; then gold for some documents (annotations/gold/<doc_id>.json" in hint and "&& newsgold run" not in hint
    ws = home / "mine"
    assert 'name = "My corpus"' in (ws / "newsgold.toml").read_text()

    result = invoke("import", str(home / "articles"), root=ws)
    assert result.exit_code == 0, result.output
    assert "3 added, 0 unchanged" in result.output
    records = [json.loads(line) for line in (ws / "corpus/data/documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} == {"iran-talks-denied", "quote-of-the-day", "plain"}
    for r in records:
        assert r["sha256"] == hashlib.sha256((home / "articles" / r["source_file"]).read_bytes()).hexdigest()

    before = snapshot(ws)
    result = invoke("import", str(home / "articles"), root=ws)
    assert result.exit_code == 0 and "0 added, 3 unchanged" in result.output
    assert snapshot(ws) == before

    result = invoke("show", "quote-of-the-day", root=ws)  # no gold yet, right after an import: its text, exit 0
    assert result.exit_code == 0, result.output
    assert "'quote-of-the-day' has no gold yet: mine/annotations/gold is empty" in " ".join(result.output.split())
    assert "no *.json" not in result.output
    text = next(r["text"] for r in records if r["doc_id"] == "quote-of-the-day")
    assert " ".join(text.split()) in " ".join(result.output.split())

    from newsgold.schema import DocAnnotation, Quote, Source
    from newsgold.store import write_annotation_dir

    gold = DocAnnotation("quote-of-the-day", quotes=[Quote("q1", "direct", [(1, 21)], Source(entity=None), None)], claims=[], stances=[])
    write_annotation_dir({"quote-of-the-day": gold}, ws / "annotations/gold")

    result = invoke("validate", root=ws)
    assert result.exit_code == 0, result.output
    assert "gold for 1 of 3 documents" in result.output
    assert "no gold file" not in result.output

    result = invoke("run", "--no-progress", "--run-id", "first", root=ws)
    assert result.exit_code == 0, result.output
    assert "newsgold run default (1 document, matching" in result.output  # singular
    manifest = json.loads((ws / f"eval/runs/first/quotes-v{builtin_version('quotes')}/manifest.json").read_text())
    assert manifest["documents"] == ["quote-of-the-day"]


def test_from_builtin_validates_and_runs(home: Path):
    result = invoke("init", "seeded", "--from-builtin", root=REPO)
    assert result.exit_code == 0, result.output
    assert "2 documents with their gold" in result.output
    assert "newsgold validate && newsgold run" in " ".join(result.output.split())
    ws = home / "seeded"
    result = invoke("validate", root=ws)
    assert result.exit_code == 0 and "gold for 2 of 2 documents" in result.output, result.output
    result = invoke("run", "--no-progress", "--run-id", "r", root=ws)
    assert result.exit_code == 0, result.output
    assert "quotes-v2" in result.output
    assert "newsgold run default (2 documents, matching" in result.output


def test_from_builtin_copies_the_shipped_seed_wherever_it_runs(home: Path):
    result = invoke("init", "x", "--from-builtin")  # outside any workspace
    assert result.exit_code == 0 and "2 documents with their gold, from the built-in seed corpus" in result.output
    seed = snapshot(Workspace.builtin().corpus_dir)
    assert snapshot(home / "x" / "corpus")["data/documents.jsonl"] == seed["data/documents.jsonl"]
    result = invoke("init", "y", "--from-builtin", root=home / "x")  # inside another workspace: still the seed
    assert result.exit_code == 0, result.output
    assert (home / "y/corpus/data/documents.jsonl").read_bytes() == seed["data/documents.jsonl"]


def test_outside_a_workspace_the_seed_is_read_only(home: Path):
    result = invoke("run", "--no-progress")
    assert result.exit_code == 1 and "--out" in result.output and "built-in seed corpus" in result.output
    result = invoke("import", "articles")
    assert result.exit_code == 1 and "read-only" in result.output and "newsgold init" in result.output
    assert snapshot(Workspace.builtin().root / "corpus") == snapshot(REPO / "corpus")


def test_init_refuses_bad_layers_and_a_busy_directory(home: Path):
    result = invoke("init", "w", "--layers", "quotes,sentiment")
    assert result.exit_code == 1 and "unknown layer(s) 'sentiment'" in result.output
    assert not (home / "w").exists()
    result = invoke("init", "articles")
    assert result.exit_code == 1 and "is not empty" in result.output


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "feed.jsonl",
            b'{"title": "a", "text": "x"}\n{"title": "a", "text": "y"}\n',
            "feed.jsonl:2: field doc_id: doc_id 'a' is also the id of",
        ),
        ("feed.jsonl", b'{"text": "x"}\n{"body": "y"}\n', "feed.jsonl:2: field text: no text"),
        ("feed.csv", b"body\nx\n", "feed.csv:1: field text: no column 'text'"),
        ("feed.jsonl", b'{"text": "x"}\n{"text": "\xff"}\n', "feed.jsonl:2: invalid UTF-8 at byte offset"),
        ("bom.txt", b"\xef\xbb\xbfhello", "bom.txt:1: starts with a UTF-8 byte order mark"),
        ("nul.txt", b"he\x00llo", "nul.txt:1: NUL character"),
    ],
)
def test_import_refusals_exit_1_and_write_nothing(home: Path, name: str, data: bytes, expected: str):
    invoke("init", "w")
    (home / name).write_bytes(data)
    before = snapshot(home / "w")
    result = invoke("import", str(home / name), root=home / "w")
    assert result.exit_code == 1
    assert expected in result.output.replace("\n", "")
    assert "built-in" not in result.output
    assert snapshot(home / "w") == before


def test_changed_text_needs_replace_which_moves_the_gold_aside(home: Path):
    invoke("init", "w")
    ws = home / "w"
    invoke("import", str(home / "articles"), root=ws)
    from newsgold.schema import DocAnnotation
    from newsgold.store import write_annotation_dir

    write_annotation_dir({"plain": DocAnnotation("plain", quotes=[], claims=[], stances=[])}, ws / "annotations/gold")
    (home / "articles/plain.txt").write_text("Edited.", encoding="utf-8")
    before = snapshot(ws)
    result = invoke("import", str(home / "articles"), root=ws)
    out = result.output.replace("\n", "")
    assert result.exit_code == 1 and "the text of 'plain' differs" in out and "pass --replace" in out
    assert snapshot(ws) == before
    result = invoke("import", str(home / "articles"), "--replace", root=ws)
    out = result.output.replace("\n", "")
    assert result.exit_code == 0, result.output
    assert "0 added, 2 unchanged, 1 replaced" in out
    assert "moved aside annotations/gold/plain.json -> annotations/.replaced/" in out or "moved aside" in out
    assert not (ws / "annotations/gold/plain.json").exists()
    assert len(list((ws / "annotations/.replaced").rglob("plain.json"))) == 1
    assert invoke("validate", root=ws).exit_code == 0


def test_crlf_is_said(home: Path):
    invoke("init", "w")
    (home / "win.txt").write_bytes(b"a\r\nb\r\n")
    result = invoke("import", str(home / "win.txt"), root=home / "w")
    assert result.exit_code == 0 and "\\r\\n line endings; kept" in result.output.replace("\n", "")


def test_a_lone_cr_is_kept_and_said(home: Path):
    """Lone \\r line breaks (old Mac files) were kept without a word, unlike \\r\\n."""
    invoke("init", "w")
    (home / "mac.txt").write_bytes(b"a\rb\r\nc\r")
    result = invoke("import", str(home / "mac.txt"), root=home / "w")
    out = result.output.replace("\n", "")
    assert result.exit_code == 0 and "line breaks that are a lone \\r; kept" in out and "\\r\\n line endings; kept" in out
    (home / "unix.txt").write_bytes(b"a\nb\r\n")
    assert "lone" not in invoke("import", str(home / "unix.txt"), root=home / "w").output


def test_import_help_lists_saved_pages_and_the_extra():
    result = CliRunner().invoke(app, ["import", "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ".txt, .html, .htm or .html.gz page (its article body; needs the extra newsgold[html])" in said
    assert "--dry-run lists each page's characters and title" in said
