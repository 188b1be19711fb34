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
from typing import TYPE_CHECKING, Any

from newsgold.compare.items import Change, item_changes
from newsgold.compare.stats import Paired, paired_tests
from newsgold.errors import NewsgoldError
from newsgold.runs.stored import StoredRun, load_run
from newsgold.suites import MAX_BOOTSTRAP, MAX_SEED

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

N_BOOT = 1000
N_PERM = 10000
SEED = 12345


class CompareRefused(NewsgoldError):
    """The two runs are not comparable (different gold, scorer or documents)."""

    remedy = "force"


MISSING_IN_B = "missing in B"  # A has the metric (defined); B lacks it or has it undefined
ONLY_IN_B = "only in B"


@dataclass
class MetricRow:
    name: str
    a: float
    b: float
    test: Paired
    status: str = ""  # "" | MISSING_IN_B | ONLY_IN_B

    @property
    def delta(self) -> float:
        return self.b - self.a

    @property
    def missing_in_b(self) -> bool:
        return self.status == MISSING_IN_B


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
        """Rows that drop by more than ``max_drop`` (significantly at ``alpha``, if given), and
        every metric A has that B lacks or leaves undefined: a layer B stopped producing must
        not pass the gate because there is nothing to compare."""
        out = []
        for r in self.rows:
            if r.missing_in_b:
                out.append(r)
                continue
            if math.isnan(r.delta) or r.delta >= -max_drop:
                continue
            if alpha is not None and not r.test.p < alpha:
                continue
            out.append(r)
        return out


def headline_metrics(micro: dict[str, Any], match_scheme: str, schemes: list[str]) -> list[str]:
    """The metrics a comparison shows: those at the matching scheme and the scheme-free ones,
    without the per-class rows (metrics the layers declare ``detail``)."""
    from newsgold.scoring.metrics import detail_metrics

    detail = detail_metrics(schemes, match_scheme)
    out = []
    for name in micro:
        scheme_parts = [p for p in schemes if f".{p}." in f".{name}."]
        if scheme_parts and match_scheme not in scheme_parts:
            continue
        if name in detail:
            continue
        out.append(name)
    return out


def check_comparable(a: StoredRun, b: StoredRun, force: bool) -> list[str]:
    problems = []
    da, db = a.scores.doc_ids, b.scores.doc_ids
    # rescoring scores the documents a run has predictions for: it cannot add a document annotated since
    unpredicted = [(n, r) for n, r, other in (("A", a, db), ("B", b, da)) if not set(other) <= set(r.manifest.documents)]
    if a.gold_hash != b.gold_hash:
        remedy = "" if unpredicted else "; rescore both against the current gold with `newsgold rescore RUN --overwrite` (or `--out DIR`)"
        problems.append(
            f"the runs were scored against different gold (gold hash {str(a.gold_hash)[:12]} vs {str(b.gold_hash)[:12]}){remedy}"
        )
    if a.signature != b.signature:
        problems.append(f"the runs have different scorer signatures:\n  A: {a.signature}\n  B: {b.signature}")
    if sorted(da) != sorted(db):
        common = len(set(da) & set(db))
        problem = f"the runs cover different documents ({len(da)} vs {len(db)}; only {common} in common)"
        if unpredicted:
            name, run = unpredicted[0]
            problem += (
                f": {name} has no predictions for documents the other scored (gold added since it ran), so rescoring cannot add them; "
                f"run its suite again (`newsgold run {run.manifest.suite.name}`; unchanged documents come from the prediction cache), "
                f"or compare the {common} in common"
            )
        problems.append(problem)
    if problems and not force:
        raise CompareRefused("cannot compare " + f"{a.directory} and {b.directory}: " + "; ".join(problems))
    return problems


def compare_runs(
    dir_a: Path | str,
    dir_b: Path | str,
    force: bool = False,
    n_boot: int = N_BOOT,
    n_perm: int = N_PERM,
    seed: int = SEED,
    workspace: Workspace | None = None,
) -> Comparison:
    """Compare run B with run A; ``workspace`` supplies the texts and gold for item excerpts
    (without one, the changed items are listed without excerpts)."""
    from newsgold.runs.core import score_config

    for what, n in (("bootstrap resamples", n_boot), ("randomization trials", n_perm)):
        if not 0 <= n <= MAX_BOOTSTRAP:  # --trials 2**63 ran until killed
            raise NewsgoldError(f"{what} must be between 0 and {MAX_BOOTSTRAP:,}, got {n}")
    if not 0 <= seed <= MAX_SEED:
        raise NewsgoldError(f"the seed must be between 0 and {MAX_SEED}, got {seed}")
    a, b = load_run(dir_a), load_run(dir_b)
    warnings = check_comparable(a, b, force)
    cfg = a.scores.config
    config = score_config(tuple(cfg.schemes) or None, cfg.match_scheme, 0, cfg.seed)
    docs_b = {d.doc_id: d for d in b.scores.docs}
    common = [d for d in a.scores.docs if d.doc_id in docs_b]
    a_rows = [d.counts for d in common]
    b_rows = [docs_b[d.doc_id].counts for d in common]
    micro_a, micro_b = a.scores.micro, b.scores.micro
    names_a = headline_metrics(micro_a, config.match_scheme, list(config.schemes))
    names_b = headline_metrics(micro_b, config.match_scheme, list(config.schemes))
    both = [m for m in names_a if _defined(micro_a.get(m)) and _defined(micro_b.get(m))]
    tests = paired_tests(a_rows, b_rows, both, config, n_boot, n_perm, seed) if common and both else {}
    nan = float("nan")
    untested = Paired(nan, nan, nan, nan)
    rows = []
    for m in names_a:
        status = MISSING_IN_B if _defined(micro_a.get(m)) and not _defined(micro_b.get(m)) else ""
        rows.append(MetricRow(m, _num(micro_a.get(m)), _num(micro_b.get(m)), tests.get(m, untested), status))
    rows += [MetricRow(m, nan, _num(micro_b.get(m)), untested, ONLY_IN_B) for m in names_b if m not in micro_a]
    layers_a, layers_b = _layers(a), _layers(b)
    if layers_a != layers_b:
        warnings.append(
            f"the runs score different layers: A {', '.join(layers_a) or 'none'}, B {', '.join(layers_b) or 'none'}"
            + (
                f"; the metrics of {', '.join(x for x in layers_a if x not in layers_b)} are missing in B and count as regressions"
                if any(x not in layers_b for x in layers_a)
                else ""
            )
        )
    missing = [r.name for r in rows if r.missing_in_b and r.name.split(".")[0] in layers_b]
    if missing:
        warnings.append(
            f"{len(missing)} metric(s) defined in A are undefined in B ({', '.join(missing[:5])}{', …' if len(missing) > 5 else ''}) and count as regressions"
        )
    texts = {d.doc_id: d.text for d in workspace.documents.values()} if workspace is not None else {}
    gold, why = _gold_for(workspace, a, b)
    if why:
        warnings.append(why)
    changes = item_changes(a.scores.to_json(), b.scores.to_json(), a.predictions(), b.predictions(), gold, texts)
    return Comparison(a, b, rows, changes, seed, n_boot, n_perm, warnings)


def _defined(x: Any) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x))


def _num(x: Any) -> float:
    return float("nan") if x is None else float(x)


def _layers(run: StoredRun) -> list[str]:
    """The scored layers (quotes, claims, stances), from the metric names (what the gate sees)."""
    return sorted({m.split(".")[0] for m in run.scores.micro})


def _gold_for(ws: Workspace | None, a: StoredRun, b: StoredRun) -> tuple[dict[str, Any] | None, str | None]:
    """The gold both runs were scored on, for the excerpts of changed items; ``(None, reason)``
    when it cannot be loaded or is no longer the gold the runs were scored against (gold ids
    would then name other items)."""
    from newsgold.runs.core import RunError, load_gold_for
    from newsgold.scoring import gold_hash

    skipped = "item excerpts skipped: "
    if ws is None:
        return None, skipped + "no workspace to read the gold from"
    if a.gold_hash != b.gold_hash:
        return None, skipped + "A and B were scored against different gold, so a gold id may name different items in each"
    ref = a.manifest.gold.path
    if not ref:
        return None, skipped + f"the manifest of {a.directory} records no gold path"
    path = ws.resolve(ref)
    try:
        gold_all = load_gold_for(path, ws.context())
    except (RunError, OSError, ValueError) as e:
        return None, skipped + f"cannot load the gold {path}: {e}"
    gold = {d: gold_all[d] for d in (a.manifest.documents or a.scores.doc_ids) if d in gold_all}
    if gold_hash(gold) != a.gold_hash:
        return None, skipped + f"the gold at {path} has changed since the runs were scored (rescore both to see excerpts)"
    return gold, None
