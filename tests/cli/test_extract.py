"""``newsgold extract``: in a workspace, extractors get its entity registry without ``-c entities=...``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgold.cli import app

REPO = Path(__file__).resolve().parents[2]


def _speaker(tmp_path: Path, *extra: str) -> tuple[float, str]:
    preds = tmp_path / f"p{len(extra)}.jsonl"
    res = CliRunner().invoke(app, ["extract", "quotes@3", "-o", str(preds), *extra])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["score", "--pred", str(preds), "--format", "json", "--bootstrap", "0"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)["micro"]["quotes.speaker.accuracy"], res.output


def test_extract_then_score_gives_the_suite_speaker_figures(data_root: Path, tmp_path: Path) -> None:
    """The README's "extract + score" equals the default suite run (which passes entities explicitly)."""
    suite = json.loads((REPO / "eval/runs/baseline/quotes-v3/scores.json").read_text(encoding="utf-8"))
    accuracy, _ = _speaker(tmp_path)
    assert accuracy == suite["micro"]["quotes.speaker.accuracy"] == 1.0
    # without the registry, speakers stay names as written: they do not match the gold's ids
    without, _ = _speaker(tmp_path, "-c", "entities=null")
    assert without < accuracy


def test_no_registry_in_the_workspace_no_default(data_root: Path, tmp_path: Path) -> None:
    from newsgold.cli.extract import workspace_registries
    from newsgold.extractors import resolve
    from newsgold.workspace import Workspace

    ws = Workspace.at(data_root)
    quotes, stance = resolve("quotes@3", workspace=ws), resolve("stance@3", workspace=ws)
    assert workspace_registries(quotes, {}, ws) == {"entities": "annotations/entities.json"}
    assert workspace_registries(quotes, {"entities": None}, ws) == {}
    assert workspace_registries(stance, {}, ws) == {"entities": "annotations/entities.json"}  # targets has its own default
    (data_root / "annotations/entities.json").unlink()
    assert workspace_registries(quotes, {}, ws) == {}


def test_extractors_lists_the_versions_a_name_serves():
    """A newcomer could not find out from the command line that `quotes@2`..`quotes@5` exist, nor which is the default."""
    from typer.testing import CliRunner

    from newsgold.cli import app
    from newsgold.extractors import resolve

    result = CliRunner().invoke(app, ["extractors"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in result.output.splitlines() if line.startswith("│")}
    default = resolve("quotes").version
    assert rows["quotes"].endswith(f"{default} (default)") and "2, 3, 4" in rows["quotes"]
    assert rows["quotes-direct"] == "1 (default)"
    for name, versions in rows.items():
        for v in versions.replace(" (default)", "").split(", "):
            assert resolve(f"{name}@{v}").version == v  # every listed version is served
