"""The four ways to plug an extractor in: entry point, module:attr, external command, file."""

from __future__ import annotations

import json
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors import ExtractorError, available, extract_many, resolve
from newsgold.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "plugin_pkg"
DOCS = [Document("a", "“One quote” 🇳🇴 and “another”.\n"), Document("b", "No quotes here.\n")]


def install_fixture(target: Path) -> None:
    """Install the fixture package as pip would (package + dist-info with its entry points),
    built from its own pyproject.toml; no network and no build backend needed."""
    meta = tomllib.loads((FIXTURE / "pyproject.toml").read_text())["project"]
    shutil.copytree(FIXTURE / "src" / "tiny_newsgold_plugin", target / "tiny_newsgold_plugin")
    info = target / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n")
    lines = []
    for group, eps in meta["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{k} = {v}" for k, v in eps.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")


def test_entry_point_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert "tiny-quotes" not in available()
    install_fixture(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    found = available()["tiny-quotes"]
    assert found.origin.startswith("entry point (tiny-newsgold-plugin)")
    ex = resolve("tiny-quotes@0.1")
    (a, b) = extract_many(ex, DOCS)
    assert [DOCS[0].text[s:e] for q in a.quotes for s, e in q.content] == ["One quote", "another"]
    assert b.quotes == []
    with pytest.raises(ExtractorError, match="version 9 requested"):
        resolve("tiny-quotes@9")
    sys.modules.pop("tiny_newsgold_plugin", None)


def test_module_attr_plugin(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(FIXTURE / "src"))
    ex = resolve("tiny_newsgold_plugin:TinyQuotes", {"x": 1})
    assert ex.name == "tiny-quotes" and ex.config == {"x": 1}
    with pytest.raises(ExtractorError, match="has no attribute"):
        resolve("tiny_newsgold_plugin:Nope")
    with pytest.raises(ExtractorError, match="cannot import no_such_module_xyz: No module named"):
        resolve("no_such_module_xyz:Thing")
    sys.modules.pop("tiny_newsgold_plugin", None)


def test_own_module_not_on_the_path_says_how(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A newcomer's myext.py beside the workspace is not importable by the ``newsgold`` script: the error says why."""
    (tmp_path / "ng_own_plugin.py").write_text("class Thing: ...\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ExtractorError, match=r"cannot import ng_own_plugin: No module named 'ng_own_plugin' \(.*PYTHONPATH=\. newsgold"):
        resolve("ng_own_plugin:Thing")
    with pytest.raises(ExtractorError, match=r"No module named 'ng_own_plugin'.*PYTHONPATH"):
        resolve("ng_own_plugin.sub:Thing")


def test_builtin_names_and_unknown():
    assert {"quotes", "quotes-direct", "claims", "claims-learned", "stance"} <= set(available())
    assert resolve("quotes@2").version == "2"
    with pytest.raises(ExtractorError, match="unknown extractor 'nope'"):
        resolve("nope")
    with pytest.raises(ExtractorError, match="unknown config key"):
        resolve("quotes", {"bogus": 1})


AWK = r"""
{
  match($0, /"doc_id": "[^"]*"/)
  id = substr($0, RSTART + 11, RLENGTH - 12)
  n = index($0, "“")
  if (n > 0) {
    printf "{\"doc_id\": \"%s\", \"quotes\": [{\"id\": \"q1\", \"type\": \"direct\", \"content\": [[0, 1]], \"source\": {\"span\": null, \"entity\": \"awk\"}, \"cue\": null}]}\n", id
  } else {
    printf "{\"doc_id\": \"%s\", \"quotes\": []}\n", id
  }
}
"""


@pytest.mark.skipif(shutil.which("awk") is None, reason="needs awk")
def test_command_plugin_awk(tmp_path: Path):
    script = tmp_path / "quotes.awk"
    script.write_text(AWK)
    ex = resolve(f"cmd:awk -f {script}", {"layers": ["quotes"]})
    a, b = ex.extract_batch(DOCS)
    assert a.quotes[0].source.entity == "awk" and b.quotes == [] and a.claims is None
    version = ex.version
    script.write_text(AWK + "\n# edited\n")
    assert resolve(f"cmd:awk -f {script}").version != version  # editing the script changes the version


@pytest.mark.parametrize(
    ("command", "config", "message"),
    [
        ("sh -c 'cat >/dev/null; echo boom >&2; exit 3'", {}, r"exited with status 3 on document 'a'; stderr: boom"),
        ("sh -c 'sleep 5'", {"timeout": 0.3}, r"timed out after 0.3s on document 'a'"),
        ("sh -c 'cat >/dev/null; echo not json'", {}, r"output line 1 on document 'a' is not JSON"),
        ('sh -c \'cat >/dev/null; echo {\\"doc_id\\": \\"a\\", \\"quotes\\": 3}\'', {}, r"bad output for document 'a'"),
        ("sh -c 'cat >/dev/null'", {}, r"no output for document 'a'"),
        ("definitely-not-a-program-xyz", {}, r"not found"),
    ],
)
def test_command_failures_name_the_document(command: str, config: dict, message: str):
    ex = resolve(f"cmd:{command}", config)
    with pytest.raises(ExtractorError, match=message):
        ex.extract_batch(DOCS[:1])


def test_command_batch_failure_is_located(tmp_path: Path):
    script = tmp_path / "fail_on_b.sh"
    script.write_text(
        "while IFS= read -r line; do\n"
        '  case "$line" in *\'"doc_id": "b"\'*) echo \'crash on b\' >&2; exit 2;; esac\n'
        '  id=$(printf \'%s\' "$line" | sed \'s/.*"doc_id": "\\([^"]*\\)".*/\\1/\')\n'
        '  printf \'{"doc_id": "%s", "quotes": []}\\n\' "$id"\n'
        "done\n"
    )
    ex = resolve(f"cmd:sh {script}")
    with pytest.raises(ExtractorError, match="on document 'b'"):
        ex.extract_batch(DOCS)


def test_file_plugin(tmp_path: Path):

    docs = Workspace.find().documents
    doc_id = sorted(docs)[0]
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps({"doc_id": doc_id, "quotes": []}) + "\n")
    ex = resolve(f"file:{path}")
    assert ex.layers == ("quotes",) and ex.extract(docs[doc_id]).quotes == []
    other = sorted(docs)[1]
    with pytest.raises(ExtractorError, match=f"no prediction for document '{other}'"):
        ex.extract(docs[other])
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"doc_id": doc_id, "quotes": [{"id": "q1"}]}) + "\n")
    with pytest.raises(ExtractorError, match=r"bad\.jsonl:1"):
        resolve(f"file:{bad}")


def test_pinned_builtin_versions_are_still_served():
    # quotes v3 and stance v2 came with the held-out check and the leakage audit; the versions
    # before them stay resolvable so that pinned suites reproduce
    assert resolve("quotes@2").version == "2" and resolve("quotes@3").version == "3"
    assert resolve("stance@1").version == "1" and resolve("stance@2").version == "2"
    assert resolve("quotes", version="3").name == "quotes"
    with pytest.raises(ExtractorError, match="version 99 requested"):
        resolve("quotes@99")  # an unreleased version (12 was, in session 10)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"timeout": "abc"}, r"config timeout: expected a number of seconds > 0, got 'abc'"),
        ({"timeout": 0}, r"config timeout: expected a number of seconds > 0, got 0"),
        ({"timeout": True}, r"config timeout"),
        ({"batch_size": 0}, r"config batch_size: expected a whole number >= 1, got 0"),
        ({"batch_size": 2.5}, r"config batch_size: expected a whole number >= 1, got 2.5"),
        ({"layers": ["quotes", "nope"]}, r"config layers: unknown layer\(s\) nope"),
        ({"layers": 3}, r"config layers: expected a non-empty list"),
        ({"env": "X=1"}, r"config env: expected a table"),
        ({"version": [1]}, r"config version: expected a string"),
    ],
)
def test_command_config_is_validated(config: dict, message: str):
    with pytest.raises(ExtractorError, match=message):
        resolve("cmd:cat", config)


def test_command_config_errors_on_the_command_line(tmp_path: Path):
    from typer.testing import CliRunner

    from newsgold.cli import app

    for item, key in (("timeout=abc", "timeout"), ("batch_size=0", "batch_size")):
        res = CliRunner().invoke(app, ["extract", "cmd:cat", "-c", item, "-o", str(tmp_path / "p.jsonl")])
        assert res.exit_code == 1 and f"config {key}" in res.output, res.output
        assert res.exception is None or isinstance(res.exception, SystemExit)


def test_command_failure_survives_pickling():
    # --jobs N hands exceptions back from worker processes by pickling them
    import pickle

    from newsgold.extractors.command import CommandFailed

    e = pickle.loads(pickle.dumps(CommandFailed("cmd:x: exited with status 3 on document 'a'", ["a"])))
    assert isinstance(e, CommandFailed) and str(e) == "cmd:x: exited with status 3 on document 'a'" and e.doc_ids == ["a"]


def test_packaged_entry_points_are_the_builtin_table():
    """pyproject.toml registers the built-ins; the fallback table in code must say the same."""
    import tomllib
    from pathlib import Path

    from newsgold.extractors.registry import BUILTINS

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["entry-points"]["newsgold.extractors"] == BUILTINS


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("raise RuntimeError('no model file at /x\\nsecond line')\n", "RuntimeError: no model file at /x$"),
        ("def broken(:\n", "SyntaxError: "),
        ("import sys\nsys.exit(2)\n", "SystemExit: 2$"),
        ("import no_such_dependency_xyz\n", "No module named 'no_such_dependency_xyz'$"),
    ],
)
def test_any_error_on_import_is_an_extractor_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, shown: str):
    (tmp_path / "ng_broken_plugin.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ExtractorError, match=r"^ng_broken_plugin:Thing: cannot import ng_broken_plugin: " + shown):
        resolve("ng_broken_plugin:Thing")
    assert "ng_broken_plugin" not in sys.modules


def _readme_python_blocks() -> list[str]:
    """The ```python blocks of the README's "Plug in your extractor" section, as written there."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Plug in your extractor", 1)[1].split("\n## ", 1)[0]
    return [block.split("\n```", 1)[0] + "\n" for block in section.split("```python\n")[1:]]


def test_the_readme_plugin_examples_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    program, module = _readme_python_blocks()
    (tmp_path / "my-extractor").write_text(program, encoding="utf-8")
    (tmp_path / "my-extractor").chmod(0o755)
    (tmp_path / "myext.py").write_text(module, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc = Document("harbour", "Talks 🇵🇹 stalled 👋🏽. “We act now,\nor never,” said Rui Costa. “Fine,” she said.\n")
    with pytest.raises(ExtractorError, match="PYTHONPATH"):
        resolve("myext:CurlyQuotes")
    monkeypatch.syspath_prepend(str(tmp_path))
    for spec, config in (("cmd:./my-extractor", {"layers": ["quotes"]}), ("myext:CurlyQuotes", None)):
        (ann,) = extract_many(resolve(spec, config), [doc])
        assert [doc.text[s:e] for q in ann.quotes for s, e in q.content] == ["We act now,\nor never,", "Fine,"], spec
        assert ann.claims is None and ann.stances is None, spec  # quotes only: the other layers are not predicted
    sys.modules.pop("myext", None)
