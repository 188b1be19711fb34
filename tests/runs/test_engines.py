"""The Dask engine against the local one on a real LocalCluster: the same run files byte for byte
(timing fields aside), loopback only, and clear errors for a bad address, a failing extractor
and a dying worker."""

from __future__ import annotations

import json
import socket
import textwrap
from pathlib import Path

import pytest
from tests.conftest import require

from newsgold.runs import run_suite
from newsgold.runs.engines import MAX_WORKERS, DaskEngine, EngineError, EngineSpec, open_engine
from newsgold.suites import parse_suite
from newsgold.workspace import Workspace

require("distributed")

# Fields of manifest.json that may differ between two runs of the same suite on the same data:
# when and how long (the engine is not recorded; extraction.jobs is the parallelism, equal here).
TIMING = ("started_at", "duration_s")

# Documents without gold (extracted, written, not scored) and with gold, with emoji, a flag,
# curly quotes and line breaks next to the quotes.
EXTRA = [
    (f"x-{i:02d}", f"Officials 🇮🇷 met 👋🏽 on day {i}.\n“We will talk,” the spokesman said. “Not today,” said Ana Ruiz, the envoy.\n")
    for i in range(9)
]
GOLD_EMPTY = {"quotes": [], "claims": [], "stances": []}


def _workspace(root: Path) -> Workspace:
    """The seed corpus plus nine small documents, three of them with (empty) gold."""
    with open(root / "corpus" / "data" / "documents.jsonl", "a", encoding="utf-8") as fh:
        for doc_id, text in EXTRA:
            fh.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    for doc_id, _ in EXTRA[:3]:
        (root / "annotations" / "gold" / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, **GOLD_EMPTY}), encoding="utf-8")
    return Workspace.at(root)


def _suite(ws: Workspace, extra: str = "") -> object:
    ids = sorted(ws.documents)
    text = f"""
name = "e"
bootstrap = 50
documents = {json.dumps(ids)}
[[extractors]]
spec = "quotes@3"
[[extractors]]
spec = "stance"
[[extractors]]
spec = "claims-learned"
folds = 2
{extra}
"""
    return parse_suite(text, "e.toml")


def _files(group: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(p for p in group.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name == "manifest.json":
            manifest = json.loads(data)
            for key in TIMING:
                manifest.pop(key)
            data = json.dumps(manifest, sort_keys=True).encode()
        out[str(path.relative_to(group))] = data
    return out


@pytest.fixture(scope="module")
def cluster():
    """One LocalCluster (2 worker processes, loopback) shared by the tests that pass --scheduler."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as c:
        yield c


@pytest.mark.slow
def test_dask_run_is_byte_identical_to_the_local_run(data_root: Path, tmp_path: Path, cluster):
    ws = _workspace(data_root)
    suite = _suite(ws)
    ticks: list[tuple[str, int]] = []

    def progress(label: str, done: int, total: int):
        return lambda n: ticks.append((label, n))

    local, _ = run_suite(ws, suite, tmp_path / "local", "r", jobs=2, use_cache=False, engine=EngineSpec(partition_size=3))
    dask_group, results = run_suite(
        ws, suite, tmp_path / "dask", "r", use_cache=False, progress=progress,
        engine=EngineSpec("dask", cluster.scheduler_address, partition_size=3),
    )  # fmt: skip
    a, b = _files(local), _files(dask_group)
    assert sorted(a) == sorted(b) and len(a) == 3 * 5 + 2
    assert [name for name in a if a[name] != b[name]] == []
    # every document was predicted, the 5 with gold scored, the rest listed as unscored
    quotes = next(r for r in results if r.label == "quotes-v3")
    lines = (quotes.directory / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == sorted(ws.documents)
    assert len(quotes.scores.docs) == 5 and len(quotes.scores.unscored_docs) == 6
    assert quotes.manifest.extraction.extracted == len(ws.documents) and quotes.manifest.extraction.jobs == 2
    # progress per partition: 11 documents in partitions of 3 (the folds' extraction goes by document)
    assert [n for label, n in ticks if label == "quotes@3"] == [3, 3, 3, 2]


@pytest.mark.slow
def test_score_matrices_on_disk_give_the_same_run_files(data_root: Path, tmp_path: Path, cluster, monkeypatch):
    """The count matrix and per-document columns in temporary files (past ``ON_DISK_ROWS`` gold
    documents, here 2 of 5, blocks of 2 rows): the same files as in memory, locally (the learned
    entry in its second process, its results passed back with their files) and on Dask."""
    from newsgold.scoring import disk

    ws = _workspace(data_root)
    suite = _suite(ws)
    memory, _ = run_suite(ws, suite, tmp_path / "memory", "r", use_cache=False, engine=EngineSpec(partition_size=3))
    made = []
    real = disk.DiskMatrix.__init__

    def counted(self, *args, **kwargs):
        made.append(args[:2])
        real(self, *args, **kwargs)

    monkeypatch.setattr(disk.DiskMatrix, "__init__", counted)
    monkeypatch.setattr(disk, "ON_DISK_ROWS", 2)
    monkeypatch.setattr(disk, "MIN_BLOCK_ROWS", 2)
    monkeypatch.setattr(disk, "BLOCK_BYTES", 1)
    local, _ = run_suite(ws, suite, tmp_path / "local", "r", use_cache=False, overlap=True, engine=EngineSpec(partition_size=3))
    assert made and all(rows == 5 or cols == 5 for rows, cols in made)  # the 5 gold documents, on disk
    dask_group, _ = run_suite(
        ws, suite, tmp_path / "dask", "r", use_cache=False, engine=EngineSpec("dask", cluster.scheduler_address, partition_size=3)
    )
    a, b, c = _files(memory), _files(local), _files(dask_group)
    assert sorted(a) == sorted(b) == sorted(c)
    assert [name for name in a if a[name] != b[name]] == []

    def jobs_aside(data: bytes) -> bytes:  # the parallelism (manifests, summary): 1 here, the 2 workers on Dask
        def drop(x: object) -> object:
            if isinstance(x, dict):
                return {k: drop(v) for k, v in x.items() if not (k == "jobs")}
            return [drop(v) for v in x] if isinstance(x, list) else x

        return json.dumps(drop(json.loads(data)), sort_keys=True).encode()

    json_files = ("manifest.json", "summary.json")
    differ = [name for name in a if (jobs_aside(a[name]) != jobs_aside(c[name]) if name.endswith(json_files) else a[name] != c[name])]
    assert differ == []


@pytest.mark.slow
def test_dask_fills_and_reads_the_client_cache(data_root: Path, tmp_path: Path, cluster):
    ws = _workspace(data_root)
    suite = parse_suite('bootstrap = 0\ndocuments = ["x-00", "x-01", "x-02"]\n[[extractors]]\nspec = "quotes@3"\n', "c.toml")
    spec = EngineSpec("dask", cluster.scheduler_address, partition_size=2)
    _, first = run_suite(ws, suite, tmp_path / "runs", "a", cache_dir=tmp_path / "cache", engine=spec)
    _, again = run_suite(ws, suite, tmp_path / "runs", "b", cache_dir=tmp_path / "cache", engine=spec)
    assert (first[0].stats.extracted, first[0].stats.cached) == (3, 0)
    assert (again[0].stats.extracted, again[0].stats.cached) == (0, 3)
    _, local = run_suite(ws, suite, tmp_path / "runs", "c", cache_dir=tmp_path / "cache")  # the local engine reads the same entries
    assert local[0].stats.cached == 3
    assert (first[0].directory / "predictions.jsonl").read_bytes() == (local[0].directory / "predictions.jsonl").read_bytes()


@pytest.mark.slow
def test_the_default_local_cluster_listens_on_loopback_only():
    root = str(Workspace.find().root)
    with DaskEngine(EngineSpec("dask", workers=1), root) as engine:
        info = engine.client.scheduler_info()
        addresses = [info["address"], *info["workers"]]
        assert all(a.startswith("tcp://127.0.0.1:") for a in addresses), addresses
        assert engine.parallelism == 1
        # every socket listening in this process and the worker processes is on loopback
        import psutil

        procs = [psutil.Process(), *psutil.Process().children(recursive=True)]
        listening = [c.laddr for p in procs for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
        assert len(listening) >= 3 and {a.ip for a in listening} == {"127.0.0.1"}, listening


def test_an_unreachable_scheduler_is_a_clear_error():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    spec = EngineSpec("dask", f"tcp://127.0.0.1:{port}", connect_timeout=1)
    with pytest.raises(EngineError, match=r"no Dask scheduler answers at 'tcp://127\.0\.0\.1:\d+'.*leave --scheduler out"):
        DaskEngine(spec, str(Workspace.find().root)).__enter__()


@pytest.mark.parametrize(
    "address", ["not an address", "http://127.0.0.1:8787/status", "tcp://127.0.0.1:99999", "tcp://host", "127.0.0.1:0"]
)
def test_a_scheduler_that_is_not_an_address_is_refused_at_once_without_a_traceback(address: str):
    """Round 7: Dask's Client built on such an address failed, then its __del__ waited 20 s at
    exit and printed a TimeoutError traceback after newsgold's own message."""
    import subprocess
    import sys
    import time

    code = (
        "from newsgold.runs.engines import DaskEngine, EngineError, EngineSpec\n"
        f"try:\n    DaskEngine(EngineSpec('dask', {address!r}, connect_timeout=1), '.').__enter__()\n"
        "except EngineError as e:\n    print('refused:', e)\n"
    )
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith(f"refused: --scheduler {address!r} is not a Dask scheduler address"), out.stdout + out.stderr
    assert "Traceback" not in out.stderr and time.monotonic() - t0 < 15


@pytest.mark.parametrize(
    ("address", "host", "port"),
    [
        ("tcp://127.0.0.1:8786", "127.0.0.1", 8786),
        ("tls://sched.example:8786", "sched.example", 8786),
        ("ws://10.0.0.5:8786/", "10.0.0.5", 8786),
        ("wss://sched:443", "sched", 443),
        ("ucx://[::1]:13337", "[::1]", 13337),
        (" 127.0.0.1:8786 ", "127.0.0.1", 8786),
    ],
)
def test_every_dask_protocol_address_is_accepted(address: str, host: str, port: int):
    """Review: ws://, wss://, ucx:// and a trailing slash are Dask scheduler addresses too."""
    from newsgold.runs.engines import scheduler_address

    assert scheduler_address(address) == (host, port)


FAILING = """
import os
from newsgold.schema import DocAnnotation

class Failing:
    name, version, layers = "failing", "1", ("quotes",)

    def __init__(self, config=None):
        self.how = (config or {}).get("how", "raise")

    def extract(self, document):
        if document.doc_id == "x-04":
            if self.how == "exit":
                os._exit(9)  # the worker process dies
            raise RuntimeError("cannot parse this one")
        return DocAnnotation(document.doc_id, quotes=[])
"""


@pytest.fixture
def failing_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An extractor importable here and in worker processes started from now on."""
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "failing_ext.py").write_text(textwrap.dedent(FAILING), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "plugins"))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "plugins"))
    return "failing_ext:Failing"


@pytest.mark.slow
def test_an_extractor_failing_on_a_worker_names_the_document(data_root: Path, tmp_path: Path, failing_module: str):
    from newsgold.runs import RunError

    ws = _workspace(data_root)
    suite = parse_suite(f'bootstrap = 0\ndocuments = ["x-03", "x-04", "x-05"]\n[[extractors]]\nspec = "{failing_module}"\n', "f.toml")
    with pytest.raises(RunError, match=r"failing: failed on document 'x-04': RuntimeError: cannot parse this one"):
        run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False, engine=EngineSpec("dask", workers=1, partition_size=1))
    assert not (tmp_path / "runs" / "r").exists()


@pytest.mark.slow
def test_a_dying_worker_is_a_clear_error(data_root: Path, tmp_path: Path, failing_module: str):
    import dask

    ws = _workspace(data_root)
    text = f'bootstrap = 0\ndocuments = ["x-03", "x-04"]\n[[extractors]]\nspec = "{failing_module}"\nconfig = {{ how = "exit" }}\n'
    suite = parse_suite(text, "k.toml")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with pytest.raises(EngineError, match=r"Dask workers died running partition 0 \(2 documents 'x-03' … 'x-04'\).*--engine local"):
            run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False, engine=EngineSpec("dask", workers=1, partition_size=2))
    assert not (tmp_path / "runs" / "r").exists()


def test_scheduler_needs_the_dask_engine(data_root: Path, tmp_path: Path):
    ws = _workspace(data_root)
    suite = parse_suite('documents = ["x-00"]\n[[extractors]]\nspec = "quotes@3"\n', "s.toml")
    with pytest.raises(EngineError, match="--scheduler needs --engine dask"):
        run_suite(ws, suite, tmp_path / "runs", "r", use_cache=False, engine=EngineSpec("local", "tcp://127.0.0.1:1"))


@pytest.mark.parametrize("workers", [0, MAX_WORKERS + 1, 2**63 - 1])
def test_a_number_of_local_workers_out_of_range_is_refused_before_any_process_starts(tmp_path: Path, workers: int) -> None:
    """``--workers 9223372036854775807`` kept starting worker processes until killed."""
    with pytest.raises(EngineError, match=rf"--workers must be between 1 and {MAX_WORKERS} .*got {workers}$"):
        open_engine(EngineSpec("dask", workers=workers), 1, str(tmp_path))


# The CLI, with the local cluster's workers held in their start for a while: the test sends
# SIGINT from outside (as Ctrl-C does) while the cluster is starting.
_HELD_START = """
import asyncio, os, sys
from pathlib import Path

if __name__ == "__main__":  # (the workers are spawned: they import this module again)
    import distributed.nanny as nanny

    start = nanny.Nanny.start_unsafe

    async def held(self):
        Path(os.environ["MARK"]).touch()  # the cluster is starting
        await asyncio.sleep(3)
        return await start(self)

    nanny.Nanny.start_unsafe = held
    from newsgold.cli import main

    sys.argv = ["newsgold", *sys.argv[1:]]
    main()
"""


def test_ctrl_c_while_the_local_cluster_starts_is_one_line_and_exit_130(data_root: Path, tmp_path: Path):
    """Interrupted while its workers started, the run printed Dask's exit hook traceback
    (``close_clusters``: AssertionError Status.init, or a KeyboardInterrupt) after exit 130."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script, mark = tmp_path / "held_start.py", tmp_path / "starting"
    script.write_text(_HELD_START, encoding="utf-8")
    suite = tmp_path / "s.toml"
    suite.write_text('name = "s"\nbootstrap = 0\n[[extractors]]\nspec = "quotes@3"\n', encoding="utf-8")
    args = [sys.executable, str(script), "run", str(suite), "--engine", "dask", "--workers", "1", "--no-progress", "--run-id", "i"]
    env = {**os.environ, "MARK": str(mark)}
    proc = subprocess.Popen(
        [*args, "--out", str(tmp_path / "runs")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True
    )
    try:
        t0 = time.monotonic()
        while not mark.exists() and proc.poll() is None and time.monotonic() - t0 < 60:
            time.sleep(0.05)
        assert mark.exists(), proc.communicate()[1]
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert err.splitlines() == ["error: interrupted: no run directory was written (predictions already extracted stay in the cache)"]
    assert not (tmp_path / "runs").exists()
