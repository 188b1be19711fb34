"""Pass B, the second pass (annotator-a2), on the 12 articles of split ``more4`` (articles8.jsonl), and their gold.

Session 12 had one annotator, so this second pass is **not independent** of pass A: it is the re-read for
misses and boundaries that annotator-a2 is for the earlier articles, and it is stored there
(annotations/passes/annotator-b holds only independent passes, and has none of these articles).  Each
article was read again from the start with pass A marked in the text, and with the places
``python sources/scan_unseen.py annotator-a sources/articles8.jsonl`` prints (quotation marks and
reporting words outside pass A's quotes; it proposes nothing), looking for missed quotes first, then
for wrong boundaries, types, cues and speakers, then checking every quote against the decisions of the
card.  Places the scan printed and left out by the guidelines, with the reason: the agentless passives
"Britain's Conservative Party was accused Wednesday of ..." and "He is accused of participating ..." (no
source; session 6's agentless passive, as the gold of smithsonian-china-plague leaves "were accused of"),
"Assange was accused of rape by a woman and sexual assault by another one" (two accusers under one cue: a
quote has one source and two quotes never share a cue, so it is left out), noun-phrase objects ("denies the
accusation", "pointed it out", "announced the selection of ...", "confirmed the presence of ...", "reports
urging new regulations ..."), evidence and belief verbs ("showed", "found", "believe", "assumed"), names and
slogans in marks ("factcheckUK", "Meth. We're on it.", "Hanoi Hilton", "bird fancier's lung") and CNN's
"The news organization, citing an anonymous government source, reported ..." kept with the outlet as
source (the dev gold's "The San Luis Obispo Tribune, citing witnesses, identified ...").  No extractor was run on these texts and no extractor output on them was read.  The changes are
edits of pass A's specs, each with its reason, so the difference between the two passes is explicit
(agreement: sources/agreement_more4.py).

Run from eval/devset: ``python sources/pass_a2_more3.py [-v] [--gold]`` writes
annotations/passes/annotator-a2/ for these 12 documents (and the entity registry); with ``--gold`` also
annotations/gold/ for them: every difference between the passes was decided for pass B (README), so
the gold is pass B.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pass_a_more4 import DOCS as PASS_A
from pass_a_more4 import IN
from spans import Q, resolve, show

import newsgold
from newsgold.output import atomic_write_text
from newsgold.store import write_annotation_dir

DOCS = copy.deepcopy(PASS_A)
CHANGES: list[tuple[str, str, str]] = []  # (doc_id, what, why)


def edit(doc_id: str, starts: str, why: str, **changes: object) -> None:
    (spec,) = [q for q in DOCS[doc_id] if q.content[0].startswith(starts)]
    for key, value in changes.items():
        setattr(spec, key, value)
    CHANGES.append((doc_id, f"changed {starts!r}: {changes}", why))


def add(doc_id: str, q: Q, why: str) -> None:
    DOCS[doc_id].append(q)  # after pass A's specs; `at` anchors where its content is searched
    CHANGES.append((doc_id, f"added {q.type} {q.content[0]!r}", why))


def drop(doc_id: str, starts: str, why: str) -> None:
    (spec,) = [q for q in DOCS[doc_id] if q.content[0].startswith(starts)]
    DOCS[doc_id].remove(spec)
    CHANGES.append((doc_id, f"dropped {spec.type} {starts!r}", why))


ENTITIES_A2_MORE4: dict[str, tuple[str, list[str], str]] = {
    # gizmodo-feather-duvet-lung: the outlet's earlier article, cited as a statement
    "E_GIZMODO": ("Gizmodo", ["Gizmodo"], "outlet")
}


add(
    "gizmodo-feather-duvet-lung",
    Q(IN, ["HP", "is a complex and rare condition"], "Gizmodo", "explained", "E_GIZMODO", at="HP, as Gizmodo"),
    "missed: 'HP, as Gizmodo very recently explained, is a complex and rare condition' reports what an earlier "
    "article said (an outlet, a cue, a clause, §6.1; §9.4's outlet as source), interrupted by its attribution "
    "(§9.1: two fragments); that the outlet also publishes this article does not make the earlier statement "
    "the present text's own voice",
)


def annotations(texts: dict[str, str]) -> dict[str, newsgold.DocAnnotation]:
    """Pass B's quotes per document, offsets resolved against the exact texts."""
    out = {}
    for doc_id, specs in DOCS.items():
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        out[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    return out


def main() -> None:
    from entities import ENTITIES

    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(ENTITIES.items())]
    atomic_write_text(root / "annotations/entities.json", json.dumps(registry, indent=1, ensure_ascii=False) + "\n")
    docs = annotations(texts)
    for doc in docs.values():
        assert all(q.source.entity in ENTITIES for q in doc.quotes), doc.doc_id
    write_annotation_dir(docs, root / "annotations/passes/annotator-a2", overwrite=True)
    print(f"annotator-a2 (pass B, more4 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")
    if "--gold" in sys.argv:  # every difference between the passes was decided for pass B (README)
        write_annotation_dir(docs, root / "annotations/gold", overwrite=True)
        print(f"gold (more4 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")
    for doc_id, what, why in CHANGES:
        print(f"{doc_id}: {what}\n    because {why}")


if __name__ == "__main__":
    main()
