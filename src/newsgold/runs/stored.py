"""Reading a run directory back, and re-scoring its stored predictions without re-extracting."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold import paths
from newsgold.runs.core import RunError, context_and_entities, load_gold_for, render_reports, score_config, write_run_dir
from newsgold.runs.manifest import utc_now
from newsgold.schema import DocAnnotation


@dataclass
class StoredRun:
    directory: Path
    manifest: dict[str, Any]
    scores: dict[str, Any]  # scores.json

    @property
    def label(self) -> str:
        return str(self.manifest.get("label") or self.directory.name)

    @property
    def signature(self) -> str:
        return str(self.scores.get("signature"))

    @property
    def gold_hash(self) -> str | None:
        return self.scores.get("gold_hash")

    def predictions(self) -> dict[str, DocAnnotation]:
        path = self.directory / "predictions.jsonl"
        out = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ann = DocAnnotation.from_dict(json.loads(line))
                out[ann.doc_id] = ann
        return out


def load_run(directory: Path | str) -> StoredRun:
    directory = Path(directory)
    if not directory.is_dir():
        raise RunError(f"{directory}: no such run directory")
    if not (directory / "manifest.json").exists():
        subs = sorted(p.name for p in directory.iterdir() if (p / "manifest.json").exists())
        hint = f" (it holds the runs {', '.join(subs)}: name one, e.g. {directory}/{subs[0]})" if subs else ""
        raise RunError(f"{directory}: not a run directory, no manifest.json{hint}")
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        scores = json.loads((directory / "scores.json").read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise RunError(f"{directory}: incomplete run, missing {Path(e.filename).name}") from None
    except json.JSONDecodeError as e:
        raise RunError(f"{directory}: corrupt run file: {e}") from None
    return StoredRun(directory, manifest, scores)


def rescore(directory: Path | str, schemes: tuple[str, ...] | None = None, gold: Path | None = None) -> tuple[StoredRun, Any]:
    """Score the stored predictions again (current gold and scorer); rewrite scores and reports."""
    from newsgold.scoring import gold_hash, score_corpus

    run = load_run(directory)
    t0 = time.perf_counter()
    ctx, entities = context_and_entities()
    gold_path = gold or paths.root() / run.manifest["gold"]["path"]
    gold_all = load_gold_for(Path(gold_path), ctx)
    doc_ids = run.manifest.get("documents") or sorted(gold_all)
    gold_set = {d: gold_all[d] for d in doc_ids if d in gold_all}
    preds = run.predictions()
    old = run.scores.get("config", {})
    config = score_config(schemes or tuple(old.get("schemes") or ()) or None, old.get("match_scheme"),
                          int(old.get("bootstrap", 1000)), int(old.get("seed", 12345)))
    scores = score_corpus(gold_set, preds, ctx.docs, config, entities)
    manifest = dict(run.manifest)
    manifest["gold"] = {"path": paths.relative(Path(gold_path)), "hash": gold_hash(gold_set)}
    manifest["scorer"] = {"signature": config.signature(), "schemes": list(config.schemes), "match_scheme": config.match_scheme}
    manifest.setdefault("rescored", []).append({"at": utc_now().isoformat(timespec="seconds"), "duration_s": round(time.perf_counter() - t0, 3)})
    files = {p.name: p.read_text(encoding="utf-8") for p in run.directory.iterdir() if p.is_file()}
    files.update(render_reports(scores, gold_set, preds, ctx.docs, f"{run.label} (rescored)"))
    files["manifest.json"] = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    write_run_dir(run.directory, files, overwrite=True)
    return load_run(run.directory), scores
