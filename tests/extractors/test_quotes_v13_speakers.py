"""``quotes`` v13's speaker stage (v13_speakers.py, v13_speaker_features.py) and its trainer
(eval/devset/sources/train_v13_speakers.py): on invented texts, quotes whose detection resolved
the speaker wrongly (or not at all) get it back from the text around them, with and without a
registry; the shipped model is what retraining on the dev half writes, byte for byte; a
malformed model file is refused with its field named.

In each text the wrong entity sorts first (ids and names alike), so that a stage that fell back
on entity order, or followed the detection, would fail."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors.base import ExtractorError
from newsgold.extractors.quotes.v13_speakers import SpeakerModel, SpeakerStage
from newsgold.extractors.quotes.v13_speakers_training import StagedQuotes, V12Detection
from newsgold.schema import Source

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval" / "devset" / "sources" / "train_v13_speakers.py"

REGISTRY = [
    {"id": "E_ADAM", "name": "Adam Brandt", "aliases": ["Brandt"], "type": "person"},
    {"id": "E_ZOE", "name": "Zoe Okafor", "aliases": ["Okafor"], "type": "person"},
    {"id": "E_MARK", "name": "Mark Lindqvist", "aliases": ["Lindqvist"], "type": "person"},
]
WITH, WITHOUT = {"entities": REGISTRY}, {}
ID = {"Adam Brandt": "E_ADAM", "Zoe Okafor": "E_ZOE", "Mark Lindqvist": "E_MARK"}

PRONOUN = 'Mayor Zoe Okafor opened the meeting on Monday.\n\n"When Adam Brandt came to see me, we talked for an hour," she said.\n'
TITLE = (
    "Brokerage analyst Mark Lindqvist said on Tuesday that the market had misread the results, a view Adam Brandt did not share.\n\n"
    "That leaves room for a rebound, according to the analyst.\n"
)
CONTINUATION = (
    '"We will rebuild the bridge before winter," said Zoe Okafor, the mayor.\n\n'
    '"Nobody should have to drive two hours to reach the hospital."\n\n'
    "Adam Brandt, who runs the ferry, said the delay had cost him customers.\n"
)


def _entity(name: str | None, config: dict) -> str | None:
    return ID[name] if name is not None and config else name


def _chosen(text: str, config: dict, wrong: dict[int, str | None], stage: SpeakerStage | None = None) -> list[str | None]:
    """The stage's speakers for v12's quotes of ``text`` after the detection's speaker of
    quote ``i`` was replaced by ``wrong[i]`` (a name as written, or None)."""
    d = V12Detection(config).detect(Document("invented", text))
    quotes = d.ann.quotes or []
    for i, name in wrong.items():
        quotes[i] = replace(quotes[i], source=Source(quotes[i].source.span, _entity(name, config)))
    out = (stage or SpeakerStage()).choose(text, quotes, d.found, d.analysis, d.resolver)
    return [q.source.entity for q in out]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_pronoun_after_a_name_inside_the_quote_is_the_previous_subject(config) -> None:
    # a detection that took the nearest name (inside the quote) for "she"
    assert _chosen(PRONOUN, config, {0: "Adam Brandt"}) == [_entity("Zoe Okafor", config)]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_title_speaker_is_the_person_named_with_that_role(config) -> None:
    # "according to the analyst": unresolved by the detection; Adam Brandt is named later, nearer
    chosen = _chosen(TITLE, config, {1: None})
    assert chosen == [_entity("Mark Lindqvist", config), _entity("Mark Lindqvist", config)]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_continuation_paragraph_keeps_the_previous_speaker(config) -> None:
    chosen = _chosen(CONTINUATION, config, {1: None})
    assert chosen == [_entity("Zoe Okafor", config), _entity("Zoe Okafor", config), _entity("Adam Brandt", config)]


def test_a_continuation_follows_the_stages_own_choice_of_the_quote_before() -> None:
    # the detection got the first quote wrong and carried it over; the stage corrects both
    text = '"We will rebuild the bridge before winter," said Zoe Okafor.\n\n"Nobody should have to drive two hours."\n'
    assert _chosen(text, WITHOUT, {0: "Adam Brandt", 1: "Adam Brandt"}) == ["Zoe Okafor", "Zoe Okafor"]


def test_the_checks_above_fail_for_a_stage_that_ignores_the_text() -> None:
    blind = SpeakerStage(SpeakerModel({"format": 1, "features": ["in_content"], "coef": [1.0]}))
    assert _chosen(PRONOUN, WITHOUT, {0: "Adam Brandt"}, blind) == ["Adam Brandt"]


def test_without_a_registry_speakers_are_the_fullest_names_as_written() -> None:
    text = 'Zoe Okafor, the mayor, opened the meeting.\n\n"We start today," Okafor said.\n'
    ann = StagedQuotes({}).extract(Document("invented", text))
    assert [q.source.entity for q in ann.quotes or []] == ["Zoe Okafor"]
    ann = StagedQuotes(WITH).extract(Document("invented", text))
    assert [q.source.entity for q in ann.quotes or []] == ["E_ZOE"]


def test_the_stage_refuses_quotes_and_found_lists_of_different_lengths() -> None:
    d = V12Detection({}).detect(Document("invented", PRONOUN))
    with pytest.raises(ExtractorError, match="1 quotes but 0 found"):
        SpeakerStage().choose(PRONOUN, d.ann.quotes or [], [], d.analysis, d.resolver)


# -- the model file -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "expected a JSON object"),
        ('{"format": 1, "features": ["a"]}', "missing field 'coef'"),
        ('{"format": 2, "features": [], "coef": []}', "field 'format': expected 1"),
        ('{"format": 1, "features": ["a", "b"], "coef": [1.0]}', "field 'coef': expected a list of 2 numbers"),
        ('{"format": 1, "features": ["a"], "coef": ["x"]}', r"field 'coef' item \[0\] \(a\)"),
        ('{"format": 1,\n "features": [}', "line 2: not valid JSON"),
    ],
)
def test_a_malformed_model_file_is_refused_naming_the_file_and_field(tmp_path, content, message) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExtractorError, match=message) as err:
        SpeakerModel.load(path)
    assert str(path) in str(err.value)


def test_the_shipped_model_loads_and_has_no_rule_features() -> None:
    model = SpeakerStage().model
    assert model.weights and not any(f.startswith("rule_") for f in model.weights)


# -- the trainer ------------------------------------------------------------------------------------


def _script():
    spec = importlib.util.spec_from_file_location("train_v13_speakers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    pytest.importorskip("sklearn")
    return _script()


def test_retraining_reproduces_the_shipped_model_byte_for_byte(script) -> None:
    assert script.MODEL.read_text(encoding="utf-8") == script.trained_text()


def test_the_check_fails_on_a_model_that_differs_and_write_refuses_to_overwrite(script, tmp_path, capsys) -> None:
    shipped = script.MODEL.read_text(encoding="utf-8")
    model = json.loads(shipped)
    model["coef"][0] += 0.5
    changed = tmp_path / "model.json"
    changed.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert script.main(["--check", "--out", str(changed)]) == 1
    assert "DIFFERS" in capsys.readouterr().out
    assert script.main(["--write", "--out", str(changed)]) == 1
    assert changed.read_text(encoding="utf-8") != shipped
    assert script.main(["--write", "--overwrite", "--out", str(changed)]) == 0
    assert changed.read_text(encoding="utf-8") == shipped
