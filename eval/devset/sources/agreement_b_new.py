"""Agreement of the independent pass b with passes a and a2 on the 11 session-4 articles only.

Run from eval/devset: ``python sources/agreement_b_new.py``.  Copies those documents' files of the
three passes into a temporary directory and runs ``newsgold agreement`` on it (as
sources/agreement_new.py does for a vs a2) → agreement_b_new.md, so the figures are not mixed with
the first 14 articles'.  Then prints what that metric leaves out: on the quotes whose content b and
a2 share exactly, how often cue, source span and speaker agree, and every quote of one pass whose
content the other lacks.  Pass b (sources/pass_b_new.py) was committed before the other passes of
these articles were read.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities_b_new import SAME_AS

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles2.jsonl", encoding="utf-8")]


def load(name: str, doc_id: str) -> list[dict]:
    return json.loads((ROOT / "annotations/passes" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]


def _cut(text: str, span: list[int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def compare() -> None:
    """Cue, source and speaker of the quotes b and a2 share; the quotes only one of them has."""
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8")}
    blind_id = {v: k for k, v in SAME_AS.items()}
    n = dict(same_content=0, same_cue=0, same_source_span=0, same_speaker=0, same_speaker_blind_ids=0)
    only = []
    for doc_id in new:
        text = texts[doc_id]
        a2 = {tuple(map(tuple, q["content"])): q for q in load("annotator-a2", doc_id)}
        b = {tuple(map(tuple, q["content"])): q for q in load("annotator-b", doc_id)}
        for key in sorted(a2.keys() & b.keys()):
            x, y = a2[key], b[key]
            n["same_content"] += 1
            n["same_cue"] += x["cue"] == y["cue"]
            n["same_source_span"] += x["source"]["span"] == y["source"]["span"]
            n["same_speaker"] += x["source"]["entity"] == y["source"]["entity"]
            n["same_speaker_blind_ids"] += x["source"]["entity"] == blind_id.get(y["source"]["entity"], y["source"]["entity"])
            if x["cue"] != y["cue"] or x["source"]["span"] != y["source"]["span"]:
                print(
                    f"  {doc_id} {text[key[0][0] : key[0][1]][:40]!r}: a2 {_cut(text, x['source']['span'])!r}/{_cut(text, x['cue'])!r}, b {_cut(text, y['source']['span'])!r}/{_cut(text, y['cue'])!r}"
                )
        for name, mine, other in (("a2", a2, b), ("b", b, a2)):
            only += [
                f"  only {name}: {doc_id} {mine[k]['type']} " + " | ".join(repr(text[s:e]) for s, e in k)
                for k in sorted(mine.keys() - other.keys())
            ]
    print(json.dumps(n))
    print("\n".join(only))


with tempfile.TemporaryDirectory() as tmp:
    for name in ("annotator-a", "annotator-a2", "annotator-b"):
        (Path(tmp) / name).mkdir()
        for doc_id in new:
            shutil.copy(ROOT / "annotations/passes" / name / f"{doc_id}.json", Path(tmp) / name)
    out = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "agreement_b_new.md")
    cmd = ["newsgold", "agreement", tmp, "--format", "markdown", "-o", out, "--overwrite"]
    if subprocess.run(cmd, cwd=ROOT).returncode:
        sys.exit(1)
compare()
