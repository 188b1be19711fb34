"""Agreement of the two passes on the 12 dev articles of articles5.jsonl (session 7): agreement_more2.md.

Run from eval/devset: ``python sources/agreement_more2.py [OUT.md]`` (default agreement_more2.md).  Copies those documents' files of
annotations/passes/annotator-a and annotator-a2 into a temporary directory and runs
``newsgold agreement`` on it, so the figures are not mixed with the other 47 documents'.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles5.jsonl", encoding="utf-8")]
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
        sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "agreement_more2.md"),
        "--overwrite",
    ]
    sys.exit(subprocess.run(cmd, cwd=ROOT).returncode)
