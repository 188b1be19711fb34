"""The canonical lines and gold hash written by msgspec are ``schema.dumps_line``'s bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance, dumps_line
from newsgold.scoring import canonical
from newsgold.scoring.corpus import gold_hash


def reference_hash(gold: dict[str, DocAnnotation]) -> str:
    h = hashlib.sha256()
    for doc_id in sorted(gold):
        h.update(dumps_line(gold[doc_id]).encode("utf-8") + b"\n")
    return h.hexdigest()


def same(docs: list[DocAnnotation]) -> None:
    assert canonical.canonical_lines(docs) == [dumps_line(d).encode("utf-8") for d in docs]
    gold = {d.doc_id: d for d in docs}
    assert gold_hash(gold) == canonical.gold_hash(gold) == reference_hash(gold)


NASTY = [
    "q1",
    "é😀🇫🇷",
    "“curly”",
    "a,b",
    "a:b",
    'a"b',
    "a\\b",
    "a\\",
    "line\r\nbreak",
    "\x00\x01\x1f\x7f",
    "\u2028\u2029",
    "true",
    "null",
    "1e5",
    "x.y",
    "",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=8))
offset = st.one_of(st.integers(0, 10**6), st.sampled_from([2**70, -1, True]))
pair = st.tuples(offset, offset)
score = st.one_of(
    st.none(), st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5), st.sampled_from([1e-05, 1e16, 2.5e-7, 0.1])
)


@st.composite
def documents(draw, doc_id: str) -> DocAnnotation:
    quotes = [
        Quote(
            draw(text),
            draw(text),
            draw(st.lists(pair, max_size=3)),
            Source(draw(st.none() | pair), draw(st.none() | text)),
            draw(st.none() | pair),
            draw(score),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    claims = [
        Claim(
            draw(text),
            draw(st.lists(pair, max_size=2)),
            draw(st.none() | text),
            draw(text),
            draw(st.booleans()),
            draw(st.none() | text),
            draw(score),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    stances = [Stance(draw(text), draw(text), draw(text), draw(score)) for _ in range(draw(st.integers(0, 2)))]
    meta = draw(st.none() | st.dictionaries(text, st.one_of(text, st.integers(), st.floats(allow_nan=False), st.none()), max_size=3))
    layers = {"quotes": quotes, "claims": claims, "stances": stances}
    for name in draw(st.sets(st.sampled_from(sorted(layers)))):
        layers[name] = None  # not annotated
    return DocAnnotation(doc_id, meta=meta, items=layers)


@settings(max_examples=150, deadline=None)
@given(st.lists(text, min_size=1, max_size=6, unique=True).flatmap(lambda ids: st.tuples(*(documents(i) for i in ids))))
def test_random_and_adversarial_documents(docs):
    same(list(docs))


def test_plain_documents_take_the_fast_path(monkeypatch):
    docs = [
        DocAnnotation(
            f"d{i}",
            [
                Quote("q1", "direct", [(0, 4), (6, 9)], Source((10, 12), "E_1"), (13, 15)),
                Quote("q2", "indirect", [(1, 2)], Source(None, None)),
            ],
            [Claim("c1", [(0, 3)], "E_1", "factual", True, "q1")],
            [Stance("@document", "t1", "favor")],
            meta={"ñame": "ü😀", "n": [1, 2.5]},
        )
        for i in range(3)
    ]
    slow = []
    for layer in ("QuotesLayer", "ClaimsLayer", "StancesLayer"):
        cls = getattr(__import__(f"newsgold.layers.{layer[:-5].lower()}", fromlist=[layer]), layer)
        monkeypatch.setattr(cls, "dumps_items", lambda self, items, cls=cls: slow.append(cls) or [])
    lines = canonical.canonical_lines(docs)
    assert not slow  # nothing written item by item
    monkeypatch.undo()
    assert lines == [dumps_line(d).encode("utf-8") for d in docs]


@pytest.mark.parametrize(
    "offsets",
    [[(0.0, 2.0)], [(1e-05, 3)], [(1e16, 3)], [(float("nan"), 3)], [(2, float("inf"))], [(np.int64(1), 2)]],
    ids=["floats", "small-float", "large-float", "nan", "inf", "numpy-int"],
)
def test_numbers_json_writes_otherwise_are_written_by_the_layer(offsets):
    doc = DocAnnotation("d", [Quote("q1", "direct", offsets, Source(None, None), (1, 2))])
    try:
        expected = dumps_line(doc).encode("utf-8")
    except TypeError:  # (numpy ints: json.dumps refuses them, and so does the gold hash)
        with pytest.raises(TypeError):
            canonical.canonical_lines([doc])
        return
    assert canonical.canonical_lines([doc]) == [expected]


def test_a_subclass_and_a_dict_are_written_as_before():
    @dataclass
    class Scored(Quote):  # (a plug-in's subclass: its to_dict is what counts)
        def to_dict(self):
            return {**super().to_dict(), "extra": 1}

    docs = [DocAnnotation("a", [Scored("q1", "direct", [(0, 1)])]), DocAnnotation("b", [Quote("q1", "direct", [(0, 1)])])]
    assert canonical.canonical_lines([*docs, {"doc_id": "c", "quotes": []}]) == [
        dumps_line(d).encode("utf-8") for d in [*docs, {"doc_id": "c", "quotes": []}]
    ]


def test_lone_surrogate_fails_as_before():
    doc = DocAnnotation("d", [Quote("q\ud800", "direct", [(0, 1)])])
    with pytest.raises(UnicodeEncodeError):
        reference_hash({"d": doc})
    with pytest.raises(UnicodeEncodeError):
        canonical.gold_hash({"d": doc})


def test_the_hash_is_taken_chunk_by_chunk(monkeypatch):
    docs = {f"d{i}": DocAnnotation(f"d{i}", [Quote(f"q{i}", "direct", [(0, i + 1)])], meta={"i": i}) for i in range(7)}
    monkeypatch.setattr(canonical, "CHUNK", 2)
    assert canonical.gold_hash(docs) == reference_hash(docs)
