"""Adversarial round: each case on a fresh copy of the pristine workspace, as a user would."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

QA = Path("/tmp/qa")
NG = str(QA / "venv" / "bin" / "newsgold")
PY = str(QA / "venv" / "bin" / "python")
PRISTINE = QA / "ws"
DOC = "no-negotiations-underway"
DOC2 = "alleged-negotiation-domestic-propaganda"
CASES: list[dict] = []


def case(name, cmd, expect="error", setup=None, timeout=90, sigint_after=None, check=None, parallel=None, wsname="ws", stdin=None, shell=None):
    CASES.append(dict(name=name, cmd=cmd, expect=expect, setup=setup, timeout=timeout, sigint_after=sigint_after,
                      check=check, parallel=parallel, wsname=wsname, stdin=stdin, shell=shell))


def tree(root: Path) -> dict:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[str(p.relative_to(root))] = "link:" + os.readlink(p)
        elif p.is_file():
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[str(p.relative_to(root))] = "dir"
    return out


def strays(ws: Path) -> list[str]:
    return [str(p) for p in ws.rglob("*") if ".ngtx-" in p.name or p.name.startswith(".tmp")]


def execute(c, idx):
    base = QA / "cases" / f"{idx:03d}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    ws = base / c["wsname"]
    shutil.copytree(PRISTINE, ws, symlinks=True)
    def state():
        return (tree(ws / "annotations") if (ws / "annotations").is_dir() else {}, tree(ws / "corpus") if (ws / "corpus").is_dir() else {}, tree(ws / "eval" / "suites") if (ws / "eval/suites").is_dir() else {}, (ws / "newsgold.toml").read_bytes() if (ws / "newsgold.toml").is_file() else None)
    pristine_state = state()
    if c["setup"]:
        c["setup"](ws)
    if c.get("shell"):
        c["cmd"] = ["bash", "-c", c["shell"].replace("NG ", NG + " ")]
    workspace_broken = state()[:2] != pristine_state[:2] or state()[3] != pristine_state[3]
    before = tree(ws / "annotations")
    cmd = [NG if a == "NG" else a for a in c["cmd"]]
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", PYTHONPATH=str(ws))
    t0 = time.time()
    if c["parallel"]:
        procs = [subprocess.Popen(cmd, cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, errors="replace") for _ in range(c["parallel"])]
        outs = [p.communicate(timeout=c["timeout"]) for p in procs]
        rc = [p.returncode for p in procs]
        out = "\n".join(o for o, _ in outs)
        err = "\n---\n".join(e for _, e in outs)
    else:
        p = subprocess.Popen(cmd, cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.PIPE if c["stdin"] is not None else None, env=env, text=True, errors="replace", start_new_session=True)
        if c["sigint_after"]:
            time.sleep(c["sigint_after"])
            os.killpg(p.pid, signal.SIGINT)
        try:
            out, err = p.communicate(input=c["stdin"], timeout=c["timeout"])
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            err += "\n<<HARNESS TIMEOUT>>"
        rc = p.returncode
    dt = time.time() - t0
    after = tree(ws / "annotations")
    problems = []
    if "Traceback" in err or "Traceback" in out:
        problems.append("TRACEBACK")
    if c["expect"] == "error" and (rc == 0 or rc == [0] * len(rc) if isinstance(rc, list) else rc == 0):
        problems.append("exit 0")
    if c["expect"] == "ok" and (rc != 0 if not isinstance(rc, list) else any(rc)):
        problems.append(f"exit {rc}")
    if before != after and c["expect"] != "gold-change":
        diff = sorted(set(before.items()) ^ set(after.items()))
        problems.append(f"annotations changed {diff[:4]}")
    s = strays(ws)
    if s:
        problems.append(f"strays {s[:3]}")
    if c["check"]:
        msg = c["check"](ws, rc, out, err)
        if msg:
            problems.append(msg)
    nxt = subprocess.run([NG, "validate"], cwd=ws, capture_output=True, text=True, env=env)
    if nxt.returncode != 0 and not workspace_broken:
        problems.append("next validate fails: " + nxt.stderr.strip()[-200:])
    lines = [l for l in err.strip().splitlines() if l.strip()]
    msg = " / ".join(lines[-3:])[:400]
    verdict = "OK" if not problems else "BROKEN: " + "; ".join(problems)
    return dict(n=idx, name=c["name"], cmd=" ".join(c["cmd"]).replace("NG", "newsgold"), rc=rc, msg=msg, verdict=verdict, dt=round(dt, 1), out=out[-300:])


def main():
    import cases  # noqa: F401  (defines CASES through case())

    sel = sys.argv[1:]
    results = []
    for i, c in enumerate(CASES, 1):
        if sel and not any(s in c["name"] or s == str(i) for s in sel):
            continue
        try:
            r = execute(c, i)
        except Exception as exc:
            print(f"[{i:3d}] {c['name']} HARNESS ERROR {exc!r}", flush=True)
            continue
        results.append(r)
        print(f"[{r['n']:3d}] {r['name']}\n      $ {r['cmd']}\n      rc={r['rc']} {r['dt']}s  {r['verdict']}\n      err: {r['msg']}", flush=True)
    (QA / ("results-" + "-".join(sys.argv[1:])[:30] + ".json")).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.modules["harness"] = sys.modules["__main__"]
    main()
