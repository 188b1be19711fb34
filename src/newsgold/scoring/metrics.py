"""From a (summed) count vector to the numbers people read.

Span scores use the SemEval-2013 formulas (P = (COR + 0.5 PAR) / ACT, R = ... / POS); label
scores come from scikit-learn on the summed confusion matrices, passed as weighted samples.
Zero denominators follow :mod:`counts` (signature ``zero:na``): a score with neither gold nor
predictions is undefined (NaN; "n/a" in reports, ``null`` in JSON), a precision without
predictions or a recall without gold is 0.0, an accuracy over no items is undefined.
Macro-F1 averages the classes present in gold or prediction (those whose F1 is defined, as
scikit-learn does without ``labels``); F_avg (SemEval-2016 Task 6) is the mean of F1(favor) and
F1(against) over those of the two that are present, and undefined when neither is.
:func:`averaged_classes` says which classes each average used.

Which metrics exist, and which of them get a bootstrap interval, each layer declares
(:meth:`newsgold.layers.base.Layer.metrics`); this module only evaluates the declarations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsgold.layers import registry
from newsgold.layers.base import Metric, MetricGroup
from newsgold.scoring.config import ScoreConfig
from newsgold.scoring.counts import NA, Confusion, DocCounts

if TYPE_CHECKING:
    from newsgold.scoring.arrays import ArrayCounts

_PLANS: dict[tuple[ScoreConfig, int], list[tuple[str, MetricGroup]]] = {}


def _plan(config: ScoreConfig) -> list[tuple[str, MetricGroup]]:
    """(layer, group) of every declared metric group, built once per configuration."""
    key = (config, registry.version)
    if key not in _PLANS:
        _PLANS[key] = [(layer.name, group) for layer in registry for group in layer.metrics(config)]
    return _PLANS[key]


def declared(config: ScoreConfig) -> list[Metric]:
    """Every metric the layers declare for ``config``, in report order."""
    return [m for _, group in _plan(config) for m in group.metrics]


def interval_metrics(config: ScoreConfig) -> list[str]:
    """The metrics that get a bootstrap confidence interval (as declared)."""
    return [m.key for m in declared(config) if m.interval]


def detail_metrics(schemes: Sequence[str], match_scheme: str) -> set[str]:
    """The per-class metrics a run comparison leaves out (declared ``detail``)."""
    try:
        config = ScoreConfig(schemes=tuple(schemes), match_scheme=match_scheme)
    except ValueError:
        config = ScoreConfig()
    return {m.key for m in declared(config) if m.detail}


def scored_layers(counts: DocCounts) -> tuple[str, ...]:
    return tuple(name for name in registry.names() if counts.has(name))


def class_prf(conf: Confusion, labels: tuple[str, ...]) -> dict[str, tuple[float, float, float]]:
    """Per-class (P, R, F1) via ``precision_recall_fscore_support(zero_division=0)`` on the
    weighted confusion; a class in neither gold nor predictions is undefined (NaN) throughout.
    A confusion of columns (:class:`arrays.ArrayCounts`) is scored per row by the same formulas."""
    if _columns(conf):
        from newsgold.scoring import arrays

        return arrays.class_prf(conf, labels)
    # one row of the array path (scikit-learn's formulas, tested equal to it): importing
    # scikit-learn alone took a second of every ``newsgold score``
    import numpy as np

    from newsgold.scoring import arrays

    rows = Confusion(conf.labels, tuple(tuple(np.array([x], dtype=np.float64) for x in row) for row in conf.matrix))  # type: ignore[misc]  # columns of one row, as arrays.ArrayCounts gives
    return {label: (float(p[0]), float(r[0]), float(f[0])) for label, (p, r, f) in arrays.class_prf(rows, labels).items()}


def _columns(conf: Confusion) -> bool:
    return any(not isinstance(x, (int, float)) for row in conf.matrix for x in row)


def present_classes(conf: Confusion, labels: tuple[str, ...]) -> list[str]:
    """The classes of ``labels`` that occur in gold or in the predictions."""
    return [label for label in labels if any(conf.cell(label, x) + conf.cell(x, label) for x in conf.labels)]


def accuracy(conf: Confusion, exclude: str | None = None) -> float:
    """Accuracy over the cells whose gold and prediction are both real labels (not ``exclude``);
    undefined (NaN) over no items."""
    if _columns(conf):
        from newsgold.scoring import arrays

        return arrays.accuracy(conf, exclude)
    # ``sklearn.metrics.accuracy_score`` with the cells as sample weights is the weight on the
    # diagonal over the total weight; counts are whole numbers, so both sums are exact and the
    # quotient is scikit-learn's to the bit (tests/scoring/test_metrics.py compares)
    y_true, y_pred, weight = conf.weighted_samples()
    keep = [i for i in range(len(y_true)) if exclude not in (y_true[i], y_pred[i])]
    if not keep:
        return NA
    return float(sum(weight[i] for i in keep if y_true[i] == y_pred[i]) / sum(weight[i] for i in keep))


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else NA


def averaged_classes(counts: DocCounts) -> dict[str, list[str]]:
    """Which classes each average used: ``{"stances.document.f_avg": ["against"], ...}``."""
    return {k: v for layer in registry for k, v in layer.averaged(counts).items()}


def headline(counts: DocCounts, config: ScoreConfig, f_only: bool = False) -> dict[str, float]:
    """The flat ``name -> value`` scores of every scored layer (``f_only``: just the metrics
    declared to get an interval, all the bootstrap needs).

    Undefined scores are NaN (see the module docstring), never missing, so that every run
    scored with the same configuration has the same keys.
    """
    out: dict[str, float] = {}
    for _, group in _plan(config):
        if not counts.has(group.requires) or (f_only and not any(m.interval for m in group.metrics)):
            continue
        values = group.compute(counts)
        for m in group.metrics:
            if m.interval or not f_only:
                out[m.key] = values[m.key]
    return out


def headline_arrays(counts: ArrayCounts, config: ScoreConfig, f_only: bool = False) -> dict[str, Any]:
    """:func:`headline` of every row of ``counts`` at once: ``name -> array`` (NaN: undefined)."""
    import numpy as np

    out: dict[str, Any] = {}
    for _, group in _plan(config):
        if not counts.has(group.requires) or (f_only and not any(m.interval for m in group.metrics)):
            continue
        values: Mapping[str, Any]
        if group.arrays:
            values = group.compute(counts)
        else:
            rows = [group.compute(DocCounts(dict(zip(counts.keys, row)), counts.n_docs)) for row in counts.columns.T.tolist()]
            values = {m.key: [r[m.key] for r in rows] for m in group.metrics}
        for m in group.metrics:
            if m.interval or not f_only:
                out[m.key] = np.broadcast_to(np.asarray(values[m.key], dtype=np.float64), (counts.rows,))
    return out


def count_matrix(rows: Sequence[DocCounts]) -> tuple[list[str], Any, Any]:
    """Count vectors as one matrix: the sorted keys of all, ``matrix[i, j]`` row ``i``'s count of
    key ``j`` (0 when absent) and ``present[i, j]`` whether row ``i`` recorded it.  Past
    :data:`disk.ON_DISK_ROWS` rows both are :class:`disk.DiskMatrix` (in a temporary file, in
    ``rows.directory`` if the rows say where), filled a block of rows at a time."""
    import numpy as np

    from newsgold.scoring import disk

    fast = getattr(rows, "count_matrix", None)  # scoring.count_log.LoggedRows: from its cells
    if fast is not None:
        return fast()
    if len(rows) <= disk.ON_DISK_ROWS:
        keys = sorted(set().union(*(r.values for r in rows)))
        return (keys, *_dense(rows, keys))
    known = getattr(rows, "keys_seen", None)  # runs.spill.CompactCounts knows its keys
    if known is None:
        seen: set[str] = set()
        for r in rows:  # one vector at a time: rows may be read back from disk
            seen.update(r.values)
        known = seen
    keys = sorted(known)
    where = getattr(rows, "directory", None)
    matrix = disk.DiskMatrix(len(rows), len(keys), np.float64, where)
    present = disk.DiskMatrix(len(rows), len(keys), np.bool_, where)
    step = matrix.block_rows()
    for start in range(0, len(rows), step):
        block, has = _dense(rows[start : start + step], keys)
        matrix.write(start, block)
        present.write(start, has)
    return keys, matrix, present


def _dense(rows: Sequence[DocCounts], keys: list[str]) -> tuple[Any, Any]:
    from itertools import chain

    import numpy as np

    index = {k: i for i, k in enumerate(keys)}
    matrix = np.zeros((len(rows), len(keys)))
    present = np.zeros((len(rows), len(keys)), dtype=bool)
    # every (row, key, count) of all vectors in three flat arrays, then two scatters (documents
    # rarely share their exact key sequence: 9,046 sequences for 10,000 documents)
    sizes = np.fromiter(map(len, (r.values for r in rows)), dtype=np.int64, count=len(rows))
    total = int(sizes.sum())
    at = np.repeat(np.arange(len(rows)), sizes)
    cols = np.fromiter(map(index.__getitem__, chain.from_iterable(r.values for r in rows)), dtype=np.int64, count=total)
    matrix[at, cols] = np.fromiter(chain.from_iterable(r.values.values() for r in rows), dtype=np.float64, count=total)
    present[at, cols] = True
    return matrix, present


def _blocks(matrix: Any, present: Any) -> Iterator[tuple[int, Any, Any]]:
    """``(start, counts, present)`` of each block of rows (the whole matrix when in memory)."""
    from newsgold.scoring.disk import DiskMatrix

    if not isinstance(matrix, DiskMatrix):
        yield 0, matrix, present
        return
    step = matrix.block_rows()
    for start in range(0, len(matrix), step):
        yield start, matrix.read(start, start + step), present.read(start, start + step)


def total_of_matrix(rows: Sequence[DocCounts], matrix: tuple[list[str], Any, Any]) -> DocCounts:
    """``DocCounts.total(rows)`` from ``count_matrix(rows)``: each key's column summed by ``sum()``
    in row order (the same additions: a row without the key adds 0.0, which changes no sum
    that starts from 0.0), keys in order of first appearance.  Counts that are not all floats
    (an int would stay an int there) go through ``DocCounts.total``."""
    from itertools import chain

    floats = getattr(rows, "all_floats", None)  # runs.spill.CompactCounts knows
    if floats is False or (floats is None and set(map(type, chain.from_iterable(r.values.values() for r in rows))) - {float}):
        return DocCounts.total(rows)
    import numpy as np

    keys, counts, present = matrix
    sums = np.zeros(len(keys))
    first = np.full(len(keys), -1, dtype=np.int64)
    for start, block, has in _blocks(counts, present):
        for row in block:  # row by row: each column added in row order, as sum() does
            sums += row
        new = (first < 0) & has.any(axis=0)
        first[new] = start + has.argmax(axis=0)[new]
    # first appearance: the first row that has the key, then the key's place in that row
    place: dict[str, tuple[int, int]] = {}
    for i in sorted(set(first.tolist())):
        for j, k in enumerate(rows[i].values):
            place.setdefault(k, (i, j))
    order = sorted(range(len(keys)), key=lambda c: place[keys[c]])
    totals = sums.tolist()
    return DocCounts({keys[c]: totals[c] for c in order}, sum(n for n in _n_docs(rows)))


def _n_docs(rows: Sequence[DocCounts]) -> Iterator[int]:
    known = getattr(rows, "n_docs_each", None)  # runs.spill.CompactCounts, without rebuilding the vectors
    return iter(known) if known is not None else (r.n_docs for r in rows)


def headline_columns(
    rows: Sequence[DocCounts], config: ScoreConfig, matrix: tuple[list[str], Any, Any] | None = None
) -> Mapping[str, tuple[Any, Any]]:
    """:func:`headline` of each count vector as columns: ``name -> (values, has)``, one entry per
    row in each array, ``has`` whether the row recorded a count under the metric's group prefix
    (only then is the metric the row's).  ``matrix``: ``count_matrix(rows)`` if at hand; when it is
    on disk, so are the columns (:class:`disk.DiskColumns`, computed a block of rows at a time)."""
    from newsgold.scoring.disk import DiskColumns, DiskMatrix

    keys, counts, present = matrix or count_matrix(rows)
    if not isinstance(counts, DiskMatrix):
        return _columns_in_blocks(keys, counts, present, config)
    out: DiskColumns | None = None
    for start, block, has in _blocks(counts, present):  # per block of documents: each row's scores are its own
        part = _columns_of(keys, block, has, config)
        if not part:  # no metric applies (e.g. predictions only for a layer the gold lacks): the same in every block
            return {}
        if out is None:
            out = DiskColumns(list(part), len(counts), getattr(rows, "directory", None))
        out.write(start, part)
    return out if out is not None else {}


#: rows whose metrics are computed at once in memory: the metrics' temporaries (~1.7 KB a row)
#: stay those of a block, not of every document; each row's scores are its own, so the columns
#: are the same bits
COLUMN_BLOCK = 8192


def _columns_in_blocks(keys: list[str], counts: Any, present: Any, config: ScoreConfig) -> dict[str, tuple[Any, Any]]:
    """:func:`_columns_of` of the whole matrix, computed :data:`COLUMN_BLOCK` rows at a time (a
    metric group's ``has`` column shared by its metrics, as :func:`_columns_of` shares it)."""
    import numpy as np

    n = len(counts)
    if n <= COLUMN_BLOCK:
        return _columns_of(keys, counts, present, config)
    out: dict[str, tuple[Any, Any]] = {}
    for start in range(0, n, COLUMN_BLOCK):
        stop = min(n, start + COLUMN_BLOCK)
        part = _columns_of(keys, counts[start:stop], present[start:stop], config)
        if not part:  # no metric applies: the same in every block
            return {}
        if not out:
            shared: dict[int, Any] = {}
            for name, (values, has) in part.items():
                if id(has) not in shared:
                    shared[id(has)] = np.empty(n, dtype=np.asarray(has).dtype)
                out[name] = (np.empty(n, dtype=np.asarray(values).dtype), shared[id(has)])
        for name, (values, has) in part.items():
            out[name][0][start:stop] = values
            out[name][1][start:stop] = has
    return out


def _columns_of(keys: list[str], counts: Any, present: Any, config: ScoreConfig) -> dict[str, tuple[Any, Any]]:
    from newsgold.scoring.arrays import ArrayCounts

    values = headline_arrays(ArrayCounts(keys, counts, 1), config)
    out: dict[str, tuple[Any, Any]] = {}
    for _, g in _plan(config):
        if g.metrics[0].key not in values:
            continue
        under = [i for i, k in enumerate(keys) if k.startswith(g.requires + ".")]
        has = present[:, under].any(axis=1)
        for m in g.metrics:
            out[m.key] = (values[m.key], has)
    return out


def headline_rows(
    rows: Sequence[DocCounts], config: ScoreConfig, matrix: tuple[list[str], Any, Any] | None = None
) -> list[dict[str, float]]:
    """:func:`headline` of each count vector (per-document scores), all computed at once: a
    vector gets a group's metrics only when it recorded a count under the group's prefix."""
    if not rows:
        return []
    return rows_of_columns(headline_columns(rows, config, matrix), len(rows))


def rows_of_columns(columns: Mapping[str, tuple[Any, Any]], n: int) -> list[dict[str, float]]:
    """:func:`headline_columns` as one ``name -> value`` dict per row."""
    from itertools import compress

    import numpy as np

    names = list(columns)
    if not names:
        return [{} for _ in range(n)]
    values = np.column_stack([np.broadcast_to(columns[k][0], (n,)) for k in names]).tolist()
    has = np.column_stack([np.broadcast_to(columns[k][1], (n,)) for k in names]).tolist()
    return [dict(compress(zip(names, v), h)) for v, h in zip(values, has)]


def macro_of_columns(columns: Mapping[str, tuple[Any, Any]]) -> dict[str, float]:
    """Per metric, the mean over the rows where it is the row's and defined (not NaN), summed
    left to right as ``sum()`` does; NaN where no row has it defined."""
    import math

    import numpy as np

    out: dict[str, float] = {}
    for name in sorted(k for k, (_, has) in columns.items() if has.any()):
        values, has = columns[name]
        vals = np.asarray(values, dtype=np.float64)[has & ~np.isnan(values)].tolist()
        out[name] = sum(vals) / len(vals) if vals else math.nan
    return out


def breakdown(counts: DocCounts, config: ScoreConfig) -> dict[str, dict[str, float]]:
    """Per type/kind scores with supports: ``{"quotes.content.exact.label.direct": {p, r, f1, gold, pred}}``."""
    return {k: v for layer in registry for k, v in layer.breakdown(counts, config).items()}


def supports(counts: DocCounts, config: ScoreConfig) -> dict[str, float]:
    """How many gold and predicted items each score rests on."""
    return {k: v for layer in registry for k, v in layer.supports(counts, config).items()}


def confusions(counts: DocCounts) -> dict[str, Confusion]:
    return {
        prefix: Confusion.of(counts, prefix, labels) for layer in registry for prefix, labels in layer.confusions() if counts.has(prefix)
    }


def as_json_confusion(conf: Confusion) -> dict[str, Any]:
    return {"labels": list(conf.labels), "matrix": [list(row) for row in conf.matrix]}
