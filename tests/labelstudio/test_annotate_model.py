"""``newsgold annotate --model SPEC``: the extractor served as the project's ML backend, connected."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold.cli import app
from newsgold.labelstudio.client import connect
from newsgold.labelstudio.server import DEFAULT_TOKEN, find_free_port

from .test_annotate import _lines

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parents[2]


def test_annotate_with_a_model_connects_it_and_opening_a_task_shows_its_suggestion(ls_server, data_root, tmp_path) -> None:
    port = find_free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NEWSGOLD_LS_TOKEN": DEFAULT_TOKEN}
    argv = [sys.executable, "-m", "newsgold.cli", "annotate", "--port", str(port), "--data-dir", str(tmp_path / "ls-data")]
    proc = subprocess.Popen(
        [*argv, "--no-gold", "--model", "quotes@4", "--min-f1", "0"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(proc.stdout, lines), daemon=True).start()
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while "Press Ctrl-C" not in "".join(seen[-1:]):
            assert time.monotonic() < deadline, "".join(seen)
            try:
                line = lines.get(timeout=5)
            except queue.Empty:
                continue
            assert line is not None, "annotate exited early:\n" + "".join(seen)
            seen.append(line)
        model_line = next(x for x in seen if x.strip().startswith("model:"))
        assert "quotes@4 at http://127.0.0.1:" in model_line, model_line

        client = connect(f"http://127.0.0.1:{port}", DEFAULT_TOKEN, retries=1, backoff=0.01)
        project = client.project("newsgold")
        backends = client.sdk.ml.list(project=project.id)
        assert [b.title for b in backends] == ["quotes@4"]
        task_id = min(t.id for t in client.sdk.tasks.list(project=project.id, fields="task_only"))
        opened = client.sdk.tasks.get(id=task_id)  # what the labeling view does when a task is opened
        assert [p["model_version"] if isinstance(p, dict) else p.model_version for p in opened.predictions] == ["quotes@4"]

        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0, "".join(seen)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_annotate_with_an_unknown_model_starts_nothing(data_root, tmp_path) -> None:
    result = CliRunner().invoke(app, ["annotate", "--port", str(find_free_port()), "--data-dir", str(tmp_path / "d"), "--model", "nope"])
    assert result.exit_code == 1 and "unknown extractor 'nope'" in result.output
    assert not (tmp_path / "d").exists()
