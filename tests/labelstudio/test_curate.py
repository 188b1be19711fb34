"""``newsgold ls curate`` against the real Label Studio server: three passes with one dispute are
pushed as a curation task, a curator's submitted annotation picks one version, the pull writes
the expected gold; bad input writes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.curation import adjudicate, parse_rule
from newsgold.labelstudio.client import connect
from newsgold.labelstudio.curate import add_own, decide, passes_of_log
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

NR = "no-negotiations-underway"


@pytest.fixture
def client(ls_server):
    return connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)


@pytest.fixture
def project(request, client):
    title = f"t-{request.node.name[:28]}-{uuid.uuid4().hex[:8]}"
    yield title
    found = client.find_project(title)
    if found is not None:
        client.sdk.projects.delete(id=found.id)


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def ls(server, *args: str):
    return run("ls", *args, "--url", server.url, "--token", server.token)


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def three_passes(root: Path, dispute: bool = True) -> Path:
    """Passes a, b, c copied from the gold; c (if ``dispute``) says claim c1 of NR is not check-worthy."""
    passes = root / "passes3"
    for name in ("a", "b", "c"):
        shutil.copytree(root / "annotations/gold", passes / name)
    if dispute:
        f = passes / "c" / f"{NR}.json"
        d = json.loads(f.read_text(encoding="utf-8"))
        d["claims"][0]["checkworthy"] = not d["claims"][0]["checkworthy"]
        f.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return passes


@pytest.mark.labelstudio
def test_a_curator_picks_one_version_and_the_gold_follows(ls_server, client, project, data_root: Path) -> None:
    ws = Workspace.at(data_root)
    passes, cur = three_passes(data_root), data_root / "cur"
    assert run("adjudicate", str(passes), "-o", str(cur)).exit_code == 0
    pushed = ls(ls_server, "curate", str(cur), "--project", project)
    assert pushed.exit_code == 0, pushed.output
    assert "1 curation task(s) created" in pushed.output
    (task,) = client.tasks(client.project(project).id)  # only the document with a dispute
    assert task["data"]["doc_id"] == NR and len(task["annotations"]) == 1
    versions = {p["model_version"]: p["result"] for p in task["predictions"]}
    assert sorted(versions) == ["annotator:a", "annotator:b", "annotator:c"]
    assert versions["annotator:a"] != versions["annotator:c"]
    # the pre-filled annotation holds the accepted items only: every claim but the disputed one
    gold = load_annotations(ws.gold_dir, ws.context())
    prefilled = task["annotations"][0]["result"]
    assert len(prefilled) < len(versions["annotator:a"])

    untouched = ls(ls_server, "curate", str(cur), "--project", project, "--pull")
    assert untouched.exit_code == 0 and "1 decision(s)" in untouched.output
    assert f"{NR}: the curator's annotation is the pre-filled one" in untouched.output
    # the curator (the token's user) submits annotator c's version
    client.sdk.annotations.create(id=task["id"], result=versions["annotator:c"])
    picked = ls(ls_server, "curate", str(cur), "--project", project, "--pull")
    assert picked.exit_code == 0 and "pre-filled" not in picked.output
    assert load_annotations(ws.gold_dir, ws.context()) == gold  # no --write-gold: nothing written
    wrote = ls(ls_server, "curate", str(cur), "--project", project, "--pull", "--write-gold")
    assert wrote.exit_code == 0, wrote.output
    assert "1 decision(s)" in wrote.output and "0 still open" in wrote.output
    assert "previous gold backed up to" in wrote.output
    after = load_annotations(ws.gold_dir, ws.context())
    expected = load_annotations(passes / "c", ws.context())
    assert after[NR].claims == expected[NR].claims and after[NR].claims != gold[NR].claims
    assert after[NR].quotes == gold[NR].quotes
    log = (data_root / "annotations/ADJUDICATION.log.md").read_text(encoding="utf-8")
    assert "curator: c's version" in log and f"Curated in Label Studio project {project!r} by **" in log


@pytest.mark.labelstudio
def test_a_curation_without_open_positions_pushes_nothing(ls_server, client, project, data_root: Path) -> None:
    cur = data_root / "cur"
    assert run("adjudicate", str(three_passes(data_root, dispute=False)), "-o", str(cur)).exit_code == 0
    out = ls(ls_server, "curate", str(cur), "--project", project)
    assert out.exit_code == 1 and "no open position: nothing to curate" in out.output
    assert client.find_project(project) is None


@pytest.mark.labelstudio
def test_pulling_from_a_missing_project_writes_nothing(ls_server, client, project, data_root: Path) -> None:
    cur = data_root / "cur"
    assert run("adjudicate", str(three_passes(data_root)), "-o", str(cur)).exit_code == 0
    before = tree(data_root / "annotations")
    out = ls(ls_server, "curate", str(cur), "--project", project, "--pull", "--write-gold")
    assert out.exit_code == 1 and project in out.output, out.output
    assert tree(data_root / "annotations") == before


def _curation(data_root: Path):
    ws = Workspace.at(data_root)
    passes = three_passes(data_root)
    sets = {n: load_annotations(passes / n, ws.context()) for n in ("a", "b", "c")}
    return sets, adjudicate(sets, parse_rule("unanimous", 3))


def test_decisions_from_a_curator_annotation(data_root: Path) -> None:
    sets, curations = _curation(data_root)
    c = curations[NR]
    (opened,) = c.open_positions
    anns = {n: s[NR] for n, s in sets.items()}
    assert decide(c, sets["c"][NR], anns) == ({opened.id: "c"}, [])
    assert decide(c, sets["a"][NR], anns) == ({opened.id: "a"}, [])  # a's version (b's too): the first that matches
    assert decide(c, c.gold(), anns) == ({opened.id: "none"}, [])  # the curator left the position empty


def test_an_item_of_the_curators_own_is_kept_and_logged(data_root: Path) -> None:
    import dataclasses

    sets, curations = _curation(data_root)
    c = curations[NR]
    mine = dataclasses.replace(sets["c"][NR].claims[0], id="c99", span=[(1, 9)], quote=None)
    curator = dataclasses.replace(sets["c"][NR], items={**sets["c"][NR].items, "claims": [*sets["c"][NR].claims, mine]})
    decisions, new = decide(c, curator, {n: s[NR] for n, s in sets.items()})
    assert new == [("claims", mine)] and list(decisions.values()) == ["c"]
    merged = adjudicate(sets, parse_rule("unanimous", 3), decisions={NR: decisions})[NR]
    add_own(merged, new, curator, "cur@example.org")
    claims = merged.gold().claims
    assert claims[-1] == dataclasses.replace(mine, id=f"c{len(claims)}")
    assert merged.positions[-1].decision == "cur@example.org" and merged.positions[-1].note == "the curator's own item"
    assert not merged.open_positions


def test_the_passes_are_read_from_the_log() -> None:
    log = "# Adjudication log\n\nRule **unanimous**:\n\n- annotator-a: `annotations/passes/annotator-a`\n- b: `/tmp/x y/b`\n"
    assert passes_of_log(log) == {"annotator-a": "annotations/passes/annotator-a", "b": "/tmp/x y/b"}


@pytest.mark.labelstudio
def test_a_curators_own_item_goes_into_the_gold_through_the_server(ls_server, client, project, data_root: Path) -> None:
    import dataclasses

    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.convert import doc_to_results

    ws = Workspace.at(data_root)
    passes, cur = three_passes(data_root), data_root / "cur"
    assert run("adjudicate", str(passes), "-o", str(cur)).exit_code == 0
    assert ls(ls_server, "curate", str(cur), "--project", project).exit_code == 0
    (task,) = client.tasks(client.project(project).id)
    theirs = load_annotations(passes / "a", ws.context())[NR]
    mine = dataclasses.replace(theirs.claims[0], id="c99", span=[(1, 9)], quote=None)
    curator = dataclasses.replace(theirs, items={**theirs.items, "claims": [*theirs.claims, mine]})
    client.sdk.annotations.create(id=task["id"], result=doc_to_results(curator, ws.documents[NR].text, Vocab.of_workspace(ws)))
    wrote = ls(ls_server, "curate", str(cur), "--project", project, "--pull", "--write-gold")
    assert wrote.exit_code == 0, wrote.output
    assert "1 item(s) of their own" in wrote.output and f"new: {NR} claims" in wrote.output
    after = load_annotations(ws.gold_dir, ws.context())[NR]
    assert after.claims[:-1] == theirs.claims and after.claims[-1].span == mine.span
    log = (data_root / "annotations/ADJUDICATION.log.md").read_text(encoding="utf-8")
    assert f"- {NR}: the curator's own claims item" in log


def _shown(name: str) -> str:
    """How Label Studio 1.23.2 writes a tab's name (its NAME_TRUNCATE_* constants: over 15 characters, first 8 and last 6)."""
    return name if len(name) <= 15 else f"{name[:8]}...{name[-6:]}"


def test_pulled_passes_named_by_e_mail_get_tabs_one_tells_apart() -> None:
    """The walk's curation task showed two tabs "annotato….local": a curator could not tell whose version was whose."""
    from newsgold.labelstudio.curate import version_names

    names = ["annotator@newsgold.local", "bob@newsgold.local"]
    assert [_shown(f"annotator:{n}") for n in names] == ["annotato....local"] * 2  # the tabs before
    versions = version_names(names)
    assert versions == {"annotator@newsgold.local": "annotator:annotator", "bob@newsgold.local": "annotator:bob"}
    assert len({_shown(v) for v in versions.values()}) == 2
    assert version_names(["a", "b", "c"]) == {"a": "annotator:a", "b": "annotator:b", "c": "annotator:c"}
    same_user = ["ana@one.org", "ana@two.org"]  # one local part twice: the whole e-mails
    assert version_names(same_user) == {n: f"annotator:{n}" for n in same_user}


FLAGS = "Officials 🇮🇷🇺🇸 met.\r\n“We will talk,” Zarif said.\r\n"


@pytest.mark.labelstudio
def test_curate_pull_warns_of_an_offset_inside_a_character_as_ls_pull_does(ls_server, client, project, tmp_path, monkeypatch) -> None:
    """`ls pull` warned of a span offset between a flag's two halves; `ls curate --pull` said nothing."""
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.convert import doc_to_results
    from newsgold.schema import Claim, DocAnnotation, dumps_doc

    root = tmp_path / "ws"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.setenv("NEWSGOLD_ROOT", str(root))
    (tmp_path / "flags.txt").write_bytes(FLAGS.encode("utf-8"))
    assert run("import", "--no-progress", str(tmp_path / "flags.txt")).exit_code == 0
    whole = (FLAGS.index("“"), FLAGS.index("said.") + 5)
    passes = tmp_path / "passes"
    for name, checkworthy in (("a", True), ("b", True), ("c", False)):
        claim = Claim(id="c1", span=[whole], claimant=None, kind="factual", checkworthy=checkworthy)
        (passes / name).mkdir(parents=True)
        (passes / name / "flags.json").write_text(
            dumps_doc(DocAnnotation(doc_id="flags", quotes=[], claims=[claim], stances=[])), encoding="utf-8"
        )
    cur = tmp_path / "cur"
    assert run("adjudicate", str(passes), "-o", str(cur)).exit_code == 0
    assert ls(ls_server, "curate", str(cur), "--project", project).exit_code == 0
    (task,) = client.tasks(client.project(project).id)
    inside = FLAGS.index("🇮🇷") + 1  # between the two regional indicators of one flag
    mine = DocAnnotation(
        doc_id="flags",
        quotes=[],
        claims=[Claim(id="c1", span=[(inside, whole[1])], claimant=None, kind="factual", checkworthy=True)],
        stances=[],
    )
    ws = Workspace.find()
    client.sdk.annotations.create(id=task["id"], result=doc_to_results(mine, FLAGS, Vocab.of_workspace(ws)))
    pulled = ls(ls_server, "curate", str(cur), "--project", project, "--pull")
    assert pulled.exit_code == 0, pulled.output
    assert f"warning: project {project!r} (" in pulled.output and f"start {inside} splits the character" in pulled.output, pulled.output
