"""The table of an adversarial round from the harness's results files.

``python eval/qa/round5.py BEFORE.json[,MORE.json] AFTER.json[,MORE.json] > eval/qa/round5.md``: each
side may be several files (a later file's result for a case number replaces an earlier one's, as
when a few cases were run again); rows are the cases of the after side, by number.
"""

import json
import sys
from pathlib import Path

HEAD = """# Adversarial round 5 (session 5, branch adversarial5)

Made by `python eval/qa/harness.py --round 5` (cases in `eval/qa/cases5.py`: own articles through
`import`, offsets from strings, runs and suites, Label Studio exports) and
`python eval/qa/round5.py BEFORE AFTER > eval/qa/round5.md`; each case on a fresh copy of
`newsgold init ws --from-builtin` (+ one `newsgold run --run-id base`), as round 4 (round4.md).
"before" = main at 9f45728 installed from a wheel-like copy (`pip install --no-deps /work/main`,
not editable); "after" = this branch, editable install. A case is BROKEN on: traceback, exit 0 where
an error is expected, bytes under annotations/ changed (unless the case expects a gold change),
a stray temporary (after SIGKILL: left after the next command), a failed next `validate`, or its
own check (named in the verdict). Cases marked `expect any` only record what happens.

"""


def load(arg: str) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for name in arg.split(","):
        for r in json.loads(Path(name).read_text(encoding="utf-8")):
            out[r["n"]] = r
    return out


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main() -> None:
    before, after = load(sys.argv[1]), load(sys.argv[2])
    rows = ["| # | case | command | before | after | rc | message (after, last lines) |", "|---|---|---|---|---|---|---|"]
    broke_before = broke_after = 0
    for n in sorted(after):
        a, b = after[n], before.get(n)
        bv = b["verdict"] if b else "(not run)"
        broke_before += bv.startswith("BROKEN")
        broke_after += a["verdict"].startswith("BROKEN")
        rows.append(
            f"| {n} | {cell(a['name'])} | {cell(a['cmd'])[:90]} | {cell(bv)[:120]} | {cell(a['verdict'])[:120]} | {a['rc']} | {cell(a['msg'])[:160]} |"
        )
    print(HEAD + f"**{broke_before} of {len(after)} cases broke before, {broke_after} after.**\n")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
