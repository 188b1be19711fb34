"""Validating and scoring a large prediction file, as whole ``newsgold`` processes (issue #11 item 8).

    .venv/bin/python eval/bench/bench_bad_input.py [--docs 10000] [--quotes 40] [--seed 7] [--dir DIR]

Builds a workspace (``newsgold init``) with a synthetic corpus of ``--docs`` documents, a gold of
``--quotes`` quotes per document and a prediction file of about as many (kept, shifted, dropped,
spurious; 10,000 x 40 gives ~400k predicted quotes, ~50 MB), then times, each in its own process
under ``/usr/bin/time``: ``newsgold validate PRED``, ``newsgold score --pred PRED --bootstrap 0``
and ``newsgold score --pred PRED`` (default bootstrap, 1000), printing wall time and peak RSS.
A last check makes the same file bad on one line (a float offset) and times ``validate`` again:
one bad item must not make validation slow.  Target (issue #11): <= 15 s and <= 400 MB each on one
core.  Not a timed test: run it by hand on a quiet machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

WORDS = "the minister said talks were not under way and that any report claiming otherwise was false".split()
TYPES = ("direct", "indirect", "mixed")
ENTITIES = [{"id": f"E{i}", "name": f"Speaker {i}", "aliases": [], "type": "person"} for i in range(20)]


def _text(rng: random.Random, n_chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < n_chars:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n_chars]


def _quotes(rng: random.Random, n: int, length: int) -> list[dict]:
    step = length // n
    quotes = []
    for i in range(n):
        start = i * step + rng.randint(0, step // 4)
        end = start + rng.randint(step // 3, step // 2)
        quotes.append(
            {
                "id": f"q{i + 1}",
                "type": rng.choice(TYPES),
                "content": [[start, end]],
                "source": {"span": [end + 1, end + 6], "entity": rng.choice(ENTITIES)["id"]},
                "cue": [end + 7, end + 11],
            }
        )
    return quotes


def _predicted(rng: random.Random, gold: list[dict], length: int) -> list[dict]:
    out = []
    for q in gold:
        r = rng.random()
        if r < 0.15:
            continue
        p = json.loads(json.dumps(q))
        if r < 0.5:
            s, e = p["content"][0]
            p["content"] = [[max(0, s + rng.randint(-5, 5)), min(length, e + rng.randint(-5, 5))]]
        p["score"] = round(rng.random(), 3)
        out.append(p)
    for i in range(rng.randint(0, 4)):
        s = rng.randint(0, length - 40)
        out.append({"id": f"x{i}", "type": "direct", "content": [[s, s + 30]], "source": {"span": None, "entity": None}, "cue": None})
    return out


def build(root: Path, n_docs: int, n_quotes: int, seed: int, newsgold: str) -> Path:
    subprocess.run([newsgold, "init", str(root)], check=True, capture_output=True)
    rng = random.Random(seed)
    length = n_quotes * 110
    (root / "annotations/entities.json").write_text(json.dumps(ENTITIES, indent=1), encoding="utf-8")
    gold_dir = root / "annotations/gold"
    with (
        open(root / "corpus/data/documents.jsonl", "w", encoding="utf-8") as docs,
        open(root / "pred.jsonl", "w", encoding="utf-8") as pred,
    ):
        for d in range(n_docs):
            doc_id = f"doc{d:06d}"
            text = _text(rng, length)
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            docs.write(json.dumps({"doc_id": doc_id, "text": text, "sha256": sha, "n_chars": len(text)}) + "\n")
            gold = _quotes(rng, n_quotes, length)
            (gold_dir / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, "quotes": gold, "claims": [], "stances": []}), "utf-8")
            pred.write(json.dumps({"doc_id": doc_id, "quotes": _predicted(rng, gold, length)}) + "\n")
    return root / "pred.jsonl"


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds (user + system), peak RSS MB, exit code) of one whole process.
    CPU time is printed too because on a shared machine wall time includes waiting for a core."""
    proc = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *cmd], cwd=cwd, capture_output=True, text=True)
    wall, user, system, rss_kb = proc.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss_kb) / 1024, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--quotes", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dir", type=Path, default=None, help="build the workspace here (default: a temporary directory)")
    args = ap.parse_args()
    newsgold = str(Path(sys.executable).with_name("newsgold"))
    base = args.dir or Path(tempfile.mkdtemp(prefix="bench-bad-input-"))
    root = base / "ws"
    if not (root / "pred.jsonl").exists():
        build(root, args.docs, args.quotes, args.seed, newsgold)
    pred = root / "pred.jsonl"
    n_pred = sum(len(json.loads(line)["quotes"]) for line in pred.open(encoding="utf-8"))
    print(f"workspace {root}: {args.docs} documents, {args.docs * args.quotes} gold quotes")
    print(f"predictions {pred.name}: {pred.stat().st_size / 1e6:.1f} MB, {n_pred} quotes")
    env_note = f"python {sys.version.split()[0]}, {os.cpu_count()} cpus visible"
    bad = root / "bad.jsonl"
    lines = pred.read_text(encoding="utf-8").split("\n")
    lines[len(lines) // 2] = lines[len(lines) // 2].replace('"content": [[', '"content": [[0.0, 10.0], [', 1)
    bad.write_text("\n".join(lines), encoding="utf-8")
    runs = [
        ("validate", ["validate", "pred.jsonl"], 0),
        ("score --bootstrap 0", ["score", "--pred", "pred.jsonl", "--bootstrap", "0", "--format", "json"], 0),
        ("score (bootstrap 1000)", ["score", "--pred", "pred.jsonl", "--format", "json"], 0),
        ("validate, one float offset", ["validate", "bad.jsonl"], 1),
    ]
    print(f"| command | wall s | CPU s | peak RSS MB | exit |  ({env_note}, one core: taskset -c 0)")
    print("|---|---:|---:|---:|---:|")
    for label, cmd, want in runs:
        wall, cpu, rss, rc = timed(["taskset", "-c", "0", newsgold, *cmd], root)
        flag = "" if rc == want else f" (expected exit {want})"
        print(f"| `newsgold {' '.join(cmd)}` ({label}) | {wall:.1f} | {cpu:.1f} | {rss:.0f} | {rc}{flag} |", flush=True)


if __name__ == "__main__":
    main()
