"""Speed of ``quotes`` speaker stages (v13's, v14's) on one core: MB/s of ``choose`` alone and end to end (not a timed test).

    taskset -c 1 .venv/bin/python eval/bench/bench_speaker_stages.py [--mb 1] [--registry]

The input is the dev+more3 documents of ``eval/devset`` (the frozen list v14's stage trains on)
repeated until ``--mb`` megabytes of UTF-8 text.  Each pass runs v13's detection on every
document (untimed for ``choose``, fresh each pass so no stage finds another's caches warm) and
times each stage's ``choose``; "end to end" is detection plus that stage.  Best of ``--repeat``
passes, CPU time of this process (``time.process_time``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench_extractors import workload

from newsgold.corpus import Document
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.extractors.quotes.v13_speakers import SpeakerStage
from newsgold.extractors.quotes.v14_speakers import SpeakerStageV14
from newsgold.workspace import Workspace

DEVSET = Path(__file__).resolve().parents[1] / "devset"


def dev_workload(megabytes: float) -> list[Document]:
    """The stage's training documents repeated (``bench_extractors.workload``) up to ``megabytes``."""
    ws = Workspace.at(DEVSET)
    ids = json.loads((DEVSET / "sources" / "train_v14_speakers_docs.json").read_text(encoding="utf-8"))
    return workload(megabytes, [ws.documents[d] for d in ids])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--registry", action="store_true", help="with the devset registry (default: none)")
    args = parser.parse_args()
    docs = dev_workload(args.mb)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    config = {"entities": str(DEVSET / "sources" / "train_v14_entities.json")} if args.registry else {}
    detector = QuotesV13(config)
    stages = {"v13 stage": SpeakerStage.shipped(), "v14 stage": SpeakerStageV14.shipped()}
    best = {name: float("inf") for name in stages}
    detect = float("inf")
    for _ in range(args.repeat):
        spent = dict.fromkeys(stages, 0.0)
        for name, stage in stages.items():
            d_cpu = 0.0
            for doc in docs:
                c0 = time.process_time()
                d = detector.detect(doc)
                c1 = time.process_time()
                stage.choose(doc.text, d.ann.quotes or [], d.found, d.analysis, d.resolver)
                spent[name] += time.process_time() - c1
                d_cpu += c1 - c0
            detect = min(detect, d_cpu)
        for name in stages:
            best[name] = min(best[name], spent[name])
    print(f"{len(docs)} documents, {mb:.2f} MB, {'registry' if args.registry else 'no registry'}; v13 detection {mb / detect:.2f} MB/s")
    for name in stages:
        print(
            f"{name:<12} choose {best[name]:6.2f} s cpu ({mb / best[name]:7.2f} MB/s)   end to end {mb / (detect + best[name]):5.2f} MB/s"
        )


if __name__ == "__main__":
    main()
