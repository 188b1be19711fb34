"""Push, pull and agreement against the real Label Studio server (``ls_server``).

Each test works in a project of its own (2-3 small tasks) and deletes it afterwards.  The CLI
runs in-process (typer's runner), so NEWSGOLD_ROOT from ``data_root`` applies to it.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import time
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.client import connect, display_name
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.push import ANNOTATORS_PER_TASK
from newsgold.labelstudio.server import find_free_port
from newsgold.schema import DOCUMENT_HOLDER, DocAnnotation, Quote, Source, Stance, dumps_doc, dumps_line
from newsgold.scoring.agreement import agreement
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parents[2]
RUNS = REPO / "eval/runs/baseline"
PASSES = REPO / "annotations/passes"
# outside the BMP: a flag (two regional indicators) and an emoji with a skin-tone modifier
SYNTH_TEXT = "Officials 🇮🇷 met 👋🏽 today. “We will talk,” the spokesman said. She denied it.\n"


@pytest.fixture
def client(ls_server):
    return connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)


@pytest.fixture
def project(request, client):
    """A fresh project title; the project (if the test created it) is deleted afterwards."""
    title = f"t-{request.node.name[:28]}-{uuid.uuid4().hex[:8]}"
    yield title
    found = client.find_project(title)
    if found is not None:
        client.sdk.projects.delete(id=found.id)


def ls(server, *args: str, ok: bool = True):
    result = CliRunner().invoke(app, ["ls", *args, "--url", server.url, "--token", server.token], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def counts(client, title: str) -> tuple[int, int, int]:
    tasks = client.tasks(client.project(title).id)
    return len(tasks), sum(len(t["annotations"]) for t in tasks), sum(len(t["predictions"]) for t in tasks)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()} if root.exists() else {}


# ----------------------------------------------------------------------------- round trips


def test_gold_round_trip_identical_objects_and_files(ls_server, project, tmp_path) -> None:
    ls(ls_server, "push", "--project", project, "--with-gold")
    out = tmp_path / "pulled"
    result = ls(ls_server, "pull", "--project", project, "-o", str(out))
    assert "1 annotator(s)" in result.output
    assert load_annotations(out, Workspace.find().context()) == load_annotations(Workspace.find().gold_dir, Workspace.find().context())
    assert tree(out) == tree(REPO / "annotations/gold")  # canonical files, byte for byte


def test_each_task_offers_its_own_stance_holders(ls_server, client, project) -> None:
    """The server keeps a task's holder list (what its dynamic stance choices offer); the gold's
    stances sit in the per-target lists, not in the hidden JSON lines."""
    from newsgold.labelstudio import config as C
    from newsgold.layers.stances_ls import document_holders

    ls(ls_server, "push", "--project", project, "--with-gold")
    ws = Workspace.find()
    gold, vocab = load_annotations(ws.gold_dir, ws.context()), Vocab.of_workspace(ws)
    offered = {}
    for task in client.tasks(client.project(project).id):
        doc_id = task["data"]["doc_id"]
        offered[doc_id] = [h["alias"] for h in task["data"][C.STANCE_HOLDERS]]
        assert offered[doc_id] == document_holders(task["data"]["text"], vocab, [gold.get(doc_id)])
        [ann] = task["annotations"]
        assert not any(r.get("from_name") == C.STANCE_OTHER for r in ann["result"])
        if doc_id in gold:
            held = [s.holder for s in gold[doc_id].stances]
            assert list(dict.fromkeys(held)) == offered[doc_id][: len(set(held))]
    assert offered["no-negotiations-underway"] != offered["alleged-negotiation-domestic-propaganda"]
    assert "E_MARANDI" in offered["alleged-negotiation-domestic-propaganda"] and "E_MARANDI" not in offered["no-negotiations-underway"]


def _scored_quotes(tmp_path: Path) -> Path:
    """quotes-v2 with a score on every quote (an int among them): scores must survive too."""
    lines = []
    for n, line in enumerate((RUNS / "quotes-v2/predictions.jsonl").read_text(encoding="utf-8").splitlines()):
        raw = json.loads(line)
        for i, q in enumerate(raw["quotes"]):
            q["score"] = round(0.05 + (i * 37 + n * 11) % 90 / 100, 4)
        raw["quotes"][0]["score"] = 1
        lines.append(json.dumps(raw))
    path = tmp_path / "scored.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_prediction_round_trip_with_scores_and_model_version(ls_server, client, project, tmp_path) -> None:
    scored = _scored_quotes(tmp_path)
    ls(ls_server, "push", "--project", project, "--predictions", str(scored))
    ls(ls_server, "push", "--project", project, "--predictions", str(RUNS / "claims-learned-v1"))
    pid = client.project(project).id
    preds = client.sdk.predictions.list(project=pid)
    assert sorted({p.model_version for p in preds}) == ["claims-learned v1", "quotes v2"] and len(preds) == 4
    assert all(p.score is not None for p in preds)

    result = ls(ls_server, "pull", "--project", project, "--predictions", "-o", str(tmp_path / "x.jsonl"), ok=False)
    assert result.exit_code == 1 and "choose one with --model-version" in result.output
    for version, source in (("quotes v2", scored), ("claims-learned v1", RUNS / "claims-learned-v1/predictions.jsonl")):
        out = tmp_path / f"{version}.jsonl"
        ls(ls_server, "pull", "--project", project, "--predictions", "--model-version", version, "-o", str(out))
        original = load_annotations(source, Workspace.find().context())
        back = load_annotations(out, Workspace.find().context())
        assert back == original  # scores, meta (extractor, version), absent layers
        assert out.read_text(encoding="utf-8") == "".join(dumps_line(d) + "\n" for _, d in sorted(original.items()))
        assert all(d.meta and f"{d.meta['extractor']} v{d.meta['version']}" == version for d in back.values())


def test_text_outside_the_bmp_keeps_its_offsets(ls_server, client, project, data_root, tmp_path) -> None:
    doc = {
        "doc_id": "synth-emoji",
        "text": SYNTH_TEXT,
        "title": "Emoji 🇮🇷",
        "genre": "news",
        "sha256": hashlib.sha256(SYNTH_TEXT.encode()).hexdigest(),
        "n_chars": len(SYNTH_TEXT),
    }
    with open(data_root / "corpus/data/documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    quote = "“We will talk,”"
    start = SYNTH_TEXT.index(quote)
    speaker = SYNTH_TEXT.index("the spokesman")
    ann = DocAnnotation(
        "synth-emoji",
        quotes=[
            Quote(
                "q1",
                "direct",
                [(start + 1, start + len(quote) - 2)],
                Source((speaker, speaker + 13), "E_KHATIBZADEH"),
                (speaker + 14, speaker + 18),
            )
        ],
        claims=[],
        stances=[Stance(DOCUMENT_HOLDER, "T_NEGOTIATE", "neutral")],
    )
    (data_root / "annotations/gold/synth-emoji.json").write_text(dumps_doc(ann), encoding="utf-8")
    assert len(SYNTH_TEXT.encode("utf-16-le")) // 2 > len(SYNTH_TEXT)

    ls(ls_server, "push", "--project", project, "--with-gold")
    [task] = [t for t in client.tasks(client.project(project).id) if t["data"]["doc_id"] == "synth-emoji"]
    region = next(r for r in task["annotations"][0]["result"] if r.get("id") == "q1" and r["type"] == "labels")
    assert (region["value"]["start"], region["value"]["end"]) == ann.quotes[0].content[0]
    assert region["value"]["text"] == SYNTH_TEXT[slice(*ann.quotes[0].content[0])] == "We will talk"
    out = tmp_path / "pulled"
    ls(ls_server, "pull", "--project", project, "-o", str(out))
    assert load_annotations(out, Workspace.find().context())["synth-emoji"] == ann
    assert (out / "synth-emoji.json").read_bytes() == (data_root / "annotations/gold/synth-emoji.json").read_bytes()


# ----------------------------------------------------------------------------- push


def test_push_is_idempotent(ls_server, client, project) -> None:
    first = ls(ls_server, "push", "--project", project, "--with-gold", "--predictions", "baseline/quotes-v2")
    assert "tasks: 2 created" in first.output
    # the label stream offers each task to more than one annotator (Label Studio's default, 1: once
    # the first had submitted every task, the second's "Label All Tasks" said "No More Tasks Left in Queue")
    made = client.project(project)
    assert (made.maximum_annotations, made.overlap_cohort_percentage) == (ANNOTATORS_PER_TASK, 100) and ANNOTATORS_PER_TASK > 1
    client.sdk.projects.update(id=made.id, maximum_annotations=1)  # as an older newsgold made it
    opened = ls(ls_server, "push", "--project", project, "--with-gold", "--predictions", "baseline/quotes-v2")
    assert f"now offers each task to up to {ANNOTATORS_PER_TASK} annotators (was 1" in opened.output
    assert client.project(project).maximum_annotations == ANNOTATORS_PER_TASK
    client.sdk.projects.update(id=made.id, maximum_annotations=3)  # a number someone chose stays
    n_docs = len(Workspace.find().documents)
    assert counts(client, project) == (n_docs, n_docs, n_docs)
    second = ls(ls_server, "push", "--project", project, "--with-gold", "--predictions", "baseline/quotes-v2")
    assert "tasks: 0 created, 0 updated, 2 unchanged" in second.output
    assert "label stream" not in second.output and client.project(project).maximum_annotations == 3
    assert "labeling config updated" not in second.output
    assert "annotations: 0 created, 2 already there" in second.output
    assert "predictions: 0 created, 0 updated, 2 already there" in second.output
    assert counts(client, project) == (n_docs, n_docs, n_docs)
    # another run adds its own predictions; the gold and the tasks stay as they are
    ls(ls_server, "push", "--project", project, "--predictions", "baseline/claims-v1")
    assert counts(client, project) == (n_docs, n_docs, 2 * n_docs)


def test_push_keeps_annotations_edited_in_label_studio(ls_server, client, project) -> None:
    ls(ls_server, "push", "--project", project, "--with-gold")
    task = client.tasks(client.project(project).id)[0]
    edited = [r for r in task["annotations"][0]["result"] if r.get("id") != "q1" and r.get("from_id") != "q1" and r.get("to_id") != "q1"]
    client.sdk.annotations.update(id=task["annotations"][0]["id"], result=edited)
    result = ls(ls_server, "push", "--project", project, "--with-gold")
    assert (
        f"kept 1 annotation(s) that differ from the pushed ones (edited in Label Studio? not overwritten): {task['data']['doc_id']}"
        in result.output
    )
    assert client.sdk.annotations.get(id=task["annotations"][0]["id"]).result == edited
    assert counts(client, project)[1] == 2


# ----------------------------------------------------------------------------- pull


def _bad_result(task: dict) -> list[dict]:
    """The task's gold result plus one region of each kind of defect the pull must catch."""
    text = task["data"]["text"]
    result = copy.deepcopy(task["annotations"][0]["result"])
    span = {"from_name": "span", "to_name": "text", "type": "labels"}
    result += [
        {**span, "id": "bad-label", "value": {"start": 0, "end": 2, "text": text[:2], "labels": ["Speaker"]}},
        {"type": "relation", "from_id": "q1", "to_id": "ghost", "direction": "right", "labels": ["source"]},
        {**span, "id": "bad-text", "value": {"start": 0, "end": 10, "text": "Not this!!", "labels": ["Claim"]}},
        {**span, "id": "lonely-source", "value": {"start": 3, "end": 7, "text": text[3:7], "labels": ["Source"]}},
    ]
    return result


def test_pull_refuses_invalid_annotations_and_writes_nothing(ls_server, client, project, data_root, tmp_path) -> None:
    ls(ls_server, "push", "--project", project, "--with-gold")
    task = client.tasks(client.project(project).id)[0]
    bad_email = f"bad-{uuid.uuid4().hex[:6]}@newsgold.local"
    bad = client.sdk.annotations.create(id=task["id"], result=_bad_result(task), completed_by=client.user_id(bad_email))
    prefix = f"label studio task {task['id']} ({task['data']['doc_id']}): annotation {bad.id} by {bad_email} region"

    gold_before = tree(data_root / "annotations")
    for out, extra in ((tmp_path / "out", []), (data_root / "annotations/gold", ["--write-gold"])):
        result = ls(ls_server, "pull", "--project", project, "-o", str(out), *extra, ok=False)
        assert result.exit_code == 1
        output = " ".join(result.output.split())  # rich may wrap long lines
        assert f"{prefix} bad-label: field value.labels: unknown label 'Speaker'" in output
        assert f"{prefix} q1: field to_id: dangling relation 'q1' -> 'ghost'" in output
        assert f"{prefix} bad-text: field value.text: text 'Not this!!' does not match the document" in output
        assert f"{prefix} lonely-source: field value.labels: Source region not linked to any Quote: a quote without content" in output
        assert "nothing written" in output
    assert not (tmp_path / "out").exists()
    assert tree(data_root / "annotations") == gold_before  # no file, no backup


def test_write_gold_needs_the_flag_shows_the_diff_and_keeps_a_backup(ls_server, client, project, data_root) -> None:
    gold_dir = data_root / "annotations/gold"
    before = tree(gold_dir)
    ls(ls_server, "push", "--project", project, "--with-gold")
    task = next(t for t in client.tasks(client.project(project).id) if t["data"]["doc_id"] == "no-negotiations-underway")
    ann = task["annotations"][0]
    changed = [
        {**r, "value": {**r["value"], "choices": ["direct"]}} if r.get("from_name") == "quote_type" and r["id"] == "q1" else r
        for r in ann["result"]
    ]
    client.sdk.annotations.update(id=ann["id"], result=changed)

    refused = ls(ls_server, "pull", "--project", project, "-o", str(gold_dir), ok=False)
    assert refused.exit_code == 1 and "--write-gold" in refused.output
    assert '-    {"id": "q1", "type": "indirect"' in refused.output and '+    {"id": "q1", "type": "direct"' in refused.output
    assert tree(gold_dir) == before and not (data_root / "annotations/.gold-backups").exists()

    done = ls(ls_server, "pull", "--project", project, "-o", str(gold_dir), "--write-gold")
    assert '+    {"id": "q1", "type": "direct"' in done.output and "backed up to" in done.output
    assert load_annotations(Workspace.find().gold_dir, Workspace.find().context())["no-negotiations-underway"].quotes[0].type == "direct"
    [backup] = (data_root / "annotations/.gold-backups").iterdir()
    assert tree(backup) == before  # the previous gold, recoverable
    again = ls(ls_server, "pull", "--project", project, "-o", str(gold_dir))  # nothing changes: no flag needed
    assert "wrote 0 file(s)" in again.output


def test_pull_per_annotator(ls_server, client, project, data_root, tmp_path) -> None:
    """A second user through the API (users.create); annotations owned by it via completed_by."""
    ls(ls_server, "push", "--project", project, "--with-gold")
    other = f"a-{uuid.uuid4().hex[:6]}@newsgold.local"
    made = ls(ls_server, "push", "--project", project, "--annotations", str(PASSES / "annotator-a"), "--annotator", other)
    assert counts(client, project)[1] == 4
    # the new user has no password (Label Studio's API gives none): said, with the way to set one
    said = " ".join(made.output.split())
    assert f"created Label Studio user(s) {other} without a password" in said, said
    assert f"label-studio reset_password --username {other} --password PASSWORD --data-dir DIR" in said, said
    again = ls(ls_server, "push", "--project", project, "--annotations", str(PASSES / "annotator-a"), "--annotator", other)
    assert "without a password" not in again.output  # found, not created
    # the annotation tabs show short names, not "annotato….local": the pushing user and the new one are named
    names = {(u.email or "").lower(): (u.first_name, u.last_name) for u in client.sdk.users.list()}
    assert names[ls_server.username] == ("Annotator", "") and names[other] == display_name(other) != ("", "")
    out = tmp_path / "pulled"
    result = ls(ls_server, "pull", "--project", project, "-o", str(out))
    assert "2 annotator(s)" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([ls_server.username, other])
    assert load_annotations(out / ls_server.username, Workspace.find().context()) == load_annotations(
        Workspace.find().gold_dir, Workspace.find().context()
    )
    assert load_annotations(out / other, Workspace.find().context()) == load_annotations(PASSES / "annotator-a", Workspace.find().context())
    gold = tree(data_root / "annotations")  # a private copy (data_root): never the repository's gold
    refused = ls(ls_server, "pull", "--project", project, "-o", str(data_root / "annotations/gold"), "--write-gold", ok=False)
    assert refused.exit_code == 1 and "the gold is one annotation set" in refused.output
    assert tree(data_root / "annotations") == gold


def _with_meta(source: Path, dest: Path, meta: dict) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for doc_id, doc in load_annotations(source, Workspace.find().context()).items():
        (dest / f"{doc_id}.json").write_text(dumps_doc(dataclasses.replace(doc, meta=meta)), encoding="utf-8")
    return dest


def test_each_annotator_keeps_their_own_meta(ls_server, client, project, tmp_path) -> None:
    users = {name: f"{name}-{uuid.uuid4().hex[:6]}@newsgold.local" for name in ("annotator-a", "annotator-b")}
    sets = {
        "annotator-a": _with_meta(PASSES / "annotator-a", tmp_path / "a", {"pass": "a", "round": 1}),
        "annotator-b": _with_meta(PASSES / "annotator-b", tmp_path / "b", {"pass": "b", "note": "second"}),
    }
    for name, email in users.items():
        ls(ls_server, "push", "--project", project, "--annotations", str(sets[name]), "--annotator", email)
    out = tmp_path / "pulled"
    ls(ls_server, "pull", "--project", project, "-o", str(out))
    for name, email in users.items():
        assert load_annotations(out / email, Workspace.find().context()) == load_annotations(
            sets[name], Workspace.find().context()
        )  # meta included: lossless
        assert (out / email).is_dir() and tree(out / email) == tree(sets[name])

    # a push that changes one annotator's meta says so, and leaves the other's alone
    _with_meta(PASSES / "annotator-a", sets["annotator-a"], {"pass": "a", "round": 2})
    result = ls(ls_server, "push", "--project", project, "--annotations", str(sets["annotator-a"]), "--annotator", users["annotator-a"])
    assert f"replaced the annotation meta of {users['annotator-a']} on 2 document(s)" in result.output
    again = ls(ls_server, "push", "--project", project, "--annotations", str(sets["annotator-a"]), "--annotator", users["annotator-a"])
    assert "replaced the annotation meta" not in again.output
    ls(ls_server, "pull", "--project", project, "-o", str(out), "--overwrite")
    for name, email in users.items():
        assert load_annotations(out / email, Workspace.find().context()) == load_annotations(sets[name], Workspace.find().context())


def test_a_refused_push_creates_no_user_and_keeps_the_config(ls_server, client, project, data_root) -> None:
    ls(ls_server, "push", "--project", project, "--with-gold")
    config = client.project(project).label_config
    # a new entity would change the labeling config; a changed text is drift the push must refuse
    entities_file = data_root / "annotations/entities.json"
    entities = json.loads(entities_file.read_text(encoding="utf-8"))
    entities.append({"id": "E_NEWCOMER", "name": "New Comer", "type": "person", "aliases": ["New Comer"]})
    entities_file.write_text(json.dumps(entities, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    docs_file = data_root / "corpus/data/documents.jsonl"
    docs = [json.loads(line) for line in docs_file.read_text(encoding="utf-8").splitlines()]
    docs[0]["text"] += "Edited."
    docs[0]["n_chars"] = len(docs[0]["text"])
    docs[0]["sha256"] = hashlib.sha256(docs[0]["text"].encode()).hexdigest()
    docs_file.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")

    newcomer = f"new-{uuid.uuid4().hex[:6]}@newsgold.local"
    result = ls(ls_server, "push", "--project", project, "--annotations", str(PASSES / "annotator-a"), "--annotator", newcomer, ok=False)
    assert result.exit_code == 1
    output = " ".join(result.output.split())
    assert "cannot push, nothing was changed in the project" in output and "holds another text than the corpus" in output
    assert newcomer not in [(u.email or "").lower() for u in client.sdk.users.list()]
    assert client.project(project).label_config == config
    assert counts(client, project)[1] == len(Workspace.find().documents)


def test_pull_checks_its_output_before_writing(ls_server, client, project, data_root, tmp_path) -> None:
    ls(ls_server, "push", "--project", project, "--with-gold", "--predictions", str(RUNS / "quotes-v2"))
    a_dir, a_file = tmp_path / "dir", tmp_path / "file.json"
    a_dir.mkdir()
    a_file.write_text("{}\n", encoding="utf-8")
    gold_dir = data_root / "annotations/gold"
    before = tree(data_root / "annotations")
    for args, message in [
        (["--predictions", "-o", str(a_dir)], "is a directory: predictions are written as one .jsonl file"),
        (["--predictions", "-o", str(gold_dir), "--write-gold"], "--write-gold is for annotations"),
        (["--predictions", "-o", str(gold_dir)], "predictions are not annotations"),
        (["--predictions", "-o", str(data_root / "annotations/preds.jsonl")], "predictions are not annotations"),
        (["-o", str(a_file)], "is a file: annotations are written as <doc_id>.json files into a directory"),
        (["-o", str(a_file / "sub")], "is a file, not a directory"),
    ]:
        result = ls(ls_server, "pull", "--project", project, *args, ok=False)  # no traceback (catch_exceptions=False)
        assert result.exit_code == 1, (args, result.output)
        assert message in " ".join(result.output.split()), (args, result.output)
    assert tree(data_root / "annotations") == before and a_file.read_text(encoding="utf-8") == "{}\n"
    assert [p.name for p in a_dir.iterdir()] == []

    # an error while writing (here: a directory where a file should go) is a clear error too
    blocked = tmp_path / "blocked"
    (blocked / f"{next(iter(Workspace.find().documents))}.json").mkdir(parents=True)
    result = ls(ls_server, "pull", "--project", project, "-o", str(blocked), ok=False)
    assert result.exit_code == 1 and "cannot write the pulled files under" in " ".join(result.output.split())
    ok = ls(ls_server, "pull", "--project", project, "--predictions", "-o", str(a_dir / "preds.jsonl"))
    assert "wrote 1 file(s)" in ok.output


def test_agreement_equals_offline_agreement(ls_server, client, project, tmp_path) -> None:
    users = {name: f"{name}-{uuid.uuid4().hex[:6]}@newsgold.local" for name in ("annotator-a", "annotator-b")}
    for name, email in users.items():
        ls(ls_server, "push", "--project", project, "--annotations", str(PASSES / name), "--annotator", email)
    result = ls(ls_server, "agreement", "--project", project, "--format", "json")
    online = json.loads(result.stdout)
    offline = agreement(
        {email: load_annotations(PASSES / name, Workspace.find().context()) for name, email in users.items()},
        Workspace.find().documents,
        Workspace.find().entities,
    ).to_json()
    assert online == offline
    assert online["pairs"][0]["n_docs"] == len(Workspace.find().documents)
    table = ls(ls_server, "agreement", "--project", project)
    assert "Krippendorff" in table.output
    # -o goes through the same checked writer as `newsgold agreement`: no overwrite without the flag.
    target = tmp_path / "agreement.json"
    target.write_text("{}\n", encoding="utf-8")
    refused = ls(ls_server, "agreement", "--project", project, "--format", "json", "-o", str(target), ok=False)
    assert refused.exit_code == 1 and "pass --overwrite" in refused.output
    assert target.read_text(encoding="utf-8") == "{}\n"
    ls(ls_server, "agreement", "--project", project, "--format", "json", "-o", str(target), "--overwrite")
    assert json.loads(target.read_text(encoding="utf-8")) == offline


# ----------------------------------------------------------------------------- errors


def test_wrong_token_is_a_clear_error(ls_server, project) -> None:
    result = CliRunner().invoke(app, ["ls", "push", "--url", ls_server.url, "--token", "0" * 40, "--project", project])
    assert result.exit_code == 1
    assert "rejected the API token (HTTP 401)" in result.output


def test_unreachable_url_fails_after_bounded_retries(tmp_path) -> None:
    url = f"http://127.0.0.1:{find_free_port()}"
    t0 = time.monotonic()
    result = CliRunner().invoke(
        app, ["ls", "pull", "--url", url, "--token", "x" * 40, "-o", str(tmp_path / "o"), "--retries", "2", "--backoff", "0.01"]
    )
    assert result.exit_code == 1
    assert f"cannot connect to Label Studio at {url}" in result.output and "(3 attempt(s))" in result.output
    assert time.monotonic() - t0 < 10 and not (tmp_path / "o").exists()


def test_pull_refuses_tasks_of_documents_not_in_the_workspace(ls_server, project, data_root, tmp_path) -> None:
    """Pushed from the full corpus, pulled into a workspace lacking one document: refused, then --skip-unknown."""
    ls(ls_server, "push", "--project", project, "--with-gold")
    docs = data_root / "corpus/data/documents.jsonl"
    lines = docs.read_text(encoding="utf-8").splitlines(keepends=True)
    dropped = json.loads(lines[0])["doc_id"]
    docs.write_text("".join(lines[1:]), encoding="utf-8")
    (data_root / "annotations/gold" / f"{dropped}.json").unlink()
    out = tmp_path / "pulled"
    refused = ls(ls_server, "pull", "--project", project, "-o", str(out), ok=False)
    assert refused.exit_code == 1 and f"unknown document {dropped!r}" in refused.output and "--skip-unknown" in refused.output
    assert not out.exists()
    result = ls(ls_server, "pull", "--project", project, "-o", str(out), "--skip-unknown")
    assert f"({dropped}): document not in the workspace, skipped" in result.output and "skipped 1 task(s)" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in (data_root / "annotations/gold").glob("*.json"))


def test_status_counts_annotations_not_yet_pulled(ls_server, client, project, data_root) -> None:
    from newsgold.status import labelstudio_status

    (data_root / "newsgold.toml").write_text(f'name = "t"\n[labelstudio]\nproject = "{project}"\n', encoding="utf-8")
    ws = Workspace.at(data_root)
    assert labelstudio_status(ws, ls_server.url, ls_server.token).state == "no project"
    ls(ls_server, "push", "--project", project, "--with-gold")
    gold = load_annotations(ws.gold_dir, ws.context())
    status = labelstudio_status(ws, ls_server.url, ls_server.token, annotated_sets=[gold])
    assert (status.state, status.tasks, status.annotated, status.unpulled) == ("ok", 2, 2, 0)
    assert labelstudio_status(ws, ls_server.url, ls_server.token, annotated_sets=[]).unpulled == 2


def test_a_draft_saved_in_the_editor_is_named_by_the_pull(ls_server, client, project, tmp_path) -> None:
    """A draft (the editor saves one when a person leaves a task unsubmitted) came in Label Studio's
    export as a bare id and the pull said nothing of it (round 10: the README says drafts are listed)."""
    import httpx

    ls(ls_server, "push", "--project", project, "--with-gold")
    task = client.tasks(client.project(project).id)[0]
    region = {"id": "d1", "from_name": "span", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["Quote"]}}
    answer = httpx.post(
        f"{ls_server.url}/api/tasks/{task['id']}/drafts",
        headers={"Authorization": f"Token {ls_server.token}"},
        json={"result": [region], "lead_time": 1.0},
    )
    assert answer.status_code == 201, answer.text
    result = ls(ls_server, "pull", "--project", project, "-o", str(tmp_path / "out"))
    draft = f"({task['data']['doc_id']}): draft {answer.json()['id']} by {client.me().email} not submitted, left out"
    assert draft in result.output, result.output
