import json

from tests.conftest import REPO, SYNTH_TEXT

from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance, dumps_doc, dumps_line, json_schema
from newsgold.workspace import Workspace


def sample() -> DocAnnotation:
    return DocAnnotation(
        doc_id="synth",
        quotes=[Quote("q1", "direct", [(28, 41)], Source((43, 56), "E_SPOKESMAN"), (57, 61))],
        claims=[Claim("c1", [(28, 40)], "E_SPOKESMAN", "factual", False, "q1", score=0.5)],
        stances=[Stance("@document", "T_TALKS", "neutral")],
    )


def test_spans_index_python_str_code_points():
    q = sample().quotes[0]
    assert SYNTH_TEXT[slice(*q.content[0])] == "We will talk,"
    assert SYNTH_TEXT[slice(*q.source.span)] == "the spokesman"
    assert SYNTH_TEXT[10:12] == "🇮🇷"  # a flag is two code points


def test_round_trip_dict_and_canonical_text():
    doc = sample()
    text = dumps_doc(doc)
    again = DocAnnotation.from_dict(json.loads(text))
    assert again == doc
    assert dumps_doc(again) == text
    assert DocAnnotation.from_dict(json.loads(dumps_line(doc))) == doc


def test_absent_layer_is_not_an_empty_layer():
    pred = DocAnnotation.from_dict({"doc_id": "synth", "quotes": []})
    assert pred.layers == ("quotes",)
    assert pred.claims is None
    assert json.loads(dumps_line(pred)) == {"doc_id": "synth", "quotes": []}


def test_score_is_written_only_when_present():
    d = sample().to_dict()
    assert "score" not in d["quotes"][0]
    assert d["claims"][0]["score"] == 0.5


def test_canonical_text_keeps_non_ascii_and_one_item_per_line():
    doc = sample()
    doc.meta = {"note": "“curly” 🇮🇷"}
    text = dumps_doc(doc)
    assert "“curly” 🇮🇷" in text
    assert text.count("\n") == 13  # 2 braces, doc_id, meta, 3 layers x (open, item, close)


def test_committed_schema_file_is_the_packaged_schema():
    committed = json.loads((REPO / "annotations" / "schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema("annotation")


def test_committed_gold_is_in_canonical_form():
    from newsgold.store import load_annotations

    for doc_id, doc in load_annotations(Workspace.find().gold_dir, Workspace.find().context()).items():
        path = REPO / "annotations" / "gold" / f"{doc_id}.json"
        assert path.read_text(encoding="utf-8") == dumps_doc(doc), path


def test_quote_and_claim_from_dict_build_what_the_keyword_form_builds():
    from newsgold.layers.base import span, spans
    from newsgold.layers.claims import Claim
    from newsgold.layers.quotes import Quote, Source

    quotes = [
        {
            "id": "q1",
            "type": "direct",
            "content": [[1, 4], [6, 9]],
            "source": {"span": [10, 12], "entity": "E"},
            "cue": [13, 15],
            "score": 1,
        },
        {"id": "q2", "type": "mixed", "content": [[0, 2]], "source": None, "cue": None},
        {"id": "q3", "type": "indirect", "content": [[0, 2]]},
    ]
    for d in quotes:
        src = d.get("source") or {}
        want = Quote(
            id=d["id"],
            type=d["type"],
            content=spans(d["content"]),
            source=Source(span(src.get("span")), src.get("entity")),
            cue=span(d.get("cue")),
            score=d.get("score"),
        )
        got = Quote.from_dict(d)
        assert got == want and type(got.content[0]) is tuple and got.to_dict() == want.to_dict()
    d = {"id": "c1", "span": [[3, 5]], "claimant": None, "kind": "factual", "checkworthy": 1, "quote": "q1", "score": 0.5}
    want_claim = Claim(id="c1", span=[(3, 5)], claimant=None, kind="factual", checkworthy=True, quote="q1", score=0.5)
    assert Claim.from_dict(d) == want_claim and Claim.from_dict(d).checkworthy is True
