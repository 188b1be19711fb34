"""The committed baseline is what `newsgold run --run-id baseline --no-cache` makes today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("reproduce_baseline", REPO / "scripts" / "reproduce_baseline.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.slow
def test_the_committed_baseline_is_reproduced(capsys: pytest.CaptureFixture[str]):
    assert _script().main(["--root", str(REPO)]) == 0, capsys.readouterr().out


def test_the_comparison_sees_a_changed_number(tmp_path: Path):
    script = _script()
    committed, fresh = tmp_path / "a", tmp_path / "b"
    for root, value in ((committed, "0.5"), (fresh, "0.6")):
        (root / "r").mkdir(parents=True)
        (root / "r" / "scores.json").write_text(f'{{"f1": {value}}}\n', encoding="utf-8")
        (root / "r" / "manifest.json").write_text(f'{{"started_at": "{value}", "label": "r"}}\n', encoding="utf-8")
        for name in ("summary.json", "summary.md"):
            (root / name).write_text("same\n", encoding="utf-8")
    problems = script.differences(committed, fresh)
    assert len(problems) == 1 and "scores.json" in problems[0]  # the timestamp is not a difference
