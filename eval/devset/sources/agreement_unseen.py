"""Agreement of the two passes on the 10 held-back articles of articles3.jsonl (split unseen, session 5): agreement_unseen.md.

Run from eval/devset: ``python sources/agreement_unseen.py [OUT.md]`` (default agreement_unseen.md).  Copies those documents' files of
annotations/passes/annotator-a and annotator-a2 into a temporary directory and runs
``newsgold agreement`` on it, so the figures are not mixed with the dev and test halves'.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles3.jsonl", encoding="utf-8")]
with tempfile.TemporaryDirectory() as tmp:
    for name in ("annotator-a", "annotator-a2"):
        (Path(tmp) / name).mkdir()
        for doc_id in new:
            shutil.copy(ROOT / "annotations/passes" / name / f"{doc_id}.json", Path(tmp) / name)
    cmd = [
        "newsgold",
        "agreement",
        tmp,
        "--format",
        "markdown",
        "-o",
        sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "agreement_unseen.md"),
        "--overwrite",
    ]
    sys.exit(subprocess.run(cmd, cwd=ROOT).returncode)
