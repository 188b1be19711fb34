"""Push and pull 1,000 synthetic tasks through a real Label Studio server; report the time.

    .venv/bin/python eval/bench/bench_labelstudio.py [--tasks 1000] [--seed 7] [--json out.json]

Starts its own server (installing Label Studio on first use) on a free loopback port with a
temporary data dir, and stops it at the end.  Each synthetic document (~1,500 characters, with
text outside the BMP) carries an annotation (5 quotes with source and cue, 3 claims, 2 stances)
and a scored prediction.  Timed: the first push (project, tasks, annotations, predictions), a
second push (idempotent: nothing to do), and the pull (export snapshot, convert and validate
every annotation, write the files).  The pulled set is checked to equal what was pushed.
Target: push + pull under 60 s.  Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

from newsgold.corpus import Document
from newsgold.labelstudio.client import connect
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.pull import annotation_files, collect, write_all
from newsgold.labelstudio.push import push
from newsgold.labelstudio.server import LabelStudioServer, install
from newsgold.schema import DOCUMENT_HOLDER, Claim, DocAnnotation, Quote, Source, Stance

WORDS = "talks Iran sanctions minister said deal election Oman officials 🇮🇷 👋🏽 “never” press week".split()
ENTITIES = [f"E_{i}" for i in range(8)]
TARGETS = ["T_TALKS", "T_DEAL"]


def synthetic(n: int, seed: int) -> tuple[dict[str, Document], dict[str, DocAnnotation], dict[str, DocAnnotation]]:
    rng = random.Random(seed)
    docs, anns, preds = {}, {}, {}
    for i in range(n):
        doc_id = f"synth-{i:05d}"
        text = " ".join(rng.choice(WORDS) for _ in range(220))[:1500]
        docs[doc_id] = Document(doc_id, text)
        cuts = sorted(rng.sample(range(len(text)), 30))
        spans = [(cuts[k], cuts[k + 1]) for k in range(0, 30, 2)]  # 15 disjoint spans
        quotes = [
            Quote(
                f"q{k + 1}",
                rng.choice(("direct", "indirect", "mixed")),
                [spans[3 * k]],
                Source(spans[3 * k + 1], rng.choice(ENTITIES)),
                spans[3 * k + 2],
            )
            for k in range(4)
        ]
        quotes.append(Quote("q5", "mixed", [spans[12], spans[13]], Source(None, None), None))
        claims = [
            Claim(f"c{k + 1}", [spans[3 * k]], rng.choice(ENTITIES), rng.choice(("factual", "evaluative")), rng.random() < 0.5, f"q{k + 1}")
            for k in range(3)
        ]
        stances = [Stance(DOCUMENT_HOLDER, "T_TALKS", "against"), Stance(rng.choice(ENTITIES), "T_DEAL", "favor")]
        anns[doc_id] = DocAnnotation(doc_id, quotes, claims, stances)
        scored = [Quote(q.id, q.type, q.content, q.source, q.cue, round(rng.random(), 4)) for q in quotes]
        preds[doc_id] = DocAnnotation(doc_id, scored, None, None, meta={"extractor": "bench", "version": "1"})
    return docs, anns, preds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    def say(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    docs, anns, preds = synthetic(args.tasks, args.seed)
    vocab = Vocab.of(ENTITIES, TARGETS)
    install(progress=say)
    with LabelStudioServer(progress=say) as server, tempfile.TemporaryDirectory() as tmp:
        say(f"server up on {server.url} in {server.startup_seconds:.1f} s")
        client = connect(server.url, server.token)
        t0 = time.perf_counter()
        first = push(client, "bench", docs, anns, preds, vocab=vocab)
        t1 = time.perf_counter()
        second = push(client, "bench", docs, anns, preds, vocab=vocab)
        t2 = time.perf_counter()
        exported = client.export(client.project("bench").id)
        t3 = time.perf_counter()
        pulled = collect(exported, docs, vocab)
        t4 = time.perf_counter()
        written = write_all(annotation_files(pulled.sets, Path(tmp) / "pulled"))
        t5 = time.perf_counter()
    assert first.tasks_created == args.tasks and first.annotations_created == args.tasks
    assert second.tasks_created == second.annotations_created == second.predictions_created == 0
    assert pulled.sets == {server.username: anns}, "pulled annotations differ from the pushed ones"
    assert len(written) == args.tasks
    figures = {
        "tasks": args.tasks,
        "push_s": round(t1 - t0, 2),
        "push_again_s": round(t2 - t1, 2),
        "export_s": round(t3 - t2, 2),
        "convert_validate_s": round(t4 - t3, 2),
        "write_s": round(t5 - t4, 2),
        "pull_s": round(t5 - t2, 2),
        "push_plus_pull_s": round((t1 - t0) + (t5 - t2), 2),
        "target_s": 60,
        "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}",
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["push_plus_pull_s"] < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
