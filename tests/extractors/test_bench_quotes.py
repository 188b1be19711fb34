"""The throughput benchmark runs quotes v13 and prints its figures (a smoke test, not a timed
one: the targets live in eval/bench/, see the README's speed figures)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_measures_quotes_v13() -> None:
    cmd = [sys.executable, "eval/bench/bench_extractors.py", "--mb", "0.01", "--repeat", "1", "--only", "quotes@13"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (row,) = [line.split() for line in proc.stdout.splitlines() if line.startswith("quotes@13")]
    docs_s, mb_s, cpu_s, cpu_mb_s = map(float, row[1:])
    assert docs_s > 0 and mb_s > 0 and cpu_s > 0 and cpu_mb_s > 0
