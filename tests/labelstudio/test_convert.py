"""DocAnnotation <-> Label Studio results: lossless round trips and pull-side errors (no server)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab, config_for
from newsgold.labelstudio.convert import ResultsError, doc_to_results, results_to_doc, task_data
from newsgold.schema import DOCUMENT_HOLDER, Claim, DocAnnotation, Quote, Source, Stance
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
PREDICTIONS = REPO / "eval/runs/baseline/quotes-v2/predictions.jsonl"


def wire(results: list) -> list:
    """What comes back from a server: the same JSON, decoded again."""
    return json.loads(json.dumps(results, ensure_ascii=False))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {doc_id: d.text for doc_id, d in Workspace.find().documents.items()}


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return Vocab.of_workspace(Workspace.find())


@pytest.fixture(scope="module")
def interface(vocab: Vocab):
    from label_studio_sdk.label_interface import LabelInterface

    return LabelInterface(config_for(vocab))


# ----------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("doc_id", sorted(load_annotations(Workspace.find().gold_dir, Workspace.find().context())))
def test_gold_round_trip_identical(doc_id: str, texts, vocab, interface) -> None:
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())[doc_id]
    data = task_data(texts[doc_id], vocab, [gold])  # the task's fields: the document's stance holders
    results = doc_to_results(gold, texts[doc_id], vocab, data)
    assert interface.validate_annotation({"result": results})
    assert not interface.validate_prediction({"result": results}, return_errors=True)
    back = results_to_doc(doc_id, texts[doc_id], wire(results), vocab, task_id=1, annotation_id=2, strict=True, data=data)
    assert back == gold
    assert back.to_dict() == gold.to_dict()
    assert doc_to_results(back, texts[doc_id], vocab, data) == results  # stable ids: pushes are idempotent
    assert not any(r.get("from_name") == C.STANCE_OTHER for r in results)  # the gold's stances are all shown to annotators


def test_gold_uses_fragments_shared_sources_and_claim_links(texts, vocab) -> None:
    gold = load_annotations(Workspace.find().gold_dir, Workspace.find().context())["alleged-negotiation-domestic-propaganda"]
    results = doc_to_results(gold, texts[gold.doc_id], vocab)
    by_id = {(r.get("id"), r.get("from_name")): r for r in results if r["type"] != "relation"}
    relations = [(r["from_id"], r["to_id"], r["labels"][0]) for r in results if r["type"] == "relation"]
    # c5 has two fragments: head region "c5" plus "c5:2" related to it
    assert by_id[("c5:2", C.SPAN)]["value"]["start"] == 556
    assert ("c5:2", "c5", C.REL_FRAGMENT) in relations
    # q1 and q2 share one source span: one Source region, related to both quotes
    assert ("q1:source", "q1", C.REL_SOURCE) in relations and ("q1:source", "q2", C.REL_SOURCE) in relations
    assert ("q2:source", C.SPAN) not in by_id
    assert ("c1", "q1", C.REL_CLAIM) in relations
    assert by_id[("q1", C.SPEAKER)]["value"]["choices"] == ["E_KHATIBZADEH"]


def _with_scores(tmp_path: Path) -> dict[str, DocAnnotation]:
    """The quotes-v2 run's predictions (claims and stances absent) with a score on every quote."""
    lines = []
    for n, line in enumerate(PREDICTIONS.read_text(encoding="utf-8").splitlines()):
        raw = json.loads(line)
        for i, q in enumerate(raw["quotes"]):
            q["score"] = round(0.05 + (i * 37 + n * 11) % 90 / 100, 4)
        raw["quotes"][0]["score"] = 1  # an int score stays an int
        lines.append(json.dumps(raw))
    path = tmp_path / "scored.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_annotations(path, Workspace.find().context())


def test_prediction_round_trip_scores_and_absent_layers(tmp_path, texts, vocab, interface) -> None:
    preds = _with_scores(tmp_path)
    for doc_id, pred in preds.items():
        assert pred.claims is None and pred.stances is None
        results = doc_to_results(pred, texts[doc_id], vocab)
        assert not interface.validate_prediction({"result": results}, return_errors=True)
        marker = [r for r in results if r.get("from_name") == C.NOT_ANNOTATED]
        assert marker and marker[0]["value"]["choices"] == ["claims", "stances"]
        back = results_to_doc(doc_id, texts[doc_id], wire(results), vocab, what="prediction", meta=pred.meta)
        assert back == pred and back.to_dict() == pred.to_dict()
        assert back.quotes[0].score == 1 and isinstance(back.quotes[0].score, int)


def test_prediction_file_as_committed(texts, vocab) -> None:
    for doc_id, pred in load_annotations(PREDICTIONS, Workspace.find().context()).items():
        back = results_to_doc(doc_id, texts[doc_id], wire(doc_to_results(pred, texts[doc_id], vocab)), vocab, meta=pred.meta)
        assert back == pred


def test_free_text_entities_and_out_of_grid_stances(vocab, interface) -> None:
    text = "Jamshid Amin-Zadeh wrote: “talks are a ploy,” he said. Nobody 🇮🇷 agreed."
    doc = DocAnnotation(
        doc_id="synth",
        quotes=[Quote("q1", "direct", [(27, 44)], Source((0, 18), "Jamshid Amin-Zadeh"), (19, 24), score=0.25)],
        claims=[Claim("c1", [(27, 44)], "Jamshid Amin-Zadeh", "evaluative", False, "q1", score=0.5)],
        stances=[
            Stance("E_TRUMP", "T_NEGOTIATE", "favor", 0.9),
            Stance("Jamshid Amin-Zadeh", "T_NEGOTIATE", "against"),
            Stance(DOCUMENT_HOLDER, "T_SECRET_TALKS", "neutral"),
        ],
    )
    results = doc_to_results(doc, text, vocab)
    assert interface.validate_annotation({"result": results})
    names = {r.get("from_name") for r in results}
    assert {C.SPEAKER_TEXT, C.CLAIMANT_TEXT, C.STANCE_OTHER} <= names
    assert not any(n and n.startswith(C.HOLDER_STANCE_PREFIX) for n in names)  # all stances in one place: order kept
    assert results_to_doc("synth", text, wire(results), vocab) == doc


# ----------------------------------------------------------------------------- property

TEXT = (
    "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said… ‘Never,’ she replied 👨‍👩‍👧.\n"
    "Tehran (IP) — Über 🤝 talks in Oman? “No.”\u00a0𝔘𝔫𝔦𝔠𝔬𝔡𝔢 end."
)
SYNTH_VOCAB = Vocab.of(["E_A", "E_B", "E_C"], ["T_1", "T_2"])
_SYNTH_INTERFACE = []


def synth_interface():
    if not _SYNTH_INTERFACE:
        from label_studio_sdk.label_interface import LabelInterface

        _SYNTH_INTERFACE.append(LabelInterface(config_for(SYNTH_VOCAB)))
    return _SYNTH_INTERFACE[0]


ENTITY = st.one_of(st.none(), st.sampled_from(SYNTH_VOCAB.entity_ids), st.text(min_size=1, max_size=8))
SCORE = st.one_of(st.none(), st.floats(0, 1), st.integers(0, 1))


@st.composite
def fragments(draw, max_parts: int = 3) -> list[tuple[int, int]]:
    k = draw(st.integers(1, max_parts))
    cuts = sorted(draw(st.sets(st.integers(0, len(TEXT)), min_size=2 * k, max_size=2 * k)))
    return [(cuts[i], cuts[i + 1]) for i in range(0, 2 * k, 2)]


@st.composite
def span(draw) -> tuple[int, int]:
    return draw(fragments(1))[0]


@st.composite
def doc_annotations(draw) -> DocAnnotation:
    ids = draw(st.lists(st.text("abcqé_0123456789", min_size=1, max_size=4), unique=True, max_size=10))
    n_quotes = draw(st.integers(0, len(ids)))
    pool = draw(st.lists(span(), min_size=1, max_size=3))  # sources/cues drawn from a pool: shared spans
    maybe_span = st.one_of(st.none(), st.sampled_from(pool), span())
    quotes = [
        Quote(
            qid,
            draw(st.sampled_from(("direct", "indirect", "mixed"))),
            draw(fragments()),
            Source(draw(maybe_span), draw(ENTITY)),
            draw(maybe_span),
            draw(SCORE),
        )
        for qid in ids[:n_quotes]
    ]
    quote_ref = st.one_of(st.none(), st.sampled_from([q.id for q in quotes])) if quotes else st.none()
    claims = [
        Claim(
            cid,
            draw(fragments()),
            draw(ENTITY),
            draw(st.sampled_from(("factual", "evaluative"))),
            draw(st.booleans()),
            draw(quote_ref),
            draw(SCORE),
        )
        for cid in ids[n_quotes:]
    ]
    holders = st.one_of(st.sampled_from((DOCUMENT_HOLDER, *SYNTH_VOCAB.entity_ids)), st.text(min_size=1, max_size=6))
    pairs = draw(st.lists(st.tuples(holders, st.sampled_from(SYNTH_VOCAB.target_ids)), unique=True, max_size=6))
    stances = [Stance(h, t, draw(st.sampled_from(("favor", "against", "neutral"))), draw(SCORE)) for h, t in pairs]
    layers = [draw(st.one_of(st.none(), st.just(items))) for items in (quotes, claims, stances)]
    if layers[0] is None:  # check_object: a claim may only name a quote of the same annotation
        for c in claims:
            c.quote = None
    meta = draw(st.one_of(st.none(), st.just({"extractor": "x", "version": "1"})))
    return DocAnnotation("synth", *layers, meta=meta)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc_annotations())
def test_random_documents_round_trip(doc: DocAnnotation) -> None:
    results = doc_to_results(doc, TEXT, SYNTH_VOCAB)
    for r in results:
        if r["type"] == "labels":
            v = r["value"]
            assert TEXT[v["start"] : v["end"]] == v["text"]  # code-point offsets
    assert not synth_interface().validate_prediction({"result": results}, return_errors=True)
    back = results_to_doc("synth", TEXT, wire(results), SYNTH_VOCAB, meta=doc.meta)
    assert back == doc
    assert back.to_dict() == doc.to_dict()


# ----------------------------------------------------------------------------- pull errors

MINI = "Iran said “no talks” today."


def mini_results() -> list[dict]:
    doc = DocAnnotation(
        "mini",
        quotes=[Quote("q1", "direct", [(10, 18)], Source((0, 4), "E_A"), (5, 9))],
        claims=[Claim("c1", [(10, 18)], "E_A", "factual", True, "q1")],
        stances=[Stance(DOCUMENT_HOLDER, "T_1", "against")],
    )
    return doc_to_results(doc, MINI, SYNTH_VOCAB)


def pull_problems(results: list) -> list:
    with pytest.raises(ResultsError) as info:
        results_to_doc("mini", MINI, results, SYNTH_VOCAB, task_id=41, annotation_id=7)
    problems = info.value.problems
    assert problems
    for p in problems:
        assert p.file == "label studio task 41 (mini)"
        assert p.item.startswith("annotation 7")
    return problems


def find(results: list, rid: str, from_name: str = C.SPAN) -> dict:
    return next(r for r in results if r.get("id") == rid and r.get("from_name") == from_name)


def assert_one(problems: list, region: str, field: str, words: str) -> None:
    hits = [p for p in problems if p.item == f"annotation 7 region {region}" and p.field == field and words in p.message]
    assert hits, "\n".join(map(str, problems))
    text = str(hits[0])
    assert "task 41" in text and "(mini)" in text and "annotation 7" in text and f"region {region}" in text


def test_mini_round_trips() -> None:
    doc = results_to_doc("mini", MINI, mini_results(), SYNTH_VOCAB)
    assert doc.quotes[0].source == Source((0, 4), "E_A")


def test_unknown_label() -> None:
    results = mini_results()
    find(results, "q1:cue")["value"]["labels"] = ["Speaker"]
    assert_one(pull_problems(results), "q1:cue", "value.labels", "unknown label 'Speaker'")


def test_unknown_relation_label() -> None:
    results = mini_results()
    next(r for r in results if r["type"] == "relation" and r["from_id"] == "c1")["labels"] = ["says"]
    assert_one(pull_problems(results), "c1", "labels", "unknown relation label")


def test_dangling_relation() -> None:
    results = mini_results()
    results.append({"type": "relation", "from_id": "q1:source", "to_id": "gone", "direction": "right", "labels": ["source"]})
    results.append({"type": "relation", "from_id": "ghost", "to_id": "q1", "direction": "right"})
    problems = pull_problems(results)
    assert_one(problems, "q1:source", "to_id", "dangling relation 'q1:source' -> 'gone'")
    assert_one(problems, "ghost", "from_id", "'ghost' is not a labeled region")


def test_span_text_mismatch() -> None:
    results = mini_results()
    find(results, "q1")["value"]["text"] = "no talks"  # without the closing quote mark: off by one
    assert_one(pull_problems(results), "q1", "value.text", "does not match the document at [10, 18]")


def test_span_outside_text_and_bad_offsets() -> None:
    results = mini_results()
    find(results, "q1:cue")["value"].update(start=20, end=99, text="x")
    find(results, "c1")["value"]["start"] = "10"
    problems = pull_problems(results)
    assert_one(problems, "q1:cue", "value.end", "outside the text")
    assert_one(problems, "c1", "value.start", "offsets must be integers")


def test_quote_without_content() -> None:
    results = [r for r in mini_results() if r.get("id") not in ("q1", "c1") and r.get("to_id") != "q1"]
    problems = pull_problems(results)
    assert_one(problems, "q1:source", "value.labels", "a quote without content")
    assert_one(problems, "q1:cue", "value.labels", "a quote without content")


def test_empty_quote_span() -> None:
    results = mini_results()
    find(results, "q1")["value"].update(start=10, end=10, text="")
    assert_one(pull_problems(results), "q1", "value.start", "a quote without content")


def test_choice_with_unknown_value() -> None:
    results = mini_results()
    find(results, "q1", C.QUOTE_TYPE)["value"]["choices"] = ["paraphrase"]
    find(results, "c1", C.CLAIMANT)["value"]["choices"] = ["E_NOBODY"]
    find(results, "stances__T_1__against", "stances__T_1__against")["value"]["choices"] = ["E_NOBODY"]
    problems = pull_problems(results)
    assert_one(problems, "q1", "value.choices", "unknown value 'paraphrase'")
    assert_one(problems, "c1", "value.choices", "unknown value 'E_NOBODY'")
    assert_one(problems, "stances__T_1__against", "value.choices", "'E_NOBODY' is not one of this document's holders")


def test_region_that_cannot_be_placed() -> None:
    results = mini_results()
    results.append(
        {
            "id": "box",
            "from_name": "bbox",
            "to_name": "image",
            "type": "rectanglelabels",
            "value": {"x": 1, "y": 2, "width": 3, "height": 4, "rectanglelabels": ["Quote"]},
        }
    )
    results.append({"id": "q1", "from_name": C.SPAN, "to_name": C.TEXT, "type": "choices", "value": {"choices": ["x"]}})
    results.append({"id": "c1", "from_name": C.QUOTE_TYPE, "to_name": C.TEXT, "type": "choices", "value": {"choices": ["direct"]}})
    results.append({"id": "q9", "from_name": C.CLAIM_KIND, "to_name": C.TEXT, "type": "choices", "value": {"choices": ["factual"]}})
    results.append({"type": "relation", "from_id": "q1:source", "to_id": "q1:cue", "direction": "right"})
    problems = pull_problems(results)
    assert_one(problems, "box", "from_name", "cannot be placed")
    assert_one(problems, "q1", "type", "cannot be placed")
    assert_one(problems, "c1", "from_name", "quote_type cannot be placed on a Claim region")
    assert_one(problems, "q9", "id", "not a labeled span")
    assert_one(problems, "q1:source", "to_id", "between a Source and a Cue region")


def test_missing_required_and_conflicts() -> None:
    results = [r for r in mini_results() if r.get("from_name") not in (C.QUOTE_TYPE, C.CHECKWORTHY)]
    results.append({"id": "q1", "from_name": C.SPEAKER_TEXT, "to_name": C.TEXT, "type": "textarea", "value": {"text": ["Iran"]}})
    problems = pull_problems(results)
    assert_one(problems, "q1", C.QUOTE_TYPE, "quote has no type")
    assert_one(problems, "c1", C.CHECKWORTHY, "claim has no checkworthy")
    assert_one(problems, "q1", C.SPEAKER_TEXT, "given both as registry entity 'E_A' and as free text 'Iran'")


def test_junk_never_raises_key_error() -> None:
    junk = [
        5,
        {},
        {"id": "x"},
        {"id": "y", "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels"},
        {"id": "z", "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels", "value": {"labels": "Quote"}},
        {"type": "relation"},
        {"type": "relation", "from_id": [], "to_id": None, "labels": "x"},
    ]
    with pytest.raises(ResultsError) as info:
        results_to_doc("mini", MINI, junk, SYNTH_VOCAB, task_id=41, annotation_id=7)
    assert len(info.value.problems) >= len(junk)
    with pytest.raises(ResultsError):
        results_to_doc("mini", MINI, {"not": "a list"}, SYNTH_VOCAB)


def test_check_object_runs_on_the_converted_object() -> None:
    results = mini_results()
    # a second Quote region overlapping q1, related to it as a fragment: fragments overlap
    results.append(
        {
            "id": "q1:x",
            "from_name": C.SPAN,
            "to_name": C.TEXT,
            "type": "labels",
            "value": {"start": 12, "end": 20, "text": MINI[12:20], "labels": ["Quote"]},
        }
    )
    results.append({"type": "relation", "from_id": "q1:x", "to_id": "q1", "direction": "right", "labels": ["fragment"]})
    problems = pull_problems(results)
    assert any("overlap" in p.message and p.item == 'annotation 7 quote "q1"' for p in problems), problems


def test_strict_pull_rejects_free_text_and_missing_layers() -> None:
    results = [
        *mini_results(),
        {"id": C.NOT_ANNOTATED, "from_name": C.NOT_ANNOTATED, "to_name": C.TEXT, "type": "choices", "value": {"choices": ["claims"]}},
    ]
    with pytest.raises(ResultsError) as info:
        results_to_doc("mini", MINI, copy.deepcopy(results), SYNTH_VOCAB, task_id=41, annotation_id=7, strict=True)
    assert any("marked not annotated" in p.message for p in info.value.problems)
    results = [r for r in mini_results() if r.get("from_name") != C.SPEAKER]
    results.append({"id": "q1", "from_name": C.SPEAKER_TEXT, "to_name": C.TEXT, "type": "textarea", "value": {"text": ["Iran"]}})
    with pytest.raises(ResultsError) as info:
        results_to_doc("mini", MINI, results, SYNTH_VOCAB, task_id=41, annotation_id=7, strict=True)
    assert any("unknown entity 'Iran'" in p.message for p in info.value.problems)


def test_annotator_made_regions_in_any_order() -> None:
    """Random region ids, relations drawn the other way round, choices on a later fragment."""
    results = [
        {"id": "Zr2", "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels", "value": {"start": 15, "end": 19, "labels": ["Quote"]}},
        {"id": "Ab1", "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels", "value": {"start": 10, "end": 13, "labels": ["Quote"]}},
        {"id": "Zr2", "from_name": C.QUOTE_TYPE, "to_name": C.TEXT, "type": "choices", "value": {"choices": ["direct"]}},
        {
            "id": "s",
            "from_name": C.SPAN,
            "to_name": C.TEXT,
            "type": "labels",
            "value": {"start": 0, "end": 4, "text": "Iran", "labels": ["Source"]},
        },
        {"type": "relation", "from_id": "Ab1", "to_id": "Zr2", "direction": "left"},
        {"type": "relation", "from_id": "Zr2", "to_id": "s", "direction": "right", "labels": ["source"]},
    ]
    doc = results_to_doc("mini", MINI, results, SYNTH_VOCAB)
    assert doc.quotes == [Quote("Ab1", "direct", [(10, 13), (15, 19)], Source((0, 4), None), None)]
    assert doc.claims == [] and doc.stances == []


@pytest.mark.parametrize(
    ("start", "end", "field"), [(2**63, 9, "value.start"), (-1, 9, "value.start"), (5, 2**63, "value.end"), (9, 5, "value.start")]
)
def test_a_span_outside_the_text_names_the_offset_at_fault(start: int, end: int, field: str) -> None:
    """A start of 2**63 (or a start after the end) was said as a problem of value.end."""
    results = mini_results()
    find(results, "q1:cue")["value"].update(start=start, end=end, text="x")
    assert_one(pull_problems(results), "q1:cue", field, "outside the text")
