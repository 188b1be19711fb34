"""A small synthetic newsgold root (texts with emoji, flags and curly quotes) for scoring tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from newsgold.schema import Claim, DocAnnotation, Entity, Quote, Source, Stance, dumps_doc

TEXT_A = (
    "🇮🇷 Iran rejects talks. “We will not negotiate,” spokesman Saeed Khatibzadeh said on Monday. "
    "He added that sanctions must end 😀 first. Trump said a deal was close."
)
TEXT_B = "The 🇺🇸 paper claimed secret talks began. “This is propaganda,” an official said."

ENTITIES = [
    Entity("khatibzadeh", "Saeed Khatibzadeh", ("Khatibzadeh", "the spokesman"), "person"),
    Entity("trump", "Donald Trump", ("Trump",), "person"),
    Entity("official", "an Iranian official", (), "person"),
]
TARGETS = [{"id": "talks", "description": "Iran-US talks"}, {"id": "sanctions", "description": "US sanctions"}]


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return (start, start + len(piece))


def gold_a() -> DocAnnotation:
    t = TEXT_A
    return DocAnnotation(
        "doc-a",
        quotes=[
            Quote("q1", "direct", [span(t, "We will not negotiate")], Source(span(t, "Saeed Khatibzadeh"), "khatibzadeh"), span(t, "said")),
            Quote("q2", "indirect", [span(t, "sanctions must end 😀 first")], Source(span(t, "He"), "khatibzadeh"), span(t, "added")),
            Quote("q3", "indirect", [span(t, "a deal was close")], Source(span(t, "Trump"), "trump"), span(t, "said", 1)),
        ],
        claims=[
            Claim("c1", [span(t, "Iran rejects talks")], None, "factual", True),
            Claim("c2", [span(t, "a deal was close")], "trump", "factual", True, "q3"),
        ],
        stances=[Stance("@document", "talks", "against"), Stance("khatibzadeh", "talks", "against"), Stance("trump", "talks", "favor")],
    )


def gold_b() -> DocAnnotation:
    t = TEXT_B
    return DocAnnotation(
        "doc-b",
        quotes=[Quote("q1", "direct", [span(t, "This is propaganda")], Source(span(t, "an official"), "official"), span(t, "said"))],
        claims=[Claim("c1", [span(t, "secret talks began")], None, "factual", False)],
        stances=[Stance("@document", "talks", "neutral")],
    )


def write_root(root: Path, gold: dict[str, DocAnnotation] | None = None) -> Path:
    (root / "corpus" / "data").mkdir(parents=True)
    (root / "annotations" / "gold").mkdir(parents=True)
    with open(root / "corpus" / "data" / "documents.jsonl", "w", encoding="utf-8") as fh:
        for doc_id, text in (("doc-a", TEXT_A), ("doc-b", TEXT_B)):
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            fh.write(json.dumps({"doc_id": doc_id, "text": text, "sha256": sha, "n_chars": len(text)}, ensure_ascii=False) + "\n")
    (root / "annotations" / "entities.json").write_text(json.dumps([e.to_dict() for e in ENTITIES]), encoding="utf-8")
    (root / "annotations" / "targets.json").write_text(json.dumps(TARGETS), encoding="utf-8")
    for doc in (gold if gold is not None else {"doc-a": gold_a(), "doc-b": gold_b()}).values():
        (root / "annotations" / "gold" / f"{doc.doc_id}.json").write_text(dumps_doc(doc), encoding="utf-8")
    return root
