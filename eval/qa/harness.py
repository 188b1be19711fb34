"""Adversarial round: each case on a fresh copy of a pristine workspace, run as a user would.

``python eval/qa/harness.py [--round 5] [--label NAME] [CASE ...]`` from a checkout with newsgold installed (``pip install -e .``):
the newsgold beside this interpreter is the one tested.  Its folder (``$NEWSGOLD_QA_DIR``, else
``newsgold-qa`` in the temp dir) gets, once, the pristine workspace (``init --from-builtin`` + one
``run --run-id base``), a Label Studio export of its gold with each document's last quote dropped
(``export.json``) and that export pulled (``refgold``); results go to ``results-*.json`` there.
CASE selects cases by number or by part of their name; ``--round 5`` (6, 7, 9, 10, 11, 12) runs ``cases5.py`` (``cases6.py``, ``cases7.py``, ``cases9.py``, ``cases10.py``, ``cases11.py``, ``cases12.py``) (default: round 4's
``cases.py``), ``--label`` names the results file (``results-r5-<label>.json``); ``round5.py before after`` writes
the round's table from two such files (round6.py, round7.py, round9.py, round10.py, round11.py, round12.py for rounds 6, 7, 9, 10, 11 and 12).  round4.md ... round12.md are the tables of the rounds.
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QA = Path(os.environ.get("NEWSGOLD_QA_DIR") or Path(tempfile.gettempdir()) / "newsgold-qa")
NG = str(Path(sys.executable).parent / "newsgold")
PRISTINE = QA / "ws"
DOC = "no-negotiations-underway"
DOC2 = "alleged-negotiation-domestic-propaganda"
CASES: list[dict] = []


def case(
    name,
    cmd,
    expect="error",
    setup=None,
    timeout=90,
    sigint_after=None,
    check=None,
    parallel=None,
    wsname="ws",
    stdin=None,
    shell=None,
    sig="INT",
):
    CASES.append(
        dict(
            name=name,
            cmd=cmd,
            expect=expect,
            setup=setup,
            timeout=timeout,
            sigint_after=sigint_after,
            check=check,
            parallel=parallel,
            wsname=wsname,
            stdin=stdin,
            shell=shell,
            sig=sig,
        )
    )


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


def _default_sigint():
    """A user's Ctrl-C is not ignored: a harness started in the background (``nohup ... &``) has
    SIGINT ignored, which its children would inherit, so SIGINT cases would test nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def execute(c, idx):
    base = QA / "cases" / f"{idx:03d}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    ws = base / c["wsname"]
    shutil.copytree(PRISTINE, ws, symlinks=True)

    def state():
        return (
            tree(ws / "annotations") if (ws / "annotations").is_dir() else {},
            tree(ws / "corpus") if (ws / "corpus").is_dir() else {},
            tree(ws / "eval" / "suites") if (ws / "eval/suites").is_dir() else {},
            (ws / "newsgold.toml").read_bytes() if (ws / "newsgold.toml").is_file() else None,
        )

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
        procs = [
            subprocess.Popen(cmd, cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, errors="replace")
            for _ in range(c["parallel"])
        ]
        outs = [p.communicate(timeout=c["timeout"]) for p in procs]
        rc = [p.returncode for p in procs]
        out = "\n".join(o for o, _ in outs)
        err = "\n---\n".join(e for _, e in outs)
    else:
        p = subprocess.Popen(
            cmd,
            cwd=ws,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.PIPE if c["stdin"] is not None else None,
            env=env,
            text=True,
            errors="replace",
            start_new_session=True,
            preexec_fn=_default_sigint,
        )
        if c["sigint_after"]:
            time.sleep(c["sigint_after"])
            os.killpg(p.pid, getattr(signal, "SIG" + c.get("sig", "INT")))
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
    if c["expect"] == "error" and (all(r == 0 for r in rc) if isinstance(rc, list) else rc == 0):
        problems.append("exit 0")
    if c["expect"] == "ok" and (rc != 0 if not isinstance(rc, list) else any(rc)):
        problems.append(f"exit {rc}")
    if before != after and c["expect"] != "gold-change":
        diff = sorted(set(before.items()) ^ set(after.items()))
        problems.append(f"annotations changed {diff[:4]}")
    s = strays(ws)
    if s and c.get("sig") != "KILL":  # after SIGKILL the next command must clean them: the case's check runs it
        problems.append(f"strays {s[:3]}")
    if c["check"]:
        msg = c["check"](ws, rc, out, err)
        if msg:
            problems.append(msg)
    try:
        nxt = subprocess.run([NG, "validate"], cwd=ws, capture_output=True, text=True, env=env, timeout=120)
        if nxt.returncode != 0 and not workspace_broken:
            problems.append("next validate fails: " + nxt.stderr.strip()[-200:])
    except subprocess.TimeoutExpired:  # (killed by subprocess.run)
        problems.append("next validate hangs (killed after 120 s)")
    lines = [line for line in err.strip().splitlines() if line.strip()]
    msg = " / ".join(lines[-3:])[:400]
    verdict = "OK" if not problems else "BROKEN: " + "; ".join(problems)
    return dict(
        n=idx,
        name=c["name"],
        cmd=" ".join(c["cmd"]).replace("NG", "newsgold"),
        rc=rc,
        msg=msg,
        verdict=verdict,
        dt=round(dt, 1),
        out=out[-300:],
    )


def prepare() -> None:
    """The pristine workspace, export.json and refgold, made once per QA folder."""
    if (QA / "refgold").is_dir():
        return
    shutil.rmtree(QA, ignore_errors=True)
    QA.mkdir(parents=True)
    subprocess.run([NG, "init", str(PRISTINE), "--from-builtin"], check=True, capture_output=True)
    subprocess.run([NG, "run", "--run-id", "base", "--no-progress"], cwd=PRISTINE, check=True, capture_output=True)
    from newsgold.labelstudio.config import Vocab
    from newsgold.labelstudio.tasks import build_tasks
    from newsgold.store import load_annotations
    from newsgold.workspace import Workspace

    ws = Workspace.at(PRISTINE)
    gold = load_annotations(ws.gold_dir, ws.context())
    for ann in gold.values():
        dropped = {q.id for q in (ann.quotes or [])[-1:]}
        ann.quotes = (ann.quotes or [])[:-1]
        ann.claims = [c for c in ann.claims or [] if getattr(c, "quote", None) not in dropped]
    tasks = build_tasks(ws.documents, gold, vocab=Vocab.of_workspace(ws))
    for i, task in enumerate(tasks):
        task["id"] = i + 1
        for j, item in enumerate(task["annotations"]):
            item["id"], item["completed_by"] = 100 + 10 * i + j, {"id": 1, "email": "a@example.org"}
    (QA / "export.json").write_text(json.dumps(tasks), encoding="utf-8")
    scratch = QA / "scratch"
    shutil.copytree(PRISTINE, scratch, symlinks=True)
    pull = [NG, "ls", "pull", "--from-export", str(QA / "export.json"), "-o", "annotations/gold", "--write-gold"]
    subprocess.run(pull, cwd=scratch, check=True, capture_output=True)
    shutil.copytree(scratch / "annotations" / "gold", QA / "refgold")
    shutil.rmtree(scratch)


def main():
    prepare()
    args = sys.argv[1:]
    rnd = label = ""
    while args and args[0] in ("--round", "--label"):
        if args[0] == "--round":
            rnd = args[1]
        else:
            label = args[1]
        args = args[2:]
    __import__("cases" + (rnd if rnd not in ("", "4") else ""))  # defines CASES through case()

    sel = args
    results = []
    for i, c in enumerate(CASES, 1):
        if sel and not any(s == str(i) if s.isdigit() else s in c["name"] for s in sel):  # "10" is case 10, not "10,000 files"
            continue
        try:
            r = execute(c, i)
        except Exception as exc:
            print(f"[{i:3d}] {c['name']} HARNESS ERROR {exc!r}", flush=True)
            continue
        results.append(r)
        print(
            f"[{r['n']:3d}] {r['name']}\n      $ {r['cmd']}\n      rc={r['rc']} {r['dt']}s  {r['verdict']}\n      err: {r['msg']}",
            flush=True,
        )
    name = f"results-r{rnd}-{label}.json" if label else "results-" + "-".join(sys.argv[1:])[:30] + ".json"
    (QA / name).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.modules["harness"] = sys.modules["__main__"]
    main()
