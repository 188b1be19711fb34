"""Cache entries are checksummed and checked: a bad, tampered or foreign entry is a miss,
reported as a warning, and never reaches a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgold.runs import run_suite
from newsgold.runs.cache import CacheKey, PredictionCache
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

PRED = {
    "doc_id": "d1",
    "quotes": [{"id": "q1", "type": "direct", "content": [[0, 4]], "source": {"span": None, "entity": None}, "cue": None}],
}
KEY = CacheKey("quotes", "3", "abc", "d1", "0" * 64)


@pytest.fixture
def cache(tmp_path: Path) -> PredictionCache:
    c = PredictionCache(tmp_path / "cache")
    c.put(KEY, PRED)
    return c


def _entry(cache: PredictionCache) -> Path:
    (path,) = (cache.directory or Path()).rglob("*.json")
    return path


def test_a_good_entry_is_a_hit(cache: PredictionCache):
    assert cache.get(KEY) == PRED and cache.rejected == []
    assert cache.get(CacheKey("quotes", "3", "abc", "d2", "0" * 64)) is None and cache.rejected == []  # no entry: a plain miss


def _tampered(entry: dict) -> None:
    entry["prediction"]["quotes"][0]["content"] = [[0, 400]]


def _foreign_doc(entry: dict) -> None:
    entry["prediction"]["doc_id"] = "d2"
    entry["sha256"] = __import__("newsgold.runs.cache", fromlist=["checksum"]).checksum(entry["prediction"])


def _bad_shape(entry: dict) -> None:
    entry["prediction"]["quotes"][0]["content"] = [[0.0, 4.0]]
    entry["sha256"] = __import__("newsgold.runs.cache", fromlist=["checksum"]).checksum(entry["prediction"])


@pytest.mark.parametrize(
    "write, why",
    [
        (lambda p, e: p.write_text("[]"), "not a cache entry"),
        (lambda p, e: p.write_text('{"key": 1, "prediction": {"doc_id": "d1", "score": NaN}}'), "NaN is not a JSON number"),
        (lambda p, e: p.write_text(json.dumps(e)[:30]), "malformed JSON"),
        (lambda p, e: p.write_bytes(b'{"key": "\xff"}'), "not UTF-8"),
        (lambda p, e: (_tampered(e), p.write_text(json.dumps(e))), "checksum does not match"),
        (lambda p, e: (e.pop("sha256"), p.write_text(json.dumps(e))), "not a cache entry"),  # written before checksums
        (lambda p, e: (e["key"].update(doc_id="zz"), p.write_text(json.dumps(e))), "its key is not the one"),
        (lambda p, e: (_foreign_doc(e), p.write_text(json.dumps(e))), "not for document 'd1'"),
        (lambda p, e: (_bad_shape(e), p.write_text(json.dumps(e))), "not a valid annotation object"),
    ],
    ids=["list", "nan", "truncated", "not-utf8", "tampered", "no-checksum", "other-key", "other-doc", "float-offsets"],
)
def test_a_bad_entry_is_a_reported_miss(cache: PredictionCache, write, why: str):
    path = _entry(cache)
    write(path, json.loads(path.read_text()))
    assert cache.get(KEY) is None
    assert (
        len(cache.rejected) == 1 and why in cache.rejected[0] and str(path) in cache.rejected[0] and "extracted again" in cache.rejected[0]
    )


SUITE = """
name = "c"
layers = ["quotes"]
bootstrap = 0
[[extractors]]
spec = "quotes"
version = "3"
"""


def test_a_tampered_entry_is_never_published_into_a_run(tmp_path: Path):
    ws = Workspace.find()
    suite = parse_suite(SUITE, "c.toml")
    cache_dir = tmp_path / "cache"
    first, _ = run_suite(ws, suite, tmp_path / "runs", "a", cache_dir=cache_dir)
    entry_path = sorted(cache_dir.rglob("*.json"))[0]
    entry = json.loads(entry_path.read_text())
    entry["prediction"]["quotes"] = []  # a forged "nothing found", checksum left as it was
    entry_path.write_text(json.dumps(entry))
    second, (result,) = run_suite(ws, suite, tmp_path / "runs", "b", cache_dir=cache_dir)
    assert len(result.problems) == 1 and "checksum does not match" in result.problems[0] and str(entry_path) in result.problems[0]
    a = (first / "quotes-v3/predictions.jsonl").read_text()
    assert (second / "quotes-v3/predictions.jsonl").read_text() == a
    assert json.loads(entry_path.read_text())["prediction"]["quotes"] != []  # extracted again, entry rewritten
