"""A seeded synthetic scoring set for the speed benchmarks: documents, gold and predictions as
JSON Lines, in the format ``newsgold score --documents --gold --pred`` reads.

    .venv/bin/python eval/bench/synthetic_set.py DIR [--docs 10000] [--seed 13]

Each document is a short news text with quotes ("…," Name said.) and claims; the gold marks
every quote (content, source, cue, speaker), claim and one document stance; the predictions keep,
shift, relabel or drop gold items and add spurious ones, so every count and 0/0 case occurs.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

WORDS = "the talks will resume after sanctions are lifted and officials met in Vienna on Monday to discuss terms".split()
NAMES = ["Ana Lima", "Omar Haddad", "Li Wei", "Sara Cohen", "Jon Berg", "Mia Rossi"]
TARGETS = ["T_TALKS", "T_SANCTIONS"]
STANCES = ["favor", "against", "neutral"]


def entity_id(name: str) -> str:
    return "E_" + name.upper().replace(" ", "_")


def registries() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The entity and target registries the gold refers to (for a workspace)."""
    entities = [{"id": entity_id(n), "name": n, "type": "person", "aliases": [n]} for n in NAMES]
    return entities, [{"id": t, "description": t[2:].lower()} for t in TARGETS]


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def document(i: int, rng: random.Random) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """One document's (text record, gold, predictions)."""
    doc_id = f"d{i:06d}"
    parts: list[str] = []
    pos = 0
    quotes, claims = [], []

    def add(piece: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(piece)
        pos += len(piece)
        return start, pos

    for q in range(rng.randint(4, 7)):
        add(_phrase(rng, rng.randint(4, 10)).capitalize() + ". ")
        add("“")
        content = add(_phrase(rng, rng.randint(8, 24)))
        add(",” ")
        name = rng.choice(NAMES)
        source = add(name)
        add(" ")
        cue = add("said")
        add(". ")
        kind = rng.choice(["direct", "direct", "indirect"])
        quotes.append(
            {
                "id": f"q{q + 1}",
                "type": kind,
                "content": [list(content)],
                "source": {"span": list(source), "entity": entity_id(name)},
                "cue": list(cue),
            }
        )
    for c in range(rng.randint(2, 4)):
        span = add(_phrase(rng, rng.randint(6, 12)).capitalize())
        add(".\n")
        claims.append(
            {
                "id": f"c{c + 1}",
                "span": [list(span)],
                "claimant": None,
                "quote": None,
                "kind": rng.choice(["factual", "evaluative"]),
                "checkworthy": rng.random() < 0.5,
            }
        )
    text = "".join(parts)
    stance = [{"holder": "@document", "target": rng.choice(TARGETS), "label": rng.choice(STANCES)}]
    gold = {"doc_id": doc_id, "quotes": quotes, "claims": claims, "stances": stance}
    pred = {"doc_id": doc_id, "quotes": [_perturb_quote(q, rng) for q in quotes if rng.random() > 0.15], "claims": [], "stances": []}
    pred["claims"] = [dict(c, kind=rng.choice(["factual", "evaluative"])) for c in claims if rng.random() > 0.2]
    if rng.random() < 0.3:  # a spurious quote over the first sentence
        pred["quotes"].append(
            {"id": "qx", "type": "indirect", "content": [[0, len(parts[0]) - 2]], "source": {"span": None, "entity": None}, "cue": None}
        )
    pred["stances"] = [dict(stance[0], label=rng.choice(STANCES))] if rng.random() < 0.8 else []
    return {"doc_id": doc_id, "text": text}, gold, pred


def _perturb_quote(q: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    out = json.loads(json.dumps(q))
    r = rng.random()
    if r < 0.3:  # a shifted boundary: a partial match
        s, e = out["content"][0]
        out["content"] = [[s, max(s + 1, e - rng.randint(1, 4))]]
    elif r < 0.4:
        out["type"] = "indirect" if q["type"] == "direct" else "direct"
    if rng.random() < 0.2:
        out["source"] = {"span": None, "entity": entity_id(rng.choice(NAMES))}
    return out


def write_set(directory: Path, n_docs: int, seed: int = 13) -> dict[str, Any]:
    """Write docs.jsonl, gold.jsonl and preds.jsonl; return their sizes and span count."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    spans = 0
    with (
        (directory / "docs.jsonl").open("w", encoding="utf-8") as docs,
        (directory / "gold.jsonl").open("w", encoding="utf-8") as gold,
        (directory / "preds.jsonl").open("w", encoding="utf-8") as preds,
    ):
        for i in range(n_docs):
            d, g, p = document(i, rng)
            for a in (g, p):
                spans += sum(len(q["content"]) + (q["source"]["span"] is not None) + (q["cue"] is not None) for q in a["quotes"])
                spans += sum(len(c["span"]) for c in a["claims"])
            docs.write(json.dumps(d, ensure_ascii=False) + "\n")
            gold.write(json.dumps(g, ensure_ascii=False) + "\n")
            preds.write(json.dumps(p, ensure_ascii=False) + "\n")
    size = sum((directory / f).stat().st_size for f in ("docs.jsonl", "gold.jsonl", "preds.jsonl"))
    return {"docs": n_docs, "seed": seed, "spans": spans, "bytes": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    print(json.dumps(write_set(args.directory, args.docs, args.seed)))


if __name__ == "__main__":
    main()
