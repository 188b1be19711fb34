"""The pass-2 check of the held-back articles: places pass 2 must have looked at, not quotes.

Run from eval/devset: ``python sources/scan_unseen.py [PASS] [ARTICLES]`` (default annotator-a2 and
sources/articles3.jsonl; session 6 ran it on sources/articles4.jsonl too).  For each article it prints every pair of quotation marks and every occurrence of a word
from a fixed list of reporting words (verbs, ``according``, ``per``, ``via``, "statement", "letter")
that lies outside all the pass's quote contents and cues, with some context.  It proposes no quote
and finds no span: each printed place is read again and either annotated or left out by the
guidelines (a noun-phrase object, a relay, an agentless passive), so nothing is skipped unseen.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "said says say saying told tells tell added adding according reported reports reporting announced announce wrote writes "
    "stated stating claimed claims argued urged urging warned asked called calling noted explained insisted denied denies "
    "accused accusing described acknowledged admitted agreed suggested suggests believes thinks recalled remembered joked "
    "tweeted posted statement letter email per via confirmed estimated predicted promised vowed replied responded commented "
    "criticised criticized complained demanded demanding lobbied praised questioned showed shows found concluded pointed"
).split()
VERB = re.compile(r"\b(" + "|".join(WORDS) + r")\b")
MARKS = re.compile('["\u201c][^"\u201d\\n]{1,200}["\u201d]')


def main(name: str, articles: str = "sources/articles3.jsonl") -> None:
    texts = {d["doc_id"]: d["text"] for d in map(json.loads, open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8"))}
    for line in open(ROOT / articles, encoding="utf-8"):
        doc_id = json.loads(line)["doc_id"]
        text = texts[doc_id]
        quotes = json.loads((ROOT / "annotations/passes" / name / f"{doc_id}.json").read_text(encoding="utf-8"))["quotes"]
        covered = {i for q in quotes for a, b in q["content"] + ([q["cue"]] if q["cue"] else []) for i in range(a, b)}
        print(doc_id)
        for m in VERB.finditer(text):
            if m.start() not in covered:
                print("  word ", repr(text[max(0, m.start() - 70) : m.end() + 50]))
        for m in MARKS.finditer(text):
            if not set(range(m.start() + 1, m.end() - 1)) <= covered:
                print("  marks", repr(text[max(0, m.start() - 40) : m.end() + 10]))


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["annotator-a2"]))
