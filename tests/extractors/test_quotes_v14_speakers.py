"""``quotes`` v14's speaker stage (v14_speakers.py, v14_speaker_features.py) and its trainer
(eval/devset/sources/train_v14_speakers.py): on invented texts, with v13's detection, speakers
are the fullest form the text writes for them (a surname's or first name's full name, a name
the analysis cut, a title dropped, an organisation or description as written), with a registry
and without; the shipped model is pinned and what retraining writes, byte for byte.

Where v13's stage gets a text wrong, :func:`test_v13s_stage_gets_these_texts_wrong` says how,
so the checks here are ones v14's keys make pass."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.extractors.base import ExtractorError
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v13_speakers import SpeakerModel, SpeakerStage
from newsgold.extractors.quotes.v14_speakers import SpeakerStageV14
from newsgold.schema import Source

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval" / "devset" / "sources" / "train_v14_speakers.py"
MODEL_SHA256 = "8776ffa97fca4877bc80c60630a3c1f1cf0c890b6a270a250be4d0bca42fcca7"

REGISTRY = [
    {"id": "E_ADAM", "name": "Adam Brandt", "aliases": ["Brandt"], "type": "person"},
    {"id": "E_ZOE", "name": "Zoe Okafor", "aliases": ["Okafor"], "type": "person"},
    {"id": "E_MARK", "name": "Mark Lindqvist", "aliases": ["Lindqvist"], "type": "person"},
    {"id": "E_LOVELY", "name": "Mary E. Lovely", "aliases": ["Lovely"], "type": "person"},
    {"id": "E_JIM", "name": "Jim Bridenstine", "aliases": ["Bridenstine"], "type": "person"},
    {"id": "E_D4CC", "name": "Doctors for Camp Closure", "aliases": [], "type": "organization"},
]
WITH, WITHOUT = {"entities": REGISTRY}, {}
ID = {e["name"]: e["id"] for e in REGISTRY}

INITIAL = (
    'Tariffs hit electronics too, said Mary E. Lovely, a Syracuse University economist. "About a third of imports are covered," she said.\n\n'
    "Lovely said the effect would last.\n\n"
    '"It will take years," Lovely said.\n'
)
FIRST_NAMES = 'Dale Ford and Martha Fry raised him.\n\n"He read everything," Martha said.\n\n"He never slept," Dale said.\n'
TITLE = 'In May, NASA administrator Jim Bridenstine said returning to the moon was necessary.\n\n"We are going," Bridenstine said.\n'
ANALYST = (
    "Brokerage analyst Mark Lindqvist said on Tuesday that the market had misread the results, a view Adam Brandt did not share.\n\n"
    "That leaves room for a rebound, according to the analyst.\n"
)
PRONOUN = 'Mayor Zoe Okafor opened the meeting on Monday.\n\n"When Adam Brandt came to see me, we talked for an hour," she said.\n'
MINISTRIES = (
    'Russia\'s foreign ministry said the move was "another measure that will heighten tensions."\n\n'
    'The French foreign ministry said it "regrets any decision" of the kind.\n'
)
DOCTORS = (
    'Doctors for Camp Closure sent a letter on Monday. "We implore you to allow our physicians to help," the doctors wrote.\n\n'
    "The group said it would return.\n"
)
EMOJI = "🇺🇸 Zoe Okafor 👋, the mayor, spoke first. “We start today 🎉,” Okafor said.\n\n“Nobody waits,” she added.\n"


def _entity(name: str | None, config: dict) -> str | None:
    return ID[name] if name is not None and config and name in ID else name


def _chosen(text: str, config: dict, wrong: dict[int, str | None] | None = None, stage=None) -> list[tuple[str | None, str | None]]:
    """(speaker, the text its span covers) per quote of ``text`` as v13 detects them, chosen by the
    stage after the detection's speaker of quote ``i`` was replaced by ``wrong[i]``."""
    d = QuotesV13(config).detect(Document("invented", text))
    quotes = d.ann.quotes or []
    for i, name in (wrong or {}).items():
        quotes[i] = replace(quotes[i], source=Source(quotes[i].source.span, _entity(name, config)))
    out = (stage or SpeakerStageV14.shipped()).choose(text, quotes, d.found, d.analysis, d.resolver)
    return [(q.source.entity, text[q.source.span[0] : q.source.span[1]] if q.source.span else None) for q in out]


def _speakers(text: str, config: dict, wrong: dict[int, str | None] | None = None, stage=None) -> list[str | None]:
    return [e for e, _span in _chosen(text, config, wrong, stage)]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_name_the_analysis_cut_and_its_later_surname_are_the_full_name(config) -> None:
    assert _speakers(INITIAL, config) == [_entity("Mary E. Lovely", config)] * 4


def test_first_names_alone_are_the_full_names_the_text_wrote() -> None:
    assert _speakers(FIRST_NAMES, WITHOUT) == ["Martha Fry", "Dale Ford"]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_title_before_a_name_is_dropped_and_a_later_surname_is_that_person(config) -> None:
    assert _speakers(TITLE, config) == [_entity("Jim Bridenstine", config)] * 2


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_title_introduced_then_used_alone_is_the_person_named_with_it(config) -> None:
    # "according to the analyst": unresolved by the detection; Adam Brandt is named later, nearer
    assert _speakers(ANALYST, config, {1: None}) == [_entity("Mark Lindqvist", config)] * 2


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_a_pronoun_after_a_name_inside_the_quote_is_the_previous_subject(config) -> None:
    # a detection that took the nearest name (inside the quote) for "she"
    assert _chosen(PRONOUN, config, {0: "Adam Brandt"}) == [(_entity("Zoe Okafor", config), "she")]


def test_organisations_are_named_as_written_not_by_a_name_inside() -> None:
    assert _speakers(MINISTRIES, WITHOUT) == ["Russia's foreign ministry", "the French foreign ministry"]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_an_organisation_named_with_of_or_for_is_one_name_and_the_doctors_refer_back_to_it(config) -> None:
    d4cc = _entity("Doctors for Camp Closure", config)
    assert _chosen(DOCTORS, config) == [(d4cc, "the doctors"), (d4cc, "The group")]


@pytest.mark.parametrize("config", [WITH, WITHOUT], ids=["registry", "no registry"])
def test_spans_are_str_offsets_around_emoji_flags_and_curly_quotes(config) -> None:
    assert _chosen(EMOJI, config) == [(_entity("Zoe Okafor", config), "Okafor"), (_entity("Zoe Okafor", config), "she")]


def test_v13s_stage_gets_these_texts_wrong() -> None:
    # what v14 fixes: a cut name kept, an organisation cut to the name inside it, a bare first
    # name, the doctors' organisation cut to its first word
    v13 = SpeakerStage.shipped()
    assert _speakers(INITIAL, WITHOUT, stage=v13)[0] == "Mary E"
    assert _speakers(MINISTRIES, WITHOUT, stage=v13) == ["Russia", "French"]
    assert _speakers(FIRST_NAMES, WITHOUT, stage=v13) == ["Martha", "Dale"]
    assert _speakers(DOCTORS, WITHOUT, stage=v13) == ["Doctors", "Doctors"]


def test_the_checks_above_fail_for_a_stage_that_ignores_the_text() -> None:
    blind = SpeakerStageV14(SpeakerModel({"format": 1, "features": ["in_content"], "coef": [1.0]}))
    assert _speakers(PRONOUN, WITHOUT, {0: "Adam Brandt"}, blind) == ["Adam Brandt"]


def test_the_stage_refuses_quotes_and_found_lists_of_different_lengths() -> None:
    d = QuotesV13({}).detect(Document("invented", PRONOUN))
    with pytest.raises(ExtractorError, match="1 quotes but 0 found"):
        SpeakerStageV14.shipped().choose(PRONOUN, d.ann.quotes or [], [], d.analysis, d.resolver)


def test_v13_runs_with_this_stage_through_its_stage_argument() -> None:
    assert isinstance(SpeakerStageV14.shipped(), SpeakerStage)  # what QuotesV13(stage=...) is typed to take
    ann = QuotesV13({}, stage=SpeakerStageV14.shipped()).extract(Document("invented", MINISTRIES))
    assert [q.source.entity for q in ann.quotes or []] == ["Russia's foreign ministry", "the French foreign ministry"]


# -- the model file and the trainer ------------------------------------------------------------------


def test_the_shipped_model_is_pinned_and_has_no_rule_features() -> None:
    raw = resources.files("newsgold.data").joinpath("quotes_v14_speakers.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == MODEL_SHA256, "the v14 speaker model changed: retrain deliberately and re-pin"
    features = json.loads(raw)["features"]
    assert features and not any(name.startswith("rule_") for name in features)


def _script():
    spec = importlib.util.spec_from_file_location("train_v14_speakers", SCRIPT)
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


def test_the_training_list_refuses_a_document_outside_dev_and_more3(tmp_path) -> None:
    from newsgold.extractors.quotes.v14_speakers_training import training_set

    listed = json.loads((SCRIPT.parent / "train_v14_speakers_docs.json").read_text(encoding="utf-8"))
    bad = tmp_path / "docs.json"
    bad.write_text(json.dumps([listed[0], "not-a-dev-document"]), encoding="utf-8")
    with pytest.raises(NewsgoldError, match=r"docs.json: item \[1\] 'not-a-dev-document': not in the dev or more3 split"):
        training_set(SCRIPT.parents[1], bad)
