"""extractors.base: undeclared layers are "not predicted" (extract_many); whatever a plug-in does
inside ``extract`` ends as one ExtractorError naming the document (extract_checked); Ctrl-C stays an
interrupt; check_extractor refuses an empty name or version."""

from __future__ import annotations

from typing import Any

import pytest

from newsgold.corpus import Document
from newsgold.errors import NewsgoldError
from newsgold.extractors.base import ExtractorError, check_extractor, extract_checked, extract_many
from newsgold.schema import Claim, DocAnnotation, Quote, Source

DOC = Document(doc_id="harbour", text="Talks 🇵🇹 stalled. “We act now,\nor never,” said Rui Costa.", title=None)


class QuotesOnly:
    """The obvious way to write a quotes plug-in: DocAnnotation(doc_id, quotes=...)."""

    name, version, layers = "quotes-only", "1", ("quotes",)

    def __init__(self, claims: list | None = None):
        self.claims = claims

    def extract(self, document: Document) -> DocAnnotation:
        start = document.text.index("We act")
        quote = Quote("q1", "direct", [(start, document.text.index("”"))], Source(None), None)
        if self.claims is None:
            return DocAnnotation(document.doc_id, quotes=[quote])
        return DocAnnotation(document.doc_id, quotes=[quote], claims=self.claims)


def test_undeclared_layers_are_not_predicted():
    (ann,) = extract_many(QuotesOnly(), [DOC])
    assert ann.claims is None and ann.stances is None
    assert [DOC.text[s:e] for s, e in ann.quotes[0].content] == ["We act now,\nor never,"]


def test_undeclared_layer_with_items_is_refused():
    claim = Claim("c1", [(0, 5)], "E_X", "factual", True, None)
    with pytest.raises(ExtractorError, match=r"quotes-only: returned claims for document 'harbour' but declares layers quotes"):
        extract_many(QuotesOnly(claims=[claim]), [DOC])


def test_declared_empty_layer_stays_nothing_found():
    class Both(QuotesOnly):
        layers = ("quotes", "claims")

    (ann,) = extract_many(Both(), [DOC])
    assert ann.claims == [] and ann.stances is None


def test_json_form_keeps_its_absent_layers():
    class Raw(QuotesOnly):
        def extract(self, document: Document) -> dict:  # type: ignore[override]
            return {"doc_id": document.doc_id, "quotes": [{"id": "q1", "type": "direct", "content_text": "We act now,\nor never,"}]}

    (ann,) = extract_many(Raw(), [DOC])
    assert ann.claims is None and DOC.text[slice(*ann.quotes[0].content[0])] == "We act now,\nor never,"


DOCS = [Document("d1", "He said “yes”.\n🇺🇸"), Document("d2", "Nothing.")]


class Plug:
    name, version, layers = "plug", "1", ("quotes",)

    def __init__(self, behaviour: Any):
        self.behaviour = behaviour

    def extract(self, document: Document) -> Any:
        return self.behaviour(document)


class Unshowable(Exception):
    def __str__(self) -> str:
        raise ValueError("no str")


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
        # its __str__ raising escaped as a traceback (round 6, case 62)
        (_raise(Unshowable()), "plug: failed on document 'd1': Unshowable: (its message cannot be shown: str() raised ValueError)"),
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


def test_a_configured_registry_is_read_when_the_extractor_is_resolved(data_root) -> None:
    """A missing or malformed entities file was found only at the first document ("failed on
    document …"), and a missing explicit targets file gave a stance extractor no targets, exit 0."""
    from newsgold.extractors import resolve
    from newsgold.workspace import Workspace

    ws = Workspace.at(data_root)
    (data_root / "bad.json").write_text("[{", encoding="utf-8")
    with pytest.raises(ExtractorError, match=r"^quotes: config entities: .*nope\.json: no such file"):
        resolve("quotes@7", {"entities": "nope.json"}, workspace=ws)
    with pytest.raises(ExtractorError, match=r"^quotes: config entities: .*bad\.json:\d+: malformed JSON"):
        resolve("quotes@2", {"entities": "bad.json"}, workspace=ws)
    with pytest.raises(ExtractorError, match=r"^stance: config targets: .*nope\.json: no such file"):
        resolve("stance@3", {"targets": "nope.json"}, workspace=ws)
    (data_root / "annotations" / "targets.json").unlink()  # the default file may be absent: no targets
    assert resolve("stance@3", workspace=ws).extract(DOC).stances == []


class Forks:
    """A plug-in that forks inside ``extract``: the child returns into newsgold too."""

    name, version, layers = "forks", "1", ("quotes",)

    def extract(self, document: Document) -> DocAnnotation:
        import os

        os.fork()
        return DocAnnotation(document.doc_id, quotes=[])


def test_a_child_forked_by_a_plug_in_stops_when_it_returns_into_newsgold(tmp_path) -> None:
    """The forked child went on as a second newsgold: in a run it wrote into the same staged run
    directory ("File exists", "incomplete run"), exit 1.  Only the calling process returns."""
    import os

    marker = tmp_path / "returned"
    pid = os.getpid()
    result = extract_checked(Forks(), [DOC])
    if os.getpid() != pid:  # pragma: no cover - the child must never get here
        marker.write_text("child", encoding="utf-8")
        os._exit(0)
    os.wait()
    assert [a.doc_id for a in result] == [DOC.doc_id] and not marker.exists()


class _FitBreaks:
    name, version, layers = "fitbreaks", "1", ("claims",)

    def fit(self, documents: Any, gold: Any) -> None:
        raise RuntimeError("fit broke")

    def extract(self, document: Document) -> DocAnnotation:
        return DocAnnotation(document.doc_id, claims=[])


def test_a_plugin_fit_that_raises_is_an_extractor_error_naming_it():
    """A learned plug-in's fit() raising escaped as a traceback (round 7); now it names the extractor."""
    from newsgold.extractors.base import fit_checked

    with pytest.raises(ExtractorError) as e:
        fit_checked(_FitBreaks(), [Document("d", "Text.")], {})
    assert isinstance(e.value, NewsgoldError)
    assert str(e.value) == "fitbreaks: fit() failed (training on 1 document(s)): RuntimeError: fit broke"
