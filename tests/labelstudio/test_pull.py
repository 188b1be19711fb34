"""``labelstudio.pull.collect`` on constructed task dicts: one rule for tasks whose document is not in the workspace."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.convert import ResultsError
from newsgold.labelstudio.pull import collect, is_unknown_document
from newsgold.labelstudio.tasks import build_tasks
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def setup():
    ws = Workspace.at(REPO)
    gold = load_annotations(ws.gold_dir, ws.context())
    tasks = build_tasks(ws.documents, gold, vocab=Vocab.of_workspace(ws))
    for i, task in enumerate(tasks):
        task["id"] = i + 1
        for j, ann in enumerate(task["annotations"]):
            ann["id"] = 100 + 10 * i + j
            ann["completed_by"] = {"id": 1, "email": "a@example.org"}
    stranger = copy.deepcopy(tasks[0])
    stranger["id"] = 99
    stranger["data"]["doc_id"] = "from-another-workspace"
    return ws, gold, tasks, stranger


def test_known_tasks_pull_as_the_gold(setup) -> None:
    ws, gold, tasks, _ = setup
    pulled = collect(tasks, ws.documents, Vocab.of_workspace(ws))
    assert list(pulled.sets) == ["a@example.org"] and pulled.skipped == []
    assert {d: a.items for d, a in pulled.sets["a@example.org"].items()} == {d: a.items for d, a in gold.items()}


def test_unknown_document_refuses_the_pull(setup) -> None:
    ws, _, tasks, stranger = setup
    with pytest.raises(ResultsError) as info:
        collect([*tasks, stranger], ws.documents, Vocab.of_workspace(ws))
    [problem] = info.value.problems
    assert is_unknown_document(problem)
    assert str(problem) == (
        "label studio task 99 (from-another-workspace): field data.doc_id: unknown document "
        "'from-another-workspace' (not in the workspace's corpus)"
    )


def test_skip_unknown_lists_them_and_pulls_the_rest(setup) -> None:
    ws, gold, tasks, stranger = setup
    pulled = collect([stranger, *tasks], ws.documents, Vocab.of_workspace(ws), skip_unknown=True)
    assert pulled.skipped == ["label studio task 99 (from-another-workspace): document not in the workspace, skipped"]
    assert sorted(pulled.sets["a@example.org"]) == sorted(gold)


def test_skip_unknown_does_not_skip_a_changed_text(setup) -> None:
    ws, _, tasks, _ = setup
    changed = copy.deepcopy(tasks[0])
    changed["data"]["text"] += " (edited)"
    with pytest.raises(ResultsError) as info:
        collect([changed], ws.documents, Vocab.of_workspace(ws), skip_unknown=True)
    assert "differs from the corpus text" in str(info.value.problems[0]) and not is_unknown_document(info.value.problems[0])


# ----------------------------------------------------------------------------- what is pulled from a task


def _edited(task: dict, ann_id: int, updated: str, drop_first_quote: bool = False) -> dict:
    """Another annotation by the same annotator (as "+" in the editor makes one), maybe with a quote less."""
    ann = copy.deepcopy(task["annotations"][0])
    ann.update(id=ann_id, updated_at=updated)
    if drop_first_quote:
        ann["result"] = [r for r in ann["result"] if r.get("id") != "q1" and r.get("from_id") != "q1" and r.get("to_id") != "q1"]
        ann["result"] = [r for r in ann["result"] if not str(r.get("id", "")).startswith("q1:")]
    return ann


def test_per_annotator_the_most_recent_submission_is_pulled(setup) -> None:
    """Two annotations of one annotator on a task (the pre-loaded gold, and a new one made with
    "+"): the most recently updated one is pulled, the other is reported, nothing is refused."""
    ws, gold, tasks, _ = setup
    tasks = copy.deepcopy(tasks)
    task = tasks[0]
    task["annotations"][0]["updated_at"] = "2026-12-01T10:00:00.000000Z"
    newer = _edited(task, 900, "2026-12-01T11:00:00.000000Z", drop_first_quote=True)
    task["annotations"].append(newer)
    pulled = collect(tasks, ws.documents, Vocab.of_workspace(ws))
    doc_id = task["data"]["doc_id"]
    got = pulled.sets["a@example.org"][doc_id]
    assert len(got.quotes) == len(gold[doc_id].quotes) - 1
    old_id = task["annotations"][0]["id"]
    assert any(f"annotation {old_id} by a@example.org left out" in n and "900 is more recent" in n for n in pulled.notes)

    task["annotations"][0]["updated_at"] = "2026-12-01T12:00:00.000000Z"  # now the gold one is the newer
    pulled = collect(tasks, ws.documents, Vocab.of_workspace(ws))
    assert pulled.sets["a@example.org"][doc_id].items == gold[doc_id].items


def test_drafts_and_skipped_tasks_are_reported_not_pulled(setup) -> None:
    ws, _, tasks, _ = setup
    tasks = copy.deepcopy(tasks)
    tasks[0]["drafts"] = [{"id": 5, "user": "b@example.org", "result": []}]
    tasks[1]["annotations"][0]["was_cancelled"] = True
    pulled = collect(tasks, ws.documents, Vocab.of_workspace(ws))
    assert set(pulled.sets["a@example.org"]) == {tasks[0]["data"]["doc_id"]}
    assert any("draft 5 by b@example.org not submitted, left out" in n for n in pulled.notes)
    assert any(f"skipped annotation {tasks[1]['annotations'][0]['id']} by a@example.org left out" in n for n in pulled.notes)


def test_a_draft_listed_by_id_only_is_reported(setup) -> None:
    """Label Studio's export lists drafts as bare ids unless asked otherwise; such a draft was dropped without a word."""
    ws, _, tasks, _ = setup
    tasks = copy.deepcopy(tasks)
    tasks[0]["drafts"] = [3]
    pulled = collect(tasks, ws.documents, Vocab.of_workspace(ws))
    assert any(f"({tasks[0]['data']['doc_id']}): draft 3 not submitted, left out" in n for n in pulled.notes), pulled.notes


def test_an_editor_annotation_with_an_unlabelled_cue_relation_pulls_as_drawn() -> None:
    """The result JSON Label Studio 1.23.2 stored for the browser test's annotation (exported
    from the server right after submit): editor region ids, a Cue -> Quote relation without
    ``labels``, the pushed gold's ``q1``/``q1:source``/``q1:cue`` beside them.  Issue #12 saw such
    a relation pulled as a second source; this real export pulls it as the cue."""
    from tests.labelstudio.test_browser import EXPECTED

    from newsgold.corpus import Document
    from newsgold.jsonio import read_json
    from newsgold.schema import DocAnnotation

    task = read_json(REPO / "tests/labelstudio/data/browser_unlabelled_cue.json")
    [ann] = task["annotations"]
    unlabelled = [r for r in ann["result"] if r.get("type") == "relation" and not r.get("labels")]
    assert len(unlabelled) == 1  # the fixture is what it says: one relation left without a label
    ends = {r["id"]: r["value"]["labels"] for r in ann["result"] if r.get("type") == "labels"}
    assert (ends[unlabelled[0]["from_id"]], ends[unlabelled[0]["to_id"]]) == (["Cue"], ["Quote"])
    ws = Workspace.at(REPO)
    docs = {task["data"]["doc_id"]: Document(doc_id=task["data"]["doc_id"], text=task["data"]["text"])}
    pulled = collect([task], docs, Vocab.of_workspace(ws))
    doc = pulled.sets["annotator@newsgold.local"][EXPECTED.doc_id]
    assert isinstance(doc, DocAnnotation) and doc.items == EXPECTED.items


def _festival() -> tuple[dict, dict, Vocab]:
    """A real export (Label Studio 1.23.2, the browser): bob opened the task, which showed the
    first annotator's annotation, drew a claim on it and clicked Update."""
    from newsgold.corpus import Document
    from newsgold.jsonio import read_json

    task = read_json(REPO / "tests/labelstudio/data/browser_edited_by_another.json")
    docs = {"festival": Document(doc_id="festival", text=task["data"]["text"])}
    return task, docs, Vocab.of(["E_HAAG", "E_ORGANISERS", "E_GAZETTE"], ["T_BUDGET_CUTS", "T_FERRY"])


def test_an_annotation_saved_by_another_user_refuses_the_pull() -> None:
    """Pulled as is, bob's claim would be the first annotator's work: refused, naming both, with the way out."""
    task, docs, vocab = _festival()
    mine = {a["id"]: a["completed_by"]["email"] for a in task["annotations"]}
    assert mine == {3: "annotator@newsgold.local", 6: "bob@newsgold.local"}
    assert [a["updated_by"] for a in task["annotations"]] == [2, 2]  # what the server recorded
    with pytest.raises(ResultsError) as exc:
        collect([task], docs, vocab)
    [problem] = exc.value.problems
    assert problem.item == "annotation 3"
    assert "by annotator@newsgold.local was last saved by bob@newsgold.local" in problem.message
    assert "Create an annotation" in problem.message


def test_the_owner_saving_again_or_a_push_for_another_user_is_not_flagged() -> None:
    task, docs, vocab = _festival()
    ann = task["annotations"][0]
    ann["updated_by"] = 1  # the owner checked it and clicked Update
    assert set(collect([task], docs, vocab).sets) == {"annotator@newsgold.local", "bob@newsgold.local"}
    ann["updated_by"], ann["updated_at"] = 2, ann["created_at"]  # made once by user 2 for user 1 (`ls push --annotator`)
    assert "festival" in collect([task], docs, vocab).sets["annotator@newsgold.local"]


def test_in_a_curation_the_last_editor_of_the_pre_filled_annotation_is_its_curator() -> None:
    """`ls curate --pull`: a curator other than the pushing user edits the pre-filled annotation and clicks Update."""
    task, docs, vocab = _festival()
    task = {**task, "annotations": [task["annotations"][0]]}  # the first annotator's, saved by bob
    assert list(collect([task], docs, vocab, by_last_editor=True).sets) == ["user-2"]  # an export alone does not name him
    pulled = collect([task], docs, vocab, by_last_editor=True, users={2: "bob@newsgold.local"})  # the server's users list does
    assert list(pulled.sets) == ["bob@newsgold.local"]
    with pytest.raises(ResultsError):
        collect([task], docs, vocab, users={2: "bob@newsgold.local"})  # `ls pull`: refused


def test_annotator_directories_stay_inside_the_output_and_apart() -> None:
    """An annotator (or model version) called ``..`` was written beside the output directory
    (``out/../<doc>.json``), ``.`` into it among the others' folders, and ``a/b`` and ``a_b``
    into one folder (one replacing the other's files)."""
    from newsgold.labelstudio.pull import annotation_files
    from newsgold.schema import DocAnnotation

    out = Path("/x/pulled")
    sets = {key: {"d": DocAnnotation("d", quotes=[], claims=[], stances=[])} for key in ["..", ".", "a/b", "a_b", "b@example.org"]}
    files = annotation_files(sets, out)
    dirs = [p.parent for p in files]
    assert len(files) == 5 and len(set(dirs)) == 5
    assert all(d.parent == out and not d.name.startswith(".") for d in dirs)
    assert out / "b@example.org" / "d.json" in files


@pytest.mark.parametrize("key", ["annotations", "predictions"])
@pytest.mark.parametrize("value", [None, "x", {"id": 1}])
def test_annotations_that_are_not_a_list_refuse_the_pull(setup, key: str, value: object) -> None:
    """``"annotations": null`` was taken for no annotations: the pull went on, exit 0."""
    ws, _, tasks, _ = setup
    odd = {**copy.deepcopy(tasks[0]), key: value}
    with pytest.raises(ResultsError) as info:
        collect([odd, *tasks[1:]], ws.documents, Vocab.of_workspace(ws), predictions=key == "predictions")
    [problem] = info.value.problems
    assert problem.field == key and "expected a list" in str(problem) and "task 1 " in str(problem)


def _export_error(path: Path) -> str:
    from newsgold.errors import NewsgoldError
    from newsgold.labelstudio.pull import read_export

    with pytest.raises(NewsgoldError) as e:
        read_export(path)
    return str(e.value)


@pytest.mark.parametrize(
    "text, said",
    [
        ('{"id": 1, "data": {"doc_id": "a"}, "annotations": []}\n{"id": 2, "data": {"doc_id": "b"}, "annotations": []}\n', ":2: "),
        ("id,doc_id,text\n1,a,Hello\n", ":1: "),
        ("id\tdoc_id\ttext\n1\ta\tHello\n", ":1: "),
        ('[{"id": 1, "doc_id": "a", "text": "Hello", "label": []}]', ": tasks without their data, as in a JSON-MIN export"),
    ],
    ids=["json-lines", "csv", "tsv", "json-min"],
)
def test_an_export_in_another_format_says_which_format_is_expected(tmp_path: Path, text: str, said: str) -> None:
    """Round 9 case 73: a JSON Lines export was "malformed JSON" with no word of the format expected."""
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    message = _export_error(path)
    assert message.startswith(f"{path}{said}"), message
    kind = {"{": "the file is JSON Lines", "i": "the file looks like a CSV or TSV export", "[": "JSON-MIN"}[text[0]]
    assert kind in message
    assert "a Label Studio JSON export is expected: one JSON list of tasks" in message and 'format "JSON"' in message


def test_an_export_that_cannot_be_read_is_not_given_a_format_hint(tmp_path: Path) -> None:
    assert _export_error(tmp_path / "missing.json") == f"{tmp_path / 'missing.json'}: no such file"
    (tmp_path / "broken.json").write_text('[{"id": 1,', encoding="utf-8")
    message = _export_error(tmp_path / "broken.json")
    assert "malformed JSON" in message and "JSON Lines" not in message and "CSV" not in message
    assert "a Label Studio JSON export is expected" in message


def test_a_draft_made_on_another_annotators_tab_says_how_to_make_it_ones_own(setup) -> None:
    """Round 11, in the browser: a task whose one annotation was skipped by A opens on A's tab; B
    labelled it there (Label Studio offers only Unskip, no Submit) and the work stayed a draft of
    A's annotation.  The pull said "draft 7 by B not submitted (submit it to pull it)", which B cannot."""
    ws, _, tasks, _ = setup
    task = copy.deepcopy(tasks[0])
    [mine] = task["annotations"]
    skipped = {**copy.deepcopy(mine), "id": 2, "was_cancelled": True, "result": [], "completed_by": {"id": 2, "email": "b@example.org"}}
    task["annotations"] = [mine, skipped]
    result = copy.deepcopy(mine["result"])
    task["drafts"] = [
        {"id": 7, "user": "c@example.org", "annotation": 2, "result": result},  # on B's skipped tab
        {"id": 8, "user": "a@example.org", "annotation": mine["id"], "result": result},  # A's own edits, not saved
        {"id": 9, "user": "d@example.org", "annotation": None, "result": result},  # a new annotation, not submitted
    ]
    pulled = collect([task], ws.documents, Vocab.of_workspace(ws))
    where = f"label studio task {task['id']} ({task['data']['doc_id']})"
    assert pulled.notes == [
        f"{where}: skipped annotation 2 by b@example.org left out",
        f"{where}: draft 7 by c@example.org was made on b@example.org's annotation 2 (skipped), not on an annotation of their own: "
        "left out, and it cannot be submitted as c@example.org's. "
        'c@example.org opens the task, clicks "+" (Create an annotation), labels it there and submits',
        f"{where}: draft 8 by a@example.org holds changes to their annotation {mine['id']} that were never saved, left out "
        "(open it and click Update to pull them)",
        f"{where}: draft 9 by d@example.org not submitted, left out (submit it to pull it)",
    ]
    assert list(pulled.sets) == ["a@example.org"]


PREDICTED = "Officials 🇮🇷🇺🇸 met 👩🏽\u200d💻.\r\n“We will talk,” Zarif said.\r\nTalks resume in May.\r\n"


def _from_prediction(claim: bool) -> tuple[list[dict], dict]:
    """A task whose annotation a person made from a quotes-only prediction, as Label Studio 1.23.2
    stores it (its export, seen in the browser: eval/qa/ls_ui12.md): the prediction's results
    copied with ``origin: prediction``, the hidden not-annotated choice (claims, stances) too, and
    the person's own region beside them (``origin: manual``)."""
    from newsgold.corpus import Document
    from newsgold.schema import DocAnnotation, Quote, Source

    span = (PREDICTED.index("We will talk,"), PREDICTED.index("We will talk,") + len("We will talk,"))
    zarif = (PREDICTED.index("Zarif"), PREDICTED.index("Zarif") + 5)
    pred = DocAnnotation(
        doc_id="talks", quotes=[Quote(id="q1", content=[span], type="direct", source=Source(span=zarif))], claims=None, stances=None
    )
    docs = {"talks": Document(doc_id="talks", text=PREDICTED)}
    [task] = build_tasks(docs, predictions={"talks": pred}, model_version="quotes@4", vocab=Vocab.of([], []))
    task["id"], task["predictions"][0]["id"] = 7, 11
    result = [{**r, "origin": "prediction"} for r in task["predictions"][0]["result"]]
    assert [r["value"]["choices"] for r in result if r.get("from_name") == "not_annotated"] == [["claims", "stances"]]
    if claim:
        start = PREDICTED.index("Talks resume")
        value = {"start": start, "end": start + len("Talks resume in May."), "text": "Talks resume in May."}
        for name, kind, val in (("span", "labels", {"labels": ["Claim"]}), ("claim_kind", "choices", {"choices": ["factual"]})):
            result.append(
                {"id": "manual1", "from_name": name, "to_name": "text", "type": kind, "origin": "manual", "value": {**value, **val}}
            )
        result.append(
            {
                "id": "manual1",
                "from_name": "checkworthy",
                "to_name": "text",
                "type": "choices",
                "origin": "manual",
                "value": {**value, "choices": ["yes"]},
            }
        )
    task["annotations"] = [{"id": 13, "result": result, "completed_by": {"id": 3, "email": "ann@example.org"}, "parent_prediction": 11}]
    return [task], docs


@pytest.mark.parametrize("claim", [True, False])
def test_an_annotation_started_from_a_quotes_only_prediction_pulls_whole(claim: bool) -> None:
    """Accepting a quotes@4 suggestion and submitting (a claim drawn or not) refused the pull:
    "layer 'claims' is marked not annotated but has 1 item(s)", or "field claims: layer missing" --
    a mark hidden in the editor, which the person could neither see nor untick.  The annotation is
    the person's whole (every layer's controls were in front of them), said in a note."""
    tasks, docs = _from_prediction(claim)
    pulled = collect(tasks, docs, Vocab.of([], []))
    doc = pulled.sets["ann@example.org"]["talks"]
    assert [PREDICTED[slice(*q.content[0])] for q in doc.quotes] == ["We will talk,"]
    assert [PREDICTED[slice(*c.span[0])] for c in doc.claims] == (["Talks resume in May."] if claim else [])
    assert doc.stances == []
    assert pulled.notes == [
        "label studio task 7 (talks): annotation 13 by ann@example.org started from prediction 11 (quotes@4), which has no "
        f"claims or stances: pulled as the annotator left them ({int(claim)} claims, 0 stances)"
    ]


def test_a_prediction_keeps_its_not_annotated_layers() -> None:
    """Predictions themselves still say which layers they leave out (``ls pull --predictions``)."""
    tasks, docs = _from_prediction(False)
    pulled = collect(tasks, docs, Vocab.of([], []), predictions=True)
    doc = pulled.sets["quotes@4"]["talks"]
    assert (doc.claims, doc.stances, len(doc.quotes)) == (None, None, 1)
