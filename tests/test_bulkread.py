"""The bulk reader (newsgold.bulkread) only ever says "nothing to say": on random files of good
and bad lines, reading with it gives the same problems, in the same order, and the same typed
annotations (same types of values too) as reading every line the slow way."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from newsgold import bulkread
from newsgold.corpus import Document
from newsgold.store import load_annotations
from newsgold.validate import Context, ValidationError, read_jsonl, validate_jsonl

TEXT = "Talks “resume” 🇺🇦 today, he said.\nThe minister 😀 said: “We will not give up.” Critics disagree. " * 3


def _ctx(strict_layers: tuple[str, ...] | None = None) -> Context:
    docs = {f"d{i}": Document(f"d{i}", TEXT[: 60 + 40 * i]) for i in range(4)}
    return Context(docs=docs, entity_ids={"E_A", "E_B"}, target_ids={"T_TALKS"}, layers=strict_layers)


class _Draw:
    """Random choices; a document drawn bad gets at most one bad value (so that no check of the
    bulk reader is masked by another problem of the same document), a clean one none."""

    def __init__(self, rng: random.Random, bad: bool):
        self.rng, self.left = rng, int(bad)

    def chance(self, p: float) -> bool:
        if self.left and self.rng.random() < p:
            self.left -= 1
            return True
        return False

    def pick(self, good: list[Any], bad: list[Any], p: float = 0.15) -> Any:
        return self.rng.choice(bad if self.chance(p) else good)

    def span(self, n: int) -> list[Any]:
        s = self.rng.randrange(n)
        bad = [[5, 5], [7, 3], [n, n + 1], [0, n + 3], [-1, 4], [2.0, 5], [True, 4], [1, 2, 3], [2**64, 2**64 + 1], [3]]
        return self.pick([[s, self.rng.randint(s + 1, n)]], bad)

    def frags(self, n: int) -> list[Any]:
        cuts = sorted(self.rng.sample(range(n + 1), 4))
        good = [[cuts[0], cuts[1]], [cuts[self.rng.choice([1, 2])], cuts[3]]][: self.rng.randint(1, 2)]
        if not self.chance(0.15):
            return good
        unsorted, overlapping = [[cuts[2], cuts[3]], [cuts[0], cuts[1]]], [[cuts[0], cuts[2]], [cuts[1], cuts[3]]]
        return self.rng.choice([unsorted, overlapping, [], [[5, 5]], [[0, n + 1]], [[7, 3]], [[0, 2], [2, 2]]])


def _doc(rng: random.Random, doc_id: str, n: int) -> dict[str, Any]:
    r = _Draw(rng, rng.random() < 0.6)
    ent = lambda: r.pick([None, "E_A", "E_B", "Someone"], [""])  # "Someone": free text, refused in gold
    doc: dict[str, Any] = {"doc_id": doc_id}
    if rng.random() < 0.2:
        doc["meta"] = r.pick([{"extractor": "x", "n": [1, 2.5, None]}, {"deep": [[[1]]]}], [{"big": 2**70}, [], "m"], 0.5)
    quotes = []
    for i in range(rng.randint(0, 4)):
        q: dict[str, Any] = {
            "id": r.pick([f"q{i + 1}"], ["c1", ""]),
            "type": r.pick(["direct", "indirect", "mixed"], ["other"]),
            "content": r.frags(n),
            "source": {"span": rng.choice([None, r.span(n)]), "entity": ent()},
            "cue": rng.choice([None, r.span(n)]),
        }
        if rng.random() < 0.3:
            q["score"] = r.pick([0.5, 1, 1.0, 0, -2, 1e-7, 2**63], [2**64, -(2**63) - 1, True, None, "high"], 0.3)
        if rng.random() < 0.08:
            q[rng.choice(["content_text", "source_text", "cue_text"])] = "said"
        if r.chance(0.05):
            del q[rng.choice(["source", "cue", "content", "id"])]
        if r.chance(0.03):
            q["extra"] = 1
        quotes.append(q)
    claims = []
    for i in range(rng.randint(0, 3)):
        c: dict[str, Any] = {
            "id": r.pick([f"c{i + 1}"], ["q1"]),
            "span": r.frags(n),
            "claimant": ent(),
            "kind": r.pick(["factual", "evaluative"], ["opinion"]),
            "checkworthy": r.pick([True, False], [1]),
            "quote": r.pick([None, None, "q1"], ["q2", "q9"]),
        }
        if rng.random() < 0.2:
            c["score"] = rng.choice([0.25, 3, 1e300])
        if rng.random() < 0.05:
            c["span_text"] = "Critics disagree"
        claims.append(c)
    stances = [
        {
            "holder": r.pick(["@document", "E_A", "E_B"], ["Nobody"]),
            "target": r.pick(["T_TALKS"], ["T_OTHER"]),
            "label": r.pick(["favor", "against", "neutral"], ["maybe"]),
        }
        for _ in range(rng.randint(0, 2))
    ]
    if len({(s["holder"], s["target"]) for s in stances}) < len(stances) and not r.chance(0.5):
        stances = stances[:1]
    for name, items in (("quotes", quotes), ("claims", claims), ("stances", stances)):
        if rng.random() < 0.95:
            doc[name] = items
    if r.chance(0.05):
        doc["doc_id"] = "unknown"
    return doc


def _lines(rng: random.Random, ctx: Context, count: int) -> list[str]:
    out = []
    ids = sorted(ctx.docs)
    for _ in range(count):
        doc_id = rng.choice(ids)
        line = json.dumps(_doc(rng, doc_id, len(ctx.docs[doc_id].text)), ensure_ascii=rng.random() < 0.5)
        out.append(rng.choice([line] * 30 + ["{not json", line.replace("}", "", 1), '{"doc_id": "d1", "quotes": [], "x": NaN}', ""]))
    return out


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulkread, "decoder", lambda: None)


def _read(path: Path, ctx: Context, strict: bool) -> tuple[list[Any], list[str]]:
    from newsgold.align import annotation_from_raw

    docs, problems = read_jsonl(
        path, ctx, strict, build=lambda raw: annotation_from_raw(raw, ctx.docs[raw["doc_id"]].text), typed=lambda doc: doc
    )
    return docs, [str(p) for p in problems]


def _deep(doc: Any) -> Any:
    """Every value with its type, so 1 and 1.0 or a list and a tuple are told apart."""
    if isinstance(doc, dict):
        return {k: _deep(v) for k, v in doc.items()}
    if isinstance(doc, (list, tuple)):
        return (type(doc).__name__, [_deep(v) for v in doc])
    if hasattr(doc, "__slots__") or hasattr(doc, "__dict__"):
        fields = getattr(doc, "__slots__", None) or vars(doc)
        return (type(doc).__name__, {f: _deep(getattr(doc, f)) for f in fields})
    return (type(doc).__name__, doc)


@pytest.mark.parametrize("seed", range(3))
def test_bulk_and_slow_reading_say_and_build_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = random.Random(seed)
    ctx = _ctx(("quotes", "claims") if seed % 3 == 2 else None)
    path = tmp_path / "preds.jsonl"
    path.write_text("\n".join(_lines(rng, ctx, 200)) + "\n", encoding="utf-8")
    monkeypatch.setattr(bulkread, "CHUNK", rng.choice([1, 7, 64]))
    runs = {}
    for strict in (False, True):
        fast = _read(path, ctx, strict), [str(p) for p in validate_jsonl(path, ctx, strict)]
        with monkeypatch.context() as m:
            _slow(m)
            slow = _read(path, ctx, strict), [str(p) for p in validate_jsonl(path, ctx, strict)]
        assert fast[0][1] == slow[0][1]  # the problems, in order
        assert fast[1] == slow[1] == slow[0][1]  # validation alone says the same
        assert [_deep(d) for d in fast[0][0]] == [_deep(d) for d in slow[0][0]]
        runs[strict] = fast
    problems = runs[False][0][1] + runs[True][0][1]
    assert len(runs[False][0][0]) > 50 and len(runs[True][0][0]) > 15 and len(problems) > 40, (
        len(runs[False][0][0]),
        len(runs[True][0][0]),
        len(problems),
    )  # both kinds


def test_most_clean_lines_are_read_in_bulk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The slow way is for lines with something to say (or spans given as text), not for all."""
    from newsgold import validate

    ctx = _ctx()
    good = {
        "doc_id": "d1",
        "quotes": [{"id": "q1", "type": "direct", "content": [[0, 5]], "source": {"span": None, "entity": "E_A"}, "cue": None}],
    }
    lines = [json.dumps({**good, "doc_id": f"d{i}"}) for i in range(4)]
    lines.append(json.dumps({"doc_id": "d9"}))  # unknown doc_id: said the slow way
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked: list[Any] = []
    real = validate.check_object
    monkeypatch.setattr(validate, "check_object", lambda raw, *a, **k: checked.append(raw["doc_id"]) or real(raw, *a, **k))
    with pytest.raises(ValidationError) as e:
        load_annotations(path, ctx)
    assert checked == ["d9"]
    assert [str(p) for p in e.value.problems] == [f"{path}:5: field doc_id: unknown doc_id 'd9' (known: d0, d1, d2, d3)"]


def test_a_number_read_otherwise_by_the_strict_reader_goes_the_slow_way(tmp_path: Path) -> None:
    """msgspec keeps 2**64 exact where orjson (the strict reader) reads a float: the value kept
    is the strict reader's, as before."""
    ctx = _ctx()
    quote = {"id": "q1", "type": "direct", "content": [[0, 5]], "source": {"span": None, "entity": None}, "cue": None}
    path = tmp_path / "p.jsonl"
    lines = [{"doc_id": "d0", "quotes": [{**quote, "score": 2**64}]}, {"doc_id": "d1", "quotes": [{**quote, "score": 1}]}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    got = load_annotations(path, ctx)
    assert got["d0"].quotes[0].score == float(2**64) and type(got["d0"].quotes[0].score) is float
    assert got["d1"].quotes[0].score == 1 and type(got["d1"].quotes[0].score) is int


def test_a_layer_without_a_bulk_form_reads_every_line_the_slow_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgold.layers import registry

    ctx = _ctx()
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"doc_id": "d0", "stances": [{"holder": "@document", "target": "T_TALKS", "label": "favor"}]}) + "\n")
    monkeypatch.setattr(type(registry["stances"]), "bulk_struct", lambda self: None)
    monkeypatch.setattr(registry, "version", registry.version + 1000)  # a new registry state: decoders rebuilt
    assert bulkread.decoder() is None
    assert bulkread.read_chunk(path.read_text().splitlines(), ctx, False) == [None]
    assert load_annotations(path, ctx)["d0"].stances[0].label == "favor"


def test_fragments_are_checked_as_arrays_per_item() -> None:
    import numpy as np

    ctx = _ctx()
    chunk = bulkread.Chunk([object(), object()], np.array([10, 20]), ctx, strict=False)
    frags = [[(0, 5)], [(0, 5), (5, 9)], [(0, 5), (4, 9)], [(3, 9), (0, 2)], [(0, 11)], [(0, 11)], [(2, 2)], [(0, 2**63 - 1)]]
    doc = np.array([0, 0, 0, 0, 0, 1, 1, 1])
    assert chunk.fragments_ok(frags, doc).tolist() == [True, True, False, False, False, True, False, False]
    assert chunk.fragments_ok([[(0, 2**64)]], np.array([0])).tolist() == [False]  # past int64: the slow way words it
    spans = [None, (0, 10), (0, 11), (4, 4), None, (19, 20)]
    assert chunk.spans_ok(spans, np.array([0, 0, 0, 1, 1, 1])).tolist() == [True, True, False, False, True, True]


def test_the_gold_written_as_json_lines_reads_back_the_same_in_bulk(data_root: Path) -> None:
    """The project's gold (a directory, read the slow way), written as JSON Lines, reads back in bulk."""
    from newsgold.schema import dumps_line
    from newsgold.workspace import Workspace

    ws = Workspace(data_root)
    ctx = ws.context()
    gold = load_annotations(ws.gold_dir, ctx)
    path = data_root / "gold.jsonl"
    path.write_text("".join(dumps_line(d) + "\n" for d in gold.values()), encoding="utf-8")
    again = load_annotations(path, ctx)
    assert again == gold
    assert [_deep(d) for d in again.values()] == [_deep(copy.copy(d)) for d in gold.values()]


GOLD_QUOTE = '{"id": "q1", "type": "direct", "content": [[0, 5]], "source": {"span": null, "entity": "E_A"}, "cue": null}'
GOLD_FILES = {
    "clean": '{"doc_id": "%s", "quotes": [' + GOLD_QUOTE + '], "claims": [], "stances": []}',
    "pretty": '{\n  "doc_id": "%s",\n  "meta": {"by": "a: b", "n": 1},\n  "quotes": [\n    '
    + GOLD_QUOTE
    + '\n  ],\n  "claims": [],\n  "stances": []\n}\n',
    "colon in a string": '{"doc_id": "%s", "meta": {"note": "x\\":y", "k:": ":"}, "quotes": [], "claims": [], "stances": []}',
    "key twice in the document": '{"doc_id": "%s", "quotes": [], "quotes": [' + GOLD_QUOTE + '], "claims": [], "stances": []}',
    "key twice in an item": '{"doc_id": "%s", "quotes": ['
    + GOLD_QUOTE.replace('"cue": null', '"cue": null, "cue": null')
    + '], "claims": [], "stances": []}',
    "key twice in a source": '{"doc_id": "%s", "quotes": ['
    + GOLD_QUOTE.replace('"entity": "E_A"', '"entity": "E_A", "entity": "E_B"')
    + '], "claims": [], "stances": []}',
    "key twice in meta": '{"doc_id": "%s", "meta": {"a": 1, "a": 2}, "quotes": [], "claims": [], "stances": []}',
    "escaped colon and a key twice": '{"doc_id": "%s", "meta": {"a\\u003a": 1}, "quotes": [], "quotes": [], "claims": [], "stances": []}',
    "wrong file name": '{"doc_id": "other", "quotes": [], "claims": [], "stances": []}',
    "a layer missing": '{"doc_id": "%s", "quotes": []}',
    "free-text speaker in gold": '{"doc_id": "%s", "quotes": [' + GOLD_QUOTE.replace("E_A", "Someone") + '], "claims": [], "stances": []}',
    "not UTF-8": b'{"doc_id": "\xff"}',
}


def test_gold_files_read_in_bulk_say_what_the_slow_reader_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A directory of ``<doc_id>.json``: a key given twice (anywhere, also next to an escaped
    colon) is never read in bulk, where a parser would keep one value silently."""
    from newsgold.validate import read_path, validate_path

    ctx = _ctx()
    gold = tmp_path / "gold"
    gold.mkdir()
    ctx.docs.clear()
    for i, (_, text) in enumerate(GOLD_FILES.items()):
        doc_id = f"g{i:02d}"
        ctx.docs[doc_id] = Document(doc_id, TEXT)
        data = text if isinstance(text, bytes) else (text % doc_id if "%s" in text else text).encode("utf-8")
        (gold / f"{doc_id}.json").write_bytes(data)

    def read() -> tuple[list[Any], list[str], list[str]]:
        from newsgold.align import annotation_from_raw

        docs, problems = read_path(gold, ctx, build=lambda raw: annotation_from_raw(raw, TEXT), typed=lambda d: d)
        return [_deep(d) for d in docs], [str(p) for p in problems], [str(p) for p in validate_path(gold, ctx)]

    from newsgold import validate

    slowly: list[str] = []
    real = validate.read_doc_file
    monkeypatch.setattr(validate, "read_doc_file", lambda f, c: slowly.append(f.name) or real(f, c))
    fast = read()
    assert len(slowly) == 2 * (len(GOLD_FILES) - 3)  # the three clean files were read in bulk (twice)
    with monkeypatch.context() as m:
        _slow(m)
        slow = read()
    assert fast == slow
    assert len(fast[0]) == 3 and len(fast[1]) >= 8 and fast[1] == fast[2]
    assert sum("given twice" in p for p in fast[1]) == 5
