"""Lexicographic maximum-weight one-to-one matching, solved per connected component.

The eligible (gold, prediction) edges of a corpus fall apart into connected components, and a
matching is optimal exactly when it is optimal on every component.  :class:`Components` sorts
the components once per set of eligible edges (every scheme that allows the same pairs shares
it) into four kinds, from cheap to dear:

``simple``
    one gold and one prediction: the edge is the optimum (all tiers are non-negative).
``star``
    one gold and several predictions, or the reverse: at most one edge can be matched, so the
    lexicographically heaviest edge is the optimum (ties: the first in canonical order).
``small``
    at most :data:`MAX_CANDIDATES` assignments of the smaller side to the larger one: every
    assignment is scored at once with numpy, grouped by shape, and the lexicographic maximum
    is read off (see :meth:`Components._enumerate`).
``large``
    everything else, and every small component whose optimum is tied or too heavy to pack
    exactly: :func:`solve_component` packs the tiers into one float64 weight and calls
    ``scipy.optimize.linear_sum_assignment``.

Why enumeration gives the general solver's answer, not just an equally good one: it is used
only when the lexicographic optimum is a *unique* set of edges and all tiers pack exactly
(:func:`pack` keeps every tier).  The general solver then maximises the packed weight exactly,
and a unique optimum is the only matching it can return.  Components with ties fall back to
it, so its tie-breaking stays the one in force.  Setting :data:`MAX_CANDIDATES` to 0 turns the
enumeration off (the tests compare both ways).
"""

from __future__ import annotations

from functools import cache
from itertools import permutations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MAX_EXACT = 2**52  # float64 (what linear_sum_assignment uses) is exact on integers below 2**53
MAX_CANDIDATES = 720  # enumerate components with at most this many assignments (6 x 6)
MAX_CELLS = 62  # and at most this many gold x prediction cells (edge sets as int64 bit masks)


def pack(tiers: list[np.ndarray], m: int) -> np.ndarray | None:
    """One weight per edge whose maximum-sum matching is the lexicographic maximum of ``tiers``
    (non-negative integers), for a component where at most ``m`` edges can be matched; ``None``
    when the weights would not be exact in float64."""
    import numpy as np

    weight = np.zeros(len(tiers[0]), dtype=np.float64)
    scale, total = 1, 0  # Python ints: exact
    for tier in reversed(tiers):
        weight += tier.astype(np.float64) * float(scale)
        bound = min(int(tier.sum()), m * int(tier.max(initial=0)))  # the most a matching can collect
        total += bound * scale  # the most a matching can collect in this and the lower tiers
        scale = total + 1  # one unit of the next tier up outweighs all of that
        if total > MAX_EXACT:
            return None
    return weight


def solve_component(eg: np.ndarray, ep: np.ndarray, tiers: list[np.ndarray], group: np.ndarray) -> np.ndarray:
    """The general solver: the edges (of ``group``) of one component's lexicographic optimum.

    Should a huge component not fit exactly in float64, its last tie-break tiers are dropped
    (never the first).
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    golds, gi = np.unique(eg[group], return_inverse=True)
    preds, pi = np.unique(ep[group], return_inverse=True)
    m = min(len(golds), len(preds))
    weight = None
    for k in range(len(tiers), 0, -1):
        weight = pack([t[group] for t in tiers[:k]], m)
        if weight is not None:
            break
    if weight is None:
        raise ValueError("a conflict component is too large to match exactly")
    # non-edges weigh 0 (filtered out below): the best full assignment holds the best matching
    matrix = np.zeros((len(golds), len(preds)))
    matrix[gi, pi] = weight
    index = np.full((len(golds), len(preds)), -1, dtype=np.int64)
    index[gi, pi] = group
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    picked = index[rows, cols]
    return picked[picked >= 0]


@cache
def _assignments(a: int, b: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every assignment of the smaller side of an ``a x b`` grid into the larger one, as
    ``(rows, cols, bits)`` arrays of shape ``(n_assignments, min(a, b))``."""
    import numpy as np

    m = min(a, b)
    if a <= b:
        cols = np.array(list(permutations(range(b), a)), dtype=np.int64).reshape(-1, m)
        rows = np.broadcast_to(np.arange(a), cols.shape).copy()
    else:
        rows = np.array(list(permutations(range(a), b)), dtype=np.int64).reshape(-1, m)
        cols = np.broadcast_to(np.arange(b), rows.shape).copy()
    return rows, cols, np.left_shift(1, rows * b + cols)


def _n_assignments(a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    out = 1
    for k in range(lo):
        out *= hi - k
    return out


def _dense_rank(comp: np.ndarray, item: np.ndarray, n_items: int) -> np.ndarray:
    """Rank of each edge's item among the distinct items of its component (0, 1, ...)."""
    import numpy as np

    key = comp * n_items + item
    distinct = np.unique(key)
    first = np.searchsorted(distinct // n_items, comp, side="left")
    return np.searchsorted(distinct, key) - first


class Components:
    """The components of the eligible edges ``(eg[k], ep[k])``, sorted by how to solve them."""

    def __init__(self, eg: np.ndarray, ep: np.ndarray, n_gold: int, n_pred: int):
        import numpy as np

        self.eg, self.ep = eg, ep
        deg_g = np.bincount(eg, minlength=n_gold)
        deg_p = np.bincount(ep, minlength=n_pred)
        simple = (deg_g[eg] == 1) & (deg_p[ep] == 1)
        self.simple = np.flatnonzero(simple)
        self.star_edges = self.star_comp = np.zeros(0, dtype=np.int64)
        self.small: list[tuple[np.ndarray, int, int]] = []  # (edge grid, a, b) per a x b shape
        self.large: list[np.ndarray] = []
        hard = np.flatnonzero(~simple)
        if not len(hard):
            return
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = n_gold + n_pred
        graph = coo_matrix((np.ones(len(hard)), (eg[hard], n_gold + ep[hard])), shape=(n, n))
        _, labels = connected_components(graph, directed=False)
        _, comp = np.unique(labels[eg[hard]], return_inverse=True)  # components numbered 0..C-1
        comp = comp.astype(np.int64)
        golds_in = np.bincount(np.unique(comp * n_gold + eg[hard]) // n_gold)
        preds_in = np.bincount(np.unique(comp * n_pred + ep[hard]) // n_pred)
        star = ((golds_in == 1) | (preds_in == 1))[comp]
        self.star_edges, self.star_comp = hard[star], comp[star]
        hard, comp = hard[~star], comp[~star]
        shape = golds_in[comp] * (n_pred + 1) + preds_in[comp]
        order = np.lexsort((comp, shape))  # by shape, then component (edges keep their order)
        hard, comp, shape = hard[order], comp[order], shape[order]
        for lo, hi in _runs(shape):
            a, b = divmod(int(shape[lo]), n_pred + 1)
            if a * b <= MAX_CELLS and _n_assignments(a, b) <= MAX_CANDIDATES:
                self.small.append(self._grid(hard[lo:hi], comp[lo:hi], a, b, n_gold, n_pred))
            else:
                self.large += [hard[lo:hi][s:e] for s, e in _runs(comp[lo:hi])]

    def _grid(self, edges: np.ndarray, comp: np.ndarray, a: int, b: int, n_gold: int, n_pred: int) -> tuple[np.ndarray, int, int]:
        """The components of one ``a x b`` shape as a ``(n_comp, a, b)`` grid of edge indices
        (-1: no edge), golds and predictions each in ascending order."""
        import numpy as np

        _, local = np.unique(comp, return_inverse=True)
        grid = np.full((int(local.max()) + 1, a, b), -1, dtype=np.int64)
        grid[local, _dense_rank(comp, self.eg[edges], n_gold), _dense_rank(comp, self.ep[edges], n_pred)] = edges
        return grid, a, b

    def solve(self, tiers: list[np.ndarray]) -> np.ndarray:
        """Indices of the edges of a one-to-one matching maximising ``tiers`` lexicographically
        (non-negative integer arrays, one value per edge), in ascending order."""
        import numpy as np

        chosen = [self.simple]
        if len(self.star_edges):
            sc, sh = self.star_comp, self.star_edges
            order = np.lexsort((sh, *(-t[sh] for t in reversed(tiers)), sc))
            first = np.concatenate([[True], sc[order][1:] != sc[order][:-1]])
            chosen.append(sh[order][first])
        for grid, a, b in self.small:
            picked, rest = self._enumerate(grid, a, b, tiers)
            chosen.append(picked)
            chosen += [solve_component(self.eg, self.ep, tiers, g[g >= 0]) for g in rest]
        chosen += [solve_component(self.eg, self.ep, tiers, group) for group in self.large]
        out = np.zeros(len(self.eg), dtype=bool)  # ascending order without a sort
        out[np.concatenate(chosen)] = True
        return np.flatnonzero(out)

    @staticmethod
    def _enumerate(grid: np.ndarray, a: int, b: int, tiers: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Score every assignment of every component in ``grid`` and keep, tier by tier, those
        that reach the maximum.  Returns the chosen edges of the components whose optimum is a
        unique edge set and whose tiers pack exactly, and the grids of the others."""
        import numpy as np

        rows, cols, bits = _assignments(a, b)
        cand = grid[:, rows, cols]  # (n_comp, n_assignments, m) edge index or -1
        exists = cand >= 0
        safe = np.where(exists, cand, 0)
        cell = np.maximum(grid, 0)
        alive = np.ones(cand.shape[:2], dtype=bool)
        total = np.zeros(len(grid))  # pack()'s bound, in float64: only compared with a wide margin
        for tier in tiers:
            s = np.where(exists, tier[safe], 0).sum(axis=2)
            s = np.where(alive, s, -1)
            alive &= s == s.max(axis=1, keepdims=True)
        for tier in reversed(tiers):
            values = np.where(grid >= 0, tier[cell], 0).reshape(len(grid), -1).astype(np.float64)
            bound = np.minimum(values.sum(axis=1), min(a, b) * values.max(axis=1))
            total += bound * (total + 1)
        masks = (exists * bits).sum(axis=2)  # the edge set of each assignment
        highest = np.where(alive, masks, -1).max(axis=1)
        lowest = np.where(alive, masks, np.iinfo(np.int64).max).min(axis=1)
        unique = highest == lowest  # every optimal assignment holds the same edges
        ok = unique & (total <= MAX_EXACT / 4)
        winner = cand[np.flatnonzero(ok), alive[ok].argmax(axis=1)]
        return winner[winner >= 0], grid[~ok]


def _runs(values: np.ndarray) -> list[tuple[int, int]]:
    """``(start, stop)`` of each run of equal consecutive values."""
    import numpy as np

    if not len(values):
        return []
    cuts = np.flatnonzero(values[1:] != values[:-1]) + 1
    starts = np.concatenate([[0], cuts])
    stops = np.concatenate([cuts, [len(values)]])
    return list(zip(starts.tolist(), stops.tolist()))


def assign(eg: np.ndarray, ep: np.ndarray, tiers: list[np.ndarray], n_gold: int, n_pred: int) -> np.ndarray:
    """Indices of the edges of a one-to-one matching maximising ``tiers`` lexicographically.

    ``tiers`` are non-negative integer arrays, one value per edge: the matching maximises the
    sum of ``tiers[0]``, then among those the sum of ``tiers[1]``, and so on; remaining ties
    are broken deterministically on the canonical order of the items (never on input order).
    """
    import numpy as np

    if not len(eg):
        return np.zeros(0, dtype=np.int64)
    return Components(eg, ep, n_gold, n_pred).solve([np.asarray(t, dtype=np.int64) for t in tiers])
