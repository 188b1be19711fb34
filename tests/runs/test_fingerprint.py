"""The cache key covers every file a prediction depends on: editing a registry named in the config,
a declared data file (quotes v12's model), a plug-in's source or a ``cmd:`` script re-extracts."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from newsgold.extractors.registry import resolve
from newsgold.runs import fingerprint as fp
from newsgold.runs import run_suite
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]

PLUGIN = """
from newsgold.schema import DocAnnotation

class Plug:
    name = "plug"
    version = "1"
    layers = ("quotes",)
    data_files = ["model.txt"]

    def extract(self, document):
        return DocAnnotation(document.doc_id, quotes=[])
"""

SCRIPT = """import json, sys
for line in sys.stdin:
    print(json.dumps({"doc_id": json.loads(line)["doc_id"], "quotes": []}))
"""


def _suite(*entries: str) -> object:
    return parse_suite('name = "f"\nlayers = ["quotes"]\nbootstrap = 0\n' + "".join(entries), "f.toml")


def _extracted(root: Path, suite: object, run_id: str) -> dict[str, int]:
    _, results = run_suite(Workspace.find(), suite, root / "runs", run_id, cache_dir=root / "cache")
    return {r.label: r.stats.extracted for r in results}


def test_editing_the_registry_named_in_the_config_re_extracts(data_root: Path):
    suite = _suite('[[extractors]]\nspec = "quotes"\nconfig = { entities = "annotations/entities.json" }\n')
    plain = f"quotes-v{resolve('quotes').version}"  # the newest released version
    assert _extracted(data_root, suite, "a") == {plain: 2}
    assert _extracted(data_root, suite, "b") == {plain: 0}
    registry = data_root / "annotations/entities.json"
    registry.write_text(json.dumps(json.loads(registry.read_text()), indent=1))
    assert _extracted(data_root, suite, "c") == {plain: 2}


def test_a_file_named_inside_a_list_or_table_is_hashed(tmp_path: Path):
    (tmp_path / "a.txt").write_text("a")
    config = {"lists": ["a.txt", "nothing.txt"], "paths": {"main": "a.txt"}, "n": 3}
    digest = hashlib.sha256(b"a").hexdigest()[:16]
    assert fp.file_fingerprints(config, tmp_path) == {"lists[0]": digest, "paths.main": digest}


def test_quotes_v12_declares_its_shipped_model():
    shipped = (REPO / "src/newsgold/data/quotes_v12_ranker.json").read_bytes()
    data = fp.data_fingerprints(resolve("quotes@12"), REPO)
    assert data == {"newsgold.data/quotes_v12_ranker.json": hashlib.sha256(shipped).hexdigest()[:16]}


def test_quotes_v13_declares_its_shipped_speaker_model():
    shipped = (REPO / "src/newsgold/data/quotes_v13_speakers.json").read_bytes()
    data = fp.data_fingerprints(resolve("quotes@13"), REPO)
    assert data == {"newsgold.data/quotes_v13_speakers.json": hashlib.sha256(shipped).hexdigest()[:16]}


def test_every_declared_package_data_file_is_shipped():
    # a declared model that is not in the package would hash as "missing" and never change
    for cls, files in fp.PACKAGE_DATA.items():
        for package, name in files:
            assert fp._package_file(package, name), f"{cls}: {package}/{name} is empty"


def test_quotes_v14_declares_the_speaker_model_it_runs():
    shipped = (REPO / "src/newsgold/data/quotes_v14_speakers.json").read_bytes()
    data = fp.data_fingerprints(resolve("quotes@14"), REPO)
    assert data == {"newsgold.data/quotes_v14_speakers.json": hashlib.sha256(shipped).hexdigest()[:16]}


def test_a_changed_v12_model_re_extracts(data_root: Path, monkeypatch: pytest.MonkeyPatch):
    suite = _suite('[[extractors]]\nspec = "quotes"\nversion = "12"\n')
    assert _extracted(data_root, suite, "a") == {"quotes-v12": 2}
    real = fp._package_file
    monkeypatch.setattr(fp, "_package_file", lambda package, name: real(package, name) + b" ")
    assert _extracted(data_root, suite, "b") == {"quotes-v12": 2}


def test_editing_a_plugins_data_file_or_source_re_extracts(data_root: Path, monkeypatch: pytest.MonkeyPatch):
    plug = data_root / "plugins"
    plug.mkdir()
    (plug / "fp_plugin_mod.py").write_text(PLUGIN)
    (data_root / "model.txt").write_text("1")
    monkeypatch.syspath_prepend(str(plug))
    monkeypatch.delitem(sys.modules, "fp_plugin_mod", raising=False)
    suite = _suite('[[extractors]]\nspec = "fp_plugin_mod:Plug"\n')
    assert _extracted(data_root, suite, "a") == {"plug-v1": 2}
    assert _extracted(data_root, suite, "b") == {"plug-v1": 0}
    (data_root / "model.txt").write_text("2")
    assert _extracted(data_root, suite, "c") == {"plug-v1": 2}
    (plug / "fp_plugin_mod.py").write_text(PLUGIN + "\n# edited\n")
    assert _extracted(data_root, suite, "d") == {"plug-v1": 2}
    assert _extracted(data_root, suite, "e") == {"plug-v1": 0}


def test_editing_a_cmd_script_re_extracts_even_with_a_pinned_version(data_root: Path):
    script = data_root / "extract.py"
    script.write_text(SCRIPT)
    suite = _suite(f'[[extractors]]\nspec = "cmd:{sys.executable} {script}"\nversion = "1"\n')
    (label,) = _extracted(data_root, suite, "a")
    assert _extracted(data_root, suite, "b") == {label: 0}
    script.write_text(SCRIPT + "# edited\n")
    assert _extracted(data_root, suite, "c") == {label: 2}


def test_newsgolds_own_modules_are_not_hashed():
    assert fp.source_fingerprints(resolve("quotes"), "newsgold.extractors.quotes:QuotesV12") == {}
