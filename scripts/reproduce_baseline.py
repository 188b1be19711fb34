"""Re-run the default suite and compare it with the committed baseline (eval/runs/baseline).

    python scripts/reproduce_baseline.py [--root DIR]

Every file of every run must be identical except what a run cannot reproduce: the manifest's
timestamps, duration and git state.  Exit 1 with the differences otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

UNREPRODUCIBLE = ("started_at", "duration_s", "git")


def comparable(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.name == "manifest.json":
        manifest = json.loads(text)
        for key in UNREPRODUCIBLE:
            manifest.pop(key, None)
        return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    return text


def differences(committed: Path, fresh: Path) -> list[str]:
    out = []
    for run in sorted(p for p in committed.iterdir() if p.is_dir()):
        names = sorted({p.name for p in run.iterdir()} | {p.name for p in (fresh / run.name).glob("*")})
        for name in names:
            a, b = run / name, fresh / run.name / name
            if not a.exists() or not b.exists():
                out.append(f"{run.name}/{name}: only in {'the fresh run' if b.exists() else 'the baseline'}")
                continue
            old, new = comparable(a), comparable(b)
            if old != new:
                diff = difflib.unified_diff(
                    old.splitlines(True), new.splitlines(True), f"baseline/{run.name}/{name}", f"fresh/{run.name}/{name}", n=1
                )
                out.append("".join(list(diff)[:40]))
    for name in ("summary.json", "summary.md"):
        if comparable(committed / name) != comparable(fresh / name):
            out.append(f"{name} differs")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            sys.executable,
            "-m",
            "newsgold.cli",
            "--root",
            str(args.root),
            "run",
            "--run-id",
            "baseline",
            "--no-cache",
            "--no-progress",
            "--out",
            tmp,
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        problems = differences(args.root / "eval" / "runs" / "baseline", Path(tmp) / "baseline")
    for problem in problems:
        print(problem)
    print("baseline reproduced" if not problems else f"{len(problems)} difference(s) from the committed baseline")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
