"""``init``: exactly the layout, a config that parses, a workspace that validates, nothing half-made."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from newsgold.extractors import registry
from newsgold.extractors.registry import BUILTIN_VERSIONS, resolve
from newsgold.validate import validate_all
from newsgold.workspace import Workspace
from newsgold.workspace_config import WorkspaceConfig, WorkspaceConfigError, load_config, parse_config
from newsgold.workspace_init import InitRefused, init_workspace

REPO = Path(__file__).resolve().parents[1]

ALL_LAYERS = {
    ".gitignore",
    "newsgold.toml",
    "corpus/README.md",
    "corpus/data/documents.jsonl",
    "annotations/GUIDELINES.md",
    "annotations/entities.json",
    "annotations/targets.json",
    "annotations/gold/.gitkeep",
    "annotations/passes/.gitkeep",
    "eval/suites/default.toml",
}


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_init_makes_exactly_the_layout_and_it_validates(tmp_path: Path):
    result = init_workspace(tmp_path / "mine")
    root = tmp_path / "mine"
    assert tree(root) == ALL_LAYERS == set(result.files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no staging directory left
    ws = Workspace.at(root)
    assert ws.config == WorkspaceConfig("mine", ("quotes", "claims", "stances"), "default", "mine", root / "newsgold.toml")
    assert ws.documents == {}
    assert validate_all(ws) == []
    assert json.loads((root / "annotations/entities.json").read_text()) == []
    assert "eval/runs/" in (root / ".gitignore").read_text() and ".newsgold/" in (root / ".gitignore").read_text()
    suite = tomllib.loads((root / "eval/suites/default.toml").read_text())
    pinned = [(e["spec"], e["version"]) for e in suite["extractors"]]
    assert [spec for spec, _ in pinned] == ["quotes-direct", "quotes", "claims", "stance"]
    for spec, version in pinned:  # what `newsgold extract SPEC` gives: the newest released version
        assert version == resolve(spec).version == max(BUILTIN_VERSIONS.get(spec, {version: ""}), key=int), spec
    assert ("quotes", "3") not in pinned


def test_the_suite_follows_the_registry_and_existing_suites_keep_their_pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The versions come from the extractor registry when ``init`` runs; a suite written before keeps its pins."""
    init_workspace(tmp_path / "before")
    suite = tmp_path / "before/eval/suites/default.toml"
    written = suite.read_text()
    monkeypatch.setitem(registry.BUILTINS, "quotes", BUILTIN_VERSIONS["quotes"]["6"])
    init_workspace(tmp_path / "after")
    versions = {e["spec"]: e["version"] for e in tomllib.loads((tmp_path / "after/eval/suites/default.toml").read_text())["extractors"]}
    assert versions["quotes"] == "6" and suite.read_text() == written


def test_guidelines_stub_points_to_a_worked_example_that_exists(tmp_path: Path):
    """A new workspace's guidelines are a stub: it names where full guidelines to start from are."""
    init_workspace(tmp_path / "mine")
    stub = (tmp_path / "mine/annotations/GUIDELINES.md").read_text(encoding="utf-8")
    assert "`newsgold init --from-builtin DIR`" in " ".join(stub.split())
    init_workspace(tmp_path / "seeded", seed=Workspace.builtin())
    seeded = (tmp_path / "seeded/annotations/GUIDELINES.md").read_text(encoding="utf-8")
    assert "## 3. General span rules" in seeded and "## 6. Layer 1: quotes" in seeded


@pytest.mark.parametrize(
    ("layers", "entities", "targets", "specs"),
    [
        (("quotes",), True, False, ["quotes-direct", "quotes"]),
        (("claims",), True, False, ["claims"]),
        (("stances",), False, True, ["stance"]),
    ],
)
def test_registries_only_where_the_layers_need_them(tmp_path: Path, layers, entities, targets, specs):
    root = tmp_path / "w"
    init_workspace(root, name="My corpus", layers=layers)
    assert (root / "annotations/entities.json").exists() is entities
    assert (root / "annotations/targets.json").exists() is targets
    suite = tomllib.loads((root / "eval/suites/default.toml").read_text())
    assert [e["spec"] for e in suite["extractors"]] == specs
    assert all(("config" in e) is entities for e in suite["extractors"])
    ws = Workspace.at(root)
    assert ws.config.layers == layers and ws.config.name == "My corpus" and ws.config.project == "My corpus"
    assert validate_all(ws) == []


def test_an_empty_directory_or_one_with_only_git_is_fine(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    init_workspace(empty)
    assert tree(empty) == ALL_LAYERS
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    init_workspace(repo)
    assert tree(repo) == ALL_LAYERS | {".git/HEAD"}


def test_a_non_empty_directory_is_refused_and_left_alone(tmp_path: Path):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(InitRefused, match=r"busy is not empty \(notes.txt\)"):
        init_workspace(target)
    assert tree(target) == {"notes.txt"}
    (tmp_path / "file").write_text("x")
    with pytest.raises(InitRefused, match="not a directory"):
        init_workspace(tmp_path / "file")


def test_a_failed_init_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import newsgold.workspace_init as wi

    def broken(directory: Path, files: dict) -> None:
        (directory / "newsgold.toml").write_text("half")
        raise OSError("disk full")

    monkeypatch.setattr(wi, "fill_dir", broken)
    with pytest.raises(OSError):
        init_workspace(tmp_path / "w")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "e").mkdir()
    with pytest.raises(OSError):
        init_workspace(tmp_path / "e")
    assert list((tmp_path / "e").iterdir()) == []


def test_from_builtin_copies_the_seed_and_validates(tmp_path: Path):
    seed = Workspace.at(REPO)
    result = init_workspace(tmp_path / "w", seed=seed)
    root = tmp_path / "w"
    assert result.documents == 2
    assert (root / "corpus/data/documents.jsonl").read_bytes() == (REPO / "corpus/data/documents.jsonl").read_bytes()
    for rel in ("annotations/entities.json", "annotations/targets.json", "annotations/GUIDELINES.md", "eval/suites/default.toml"):
        assert (root / rel).read_bytes() == (REPO / rel).read_bytes(), rel
    gold = sorted(p.name for p in (REPO / "annotations/gold").glob("*.json"))
    assert sorted(p.name for p in (root / "annotations/gold").iterdir()) == gold  # no .gitkeep beside real gold
    assert sorted(p.relative_to(root / "annotations/passes").as_posix() for p in (root / "annotations/passes").rglob("*.json")) == sorted(
        p.relative_to(REPO / "annotations/passes").as_posix() for p in (REPO / "annotations/passes").rglob("*.json")
    )
    assert validate_all(Workspace.at(root)) == []


def test_from_builtin_needs_a_seed_with_a_corpus(tmp_path: Path):
    init_workspace(tmp_path / "plain")
    os.remove(tmp_path / "plain" / "corpus/data/documents.jsonl")
    with pytest.raises(InitRefused, match=r"has no corpus/data/documents\.jsonl"):
        init_workspace(tmp_path / "w", seed=Workspace.at(tmp_path / "plain"))
    assert not (tmp_path / "w").exists()


def test_config_is_optional_and_checked(tmp_path: Path):
    assert load_config(REPO).name == REPO.name and load_config(REPO).path is None
    assert Workspace.at(REPO).config.layers == ("quotes", "claims", "stances")
    with pytest.raises(WorkspaceConfigError, match=r"newsgold\.toml: field layers: unknown layer"):
        parse_config('layers = ["quotes", "sentiment"]', "newsgold.toml")
    with pytest.raises(WorkspaceConfigError, match="unknown field"):
        parse_config('nmae = "x"', "newsgold.toml")
    with pytest.raises(WorkspaceConfigError, match="invalid TOML"):
        parse_config("name = ", "newsgold.toml")
    config = WorkspaceConfig('Odd "name" \\ é', ("stances",), "quick", "LS project")
    assert parse_config(config.to_toml(), "x") == config
    with pytest.raises(WorkspaceConfigError):
        init_workspace(tmp_path / "bad", name="line\nbreak")


def test_a_second_init_is_refused(tmp_path: Path):
    root = tmp_path / "w"
    init_workspace(root)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    with pytest.raises(InitRefused, match="not empty"):
        init_workspace(root, name="other")
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_validate_reports_a_broken_config(tmp_path: Path):
    init_workspace(tmp_path / "w")
    (tmp_path / "w" / "newsgold.toml").write_text('layers = ["quotes", "sentiment"]\n')
    problems = validate_all(Workspace.at(tmp_path / "w"))
    assert [p.message for p in problems] == ["field layers: unknown layer(s) 'sentiment' (choose from quotes, claims, stances)"]
    assert problems[0].file.endswith("newsgold.toml")


def test_label_studio_project_defaults(tmp_path: Path) -> None:
    """Without newsgold.toml the project keeps its historical title; with one, it is the workspace's name."""
    assert WorkspaceConfig.default(tmp_path / "any-checkout").project == "newsgold"
    assert parse_config('name = "My corpus"\n', "newsgold.toml").project == "My corpus"
    assert parse_config("", "newsgold.toml", default_name="dir-name").project == "dir-name"
    assert parse_config('[labelstudio]\nproject = "LS project"\n', "newsgold.toml").project == "LS project"


@pytest.mark.parametrize("name", ["ws", "é", "w" * 80])
def test_init_writes_a_project_title_label_studio_takes(tmp_path: Path, name: str) -> None:
    """``init ws`` wrote ``project = "ws"``, which ``annotate`` then refused (3 to 50 characters)."""
    from newsgold.labelstudio.client import check_title

    init_workspace(tmp_path / "w", name=name)
    project = Workspace.at(tmp_path / "w").config.project
    check_title(project)
    assert project.startswith(name[:50])


def _card_snippet(root: Path) -> str:
    card = (root / "corpus/README.md").read_text(encoding="utf-8")
    return card.split("```python\n", 1)[1].split("\n```", 1)[0]


def test_the_cards_load_call_gives_this_workspaces_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Two workspaces, then one after an import: `datasets.load_dataset("corpus/")` returned the first one loaded on
    the machine each time (its cache key is the folder's name and card); the card's call follows the documents."""
    counts = {}
    for name, n in (("one", 1), ("two", 2), ("one", 3)):
        root = tmp_path / name
        if not root.exists():
            init_workspace(root)
        lines = [json.dumps({"doc_id": f"{name}-{i}", "text": f"Text {i} of {name} 👋🏽."}) for i in range(n)]
        (root / "corpus/data/documents.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        monkeypatch.chdir(root)
        scope: dict = {}
        exec(_card_snippet(root), scope)
        counts[name, n] = sorted(scope["ds"]["doc_id"])
    assert counts == {("one", 1): ["one-0"], ("two", 2): ["two-0", "two-1"], ("one", 3): ["one-0", "one-1", "one-2"]}


def test_the_readme_finds_the_label_studio_notes_in_the_seed_and_a_new_workspace(tmp_path: Path):
    """README step 2 of "Annotate in Label Studio" points to the guidelines' "In Label Studio" notes:
    they are in the seed's GUIDELINES.md and in the one `newsgold init` writes."""
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    step = readme[readme.index("2. Open the project link") :][:400]
    assert "**In Label Studio**" in step and "§10" in step
    init_workspace(tmp_path / "new")
    assert re.search(r"^## In Label Studio$", (tmp_path / "new/annotations/GUIDELINES.md").read_text(encoding="utf-8"), re.M)
    seed = (Workspace.builtin().annotations_dir / "GUIDELINES.md").read_text(encoding="utf-8")
    section10 = seed[seed.index("## 10. Annotation procedure") : seed.index("## 11.")]
    assert "**In Label Studio**" in section10


def test_a_name_too_long_for_the_stage_names_the_target(tmp_path):
    """Round 12: ``init <245 r's>`` said ``.rrr….ngtx-27877-b7562d8d.tmp: File name too long``."""
    target = tmp_path / ("r" * 245)
    with pytest.raises(OSError) as refused:
        init_workspace(target)
    assert refused.value.filename == str(target) and "give a name of 228 bytes at most" in refused.value.strerror
    assert list(tmp_path.iterdir()) == []
