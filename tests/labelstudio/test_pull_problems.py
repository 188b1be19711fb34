"""A Label Studio pull lists every problem in one pass: the object checks (overlapping
fragments, references) run even when the conversion found problems of its own, each problem
naming task, annotation and region (or item)."""

from __future__ import annotations

from tests.labelstudio.test_convert import MINI, SYNTH_VOCAB, find, mini_results

from newsgold.labelstudio import config as C
from newsgold.labelstudio.convert import ResultsError, results_to_doc
from newsgold.labelstudio.pull import collect


def _overlapping_fragment(results: list[dict]) -> None:
    """A second Quote region overlapping q1, related to it as a fragment."""
    value = {"start": 12, "end": 20, "text": MINI[12:20], "labels": ["Quote"]}
    results.append({"id": "q1:x", "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels", "value": value})
    results.append({"type": "relation", "from_id": "q1:x", "to_id": "q1", "direction": "right", "labels": ["fragment"]})


def _several_kinds() -> list[dict]:
    results = mini_results()
    _overlapping_fragment(results)
    find(results, "q1:cue")["value"]["labels"] = ["Speaker"]  # unknown label
    find(results, "c1")["value"]["start"] = "10"  # not an integer
    results.append({"type": "relation", "from_id": "ghost", "to_id": "q1", "direction": "right"})  # dangling
    return results


def test_overlap_is_reported_with_the_other_problem_kinds():
    try:
        results_to_doc("mini", MINI, _several_kinds(), SYNTH_VOCAB, task_id=41, annotation_id=7)
    except ResultsError as e:
        problems = e.problems
    else:
        raise AssertionError("accepted")
    text = [str(p) for p in problems]
    assert all(p.file == "label studio task 41 (mini)" and (p.item or "").startswith("annotation 7") for p in problems)
    assert any("unknown label 'Speaker'" in t and "region q1:cue" in t for t in text), text
    assert any("offsets must be integers" in t and "region c1" in t for t in text), text
    assert any("'ghost' is not a labeled region" in t for t in text), text
    overlap = [p for p in problems if "overlap" in p.message]
    assert len(overlap) == 1, text
    assert overlap[0].item == 'annotation 7 quote "q1"' and overlap[0].field == "quotes[0].content[1]"


def test_pull_lists_every_task_and_every_kind_in_one_pass():
    docs = {"mini": __import__("newsgold.corpus", fromlist=["Document"]).Document("mini", MINI)}
    ok = {"id": 8, "completed_by": {"email": "b@x"}, "result": mini_results()}
    overlap_only = mini_results()
    _overlapping_fragment(overlap_only)
    tasks = [
        {
            "id": 41,
            "data": {"doc_id": "mini", "text": MINI},
            "annotations": [{"id": 7, "completed_by": {"email": "a@x"}, "result": _several_kinds()}, ok],
        },
        {
            "id": 42,
            "data": {"doc_id": "mini", "text": MINI},
            "annotations": [{"id": 9, "completed_by": {"email": "c@x"}, "result": overlap_only}],
        },
    ]
    try:
        collect(tasks, docs, SYNTH_VOCAB)
    except ResultsError as e:
        problems = e.problems
    else:
        raise AssertionError("accepted")
    overlaps = sorted((p.file, p.item) for p in problems if "overlap" in p.message)
    # each named with its annotator too: in a team, "annotation 7" alone did not say whose work to fix
    assert overlaps == [
        ("label studio task 41 (mini)", 'annotation 7 by a@x quote "q1"'),
        ("label studio task 42 (mini)", 'annotation 9 by c@x quote "q1"'),
    ]
    assert len(problems) >= 5 and all((p.item or "").startswith(("annotation 7 by a@x ", "annotation 9 by c@x ")) for p in problems)
    assert any(str(p).startswith("label studio task 41 (mini): annotation 7 by a@x region q1:cue: ") for p in problems)


def test_an_annotation_missing_its_result_or_annotator_is_a_problem_not_an_empty_pull():
    """An export edited by hand or cut short: without ``result`` the pull wrote an empty annotation
    (with --write-gold an empty gold); without ``completed_by`` a pass named ``user-None``."""
    docs = {"mini": __import__("newsgold.corpus", fromlist=["Document"]).Document("mini", MINI)}
    task = {"id": 41, "data": {"doc_id": "mini", "text": MINI}}
    cases = {"result": {"id": 7, "completed_by": {"email": "a@x"}}, "completed_by": {"id": 8, "result": mini_results()}}
    for field, item in cases.items():
        try:
            collect([{**task, "annotations": [item]}], docs, SYNTH_VOCAB)
        except ResultsError as e:
            assert [(p.file, p.item, p.field) for p in e.problems] == [("label studio task 41 (mini)", f"annotation {item['id']}", field)]
        else:
            raise AssertionError(f"an annotation without {field} was pulled")
    pulled = collect([{**task, "annotations": [{"id": 9, "completed_by": {"email": "a@x"}, "result": []}]}], docs, SYNTH_VOCAB)
    assert list(pulled.sets) == ["a@x"]  # an empty result is an annotation that marks nothing
