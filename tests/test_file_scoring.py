"""``newsgold.file_scoring``: files scored by chunks when they can be, whole when they must, with
the same scores either way; bad input refused as a ValidationError naming its set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.scoring.test_chunked import CONFIG, _set

from newsgold.file_scoring import score_files
from newsgold.reports import json_report
from newsgold.scoring import chunked
from newsgold.standalone import standalone_context
from newsgold.validate import ValidationError


def _score(tmp: Path, fmt: str, *, gold_dir: bool = False, errors: bool = False, report: bool = True, progress=None):
    docs, gold, pred = _set(tmp, 3, gold_dir=gold_dir)
    ctx, entities = standalone_context(docs)
    return score_files(gold, pred, ctx, CONFIG, entities, fmt, report, errors, "t", progress)


@pytest.mark.parametrize("gold_dir", [False, True])
def test_chunked_json_pieces_equal_the_whole_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gold_dir: bool):
    monkeypatch.setattr(chunked, "CHUNK", 2)
    done = _score(tmp_path / "a", "json", gold_dir=gold_dir, errors=True)
    assert not isinstance(done.text, str) and done.text is not None  # pieces, never joined here
    assert "".join(done.text) == json_report(done.scores)
    assert isinstance(done.listing, list) and all(json.loads(line) for line in "".join(done.listing).splitlines())


def test_html_reads_the_sets_whole_and_scores_the_same(tmp_path: Path):
    """... and comes an article at a time (pieces, never the whole page), the page html_report makes."""
    from newsgold.reports.html import html_report
    from newsgold.store import load_annotations

    by_chunks = _score(tmp_path / "a", "json")
    whole = _score(tmp_path / "b", "html")  # the same seed: the same sets
    assert whole.text is not None and not isinstance(whole.text, str)
    pieces = list(whole.text)
    text = "".join(pieces)
    assert len(pieces) > 10 and text.lstrip().lower().startswith("<!doctype html")
    assert by_chunks.text is not None and json_report(whole.scores) == "".join(by_chunks.text)
    docs, gold, pred = (tmp_path / "b" / name for name in ("docs.jsonl", "gold.jsonl", "pred.jsonl"))
    ctx, _ = standalone_context(docs)
    assert text == html_report(whole.scores, load_annotations(gold, ctx), load_annotations(pred, ctx), ctx.docs, "t")


def test_no_report_asked_is_no_text(tmp_path: Path):
    done = _score(tmp_path, "table", report=False)
    assert done.text is None and done.listing is None and done.scores.docs


def test_progress_is_asked_for_the_bootstrap(tmp_path: Path):
    asked: list[tuple[str, int]] = []
    moved: list[int] = []

    def progress(label: str, total: int):
        asked.append((label, total))
        return moved.append

    _score(tmp_path, "table", report=False, progress=progress)
    assert asked == [("bootstrap", CONFIG.bootstrap)] and sum(moved) == CONFIG.bootstrap


def test_a_bad_prediction_line_is_a_validation_error_naming_the_set(tmp_path: Path):
    docs, gold, pred = _set(tmp_path, 3)
    lines = pred.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if '"content": [[' in line)
    lines[at] = lines[at].replace('"content": [[', '"content": [[0.0, 2], [', 1)
    pred.write_text("".join(lines), encoding="utf-8")
    ctx, entities = standalone_context(docs)
    with pytest.raises(ValidationError) as info:
        score_files(gold, pred, ctx, CONFIG, entities, "json", True, True, "t")
    assert info.value.what == str(pred)
    assert any(f":{at + 1}" in str(p) and "content" in str(p) for p in info.value.problems), info.value.problems


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_progress_is_asked_for_the_report_of_the_chunked_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str):
    monkeypatch.setattr(chunked, "CHUNK", 2)
    asked: dict[str, int] = {}
    moved: dict[str, int] = {}

    def progress(label: str, total: int):
        asked[label] = total
        return lambda n: moved.__setitem__(label, moved.get(label, 0) + n)

    done = _score(tmp_path, fmt, progress=progress)
    assert done.text is not None
    if fmt == "json":  # the bar moves as the pieces are made, that is as the writer takes them
        assert asked["report"] == len(done.scores.docs) and "report" not in moved
        text = "".join(done.text)
        assert moved["report"] == len(done.scores.docs) and text == json_report(done.scores)
    else:
        assert asked["report"] == 1 and moved["report"] == 1
    assert moved["bootstrap"] == asked["bootstrap"] == CONFIG.bootstrap
