"""The generated adjudication log names the rule, the passes and who settled every position."""

from __future__ import annotations

from newsgold.curation import adjudicate, parse_rule
from newsgold.curation.log import adjudication_log


def test_log_rows(passes):
    cur = adjudicate(passes, parse_rule("2-of-3", 3), decisions={"synth": {"claims:3": "annotator-a", "claims:4": "none"}})
    log = adjudication_log(cur, {n: f"passes/{n}" for n in passes})
    assert "Rule **2-of-3**, matching scheme **exact**, 3 passes:" in log and "- annotator-c: `passes/annotator-c`" in log
    rows = [line for line in log.splitlines() if line.startswith("| claims:") or line.startswith("| stances:")]
    assert rows == [
        "| claims:1 | agree | c1 | rule: annotator-a, annotator-b agree | annotator-c |",
        "| claims:2 | agree | c2 | rule: annotator-a, annotator-b, annotator-c agree |  |",
        "| claims:3 | decided | c3 | curator: annotator-a's version | annotator-b, annotator-c |",
        "| claims:4 | decided |  | curator: no item | annotator-b |",
        "| stances:1 | agree | 0 | rule: annotator-a, annotator-b agree | annotator-c |",
        "| stances:2 | agree | 1 | rule: annotator-a, annotator-c agree | annotator-b |",
    ]
    assert adjudication_log(cur, {n: f"passes/{n}" for n in passes}) == log  # no clock in it: same input, same log
