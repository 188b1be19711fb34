"""``newsgold compare``: two runs, every headline metric with a paired interval and p-value,
the items that changed, and a regression gate for CI.

Runs are comparable only when they were scored against the same gold (content hash), with the
same scorer signature and on the same documents; otherwise the comparison is refused unless
forced, and a forced comparison says so in its output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.compare.items import Change, item_changes
from newsgold.compare.stats import Paired, paired_tests
from newsgold.runs.stored import StoredRun, load_run

N_BOOT = 1000
N_PERM = 10000
SEED = 12345


class CompareRefused(Exception):
    """The two runs are not comparable (different gold, scorer or documents)."""


@dataclass
class MetricRow:
    name: str
    a: float
    b: float
    test: Paired

    @property
    def delta(self) -> float:
        return self.b - self.a


@dataclass
class Comparison:
    a: StoredRun
    b: StoredRun
    rows: list[MetricRow]
    changes: list[Change]
    seed: int
    n_boot: int
    n_perm: int
    warnings: list[str] = field(default_factory=list)

    def regressions(self, max_drop: float, alpha: float | None) -> list[MetricRow]:
        out = []
        for r in self.rows:
            if math.isnan(r.delta) or r.delta >= -max_drop:
                continue
            if alpha is not None and not r.test.p < alpha:
                continue
            out.append(r)
        return out


def headline_metrics(micro: dict[str, Any], match_scheme: str, schemes: list[str]) -> list[str]:
    """The metrics a comparison shows: those at the matching scheme and the scheme-free ones,
    without per-class stance rows."""
    out = []
    for name in micro:
        parts = name.split(".")
        scheme_parts = [p for p in schemes if f".{p}." in f".{name}."]
        if scheme_parts and match_scheme not in scheme_parts:
            continue
        if parts[0] == "stance" and len(parts) > 2 and parts[2] in ("favor", "against", "neutral"):
            continue
        out.append(name)
    return out


def check_comparable(a: StoredRun, b: StoredRun, force: bool) -> list[str]:
    problems = []
    if a.gold_hash != b.gold_hash:
        problems.append(f"the runs were scored against different gold (gold hash {str(a.gold_hash)[:12]} vs {str(b.gold_hash)[:12]}); rescore both with `newsgold rescore RUN`")
    if a.signature != b.signature:
        problems.append(f"the runs have different scorer signatures:\n  A: {a.signature}\n  B: {b.signature}")
    da = [d["doc_id"] for d in a.scores.get("docs", [])]
    db = [d["doc_id"] for d in b.scores.get("docs", [])]
    if sorted(da) != sorted(db):
        problems.append(f"the runs cover different documents ({len(da)} vs {len(db)}; only {len(set(da) & set(db))} in common)")
    if problems and not force:
        raise CompareRefused("cannot compare " + f"{a.directory} and {b.directory}: " + "; ".join(problems) + " (pass --force to compare anyway)")
    return problems


def compare_runs(dir_a: Path | str, dir_b: Path | str, force: bool = False, n_boot: int = N_BOOT,
                 n_perm: int = N_PERM, seed: int = SEED) -> Comparison:
    from newsgold.corpus import load_documents
    from newsgold.runs.core import score_config

    a, b = load_run(dir_a), load_run(dir_b)
    warnings = check_comparable(a, b, force)
    cfg = a.scores.get("config", {})
    config = score_config(tuple(cfg.get("schemes") or ()) or None, cfg.get("match_scheme"), 0, int(cfg.get("seed", SEED)))
    docs_b = {d["doc_id"]: d for d in b.scores["docs"]}
    common = [d for d in a.scores["docs"] if d["doc_id"] in docs_b]
    a_rows = [d["counts"] for d in common]
    b_rows = [docs_b[d["doc_id"]]["counts"] for d in common]
    micro_a, micro_b = a.scores["micro"], b.scores["micro"]
    names = [m for m in headline_metrics(micro_a, config.match_scheme, list(config.schemes)) if m in micro_b]
    tests = paired_tests(a_rows, b_rows, names, config, n_boot, n_perm, seed) if common else {}
    nan = float("nan")
    rows = [MetricRow(m, _num(micro_a.get(m)), _num(micro_b.get(m)), tests.get(m, Paired(nan, nan, nan, nan))) for m in names]
    texts = {d.doc_id: d.text for d in load_documents().values()}
    gold = _gold_for(a)
    changes = item_changes(a.scores, b.scores, a.predictions(), b.predictions(), gold, texts)
    return Comparison(a, b, rows, changes, seed, n_boot, n_perm, warnings)


def _num(x: Any) -> float:
    return float("nan") if x is None else float(x)


def _gold_for(run: StoredRun) -> dict[str, Any] | None:
    """The gold the run was scored on, if it is still the current one (for item excerpts)."""
    try:
        from newsgold import paths
        from newsgold.runs.core import context_and_entities, load_gold_for

        ctx, _ = context_and_entities()
        return load_gold_for(paths.root() / run.manifest["gold"]["path"], ctx)
    except Exception:
        return None
