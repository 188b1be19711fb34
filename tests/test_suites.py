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
