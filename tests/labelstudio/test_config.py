"""The generated labeling config: valid XML, accepted by the SDK, offering every label and choice."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab, config_for, labeling_config
from newsgold.schema import CLAIM_KINDS, LAYERS, QUOTE_TYPES, STANCE_LABELS
from newsgold.workspace import Workspace


@pytest.fixture(scope="module")
def xml() -> str:
    return labeling_config(Workspace.find().entities, Workspace.find().targets)


@pytest.fixture(scope="module")
def interface(xml: str):
    from label_studio_sdk.label_interface import LabelInterface

    return LabelInterface(xml)


def test_config_is_xml_with_pre_wrap_text(xml: str) -> None:
    root = ET.fromstring(xml)
    assert root.tag == "View"
    text = next(root.iter("Text"), None)
    assert text is not None and text.get("name") == "text" and text.get("value") == "$text"
    assert "white-space: pre-wrap" in root.find("Style").text


def test_sdk_parses_and_validates(interface) -> None:
    interface.validate()  # schema, unique names, toName references
    assert interface.get_control(C.SPAN).labels == list(C.SPAN_LABELS)


def test_per_region_controls(interface) -> None:
    entity_ids = [e.id for e in Workspace.find().entities]
    expected = {
        C.QUOTE_TYPE: (C.QUOTE, list(QUOTE_TYPES)),
        C.SPEAKER: (C.QUOTE, entity_ids),
        C.CLAIM_KIND: (C.CLAIM, list(CLAIM_KINDS)),
        C.CHECKWORTHY: (C.CLAIM, ["yes", "no"]),
        C.CLAIMANT: (C.CLAIM, entity_ids),
    }
    for name, (label, values) in expected.items():
        control = interface.get_control(name)
        assert control.attr["perRegion"] == "true"
        assert control.conditionals == {"type": "label", "name": label}
        assert control.labels == values
    for name, label in ((C.SPEAKER_TEXT, C.QUOTE), (C.CLAIMANT_TEXT, C.CLAIM)):
        control = interface.get_control(name)
        assert control.tag == "TextArea" and control.attr["perRegion"] == "true"
        assert control.conditionals == {"type": "label", "name": label}


def test_relations_and_document_level_controls(xml: str, interface) -> None:
    root = ET.fromstring(xml)
    assert [r.get("value") for r in root.iter("Relation")] == list(C.RELATION_LABELS)
    assert interface.get_control(C.NOT_ANNOTATED).labels == list(LAYERS)
    assert interface.get_control(C.STANCE_OTHER).tag == "TextArea"
    for target in Workspace.find().targets:
        for label in STANCE_LABELS:  # per target and label, the document's holders (a dynamic choice list from the task)
            control = interface.get_control(C.cell_name(target.id, label))
            assert control.attr["value"] == f"${C.STANCE_HOLDERS}" and control.attr["choice"] == "multiple"
            assert control.labels == [] and "perRegion" not in control.attr


def test_bare_ids_and_no_registry() -> None:
    from label_studio_sdk.label_interface import LabelInterface

    LabelInterface(labeling_config(["E_A", "E_B"], ["T_1"])).validate()
    empty = config_for(Vocab())  # no entity choices at all: free text only
    LabelInterface(empty).validate()
    assert 'name="speaker"' not in empty and 'name="speaker_text"' in empty


def test_ambiguous_stance_names_are_refused() -> None:
    with pytest.raises(ValueError, match="ambiguous"):
        labeling_config(["A__B", "A"], ["B__C", "C"])


# ----------------------------------------------------------------------------- what an annotator sees


def test_nothing_is_required_per_region(xml: str) -> None:
    """Label Studio checks ``required`` on every region of the label: a multi-fragment item could
    not be saved without its attributes on each fragment.  The pull checks an item's attributes."""
    assert 'required="' not in xml


def test_entity_choices_show_names_and_store_ids(xml: str) -> None:
    root = ET.fromstring(xml)
    speaker = next(c for c in root.iter("Choices") if c.get("name") == C.SPEAKER)
    shown = {c.get("alias"): c.get("value") for c in speaker.iter("Choice")}
    names = {e.id: e.name for e in Workspace.find().entities}
    assert shown == names


def test_prediction_only_controls_are_hidden(xml: str) -> None:
    root = ET.fromstring(xml)
    hidden = [v for v in root.iter("View") if v.get("style") == C.HIDDEN]
    inside = {el.get("name") for v in hidden for el in v.iter() if el.get("name")}
    assert {C.NOT_ANNOTATED, C.STANCE_OTHER, C.SPEAKER_TEXT, C.CLAIMANT_TEXT, C.CLAIM_QUOTE_ID} <= inside
    side = next(v for v in root.iter("View") if v.get("idAttr") == "ng-side")
    visible = {el.get("name") for el in side.iter() if el.get("name")} - inside
    assert {C.QUOTE_TYPE, C.SPEAKER, C.CLAIM_KIND, C.CHECKWORTHY, C.CLAIMANT, "stances__T_NEGOTIATE__favor"} <= visible


def test_stance_holders_leave_out_the_voice_entities() -> None:
    """Guidelines §8.1: the voice entity is never a stance holder (its stance is ``@document``)."""
    ws = Workspace.find()
    vocab = Vocab.of_workspace(ws)
    assert vocab.voices == {"E_UNNAMED_PUBLISHER", "E_AMIN_ZADEH"}
    # relay outlets (ISNA in "…, ISNA reported"): outlets the gold never has as a source or holder
    assert vocab.relays == {"E_ISNA", "E_IRAN_PRESS"}
    assert set(vocab.holder_ids) == {e.id for e in ws.entities} - vocab.voices - vocab.relays
    assert "E_AL_JARIDA" in vocab.holder_ids  # an outlet reporting on its own (the source of a gold quote)


def test_ls_config_prints_what_a_push_sends() -> None:
    from typer.testing import CliRunner

    from newsgold.cli import app

    result = CliRunner().invoke(app, ["ls", "config"])
    assert result.exit_code == 0, result.output
    assert result.output == config_for(Vocab.of_workspace(Workspace.find()))


def test_an_outlet_that_becomes_a_source_is_a_holder_again(data_root) -> None:
    """Eligibility comes from the registry's type and the gold, not from names: ISNA as the source
    of a quote of its own is offered as a holder."""
    import dataclasses

    from newsgold.schema import dumps_doc
    from newsgold.store import load_annotations

    ws = Workspace.find()
    gold = load_annotations(ws.gold_dir, ws.context())
    doc_id, doc = next((k, d) for k, d in gold.items() if d.quotes)
    quote = dataclasses.replace(doc.quotes[0], source=dataclasses.replace(doc.quotes[0].source, entity="E_ISNA"))
    (ws.gold_dir / f"{doc_id}.json").write_text(dumps_doc(dataclasses.replace(doc, quotes=[quote, *doc.quotes[1:]])), encoding="utf-8")
    vocab = Vocab.of_workspace(Workspace.find())
    assert vocab.relays == {"E_IRAN_PRESS"} and "E_ISNA" in vocab.holder_ids


def test_the_stance_block_is_a_row_per_label_for_each_target() -> None:
    vocab = Vocab.of_workspace(Workspace.find())
    root = ET.fromstring(config_for(vocab))
    grids = [v for v in root.iter("View") if "grid" in (v.get("style") or "")]
    assert len(grids) == len(vocab.targets)
    for target, grid in zip(vocab.target_ids, grids, strict=True):
        cells = list(grid)
        assert [c.get("value") for c in cells[0::2]] == list(STANCE_LABELS)  # the row titles
        assert [c.get("name") for c in cells[1::2]] == [C.cell_name(target, label) for label in STANCE_LABELS]
    assert "E_KHATIBZADEH" not in ET.tostring(next(v for v in root.iter("View") if v.get("idAttr") == "ng-stance"), encoding="unicode")


def test_items_show_their_id_in_the_regions_list(xml: str) -> None:
    """Two claims on one span are told apart in the Regions list: each item's first fragment
    carries its id in a per-region box shown there (displayMode region-list)."""
    from newsgold.labelstudio.convert import doc_to_results
    from newsgold.store import load_annotations

    [box] = [el for el in ET.fromstring(xml).iter("TextArea") if el.get("name") == C.ITEM_REF]
    assert (box.get("perRegion"), box.get("displayMode")) == ("true", "region-list")
    ws = Workspace.find()
    vocab = Vocab.of_workspace(ws)
    for doc_id, gold in load_annotations(ws.gold_dir, ws.context()).items():
        results = doc_to_results(gold, ws.documents[doc_id].text, vocab)
        shown = {r["id"]: r["value"]["text"] for r in results if r.get("from_name") == C.ITEM_REF}
        assert shown == {item.id: [item.id] for item in [*gold.quotes, *gold.claims]}
