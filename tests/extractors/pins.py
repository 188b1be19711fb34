"""Output pins of the released built-in extractors, and the command that adds a pin for a new one.

A released ``name@version`` is a promise: the same text gives the same annotation, forever
(the version is part of the prediction cache key and of every run manifest).  ``pins.json``
records, per released version, the sha256 of the canonical JSON of its output on fixed text
sets — the corpus documents and the invented ``unseen`` articles — each with and without the
entity registry the suites use.  ``claims-learned`` is pinned unfitted and fitted on each fold of
the default suite's split (2 folds, seed 12345, corpus gold), exactly as the suites fit it.

Output pins only see what the fixed texts exercise, so ``pins.json`` also fingerprints every
module-level word list, table and pattern of the modules released versions read
(``word_lists``): editing one fails even when no pinned text contains the word.

Add the pin of a NEW version (an existing pin is never rewritten)::

    .venv/bin/python tests/extractors/pins.py add quotes@4

Show what a version outputs now, without writing (e.g. to see which pin moved)::

    .venv/bin/python tests/extractors/pins.py show quotes@3
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors import extract_many, resolve
from newsgold.extractors.base import canonical_json
from newsgold.schema import DocAnnotation
from newsgold.workspace import Workspace

HERE = Path(__file__).resolve().parent
PINS_FILE = HERE / "pins.json"
UNSEEN = HERE / "unseen" / "documents.jsonl"
WS = Workspace.at(HERE.parents[1])  # the repository: its corpus, gold and entity registry
ENTITIES = {"entities": "annotations/entities.json"}
FOLDS, FOLD_SEED = 2, 12345  # eval/suites/default.toml: claims-learned folds = 2, seed = 12345
LEARNED = {"claims-learned"}
# the modules that released versions read: their word lists may never change
WORD_LIST_MODULES = (
    "newsgold.extractors.lexicon",
    "newsgold.extractors.text",
    "newsgold.extractors.name_scan",
    "newsgold.extractors.sentences",
    "newsgold.extractors.quotation_marks",
    "newsgold.extractors.boilerplate",
    "newsgold.extractors.speakers",
    "newsgold.extractors.quotes.v1",
    "newsgold.extractors.quotes.v2",
    "newsgold.extractors.quotes.v3",
    "newsgold.extractors.quotes.v8",
    "newsgold.extractors.quotes.v8_speakers",
    "newsgold.extractors.quotes.v9",
    "newsgold.extractors.quotes.v9_speakers",
    "newsgold.extractors.quotes.v11",
    "newsgold.extractors.quotes.v11_mentions",
    "newsgold.extractors.quotes.v11_speakers",
    "newsgold.extractors.quotes.v12",
    "newsgold.extractors.quotes.v12_features",
    "newsgold.extractors.quotes.v13",
    "newsgold.extractors.quotes.v13_rules",
    "newsgold.extractors.quotes.v13_leads",
    "newsgold.extractors.quotes.v13_frames",
    "newsgold.extractors.quotes.v13_speakers",
    "newsgold.extractors.quotes.v13_speaker_features",
    "newsgold.extractors.quotes.v14",
    "newsgold.extractors.quotes.v14_bounds",
    "newsgold.extractors.quotes.v14_reports",
    "newsgold.extractors.stance.engine",
    "newsgold.extractors.stance.v1",
    "newsgold.extractors.stance.v2",
    "newsgold.extractors.stance.v3",
    "newsgold.extractors.claims",
    "newsgold.extractors.claims_learned",
)


def text_sets() -> dict[str, list[Document]]:
    """The fixed texts every pin is measured on, in doc_id order."""
    unseen = [Document.from_dict(json.loads(line)) for line in UNSEEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = WS.documents
    return {"corpus": [corpus[d] for d in sorted(corpus)], "unseen": sorted(unseen, key=lambda d: d.doc_id)}


def texts_hash(docs: list[Document]) -> str:
    return _sha(canonical_json([[d.doc_id, d.text, d.title, d.author, d.outlet] for d in docs]))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(annotations: list[DocAnnotation]) -> dict[str, Any]:
    """sha256 of the canonical output plus counts, so a failure says roughly what moved."""
    dicts = [a.to_dict() for a in annotations]
    counts = {layer: sum(len(d.get(layer) or []) for d in dicts) for layer in ("quotes", "claims", "stances")}
    return {"sha256": _sha(canonical_json(dicts)), "documents": len(dicts), **counts}


def _fitted_runs(spec: str, config: Mapping[str, Any], sets: dict[str, list[Document]]) -> dict[str, list[DocAnnotation]]:
    """Fit on each training fold of the corpus as the suite does; output on its test fold and on unseen."""
    from newsgold.store import load_annotations
    from newsgold.suites import fold_assignment

    gold = load_annotations(WS.gold_dir, WS.context())
    corpus = sets["corpus"]
    assignment = fold_assignment([d.doc_id for d in corpus], FOLDS, FOLD_SEED)
    out = {}
    for fold in range(FOLDS):
        model = resolve(spec, dict(config), workspace=WS)
        train = [d for d in corpus if assignment[d.doc_id] != fold]
        model.fit(train, {d.doc_id: gold[d.doc_id] for d in train if d.doc_id in gold})  # type: ignore[attr-defined]
        tag = f"fitted:k{FOLDS}-seed{FOLD_SEED}-fold{fold}"
        out[f"{tag}:corpus-test"] = extract_many(model, [d for d in corpus if assignment[d.doc_id] == fold])
        out[f"{tag}:unseen"] = extract_many(model, sets["unseen"])
    return out


def outputs(spec: str, sets: dict[str, list[Document]] | None = None) -> dict[str, list[DocAnnotation]]:
    """Every pinned output of ``name@version``, keyed ``TEXTSET[+entities]`` (and fitted runs)."""
    sets = sets or text_sets()
    name, _, _ = spec.partition("@")
    out: dict[str, list[DocAnnotation]] = {}
    for suffix, config in (("", {}), ("+entities", ENTITIES)):
        for set_name, docs in sets.items():
            out[set_name + suffix] = extract_many(resolve(spec, dict(config), workspace=WS), docs)
        if name in LEARNED:
            for key, anns in _fitted_runs(spec, config, sets).items():
                out[key + suffix] = anns
    return out


def measure(spec: str, sets: dict[str, list[Document]] | None = None) -> dict[str, dict[str, Any]]:
    return {key: digest(anns) for key, anns in outputs(spec, sets).items()}


def _plain(value: Any) -> Any:
    """A canonical, order-free form of a word list, table or pattern (None: not one)."""
    if isinstance(value, re.Pattern):
        return {"pattern": value.pattern, "flags": value.flags}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return value
    return None


def word_lists(modules: tuple[str, ...] = WORD_LIST_MODULES) -> dict[str, str]:
    """sha256 of every module-level word list, table, pattern and constant: ``module:NAME`` → hash."""
    out = {}
    for name in modules:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if attr.startswith("__") or (plain := _plain(value)) is None:
                continue
            if isinstance(value, str) and attr != attr.upper().lstrip("_") and not attr.startswith("_"):
                continue  # not a constant
            out[f"{name}:{attr}"] = _sha(canonical_json(plain))
    return dict(sorted(out.items()))


def word_lists_changed(pinned: Mapping[str, str], now: Mapping[str, str]) -> str | None:
    """Changed or removed pinned word lists (new ones are fine: no released version reads them)."""
    moved = sorted(k for k in pinned if now.get(k) != pinned[k])
    if not moved:
        return None
    return (
        f"word list(s) read by released extractors changed: {', '.join(moved)}: released versions "
        "would change their output; copy the list into a new version module and bump the version instead"
    )


def load_pins(path: Path = PINS_FILE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def changed(spec: str, pinned: Mapping[str, Any], now: Mapping[str, Any]) -> str | None:
    """The CI message when a released version's output differs from its pin, else None."""
    moved = [key for key in sorted(set(pinned) | set(now)) if pinned.get(key) != now.get(key)]
    if not moved:
        return None
    details = "; ".join(f"{key}: pinned {pinned.get(key)} now {now.get(key)}" for key in moved)
    return (
        f"released extractor {spec} changed its output: bump the version instead "
        f"(copy it into a new version module and pin that one with `python tests/extractors/pins.py add NAME@NEW`). "
        f"Moved: {details}"
    )


def add(spec: str, path: Path = PINS_FILE, measure_fn: Callable[[str], dict[str, Any]] = measure) -> dict[str, Any]:
    """Pin a new ``name@version``; refuses to touch an existing pin."""
    if "@" not in spec:
        raise SystemExit(f"{spec}: give NAME@VERSION")
    pins = load_pins(path)
    if spec in pins["pins"]:
        raise SystemExit(f"{spec} is already pinned: a released version's output never changes; bump the version and pin the new one")
    sets = text_sets()
    for set_name, docs in sets.items():
        if pins["text_sets"][set_name] != texts_hash(docs):
            raise SystemExit(f"text set {set_name!r} changed since the pins were made: the existing pins would not hold")
    pins["pins"][spec] = measure_fn(spec)
    for key, value in word_lists().items():  # new lists only: a pinned one is never rewritten
        pins["word_lists"].setdefault(key, value)
    pins["pins"] = dict(sorted(pins["pins"].items()))
    path.write_text(json.dumps(pins, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return pins["pins"][spec]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("add", help="pin a NEW name@version (never rewrites a pin)").add_argument("spec")
    sub.add_parser("show", help="print the current digests of name@version").add_argument("spec")
    args = parser.parse_args(argv)
    if args.command == "add":
        print(json.dumps(add(args.spec), indent=1, sort_keys=True))
    else:
        print(json.dumps(measure(args.spec), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
