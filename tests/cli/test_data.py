"""The command line: exit codes, messages on bad input, and no traceback."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsgold.cli import app

runner = CliRunner()


def test_validate_passes_on_the_committed_data():
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert "all annotation files valid" in result.output


def test_validate_reports_every_problem_and_exits_1(data_root):
    gold = data_root / "annotations" / "gold"
    path = next(iter(sorted(gold.glob("*.json"))))
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["quotes"] = [
        {"id": "q1", "type": "direct", "content": [[0, 10**6]], "source": {"span": None, "entity": "E_NOT_REGISTERED"}, "cue": None}
    ]
    doc["claims"] = []  # the real claims point at the quotes replaced above
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f'{path.name}: quote "q1": field quotes[0].content[0]: span [0, 1000000] outside the text' in result.output
    assert "field quotes[0].source.entity: unknown entity 'E_NOT_REGISTERED'" in result.output
    assert "2 problem(s)" in result.output


def test_validate_a_prediction_file(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"doc_id": "no-negotiations-underway", "quotes": []}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"doc_id": "unknown-doc", "quotes": []}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1: field doc_id: unknown doc_id 'unknown-doc'" in result.output


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "newsgold document annotation"
    assert runner.invoke(app, ["schema", "nope"]).exit_code == 1


HEAVY = ("numpy", "sklearn", "datasets", "label_studio_sdk", "jsonschema", "scipy", "pandas", "pyarrow")


@pytest.mark.parametrize("argv", [[], ["--help"], ["score", "--help"], ["run", "--help"]])
def test_cli_starts_without_importing_heavy_libraries(argv):
    """Importing the CLI, and printing any help, loads none of the heavy libraries (start-up)."""
    code = (
        "import sys\n"
        "from newsgold.cli import app\n"
        f"try: app({argv!r})\n"
        "except SystemExit: pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY=" in out.stdout and out.stdout.rsplit("HEAVY=", 1)[1].strip() == ""


def test_show_names_the_annotation_set_it_looked_in(data_root, tmp_path):
    """A document without gold among documents with gold said only "/abs/path/annotations/gold has no
    annotations for 'x'"; it says what the empty-gold case says: no gold yet, and where to write it.
    No gold yet is a normal state: the text is shown, exit 0 (it was exit 1 and no text)."""
    from newsgold.workspace import Workspace

    gold = data_root / "annotations" / "gold"
    path = sorted(gold.glob("*.json"))[0]
    doc_id = path.stem
    path.unlink()  # the gold no longer has this document
    result = runner.invoke(app, ["show", doc_id])
    assert result.exit_code == 0, result.output
    assert "None" not in result.output
    said = result.output.replace("\n", "")
    assert f"{doc_id!r} has no gold yet (write {gold}/{doc_id}.json, or pull it from Label Studio;" in said
    text = Workspace.at(data_root).documents[doc_id].text
    assert " ".join(text.split()) in " ".join(result.output.split()) and "q1›" not in result.output
    result = runner.invoke(app, ["show", "no-such-document"])
    assert result.exit_code == 1 and "unknown document 'no-such-document'" in result.output
    other = sorted(p.stem for p in gold.glob("*.json"))[0]
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"doc_id": other, "quotes": []}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", doc_id, "--annotations", str(preds)])
    assert result.exit_code == 1 and f"{preds} has no annotations for {doc_id!r}" in result.output.replace("\n", "")


def test_error_messages_print_user_text_verbatim(tmp_path):
    result = runner.invoke(app, ["show", "no-such-doc:cat: [bold]x[/bold]"])
    assert result.exit_code == 1
    assert "unknown document 'no-such-doc:cat: [bold]x[/bold]'" in result.output


def test_top_level_help_lists_every_command_without_rich_help_renderer():
    """`newsgold --help` (the start-up figure in the README) skips typer's rich help renderer,
    the largest import of a help run; the commands' own help keeps it."""
    code = (
        "import sys\n"
        "from newsgold.cli import app\n"
        "try: app(['--help'])\n"
        "except SystemExit: pass\n"
        "print('RICH_HELP=' + str('typer.rich_utils' in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.rsplit("RICH_HELP=", 1)[1].strip() == "False"
    from newsgold.cli import app as root

    listed = runner.invoke(root, ["--help"]).output
    for name in ("validate", "score", "run", "compare", "extract", "init", "import", "annotate", "adjudicate", "ls"):
        assert f"  {name} " in listed


def test_validate_in_the_workspace_says_this_workspace_not_a_dot(data_root, monkeypatch):
    """Run inside the workspace, the count ended "1 problem(s) in the workspace ." (its path shown as ".")."""
    (data_root / "annotations" / "gold" / "nosuch.json").write_text('{"doc_id": "nosuch"}', encoding="utf-8")
    monkeypatch.chdir(data_root)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1 and "unknown doc_id 'nosuch'" in result.output
    assert "problem(s) in this workspace" in result.output and "workspace ." not in result.output
    monkeypatch.chdir(data_root.parent)
    assert "problem(s) in the workspace root" in runner.invoke(app, ["validate"]).output.replace("\n", " ")


def test_export_to_a_parquet_name_writes_parquet(data_root, tmp_path):
    """`newsgold export corpus.parquet` (no --format) made a save_to_disk directory named corpus.parquet."""
    import pyarrow.parquet as pq

    result = runner.invoke(app, ["export", str(tmp_path / "corpus.parquet")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "corpus.parquet").is_file() and "(parquet: 2 documents" in result.output
    assert sorted(pq.read_table(tmp_path / "corpus.parquet").column("doc_id").to_pylist()) == sorted(
        p.stem for p in (data_root / "annotations" / "gold").glob("*.json")
    )
    result = runner.invoke(app, ["export", str(tmp_path / "hf")])  # any other name: a datasets directory, as before
    assert result.exit_code == 0 and (tmp_path / "hf" / "dataset_info.json").is_file()
    result = runner.invoke(app, ["export", str(tmp_path / "named.parquet"), "--format", "hf"])  # --format still decides
    assert result.exit_code == 0 and (tmp_path / "named.parquet").is_dir()


def test_export_into_a_log_has_no_progress_bars(data_root, tmp_path):
    """`newsgold export corpus.parquet 2> log` filled the log with datasets' bars ("Creating parquet from
    Arrow format: 0%|...", carriage returns and all); on a terminal they stay, unless --no-progress."""
    for name in ("corpus.parquet", "hf"):
        done = subprocess.run([sys.executable, "-m", "newsgold.cli", "export", str(tmp_path / name)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "\r" not in done.stderr and "%|" not in done.stderr, done.stderr
    import datasets

    from newsgold.hf_export import export
    from newsgold.workspace import Workspace

    before = datasets.is_progress_bar_enabled()
    datasets.enable_progress_bars()
    try:
        export(Workspace.at(data_root), tmp_path / "again", progress=False)
        assert datasets.is_progress_bar_enabled()  # switched back on for whoever else uses datasets
    finally:
        if not before:
            datasets.disable_progress_bars()
