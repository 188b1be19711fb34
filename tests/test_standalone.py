"""Scoring without a workspace: ``newsgold score --documents docs.jsonl --gold G --pred P`` from any directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.schema import DocAnnotation, Entity, Quote, Source, dumps_doc, dumps_line
from newsgold.standalone import load_documents_file, standalone_context
from newsgold.validate import ValidationError

# emoji outside the BMP (a flag, a skin-tone modifier) and curly quotes
TEXT = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said. She denied it.\n"


def span(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return (start, start + len(piece))


def gold_doc() -> DocAnnotation:
    return DocAnnotation(
        "d1",
        quotes=[
            Quote("q1", "direct", [span("We will talk,")], Source(span("the spokesman"), "E_SPOKESMAN"), span("said")),
            Quote("q2", "indirect", [span("denied it")], Source(span("She"), "E_HER"), None),
        ],
        claims=[],
        stances=[],
    )


def pred_doc() -> DocAnnotation:
    return DocAnnotation(
        "d1",
        quotes=[
            Quote("p1", "direct", [span("“We will talk,”")], Source(span("the spokesman"), "E_SPOKESMAN"), span("said")),
            Quote("p2", "direct", [span("Officials 🇮🇷 met")], Source(None, "E_HER"), None),
        ],
        claims=None,
        stances=None,
    )


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory that is no workspace (nor inside one): docs.jsonl, gold.jsonl, preds.jsonl."""
    monkeypatch.delenv("NEWSGOLD_ROOT", raising=False)
    d = tmp_path / "loose"
    d.mkdir()
    monkeypatch.chdir(d)
    (d / "docs.jsonl").write_text(json.dumps({"doc_id": "d1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "gold.jsonl").write_text(dumps_line(gold_doc()) + "\n", encoding="utf-8")
    (d / "preds.jsonl").write_text(dumps_line(pred_doc()) + "\n", encoding="utf-8")
    return d


def score(*args: str):
    return CliRunner().invoke(
        app, ["score", "--documents", "docs.jsonl", "--gold", "gold.jsonl", "--pred", "preds.jsonl", "--bootstrap", "0", *args]
    )


def test_documents_file_computes_hash_and_length(files: Path) -> None:
    [doc] = load_documents_file(files / "docs.jsonl").values()
    assert doc.n_chars == len(TEXT) == 78 and len(doc.sha256) == 64


def test_documents_file_problems_name_line_item_field(files: Path) -> None:
    bad = files / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "text": "x", "n_chars": 2}\n{"text": "y"}\n{"doc_id": "a", "text": "x"}\nnot json\n')
    with pytest.raises(ValidationError) as info:
        load_documents_file(bad)
    assert [str(p) for p in info.value.problems] == [
        "bad.jsonl:1: a: field n_chars: text has 1 characters, recorded 2",
        "bad.jsonl:2: field doc_id: expected a non-empty string, got None",
        "bad.jsonl:4: malformed JSON: invalid literal, expected 'null' (column 1)",
    ]
    bad.write_text('{"doc_id": "a", "text": "x"}\n{"doc_id": "a", "text": "x", "sha256": "00"}\n')
    with pytest.raises(ValidationError) as info:
        load_documents_file(bad)
    assert [p.field for p in info.value.problems] == ["sha256"]


def test_score_without_a_workspace_exact_figures(files: Path) -> None:
    result = score("--format", "json", "--scheme", "exact", "--scheme", "coverage:0.3")
    assert result.exit_code == 0, result.output
    micro = json.loads(result.stdout)["micro"]
    # exact: the curly quotes make p1 one character wider on each side: no exact pair
    assert (micro["quotes.content.exact.p"], micro["quotes.content.exact.r"]) == (0.0, 0.0)
    # coverage:0.3: p1 matches q1 (speaker right); p2 is spurious, q2 missed
    assert (micro["quotes.content.coverage:0.3.p"], micro["quotes.content.coverage:0.3.r"], micro["quotes.content.coverage:0.3.f1"]) == (
        0.5,
        0.5,
        0.5,
    )
    assert micro["quotes.speaker.accuracy"] == 1.0


def test_gold_references_checked_only_with_entities(files: Path) -> None:
    (files / "gold").mkdir()
    (files / "gold" / "d1.json").write_text(dumps_doc(gold_doc()), encoding="utf-8")
    result = score("--gold", "gold", "--format", "json")
    assert result.exit_code == 0, result.output
    reg = files / "entities.json"
    reg.write_text(json.dumps([Entity("E_SPOKESMAN", "The spokesman", (), "person").to_dict()]), encoding="utf-8")
    result = score("--gold", "gold", "--entities", "entities.json")
    assert result.exit_code == 1
    assert "d1.json: quote \"q2\": field quotes[1].source.entity: unknown entity 'E_HER' (not an id in entities.json)" in result.output
    ctx, entities = standalone_context(files / "docs.jsonl", reg)
    assert ctx.entity_ids == {"E_SPOKESMAN"} and [e.id for e in entities] == ["E_SPOKESMAN"]


def test_bad_prediction_named_and_nothing_written(files: Path) -> None:
    (files / "preds.jsonl").write_text(
        '{"doc_id": "d1", "quotes": [{"id": "x", "type": "direct", "content": [[0, 999]], '
        '"source": {"span": null, "entity": null}, "cue": null}]}\n'
    )
    result = score("-o", "out.md", "--format", "markdown")
    assert result.exit_code == 1
    assert 'preds.jsonl:1: quote "x": field quotes[0].content[0]: span [0, 999] outside the text (length 78)' in result.output
    assert not (files / "out.md").exists()


def test_outputs_guarded_without_a_workspace(files: Path) -> None:
    result = score("-o", "docs.jsonl", "--format", "markdown")
    assert result.exit_code == 1 and "inside the documents" in result.output
    assert score("-o", "out.md", "--format", "markdown", "--errors", "errors.jsonl").exit_code == 0
    assert "| Quotes |" in (files / "out.md").read_text(encoding="utf-8")
    records = [json.loads(line) for line in (files / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and {r["doc_id"] for r in records} == {"d1"}
    (files / "out.md").write_text("old\n")
    result = score("-o", "out.md", "--format", "markdown")
    assert result.exit_code == 1 and "--overwrite" in result.output
    assert score("-o", "out.md", "--format", "markdown", "--overwrite").exit_code == 0


def test_documents_needs_gold(files: Path) -> None:
    result = CliRunner().invoke(app, ["score", "--documents", "docs.jsonl", "--pred", "preds.jsonl"])
    assert result.exit_code == 1 and "--documents needs --gold" in result.output


def test_documents_file_keeps_every_field_and_meta(tmp_path: Path) -> None:
    """Each record is the corpus's Document of it, with sha256 and n_chars checked or filled in."""
    import hashlib
    import json

    from newsgold.corpus import Document

    text = "Er sagte: \u201eNein.\u201c \U0001f1e9\U0001f1ea\nDone"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    records = [
        {"doc_id": "a", "text": text, "title": "T", "outlet": "O", "language": "de", "event_date": "2024-01-02", "meta": {"k": [1]}},
        {"doc_id": "b", "text": text, "sha256": sha, "n_chars": len(text), "author": None},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    docs = load_documents_file(path)
    for r in records:
        want = Document.from_dict({**r, "sha256": sha, "n_chars": len(text)})
        assert docs[r["doc_id"]] == want and docs[r["doc_id"]].meta == want.meta
    assert docs["a"].meta == {"k": [1]} and docs["a"].title == "T" and docs["b"].meta is None
