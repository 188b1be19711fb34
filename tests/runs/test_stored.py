"""Stored runs read back strictly: predictions validated where they are used (rescore), bad
run files named by file, line and field, never a traceback."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from tests.runs.test_artifacts import _error, bad, group  # noqa: F401  (fixtures)

from newsgold.runs import rescore
from newsgold.validate import ValidationError
from newsgold.workspace import Workspace


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _rescore_problems(run: Path) -> list[str]:
    with pytest.raises(ValidationError) as e:
        rescore(Workspace.find(), run)
    return [str(p) for p in e.value.problems]


def test_rescore_refuses_stored_spans_past_the_text(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    lines = _lines(path)
    doc = json.loads(lines[1])
    length = len(Workspace.find().documents[doc["doc_id"]].text)
    doc["quotes"][0]["content"] = [[length - 5, length + 50]]
    lines[1] = json.dumps(doc)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = _rescore_problems(bad / "quotes-v2")
    assert problem.startswith("x/quotes-v2/predictions.jsonl:2: quote ")
    assert f"field quotes[0].content[0]: span [{length - 5}, {length + 50}] outside the text (length {length})" in problem


def test_rescore_names_a_malformed_predictions_line(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    lines = _lines(path)
    lines[0] = lines[0][:40]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = _rescore_problems(bad / "quotes-v2")
    assert problem.startswith("x/quotes-v2/predictions.jsonl:1: malformed JSON: ")


def test_rescore_refuses_float_offsets(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/predictions.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace('"content": [[', '"content": [[0.0, 10.0], [', 1), encoding="utf-8")
    problems = _rescore_problems(bad / "quotes-v2")
    assert [p.split(": field ")[1] for p in problems] == [
        "quotes[0].content[0][0]: 0.0 is not of type 'integer'",
        "quotes[0].content[0][1]: 10.0 is not of type 'integer'",
    ]
    assert all(p.startswith("x/quotes-v2/predictions.jsonl:1: quote ") for p in problems)


def test_missing_predictions_file_is_named(bad: Path):  # noqa: F811
    from newsgold.runs.artifacts import ArtifactError

    (bad / "quotes-v2/predictions.jsonl").unlink()
    with pytest.raises(ArtifactError, match=r"^x/quotes-v2/predictions.jsonl: missing"):
        rescore(Workspace.find(), bad / "quotes-v2")


def test_nan_in_scores_is_not_json(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/scores.json"
    text = path.read_text(encoding="utf-8")
    key = '"quotes.content.coverage:0.3.f1": '
    start = text.index(key) + len(key)
    end = min(text.index(c, start) for c in ",\n}" if c in text[start:])
    path.write_text(text[:start] + "NaN" + text[end:], encoding="utf-8")
    message = _error(bad / "quotes-v2")
    assert message.startswith("x/quotes-v2/scores.json: line ") and "NaN is not a JSON number" in message


def test_manifest_not_utf8_is_named_by_line(bad: Path):  # noqa: F811
    path = bad / "quotes-v2/manifest.json"
    data = path.read_bytes().split(b"\n")
    data[2] = data[2].replace(b'"', b'"\xff', 1)
    path.write_bytes(b"\n".join(data))
    assert _error(bad / "quotes-v2").startswith("x/quotes-v2/manifest.json: line 3 column ")


def test_rescore_of_a_corpus_run_reads_only_the_scored_predictions_and_links_the_rest(data_root: Path, tmp_path: Path, monkeypatch):
    """A run over more documents than the gold: rescoring it gives the run's own scores and reports
    byte for byte, reads texts through the index (never the whole corpus), builds full annotations
    for the scored documents only, and links (not copies) the stored predictions into the new run."""
    from newsgold.runs import run_suite, write_rescored
    from newsgold.runs.documents import DocumentIndex
    from newsgold.schema import DocAnnotation
    from newsgold.suites import parse_suite

    with open(data_root / "corpus" / "data" / "documents.jsonl", "a", encoding="utf-8") as fh:
        for i in range(6):
            text = f"Day {i} 🇮🇷.\n“We will talk,” said Ana Ruiz, the envoy. “Not today,” the spokesman said.\n"
            fh.write(json.dumps({"doc_id": f"x-{i}", "text": text}, ensure_ascii=False) + "\n")
    ws = Workspace.at(data_root)
    ids = sorted(DocumentIndex(ws.documents_file))
    suite = parse_suite(f'bootstrap = 40\ndocuments = {json.dumps(ids)}\n[[extractors]]\nspec = "quotes@3"\n', "s.toml")
    _, (result,) = run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False)
    built: list[str] = []
    from_dict = DocAnnotation.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(DocAnnotation, "from_dict", classmethod(lambda cls, d: (built.append(d["doc_id"]), from_dict(cls, d))[1]))
    monkeypatch.setattr(Workspace, "documents", property(lambda self: pytest.fail("the whole corpus was loaded")))
    r = rescore(ws, result.directory)
    gold_ids = sorted(d.doc_id for d in result.scores.docs)
    assert len(gold_ids) == 2 and sorted(set(built)) == gold_ids  # 8 lines validated, 2 built
    assert r.scores.unscored_docs == tuple(f"x-{i}" for i in range(6))
    titled = f"{result.label} ({result.manifest.suite.name})"  # the reports' title says where they come from
    for name in ("scores.json", "report.md", "report.html"):
        text = r.files[name].replace(f"{result.label} (rescored)", titled)
        assert text == (result.directory / name).read_text(encoding="utf-8"), name
    out = write_rescored(ws, r, tmp_path / "copy" / "quotes-v3")
    assert (out / "predictions.jsonl").stat().st_ino == (result.directory / "predictions.jsonl").stat().st_ino


def test_rescore_in_place_of_a_crlf_document_counts_only_the_lines_that_change(data_root: Path, tmp_path: Path) -> None:
    """``rescore RUN --overwrite`` said "rewrote …: report.html (+16 −16 lines)" where only the title changed (2
    lines): every line of the CRLF document counted too, the old file read back with its \\r\\n turned into \\n."""
    from newsgold.runs import run_suite
    from newsgold.suites import parse_suite

    text = "Ferry back\r\n\r\n“We are ready 🚢,” said Lena Okafor.\r\n"
    with open(data_root / "corpus" / "data" / "documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "crlf", "text": text}, ensure_ascii=False) + "\n")
    (data_root / "annotations" / "gold" / "crlf.json").write_text(
        json.dumps({"doc_id": "crlf", "quotes": [], "claims": [], "stances": []}), encoding="utf-8"
    )
    ws = Workspace.at(data_root)
    suite = parse_suite('bootstrap = 0\nlayers = ["quotes"]\n[[extractors]]\nspec = "quotes@3"\n', "s.toml")
    _, (result,) = run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False)
    assert "\r\n" in (result.directory / "report.html").read_bytes().decode("utf-8")  # the text as it is
    changed = rescore(ws, result.directory).changed_files()
    assert changed["report.html"] == (2, 2) and changed["report.md"] == (1, 1)  # the title says "rescored"; the text is unchanged


def _edit_text(root: Path, doc_id: str, old: str, new: str) -> None:
    """One document's text changed in place, its sha256 with it (same length: every stored offset still fits)."""
    path = root / "corpus" / "data" / "documents.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        doc = json.loads(line)
        if doc["doc_id"] == doc_id:
            assert old in doc["text"] and len(old) == len(new)
            doc["text"] = doc["text"].replace(old, new, 1)
            doc["sha256"] = hashlib.sha256(doc["text"].encode("utf-8")).hexdigest()  # edited as a re-import records it
            lines[i] = json.dumps(doc, ensure_ascii=False) + "\n"
    path.write_text("".join(lines), encoding="utf-8")


def _corpus_run(root: Path, out: Path, documents: str = '"all"') -> Path:
    from newsgold.runs import run_suite
    from newsgold.suites import parse_suite

    suite = parse_suite(f'bootstrap = 0\ndocuments = {documents}\n[[extractors]]\nspec = "quotes@3"\n', "s.toml")
    _, (result,) = run_suite(Workspace.at(root), suite, out, "r", use_cache=False)
    return result.directory


@pytest.mark.parametrize("recorded", [True, False])
def test_rescore_refuses_a_run_whose_document_texts_changed(data_root: Path, tmp_path: Path, recorded: bool) -> None:
    """Round 9 case 60: a text edited after the run (offsets still inside it) was scored against
    the new text, exit 0.  ``recorded``: the run has ``documents_hash``; else a run made before it
    was recorded, over the whole corpus, is checked by its corpus hash."""
    from newsgold.runs.errors import RunError

    run = _corpus_run(data_root, tmp_path / "runs")
    if not recorded:
        manifest = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
        assert manifest.pop("documents_hash") == manifest["corpus_hash"]  # the run covered every document
        (run / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    ws = Workspace.at(data_root)
    doc_id = sorted(ws.documents)[0]
    text = ws.documents[doc_id].text
    word = next(w for w in text.split() if len(w) > 4 and w.isalpha())
    _edit_text(data_root, doc_id, word, word[::-1] if word[::-1] != word else word.upper())
    before = {p: p.read_bytes() for p in run.rglob("*") if p.is_file()}
    with pytest.raises(RunError, match=r"the texts of its 2 document\(s\) changed since it ran .*run the suite again"):
        rescore(Workspace.at(data_root), run)
    assert {p: p.read_bytes() for p in run.rglob("*") if p.is_file()} == before


def test_rescore_of_a_run_is_not_refused_for_a_document_outside_it(data_root: Path, tmp_path: Path) -> None:
    """Only the run's own documents count: a text it never read may change."""
    ws = Workspace.at(data_root)
    first, *rest = sorted(ws.documents)
    run = _corpus_run(data_root, tmp_path / "runs", json.dumps([first]))
    other = rest[0]
    word = next(w for w in ws.documents[other].text.split() if len(w) > 4 and w.isalpha())
    _edit_text(data_root, other, word, word.upper() if word.upper() != word else word.lower())
    r = rescore(Workspace.at(data_root), run)
    assert [d.doc_id for d in r.scores.docs] == [first]
