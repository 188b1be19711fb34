"""The Dask engine against the local one, and peak memory of a streamed run (not a timed test).

    .venv/bin/python eval/bench/bench_dask.py [--docs 100000] [--workers 2] [--gold 200]
        [--memory 1000,10000,30000,100000] [--memory-only] [--dir DIR]

Builds a synthetic workspace (``newsgold init``, then documents written straight into
``corpus/data/documents.jsonl``): news paragraphs with direct quotes in curly quotes, a speaker
and a cue, reported speech, emoji and line breaks; the first ``--gold`` documents get gold for
their quotes, as generated.  The suite runs ``quotes@3`` on *every* document (the corpus is
listed in ``documents``): all are extracted and written to predictions.jsonl, the gold sample is
scored (bootstrap 100).  Both engines run the same command (``newsgold run --no-cache``) as a
subprocess, timed wall-clock; their run directories are compared file by file (manifest timing
fields aside).  Per-partition cost is measured on the workers (``seconds`` of each partition).

Memory: ``newsgold run`` (local engine) on corpora of growing size with the same gold sample,
peak RSS of that process (``ru_maxrss`` of a child run alone).  The memory part runs only
``newsgold`` commands, so the same part measures another version: with ``PYTHONPATH`` at an
exported ``src/`` (``git archive COMMIT src | tar -x -C /tmp/old``), ``--memory-only`` measures
that one.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEWSGOLD = [sys.executable, "-m", "newsgold.cli"]
PEOPLE = ["Ana Ruiz", "Tom Okafor", "Lena Fischer", "Omar Haddad", "Mei Chen", "Raúl Ortega", "Priya Nair", "Jonas Berg"]
ROLES = ["the city engineer", "a ministry spokesman", "the union leader", "a senior diplomat", "the mayor", "an analyst"]
TOPICS = ["the bridge", "the new tariff", "the ceasefire talks", "the budget", "the port strike", "the vaccine rollout", "the election"]
VERBS = ["said", "told reporters", "added", "warned", "insisted"]
CLAIMS = [
    "{t} would be delayed until next year",
    "talks on {t} had stalled",
    "{t} was never on the table",
    "funding for {t} was secured",
    "nobody had been consulted about {t}",
]
OPENERS = [
    "Officials met on {day} to discuss {t}.",
    "Protesters gathered outside the ministry on {day} over {t} 🇪🇺.",
    "A report published on {day} raised new questions about {t}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def document(i: int, rng: random.Random) -> tuple[dict[str, str], list[dict[str, object]]]:
    """One article and the gold quotes it was generated with (offsets into its text)."""
    t = rng.choice(TOPICS)
    parts: list[str] = [rng.choice(OPENERS).format(day=rng.choice(DAYS), t=t), " "]
    quotes: list[dict[str, object]] = []

    def at() -> int:
        return sum(len(p) for p in parts)

    for k in range(rng.randint(2, 5)):
        who, role, verb = rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(VERBS)
        claim = rng.choice(CLAIMS).format(t=t)
        if rng.random() < 0.6:  # “Content,” said Speaker, role.
            content = f"{claim[0].upper()}{claim[1:]}, and we will not pretend otherwise 👋🏽,"
            parts.append("“")
            c0 = at()
            parts.append(content)
            c1 = at()
            parts.append("” ")
            v0 = at()
            parts.append(verb)
            v1 = at()
            parts.append(" ")
            s0 = at()
            parts.append(who)
            s1 = at()
            parts.append(f", {role}.")
            kind = "direct"
        else:  # Speaker, role, said that content.
            s0 = at()
            parts.append(who)
            s1 = at()
            parts.append(f", {role}, ")
            v0 = at()
            parts.append(verb)
            v1 = at()
            parts.append(" that ")
            c0 = at()
            parts.append(claim)
            c1 = at()
            parts.append(".")
            kind = "indirect"
        quotes.append(
            {"id": f"q{k + 1}", "type": kind, "content": [[c0, c1]], "source": {"span": [s0, s1], "entity": None}, "cue": [v0, v1]}
        )
        parts.append("\n" if rng.random() < 0.3 else " ")
    parts.append(f"The story is developing ({i}).")
    return {"doc_id": f"n{i:07d}", "text": "".join(parts)}, quotes


def make_workspace(root: Path, n_docs: int, n_gold: int, seed: int = 13) -> None:
    """A workspace of ``n_docs`` generated documents (kept and reused when it exists; runs removed)."""
    if (root / "eval" / "suites" / "bench.toml").exists():
        shutil.rmtree(root / "eval" / "runs", ignore_errors=True)
        return
    subprocess.run([*NEWSGOLD, "init", str(root)], check=True, capture_output=True)
    rng = random.Random(seed)
    gold_dir = root / "annotations" / "gold"
    ids = []
    with open(root / "corpus" / "data" / "documents.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n_docs):
            doc, quotes = document(i, rng)
            ids.append(doc["doc_id"])
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            if i < n_gold:
                gold = {"doc_id": doc["doc_id"], "quotes": quotes, "claims": [], "stances": []}
                (gold_dir / f"{doc['doc_id']}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    suite = f'name = "bench"\nlayers = ["quotes"]\nbootstrap = 100\ndocuments = {json.dumps(ids)}\n[[extractors]]\nspec = "quotes@3"\n'
    (root / "eval" / "suites" / "bench.toml").write_text(suite, encoding="utf-8")


def timed_run(root: Path, out: Path, engine: object) -> tuple[float, list[float]]:
    """Wall time of the whole suite run (for Dask: starting the cluster included) and the
    seconds of each partition, measured where it ran."""
    from newsgold.runs import run_suite
    from newsgold.suites import load_suite
    from newsgold.workspace import Workspace

    ws = Workspace.at(root)
    t0 = time.perf_counter()
    _, results = run_suite(ws, load_suite(ws, "bench"), out, "r", use_cache=False, engine=engine)
    return time.perf_counter() - t0, results[0].partition_seconds


def peak_rss_mb(root: Path, run_id: str) -> float:
    """Peak RSS of one ``newsgold run`` process, measured from a fresh parent so nothing else counts."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    cmd = [*NEWSGOLD, "--root", str(root), "run", "bench", "--no-cache", "--no-progress", "--run-id", run_id]
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


VARYING = ("started_at", "duration_s", "jobs")


def comparable(value: object) -> object:
    """A manifest or summary without what may differ between engines: when, how long, and the
    parallelism (``extraction.jobs``: 1 local process here, the number of Dask workers there)."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k not in VARYING}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


def same_runs(a: Path, b: Path) -> list[str]:
    diffs = []
    for path in sorted(p for p in a.rglob("*") if p.is_file()):
        other = b / path.relative_to(a)
        x, y = path.read_bytes(), other.read_bytes() if other.exists() else None
        if path.name in ("manifest.json", "summary.json") and y is not None:
            x, y = (json.dumps(comparable(json.loads(t))).encode() for t in (x, y))
        if x != y:
            diffs.append(str(path.relative_to(a)))
    return diffs


def engines(base: Path, args: argparse.Namespace) -> None:
    root = base / f"ws-{args.docs}"
    make_workspace(root, args.docs, args.gold)
    mb = (root / "corpus" / "data" / "documents.jsonl").stat().st_size / 1e6
    print(
        f"{args.docs:,} synthetic documents ({mb:.1f} MB JSON Lines), gold for {args.gold}; quotes@3; partitions of {args.partition_size}"
    )
    from newsgold.runs.engines import EngineSpec

    runs = root / "eval" / "runs"
    t_local, _ = timed_run(root, runs / "local", EngineSpec(partition_size=args.partition_size))
    t_dask, costs = timed_run(root, runs / "dask", EngineSpec("dask", workers=args.workers, partition_size=args.partition_size))
    diffs = same_runs(runs / "local" / "r", runs / "dask" / "r")
    print(f"local engine (1 process):           {t_local:8.1f} s")
    print(f"dask engine (LocalCluster, {args.workers} workers): {t_dask:8.1f} s   (includes starting the cluster)")
    n_files = sum(1 for p in (runs / "local" / "r").rglob("*") if p.is_file())
    verdict = "yes" if not diffs else "NO: " + ", ".join(diffs)
    print(f"run directories identical, {n_files} files (started_at, duration_s, extraction jobs aside): {verdict}")
    costs = sorted(costs)
    med = costs[len(costs) // 2]
    per_doc = sum(costs) / args.docs
    print(
        f"per partition ({args.partition_size} documents, on a worker): median {med:.2f} s, "
        f"min {costs[0]:.2f} s, max {costs[-1]:.2f} s; {per_doc * 1e3:.2f} ms per document"
    )
    print("extrapolation to 10,000,000 documents (10,000 partitions), from the median partition cost:")
    print("  assumes: workers as fast as these, one core each, partitions independent (they are), the client")
    print("  keeping up (it writes ~0.6 KB of JSON Lines per document), no cache; cluster start-up excluded")
    for n in (2, 8, 32, 128):
        print(f"  {n:>4} workers: {10_000 * med / n / 60:8.1f} min")


def memory(base: Path, args: argparse.Namespace) -> None:
    print("peak RSS of `newsgold run` (local engine), same gold sample, growing corpus:")
    for n in (int(x) for x in args.memory.split(",")):
        mroot = base / f"mem-{n}"
        make_workspace(mroot, n, min(args.gold, n))  # made once, its runs removed
        print(f"  {n:>9,} documents: {peak_rss_mb(mroot, 'mem'):7.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--gold", type=int, default=200)
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--memory", default="1000,10000,30000,100000", help="corpus sizes for the peak-memory runs ('' to skip)")
    parser.add_argument("--memory-only", action="store_true", help="only the peak-memory runs")
    parser.add_argument("--dir", type=Path, help="keep the workspaces here (default: a temporary directory)")
    args = parser.parse_args()
    base = args.dir or Path(tempfile.mkdtemp(prefix="newsgold-bench-dask-"))
    if not args.memory_only:
        engines(base, args)
    if args.memory:
        memory(base, args)
    print(f"workspaces in {base}")


if __name__ == "__main__":
    main()
