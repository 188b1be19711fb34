"""The shared CLI layer (``newsgold.cli._app``): help texts as a newcomer reads them, and the last net
(an OSError no library code expected is one line naming what failed, exit 1, never a traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.cli._app import reflow

REPO = Path(__file__).resolve().parents[2]

runner = CliRunner()


def _commands() -> list[list[str]]:
    root = typer.main.get_command(app)
    out: list[list[str]] = []

    def walk(group: Any, prefix: list[str]) -> None:
        for name, command in group.commands.items():
            out.append([*prefix, name])
            if hasattr(command, "commands"):
                walk(command, [*prefix, name])

    walk(root, [])
    return out


def test_reflow_joins_lines_within_paragraphs_only():
    text = "First line\n    goes on.\n\n    Second paragraph\n    wrapped here.\n\n\b\nkept\nas is"
    assert reflow(text) == "First line goes on.\n\nSecond paragraph wrapped here.\n\n\b\nkept\nas is"


@pytest.mark.parametrize("argv", _commands(), ids=" ".join)
def test_help_paragraphs_are_not_broken_mid_sentence(argv: list[str]):
    """On a wide terminal every paragraph of a command's description is one line (the docstrings are wrapped at 120
    columns in the source; typer kept those breaks, so `newsgold extract --help` broke after "the workspace's")."""
    result = runner.invoke(app, [*argv, "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0, result.output
    assert "...}..." not in result.output  # `import {SOURCE...}...`
    assert "<bool>" not in result.output  # a flag takes no value: `--overwrite <bool>` said it did
    lines = result.output.splitlines()
    usage = next(i for i, line in enumerate(lines) if "Usage:" in line)
    box = next(i for i, line in enumerate(lines) if line.startswith("╭"))
    described = [line for line in lines[usage + 1 : box] if line.strip()]
    command = typer.main.get_command(app)
    for name in argv:
        command = command.commands[name]  # type: ignore[attr-defined]
    paragraphs = [p for p in (command.help or "").split("\n\n") if p.strip()]
    assert len(described) == len(paragraphs), "\n".join(described)


def test_score_table_keeps_every_column_piped_or_narrow(tmp_path):
    """`newsgold score > scores.txt` (no terminal, no $COLUMNS) cropped the score table at 80 columns, dropping the
    95% CI, macro, gold and pred columns; on an 80-column terminal too.  Piped, every column fits; narrow, the rows
    are longer than the terminal (it wraps them) rather than cut."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    preds = repo / "eval" / "runs" / "baseline" / "quotes-v2" / "predictions.jsonl"
    argv = [sys.executable, "-m", "newsgold.cli", "--root", str(repo), "score", "--pred", str(preds), "--bootstrap", "10", "--no-progress"]
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    columns = ["layer", "metric", "P", "R", "F1 / value", "95% CI", "macro", "gold", "pred"]
    for extra in ({}, {"COLUMNS": "80"}):
        out = subprocess.run(argv, capture_output=True, text=True, env={**env, **extra}, cwd=tmp_path, check=True).stdout
        header = next(line for line in out.splitlines() if line.startswith("┃"))
        assert [c.strip() for c in header.strip("┃").split("┃")] == columns, (extra, header)
        assert all(line.endswith(("┃", "│", "┓", "┩", "┘", "┤")) for line in out.splitlines() if line[:1] in "┏┃┡│└├")


def newsgold(*args: str, stdout: object = subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *args], stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=cwd)  # type: ignore[call-overload]


def test_standard_output_on_a_full_disk_is_one_error() -> None:
    with open("/dev/full", "w") as full:
        result = newsgold("schema", stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "error: cannot write to standard output: No space left on device"


def test_a_closed_standard_output_is_one_error() -> None:
    """`newsgold schema >&-` was a traceback at import (sys.stdout is None); with that fixed alone, exit 0, nothing said."""
    result = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", "schema"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, pass_fds=()
    )
    assert result.returncode == 0  # redirected to /dev/null: fine
    closed = subprocess.run(["bash", "-c", f"{sys.executable} -m newsgold.cli schema >&-"], stderr=subprocess.PIPE, text=True)
    assert closed.returncode == 1
    assert closed.stderr == "error: standard output is closed: redirect it instead (> /dev/null)\n"


@pytest.mark.parametrize("args", [("validate",), ("show", "no-negotiations-underway")])
def test_a_standard_output_that_cannot_show_a_character_is_one_error(args: tuple[str, ...]) -> None:
    """``PYTHONIOENCODING=ascii`` (or a console in another code page): every table with a dash was a traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "newsgold.cli", *args], capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-600:]
    assert "error: standard output cannot show the character '\\u" in result.stderr and "PYTHONIOENCODING=utf-8" in result.stderr


def test_an_os_error_naming_no_file_is_not_blamed_on_standard_output() -> None:
    """A socket reset, or a write into a file already open, names no file either: stdout is fine, so it is not blamed."""
    from newsgold.cli._app import NewsgoldGroup

    probe = typer.Typer(cls=NewsgoldGroup)

    @probe.command()
    def reset() -> None:
        raise ConnectionResetError(104, "Connection reset by peer")

    @probe.command()
    def other() -> None:  # a second command: typer runs a lone one without the group
        pass

    result = CliRunner().invoke(probe, ["reset"])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)  # reported, not raised
    assert "error: system error: Connection reset by peer" in result.output
    assert "standard output" not in result.output


def test_a_newsgold_toml_that_is_a_directory_is_named(tmp_path: Path) -> None:
    for sub in ("newsgold.toml", "corpus/data", "annotations"):
        (tmp_path / sub).mkdir(parents=True)
    result = newsgold("validate", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "newsgold.toml: cannot be read: is a directory, not a file" in result.stderr


def test_a_message_on_a_piped_standard_error_is_not_wrapped(tmp_path: Path) -> None:
    """`newsgold ... 2> log` wrapped messages at 80 columns: a path split over two lines cannot be searched for."""
    missing = tmp_path / ("a-long-folder-name-" * 6) / "predictions.jsonl"
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    result = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", "validate", str(missing)], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode != 0
    assert any(str(missing) in line for line in result.stderr.splitlines()), result.stderr


def test_sigterm_ends_a_command_as_ctrl_c_does(tmp_path: Path) -> None:
    """``kill PID`` (SIGTERM: ``timeout``, a CI cancel) killed newsgold on the spot: its ``cmd:``
    extractor ran on (orphaned, 300 s) and the staged output was left for the next command."""
    import os
    import signal
    import time

    script = tmp_path / "ex.py"
    script.write_text("#!/usr/bin/env python3\nimport os, time\nopen('child.pid', 'w').write(str(os.getpid()))\ntime.sleep(300)\n")
    script.chmod(0o755)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgold.cli", "extract", "cmd:./ex.py", "-c", 'layers=["quotes"]', "-o", "out.jsonl"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 60
    while not (tmp_path / "child.pid").exists() or not (tmp_path / "child.pid").read_text():
        assert time.time() < deadline and proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    child = int((tmp_path / "child.pid").read_text())
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode not in (0, -signal.SIGTERM) and "Traceback" not in err
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["child.pid", "ex.py"]


def test_an_interrupt_before_the_command_runs_is_one_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM or Ctrl-C while the command line is still being built (a loaded machine: a second
    or more) ended in a KeyboardInterrupt traceback from typer's start-up (round 6, case 106)."""
    import newsgold.cli as cli

    def starting() -> None:
        raise KeyboardInterrupt  # what the SIGTERM handler raises

    monkeypatch.setattr(cli, "app", starting)
    try:
        cli.main()
    except KeyboardInterrupt:
        pytest.fail("KeyboardInterrupt escaped main(): a traceback")
    except SystemExit as e:
        assert e.code == 130
    else:
        pytest.fail("main() returned")
    assert "interrupted before the command started" in capsys.readouterr().err


def test_a_million_problems_print_the_first_ones_and_the_count(data_root):
    """Round 7: a gold .jsonl of 1,000,000 lines of unknown doc ids printed every problem (593,000
    lines in 4 minutes, then killed); the first 200 are shown, then how many more and the count."""
    from typer.testing import CliRunner

    from newsgold.cli import app
    from newsgold.cli._app import SHOWN_PROBLEMS

    gold = data_root / "g.jsonl"
    gold.write_text("".join(f'{{"doc_id": "d{i}", "quotes": []}}\n' for i in range(5000)), encoding="utf-8")
    pred = data_root / "p.jsonl"
    pred.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", "--gold", str(gold), "--pred", str(pred), "--bootstrap", "0"])
    lines = [line for line in result.output.splitlines() if "unknown doc_id" in line]
    assert result.exit_code == 1
    assert len(lines) == SHOWN_PROBLEMS and "g.jsonl:1: field doc_id: unknown doc_id 'd0'" in lines[0]
    assert f"... and {5000 - SHOWN_PROBLEMS:,} more (the first {SHOWN_PROBLEMS} are shown)" in result.output
    assert "5,000 problem(s)" in result.output


@pytest.mark.parametrize(
    ("argv", "extra"),
    [(["run"], "newsgold[dask]"), (["import"], "newsgold[html]"), (["score"], "speakers predicted as names or aliases are matched")],
)
def test_an_option_that_needs_an_extra_names_it_in_its_help(argv: list[str], extra: str) -> None:
    """A wheel user without the extras read `--engine  local ... or dask (a Dask cluster; same output)` and
    learnt only on running it that Dask is an extra; the help says so, as `import --help` did for HTML.  And
    `score --documents` without `--entities` gave lower speaker scores than with it, its help saying only
    that the gold's references were not checked."""
    result = runner.invoke(app, [*argv, "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0, result.output
    assert extra in result.output


@pytest.mark.parametrize(
    ("fmt", "output", "expected"),
    [
        (None, None, "table"),
        (None, "report.html", "html"),
        (None, "R.HTM", "html"),
        (None, "scores.json", "json"),
        (None, "report.md", "markdown"),
        (None, "scores.txt", "table"),
        ("markdown", "scores.json", "markdown"),  # --format decides when given
    ],
)
def test_the_output_name_gives_the_format_when_none_is_asked(fmt: str | None, output: str | None, expected: str) -> None:
    from newsgold.cli._app import output_format

    assert output_format(fmt, Path(output) if output else None, ("table", "markdown", "json", "html")) == expected
    assert output_format(None, Path("a.html"), ("table", "markdown", "json")) == "table"  # a format the command lacks


def test_score_and_compare_write_what_the_output_name_says(tmp_path: Path) -> None:
    """`score -o report.html` wrote the terminal table into report.html; `compare -o c.json` wrote Markdown."""
    repo = Path(__file__).resolve().parents[2]
    runs = repo / "eval" / "runs" / "baseline"
    result = runner.invoke(
        app, ["--root", str(repo), "score", "--pred", str(runs / "quotes-v2"), "--bootstrap", "0", "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    argv = ["--root", str(repo), "compare", str(runs / "quotes-direct-v1"), str(runs / "quotes-v2"), "--bootstrap", "10", "--trials", "10"]
    result = runner.invoke(app, [*argv, "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    assert "a" in json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, [*argv, "-o", str(tmp_path / "c.txt")])  # no format in the name: Markdown, as before
    assert result.exit_code == 0 and (tmp_path / "c.txt").read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--pred", "eval/runs/baseline/quotes-v2/predictions.jsonl"],
        ["status"],
        ["adjudicate", "annotations/passes"],
        ["agreement", "annotations/passes"],
        ["compare", "eval/runs/baseline/quotes-v2", "eval/runs/baseline/quotes-v3"],
    ],
)
def test_an_unknown_format_is_a_usage_error(args: list[str]) -> None:
    """``--format bogus`` exited 1, as a failed command does; an option value of the wrong kind is exit 2 (click's usage error)."""
    result = CliRunner().invoke(app, ["--root", str(REPO), *args, "--format", "bogus"])
    assert result.exit_code == 2 and "unknown format 'bogus'" in result.output, result.output


def test_a_reader_that_leaves_early_ends_the_command_quietly() -> None:
    """``score --format json | head -c 20``: "error: cannot write to standard output: Broken pipe"
    was said after the lines asked for; now exit 1 and nothing said, as rich does for its tables."""
    preds = REPO / "eval/runs/baseline/quotes-v2/predictions.jsonl"
    cmd = [sys.executable, "-m", "newsgold.cli", "score", "--pred", str(preds), "--bootstrap", "0", "--format", "json"]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.read(20)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait() == 1
    assert err.strip() == "", err


def test_an_os_error_naming_a_file_descriptor_is_said_not_raised(data_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``os.fdopen`` of a folder raises IsADirectoryError whose filename is the descriptor (an int): the
    handler's ``shown(4)`` was a TypeError traceback on top of it (round 12, ``import --replace``)."""
    import newsgold.validate

    def fdopen_of_a_folder(ws: Any) -> list[Any]:
        raise IsADirectoryError(21, "Is a directory", 4)

    monkeypatch.setattr(newsgold.validate, "validate_all", fdopen_of_a_folder)
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 1 and not isinstance(result.exception, TypeError), result.exception
    assert "system error: Is a directory" in result.output
