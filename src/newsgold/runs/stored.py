"""Reading a run directory back, and re-scoring its stored predictions without re-extracting.

Re-scoring writes nothing by itself: :func:`rescore` returns the new scores and files, and
:func:`write_rescored` writes them to a new run directory, or in place only when asked to.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from newsgold.corpus import Document
from newsgold.layers import registry
from newsgold.output import check_outputs, fill_dir, read_exact, staged_dir
from newsgold.output.dirs import link_or_copy
from newsgold.runs.artifacts import FORMAT_VERSION, ArtifactError, GoldRef, RescoredFrom, RescoreRecord, RunManifest, ScoresFile
from newsgold.runs.core import RunError, load_gold_for, render_reports, score_config, scorer_ref
from newsgold.runs.documents import DocumentIndex
from newsgold.runs.manifest import utc_now
from newsgold.schema import DocAnnotation
from newsgold.workspace import Workspace, shown

if TYPE_CHECKING:
    from newsgold.runs.gold_changes import GoldChanges

PREDICTIONS = "predictions.jsonl"


@dataclass
class StoredRun:
    directory: Path
    manifest: RunManifest
    scores: ScoresFile

    @property
    def label(self) -> str:
        return self.manifest.label or self.directory.name

    @property
    def signature(self) -> str:
        return self.scores.signature

    @property
    def gold_hash(self) -> str | None:
        return self.scores.gold_hash

    def predictions(self, docs: Mapping[str, Document] | None = None, keep: Collection[str] | None = None) -> dict[str, DocAnnotation]:
        """The stored predictions, validated as any prediction file is: by line and field, and
        against the document texts when ``docs`` is given (offsets past the text are refused).

        ``keep``: the documents whose items are needed (those that are scored); every other line is
        validated and kept only as which layers it has (a run's predictions cover the whole corpus,
        its gold usually a small part of it)."""
        from newsgold.validate import Context, ValidationError, read_jsonl

        path = self.directory / "predictions.jsonl"
        if not path.is_file():
            raise ArtifactError(f"{shown(path)}: missing (a run directory holds its predictions there)")
        ctx = Context(docs=cast(dict, docs) if docs is not None else {})  # a DocumentIndex reads texts as asked

        def build(raw: dict[str, Any]) -> DocAnnotation:
            if keep is None or raw["doc_id"] in keep:
                return DocAnnotation.from_dict(raw)
            return DocAnnotation(raw["doc_id"], items={name: None if raw.get(name) is None else [] for name in registry.names()})

        anns, problems = read_jsonl(path, ctx, strict_refs=False, check_docs=docs is not None, build=build)
        if problems:
            raise ValidationError(problems)
        return {ann.doc_id: ann for ann in anns}


def load_run(directory: Path | str, head_only: bool = False) -> StoredRun:
    """A stored run, checked; ``head_only``: its scores without the per-document part
    (:meth:`ScoresFile.read_head`) and its manifest without the document ids (:meth:`RunManifest.read_head`)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RunError(f"{directory}: no such run directory")
    if not (directory / "manifest.json").exists():
        subs = sorted(p.name for p in directory.iterdir() if (p / "manifest.json").exists())
        hint = f" (it holds the runs {', '.join(subs)}: name one, e.g. {directory}/{subs[0]})" if subs else ""
        raise RunError(f"{directory}: not a run directory, no manifest.json{hint}")
    if not (directory / "scores.json").exists():
        raise RunError(f"{directory}: incomplete run, missing scores.json")
    manifest = (RunManifest.read_head if head_only else RunManifest.read)(directory / "manifest.json")
    scores = (ScoresFile.read_head if head_only else ScoresFile.read)(directory / "scores.json")
    return StoredRun(directory, manifest, scores)


@dataclass
class Rescored:
    """The stored predictions of ``run`` scored again; nothing is written until :func:`write_rescored`."""

    run: StoredRun
    scores: Any  # CorpusScores
    files: dict[str, str]  # the new scores.json, report.md, report.html
    manifest: RunManifest  # the run's manifest with the new gold and scorer entries
    added_schemes: tuple[str, ...] = ()

    @property
    def comparable_with_original(self) -> bool:
        return self.scores.signature() == self.run.signature and self.scores.gold_hash == self.run.gold_hash

    def gold_changes(self) -> GoldChanges | None:
        """The documents whose gold differs from the run's (:mod:`newsgold.runs.gold_changes`); None: the same gold."""
        from newsgold.runs.gold_changes import gold_changes

        return None if self.scores.gold_hash == self.run.gold_hash else gold_changes(self.run.scores, self.scores)

    def directory_files(self, manifest: RunManifest) -> dict[str, str]:
        """The text files of the re-scored run; ``predictions.jsonl`` (unchanged, as large as the
        corpus) is not read: :meth:`fill` links it in."""
        files = {p.name: read_exact(p) for p in sorted(self.run.directory.iterdir()) if p.is_file() and p.name != PREDICTIONS}
        files.update(self.files)
        files["manifest.json"] = manifest.to_text()
        return files

    def fill(self, stage: Path, manifest: RunManifest) -> None:
        """Write the re-scored run into the directory being staged: its files, and the stored
        predictions as a hard link (a copy where links are not possible)."""
        fill_dir(stage, self.directory_files(manifest))
        link_or_copy(str(self.run.directory / PREDICTIONS), str(stage / PREDICTIONS))

    def changed_files(self) -> dict[str, tuple[int, int]]:
        """``{file: (lines added, lines removed)}`` of the files an in-place rewrite would change
        (the manifest always changes: it records the re-scoring)."""
        from newsgold.output import diff_text

        out = {}
        for name, text in self.directory_files(self.in_place_manifest()).items():
            path = self.run.directory / name
            old = read_exact(path) if path.exists() else ""
            if old != text:
                lines = diff_text(old, text, name).splitlines()
                out[name] = (
                    sum(1 for x in lines if x.startswith("+") and not x.startswith("+++")),
                    sum(1 for x in lines if x.startswith("-") and not x.startswith("---")),
                )
        return out

    def in_place_manifest(self) -> RunManifest:
        manifest = self.manifest.copy()
        manifest.rescored = [*(manifest.rescored or []), self._record()]
        return manifest

    def new_run_manifest(self, directory: Path) -> RunManifest:
        r = self._record()
        # the original run's signature and gold hash: the new ones are the manifest's scorer and gold
        origin = RescoredFrom(
            self.run.manifest.run_id, str(self.run.directory.resolve()), self.run.signature, self.run.gold_hash, r.at, r.added_schemes
        )
        return self.manifest.copy(rescored=None, run_id=f"{directory.parent.name}/{directory.name}", rescored_from=origin)

    def _record(self) -> RescoreRecord:
        return RescoreRecord(
            utc_now().isoformat(timespec="seconds"), self.scores.signature(), self.scores.gold_hash, list(self.added_schemes)
        )


def rescore(
    ws: Workspace, directory: Path | str, schemes: tuple[str, ...] | None = None, gold: Path | None = None, replace_schemes: bool = False
) -> Rescored:
    """Score the stored predictions again (current gold and scorer) without writing anything.

    ``schemes`` are added to the run's own schemes (so its other scores, and its comparability
    with runs scored the same way, are kept); ``replace_schemes`` scores with ``schemes`` only.
    """
    from newsgold.scoring import gold_hash, score_corpus
    from newsgold.validate import Context

    run = load_run(directory)
    entities = ws.entities
    docs = DocumentIndex(ws.documents_file)  # texts read as needed, never the whole corpus at once
    ctx = Context(cast(dict, docs), {e.id for e in entities}, {t.id for t in ws.targets}, shown(ws.entities_file), layers=ws.config.layers)
    gold_path = Path(gold) if gold else ws.resolve(run.manifest.gold.path)
    gold_all = load_gold_for(gold_path, ctx)
    doc_ids = run.manifest.documents or sorted(gold_all)
    _check_texts(run, docs)
    gold_set = {d: gold_all[d] for d in doc_ids if d in gold_all}
    preds = run.predictions(docs, keep=set(gold_set))
    old = run.scores.config
    own = tuple(old.schemes)
    if schemes and not replace_schemes:
        wanted: tuple[str, ...] | None = tuple(dict.fromkeys((*own, *schemes)))
    else:
        wanted = tuple(schemes or own) or None
    config = score_config(wanted, old.match_scheme, old.bootstrap, old.seed)
    added = tuple(s for s in config.schemes if s not in own)
    scores = score_corpus(gold_set, preds, docs, config, entities)
    manifest = run.manifest.copy(
        format_version=FORMAT_VERSION, gold=GoldRef(ws.stored(gold_path), gold_hash(gold_set)), scorer=scorer_ref(config)
    )
    files = render_reports(scores, gold_set, preds, docs, f"{run.label} (rescored)")
    return Rescored(run, scores, files, manifest, added)


def _check_texts(run: Any, docs: DocumentIndex) -> None:
    """Stored predictions point into the texts they were made on: a run whose documents' texts
    changed since is refused (scored against the new texts its offsets would mark other words).
    A run without ``documents_hash`` (made before it was recorded) is checked when its documents
    are the whole corpus, which its ``corpus_hash`` then covers alone."""
    m = run.manifest
    if not m.documents or not all(d in docs for d in m.documents):  # (a document gone is left to the readers)
        return
    recorded, now = m.documents_hash, ""
    if recorded is not None:
        now = docs.corpus_hashes(m.documents)[1]
    elif len(m.documents) == len(docs):
        recorded, now = m.corpus_hash, docs.corpus_hash()
    if recorded is not None and now != recorded:
        raise RunError(
            f"{shown(run.directory)}: the texts of its {len(m.documents):,} document(s) changed since it ran "
            f"(their hash was {recorded[:12]}, now {now[:12]}): its predictions point into the old texts; "
            "run the suite again to score this corpus"
        )


def write_rescored(ws: Workspace, r: Rescored, out: Path | None = None, overwrite: bool = False) -> Path:
    """Write a re-scored run: to a new run directory ``out`` (a copy of the predictions with the
    new scores, reports and a manifest naming the run it was ``rescored_from``), or in place when
    ``out`` is None (only with ``overwrite``).  Either way the directory is replaced in one step;
    in a suite run, the group is swapped whole with its ``summary.json``/``summary.md`` brought
    up to date, so a kill at any point leaves the old run and summary or the new ones."""
    from newsgold.runs.summary import write_group_summary

    if out is None:
        if not overwrite:
            raise RunError(f"{r.run.directory}: re-scoring in place replaces the run", remedy="overwrite")
        target = r.run.directory
        manifest = r.in_place_manifest()
    else:
        target = Path(out)
        if target.resolve() == r.run.directory.resolve():
            return write_rescored(ws, r, None, overwrite)
        if target.exists() and not overwrite:
            raise RunError(f"{shown(target)} exists", remedy="overwrite")
        manifest = r.new_run_manifest(target)
    check_outputs([target], ws, [(ws.resolve(r.manifest.gold.path), "the gold")], directories=True)
    group = target.parent
    if not (group / "summary.json").exists():
        with staged_dir(target) as stage:
            r.fill(stage, manifest)
        return target
    # part of a suite run: the group is swapped whole, with the run and a summary that stays true
    with staged_dir(group, keep=True, skip=(target.name,)) as stage:
        r.fill(stage / target.name, manifest)
        write_group_summary(stage, r.run.manifest.suite.name or group.name, "", [target.name])
    return target


def write_rescored_in_place(ws: Workspace, results: list[Rescored]) -> None:
    """Rewrite re-scored runs in place; the runs of one suite run are swapped in together with
    its summary (one staged copy of the group), so a kill leaves all of them old or all new."""
    from newsgold.runs.summary import write_group_summary

    groups = {r.run.directory.parent for r in results}
    group = next(iter(groups)) if len(groups) == 1 else None
    if group is None or len(results) == 1 or not (group / "summary.json").exists():
        for r in results:
            write_rescored(ws, r, None, overwrite=True)
        return
    names = tuple(r.run.directory.name for r in results)
    check_outputs([group], ws, [(ws.resolve(r.manifest.gold.path), "the gold") for r in results], directories=True)
    with staged_dir(group, keep=True, skip=names) as stage:
        for r in results:
            r.fill(stage / r.run.directory.name, r.in_place_manifest())
        write_group_summary(stage, results[0].run.manifest.suite.name or group.name, "", list(names))


def write_rescored_group(ws: Workspace, results: list[Rescored], out: Path, overwrite: bool, suite: str, description: str = "") -> Path:
    """Write the re-scored runs of a whole suite run as the new suite run ``out``: every run and
    its ``summary.json``/``summary.md`` staged in one hidden sibling and published once, so a kill
    at any point leaves ``out`` as it was (absent, or its old content) or entirely new.  An
    existing ``out`` (with ``overwrite``) keeps what else it holds, as a run into a group does."""
    from newsgold.runs.summary import write_group_summary

    out = Path(out)
    if out.resolve() in {r.run.directory.parent.resolve() for r in results}:
        if not overwrite:
            raise RunError(f"{shown(out)}: re-scoring in place replaces the runs", remedy="overwrite")
        write_rescored_in_place(ws, results)
        return out
    if out.exists() and not overwrite:
        raise RunError(f"{shown(out)} exists", remedy="overwrite")
    names = tuple(r.run.directory.name for r in results)
    check_outputs([out], ws, [(ws.resolve(r.manifest.gold.path), "the gold") for r in results], directories=True)
    with staged_dir(out, keep=True, skip=names) as stage:
        for r in results:
            r.fill(stage / r.run.directory.name, r.new_run_manifest(out / r.run.directory.name))
        write_group_summary(stage, suite, description, list(names))
    return out
