"""Suite files: parsing, clear errors naming file and field, deterministic folds."""

from __future__ import annotations

import pytest

from newsgold.suites import SuiteError, fold_assignment, load_suite, parse_suite
from newsgold.workspace import Workspace

GOOD = """
name = "s"
documents = ["a", "b"]
layers = ["quotes"]
schemes = ["exact", "coverage:0.3"]
[[extractors]]
spec = "quotes"
version = 2
[[extractors]]
spec = "claims-learned"
folds = 2
[extractors.config]
threshold = 0.4
"""


def test_parse_good_suite():
    s = parse_suite(GOOD, "s.toml")
    assert s.documents == ("a", "b") and s.layers == ("quotes",)
    assert s.extractors[0].version == "2"
    assert s.extractors[1].folds == 2 and s.extractors[1].config == {"threshold": 0.4}
    assert len(s.content_hash) == 64


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = 's'\n[[extractors]]\nversion = '1'\n", r"s.toml: extractors\[0\]: field spec is required"),
        ("[[extractors]]\nspec = 'quotes'\nfolds = 1\n", r"extractors\[0\]: field folds: cross-validation needs at least 2"),
        ("layers = ['quotes', 'x']\n[[extractors]]\nspec = 'quotes'\n", r"field layers: unknown layer"),
        ("schemes = ['nope']\n[[extractors]]\nspec = 'quotes'\n", r"field schemes: unknown scheme"),
        ("documents = 3\n[[extractors]]\nspec = 'quotes'\n", r"field documents"),
        ("name = 's'\n", r"at least one \[\[extractors\]\]"),
        ("bogus = 1\n[[extractors]]\nspec = 'quotes'\n", r"unknown field\(s\) bogus"),
        ("name = \n", r"s.toml: invalid TOML"),
        ("[[extractors]]\nspec = 'quotes'\ncolor = 'red'\n", r"extractors\[0\]: unknown field\(s\) color"),
        ("seed = -1\n[[extractors]]\nspec = 'quotes'\n", r"^s.toml: field seed: must be between 0 and 4294967295, got -1$"),
        ("seed = 4294967296\n[[extractors]]\nspec = 'quotes'\n", r"field seed: must be between 0 and 4294967295"),
        ("seed = true\n[[extractors]]\nspec = 'quotes'\n", r"field seed: expected int, got bool True"),
        ("seed = 1.5\n[[extractors]]\nspec = 'quotes'\n", r"field seed: expected int, got float 1.5"),
        ("bootstrap = -5\n[[extractors]]\nspec = 'quotes'\n", r"field bootstrap: must be between 0 and 1000000, got -5"),
        ("bootstrap = 10000000\n[[extractors]]\nspec = 'quotes'\n", r"field bootstrap: must be between 0 and 1000000"),
        ("bootstrap = false\n[[extractors]]\nspec = 'quotes'\n", r"field bootstrap: expected int, got bool"),
        ("match_scheme = 'nope'\n[[extractors]]\nspec = 'quotes'\n", r"field match_scheme: unknown scheme"),
        ("schemes = [3]\n[[extractors]]\nspec = 'quotes'\n", r"field schemes: expected scheme names \(strings\), got 3"),
        ("[[extractors]]\nspec = 'quotes'\nversion = true\n", r"extractors\[0\]: field version: expected a string"),
        ("[[extractors]]\nspec = 'quotes'\nfolds = true\n", r"extractors\[0\]: field folds: expected int, got bool"),
        ("[[extractors]]\nspec = 'quotes'\nconfig = 3\n", r"extractors\[0\]: field config: expected dict"),
    ],
)
def test_bad_suites(text: str, message: str):
    with pytest.raises(SuiteError, match=message):
        parse_suite(text, "s.toml")


def test_builtin_suites_load():
    default = load_suite(Workspace.find())
    assert {e.spec for e in default.extractors} == {"quotes-direct", "quotes", "claims", "claims-learned", "stance"}
    assert next(e for e in default.extractors if e.spec == "claims-learned").folds == 2
    with pytest.raises(SuiteError, match="no suite 'nope'"):
        load_suite(Workspace.find(), "nope")


def test_folds_are_by_document_and_deterministic():
    ids = [f"d{i}" for i in range(10)]
    a = fold_assignment(ids, 3, 7)
    assert a == fold_assignment(list(reversed(ids)), 3, 7)
    assert sorted(set(a.values())) == [0, 1, 2]


def test_suite_file_not_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(b'name = "s"\ndescription = "caf\xe9"\n[[extractors]]\nspec = "quotes"\n')
    with pytest.raises(SuiteError) as e:
        load_suite(Workspace.find(), path)
    assert str(e.value) == f"{path}:2: not UTF-8 (invalid continuation byte, byte 0xe9) (column 19)"


@pytest.mark.parametrize(
    "entry, message",
    [
        ('spec = "no_such_module_xyz:Extractor"\nlabel = "mine"', "no_such_module_xyz"),
        ('spec = "claims-learned"\nlabel = "mine"', "a learned extractor is evaluated only by cross-validation"),
        ('spec = "quotes"\nversion = "2"\nfolds = 2\nlabel = "mine"', "folds is set but"),
    ],
)
def test_every_extractor_is_checked_before_any_extraction(tmp_path, monkeypatch, entry: str, message: str):
    """A labelled entry used to be resolved only when its turn came, after the others had run."""
    import newsgold.runs.core as core
    from newsgold.runs import RunError, run_suite

    def no_extraction(*args, **kwargs):
        raise AssertionError("extraction started before the suite was checked")

    monkeypatch.setattr(core, "Folded", no_extraction)  # cross-validated entries: fitting the fold models
    monkeypatch.setattr(core, "stream_entry", no_extraction)  # every other entry
    text = 'name = "s"\nlayers = ["quotes"]\nbootstrap = 0\n[[extractors]]\nspec = "quotes"\n[[extractors]]\n' + entry + "\n"
    with pytest.raises(RunError, match=message):
        run_suite(Workspace.find(), parse_suite(text, "s.toml"), tmp_path / "runs", "r", use_cache=False)
    assert not (tmp_path / "runs" / "r").exists()


def test_a_label_given_twice_is_named_with_its_entries():
    """It was "field extractors: duplicate label", naming neither."""
    text = 'name = "s"\n[[extractors]]\nspec = "quotes"\nlabel = "a"\n[[extractors]]\nspec = "quotes@2"\n[[extractors]]\nspec = "quotes@3"\nlabel = "a"\n'
    with pytest.raises(SuiteError) as e:
        parse_suite(text, "s.toml")
    assert str(e.value) == "s.toml: field extractors: label 'a' is given to extractors[0] and extractors[2]"


def test_a_suite_with_a_bom_is_said_to_have_one():
    """tomllib's message was "Invalid statement (at line 1, column 1)"."""
    with pytest.raises(SuiteError, match=r"^s\.toml:1: starts with a UTF-8 byte order mark"):
        parse_suite('\ufeffname = "s"\r\n[[extractors]]\r\nspec = "quotes"\r\n', "s.toml")
    assert parse_suite('name = "s"\r\n[[extractors]]\r\nspec = "quotes"\r\n', "s.toml").name == "s"  # CRLF alone is fine


def test_a_named_pipe_is_refused_and_a_shell_pipe_is_read(data_root, tmp_path):
    """Round 11 recorded a suite made a named pipe (``mkfifo``) read as empty: "at least one
    [[extractors]] table is needed", naming the file but not what it was.  ``run <(make-suite)`` is read."""
    import os

    ws = Workspace.at(data_root)
    text = 'name = "p"\ndocuments = "all"\ngold = "annotations/gold"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'
    os.mkfifo(tmp_path / "s.toml")
    with pytest.raises(SuiteError, match=r"s\.toml: is not a regular file \(a named pipe\)"):
        load_suite(ws, tmp_path / "s.toml")
    r, w = os.pipe()
    os.write(w, text.encode())
    os.close(w)
    try:
        assert load_suite(ws, f"/dev/fd/{r}").extractors
    finally:
        os.close(r)
