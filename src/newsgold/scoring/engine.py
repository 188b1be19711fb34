"""The span engine: one-to-one matching optimal for each scheme, and per-scheme counts.

All spans of all documents are laid on one line (documents separated by a gap), so candidate
pairs, overlaps and counts come from a few numpy operations instead of Python loops.

Every scheme gets the matching that is optimal *for that scheme*: a lexicographic
maximum-weight one-to-one matching over the pairs the scheme allows.

============  ====================  ===================================================
scheme        eligible pairs        maximised, in this order
============  ====================  ===================================================
strict        any overlap           exact boundaries and same label, overlap, exact, label
exact         any overlap           exact boundaries, overlap, label
partial       any overlap           credit (exact 2, other 1), overlap, label
overlap       any overlap           number of pairs, overlap, exact, label
coverage:τ    both coverages >= τ   number of pairs, overlap, exact, label
token         any overlap           shared tokens, overlap, exact, label
============  ====================  ===================================================

So under ``coverage:τ`` a long prediction that overlaps a gold span most but covers too little
of itself never takes the place of a shorter prediction that qualifies; pairs that fail τ are
not matched at all (a miss and a spurious prediction, which gives the same P/R as counting
them "incorrect").  ``strict``/``exact`` keep their SemEval meaning (an overlapping pair with
other boundaries is "incorrect").  The matching is solved per connected component (see
:mod:`newsgold.scoring._matching`): pairs whose gold and prediction have no other eligible
partner are matched directly, stars take their best edge, small conflicts are solved by scoring
every assignment at once with numpy, and only large or tied conflicts go through
``scipy.optimize.linear_sum_assignment``.  Schemes that allow the same pairs share the
components, and those that also maximise the same tiers share the matching.  Items are put in a
canonical order first, so the result never depends on the order the input lists were in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgold.scoring._matching import Components, assign
from newsgold.scoring.config import Scheme
from newsgold.scoring.tables import SpanTable

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Matching:
    """The one-to-one matching of one scheme: table row indices of the paired items, their
    overlap in characters, whether each pair counts as correct and its SemEval outcome."""

    gold: np.ndarray
    pred: np.ndarray
    overlap: np.ndarray
    correct: np.ndarray  # bool per pair
    outcome: np.ndarray  # "cor" / "inc" / "par" per pair


@dataclass
class SpanScores:
    """Per-document counts (``columns[name][doc]``) and each scheme's matching (``matches[name]``).

    ``edge_*`` are every overlapping (gold, prediction) pair, for reporting items that overlap
    but were left unmatched (see :meth:`rows`).
    """

    columns: dict[str, np.ndarray]
    matches: dict[str, Matching]
    gold_length: np.ndarray
    pred_length: np.ndarray
    edge_gold: np.ndarray | None = field(default=None)
    edge_pred: np.ndarray | None = field(default=None)
    edge_overlap: np.ndarray | None = field(default=None)

    @property
    def correct(self) -> dict[str, np.ndarray]:
        return {name: m.correct for name, m in self.matches.items()}

    @property
    def outcome(self) -> dict[str, np.ndarray]:
        return {name: m.outcome for name, m in self.matches.items()}

    def fates(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """What scheme ``name`` made of each gold and each predicted item: its pair's outcome
        (``cor``/``inc``/``par``), or ``mis`` / ``spu`` when the scheme left it unpaired."""
        import numpy as np

        m = self.matches[name]
        gold = np.full(len(self.gold_length), "mis", dtype=object)
        pred = np.full(len(self.pred_length), "spu", dtype=object)
        gold[m.gold] = m.outcome
        pred[m.pred] = m.outcome
        return gold, pred

    def rows(self, name: str) -> list[tuple[int | None, int | None, int, bool]]:
        """The items as scheme ``name`` sees them: ``(gold row, pred row, overlap, matched)``.

        First the scheme's pairs (``matched`` is whether the pair counts as correct), then the
        items it left unpaired: those that still overlap are paired for display only (largest
        overlap first, ``matched`` false: a boundary error), the rest stand alone (``None``
        on the other side).
        """
        import numpy as np

        m = self.matches[name]
        out: list[tuple[int | None, int | None, int, bool]] = [
            (int(g), int(p), int(o), bool(c)) for g, p, o, c in zip(m.gold, m.pred, m.overlap, m.correct)
        ]
        free_g = np.ones(len(self.gold_length), dtype=bool)
        free_p = np.ones(len(self.pred_length), dtype=bool)
        free_g[m.gold] = False
        free_p[m.pred] = False
        edge_gold, edge_pred, edge_overlap = self.edge_gold, self.edge_pred, self.edge_overlap
        if edge_gold is not None and len(edge_gold):
            assert edge_pred is not None and edge_overlap is not None  # the three are set together
            left = np.flatnonzero(free_g[edge_gold] & free_p[edge_pred])
            if len(left):
                eg, ep, ov = edge_gold[left], edge_pred[left], edge_overlap[left]
                picked = assign(eg, ep, [ov.astype(np.int64)], len(self.gold_length), len(self.pred_length))
                for k in picked:
                    out.append((int(eg[k]), int(ep[k]), int(ov[k]), False))
                    free_g[eg[k]] = free_p[ep[k]] = False
        out += [(int(g), None, 0, False) for g in np.flatnonzero(free_g)]
        out += [(None, int(p), 0, False) for p in np.flatnonzero(free_p)]
        return out


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


def score_tables(
    gold: SpanTable,
    pred: SpanTable,
    doc_lengths: Sequence[int] | np.ndarray,
    schemes: Sequence[Scheme],
    n_labels: int = 1,
    label_names: Sequence[str] | None = None,
    mids: Sequence[Sequence[int]] | None = None,
    line_mids: np.ndarray | None = None,
) -> SpanScores:
    """Match ``gold`` to ``pred`` and count SemEval categories per document for every scheme.

    ``mids`` (the token middles of each document, see :func:`spans.token_mids`) is needed only
    for the ``token`` scheme; ``line_mids`` is the same for all documents at once, in the
    engine's coordinates (:func:`spans.token_mid_line`).  Per-label columns (``<scheme>.label.<name>.*``) are produced when
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
        if line_mids is not None:
            all_mids = np.asarray(line_mids, dtype=np.int64)
        elif mids is None:
            raise ValueError("the token scheme needs the document texts")
        else:
            all_mids = np.concatenate([np.asarray(m, dtype=np.int64) + b for m, b in zip(mids, base)] or [np.zeros(0, np.int64)])

        def tokens_in(s: np.ndarray, e: np.ndarray) -> np.ndarray:
            return np.searchsorted(all_mids, e, side="left") - np.searchsorted(all_mids, s, side="left")

        # weighted bincounts are float arrays (the stubs say intp whatever the weights)
        tok_g: np.ndarray = np.bincount(gold.frag_item, weights=tokens_in(gs, ge), minlength=ng)
        tok_p: np.ndarray = np.bincount(pred.frag_item, weights=tokens_in(ps, pe), minlength=np_)
        frag_tok = tokens_in(np.maximum(gs[fg], ps[fp]), np.minimum(ge[fg], pe[fp]))
        e_tok: np.ndarray = np.bincount(inverse, weights=frag_tok, minlength=len(edges))

    exact_e = (e_ov == len_g[eg]) & (e_ov == len_p[ep])
    same_e = gold.item_label[eg] == pred.item_label[ep]
    every = np.ones(len(eg), dtype=bool)
    tier_values = {  # the quantities a scheme may maximise, one value per edge
        "exact_label": (exact_e & same_e).astype(np.int64),
        "overlap": e_ov.astype(np.int64),
        "exact": exact_e.astype(np.int64),
        "label": same_e.astype(np.int64),
        "credit": exact_e.astype(np.int64) + 1,
        "pairs": np.ones(len(eg), dtype=np.int64),
    }
    if want_tokens:
        tier_values["tokens"] = e_tok.astype(np.int64)

    def plan(scheme: Scheme) -> tuple[np.ndarray, tuple[str, ...]]:
        """Eligible edges and the names of the tiers to maximise (see the module docstring)."""
        if scheme.kind == "strict":
            return every, ("exact_label", "overlap", "exact", "label")
        if scheme.kind == "exact":
            return every, ("exact", "overlap", "label")
        if scheme.kind == "partial":
            return every, ("credit", "overlap", "label")
        if scheme.kind == "overlap":
            return every, ("pairs", "overlap", "exact", "label")
        if scheme.kind == "token":
            return every, ("tokens", "overlap", "exact", "label")
        ok = (e_ov / len_g[eg] >= scheme.tau) & (e_ov / len_p[ep] >= scheme.tau)  # coverage:τ
        return ok, ("pairs", "overlap", "exact", "label")

    def per_doc(index: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        return np.bincount(index, weights=weights, minlength=n_docs).astype(np.float64)

    n_gold_doc, n_pred_doc = per_doc(gold.item_doc), per_doc(pred.item_doc)
    columns: dict[str, np.ndarray] = {}
    matches: dict[str, Matching] = {}
    # schemes that allow the same pairs share their components; those that also maximise the
    # same tiers share the solution
    structure: dict[bytes, tuple[np.ndarray, np.ndarray | slice, Components]] = {}
    solved: dict[tuple[bytes, tuple[str, ...]], np.ndarray] = {}
    ones_g, ones_p = np.ones(ng), np.ones(np_)
    for scheme in schemes:
        name = scheme.name
        eligible, names = plan(scheme)
        allowed = eligible.tobytes()
        key = (allowed, names)
        if key not in solved:
            if allowed not in structure:
                idx = np.flatnonzero(eligible)
                pick = slice(None) if len(idx) == len(eg) else idx  # a view when every edge is eligible
                structure[allowed] = idx, pick, Components(eg[pick], ep[pick], ng, np_)
            idx, pick, components = structure[allowed]
            solved[key] = idx[components.solve([tier_values[n][pick] for n in names])]
        chosen = solved[key]
        mg, mp, mov = eg[chosen], ep[chosen], e_ov[chosen]
        exact, same = exact_e[chosen], same_e[chosen]
        doc = gold.item_doc[mg]
        n_match_doc = per_doc(doc)
        if scheme.kind == "token":
            credit = e_tok[chosen]
            cor = per_doc(doc, credit)
            columns.update(
                {
                    f"{name}.cor": cor,
                    f"{name}.inc": np.zeros(n_docs),
                    f"{name}.par": np.zeros(n_docs),
                    f"{name}.mis": per_doc(gold.item_doc, tok_g) - cor,
                    f"{name}.spu": per_doc(pred.item_doc, tok_p) - cor,
                }
            )
            ok = credit > 0
            outcome = np.where(ok, "cor", "inc")
            mass_g, mass_p = tok_g, tok_p
        else:
            if scheme.kind == "strict":
                ok = exact & same
            elif scheme.kind in ("exact", "partial"):
                ok = exact
            else:  # overlap, coverage: every matched pair qualifies
                ok = np.ones(len(chosen), dtype=bool)
            cor = per_doc(doc[ok])
            rest = per_doc(doc[~ok])
            par, inc = (rest, np.zeros(n_docs)) if scheme.partial_credit else (np.zeros(n_docs), rest)
            columns.update(
                {
                    f"{name}.cor": cor,
                    f"{name}.inc": inc,
                    f"{name}.par": par,
                    f"{name}.mis": n_gold_doc - n_match_doc,
                    f"{name}.spu": n_pred_doc - n_match_doc,
                }
            )
            outcome = np.where(ok, "cor", "par" if scheme.partial_credit else "inc")
            credit = ok + (0.5 * ~ok if scheme.partial_credit else 0.0)
            mass_g, mass_p = ones_g, ones_p
        matches[name] = Matching(mg, mp, mov, ok, outcome)
        if label_names is not None:
            k = len(label_names)
            lg, lp = gold.item_label[mg], pred.item_label[mp]

            def by_label(labels: np.ndarray, docs: np.ndarray, w: np.ndarray, k: int = k) -> np.ndarray:
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
    return SpanScores(columns, matches, len_g, len_p, eg, ep, e_ov)
