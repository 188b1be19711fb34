"""Agreement of the independent pass b with passes a and a2 on the 10 held-back articles (split unseen) only.

Run from eval/devset: ``python sources/agreement_b_unseen.py [--blind] [OUT.md]`` (default
agreement_b_unseen.md).  Copies those documents' files of the three passes into a temporary
directory and runs ``newsgold agreement`` on it (as sources/agreement_b_new.py does for the
session-4 articles), so the figures are not mixed with the dev and test halves'.  Then prints what
that metric leaves out: on the quotes whose content b and a2 share exactly, how often type, cue,
source span and speaker agree (speaker also with the blind pass's own ids, before SAME_AS renamed
eleven of them), and every quote of one pass whose content the other lacks.

Pass b (sources/pass_b_unseen.py) was committed (972d430) before passes a/a2 or the gold of these
articles were read.  ``--blind`` scores that pass as committed then (the specs resolved without
the one anchor added afterwards; entity ids do not enter the metric), the default the current one.
The last line counts the shared quotes that follow a decision the card illustrates with these
very articles (CARD_NAMED): pass b read the card before annotating, so on those its agreement is
not independent evidence.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pass_b_unseen
from entities_b_unseen import SAME_AS

from newsgold.store import write_annotation_dir

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles3.jsonl", encoding="utf-8")]

# Quotes of these articles that the card's session-5 text quotes or uses as the example of a
# decision (README "Added in session 5" and the pass-2 notes), by document and start of content.
CARD_NAMED = {
    "crn-apple-enterprise": ["which ultimately meant", "a fundamental human right", "Apple has had a place", "I run my business"],
    "thehill-omar-threat": ["the incident to Fox News", "But we must ask"],
    "cbssports-browns-rudolph": ["the league to suspend", 'Rudolph "can'],
    "newsweek-cannabis-disorder": ["they had used cannabis", "Cannabis use disorder in adolescence", "Given our findings"],
    "timesunion-pge-shutoff": ["lack of service is not"],
    "smithsonian-china-plague": [
        "two infected individuals",
        "Yersinia pestis",
        "All “relevant sites”",
        "digital news aggregators",
        "Don't hide things",
        "China has experienced",
        "In the wake of that outbreak",
        "As yet",
    ],
    "therealdeal-wework-layoffs": ["more than 4,000 people"],
    "bbc-taylor-swift-label": ["being unfair to her", "doing anything wrong"],
}


def load(tmp: Path, name: str, doc_id: str) -> list[dict]:
    return json.loads((tmp / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]


def _cut(text: str, span: list[int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def compare(tmp: Path, texts: dict[str, str]) -> None:
    """Type, cue, source and speaker of the quotes b and a2 share; the quotes only one of them has."""
    blind_id = {v: k for k, v in SAME_AS.items()}
    n = dict(same_content=0, same_type=0, same_cue=0, same_source_span=0, same_speaker=0, same_speaker_blind_ids=0)
    named = dict(card_named=0, card_named_shared=0, card_named_all_same=0)
    only = []
    for doc_id in new:
        text = texts[doc_id]
        a2 = {tuple(map(tuple, q["content"])): q for q in load(tmp, "annotator-a2", doc_id)}
        b = {tuple(map(tuple, q["content"])): q for q in load(tmp, "annotator-b", doc_id)}
        starts = CARD_NAMED.get(doc_id, [])
        for key in sorted(b):
            named["card_named"] += any(text.startswith(s, key[0][0]) for s in starts)
        for key in sorted(a2.keys() & b.keys()):
            x, y = a2[key], b[key]
            same = {
                "same_type": x["type"] == y["type"],
                "same_cue": x["cue"] == y["cue"],
                "same_source_span": x["source"]["span"] == y["source"]["span"],
                "same_speaker": x["source"]["entity"] == y["source"]["entity"],
            }
            n["same_content"] += 1
            for k, v in same.items():
                n[k] += v
            n["same_speaker_blind_ids"] += x["source"]["entity"] == blind_id.get(y["source"]["entity"], y["source"]["entity"])
            if any(text.startswith(s, key[0][0]) for s in starts):
                named["card_named_shared"] += 1
                named["card_named_all_same"] += all(same.values())
            if not all(same.values()):
                print(
                    f"  {doc_id} {text[key[0][0] : key[0][1]][:40]!r}: "
                    f"a2 {x['type']} {_cut(text, x['source']['span'])!r}/{_cut(text, x['cue'])!r}/{x['source']['entity']}, "
                    f"b {y['type']} {_cut(text, y['source']['span'])!r}/{_cut(text, y['cue'])!r}/{y['source']['entity']}"
                )
        for name, mine, other in (("a2", a2, b), ("b", b, a2)):
            only += [
                f"  only {name}: {doc_id} {mine[k]['type']} " + " | ".join(repr(text[s:e]) for s, e in k)
                for k in sorted(mine.keys() - other.keys())
            ]
    print(json.dumps(n))
    print("\n".join(only))
    print(json.dumps(named))


def main() -> None:
    blind = "--blind" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--blind"]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8")}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("annotator-a", "annotator-a2", "annotator-b"):
            (Path(tmp) / name).mkdir()
            for doc_id in new:
                shutil.copy(ROOT / "annotations/passes" / name / f"{doc_id}.json", Path(tmp) / name)
        if blind:
            write_annotation_dir(pass_b_unseen.annotations(texts, blind=True), Path(tmp) / "annotator-b", overwrite=True)
        out = args[0] if args else str(ROOT / "agreement_b_unseen.md")
        cmd = ["newsgold", "agreement", tmp, "--format", "markdown", "-o", out, "--overwrite"]
        if subprocess.run(cmd, cwd=ROOT).returncode:
            sys.exit(1)
        compare(Path(tmp), texts)


if __name__ == "__main__":
    main()
