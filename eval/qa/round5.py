"""The table of an adversarial round from the harness's results files.

``python eval/qa/round5.py BEFORE.json[,MORE.json] AFTER.json[,MORE.json] > eval/qa/round5.md``: each
side may be several files (a later file's result for a case number replaces an earlier one's, as
when a few cases were run again); rows are the cases of the after side, by number.
"""

import json
import sys
from pathlib import Path

HEAD = """# Adversarial round 5 (session 5, branch adversarial5)

Made by `python eval/qa/harness.py --round 5 --label after` (cases in `eval/qa/cases5.py`: own articles
through `import`, offsets from strings, runs and suites, Label Studio exports) and
`python eval/qa/round5.py $(ls eval/qa/results5/results-r5-before*.json | paste -sd,) $(ls eval/qa/results5/results-r5-after*.json | paste -sd,) > eval/qa/round5.md`
(the results files are in `eval/qa/results5/`: "before" is the whole round once, then the cases added
or whose check was corrected during the round, run again; "after" is one whole run of all 108 cases
at the branch's final code); each case on a fresh copy of
`newsgold init ws --from-builtin` (+ one `newsgold run --run-id base`), as round 4 (round4.md).
"before" = main at 9f45728 installed from a wheel-like copy (`pip install --no-deps /work/main`,
not editable); "after" = this branch, editable install. A case is BROKEN on: traceback, exit 0 where
an error is expected, bytes under annotations/ changed (unless the case expects a gold change),
a stray temporary (after SIGKILL: left after the next command), a failed next `validate`, or its
own check (named in the verdict). Cases marked `expect any` only record what happens.

"""


FOOT = """
## Defects fixed (each with a test that fails on main)

| cases | defect (before) | fix | test |
|---|---|---|---|
| 46-51 | a damaged `corpus/data/documents.jsonl` line (truncated, no doc_id, a list, a number id) made `run`/`rescore` fail with a traceback; `NaN` in a record was accepted | the run's document index reads every line with the strict reader and the document shape check: `documents.jsonl:3: malformed JSON ...` | `tests/runs/test_documents.py` |
| 30 | a text edited in `documents.jsonl` after its gold was made was run and scored, exit 0 (`validate` flagged it) | the index refuses a text whose sha256 differs from the recorded one, naming file, line, document and field; a line changed under the index during a run is an error | `tests/runs/test_documents.py` |
| 32, 34, 35 | alignment: an NFD string missed an NFC text; one person of a ZWJ family and the regional indicators across two flags (`🇸🇫` in `🇺🇸🇫🇷`) were matched inside the character | `newsgold.align`: the normalised view compares decomposed letters; a match whose start or end falls inside a user-perceived character (ZWJ, flag pair, combining mark, skin tone, variation selector, CR LF) is no match | `tests/test_align.py` |
| 21-25 | import: a `doc_id` of `true` or `["a"]` was replaced by the file name and row without a word, an integer id too (`5` became `in-1`); a record giving `doc_id` or `text` twice kept the later silently | a non-string non-integer id is refused with file, line and field; integer ids are their digits; a repeated top-level `doc_id`/`text`/`title` key is refused | `tests/importing/test_tables.py` |
| 52-54 | a suite whose `entities` file is missing or malformed failed at the first document ("quotes: failed on document ...: JsonReadError"); a missing explicit `targets` file gave `stance` no targets, exit 0 | the registries a config names are read when the extractor is resolved, before any extraction; a missing explicit targets file is an error | `tests/extractors/test_base.py` |
| 62 | a `module:attr` plug-in that forks: the child returned into newsgold and ran on as a second newsgold, writing into the same staged run ("File exists", "incomplete run", exit 1) | a forked child that returns or raises into newsgold ends there (`os._exit`) | `tests/extractors/test_base.py` |
| 64-69 | after a SIGKILLed run, the next run (another id) left the dead run's `.k.lock` in `eval/runs` for good | taking a run lock removes the other run ids' locks whose writer is gone | `tests/runs/test_lock.py` |
| 96-98 | `rescore RUN --out <its group> --overwrite` replaced the whole group (9 other runs lost) with the one rescored run; `--out eval/runs` mixed a group into `eval/runs`; `--out` inside the group nested one | an `--out` that holds or sits inside the runs rescored is refused, nothing written | `tests/cli/test_writes.py` |
| 99 | `score --pred eval/runs/base/quotes-v2` read `manifest.json` and `scores.json` as gold files ("Additional properties are not allowed ('averaged', ...)") | a run directory means its `predictions.jsonl` | `tests/test_validate.py` |
| 17, 101 | import: id `con` (its gold file `con.json` cannot exist on Windows); lone `\\r` line breaks kept without a word (`\\r\\n` is said) | Windows device names slug to `<name>-doc`; a lone `\\r` is kept and said | `tests/test_slugs.py`, `tests/cli/test_workspace.py` |
| 105, 106 | import of a CSV with a quoted field never closed took the rest of the file as one text; text after a closing quote was joined to it (`"ab"cd` became `abcd`), exit 0 | CSV is read strictly: both refused with file, line and what is wrong | `tests/importing/test_tables.py` |
| 108 | `kill PID` (SIGTERM: `timeout`, a CI cancel) killed newsgold on the spot: its `cmd:` extractor ran on, orphaned (300 s), and the staged run was left for the next command | SIGTERM ends a command as Ctrl-C does (in the main process; forked workers keep the default) | `tests/cli/test_app.py` |
| 102-104 | `ls pull -o DIR` with an annotator (or model version) called `..` wrote `DIR/../<doc>.json`, `.` wrote into `DIR` among the annotators' folders; `a/b` and `a_b` shared one folder (one replaced the other's files) | folder names are never `.`/`..`/hidden, and distinct per annotator | `tests/labelstudio/test_pull.py` |

## Recorded, not changed

- `ls export-tasks --annotations annotations/gold` (and `ls push --with-gold`) onto a text edited in place is not
  refused (case 100): `validate` flags the sha256, `run` now refuses it, and a pull compares the task text with the
  corpus, so nothing is mixed on the way back; the check belongs in the Label Studio push.
- A region whose `value.text` disagrees with its offsets (case 78) is refused, but the dropped region cascades into
  nine more problems (dangling relations, `item_ref` for no region); the first line names the cause.
- A `stance_order` box edited to list an unknown holder (case 94) is accepted: the box only orders the holders.
- Two annotations of one annotator on one task (case 86): the newer is pulled and the other left out with a note,
  by the documented rule (`labelstudio/pull.py`), also into the gold with `--write-gold`.
- `cmd:`/`module:attr` extractors returning 100,000 quotes per document (cases 59, 63) are correct but slow
  (63-67 s for two documents: per-item `from_dict` and checks of the layers).
- Round 4's "child alive" checks (`pgrep -f <workspace>/ex.py`) could not fail: the program runs as `./ex.py`;
  round 5's case 108 has the program write its pid and checks that pid.
- Alignment now refuses part of one original character in the normalised view too: `..` no longer matches
  inside `…` (`...` does).
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
    print(FOOT)


if __name__ == "__main__":
    main()
