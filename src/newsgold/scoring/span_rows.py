"""A span layer's counts beyond the spans, from the match scheme's pairs as arrays, and its item rows.

Attribution (speaker, claimant), the label confusion of matched items and what a layer counts
per matched pair (:meth:`SpanLayer.pair_counts`) are sums over the pairs the match scheme
counts as found, so they are per-document ``np.bincount`` of per-pair values, not a Python
loop over every row of every document.  Each document's counts are then added in the order
the row-by-row scoring added them (its key order is the order of the JSON report's counts).
The item rows (:class:`ItemMatch`: what error listings, the HTML report and run comparison
show) are built only when a caller asks for them (``Corpus.want_items``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from operator import is_not
from typing import TYPE_CHECKING, Any

from newsgold.scoring.layers import Corpus, attribution
from newsgold.scoring.results import item_match

if TYPE_CHECKING:
    import numpy as np

    from newsgold.scoring.engine import SpanScores
    from newsgold.scoring.tables import SpanTable


@dataclass
class MatchedPairs:
    """The pairs the match scheme counts as found, by document and then gold item (row order)."""

    doc: np.ndarray  # document index of each pair
    gold: list[Any]  # the paired items
    pred: list[Any]
    gold_label: np.ndarray  # label codes
    pred_label: np.ndarray
    right: np.ndarray  # bool: attribution right too (always, for a layer without one)
    gold_row: np.ndarray  # the items' rows in the tables
    pred_row: np.ndarray


def matched_pairs(
    scores: SpanScores, gt: SpanTable, pt: SpanTable, golds: list[list[Any]], preds: list[list[Any]], scheme: str
) -> MatchedPairs:
    import numpy as np

    m = scores.matches[scheme]
    ok = np.asarray(m.correct, dtype=bool)
    mg, mp = m.gold[ok], m.pred[ok]
    doc, g_origin, p_origin = gt.item_doc[mg], gt.origin[mg], pt.origin[mp]
    order = np.lexsort((g_origin, doc))  # a gold item is in one pair at most: rows in (gold, prediction) order
    mg, mp, doc = mg[order], mp[order], doc[order]
    docs = doc.tolist()
    gold = [golds[d][i] for d, i in zip(docs, g_origin[order].tolist())]
    pred = [preds[d][i] for d, i in zip(docs, p_origin[order].tolist())]
    return MatchedPairs(doc, gold, pred, gt.item_label[mg], pt.item_label[mp], np.ones(len(doc), dtype=bool), mg, mp)


def count_span_layer(
    layer: Any,
    corpus: Corpus,
    active: list[int],
    golds: list[list[Any]],
    preds: list[list[Any]],
    scores: SpanScores,
    gt: SpanTable,
    pt: SpanTable,
) -> None:
    """Add ``layer``'s attribution, per-pair, label-confusion and per-document counts of the
    ``active`` documents (see the module docstring)."""
    import numpy as np

    n = len(corpus.doc_ids)
    mp = matched_pairs(scores, gt, pt, golds, preds, corpus.config.match_scheme)
    if layer.who_part is not None:  # counted on the pairs whose gold names a speaker / claimant
        who, matcher = layer.who, corpus.matcher
        gold_who = list(map(who, mp.gold))
        pairs = list(zip(gold_who, map(who, mp.pred)))
        # the matcher asked once per distinct pair of names, in order of first sight; each
        # pair's attribution as a code (no Python loop over the pairs)
        code = {None: 0, "correct": 1, "wrong": 2, "abstained": 3}
        verdict = {pair: code[attribution(matcher, *pair)] for pair in dict.fromkeys(pairs)}
        status = np.fromiter(map(verdict.__getitem__, pairs), dtype=np.int8, count=len(pairs))
        named = np.fromiter(map(is_not, gold_who, repeat(None)), dtype=bool, count=len(gold_who))
        mp.right = status <= 1  # no speaker in the gold, or the right one
        prefix = f"{layer.name}.{layer.who_part}"
        answered = status != 3
        correct = status == 1
        who_sums = {
            f"{prefix}.n": np.bincount(mp.doc[named], minlength=n).astype(np.float64),
            f"{prefix}.answered": np.bincount(mp.doc[named], weights=answered[named], minlength=n),
            f"{prefix}.correct": np.bincount(mp.doc[named], weights=correct[named], minlength=n),
        }
        has_who = np.bincount(mp.doc[named], minlength=n) > 0
    else:
        named, who_sums, has_who = np.zeros(len(mp.doc), dtype=bool), {}, np.zeros(n, dtype=bool)
    per_pair = {k: np.bincount(mp.doc, weights=np.asarray(v, dtype=np.float64), minlength=n) for k, v in layer.pair_counts(mp).items()}
    any_pair = np.bincount(mp.doc, minlength=n) > 0
    first = np.zeros(n, dtype=bool)  # whether a document's first matched pair has a gold speaker
    if len(mp.doc):
        starts = np.flatnonzero(np.concatenate(([True], mp.doc[1:] != mp.doc[:-1])))
        first[mp.doc[starts]] = named[starts]
    conf_prefix = f"{layer.name}.{layer.label_part}"
    conf = confusion_cells(conf_prefix, tuple(layer.labels), mp.doc, mp.gold_label, mp.pred_label, n)
    tails = layer.doc_tail(corpus, active, golds, preds, gt, pt, mp)
    who_keys, pair_keys = list(who_sums), list(per_pair)
    who_cols = [c.tolist() for c in who_sums.values()]
    pair_cols = [c.tolist() for c in per_pair.values()]
    has_who_l, any_pair_l, first_l = has_who.tolist(), any_pair.tolist(), first.tolist()
    scored = f"{conf_prefix}.scored"
    cells: list[tuple[str, float]] = []
    docs: list[int] = []
    for d in active:
        out: list[tuple[str, float]] = layer.doc_head(golds[d], preds[d])
        if any_pair_l[d]:
            whos = list(zip(who_keys, (c[d] for c in who_cols))) if has_who_l[d] else []
            rows = list(zip(pair_keys, (c[d] for c in pair_cols)))
            out += whos + rows if first_l[d] else rows + whos
            out += conf[d]
        if tails is not None:
            out += tails[d]
        out.append((scored, 1.0))
        cells += out
        docs += repeat(d, len(out))
    if cells:
        names, values = zip(*cells)
        corpus.log.add_cells(docs, names, values)


def confusion_cells(prefix: str, labels: tuple[str, ...], doc: Any, gold: Any, pred: Any, n: int) -> list[list[tuple[str, float]]]:
    """Per document, the non-empty cells ``(prefix.<gold>.<pred>, count)`` of label codes given
    per row (``doc``, ``gold``, ``pred`` arrays), rows of the matrix first: ``add_confusion``'s."""
    import numpy as np

    k = len(labels)
    cells = np.bincount((np.asarray(doc) * k + gold) * k + pred, minlength=n * k * k).reshape(n, k * k)
    keys = [f"{prefix}.{g}.{p}" for g in labels for p in labels]
    out: list[list[tuple[str, float]]] = [[] for _ in range(n)]
    docs, cols = np.nonzero(cells)
    for d, j, c in zip(docs.tolist(), cols.tolist(), cells[docs, cols].tolist()):
        out[d].append((keys[j], float(c)))
    return out


def row_arrays(scores: SpanScores, name: str) -> tuple[Any, Any, Any, Any]:
    """:meth:`SpanScores.rows` as arrays (gold row, prediction row, -1 for none; overlap;
    matched), the rows in no particular order."""
    import numpy as np

    from newsgold.scoring._matching import assign

    m = scores.matches[name]
    ng, np_ = len(scores.gold_length), len(scores.pred_length)
    free_g, free_p = np.ones(ng, dtype=bool), np.ones(np_, dtype=bool)
    free_g[m.gold], free_p[m.pred] = False, False
    gold, pred = [np.asarray(m.gold, dtype=np.int64)], [np.asarray(m.pred, dtype=np.int64)]
    overlap, matched = [np.asarray(m.overlap).astype(np.int64)], [np.asarray(m.correct, dtype=bool)]
    eg, ep, ev = scores.edge_gold, scores.edge_pred, scores.edge_overlap
    if eg is not None and ep is not None and ev is not None and len(eg):
        left = np.flatnonzero(free_g[eg] & free_p[ep])  # overlapping, both unpaired: shown side by side
        if len(left):
            eg, ep, ev = eg[left], ep[left], ev[left].astype(np.int64)
            picked = assign(eg, ep, [ev], ng, np_)
            gold.append(eg[picked])
            pred.append(ep[picked])
            overlap.append(ev[picked])
            matched.append(np.zeros(len(picked), dtype=bool))
            free_g[eg[picked]], free_p[ep[picked]] = False, False
    lone_g, lone_p = np.flatnonzero(free_g), np.flatnonzero(free_p)
    gold += [lone_g, np.full(len(lone_p), -1, dtype=np.int64)]
    pred += [np.full(len(lone_g), -1, dtype=np.int64), lone_p]
    overlap.append(np.zeros(len(lone_g) + len(lone_p), dtype=np.int64))
    matched.append(np.zeros(len(lone_g) + len(lone_p), dtype=bool))
    return np.concatenate(gold), np.concatenate(pred), np.concatenate(overlap), np.concatenate(matched)


def span_items(
    layer: Any,
    corpus: Corpus,
    active: list[int],
    golds: list[list[Any]],
    preds: list[list[Any]],
    scores: SpanScores,
    gt: SpanTable,
    pt: SpanTable,
) -> None:
    """The item rows of every active document (the match scheme's pairs, boundary pairs, misses
    and spurious predictions), appended to each ``DocResult.items`` in (gold, prediction) order:
    the rows of all documents put in order by one ``lexsort`` (the per-document loop it replaced
    is the reference in tests/scoring/test_span_rows.py)."""
    from operator import attrgetter

    import numpy as np

    g, p, ov, matched = row_arrays(scores, corpus.config.match_scheme)
    has_g, has_p = g >= 0, p >= 0
    g0, p0 = np.maximum(g, 0), np.maximum(p, 0)
    doc = np.where(has_g, gt.item_doc[g0] if gt.n_items else 0, pt.item_doc[p0] if pt.n_items else 0)
    none = 1 << 30
    g_origin = np.where(has_g, gt.origin[g0] if gt.n_items else 0, none)
    p_origin = np.where(has_p, pt.origin[p0] if pt.n_items else 0, none)
    order = np.lexsort((p_origin, g_origin, doc))
    fates = {name: scores.fates(name) for name in scores.matches}
    names = list(fates)
    gold_fates = list(zip(*(f[0].tolist() for f in fates.values()))) if names else []
    pred_fates = list(zip(*(f[1].tolist() for f in fates.values()))) if names else []
    label_of = attrgetter(layer.label_attr) if type(layer).label is _base_label() else layer.label
    who, who_part, name, matcher = layer.who, layer.who_part, layer.name, corpus.matcher
    results = corpus.results
    columns = (doc[order], g[order], p[order], g_origin[order], p_origin[order], ov[order], matched[order])
    for d, gr, pr, go, po, o, ok in zip(*(c.tolist() for c in columns)):
        gi = golds[d][go] if gr >= 0 else None
        pi = preds[d][po] if pr >= 0 else None
        outcome = dict(zip(names, gold_fates[gr] if gr >= 0 else pred_fates[pr])) if names else {}
        status = None
        if ok and gi is not None and pi is not None and who_part is not None:
            status = attribution(matcher, who(gi), who(pi))
        results[d].items.append(
            item_match(
                name,
                go if gi is not None else None,
                po if pi is not None else None,
                gi.id if gi else None,
                pi.id if pi else None,
                o,
                outcome,
                ok,
                status,
                label_of(gi) if gi else None,
                label_of(pi) if pi else None,
            )
        )


def _base_label() -> Any:
    from newsgold.layers.spans import SpanLayer

    return SpanLayer.label
