"""Hugging Face datasets: saved on disk (Dataset and DatasetDict) or a local parquet/json file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.importing import import_sources
from newsgold.importing.errors import MissingFieldError, NulCharacterRefused
from newsgold.workspace import Workspace

from .conftest import snapshot

datasets = pytest.importorskip("datasets")

ROWS = [
    {"headline": "Talks denied", "body": "“No talks,” he said. 🇮🇷👋🏽\n", "date": "2020-09-28", "n": 1},
    {"headline": "Second", "body": "Plain.", "date": "2020-09-29", "n": 2},
]


def test_a_saved_dataset(ws: Workspace, tmp_path: Path):
    path = tmp_path / "saved"
    datasets.Dataset.from_list(ROWS).save_to_disk(str(path))
    report = import_sources(ws, [path], text_field="body", id_field="headline")
    assert [c.doc_id for c in report.plan.added] == ["talks-denied", "second"]
    doc = Workspace.at(ws.root).documents["talks-denied"]
    assert doc.text == ROWS[0]["body"] and doc.meta == {"date": "2020-09-28", "n": 1} and doc.source_file == "saved"
    assert len(import_sources(ws, [path], text_field="body", id_field="headline").plan.unchanged) == 2


def test_a_saved_dataset_dict_takes_every_split(ws: Workspace, tmp_path: Path):
    path = tmp_path / "dd"
    datasets.DatasetDict({"train": datasets.Dataset.from_list(ROWS[:1]), "test": datasets.Dataset.from_list(ROWS[1:])}).save_to_disk(
        str(path)
    )
    report = import_sources(ws, [path], text_field="body")
    assert [c.doc_id for c in report.plan.added] == ["dd-train-1", "dd-test-1"]


@pytest.mark.parametrize("fmt", ["parquet", "json"])
def test_a_dataset_file(ws: Workspace, tmp_path: Path, fmt: str):
    path = tmp_path / f"news.{fmt}"
    ds = datasets.Dataset.from_list(ROWS)
    ds.to_parquet(str(path)) if fmt == "parquet" else ds.to_json(str(path), lines=False, force_ascii=False)
    report = import_sources(ws, [path], text_field="body", id_field="headline")
    assert [c.text for c in report.plan.added] == [r["body"] for r in ROWS]


def test_dataset_errors_name_the_row_and_field(ws: Workspace, tmp_path: Path):
    path = tmp_path / "saved"
    datasets.Dataset.from_list([{"body": "ok"}, {"body": "a\x00b"}]).save_to_disk(str(path))
    before = snapshot(ws.root)
    with pytest.raises(MissingFieldError, match=r"saved: field text: no column 'text' \(columns: body\)"):
        import_sources(ws, [path])
    with pytest.raises(NulCharacterRefused, match=r"saved: row 2: field body: NUL character"):
        import_sources(ws, [path], text_field="body")
    assert snapshot(ws.root) == before


@pytest.mark.parametrize("seeded", [False, True])
def test_the_corpus_card_loads_after_an_import_with_metadata(tmp_path: Path, seeded: bool):
    from newsgold.corpus import load_card_dataset
    from newsgold.workspace_init import init_workspace

    repo = Path(__file__).resolve().parents[2]
    init_workspace(tmp_path / "w", seed=Workspace.at(repo) if seeded else None)
    ws = Workspace.at(tmp_path / "w")
    src = tmp_path / "feed.jsonl"
    src.write_text('{"title": "One", "text": "first", "section": "a"}\n{"title": "Two", "text": "second"}\n', encoding="utf-8")
    import_sources(ws, [src])
    ds = load_card_dataset(ws)
    assert ds.num_rows == (4 if seeded else 2)
    assert ds["doc_id"][-2:] == ["one", "two"] and ds["meta"][-2] == {"section": "a"}
    if seeded:
        assert "Two English news articles" in (ws.corpus_dir / "README.md").read_text(encoding="utf-8")
