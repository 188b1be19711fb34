"""Agreement of the two passes on the 12 articles of articles8.jsonl (split more4, session 12): agreement_more4.md.

Run from eval/devset: ``python sources/agreement_more4.py [OUT.md]`` (default agreement_more4.md).  Copies those
documents' files of annotations/passes/annotator-a (pass A, sources/pass_a_more4.py) and annotator-a2 (pass B, the
second reading for misses and boundaries, sources/pass_a2_more4.py) into a temporary directory and runs
``newsgold agreement`` on it, so the figures are not mixed with the other splits'.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles8.jsonl", encoding="utf-8")]
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
        sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "agreement_more4.md"),
        "--overwrite",
    ]
    sys.exit(subprocess.run(cmd, cwd=ROOT).returncode)
