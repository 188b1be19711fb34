"""``newsgold ls annotate`` end to end: a server of its own, the corpus pushed, Ctrl-C stops it all."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsgold.labelstudio.client import connect
from newsgold.labelstudio.server import DEFAULT_TOKEN, find_free_port
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parents[2]


def _lines(stream, out: queue.Queue) -> None:
    for line in stream:
        out.put(line)
    out.put(None)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_annotate_starts_pushes_and_stops_on_ctrl_c(ls_server, data_root, tmp_path) -> None:
    """``ls_server`` only makes sure Label Studio is installed (and skips/fails as the other tests do).
    The workspace is a copy (``data_root``): annotate records its connection there."""
    port = find_free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NEWSGOLD_LS_TOKEN": DEFAULT_TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgold.cli", "ls", "annotate", "--port", str(port), "--data-dir", str(tmp_path / "ls-data")],
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
    info: dict[str, str] = {}
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
            key, _, value = line.strip().partition(":")
            if key in ("login", "password", "token", "pid", "project"):
                info[key] = value.strip()
            if line.startswith("Label Studio") and "is running:" in line:
                info["url"] = line.split("is running:")[1].strip()
        assert info["url"] == f"http://127.0.0.1:{port}"
        assert any(f"each signs up at {info['url']}/user/signup/" in line for line in seen)  # how a second annotator gets an account
        assert info["login"] and info["password"] and info["token"].startswith(DEFAULT_TOKEN)
        server_pid = int(info["pid"].split()[0])
        assert _alive(server_pid)

        client = connect(info["url"], DEFAULT_TOKEN, retries=1, backoff=0.01)
        project = client.project("newsgold")
        assert info["project"] == f"{info['url']}/projects/{project.id}/data"
        tasks = client.tasks(project.id)
        assert sorted(t["data"]["doc_id"] for t in tasks) == sorted(Workspace.find().documents)
        assert sum(len(t["annotations"]) for t in tasks) == len(load_annotations(Workspace.find().gold_dir, Workspace.find().context()))

        recorded = json.loads((data_root / ".newsgold/labelstudio.json").read_text())
        assert recorded == {"url": info["url"], "port": port, "project": "newsgold", "token": DEFAULT_TOKEN}

        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0, "".join(seen)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    rest = []
    while (line := lines.get(timeout=5)) is not None:
        rest.append(line)
    assert "Stopped." in "".join(rest)
    end = time.monotonic() + 10
    while _alive(server_pid) and time.monotonic() < end:
        time.sleep(0.1)
    assert not _alive(server_pid)
