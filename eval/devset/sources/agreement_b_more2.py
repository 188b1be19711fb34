"""Agreement of the independent pass b with passes a and a2 on the 12 session-7 dev articles only.

Run from eval/devset: ``python sources/agreement_b_more2.py [--blind] [OUT.md]`` (default agreement_b_more2.md).
Copies those documents' files of the three passes into a temporary directory and runs ``newsgold
agreement`` on it (as sources/agreement_b_unseen.py does for the held-back split), so the figures are
not mixed with the other 47 documents'.  Then prints what that metric leaves out: on the quotes whose
content b and a2 share exactly, how often type, cue, source span and speaker agree, and every quote
of one pass whose content the other lacks.

Pass b (sources/pass_b_more2.py, branch devset-more2-b) was committed blind in 723fca2 (from the texts
commit 2c1cb67, without pass a/a2).  ``--blind`` scores pass b's files as committed there (read with
git), the default the current ones.  Its speaker ids are its own: SAME_SPEAKER maps each b id to the
a/a2 id of the same person or group (a naming, read off the two registries' names, not a quote
decision), so speaker agreement is counted both with b's own ids and with the mapping.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
new = [json.loads(line)["doc_id"] for line in open(ROOT / "sources/articles5.jsonl", encoding="utf-8")]

BLIND = "723fca2"  # the blind pass b as committed on branch devset-more2-b
# pass b's speaker id -> pass a's id for the same speaker (namings: the registries' names agree)
SAME_SPEAKER: dict[str, str] = {
    "E_JOHN_WILLIAMS": "E_JOHN_WILLIAMS_NYFED",  # the president of the New York Fed
    "E_WASHINGTON_ANALYSTS": "E_WASHINGTON_TRADE_ANALYSTS",  # Washington-based analysts who did the calculations
    "E_OTHER_DISNEY_PLUS_CONSUMERS": "E_DISNEY_PLUS_CUSTOMERS",  # "Others" (consumers on launch day)
    "E_SOURCES_TRUMP_HEALTH": "E_CNN_SOURCES_TRUMP_HEALTH",  # "Sources told CNN"
    "E_WALL_STREET": "E_WALL_STREET_ANALYSTS",
    "E_INSTAGRAM_TEENS_MOTHER": "E_WIRED_MOTHER",  # the mother WIRED spoke to
    "E_BOLIVIA_OMBUDSMAN_OFFICE": "E_BOLIVIA_PUBLIC_DEFENDER",  # the public defender's (ombudsman's) office
    "E_USA_GOVERNMENT": "E_US_GOVERNMENT_ASSANGE",  # the United States (its government)
    "E_COMPLAINANT_LAWYER": "E_COMPLAINANT_LAWYER_SWEDEN",
    "E_PEOPLE_FAMILIAR_TRADE_TALKS": "E_PEOPLE_FAMILIAR_TARIFF_TALKS",
    "E_TWO_PEOPLE_BRIEFED_TRADE": "E_TWO_PEOPLE_BRIEFED_TALKS",
    "E_SECOND_PERSON_BRIEFED_TRADE": "E_SECOND_PERSON_BRIEFED_CALL",
}


def load(tmp: Path, name: str, doc_id: str) -> list[dict]:
    return json.loads((tmp / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]


def _cut(text: str, span: list[int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def compare(tmp: Path, texts: dict[str, str]) -> None:
    """Type, cue, source and speaker of the quotes b and a2 share; the quotes only one of them has."""
    n = dict(same_content=0, same_type=0, same_cue=0, same_source_span=0, same_speaker=0, same_speaker_own_ids=0)
    only = []
    for doc_id in new:
        text = texts[doc_id]
        a2 = {tuple(map(tuple, q["content"])): q for q in load(tmp, "annotator-a2", doc_id)}
        b = {tuple(map(tuple, q["content"])): q for q in load(tmp, "annotator-b", doc_id)}
        for key in sorted(a2.keys() & b.keys()):
            x, y = a2[key], b[key]
            same = {
                "same_type": x["type"] == y["type"],
                "same_cue": x["cue"] == y["cue"],
                "same_source_span": x["source"]["span"] == y["source"]["span"],
                "same_speaker": x["source"]["entity"] == SAME_SPEAKER.get(y["source"]["entity"], y["source"]["entity"]),
            }
            n["same_content"] += 1
            for k, v in same.items():
                n[k] += v
            n["same_speaker_own_ids"] += x["source"]["entity"] == y["source"]["entity"]
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


def main() -> None:
    blind = "--blind" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--blind"]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8")}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("annotator-a", "annotator-a2", "annotator-b"):
            (Path(tmp) / name).mkdir()
            for doc_id in new:
                path = ROOT / "annotations/passes" / name / f"{doc_id}.json"
                if blind and name == "annotator-b":
                    rel = f"{BLIND}:eval/devset/annotations/passes/annotator-b/{doc_id}.json"
                    old = subprocess.run(["git", "show", rel], cwd=ROOT, capture_output=True, check=True).stdout
                    (Path(tmp) / name / path.name).write_bytes(old)
                else:
                    shutil.copy(path, Path(tmp) / name)
        out = args[0] if args else str(ROOT / "agreement_b_more2.md")
        cmd = ["newsgold", "agreement", tmp, "--format", "markdown", "-o", out, "--overwrite"]
        if subprocess.run(cmd, cwd=ROOT).returncode:
            sys.exit(1)
        compare(Path(tmp), texts)


if __name__ == "__main__":
    main()
