"""The table of an adversarial round from the harness's results files.

``python eval/qa/round6.py BEFORE.json[,MORE.json] AFTER.json[,MORE.json] > eval/qa/round6.md``: each
side may be several files (a later file's result for a case number replaces an earlier one's, as
when a few cases were run again); rows are the cases of the after side, by number (round5.py's table).
"""

import round5

HEAD = """# Adversarial round 6 (session 6, branch adversarial6)

Made by `python eval/qa/harness.py --round 6 --label after` (cases in `eval/qa/cases6.py`: a team's own
articles in every import format, misbehaving `file:`/`cmd:`/`module:attr` extractors, odd suites, damaged
runs and gold under `compare`/`rescore`/`status`/`agreement`/`adjudicate`/`export`, concurrent commands,
SIGKILL/SIGTERM during `import`, disk full (a small tmpfs mounted over a folder, `ulimit -f`), read-only
folders (a read-only bind mount: the harness runs as root, so `chmod` would not bite), symlinks into
annotations/, paths with spaces and unicode, and the Label Studio leftovers of round 5) and
`python eval/qa/round6.py $(ls eval/qa/results6/results-r6-before*.json | paste -sd,) $(ls eval/qa/results6/results-r6-after*.json | paste -sd,) > eval/qa/round6.md`
(the results files are in `eval/qa/results6/`: "before" is the whole round once, then the cases whose
check was corrected during the round, run again; "after" is one whole run at the branch's final code,
then the corrected cases again); each case on a fresh copy of `newsgold init ws --from-builtin`
(+ one `newsgold run --run-id base`), as rounds 4 and 5.
"before" = main at a2c07fe installed from a copy (`pip install /work/main`, not editable); "after" =
this branch, editable install. A case is BROKEN on: traceback, exit 0 where an error is expected, bytes
under annotations/ changed (unless the case expects a gold change), a stray temporary (after SIGKILL:
left after the next command), a failed next `validate`, or its own check (named in the verdict).
Cases marked `expect any` only record what happens (their own check still applies).

"""


FOOT = """
## Defects fixed (each with a test that fails on main)

| cases | defect (before) | fix | test |
|---|---|---|---|
| 3, 4 | import of a `.json` file went through `datasets`' json loader: a BOM and `NaN` were accepted (exit 0), "Generating train split" bars were printed under `--no-progress`, ~9 s for one record | `.json` is read by the strict JSON reader (BOM, NaN, trailing garbage, non-object rows refused with file and row); a file of one object per line is read as JSON Lines; `datasets`' bars are off under import | `tests/importing/test_tables.py` |
| 18 | import of a folder skipped its sub-folders without a word (an archive by date lost), and imported hidden files (`.x.txt`, macOS `._x.txt`) as documents | sub-folders are read in path order (`source_file` is the relative path), hidden files and folders are not; symlinked folders not followed | `tests/importing/test_text_files.py` |
| 38 | a CSV header naming `text` twice kept the last column silently | refused: file, line 1, field | `tests/importing/test_tables.py` |
| 62 | a plug-in exception whose `__str__` raises escaped as a traceback | the message says its text cannot be shown (also in the Label Studio ML backend) | `tests/extractors/test_base.py` |
| 99 | two `import`s of different files at once: each read `documents.jsonl`, added its documents and wrote it whole, so the later one dropped the other's 3000 documents, both exit 0 | one import at a time per corpus: an exclusive `flock` on the corpus folder (nothing left on disk, released by the kernel on SIGKILL); the second waits, says so, and plans on the corpus the first wrote | `tests/importing/test_plan.py` |
| 106 (probe), 127, 128 | SIGTERM (or Ctrl-C) while typer was still building the command line (a second or more on a loaded machine) ended in a `KeyboardInterrupt` traceback | `main()` turns it into one line, exit 130 (timing-dependent: the probe run hit it at 1.0 s, the recorded runs may not) | `tests/cli/test_app.py` |
| 122-124 | `ls export-tasks --annotations/--predictions` and `ls push --with-gold` of a document whose text was edited in place since import wrote the tasks with offsets made on the old text, exit 0 | `build_tasks` refuses (`TextChanged`) annotations or predictions on such a document, naming it and saying what to do (restore the text, or import again with `--replace`), before anything is written or the server is asked | `tests/labelstudio/test_tasks.py` |
| 125, 126 | a Label Studio region whose text disagrees with its offsets (or lies past the text) gave its own problem plus nine cascading ones (its attributes, dangling relations, "Source region not linked to any Quote") | a refused region takes what hangs on it along (its values, its relations, the Source/Cue regions that only belong to it); item regions stay and are still checked, so the other problems of the annotation are all still listed in one pass | `tests/labelstudio/test_regions.py` |

## Cases corrected during the round (their first check was wrong)

- 54 `cmd: fewer lines than documents`: documented behaviour, a batch that fails is re-run one document
  at a time, and then this program answers; now `expect any` without the "eval/runs unchanged" check.
- 58 `cmd: hangs in a grandchild`: round 5's check read a child killed a moment before (exiting, or a
  zombie the container's pid 1 had not reaped yet) as alive (once, in the first "after" run; gone on
  every re-run); it now waits up to 2 s and counts a zombie as gone.
- 101 `concurrent: two rescore --out same --overwrite`: the check looked for `summary.json` in each
  run directory; it is the group's (`eval/runs/re/summary.json`). Both rescores were whole.
- 124 `ls push --with-gold ...`: the workspace's default project title `ws` is too short for Label
  Studio, so the command stopped on the title first; the case now gives `--project qa-project`.

## Recorded, not changed

- `export` (hf) prints `datasets`' "Saving the dataset" bars; `run` into a full disk names the staged
  file (`eval/runs/.f.ngtx-…/quotes-v3/scores.json: No space left on device`) rather than the run.
- A `.json` import's records keep only their own keys in `meta` (datasets' loader gave every record
  every column, missing ones `null`): re-importing an old `.json` whose rows had different keys may
  report those documents as changed.
- Kills during `import` (SIGKILL at 0.5-2.5 s, `--replace` at 0.8/1.3 s, SIGTERM, `ulimit -f`) and
  disk full under `corpus/data` or `eval/runs` left the old corpus (or the whole new one) and no
  temporaries after the next command, before and after: the writes go through `newsgold.output`.
"""


def main() -> None:
    round5.HEAD, round5.FOOT = HEAD, FOOT  # the same table, this round's text
    round5.main()


if __name__ == "__main__":
    main()
