"""Throughput of the built-in extractors: documents/s and MB/s on one core (not a timed test).

    .venv/bin/python eval/bench/bench_extractors.py [--mb 2] [--only quotes] [--entities PATH]

The input is the corpus repeated (with a counter in each copy's doc_id) until it reaches
``--mb`` megabytes of UTF-8 text; each extractor runs serially over all of it, best of 3.
Wall-clock MB/s and, because the development machine is shared, MB/s of this process's CPU
time (``time.process_time``: user + system, best pass) are both printed.  ``--entities``
configures an entity registry (as the suites do, e.g. ``eval/devset/annotations/entities.json``),
so that the speaker resolution's registry look-ups are timed too.
"""

from __future__ import annotations

import argparse
import time

from newsgold.corpus import Document
from newsgold.extractors import resolve
from newsgold.workspace import Workspace


def workload(megabytes: float, base: list[Document] | None = None) -> list[Document]:
    """``base`` (default: this workspace's corpus) repeated, each copy renamed, up to ``megabytes`` of UTF-8."""
    base = base or list(Workspace.find().documents.values())
    docs, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        d = base[i % len(base)]
        docs.append(Document(f"{d.doc_id}-{i}", d.text, d.title, d.outlet, d.author))
        size += len(d.text.encode("utf-8"))
        i += 1
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--only", action="append")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--entities", help="an entities.json for the extractors that read one")
    args = parser.parse_args()
    docs = workload(args.mb)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    print(f"{len(docs)} documents, {mb:.2f} MB of text, 1 core")
    print(f"{'extractor':<22}{'docs/s':>10}{'MB/s':>10}{'cpu s':>10}{'cpu MB/s':>10}")
    for spec in args.only or [
        "quotes-direct@1",
        "quotes@2",
        "quotes@3",
        "quotes@4",
        "quotes@5",
        "quotes@6",
        "quotes@7",
        "quotes@8",
        "quotes@9",
        "quotes@10",
        "quotes@11",
        "quotes@12",
        "quotes@13",
        "quotes@14",
        "claims@1",
        "stance@2",
    ]:
        ex = resolve(spec, {"entities": args.entities}) if args.entities else resolve(spec)
        best = best_cpu = float("inf")
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            for d in docs:
                ex.extract(d)
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        print(f"{spec:<22}{len(docs) / best:>10.0f}{mb / best:>10.2f}{best_cpu:>10.2f}{mb / best_cpu:>10.2f}")


if __name__ == "__main__":
    main()
