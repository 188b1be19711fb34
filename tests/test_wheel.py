"""newsgold as a user gets it: a wheel in a fresh venv, run from an empty directory outside any workspace.

The venv is made with ``python -m venv`` and the wheel installed with its dependencies (from the
local package cache), as ``pip install newsgold`` would: that takes about two minutes, once per
session, and proves the wheel's dependency list as well as its files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsgold.extractors.registry import builtin_version

REPO = Path(__file__).resolve().parents[1]
SEED_DIRS = ("corpus", "annotations", "eval/suites")  # what the wheel carries under newsgold/_builtin/
PREFIX = "newsgold/_builtin/"


def seed_files() -> dict[str, bytes]:
    """The repository's seed data, without caches and local state (hidden or __pycache__ entries)."""
    out = {}
    for top in SEED_DIRS:
        for p in sorted((REPO / top).rglob("*")):
            rel = p.relative_to(REPO)
            if p.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
                out[rel.as_posix()] = p.read_bytes()
    return out


def readme_table() -> list[str]:
    """The rows of the table under "What the main job prints"."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## What the main job prints", 1)[1]
    start = section.index("| run | layer |")
    return [line for line in section[start:].split("\n\n", 1)[0].splitlines()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(REPO)], check=True, timeout=600)
    (built,) = dist.glob("newsgold-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and its dependencies installed; returns its bin directory."""
    env = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=300)
    subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=900)
    return env / "bin"


def newsgold(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSGOLD_ROOT", "VIRTUAL_ENV", "PYTHONPATH")}
    env.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", COLUMNS="200")
    return subprocess.run([str(venv / "newsgold"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def installed_seed(venv: Path) -> Path:
    out = subprocess.run(
        [str(venv / "python"), "-c", "import newsgold._builtin as b; print(b.HERE)"], cwd="/", capture_output=True, text=True, check=True
    )
    return Path(out.stdout.strip())


@pytest.mark.slow
def test_the_wheel_carries_the_repository_seed_byte_for_byte(wheel: Path):
    with zipfile.ZipFile(wheel) as z:
        carried = {n[len(PREFIX) :]: z.read(n) for n in z.namelist() if n.startswith(PREFIX) and not n.endswith("/")}
    assert carried.pop("__init__.py")  # the locator, not data
    expected = seed_files()
    assert sorted(carried) == sorted(expected)
    assert [k for k in expected if carried[k] != expected[k]] == []


@pytest.mark.slow
def test_outside_a_workspace_run_prints_the_readme_table(venv: Path, tmp_path: Path):
    proc = newsgold(venv, tmp_path, "run", "--out", "OUT", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("no workspace here: using the built-in seed corpus (read-only)") == 1, proc.stderr
    (group,) = (tmp_path / "OUT").iterdir()
    table = (group / "summary.md").read_text(encoding="utf-8").splitlines()
    rows = readme_table()
    assert "| quotes-v3 | quotes | content coverage:0.3 | 1.000 | 1.000 | 1.000 | speaker 1.000 |" in rows
    assert table[-len(rows) :] == rows
    assert [p.name for p in tmp_path.iterdir()] == ["OUT"]  # no cache, nothing else written here


@pytest.mark.slow
def test_outside_a_workspace_validate_succeeds_and_writes_are_refused(venv: Path, tmp_path: Path):
    seed = installed_seed(venv)
    before = sorted(p.relative_to(seed).as_posix() for p in seed.rglob("*") if "__pycache__" not in p.parts)
    proc = newsgold(venv, tmp_path, "validate")
    assert proc.returncode == 0 and "all annotation files valid" in proc.stdout, proc.stderr
    proc = newsgold(venv, tmp_path, "run", "--no-progress")
    assert proc.returncode == 1 and "--out" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    proc = newsgold(venv, tmp_path, "import", "a.txt")
    assert proc.returncode == 1 and "read-only" in proc.stderr and "newsgold init" in proc.stderr, proc.stderr
    proc = newsgold(venv, tmp_path, "extract", "quotes", "-o", str(seed / "eval" / "p.jsonl"))
    assert proc.returncode == 1 and "inside the built-in seed corpus" in proc.stderr, proc.stderr
    after = sorted(p.relative_to(seed).as_posix() for p in seed.rglob("*") if "__pycache__" not in p.parts)
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.slow
def test_init_from_builtin_copies_the_shipped_seed(venv: Path, tmp_path: Path):
    proc = newsgold(venv, tmp_path, "init", "mine", "--from-builtin")
    assert proc.returncode == 0, proc.stderr
    expected = seed_files()
    assert (tmp_path / "mine/corpus/data/documents.jsonl").read_bytes() == expected["corpus/data/documents.jsonl"]
    proc = newsgold(venv, tmp_path / "mine", "validate")
    assert proc.returncode == 0 and "no workspace here" not in proc.stderr, proc.stderr


@pytest.mark.slow
def test_the_wheel_reports_its_version(venv: Path, tmp_path: Path):
    proc = newsgold(venv, tmp_path, "--version")
    assert proc.returncode == 0 and proc.stdout.startswith("newsgold "), proc.stderr


ARTICLES = {  # one with emoji and curly quotes, one with a flag and a \r\n line break
    "bridge.txt": "The mayor said on Monday that the bridge would reopen. “We are ready,” said Ana Ruiz, the city engineer 👋🏽.\n",
    "shares.txt": "Shares fell 3%, the company said.\n",
    "coach.txt": "The coach said the team “played with heart” 🇮🇷.\r\nThey won.\n",
}


def own_corpus_commands() -> str:
    """The first bash block of the README's "Your own corpus" section, as it is."""
    section = (REPO / "README.md").read_text(encoding="utf-8").split("## Your own corpus", 1)[1]
    start = section.index("```bash\n") + len("```bash\n")
    return section[start : section.index("\n```\n", start)] + "\n"


@pytest.mark.slow
def test_the_readme_own_corpus_path_from_the_wheel(venv: Path, tmp_path: Path):
    import json

    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / name).write_bytes(text.encode("utf-8"))
    (tmp_path / "walk.sh").write_text(own_corpus_commands(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSGOLD_ROOT", "VIRTUAL_ENV", "PYTHONPATH")}
    env.update(PATH=f"{venv}{os.pathsep}{env.get('PATH', '')}", HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", COLUMNS="200")
    proc = subprocess.run(["bash", "-euo", "pipefail", "walk.sh"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    ws = tmp_path / "mycorpus"
    docs = [json.loads(line) for line in (ws / "corpus/data/documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(d["doc_id"] for d in docs) == ["bridge", "coach", "shares"]
    assert {d["doc_id"]: d["text"] for d in docs} == {n[:-4]: t for n, t in ARTICLES.items()}  # byte for byte, \r\n kept
    assert "gold for 0 of 3 documents" in proc.stdout and "gold for 1 of 3 documents" in proc.stdout

    def micro(run: str) -> dict[str, float]:
        return json.loads((ws / "eval/runs" / run / "scores.json").read_text(encoding="utf-8"))["micro"]

    newest, direct = micro(f"first/quotes-v{builtin_version('quotes')}"), micro("second/quotes-direct-v1")
    assert (newest["quotes.content.coverage:0.3.p"], newest["quotes.content.coverage:0.3.r"]) == (1.0, 1.0)
    assert (direct["quotes.content.coverage:0.3.p"], direct["quotes.content.coverage:0.3.r"]) == (1.0, 0.5)
    assert "Gold items newly found (1)" in proc.stdout and "the bridge would reopen" in proc.stdout  # compare's items
    assert "Documents: 3, 1 with gold" in proc.stdout  # status
