"""The curation file is an annotation file with a ``meta.curation`` section, and reads back typed."""

from __future__ import annotations

import json

import pytest

from newsgold.curation import CurationError, adjudicate, parse_rule
from newsgold.curation.model import curation_files, from_annotation, read_curation
from newsgold.schema import DocAnnotation
from newsgold.validate import check_object


def test_the_curation_file_reads_back(passes, ctx, tmp_path):
    cur = adjudicate(passes, parse_rule("unanimous", 3))
    for path, text in curation_files(cur, tmp_path).items():
        path.write_text(text, encoding="utf-8")
    back = read_curation(tmp_path, ctx)
    assert back["synth"].curated == cur["synth"].curated
    assert [p.to_dict() for p in back["synth"].positions] == [p.to_dict() for p in cur["synth"].positions]
    assert (back["synth"].rule, back["synth"].basis) == ("unanimous", cur["synth"].basis)
    # one position per line, so that a curator can edit a decision in place
    assert sum('"id": "claims:' in line for line in (tmp_path / "synth.json").read_text(encoding="utf-8").splitlines()) == 4


def test_it_validates_as_an_annotation_file(passes, ctx, tmp_path):
    cur = adjudicate(passes, parse_rule("2-of-3", 3))
    (text,) = curation_files(cur, tmp_path).values()
    assert check_object(json.loads(text), ctx, "synth.json") == []


def test_an_annotation_without_curation_is_refused():
    with pytest.raises(CurationError, match=r"gold/synth\.json: not a curation file"):
        from_annotation(DocAnnotation("synth", meta={"x": 1}), "gold/synth.json")
    with pytest.raises(CurationError, match=r"malformed meta\.curation"):
        from_annotation(DocAnnotation("synth", meta={"curation": {"format_version": 1}}), "c/synth.json")
