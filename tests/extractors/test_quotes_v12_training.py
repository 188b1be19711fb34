"""``quotes`` v12's training (v12_training.py, eval/devset/sources/train_v12.py): the shipped
model is what retraining on the dev half writes, byte for byte; the check fails when it is
not; the pairwise rows and the gold matching on invented quotes.  Reads the dev half only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v12 import Ranker
from newsgold.schema import Quote, Source

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval" / "devset" / "sources" / "train_v12.py"


def _script():
    spec = importlib.util.spec_from_file_location("train_v12", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


def test_retraining_reproduces_the_shipped_model_byte_for_byte(script) -> None:
    assert script.MODEL.read_text(encoding="utf-8") == script.trained_text()


def test_the_check_fails_on_a_model_that_differs(script, tmp_path, monkeypatch, capsys) -> None:
    shipped = script.MODEL.read_text(encoding="utf-8")
    changed = tmp_path / "model.json"
    changed.write_text(shipped.replace('"intercept": 0.0', '"intercept": 0.5'), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != shipped
    monkeypatch.setattr(script, "MODEL", changed)
    assert script.main(["--check"]) == 1
    assert "DIFFERS" in capsys.readouterr().out
    # --write refuses to replace it without --overwrite, and leaves it as it was
    assert script.main(["--write"]) == 1
    assert changed.read_text(encoding="utf-8") != shipped
    assert script.main(["--write", "--overwrite"]) == 0 and script.main(["--check"]) == 0
    assert changed.read_text(encoding="utf-8") == shipped


def test_the_check_names_a_scikit_learn_version_difference(script, tmp_path, monkeypatch, capsys) -> None:
    shipped = script.MODEL.read_text(encoding="utf-8")
    other = tmp_path / "model.json"
    other.write_text(shipped.replace(f'"sklearn": "{json.loads(shipped)["sklearn"]}"', '"sklearn": "0.0.1"'), encoding="utf-8")
    monkeypatch.setattr(script, "MODEL", other)
    assert script.main(["--check"]) == 1
    assert "trained with scikit-learn 0.0.1" in capsys.readouterr().out


def _q(content: list[tuple[int, int]], entity: str | None = None) -> Quote:
    return Quote(id="q", type="indirect", content=content, source=Source(None, entity), cue=None)


def test_a_quote_covers_the_gold_quote_it_covers_most() -> None:
    gold = [_q([(0, 10)], "E_A"), _q([(20, 30)], "E_B")]
    assert T.covered_gold(_q([(5, 25)]), gold).source.entity == "E_A"  # 5/10 against 5/10: the first
    assert T.covered_gold(_q([(22, 40)]), gold).source.entity == "E_B"
    assert T.covered_gold(_q([(8, 10)]), gold) is None  # 2 of 10 characters: under 30 %
    assert T.covered_gold(_q([(0, 2), (7, 10)]), gold).source.entity == "E_A"  # fragments add up


def test_the_pairwise_model_ranks_the_gold_candidate_first() -> None:
    # three invented quotes: the gold speaker is the one named in the cue's sentence
    rows = T.Rows([], [], [], [])
    for n, doc in enumerate(["a", "b", "c"]):
        for feats, label in (({"named_same_sentence": 1.0}, 1), ({"prev_speaker": 1.0}, 0), ({"named_prev_para": 1.0}, 0)):
            rows.features.append(feats)
            rows.labels.append(label)
            rows.docs.append(doc)
            rows.quotes.append(n)
    model = T.fit(rows, c=1.0, pairwise=True)
    assert model["intercept"] == 0.0 and model["pairwise"] is True
    assert model["features"] == ["named_prev_para", "named_same_sentence", "prev_speaker"]
    ranker = Ranker(model)
    from newsgold.extractors.quotes.v12_features import Candidate

    cands = [Candidate("E_PREV", {"prev_speaker": 1.0}), Candidate("E_HERE", {"named_same_sentence": 1.0})]
    assert ranker.best(cands).entity == "E_HERE"
    assert T.fit(rows, c=1.0, pairwise=True) == model  # no randomness


def test_folds_group_whole_documents() -> None:
    docs = ["a", "a", "b", "c", "c", "c", "d", "e", "f", "g"]
    folds = T.fold_of(docs, 3)
    assert set(folds) == set(docs) and set(folds.values()) == {0, 1, 2}
