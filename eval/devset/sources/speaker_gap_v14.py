"""Why ``quotes`` v13's speakers are so much worse without an entity registry (issue #15, step 1 of v14's stage).

On dev + more3 (the splits one may develop on), with v13's detection and shipped stage, run with the
workspace registry and without one: every quote matched at coverage 0.3 whose speaker is right
with the registry and wrong without it, classed by what the stage output against the gold
entity's name and aliases.  Prints the counts per class, then (``--list``) every such quote.
From the repository root::

    .venv/bin/python eval/devset/sources/speaker_gap_v14.py [--list] [--stage v14]

``--stage v14`` runs v13's detection with v14's shipped stage instead (in-sample: that stage was
trained on these documents; its cross-validated figures are ``train_v14_speakers.py --cv``'s).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsgold.extractors.quotes import v12_training as T
from newsgold.extractors.quotes.v13 import QuotesV13
from newsgold.schema import Entity
from newsgold.scoring.entities import EntityMatcher, normalize_name
from newsgold.store import load_annotations
from newsgold.workspace import Workspace

DEVSET = Path(__file__).resolve().parents[1]
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_LEAD = re.compile(r"^(the|a|an|one)\s+", re.I)


def loose(name: str) -> str:
    """A name without its parenthesised qualifier, leading determiner and apostrophe style."""
    return normalize_name(_LEAD.sub("", _QUALIFIER.sub("", name)).replace("’", "'"))


def classify(pred: str | None, span: str | None, e: Entity, text: str, same: bool) -> str:
    forms = [e.name, *e.aliases]
    written = normalize_name(text.replace("’", "'"))
    words = set(normalize_name(" ".join(forms)).replace("’", "'").split())
    if not any(normalize_name(f.replace("’", "'")) in written for f in forms):
        if span is not None and loose(span) in {loose(f) for f in forms}:
            return "scorer: gold name not written in the doc; the cue's words equal it but for a qualifier/determiner"
        return "scorer: no form of the gold's name/aliases is written in the document"
    if pred is None:
        return "nothing output (a pronoun or mention resolved to nothing)"
    if pred and loose(pred) in {loose(f) for f in forms}:
        return "scorer: output equals the gold name but for a determiner/qualifier/apostrophe"
    if span is not None and same:
        return "description/organisation as written matches; output cut to a name inside it"
    if set(normalize_name(pred).replace("’", "'").split()) <= words:
        return "a part of the gold name (surname, first words) where gold is the fuller name"
    if pred[:1].islower() or _LEAD.match(pred):
        return "a description/title output (a registry would map it)"
    if e.type == "organization":
        return "organisation speaker: another name output"
    return "another name output (a wrong entity or a capitalised non-name)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every quote of the gap")
    parser.add_argument("--stage", choices=("v13", "v14"), default="v13", help="the speaker stage (default: v13's, as released)")
    args = parser.parse_args()
    stage = None
    if args.stage == "v14":
        from newsgold.extractors.quotes.v14_speakers import SpeakerStageV14

        stage = SpeakerStageV14.shipped()
    ws = Workspace.at(DEVSET)
    splits = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))
    ids = list(dict.fromkeys(splits["dev"] + splits["more3"]))
    ctx = ws.context()
    gold = {}
    for d in ids:
        gold.update(load_annotations(ws.gold_dir / f"{d}.json", ctx))
    matcher, entities = EntityMatcher(ws.entities), {e.id: e for e in ws.entities}
    registry = {"entities": str(DEVSET / "annotations" / "entities.json")}
    counts: Counter[str] = Counter()
    matched = right = (0, 0)
    for d in ids:
        doc = ws.documents[d]
        with_reg, without = QuotesV13(registry, stage=stage).extract(doc), QuotesV13({}, stage=stage).extract(doc)
        by_content = {tuple(q.content): q for q in without.quotes or []}
        for q in with_reg.quotes or []:
            g = T.covered_gold(q, gold[d].quotes or [])
            q2 = by_content.get(tuple(q.content))
            if g is None or not g.source.entity or q2 is None:
                continue
            ra = bool(q.source.entity) and matcher.same(q.source.entity or "", g.source.entity)
            rb = bool(q2.source.entity) and matcher.same(q2.source.entity or "", g.source.entity)
            matched = (matched[0] + 1, matched[1])
            right = (right[0] + ra, right[1] + rb)
            if not ra or rb:
                continue
            span = doc.text[q2.source.span[0] : q2.source.span[1]] if q2.source.span else None
            e = entities[g.source.entity]
            c = classify(q2.source.entity, span, e, doc.text, span is not None and matcher.same(span, e.id))
            counts[c] += 1
            if args.list:
                print(f"{d}: output {q2.source.entity!r} (cue mention {span!r}); gold {e.name!r} aliases {list(e.aliases)} [{c}]")
    print(f"{len(ids)} documents, {matched[0]} matched quotes with a gold speaker: right with the registry {right[0]}, without {right[1]}")
    print(f"right with the registry, wrong without: {sum(counts.values())}")
    for c, n in counts.most_common():
        print(f"{n:4d}  {c}")


if __name__ == "__main__":
    main()
