"""extract_checked: whatever a plug-in does inside ``extract`` ends as one ExtractorError naming the
document (``sys.exit()`` in a plug-in made ``run`` exit 0 with no run; ``GeneratorExit`` and a
``None`` result from ``newsgold extract`` were tracebacks); Ctrl-C stays an interrupt.
check_extractor refuses an empty name or version (a run directory ``v1`` was made)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.extractors.base import ExtractorError, check_extractor, extract_checked
from newsgold.schema import DocAnnotation

DOCS = [Document("d1", "He said “yes”.\n🇺🇸"), Document("d2", "Nothing.")]


class Plug:
    name, version, layers = "plug", "1", ("quotes",)

    def __init__(self, behaviour: Any):
        self.behaviour = behaviour

    def extract(self, document: Document) -> Any:
        return self.behaviour(document)


def _raise(exc: BaseException) -> Any:
    def f(document: Document) -> Any:
        raise exc

    return f


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        (_raise(SystemExit(0)), "plug: failed on document 'd1': SystemExit: 0"),
        (_raise(GeneratorExit()), "plug: failed on document 'd1': GeneratorExit"),
        (_raise(ValueError("bad")), "plug: failed on document 'd1': ValueError: bad"),
        (lambda d: None, "plug: returned NoneType for document 'd1', expected DocAnnotation"),
        (lambda d: (x for x in ()), "plug: returned generator for document 'd1', expected DocAnnotation"),
        (lambda d: DocAnnotation(doc_id="other"), "plug: returned doc_id 'other' for document 'd1'"),
    ],
)
def test_every_failure_is_one_error_naming_the_document(behaviour: Any, message: str) -> None:
    with pytest.raises(ExtractorError) as info:
        extract_checked(Plug(behaviour), DOCS)
    assert str(info.value).startswith(message)
    assert isinstance(info.value, NewsgoldError)


def test_ctrl_c_is_not_turned_into_an_error() -> None:
    with pytest.raises(KeyboardInterrupt):
        extract_checked(Plug(_raise(KeyboardInterrupt())), DOCS)


def test_a_good_plug_in_passes() -> None:
    out = extract_checked(Plug(lambda d: DocAnnotation(doc_id=d.doc_id, quotes=[])), DOCS)
    assert [a.doc_id for a in out] == ["d1", "d2"]


@pytest.mark.parametrize(
    ("attr", "value"), [("name", ""), ("name", "  "), ("name", None), ("version", ""), ("version", True), ("name", ["x"])]
)
def test_an_empty_or_odd_name_or_version_is_refused(attr: str, value: Any) -> None:
    plug = Plug(None)
    setattr(plug, attr, value)
    with pytest.raises(ExtractorError, match=f"m:X: {attr} must be a non-empty string"):
        check_extractor(plug, "m:X")
