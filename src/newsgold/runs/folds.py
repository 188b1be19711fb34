"""A cross-validated (learned) extractor in a streamed run: one model per fold, fitted on its
training documents read through the document index a batch at a time, then predicting partition
by partition like any other extractor.

Why: fitting used to take every selected document (texts and all) into one list, and the
predictions of the whole corpus were held until the partitions wrote them.  Here the texts held
at once are one batch (while fitting) or one partition (while predicting), plus what the models
keep; the K models of a run stay alive together (K is the suite's ``folds``, 2 by default), each
fitted only when a document of its fold is not in the cache.  Predictions, cache keys (one per
fold: the training documents and their gold are part of it) and run files are the same as when
the folds ran one after another over an in-memory list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast, overload

from newsgold.corpus import Document
from newsgold.extractors.base import LearnedExtractor, config_hash, extract_checked, fit_checked
from newsgold.runs.cache import CacheKey, PredictionCache
from newsgold.runs.execute import ExtractStats
from newsgold.schema import DocAnnotation


class LazyDocuments(Sequence[Document]):
    """The documents of ``ids``, in that order, read from ``documents`` (a mapping, or a
    :class:`~newsgold.runs.documents.DocumentIndex`) ``batch`` at a time as they are iterated:
    what :meth:`fit` gets, so a model sees a sequence without the corpus being held."""

    def __init__(self, ids: Sequence[str], documents: Mapping[str, Document], batch: int) -> None:
        self.ids, self.documents, self.batch = list(ids), documents, max(1, batch)

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, i: int) -> Document: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Document]: ...
    def __getitem__(self, i: int | slice) -> Document | Sequence[Document]:
        if isinstance(i, slice):
            return LazyDocuments(self.ids[i], self.documents, self.batch)
        return self.documents[self.ids[i]]

    def __iter__(self) -> Iterator[Document]:
        many = getattr(self.documents, "many", None) or (lambda ids: [self.documents[d] for d in ids])
        for start in range(0, len(self.ids), self.batch):
            yield from many(self.ids[start : start + self.batch])


@dataclass
class _Fold:
    model: LearnedExtractor
    train: LazyDocuments
    gold: dict[str, DocAnnotation]
    hash: str  # the cache's config hash of this fold's predictions
    fitted: bool = False


class Folded:
    """The K fold models of one suite entry; :meth:`batch` predicts a partition, each document by
    the model of its fold (never one fitted on it), from the cache where it can."""

    def __init__(
        self,
        name: str,
        version: str,
        ids: Sequence[str],
        documents: Mapping[str, Document],
        gold: Mapping[str, DocAnnotation],
        k: int,
        seed: int,
        fingerprint: dict[str, Any],
        new_model: Callable[[], Any],
        cache: PredictionCache,
        batch: int,
    ) -> None:
        from newsgold.scoring import gold_hash
        from newsgold.suites import fold_assignment

        self.name, self.version, self.cache = name, version, cache
        self.assignment = fold_assignment(list(ids), k, seed)
        self.folds: list[_Fold] = []
        for fold in range(k):
            train = [d for d in ids if self.assignment[d] != fold]  # the suite's order, as fit() always got them
            train_gold = {d: gold[d] for d in train if d in gold}
            fold_hash = config_hash(
                {"config": fingerprint, "k": k, "fold": fold, "train": sorted(train_gold), "gold": gold_hash(train_gold)}
            )
            self.folds.append(_Fold(cast(LearnedExtractor, new_model()), LazyDocuments(train, documents, batch), train_gold, fold_hash))

    def batch(self, docs: Sequence[Document]) -> tuple[dict[str, DocAnnotation], ExtractStats]:
        """Predictions for ``docs`` (one partition), keyed by doc id, with what was cached or extracted."""
        stats = ExtractStats()
        out: dict[str, DocAnnotation] = {}
        todo: dict[int, list[tuple[Document, CacheKey]]] = {}
        for doc in docs:
            fold = self.assignment[doc.doc_id]
            key = CacheKey.of(self.name, self.version, self.folds[fold].hash, doc)
            hit = self.cache.get(key)
            if hit is not None:
                out[doc.doc_id] = DocAnnotation.from_dict(hit)
                stats.cached += 1
            else:
                todo.setdefault(fold, []).append((doc, key))
        for fold, pending in sorted(todo.items()):
            f = self.folds[fold]
            if not f.fitted:
                fit_checked(f.model, f.train, f.gold)
                f.fitted = True
            for (doc, key), ann in zip(pending, extract_checked(f.model, [d for d, _ in pending])):
                out[doc.doc_id] = ann
                self.cache.put(key, ann.to_dict())
                stats.extracted += 1
        return out, stats
