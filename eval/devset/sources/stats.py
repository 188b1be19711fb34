"""The figures of eval/devset/README.md: documents, quotes per type, split and source, fragments, provenance.

Run from eval/devset: ``python sources/stats.py`` (markdown tables on stdout).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("direct", "indirect", "mixed")
# more3 (session 11) joined dev in session 12; splits.json keeps its list as a record, not as a split
SPLITS = ("dev", "test", "unseen", "unseen2", "more4")


def main() -> None:
    docs = {d["doc_id"]: d for d in map(json.loads, open(ROOT / "corpus/data/documents.jsonl", encoding="utf-8"))}
    splits = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    split_of = {doc_id: name for name in SPLITS for doc_id in splits[name]}
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "annotations/gold").glob("*.json"))}
    print("| doc_id | split | outlet | date | topic | chars | quotes | direct | indirect | mixed | multi-fragment | no cue |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    per_split: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for doc_id in sorted(docs, key=lambda d: (split_of[d], d)):
        d, quotes = docs[doc_id], gold[doc_id]["quotes"]
        c = collections.Counter(q["type"] for q in quotes)
        multi = sum(len(q["content"]) > 1 for q in quotes)
        nocue = sum(q["cue"] is None for q in quotes)
        s = split_of[doc_id]
        per_split[s].update({**c, "documents": 1, "quotes": len(quotes), "multi": multi, "nocue": nocue})
        meta = d["meta"]
        print(
            f"| {doc_id} | {s} | {d['outlet']} | {meta['date']} | {meta['topic']} | {d['n_chars']} | {len(quotes)} | "
            + " | ".join(str(c[t]) for t in TYPES)
            + f" | {multi} | {nocue} |"
        )
    print()
    print("| split | documents | quotes | direct | indirect | mixed | multi-fragment | no cue |")
    print("|---|---|---|---|---|---|---|---|")
    total: collections.Counter[str] = collections.Counter()
    for s in SPLITS:
        total.update(per_split[s])
    for name, c in (*per_split.items(), ("all", total)):
        print(
            f"| {name} | {c['documents']} | {c['quotes']} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {c['multi']} | {c['nocue']} |"
        )
    print()
    print("| source repository | split | documents | quotes | direct | indirect | mixed | multi-fragment | no cue |")
    print("|---|---|---|---|---|---|---|---|---|")
    per_source: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for doc_id, d in docs.items():
        quotes = gold[doc_id]["quotes"]
        c = collections.Counter(q["type"] for q in quotes)
        multi = sum(len(q["content"]) > 1 for q in quotes)
        nocue = sum(q["cue"] is None for q in quotes)
        per_source[(d["meta"]["source_repo"], split_of[doc_id])].update(
            {**c, "documents": 1, "quotes": len(quotes), "multi": multi, "nocue": nocue}
        )
    for (repo, s), c in sorted(per_source.items()):
        print(
            f"| {repo} | {s} | {c['documents']} | {c['quotes']} | "
            + " | ".join(str(c[t]) for t in TYPES)
            + f" | {c['multi']} | {c['nocue']} |"
        )
    print()
    print("| doc_id | URL | source (repository: file) | removed (boilerplate lines) |")
    print("|---|---|---|---|")
    for doc_id in sorted(docs):
        meta = docs[doc_id]["meta"]
        removed = "; ".join(r.replace("|", "/") for r in meta["removed"]) or "nothing"
        print(f"| {doc_id} | {meta['url']} | {meta['source_repo']}: `{meta['source_path']}` | {removed} |")


if __name__ == "__main__":
    main()
