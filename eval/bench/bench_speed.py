"""Wall time and peak memory of the commands people run: ``score`` from JSON Lines (by phase),
its growth with corpus size, ``run`` of the default suite, and ``--help`` start-up.

    .venv/bin/python eval/bench/bench_speed.py score  [--docs 10000] [--repeat 3]
    .venv/bin/python eval/bench/bench_speed.py growth [--sizes 10 100 1000 10000 100000] [--what score run]
    .venv/bin/python eval/bench/bench_speed.py run    [--repeat 5]
    .venv/bin/python eval/bench/bench_speed.py help   [--repeat 10]

Whole commands are timed from outside with GNU time (``/usr/bin/time -f '%e %M'``: wall seconds,
peak resident KiB), the median of ``--repeat`` runs printed.  ``score`` also times its phases
in-process on the same files: read (the JSON parse alone, the floor), load (read + validation
+ objects, as the CLI does it), match (scoring with bootstrap 0), the bootstrap, and the JSON
report (``--format json``; the timed CLI prints the default table).  The
synthetic set is eval/bench/synthetic_set.py's (seeded).  Results go to bench_speed-<what>.json
next to this file.  Not a timed test: run it by hand on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

from synthetic_set import registries, write_set  # noqa: E402

NEWSGOLD = [sys.executable, "-m", "newsgold.cli"]


def timed(cmd: list[str], repeat: int, cwd: Path | None = None) -> dict[str, Any]:
    """Median wall seconds and peak MiB of ``cmd`` over ``repeat`` runs (GNU time)."""
    walls, cpus, peaks = [], [], []
    for _ in range(repeat):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            proc = subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M", *cmd], cwd=cwd, capture_output=True, text=True)
            if proc.returncode != 0:
                raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
            wall, user, system, kib = Path(out.name).read_text().split()[-4:]
        walls.append(float(wall))
        cpus.append(round(float(user) + float(system), 2))
        peaks.append(int(kib) / 1024)
    return {
        "wall_s": statistics.median(walls),
        "cpu_s": statistics.median(cpus),  # user + system: the steady figure on a shared machine
        "wall_s_min": min(walls),
        "wall_s_max": max(walls),
        "peak_mib": round(statistics.median(peaks), 1),
        "runs": repeat,
    }


def score_cmd(d: Path, bootstrap: int) -> list[str]:
    return [
        *NEWSGOLD,
        "score",
        "--documents",
        str(d / "docs.jsonl"),
        "--gold",
        str(d / "gold.jsonl"),
        "--pred",
        str(d / "preds.jsonl"),
        "--bootstrap",
        str(bootstrap),
        "--format",
        "json",
    ]


def phases(d: Path, bootstrap: int) -> dict[str, float]:
    """In-process seconds of each phase of ``newsgold score`` on the set in ``d``: wall (``*_s``)
    and CPU (``*_cpu_s``), with the garbage collector off as the command runs."""
    import gc

    from newsgold.reports import render
    from newsgold.scoring import ScoreConfig, score_corpus
    from newsgold.scoring.corpus import bootstrap as resample
    from newsgold.standalone import standalone_context
    from newsgold.store import load_annotations

    out: dict[str, float] = {}
    clock: list[float] = []

    def start() -> None:
        clock[:] = [time.perf_counter(), time.process_time()]

    def stop(name: str) -> None:
        out[f"{name}_s"], out[f"{name}_cpu_s"] = time.perf_counter() - clock[0], time.process_time() - clock[1]

    gc.disable()
    try:
        start()
        for name in ("gold.jsonl", "preds.jsonl"):
            [json.loads(line) for line in (d / name).read_text(encoding="utf-8").splitlines()]
        stop("read_json")
        start()
        ctx, entities = standalone_context(d / "docs.jsonl")
        stop("documents")
        start()
        gold, pred = load_annotations(d / "gold.jsonl", ctx), load_annotations(d / "preds.jsonl", ctx)
        stop("load_validate")
        start()
        scores = score_corpus(gold, pred, ctx.docs, ScoreConfig(bootstrap=0), entities)
        stop("match_score")
        start()
        resample([r.counts for r in scores.docs], ScoreConfig(bootstrap=bootstrap))
        stop(f"bootstrap_{bootstrap}")
        start()
        render("json", scores, gold, pred, ctx.docs, "bench")
        stop("report_json")
    finally:
        gc.enable()
    return {k: round(v, 3) for k, v in out.items()}


def bench_score(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        info = write_set(d, args.docs)
        result: dict[str, Any] = {"set": info, "phases": phases(d, 1000)}
        for b in (0, 1000):
            result[f"cli_bootstrap_{b}"] = timed(score_cmd(d, b), args.repeat)
        if args.nervaluate:
            result["nervaluate"] = nervaluate_floor(d, args.repeat)
    return result


def nervaluate_floor(d: Path, repeat: int) -> dict[str, Any] | str:
    """JSON load + nervaluate on the quote contents of the same files, if nervaluate is installed."""
    code = (
        "import json,sys\nfrom nervaluate import Evaluator\n"
        "def spans(p):\n"
        "    out=[]\n"
        "    for line in open(p, encoding='utf-8'):\n"
        "        a=json.loads(line); out.append([{'label':q['type'],'start':s,'end':e-1} for q in a['quotes'] for s,e in q['content']])\n"
        "    return out\n"
        f"Evaluator(spans({str(d / 'gold.jsonl')!r}), spans({str(d / 'preds.jsonl')!r}), tags=['direct','indirect'], loader='dict').evaluate()\n"
    )
    try:
        import nervaluate  # noqa: F401
    except ImportError:
        return "nervaluate not installed"
    return timed([sys.executable, "-c", code], repeat)


def workspace(root: Path, n_docs: int) -> Path:
    """A workspace of ``n_docs`` synthetic documents, all with gold, and the default suite."""
    data = root / "set"
    write_set(data, n_docs)
    ws = root / "ws"
    subprocess.run([*NEWSGOLD, "init", str(ws)], check=True, capture_output=True)
    subprocess.run([*NEWSGOLD, "--root", str(ws), "import", str(data / "docs.jsonl")], check=True, capture_output=True)
    entities, targets = registries()
    (ws / "annotations" / "entities.json").write_text(json.dumps(entities), encoding="utf-8")
    (ws / "annotations" / "targets.json").write_text(json.dumps(targets), encoding="utf-8")
    gold = ws / "annotations" / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        (gold / f"{raw['doc_id']}.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    shutil.copy(REPO / "eval" / "suites" / "default.toml", ws / "eval" / "suites" / "default.toml")
    return ws


def run_cmd(ws: Path | None, out: Path) -> list[str]:
    root = ["--root", str(ws)] if ws is not None else []
    return [*NEWSGOLD, *root, "run", "--no-cache", "--no-progress", "--run-id", "bench", "--overwrite", "--out", str(out)]


def bench_growth(args: argparse.Namespace) -> dict[str, Any]:
    rows = []
    for n in args.sizes:
        row: dict[str, Any] = {"docs": n}
        with tempfile.TemporaryDirectory() as tmp:
            if "score" in args.what:
                d = Path(tmp) / "score"
                row["spans"] = write_set(d, n)["spans"]
                row["score_bootstrap_1000"] = timed(score_cmd(d, 1000), args.repeat)
            if "run" in args.what:
                ws = workspace(Path(tmp) / "run", n)
                row["run_default_suite"] = timed(run_cmd(ws, Path(tmp) / "out"), args.repeat)
        print(json.dumps(row), flush=True)
        rows.append(row)
    return {"rows": rows}


def bench_run(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return {"run_default_suite_2_docs": timed(run_cmd(REPO, Path(tmp)), args.repeat)}


def bench_help(args: argparse.Namespace) -> dict[str, Any]:
    exe = shutil.which("newsgold", path=str(Path(sys.executable).parent)) or "newsgold"
    return {"newsgold_help": timed([exe, "--help"], args.repeat), "python_startup": timed([sys.executable, "-c", "pass"], args.repeat)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what_bench", required=True)
    s = sub.add_parser("score")
    s.add_argument("--docs", type=int, default=10_000)
    s.add_argument("--repeat", type=int, default=3)
    s.add_argument("--nervaluate", action="store_true", help="also time JSON load + nervaluate (if installed)")
    g = sub.add_parser("growth")
    g.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10_000, 100_000])
    g.add_argument("--what", nargs="+", choices=["score", "run"], default=["score", "run"])
    g.add_argument("--repeat", type=int, default=1)
    r = sub.add_parser("run")
    r.add_argument("--repeat", type=int, default=5)
    h = sub.add_parser("help")
    h.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    bench = {"score": bench_score, "growth": bench_growth, "run": bench_run, "help": bench_help}[args.what_bench]
    import newsgold

    result = {
        "bench": args.what_bench,
        **bench(args),
        "newsgold_version": newsgold.__version__,
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    (HERE / f"bench_speed-{args.what_bench}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
