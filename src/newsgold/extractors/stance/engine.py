"""What every ``stance`` version shares: targets, voting per (holder, target), the own voice.

A target is relevant to a statement when the statement shares a keyword with the target
description; each version defines what the keywords are, how a statement becomes words, how a
statement is labelled and which words dismiss (its own frozen module).  The voting below is the
same for all of them, so any change to it is caught by the output pins
(``tests/extractors/pins.json``).  GUIDELINES §8, §9.9.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.extractors.base import BaseExtractor, ExtractorError
from newsgold.extractors.boilerplate import inside, out_of_scope
from newsgold.extractors.text import Analysis
from newsgold.schema import DOCUMENT_HOLDER, DocAnnotation, Stance

WORD = re.compile(r"[a-z][a-z'’-]+")


def stem(word: str) -> str:
    return word.lower().replace("’", "'")


def prescriptive(description: str) -> bool:
    """A target that prescribes ("talks should …") rather than states a fact."""
    return bool(re.search(r"\b(?:should|must|ought|need to)\b", description, re.I))


def load_targets(value: Any, path_of: Any) -> list[dict[str, str]]:
    """The ``targets`` config value: a list of target dicts, or a path resolved by ``path_of``
    (the extractor's :meth:`~BaseExtractor.data_path`; a missing file or None: no targets)."""
    where = "config targets"
    if value is None:
        return []
    if not isinstance(value, list):
        if not isinstance(value, (str, Path)):
            raise ExtractorError(f"{where}: expected a path to a targets.json or a list of targets, got {type(value).__name__}")
        path = path_of(value)
        if not path.exists():
            return []
        from newsgold.jsonio import read_json

        value, where = read_json(path), str(path)
    if not isinstance(value, list) or not all(
        isinstance(t, dict) and isinstance(t.get("id"), str) and isinstance(t.get("description"), str) for t in value
    ):
        raise ExtractorError(f"{where}: expected a list of targets, each an object with a string id and description")
    return value


class StanceBase(BaseExtractor):
    """Stance per (holder, target) from a quote extractor's quotes and the document's own voice.

    A version subclass supplies ``quotes_class``, ``dismiss`` and the three statement methods."""

    quotes_class: Any = None
    dismiss: frozenset[str] | set[str] = frozenset()

    def __init__(self, version: str, config: dict[str, Any] | None = None):
        super().__init__(name="stance", version=version, layers=("stances",), config=config or {})

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {"targets": "annotations/targets.json", "entities": None}

    def _keywords(self, description: str) -> set[str]:  # pragma: no cover - per version
        raise NotImplementedError

    def _words(self, text: str) -> set[str]:  # pragma: no cover - per version
        raise NotImplementedError

    def _label(self, text: str, cue: str | None, presc: bool) -> str | None:  # pragma: no cover - per version
        raise NotImplementedError

    def targets(self) -> list[dict[str, str]]:
        return load_targets(self.config["targets"], self.data_path)

    def extract(self, document: Document) -> DocAnnotation:
        text = document.text
        targets = [(t["id"], self._keywords(t["description"]), prescriptive(t["description"])) for t in self.targets()]
        quoter = self.quotes_class({"entities": self.config["entities"]})
        quoter.data_root = self.data_root  # the same workspace's registry
        quotes = quoter.extract(document).quotes or []
        votes: dict[tuple[str, str], list[str]] = {}
        order: list[str] = []
        for q in quotes:
            holder = q.source.entity
            if not holder:
                continue
            content = " ".join(text[s:e] for s, e in q.content)
            cue = text[q.cue[0] : q.cue[1]] if q.cue else None
            words = self._words(content)
            for tid, kws, presc in targets:
                if words & kws:
                    label = self._label(content, cue, presc)
                    if label:
                        votes.setdefault((holder, tid), []).append(label)
                        if holder not in order:
                            order.append(holder)
        stances = []
        own = self._own_voice(document, quotes)
        for tid, kws, presc in targets:
            stances.append(Stance(DOCUMENT_HOLDER, tid, self._document_label(own, kws, presc)))
        for holder in order:
            for tid, _, _ in targets:
                labels = votes.get((holder, tid))
                if labels:
                    # the most explicit (non-neutral) statement wins; ties: the later one
                    decided = [lab for lab in labels if lab != "neutral"] or labels
                    stances.append(Stance(holder, tid, decided[-1]))
        ann = self.empty(document)
        ann.stances = stances
        return ann

    def _own_voice(self, document: Document, quotes: list[Any]) -> list[str]:
        a = Analysis(document.text)
        scope = out_of_scope(document)
        covered = [s for q in quotes for s in q.content]
        out = []
        for s, e in a.sentences:
            if inside(scope, s, e) or inside(covered, s, e) or a.in_quotation(s) or a.reporting_tokens(s, e):
                continue
            out.append(document.text[s:e])
        return out

    def _document_label(self, sentences: list[str], kws: set[str], presc: bool) -> str:
        for sent in sentences:
            words = self._words(sent)
            if words & kws and {stem(w) for w in WORD.findall(sent.lower())} & self.dismiss:
                return "against"
        return "neutral"
