"""The layers write their items' JSON text without building dicts (``Layer.dumps_items``): the
text is exactly ``json.dumps(item.to_dict(), ensure_ascii=False)``, so annotation files, run
predictions and the gold hash (in every report and run file) keep their bytes."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

from newsgold.layers.claims import Claim
from newsgold.layers.quotes import Quote, Source
from newsgold.layers.stances import Stance
from newsgold.schema import DocAnnotation, dumps_doc, dumps_line
from newsgold.scoring.corpus import gold_hash

ODD = ["q1", 'say "no"', "back\\slash", "tab\there", "line\nbreak", "\u2028sep", "ctrl\x01\x1f\x7f", "😀🇺🇦", "“curly”", "é", "/"]
SCORES = [None, None, 0.5, 1, 0, -3, 1.0, 1e16, 1e-7, 5e-324, -0.0, 0.1 + 0.2, 2**63, 1e300]


def _span(rng: random.Random) -> tuple[int, int]:
    s = rng.randrange(5000)
    return (s, s + rng.randrange(1, 400))


def _doc(rng: random.Random, i: int) -> DocAnnotation:
    text = lambda: rng.choice(ODD)
    quotes = [
        Quote(
            text(),
            rng.choice(["direct", "indirect", "mixed"]),
            [_span(rng) for _ in range(rng.randint(1, 3))],
            Source(rng.choice([None, _span(rng)]), rng.choice([None, text()])),
            rng.choice([None, _span(rng)]),
            rng.choice(SCORES),
        )
        for _ in range(rng.randint(0, 3))
    ]
    claims = [
        Claim(
            text(),
            [_span(rng)],
            rng.choice([None, text()]),
            "factual",
            rng.choice([True, False]),
            rng.choice([None, text()]),
            rng.choice(SCORES),
        )
        for _ in range(rng.randint(0, 2))
    ]
    stances = [Stance(text(), text(), "favor", rng.choice(SCORES)) for _ in range(rng.randint(0, 2))]
    meta = rng.choice([None, {"extractor": "x", "n": [1, 2.5, None, "é\n"]}])
    layers = {"quotes": quotes, "claims": claims, "stances": stances}
    return DocAnnotation(f"d{i}{rng.choice(ODD)}", meta=meta, **{k: rng.choice([v, v, None]) for k, v in layers.items()})


def test_items_and_documents_are_written_as_json_dumps_writes_them():
    rng = random.Random(5)
    docs = [_doc(rng, i) for i in range(600)]
    for doc in docs:
        d = doc.to_dict()
        assert dumps_line(doc) == json.dumps(d, ensure_ascii=False)
        assert dumps_doc(doc) == dumps_doc(d)  # the dict form is the reference writer
    assert sum(1 for d in docs for q in d.quotes or [] if q.score is not None) > 100


def test_the_dict_writer_is_json_dumps_per_item():
    d = {"doc_id": "x", "meta": {"a": [1]}, "quotes": [{"id": "q1", "b": 'say "no"'}], "claims": []}
    assert (
        dumps_doc(d)
        == '{\n  "doc_id": "x",\n  "meta": {"a": [1]},\n  "quotes": [\n    {"id": "q1", "b": "say \\"no\\""}\n  ],\n  "claims": []\n}\n'
    )


def test_an_item_of_another_type_is_written_through_its_dict():
    class Odd(Quote):
        def to_dict(self) -> dict[str, Any]:
            return {"odd": True}

    doc = DocAnnotation("d", quotes=[Odd("q1", "direct", [(0, 1)]), Quote("q2", "direct", [(1, 2)])])
    assert dumps_line(doc) == json.dumps(doc.to_dict(), ensure_ascii=False)
    assert '{"odd": true}' in dumps_line(doc)


def test_gold_hash_is_the_sha256_of_the_json_lines_of_the_gold():
    rng = random.Random(8)
    gold = {d.doc_id: d for d in (_doc(rng, i) for i in range(200))}
    h = hashlib.sha256()
    for doc_id in sorted(gold):
        h.update(json.dumps(gold[doc_id].to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
    assert gold_hash(gold) == h.hexdigest()


def test_offsets_that_are_not_plain_ints_are_written_as_json_dumps_writes_them() -> None:
    """A Python plug-in's numpy offsets were written as ``np.int64(3)``: not JSON, silently, into run
    predictions and the gold hash.  They take ``json.dumps``'s path, which refuses numpy integers."""
    import numpy as np
    import pytest

    three = np.int64(3)
    quote = Quote("q1", "direct", [(three, 9)], Source(None, None), None)
    claim = Claim("c1", [(0, three)], None, "factual", True, None)
    for item, layer in ((quote, "quotes"), (claim, "claims")):
        with pytest.raises(TypeError, match="int64"):
            dumps_line(DocAnnotation("d", **{layer: [item]}))
    assert json.loads(dumps_line(DocAnnotation("d", quotes=[Quote("q1", "direct", [(3, 9)], Source((0, 2), None), (True, 2))])))["quotes"][
        0
    ]["cue"] == [True, 2]
