"""Wall time and peak memory of the commands people run: ``score`` from JSON Lines (by phase),
its growth with corpus size, ``run`` of the default suite, and ``--help`` start-up.

    .venv/bin/python eval/bench/bench_speed.py score  [--docs 10000] [--repeat 3]
    .venv/bin/python eval/bench/bench_speed.py growth [--sizes 10 100 1000 10000 100000] [--what score run]
                                                      [--default-max 10000] [--mem-limit-mib 12000]
    .venv/bin/python eval/bench/bench_speed.py run    [--repeat 5]
    .venv/bin/python eval/bench/bench_speed.py help   [--repeat 10]

Whole commands are timed from outside with GNU time (``/usr/bin/time -f '%e %U %S %M'``: wall
seconds, CPU seconds, peak resident KiB), the median of ``--repeat`` runs printed.  ``score`` also times its phases
in-process on the same files: read (the JSON parse alone, the floor), load (read + validation
+ objects, as the CLI does it), match (scoring with bootstrap 0), the bootstrap, and the JSON
report (``--format json``; the timed CLI prints the default table).  The
synthetic set is eval/bench/synthetic_set.py's (seeded).  Results go to bench_speed-<what>.json
next to this file.  Not a timed test: run it by hand on a quiet machine.

``growth`` times ``score`` (bootstrap 1000) and ``run`` at each size and prints, per size, wall,
CPU, peak MiB and the cost per document; then one line per command comparing the per-document
CPU cost at the largest size with the 1,000-document one (CPU, because wall time on a shared
machine measures the other jobs too).  ``run`` is timed with the default suite up to
``--default-max`` documents (its ten extractors cost ~35 ms of CPU per document: 100,000
documents would take about an hour) and with the one-extractor suite ``quotes@3`` at every size.
Each command runs under an address-space limit (``--mem-limit-mib``): a size that needs more
is recorded as failed, not allowed to take the machine's memory.

``run`` times the default command and the same with ``--serial`` (no second process for the
learned entry) alternated run by run, and records the 1-minute load average before and after.

One command at one size is re-measured by naming them, e.g. ``growth --what score --sizes
100000``: the figures of the result file (``--out``, default ``bench_speed-growth.json``) for
other commands and sizes are kept and the table and linearity lines are printed again over all
of them (``--fresh`` starts a new table; ``--add FILE`` joins the rows of other result files).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

from synthetic_set import registries, write_set  # noqa: E402

NEWSGOLD = [sys.executable, "-m", "newsgold.cli"]


def timed(cmd: list[str], repeat: int, cwd: Path | None = None, mem_limit_mib: int | None = None) -> dict[str, Any]:
    """Median wall seconds, CPU seconds (user + system) and peak MiB of ``cmd`` over ``repeat``
    runs (GNU time); with ``mem_limit_mib``, a run that fails under that address-space limit is
    recorded as ``{"failed": ...}``."""
    walls, cpus, peaks = [], [], []
    load_before = os.getloadavg()[0]  # times on a shared machine depend on it: recorded with them

    def limit() -> None:
        if mem_limit_mib:
            size = mem_limit_mib * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    for _ in range(repeat):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            proc = subprocess.run(
                ["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M", *cmd], cwd=cwd, capture_output=True, text=True, preexec_fn=limit
            )
            if proc.returncode != 0:
                if mem_limit_mib:
                    return {"failed": f"exit {proc.returncode} under a {mem_limit_mib} MiB address-space limit: {proc.stderr[-300:]}"}
                raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
            wall, user, system, kib = Path(out.name).read_text().split()[-4:]
        walls.append(float(wall))
        cpus.append(float(user) + float(system))
        peaks.append(int(kib) / 1024)
    return {
        "wall_s": statistics.median(walls),
        "wall_s_min": min(walls),
        "wall_s_max": max(walls),
        "cpu_s": round(statistics.median(cpus), 2),  # user + system: the steady figure on a shared machine
        "peak_mib": round(statistics.median(peaks), 1),
        "load_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # before the first run, after the last
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


SMALL_SUITE = 'name = "small"\ndescription = "quotes v3 only"\nbootstrap = 1000\nseed = 12345\nmatch_scheme = "coverage:0.3"\n[[extractors]]\nspec = "quotes"\nversion = "3"\nconfig = { entities = "annotations/entities.json" }\n'


def workspace(root: Path, n_docs: int) -> Path:
    """A workspace of ``n_docs`` synthetic documents, all with gold, the default suite and ``small`` (quotes v3)."""
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
    with open(data / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line)
            (gold / f"{raw['doc_id']}.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    shutil.copy(REPO / "eval" / "suites" / "default.toml", ws / "eval" / "suites" / "default.toml")
    (ws / "eval" / "suites" / "small.toml").write_text(SMALL_SUITE, encoding="utf-8")
    return ws


def run_cmd(ws: Path | None, out: Path, suite: str = "default") -> list[str]:
    root = ["--root", str(ws)] if ws is not None else []
    return [*NEWSGOLD, *root, "run", suite, "--no-cache", "--no-progress", "--run-id", "bench", "--overwrite", "--out", str(out)]


def _per_doc(t: dict[str, Any], n: int) -> dict[str, Any]:
    if "failed" in t:
        return t
    return {**t, "wall_ms_per_doc": round(1000 * t["wall_s"] / n, 3), "cpu_ms_per_doc": round(1000 * t["cpu_s"] / n, 3)}


def _line(name: str, n: int, t: dict[str, Any]) -> str:
    if "failed" in t:
        return f"{name:<22} {n:>7} docs  FAILED ({t['failed'][:120]})"
    return (
        f"{name:<22} {n:>7} docs  wall {t['wall_s']:>8.2f} s  cpu {t['cpu_s']:>8.2f} s  peak {t['peak_mib']:>7.1f} MiB  "
        f"per doc {t['wall_ms_per_doc']:>8.3f} ms wall, {t['cpu_ms_per_doc']:>8.3f} ms cpu"
        + (f"  load {t['load_1min'][0]:.1f}-{t['load_1min'][1]:.1f}" if "load_1min" in t else "")
    )


def growth_steps(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Per command, between each two sizes measured: the CPU and the peak memory that each
    document more costs (the marginal cost; flat memory is near 0 KiB a document)."""
    out: dict[str, list[str]] = {}
    for name in sorted({k for r in rows for k in r if isinstance(r[k], dict)}):
        ok = [(r["docs"], r[name]) for r in rows if name in r and "failed" not in r[name]]
        out[name] = [
            f"{n0:,}->{n1:,}: {1000 * (t1['cpu_s'] - t0['cpu_s']) / (n1 - n0):.3f} ms cpu, "
            f"{1024 * (t1['peak_mib'] - t0['peak_mib']) / (n1 - n0):.2f} KiB peak per document more"
            for (n0, t0), (n1, t1) in pairwise(ok)
        ]
    return out


def growth_summary(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Per command: the per-document CPU cost at the largest size measured over the 1,000-document
    one (1.0 is linear growth), the same net of start-up (the smallest size's cost subtracted), and
    the peak memory at both with its slope (flat memory: near 0 KiB per document)."""
    out = {}
    names = sorted({k for r in rows for k in r if isinstance(r[k], dict)})
    for name in names:
        ok = [(r["docs"], r[name]) for r in rows if name in r and "failed" not in r[name]]
        failed = [r["docs"] for r in rows if name in r and "failed" in r[name]]
        ref = next((t for n, t in ok if n == 1000), None)
        if not ok or ref is None or ok[-1][0] <= 1000:
            out[name] = "not measured past 1,000 documents" + (f" (failed at {failed})" if failed else "")
            continue
        (n0, t0), (n, big) = ok[0], ok[-1]
        ratio = big["cpu_ms_per_doc"] / ref["cpu_ms_per_doc"]
        net = ((big["cpu_s"] - t0["cpu_s"]) / (n - n0)) / ((ref["cpu_s"] - t0["cpu_s"]) / (1000 - n0)) if n0 < 1000 else ratio
        verdict = "linear" if 0.67 <= net <= 1.5 else ("sub-linear" if net < 0.67 else "super-linear")
        out[name] = (
            f"per-document CPU at {n:,} / at 1,000 documents = {big['cpu_ms_per_doc']:.3f} / {ref['cpu_ms_per_doc']:.3f} ms "
            f"= {ratio:.2f}; net of start-up (cost at {n0} subtracted) {net:.2f} ({verdict}); "
            f"peak {ref['peak_mib']:.0f} -> {big['peak_mib']:.0f} MiB "
            f"({1024 * (big['peak_mib'] - ref['peak_mib']) / (n - 1000):.2f} KiB more per document)"
            + (f"; failed at {failed}" if failed else "")
        )
    return out


def bench_growth(args: argparse.Namespace) -> dict[str, Any]:
    earlier = list(args.add or [])
    if not args.fresh and _out(args).exists():
        earlier.insert(0, _out(args))  # re-measure some commands and sizes, keep the others' figures
    kept: dict[int, dict[str, Any]] = {}
    for path in earlier:  # rows of earlier invocations; what is measured here replaces their figures
        for r in json.loads(Path(path).read_text(encoding="utf-8"))["rows"]:
            kept.setdefault(r["docs"], {}).update(r)
    measured = {"score": ["score_bootstrap_1000", "spans"], "run": ["run_default_suite", "run_quotes_v3_suite"]}
    rows = [r for n, r in kept.items() if n not in args.sizes]
    for n in args.sizes:
        row: dict[str, Any] = dict(kept.get(n, {}), docs=n)
        for w in args.what:
            for k in measured[w]:
                row.pop(k, None)
        with tempfile.TemporaryDirectory() as tmp:
            if "score" in args.what:
                d = Path(tmp) / "score"
                row["spans"] = write_set(d, n)["spans"]
                row["score_bootstrap_1000"] = _per_doc(timed(score_cmd(d, 1000), args.repeat, mem_limit_mib=args.mem_limit_mib), n)
                print(_line("score (bootstrap 1000)", n, row["score_bootstrap_1000"]), flush=True)
                shutil.rmtree(d)
            if "run" in args.what:
                ws = workspace(Path(tmp) / "run", n)
                if n <= args.default_max:
                    t = timed(run_cmd(ws, Path(tmp) / "out"), args.repeat, mem_limit_mib=args.mem_limit_mib)
                    row["run_default_suite"] = _per_doc(t, n)
                    print(_line("run default suite", n, row["run_default_suite"]), flush=True)
                    shutil.rmtree(Path(tmp) / "out", ignore_errors=True)
                t = timed(run_cmd(ws, Path(tmp) / "out", "small"), args.repeat, mem_limit_mib=args.mem_limit_mib)
                row["run_quotes_v3_suite"] = _per_doc(t, n)
                print(_line("run quotes@3 suite", n, row["run_quotes_v3_suite"]), flush=True)
        rows.append(row)
        partial = _out(args).with_suffix(".partial.json")  # what is measured so far, should a size be stopped
        partial.write_text(json.dumps({"rows": sorted(rows, key=lambda r: r["docs"])}, indent=2) + "\n", encoding="utf-8")
    rows.sort(key=lambda r: r["docs"])
    summary, steps = growth_summary(rows), growth_steps(rows)
    for name, text in summary.items():
        print(f"{name}: {text}", flush=True)
        for step in steps.get(name, []):
            print(f"    {step}", flush=True)
    return {"rows": rows, "summary": summary, "steps": steps, "default_max": args.default_max, "mem_limit_mib": args.mem_limit_mib}


def _out(args: argparse.Namespace) -> Path:
    return getattr(args, "out", None) or HERE / f"bench_speed-{args.what_bench}.json"


def bench_run(args: argparse.Namespace) -> dict[str, Any]:
    """The default run (the learned entry overlapped in a second process on 2+ cores) and the
    same with ``--serial``, alternated run by run, with the load average around them: on a shared
    machine the wall time says as much about the other jobs as about newsgold."""
    runs: dict[str, list[dict[str, Any]]] = {"run_default_suite_2_docs": [], "run_default_suite_2_docs_serial": []}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            runs["run_default_suite_2_docs"].append(timed(run_cmd(REPO, Path(tmp)), 1))
            runs["run_default_suite_2_docs_serial"].append(timed([*run_cmd(REPO, Path(tmp)), "--serial"], 1))
    out: dict[str, Any] = {}
    for name, each in runs.items():
        walls, cpus = [r["wall_s"] for r in each], [r["cpu_s"] for r in each]
        out[name] = {
            "wall_s": statistics.median(walls),
            "wall_s_min": min(walls),
            "wall_s_max": max(walls),
            "cpu_s": round(statistics.median(cpus), 2),
            "peak_mib": round(statistics.median(r["peak_mib"] for r in each), 1),
            "runs": len(each),
        }
    out["load_average_1min"] = {"before": round(load_before[0], 2), "after": round(os.getloadavg()[0], 2)}
    out["cores"] = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return out


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
    g.add_argument("--default-max", type=int, default=10_000, help="largest size run with the whole default suite")
    g.add_argument("--mem-limit-mib", type=int, default=12000, help="address-space limit of each timed command")
    g.add_argument("--add", nargs="*", help="result files of earlier growth runs whose other sizes join this one's table")
    g.add_argument("--out", type=Path, help="result file (default bench_speed-growth.json next to this script)")
    g.add_argument("--fresh", action="store_true", help="start a new table (default: the result file's other figures are kept)")
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
    _out(args).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _out(args).with_suffix(".partial.json").unlink(missing_ok=True)  # growth's figures so far: all in the result now
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
