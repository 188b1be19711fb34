"""Agreement of the two passes on the 11 articles of articles2.jsonl only (session 4): agreement_new.md.

Run from eval/devset: ``python sources/agreement_new.py``.  Copies those documents' files of
annotations/passes/annotator-a and annotator-a2 into a temporary directory and runs
``newsgold agreement`` on it, so the figures are not mixed with the first 14 articles'.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles2.jsonl", encoding="utf-8")]
with tempfile.TemporaryDirectory() as tmp:
    for name in ("annotator-a", "annotator-a2"):
        (Path(tmp) / name).mkdir()
        for doc_id in new:
            shutil.copy(ROOT / "annotations/passes" / name / f"{doc_id}.json", Path(tmp) / name)
    cmd = ["newsgold", "agreement", tmp, "--format", "markdown", "-o", str(ROOT / "agreement_new.md"), "--overwrite"]
    sys.exit(subprocess.run(cmd, cwd=ROOT).returncode)
