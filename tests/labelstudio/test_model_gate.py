"""The pre-annotation gate: a model's F1 on the workspace gold against ``--min-f1``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.corpus import Document
from newsgold.extractors import extract_many, resolve
from newsgold.labelstudio.model_gate import ModelRefused, check_model, gold_f1
from newsgold.labelstudio.server import find_free_port
from newsgold.schema import DocAnnotation
from newsgold.scoring.corpus import score_corpus
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Silent:
    """Predicts no quote at all: F1 0 on a gold with quotes."""

    name: str = "silent"
    version: str = "1"
    layers: tuple[str, ...] = ("quotes",)

    def extract(self, document: Document) -> DocAnnotation:
        return DocAnnotation(doc_id=document.doc_id, quotes=[])


def test_gold_f1_is_the_scoring_engines_figure() -> None:
    ws = Workspace.at(REPO)
    extractor = resolve("quotes-direct")
    measured = gold_f1(extractor, ws)
    gold = load_annotations(ws.gold_dir, ws.context())
    preds = {a.doc_id: a for a in extract_many(extractor, [ws.documents[d] for d in sorted(gold)])}
    expected = score_corpus(gold, preds, ws.documents, entities=ws.entities).micro["quotes.content.exact.f1"]
    assert measured.f1 == {"quotes.content.exact.f1": expected}
    assert measured.n_docs == len(gold) and 0 < expected < 1


def test_a_model_below_the_threshold_is_refused_unless_forced() -> None:
    ws = Workspace.at(REPO)
    with pytest.raises(ModelRefused, match=r"silent@1 is below --min-f1 0.5 .*quotes.content.exact.f1 = 0.000.*--force"):
        check_model(Silent(), ws, 0.5)
    assert check_model(Silent(), ws, 0.5, force=True).f1 == {"quotes.content.exact.f1": 0.0}
    assert check_model(resolve("quotes@4"), ws, 0.5).f1["quotes.content.exact.f1"] >= 0.5
    measured = check_model(resolve("quotes-direct"), ws, 0.0)
    assert not math.isnan(measured.f1["quotes.content.exact.f1"])


def test_no_gold_to_measure_on_is_refused(data_root: Path) -> None:
    for f in (data_root / "annotations/gold").glob("*.json"):
        f.unlink()
    with pytest.raises(ModelRefused, match=r"no gold in .* to measure silent@1 on"):
        check_model(Silent(), Workspace.at(data_root), 0.5)


def test_annotate_refuses_a_weak_model_before_starting_anything(data_root: Path, tmp_path: Path) -> None:
    argv = ["annotate", "--port", str(find_free_port()), "--data-dir", str(tmp_path / "d"), "--model", "quotes-direct", "--min-f1", "0.9"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 1 and "quotes-direct@1 is below --min-f1 0.9" in result.output, result.output
    assert not (tmp_path / "d").exists()
