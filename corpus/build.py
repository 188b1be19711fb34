"""Rebuild corpus/data/documents.jsonl from corpus/sources/ and the metadata below.

The text of each document is the source file decoded as UTF-8, byte-for-byte unchanged:
every offset in the project indexes exactly this text.  Run: python corpus/build.py
"""
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Only what the text itself or a documented fact supports; everything else is null.
METADATA = [
    {
        "doc_id": "no-negotiations-underway",
        "source_file": "000_9c80bbab31e64038.txt",
        "title": None,  # the text starts with its lead paragraph, no headline
        "outlet": None,  # not named in the text
        "author": None,
        "genre": "news report",
        "language": "en",
        "event_date": "2020-09-28",  # the Foreign Ministry's regular briefing on Monday
    },
    {
        "doc_id": "alleged-negotiation-domestic-propaganda",
        "source_file": "002_add6b402e751b67b.txt",
        "title": "Iran alleged negotiation with US, domestic propaganda for Trump",
        "outlet": "Iran Press",  # dateline "Tehran (IP)", "Iran Presscommentary:"
        "author": "Jamshid Amin-Zadeh",  # "Written by Jamshid Amin-Zadeh"
        "genre": "commentary",
        "language": "en",
        "event_date": "2020-09-28",
    },
]


def main() -> None:
    lines = []
    for meta in METADATA:
        raw = (HERE / "sources" / meta["source_file"]).read_bytes()
        text = raw.decode("utf-8")
        record = {"doc_id": meta["doc_id"], "text": text}
        record.update({k: v for k, v in meta.items() if k != "doc_id"})
        record["sha256"] = hashlib.sha256(raw).hexdigest()
        record["n_chars"] = len(text)
        lines.append(json.dumps(record, ensure_ascii=False))
    out = HERE / "data" / "documents.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents to {out}")


if __name__ == "__main__":
    main()
