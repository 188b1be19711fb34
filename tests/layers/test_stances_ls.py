"""The stances layer in Label Studio: each document offers its own holders; the pull keeps the order exactly."""

from __future__ import annotations

import pytest

from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.convert import ResultsError, doc_to_results, results_to_doc, task_data
from newsgold.layers.stances_ls import document_holders, holder_order
from newsgold.schema import DOCUMENT_HOLDER, DocAnnotation, Entity, Quote, Source, Stance, Target
from newsgold.workspace import Workspace

ENTITIES = (
    Entity("E_ZARIF", "Mohammad Javad Zarif", ("Zarif",), "person"),
    Entity("E_TRUMP", "Donald Trump", ("Trump",), "person"),
    Entity("E_ROUHANI", "Hassan Rouhani", ("Rouhani",), "person"),
    Entity("E_PAPER", "The Paper", (), "outlet"),
)
VOCAB = Vocab(ENTITIES, (Target("T_1", "one"), Target("T_2", "two")), voices=frozenset({"E_PAPER"}))
TEXT = "Trump said talks are on. Zarif denied it: “No talks,” the minister said. Trumpism is not Rouhani."


def test_a_document_offers_its_own_voice_then_the_entities_it_names_or_quotes() -> None:
    quoted = DocAnnotation("d", quotes=[Quote("q1", "direct", [(43, 51)], Source((55, 67), "E_ROUHANI"), (68, 72))], claims=[], stances=[])
    assert document_holders(TEXT, VOCAB, []) == [
        DOCUMENT_HOLDER,
        "E_TRUMP",
        "E_ZARIF",
        "E_ROUHANI",
    ]  # first mention; "Trumpism" is no mention
    assert document_holders(TEXT, VOCAB, [quoted])[:2] == [DOCUMENT_HOLDER, "E_ROUHANI"]  # a speaker comes before the names
    assert document_holders("Nobody is named.", VOCAB, []) == [DOCUMENT_HOLDER]
    assert "E_PAPER" not in document_holders("The Paper says so.", VOCAB, [])  # a voice entity never holds a stance (§8.1)


def test_the_holders_of_the_pushed_stances_come_first_in_their_order() -> None:
    doc = DocAnnotation("d", quotes=[], claims=[], stances=[Stance(DOCUMENT_HOLDER, "T_2", "neutral"), Stance("E_ZARIF", "T_1", "against")])
    data = task_data(TEXT, VOCAB, [doc])
    assert data[C.STANCE_HOLDERS][:3] == [
        {"value": "The article's own voice", "alias": DOCUMENT_HOLDER},
        {"value": "Mohammad Javad Zarif", "alias": "E_ZARIF"},
        {"value": "Donald Trump", "alias": "E_TRUMP"},
    ]
    assert holder_order(data, VOCAB) == [DOCUMENT_HOLDER, "E_ZARIF", "E_TRUMP", "E_ROUHANI"]
    assert holder_order({}, VOCAB) == [DOCUMENT_HOLDER, "E_ZARIF", "E_TRUMP", "E_ROUHANI"]  # an older task: the project's holders


@pytest.mark.parametrize(
    "stances",
    [
        [Stance(DOCUMENT_HOLDER, "T_1", "against"), Stance("E_ZARIF", "T_1", "against"), Stance("E_ZARIF", "T_2", "favor")],
        [Stance("E_ZARIF", "T_2", "favor"), Stance("E_ZARIF", "T_1", "against")],  # another order: kept, in the hidden JSON lines
        [Stance("E_ZARIF", "T_1", "favor", 0.5)],  # a score: kept too
        [Stance("Some pundit", "T_1", "favor")],  # a holder outside the registry
    ],
)
def test_stances_round_trip_exactly(stances: list[Stance]) -> None:
    doc = DocAnnotation("d", quotes=[], claims=[], stances=stances)
    data = task_data(TEXT, VOCAB, [doc])
    results = doc_to_results(doc, TEXT, VOCAB, data)
    assert results_to_doc("d", TEXT, results, VOCAB, data=data).stances == stances


def test_the_lists_carry_the_holders_of_each_label() -> None:
    doc = DocAnnotation("d", quotes=[], claims=[], stances=[Stance(DOCUMENT_HOLDER, "T_1", "against"), Stance("E_TRUMP", "T_1", "against")])
    results = doc_to_results(doc, TEXT, VOCAB, task_data(TEXT, VOCAB, [doc]))
    assert [(r["from_name"], r["value"]) for r in results] == [
        (C.STANCE_ORDER, {"text": ['["@document", "E_TRUMP"]']}),  # hidden: the annotation's holder order
        (C.cell_name("T_1", "against"), {"choices": [DOCUMENT_HOLDER, "E_TRUMP"]}),
    ]


def test_two_annotations_of_one_task_keep_their_own_holder_order() -> None:
    """One task (one holder list), two annotators listing holders in other orders: each pulls as pushed."""
    a = DocAnnotation("d", quotes=[], claims=[], stances=[Stance("E_ZARIF", "T_1", "against"), Stance("E_TRUMP", "T_1", "favor")])
    b = DocAnnotation("d", quotes=[], claims=[], stances=[Stance("E_TRUMP", "T_1", "favor"), Stance("E_ZARIF", "T_2", "against")])
    data = task_data(TEXT, VOCAB, [b])  # the list of the last push
    for doc in (a, b):
        results = doc_to_results(doc, TEXT, VOCAB, data)
        assert not any(r.get("from_name") == C.STANCE_OTHER for r in results)
        assert results_to_doc("d", TEXT, results, VOCAB, data=data).stances == doc.stances
    ticked = [r for r in doc_to_results(a, TEXT, VOCAB, data) if r.get("from_name") != C.STANCE_ORDER]  # as if drawn in the editor
    assert [s.holder for s in results_to_doc("d", TEXT, ticked, VOCAB, data=data).stances] == ["E_TRUMP", "E_ZARIF"]  # the task's order


def test_one_holder_ticked_for_two_labels_on_a_target_is_a_problem() -> None:
    data = task_data(TEXT, VOCAB, [])
    results = [
        {"id": "a", "from_name": C.cell_name("T_1", "favor"), "to_name": "text", "type": "choices", "value": {"choices": ["E_ZARIF"]}},
        {"id": "b", "from_name": C.cell_name("T_1", "against"), "to_name": "text", "type": "choices", "value": {"choices": ["E_ZARIF"]}},
    ]
    with pytest.raises(ResultsError, match="E_ZARIF is ticked as both favor and against on T_1"):
        results_to_doc("d", TEXT, results, VOCAB, data=data)


def test_the_corpus_documents_offer_different_holders() -> None:
    ws = Workspace.find()
    vocab = Vocab.of_workspace(ws)
    offered = {d: document_holders(doc.text, vocab, []) for d, doc in ws.documents.items()}
    assert len({tuple(sorted(h)) for h in offered.values()}) == len(offered) > 1
    for holders in offered.values():
        assert holders[0] == DOCUMENT_HOLDER and set(holders[1:]) <= set(vocab.holder_ids)


def test_results_of_the_older_grid_still_pull() -> None:
    """Projects made before the per-document lists hold one single choice per (holder, target)."""
    grid = [
        {"id": n, "from_name": n, "to_name": "text", "type": "choices", "value": {"choices": [label]}}
        for n, label in ((C.stance_control_name(DOCUMENT_HOLDER, "T_2"), "favor"), (C.stance_control_name("E_ZARIF", "T_1"), "against"))
    ]
    assert results_to_doc("d", TEXT, grid, VOCAB).stances == [Stance(DOCUMENT_HOLDER, "T_2", "favor"), Stance("E_ZARIF", "T_1", "against")]
