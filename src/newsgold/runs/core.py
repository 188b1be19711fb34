"""Running a suite: extract (cached, optionally in parallel), score, and write one directory per
extractor — ``manifest.json``, ``predictions.jsonl``, ``scores.json``, ``report.md``,
``report.html`` — plus a suite summary.  A run directory is assembled next to its final place
and moved there in one step, so an interrupted run never leaves a half-written one.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from newsgold.corpus import Document
from newsgold.errors import OutputRefused
from newsgold.extractors.base import ExtractorError, config_hash, config_of
from newsgold.extractors.registry import resolve
from newsgold.flat.ids import CompactIds, IdMap
from newsgold.layers import registry
from newsgold.output import check_name, check_outputs, check_writable, staged_dir
from newsgold.output.dirs import copy_into
from newsgold.runs.artifacts import ExtractionStats, ExtractorRef, GitState, GoldRef, RunManifest, ScorerRef, ScoresFile, SuiteRef
from newsgold.runs.cache import PredictionCache
from newsgold.runs.documents import DocumentIndex, Selection
from newsgold.runs.engines import EngineSpec, open_engine
from newsgold.runs.entry_files import write_entry_files, write_manifest
from newsgold.runs.errors import RunError
from newsgold.runs.execute import ExtractStats
from newsgold.runs.fingerprint import fingerprint
from newsgold.runs.folds import Folded
from newsgold.runs.gold import RunGold
from newsgold.runs.lock import run_lock
from newsgold.runs.manifest import git_state, timestamp, utc_now
from newsgold.runs.overlap import run_entries
from newsgold.runs.partitions import Job
from newsgold.runs.stream import stream_entry
from newsgold.runs.summary import write_group_summary
from newsgold.schema import DocAnnotation
from newsgold.suites import ExtractorEntry, Suite, SuiteError
from newsgold.workspace import Workspace, shown

Progress = Callable[[str, int, int], Callable[[int], None]]  # (label, done, total) -> advance


@dataclass
class RunResult:
    directory: Path
    label: str
    manifest: RunManifest
    scores: Any  # CorpusScores
    predictions: Mapping[str, DocAnnotation]  # of the scored (gold) documents, read from disk; all are in predictions.jsonl
    stats: ExtractStats = field(default_factory=ExtractStats)
    partition_seconds: list[float] = field(default_factory=list)  # each partition's cost, measured where it ran
    problems: list[str] = field(default_factory=list)  # what was met and worked around (a damaged cache entry)


def safe_label(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "run"


def run_label(entry: ExtractorEntry, name: str, version: str) -> str:
    return entry.label or safe_label(f"{name}-v{version}")


def _names(entry: ExtractorEntry) -> set[str]:
    """What ``--only`` matches: the spec, ``spec@version``, the label or the run directory's name."""
    version = [f"{entry.spec}@{entry.version}", run_label(entry, entry.spec, entry.version)] if entry.version else []
    return {entry.spec, *([entry.label] if entry.label else []), *version}


def load_gold_for(path: Path, ctx: Any) -> dict[str, DocAnnotation]:
    from newsgold.store import load_annotations
    from newsgold.validate import ValidationError

    try:
        return load_annotations(path, ctx)
    except ValidationError as e:
        listed = "\n  ".join(str(p) for p in e.problems[:10])
        raise RunError(f"the gold {shown(path)} is invalid:\n  {listed}") from None


def score_config(schemes: tuple[str, ...] | None, match_scheme: str | None, bootstrap: int, seed: int) -> Any:
    from newsgold.scoring import DEFAULT_SCHEMES, HEADLINE_SCHEME, ScoreConfig

    try:
        return ScoreConfig(tuple(schemes or DEFAULT_SCHEMES), False, match_scheme or HEADLINE_SCHEME, bootstrap, seed)
    except ValueError as e:
        raise RunError(str(e)) from None


def scorer_ref(config: Any) -> ScorerRef:
    """The manifest's record of a ``ScoreConfig``."""
    return ScorerRef(config.signature(), list(config.schemes), config.match_scheme)


def restrict_layers(ann: DocAnnotation, layers: tuple[str, ...] | None) -> DocAnnotation:
    if layers is None:
        return ann
    return DocAnnotation(ann.doc_id, **{name: (getattr(ann, name) if name in layers else None) for name in registry.names()}, meta=ann.meta)


def _prepare(
    ws: Workspace,
    entry: ExtractorEntry,
    selection: Selection,
    gold: Mapping[str, DocAnnotation],
    seed: int,
    cache: PredictionCache,
    batch: int,
) -> tuple[Any, str, Folded | None]:
    """The entry's extractor and config hash; for a cross-validated (learned) extractor also its
    fold models (:mod:`newsgold.runs.folds`), which predict partition by partition here (on either engine)."""
    try:
        extractor = resolve(entry.spec, entry.config, entry.version, ws)
    except ExtractorError as e:
        raise RunError(str(e)) from None
    learned = callable(getattr(extractor, "fit", None))
    if learned and not entry.folds:
        raise RunError(f"{entry.spec}: a learned extractor is evaluated only by cross-validation: set folds = K in the suite")
    if entry.folds and not learned:
        raise RunError(f"{entry.spec}: folds is set but {extractor.name} has no fit() method")
    base_hash = config_hash(fingerprint(extractor, ws.root, entry.spec))
    if not entry.folds:
        return extractor, base_hash, None
    ids = selection.ids
    if len(ids) < entry.folds:
        raise RunError(f"{entry.spec}: {entry.folds} folds need at least {entry.folds} documents, the suite has {len(ids)}")
    # the folds' training gold, built once and shared by the folds (each read of a RunGold builds
    # a new object): a learned entry holds the gold it learns from, as long as it runs
    shared = dict(gold.items())
    try:
        folded = Folded(
            extractor.name, str(extractor.version), ids, selection.documents, shared, entry.folds, seed,
            fingerprint(extractor, ws.root, entry.spec), lambda: resolve(entry.spec, entry.config, entry.version, ws), cache, batch,
        )  # fmt: skip
    except ExtractorError as e:
        raise RunError(str(e)) from None
    return extractor, base_hash, folded


def render_reports(
    scores: Any, gold: Mapping[str, DocAnnotation], preds: Mapping[str, DocAnnotation], docs: Mapping[str, Document], title: str
) -> dict[str, str]:
    from newsgold.reports import render

    return {
        "scores.json": ScoresFile.of(scores).to_text(),
        "report.md": render("markdown", scores, gold, preds, docs, title),
        "report.html": render("html", scores, gold, preds, docs, title),
    }


def select_documents(suite: Suite, docs: Mapping[str, Document], gold: Mapping[str, DocAnnotation]) -> list[str]:
    """The ids of the documents the suite runs on: all with gold, or the suite's ``documents``."""
    if suite.documents is None:
        ids = sorted(d for d in gold if d in docs)
    else:
        unknown = [d for d in suite.documents if d not in docs]
        if unknown:
            raise SuiteError(f"{suite.name}: field documents: unknown doc id(s) {', '.join(unknown)}")
        ids = list(dict.fromkeys(suite.documents))
    if not ids:
        raise RunError(f"suite {suite.name}: no documents to run on (is the gold {suite.gold} empty?)")
    return ids


def run_suite(
    ws: Workspace,
    suite: Suite,
    out_root: Path | None = None,
    run_id: str | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    overwrite: bool = False,
    progress: Progress | None = None,
    only: list[str] | None = None,
    engine: EngineSpec | None = None,
    overlap: bool = False,
) -> tuple[Path, list[RunResult]]:
    """Run every extractor of ``suite``; one run directory each under ``out_root/run_id/``.

    ``engine`` says where the partitions run (default: here, extraction in ``jobs`` processes;
    see :mod:`newsgold.runs.engines`); the files written are the same either way.  ``overlap``:
    cross-validated entries in a second process meanwhile, on 2+ cores (:mod:`newsgold.runs.overlap`;
    the same files too).
    """

    from newsgold.validate import Context

    started = utc_now()
    docs = DocumentIndex(ws.documents_file)  # texts stay on disk: read a partition at a time
    ctx = Context(
        cast(dict, docs), {e.id for e in ws.entities}, {t.id for t in ws.targets}, shown(ws.entities_file), layers=ws.config.layers
    )
    gold_path = suite.gold_path(ws)
    if gold_path.is_dir() and not any(gold_path.glob("*.json")):
        raise RunError(
            f"{shown(gold_path)} holds no gold yet: a suite scores only the documents that have gold "
            f"(annotate some first: write {shown(gold_path)}/<doc_id>.json in the format of `newsgold schema`, "
            "or in Label Studio with `newsgold annotate`)"
        )
    gold_all = RunGold.read(gold_path, ctx)  # validated whole, held as ids and byte ranges (newsgold.runs.gold)
    # no str object per document for the run's length; none at all while they are the corpus's own, in its order
    selected = CompactIds(select_documents(suite, docs, gold_all), like=docs.ids)
    gold = gold_all.only(selected)
    del gold_all
    config = score_config(suite.schemes, suite.match_scheme, suite.bootstrap, suite.seed)
    if run_id is not None:
        check_name(run_id, "run id")
    group = (out_root or ws.runs_dir) / (run_id or f"{safe_label(suite.name)}-{timestamp(started)}")
    check_outputs([group], ws, [(gold_path, "the gold")], directories=True)
    if cache_dir is None and ws.read_only:
        use_cache = False  # the built-in seed corpus keeps no cache: two extractions of two documents
    elif use_cache and cache_dir is not None:
        check_writable(ws, [cache_dir])
    if use_cache:  # a cache folder that is a link into annotations/ (or the corpus) wrote its entries there
        cache_at = cache_dir or ws.cache_dir
        try:
            check_outputs([cache_at], ws, [(gold_path, "the gold")], directories=True)
        except OutputRefused as e:
            raise OutputRefused(f"the prediction cache {cache_at}: {e} (or run with --no-cache)") from None
    cache = PredictionCache((cache_dir or ws.cache_dir) if use_cache else None)
    git = GitState(**git_state(ws.root))
    entries = [e for e in suite.extractors if not only or set(only) & _names(e)]
    if only and not entries:
        known = ", ".join(sorted({n for e in suite.extractors for n in _names(e)}))
        raise RunError(f"no extractor {', '.join(map(repr, only))} in suite {suite.name} (known: {known})")
    labels = _labels(ws, entries, suite)
    selection = Selection(selected, docs, *docs.corpus_hashes(selected))
    # the engine first: a scheduler that does not answer fails before anything is written
    with open_engine(engine or EngineSpec(), jobs, str(ws.root)) as eng:
        # one writer per run id: a second `newsgold run --run-id X` while X is written is refused
        with run_lock(group):
            if group.exists() and not group.is_dir():
                raise RunError(f"{shown(group)} exists and is not a directory")
            for label in labels:
                if (group / label).exists() and not overwrite:
                    raise RunError(f"{shown(group / label)} exists", remedy="overwrite")
            # The whole group is staged in a hidden sibling directory and swapped in at the end: a run
            # that fails (or is killed) part-way leaves the group as it was (and the same --run-id can
            # be used again); a group that existed is swapped whole, its other runs kept.
            with staged_dir(group) as tmp:

                def run_one(i: int, bar: Progress | None) -> RunResult:
                    entry, label = entries[i], labels[i]
                    return _run_entry(ws, suite, entry, label, group, tmp, selection, gold, config, cache, git, eng, jobs, engine, bar)

                folds = [e.folds for e in entries] if overlap else [None] * len(entries)
                results: list[RunResult] = run_entries(labels, folds, run_one, progress, tmp, jobs, eng.name)
                if group.is_dir():  # add to (or, with overwrite, replace in) an existing group
                    copy_into(group, tmp, skip=tuple(labels))
                write_group_summary(tmp, suite.name, suite.description, labels, suite_order=True)
    return group, results


def _run_entry(
    ws: Workspace,
    suite: Suite,
    entry: ExtractorEntry,
    label: str,
    group: Path,
    tmp: Path,
    selection: Selection,
    gold: RunGold,
    config: Any,
    cache: PredictionCache,
    git: GitState,
    eng: Any,
    jobs: int,
    engine: EngineSpec | None,
    progress: Progress | None,
) -> RunResult:
    """One extractor of the suite, streamed into ``tmp/label``: predictions first, then scores and reports."""
    from newsgold import __version__
    from newsgold.scoring.corpus import assemble

    t0 = time.perf_counter()
    start = utc_now()
    rejected_before = len(cache.rejected)
    docs, selected = selection.documents, selection.ids
    advance = progress(entry.label or entry.spec, 0, len(selected)) if progress else None
    size = (engine or EngineSpec()).partition_size
    extractor, chash, folded = _prepare(ws, entry, selection, gold, suite.seed, cache, size)
    job = Job(
        str(ws.root), ws.read_only, entry.spec, entry.config, entry.version, suite.layers,
        extractor.name, str(extractor.version), config, tuple(ws.entities),
    )  # fmt: skip
    try:
        streamed = stream_entry(
            eng, job, extractor, selected, docs, gold, chash, cache, tmp / label / "predictions.jsonl", size, jobs, folded, advance
        )
    except ExtractorError as e:
        raise RunError(str(e)) from None
    stats = streamed.stats
    gold_id = gold.digest()  # = scoring.gold_hash(gold), from the stored lines
    # every later phase has its own bar: none sits at 100 % while work goes on
    name = entry.label or entry.spec
    resampled = progress(f"{name}: score, bootstrap", 0, config.bootstrap) if progress and config.bootstrap else None
    results = streamed.results  # the reports read each document's rows back from disk
    scores = assemble(
        results,
        config,
        not_predicted=tuple(name for name in registry.names() if name not in streamed.predicted),
        missing_docs=(),
        unscored_docs=tuple(sorted(d for d in selected if d not in gold)),
        n_corpus=len(docs),
        gold_hash=gold_id,
        advance=resampled,
        rows=results.counts,  # the count vectors alone, not the rows on disk
        doc_ids=IdMap.positions(results.doc_ids),  # id -> row, without a dict of ids
    )
    reported = progress(f"{name}: reports", 0, 1) if progress else None
    manifest = RunManifest(
        run_id=f"{group.name}/{label}",
        label=label,
        suite=SuiteRef(suite.name, ws.stored(suite.path) if suite.path else None, suite.content_hash),
        extractor=ExtractorRef(
            entry.spec, extractor.name, str(extractor.version), config_of(extractor), chash, list(extractor.layers), entry.folds
        ),
        layers=list(suite.layers) if suite.layers else list(extractor.layers),
        documents=selected,  # written a chunk at a time (write_manifest)
        corpus_hash=selection.corpus_hash,
        documents_hash=selection.documents_hash,
        gold=GoldRef(ws.stored(suite.gold_path(ws)), gold_id),
        scorer=scorer_ref(config),
        newsgold_version=__version__,
        python=sys.version.split()[0],
        git=git,
        started_at=start.isoformat(timespec="seconds"),
        duration_s=None,
        extraction=ExtractionStats(stats.extracted, stats.cached, eng.parallelism),
    )
    write_entry_files(tmp / label, scores, gold, streamed.scored, docs, f"{label} ({suite.name})")
    if reported:
        reported(1)
    manifest.duration_s = round(time.perf_counter() - t0, 3)
    write_manifest(tmp / label, manifest)
    problems = cache.rejected[rejected_before:]
    return RunResult(group / label, label, manifest, scores, streamed.scored, stats, streamed.partition_seconds, problems)


def _labels(ws: Workspace, entries: list[ExtractorEntry], suite: Suite) -> list[str]:
    """Each entry's run directory name, resolved before anything runs (which also checks every
    spec, config and folds setting up front, labelled or not); two entries may not share one.
    A problem names the suite file and the entry (``quotes: unknown config key(s) bogus`` named neither)."""
    file = shown(suite.path) if suite.path is not None else f"suite {suite.name}"
    labels = []
    for entry in entries:
        where = f"{file}: extractors[{next(i for i, x in enumerate(suite.extractors) if x is entry)}]"
        try:
            extractor = resolve(entry.spec, entry.config, entry.version, ws)
        except ExtractorError as e:
            raise RunError(f"{where}: {e}") from None
        learned = callable(getattr(extractor, "fit", None))
        if learned and not entry.folds:
            raise RunError(f"{where}: {entry.spec}: a learned extractor is evaluated only by cross-validation: set folds = K in the suite")
        if entry.folds and not learned:
            raise RunError(f"{where}: {entry.spec}: folds is set but {extractor.name} has no fit() method")
        labels.append(entry.label or run_label(entry, extractor.name, str(extractor.version)))
    dup = sorted({x for x in labels if labels.count(x) > 1})
    if dup:
        raise RunError(f'two extractors of the suite would both be written to {", ".join(dup)}: give them distinct labels (label = "...")')
    return labels
