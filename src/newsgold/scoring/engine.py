"""The span engine: optimal one-to-one matching and per-scheme counts, vectorised over a corpus.

All spans of all documents are laid on one line (documents separated by a gap), so candidate
pairs, overlaps and counts come from a few numpy operations instead of Python loops.  Matching
maximises the total overlap in characters (ties: same boundaries, then same label); pairs whose
gold and prediction overlap nothing else are matched directly, and only the remaining conflict
components go through ``scipy.optimize.linear_sum_assignment``.  Items are put in a canonical
order first, so the result never depends on the order the input lists were in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgold.scoring.config import Scheme

if TYPE_CHECKING:
    import numpy as np


@dataclass
class SpanTable:
    """Spans of one side (gold or prediction) of a corpus, in canonical order.

    ``item_*`` arrays have one row per span, ``frag_*`` one row per fragment (offsets local to
    the document, end exclusive); ``origin[i]`` is the index of span ``i`` in the caller's list
    of its document.
    """

    item_doc: np.ndarray
    item_label: np.ndarray
    origin: np.ndarray
    frag_item: np.ndarray
    frag_start: np.ndarray
    frag_end: np.ndarray

    @property
    def n_items(self) -> int:
        return len(self.item_doc)

    @classmethod
    def from_arrays(cls, doc: np.ndarray, start: np.ndarray, end: np.ndarray, label: np.ndarray | None = None) -> SpanTable:
        """Single-fragment spans given as columns (the fast path for large synthetic sets)."""
        import numpy as np

        doc, start, end = (np.asarray(x, dtype=np.int64) for x in (doc, start, end))
        label = np.zeros(len(doc), dtype=np.int64) if label is None else np.asarray(label, dtype=np.int64)
        keep = end > start
        idx = np.flatnonzero(keep)
        origin_all = np.zeros(len(doc), dtype=np.int64)
        if len(doc):  # index of each span within its document, in input order
            first = np.searchsorted(doc, doc, side="left") if np.all(doc[:-1] <= doc[1:]) else None
            if first is None:
                raise ValueError("spans must be grouped by document (doc ids ascending)")
            origin_all = np.arange(len(doc)) - first
        order = _canonical_order(doc[idx], start[idx], end[idx], label[idx])
        idx = idx[order]
        n = len(idx)
        return cls(doc[idx], label[idx], origin_all[idx], np.arange(n, dtype=np.int64), start[idx], end[idx])

    @classmethod
    def from_items(cls, docs: Sequence[Sequence[tuple[tuple[tuple[int, int], ...], int, str]]]) -> SpanTable:
        """From per-document lists of ``(canonical fragments, label code, tie key)``.

        Spans whose canonical fragments are empty (e.g. only punctuation after trimming) are
        dropped from the table; their ``origin`` never appears.
        """
        import numpy as np

        rows = []
        for d, items in enumerate(docs):
            for i, (frags, label, key) in enumerate(items):
                if frags:
                    rows.append((d, frags, label, key, i))
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
        frag_item, fs, fe = [], [], []
        for k, (_, frags, _, _, _) in enumerate(rows):
            for s, e in frags:
                frag_item.append(k)
                fs.append(s)
                fe.append(e)
        as_int = lambda x: np.asarray(x, dtype=np.int64)  # noqa: E731
        return cls(
            as_int([r[0] for r in rows]), as_int([r[2] for r in rows]), as_int([r[4] for r in rows]),
            as_int(frag_item), as_int(fs), as_int(fe),
        )


def _canonical_order(doc: np.ndarray, start: np.ndarray, end: np.ndarray, label: np.ndarray) -> np.ndarray:
    """Sort by (doc, start, end, label): one packed int64 key when it fits, free if already sorted."""
    import numpy as np

    if not len(doc):
        return np.zeros(0, dtype=np.int64)
    span = int(max(start.max(), end.max())) + 1
    n_lab = int(label.max()) + 1
    if min(start.min(), label.min(), doc.min()) >= 0 and (int(doc.max()) + 1) * span * span * n_lab < 2**62:
        key = ((doc * span + start) * span + end) * n_lab + label
        if np.all(key[:-1] <= key[1:]):
            return np.arange(len(doc))
        return np.argsort(key, kind="stable")
    return np.lexsort((label, end, start, doc))


@dataclass
class SpanScores:
    """Per-document counts (``columns[name][doc]``) and the matched pairs (table row indices)."""

    columns: dict[str, np.ndarray]
    match_gold: np.ndarray
    match_pred: np.ndarray
    match_overlap: np.ndarray
    gold_length: np.ndarray
    pred_length: np.ndarray
    correct: dict[str, np.ndarray] = field(default_factory=dict)  # scheme -> bool per matched pair
    outcome: dict[str, np.ndarray] = field(default_factory=dict)  # scheme -> "cor"/"inc"/"par" per pair


def _global(table: SpanTable, base: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    shift = base[table.item_doc[table.frag_item]]
    return table.frag_start + shift, table.frag_end + shift


def _candidate_pairs(gs: np.ndarray, ge: np.ndarray, ps: np.ndarray, pe: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (gold fragment, predicted fragment) pairs sharing at least one character."""
    import numpy as np

    if not len(gs) or not len(ps):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    order = np.argsort(gs, kind="stable")
    gs_sorted, ge_sorted = gs[order], ge[order]
    reach = np.maximum.accumulate(ge_sorted)
    lo = np.searchsorted(reach, ps, side="right")  # first gold whose running end passes ps
    hi = np.searchsorted(gs_sorted, pe, side="left")  # first gold starting at or after pe
    count = np.maximum(hi - lo, 0)
    total = int(count.sum())
    pred = np.repeat(np.arange(len(ps)), count)
    starts = np.repeat(lo - (np.cumsum(count) - count), count)
    gold = order[starts + np.arange(total)]
    keep = np.minimum(ge[gold], pe[pred]) > np.maximum(gs[gold], ps[pred])
    return gold[keep], pred[keep]


def _assign(eg: np.ndarray, ep: np.ndarray, weight: np.ndarray, n_gold: int, n_pred: int) -> np.ndarray:
    """Indices of the edges in a maximum-weight one-to-one matching (deterministic)."""
    import numpy as np

    if not len(eg):
        return np.zeros(0, dtype=np.int64)
    deg_g = np.bincount(eg, minlength=n_gold)
    deg_p = np.bincount(ep, minlength=n_pred)
    simple = (deg_g[eg] == 1) & (deg_p[ep] == 1)
    chosen = [np.flatnonzero(simple)]
    hard = np.flatnonzero(~simple)
    if len(hard):
        from scipy.optimize import linear_sum_assignment
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = n_gold + n_pred
        graph = coo_matrix((np.ones(len(hard)), (eg[hard], n_gold + ep[hard])), shape=(n, n))
        _, comp = connected_components(graph, directed=False)
        edge_comp = comp[eg[hard]].astype(np.int64)
        n_comp = int(edge_comp.max()) + 1
        # a star (one gold and several predictions, or the reverse) needs no assignment: its
        # heaviest edge is the optimum (ties: the first in canonical order)
        golds_in = np.bincount(np.unique(edge_comp * n_gold + eg[hard]) // n_gold, minlength=n_comp)
        preds_in = np.bincount(np.unique(edge_comp * n_pred + ep[hard]) // n_pred, minlength=n_comp)
        star = ((golds_in == 1) | (preds_in == 1))[edge_comp]
        if star.any():
            sc, sh = edge_comp[star], hard[star]
            order = np.lexsort((sh, -weight[sh], sc))
            first = np.concatenate([[True], sc[order][1:] != sc[order][:-1]])
            chosen.append(sh[order][first])
        edge_comp, hard = edge_comp[~star], hard[~star]
        order = np.argsort(edge_comp, kind="stable")
        bounds = np.flatnonzero(np.diff(edge_comp[order])) + 1
        for group in np.split(hard[order], bounds) if len(hard) else []:
            golds, gi = np.unique(eg[group], return_inverse=True)
            preds, pi = np.unique(ep[group], return_inverse=True)
            matrix = np.zeros((len(golds), len(preds)))
            matrix[gi, pi] = weight[group]
            index = np.full((len(golds), len(preds)), -1, dtype=np.int64)
            index[gi, pi] = group
            rows, cols = linear_sum_assignment(matrix, maximize=True)
            picked = index[rows, cols]
            chosen.append(picked[picked >= 0])
    return np.sort(np.concatenate(chosen))


def score_tables(
    gold: SpanTable,
    pred: SpanTable,
    doc_lengths: Sequence[int] | np.ndarray,
    schemes: Sequence[Scheme],
    n_labels: int = 1,
    label_names: Sequence[str] | None = None,
    mids: Sequence[Sequence[int]] | None = None,
) -> SpanScores:
    """Match ``gold`` to ``pred`` and count SemEval categories per document for every scheme.

    ``mids`` (the token middles of each document, see :func:`spans.token_mids`) is needed only
    for the ``token`` scheme.  Per-label columns (``<scheme>.label.<name>.*``) are produced when
    ``label_names`` is given.
    """
    import numpy as np

    n_docs = len(doc_lengths)
    lengths = np.asarray(doc_lengths, dtype=np.int64)
    base = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64) if n_docs else np.zeros(0, np.int64)
    gs, ge = _global(gold, base)
    ps, pe = _global(pred, base)
    ng, np_ = gold.n_items, pred.n_items
    len_g = np.bincount(gold.frag_item, weights=gold.frag_end - gold.frag_start, minlength=ng)
    len_p = np.bincount(pred.frag_item, weights=pred.frag_end - pred.frag_start, minlength=np_)

    fg, fp = _candidate_pairs(gs, ge, ps, pe)
    frag_ov = np.minimum(ge[fg], pe[fp]) - np.maximum(gs[fg], ps[fp])
    ig, ip = gold.frag_item[fg], pred.frag_item[fp]
    key = ig * max(np_, 1) + ip
    edges, inverse = np.unique(key, return_inverse=True)
    eg, ep = edges // max(np_, 1), edges % max(np_, 1)
    e_ov = np.bincount(inverse, weights=frag_ov, minlength=len(edges))

    want_tokens = any(s.kind == "token" for s in schemes)
    if want_tokens:
        if mids is None:
            raise ValueError("the token scheme needs the document texts")
        all_mids = np.concatenate([np.asarray(m, dtype=np.int64) + b for m, b in zip(mids, base)] or [np.zeros(0, np.int64)])

        def tokens_in(s: np.ndarray, e: np.ndarray) -> np.ndarray:
            return np.searchsorted(all_mids, e, side="left") - np.searchsorted(all_mids, s, side="left")

        tok_g = np.bincount(gold.frag_item, weights=tokens_in(gs, ge), minlength=ng)
        tok_p = np.bincount(pred.frag_item, weights=tokens_in(ps, pe), minlength=np_)
        frag_tok = tokens_in(np.maximum(gs[fg], ps[fp]), np.minimum(ge[fg], pe[fp]))
        e_tok = np.bincount(inverse, weights=frag_tok, minlength=len(edges))

    exact_e = (e_ov == len_g[eg]) & (e_ov == len_p[ep])
    same_e = gold.item_label[eg] == pred.item_label[ep]
    big = 3 * min(ng, np_) + 1
    weight = e_ov * big + 2 * exact_e + same_e
    chosen = _assign(eg, ep, weight, ng, np_)
    mg, mp, mov = eg[chosen], ep[chosen], e_ov[chosen]
    exact, same = exact_e[chosen], same_e[chosen]
    doc = gold.item_doc[mg]

    def per_doc(index: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        return np.bincount(index, weights=weights, minlength=n_docs).astype(np.float64)

    n_gold_doc, n_pred_doc = per_doc(gold.item_doc), per_doc(pred.item_doc)
    n_match_doc = per_doc(doc)
    columns: dict[str, np.ndarray] = {}
    correct: dict[str, np.ndarray] = {}
    outcome: dict[str, np.ndarray] = {}
    ones_g, ones_p = np.ones(ng), np.ones(np_)
    for scheme in schemes:
        name = scheme.name
        if scheme.kind == "token":
            credit = e_tok[chosen]
            cor = per_doc(doc, credit)
            columns.update({
                f"{name}.cor": cor, f"{name}.inc": np.zeros(n_docs), f"{name}.par": np.zeros(n_docs),
                f"{name}.mis": per_doc(gold.item_doc, tok_g) - cor, f"{name}.spu": per_doc(pred.item_doc, tok_p) - cor,
            })
            correct[name] = credit > 0
            outcome[name] = np.where(credit > 0, "cor", "inc")
            mass_g, mass_p = tok_g, tok_p
        else:
            if scheme.kind == "strict":
                ok = exact & same
            elif scheme.kind in ("exact", "partial"):
                ok = exact
            elif scheme.kind == "overlap":
                ok = mov > 0
            else:  # coverage
                ok = (mov / len_g[mg] >= scheme.tau) & (mov / len_p[mp] >= scheme.tau)
            cor = per_doc(doc[ok])
            rest = per_doc(doc[~ok])
            par, inc = (rest, np.zeros(n_docs)) if scheme.partial_credit else (np.zeros(n_docs), rest)
            columns.update({
                f"{name}.cor": cor, f"{name}.inc": inc, f"{name}.par": par,
                f"{name}.mis": n_gold_doc - n_match_doc, f"{name}.spu": n_pred_doc - n_match_doc,
            })
            correct[name] = ok
            outcome[name] = np.where(ok, "cor", "par" if scheme.partial_credit else "inc")
            credit = ok + (0.5 * ~ok if scheme.partial_credit else 0.0)
            mass_g, mass_p = ones_g, ones_p
        if label_names is not None:
            k = len(label_names)
            lg, lp = gold.item_label[mg], pred.item_label[mp]

            def by_label(labels: np.ndarray, docs: np.ndarray, w: np.ndarray) -> np.ndarray:
                return np.bincount(docs * k + labels, weights=w, minlength=n_docs * k).reshape(n_docs, k)

            parts = {
                "gold_credit": by_label(lg, doc, credit * 1.0),
                "pred_credit": by_label(lp, doc, credit * 1.0),
                "gold": by_label(gold.item_label, gold.item_doc, mass_g),
                "pred": by_label(pred.item_label, pred.item_doc, mass_p),
            }
            for j, label in enumerate(label_names):
                for part, matrix in parts.items():
                    columns[f"{name}.label.{label}.{part}"] = matrix[:, j]
    return SpanScores(columns, mg, mp, mov, len_g, len_p, correct, outcome)
