"""Peak memory of ``newsgold run`` (quotes@3, gold on every document) against corpus size, and
whether two checkouts write the same run files: the measurement behind README "Speed"'s
"``run`` peak memory" row.

    .venv/bin/python eval/bench/bench_run_memory.py --dir /tmp/runmem --sizes 1000 10000 30000 \\
        --exe /work/main/.venv/bin/newsgold --exe .venv/bin/newsgold [--pairs 1] [--taskset 1]

Each size's workspace is ``bench_speed.py``'s ``workspace()`` (synthetic, seeded), built once in
``--dir`` and reused.  Each ``--exe`` (a checkout's ``newsgold`` script) runs ``newsgold --root WS
run small --no-cache --no-progress --run-id bench --overwrite --out OUT`` under ``/usr/bin/time
-f '%e %U %S %M'``; the executables alternate, ``--pairs`` rounds a size.  Printed per run: wall,
user, system seconds and peak KiB; per size the KiB more per gold document than at the previous
size; and, with two executables, whether every run file is ``cmp``-equal (the manifests compared
without their timing and git fields, which differ run to run).  Not a timed test.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_speed import workspace  # noqa: E402

VOLATILE = {"started_at", "duration_s", "git_commit", "git", "git_dirty"}


def build(root: Path, n: int) -> Path:
    """The workspace of ``n`` documents under ``root``, built unless a finished one is there."""
    done = root / f"n{n}" / "built"
    if not done.exists():
        shutil.rmtree(root / f"n{n}", ignore_errors=True)
        workspace(root / f"n{n}", n)
        done.write_text("ok\n", encoding="utf-8")
    return root / f"n{n}" / "ws"


def timed_run(exe: str, ws: Path, out: Path, taskset: str | None) -> dict[str, float]:
    cmd = [exe, "--root", str(ws), "run", "small", "--no-cache", "--no-progress", "--run-id", "bench", "--overwrite", "--out", str(out)]
    if taskset:
        cmd = ["taskset", "-c", taskset, *cmd]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M", *cmd], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        wall, user, system, kib = Path(t.name).read_text().split()[-4:]
    return {"wall_s": float(wall), "user_s": float(user), "sys_s": float(system), "peak_kib": int(kib)}


def _stable(value: object) -> object:
    """A manifest without the fields that change from run to run."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def differences(a: Path, b: Path) -> list[str]:
    """Run files of ``a`` and ``b`` that are not byte-equal (manifests: equal but for VOLATILE)."""
    names = sorted(
        {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
        | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    )
    out = []
    for name in names:
        pa, pb = a / name, b / name
        if not (pa.is_file() and pb.is_file()):
            out.append(f"{name}: only in one")
        elif Path(name).name == "manifest.json":
            if _stable(json.loads(pa.read_text(encoding="utf-8"))) != _stable(json.loads(pb.read_text(encoding="utf-8"))):
                out.append(f"{name}: differs beyond timing/git fields")
        elif not filecmp.cmp(pa, pb, shallow=False):
            out.append(f"{name}: differs")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True, help="where the workspaces are built (kept) and runs written")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 30_000])
    ap.add_argument("--exe", action="append", required=True, help="a checkout's newsgold script; give two to compare")
    ap.add_argument("--pairs", type=int, default=1, help="rounds of the executables alternated, per size")
    ap.add_argument("--taskset", help="CPU list for taskset -c (e.g. 1)")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, list[dict[str, float]]]] = {}
    for n in args.sizes:
        ws = build(args.dir, n)
        results[n] = {exe: [] for exe in args.exe}
        for _ in range(args.pairs):
            for i, exe in enumerate(args.exe):
                t = timed_run(exe, ws, args.dir / f"out{i}-{n}", args.taskset)
                results[n][exe].append(t)
                print(
                    f"{n:>7} docs  {exe}: {t['wall_s']:.2f} s wall {t['user_s']:.2f} s user {t['sys_s']:.2f} s sys {t['peak_kib']:,} KiB  load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        if len(args.exe) == 2:
            diff = differences(args.dir / f"out0-{n}", args.dir / f"out1-{n}")
            print(f"{n:>7} docs  outputs: {'cmp-equal (manifests but for timing/git)' if not diff else '; '.join(diff)}", flush=True)
    for exe in args.exe:
        peaks = [(n, min(r["peak_kib"] for r in results[n][exe])) for n in args.sizes]
        slopes = [f"{n0:,}->{n1:,}: {(p1 - p0) / (n1 - n0):.2f} KiB/doc" for (n0, p0), (n1, p1) in pairwise(peaks)]
        print(f"{exe}: lowest peak KiB {', '.join(f'{n:,}: {p:,}' for n, p in peaks)}; {'; '.join(slopes)}", flush=True)


if __name__ == "__main__":
    main()
