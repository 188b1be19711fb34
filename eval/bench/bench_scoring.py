"""Throughput of newsgold's span scoring against nervaluate on the same seeded synthetic data.

    .venv/bin/python eval/bench/bench_scoring.py [--docs 10000] [--spans 20] [--seed 13]

10,000 documents x 20 gold spans (3 labels); each prediction keeps, shifts or relabels a gold span
or drops it, plus a few spurious spans.  Both tools score strict / exact / partial with per-label
breakdowns (nervaluate always computes them).  newsgold is timed three ways: from arrays (the
engine alone), from Python lists of (start, end, label) per document through the public
``score_span_lists`` (conversion included), and from the (fragments, label, key) tuples the
annotation layers build (``SpanTable.from_items``).  Wall and CPU seconds of the run with the
least CPU of ``--repeat`` (nervaluate: one run at 5,000 documents or more); speed-ups by CPU, the
steady figure on a shared machine.  Spans/s counts gold + predicted spans.  Counts are
checked to be identical on the documents where nervaluate's greedy choice is unique (elsewhere
ours is the optimal matching and may legitimately differ).  Results go to bench_scoring.json.
Not a timed test: run it by hand on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

LABELS = ["PER", "ORG", "LOC"]
SCHEMES = ("strict", "exact", "partial")


def synthetic(n_docs: int, n_spans: int, seed: int) -> list[tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        gold, pos = [], 0
        for _ in range(n_spans):
            pos += rng.randint(1, 30)
            length = rng.randint(3, 40)
            gold.append((pos, pos + length, rng.randrange(3)))
            pos += length
        pred = []
        for s, e, lab in gold:
            r = rng.random()
            if r < 0.5:
                pred.append((s, e, lab))
            elif r < 0.8:
                s2, e2 = s + rng.randint(-3, 3), e + rng.randint(-3, 3)
                if e2 > s2 >= 0:
                    pred.append((s2, e2, rng.randrange(3)))
        for _ in range(rng.randint(0, 2)):
            s = rng.randint(0, pos)
            pred.append((s, s + rng.randint(3, 20), rng.randrange(3)))
        docs.append((gold, pred))
    return docs


def unique_choice(gold, pred) -> bool:
    def ov(a, b):
        return min(a[1], b[1]) > max(a[0], b[0])

    return all(sum(ov(p, g) for g in gold) <= 1 for p in pred) and all(sum(ov(p, g) for p in pred) <= 1 for g in gold)


def run_nervaluate(docs):
    from nervaluate import Evaluator

    def conv(side):
        return [[{"label": LABELS[lab], "start": s, "end": e - 1} for s, e, lab in d[side]] for d in docs]

    true, pred = conv(0), conv(1)
    t, c = time.perf_counter(), time.process_time()
    res = Evaluator(true, pred, tags=LABELS, loader="dict").evaluate()["overall"]
    elapsed = (time.perf_counter() - t, time.process_time() - c)
    return elapsed, {s: [res[s].correct, res[s].incorrect, res[s].partial, res[s].missed, res[s].spurious] for s in SCHEMES}


def _counts(cols):
    return {s: [int(cols[f"{s}.{f}"].sum()) for f in ("cor", "inc", "par", "mis", "spu")] for s in SCHEMES}


def run_newsgold_arrays(docs):
    """Columnar input (the engine's native form), as an extractor writing arrays would give it."""
    import numpy as np

    from newsgold.scoring import SpanTable, parse_scheme, score_tables

    def columns(side):
        doc = np.fromiter((i for i, d in enumerate(docs) for _ in d[side]), dtype=np.int64)
        flat = np.array([x for d in docs for x in d[side]], dtype=np.int64).reshape(-1, 3)
        return doc, flat[:, 0], flat[:, 1], flat[:, 2]

    g, p = columns(0), columns(1)
    lengths = np.full(len(docs), max(max(e for _, e, _ in d[0] + d[1]) for d in docs) + 1)
    schemes = [parse_scheme(s) for s in SCHEMES]
    t, c = time.perf_counter(), time.process_time()
    scores = score_tables(SpanTable.from_arrays(*g), SpanTable.from_arrays(*p), lengths, schemes, label_names=LABELS)
    elapsed = (time.perf_counter() - t, time.process_time() - c)
    return elapsed, _counts(scores.columns)


def run_newsgold_lists(docs):
    """From per-document Python lists of (start, end, label): the public entry point
    ``newsgold.scoring.score_span_lists``, conversion to arrays included."""
    from newsgold.scoring import score_span_lists

    t, c = time.perf_counter(), time.process_time()
    gold, pred = [d[0] for d in docs], [d[1] for d in docs]
    lengths = [max((e for _, e, _ in d[0] + d[1]), default=0) + 1 for d in docs]
    scores = score_span_lists(gold, pred, SCHEMES, lengths, label_names=LABELS)
    elapsed = (time.perf_counter() - t, time.process_time() - c)
    return elapsed, _counts(scores.columns)


def run_newsgold_items(docs):
    """From per-document lists of (fragments, label, tie key) tuples, as the annotation layers
    build them (``SpanTable.from_items``: multi-fragment spans), conversion included."""
    from newsgold.scoring import SpanTable, parse_scheme, score_tables

    schemes = [parse_scheme(s) for s in SCHEMES]
    t, c = time.perf_counter(), time.process_time()
    gold = SpanTable.from_items([[(((s, e),), lab, "") for s, e, lab in d[0]] for d in docs])
    pred = SpanTable.from_items([[(((s, e),), lab, "") for s, e, lab in d[1]] for d in docs])
    lengths = [max((e for _, e, _ in d[0] + d[1]), default=0) + 1 for d in docs]
    scores = score_tables(gold, pred, lengths, schemes, label_names=LABELS)
    elapsed = (time.perf_counter() - t, time.process_time() - c)
    return elapsed, _counts(scores.columns)


def best_of(fn, docs, repeat):
    """(wall, CPU) seconds of the run with the least CPU, and its counts."""
    runs = [fn(docs) for _ in range(repeat)]
    return min((r[0] for r in runs), key=lambda t: t[1]), runs[0][1]


def timing(t, ref=None):
    wall, cpu = t
    out = {"seconds": round(wall, 4), "cpu_s": round(cpu, 4)}
    if ref is not None:
        out["speedup_cpu"] = round(ref[1] / cpu, 1)
        out["speedup_wall"] = round(ref[0] / wall, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--spans", type=int, default=20)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).with_name("bench_scoring.json"))
    args = ap.parse_args()
    import nervaluate

    import newsgold

    docs = synthetic(args.docs, args.spans, args.seed)
    n_spans = sum(len(g) + len(p) for g, p in docs)
    t_nv, c_nv = best_of(run_nervaluate, docs, 1 if args.docs >= 5000 else args.repeat)
    t_arr, c_arr = best_of(run_newsgold_arrays, docs, args.repeat)
    t_lst, c_lst = best_of(run_newsgold_lists, docs, args.repeat)
    t_itm, c_itm = best_of(run_newsgold_items, docs, args.repeat)
    assert c_arr == c_lst == c_itm, (c_arr, c_lst, c_itm)
    unique = [d for d in docs if unique_choice(*d)]
    same = run_nervaluate(unique)[1] == run_newsgold_arrays(unique)[1]
    result = {
        "docs": args.docs,
        "gold_spans_per_doc": args.spans,
        "seed": args.seed,
        "spans_total": n_spans,
        "nervaluate": {
            "version": nervaluate.__version__ if hasattr(nervaluate, "__version__") else "1.2.1",
            **timing(t_nv),
            "spans_per_cpu_s": round(n_spans / t_nv[1]),
        },
        "newsgold_arrays": {**timing(t_arr, t_nv), "spans_per_cpu_s": round(n_spans / t_arr[1])},
        "newsgold_lists": {**timing(t_lst, t_nv), "spans_per_cpu_s": round(n_spans / t_lst[1])},
        "newsgold_items": {**timing(t_itm, t_nv), "spans_per_cpu_s": round(n_spans / t_itm[1])},
        "identical_counts_where_greedy_unique": same,
        "docs_where_greedy_unique": len(unique),
        "counts_all_docs": {"nervaluate": c_nv, "newsgold": c_arr},
        "newsgold_version": newsgold.__version__,
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
    }
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    if not same:
        raise SystemExit("counts differ from nervaluate where its greedy choice is unique")


if __name__ == "__main__":
    main()
