"""The stances layer: (holder, target, label) pairs, holder ``@document`` or an entity.

Scored per level (document voice vs. named holders): pair extraction, per-class P/R/F1, macro-F1
and F_avg (SemEval-2016 Task 6: the mean F1 of favor and against), label accuracy on found pairs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring as enc  # what json.dumps(ensure_ascii=False) writes strings with
from typing import Any

from newsgold.layers.base import DOCUMENT_HOLDER, NONE_LABEL, SCORE_SCHEMA, Layer, Metric, MetricGroup, prf_group, put_score, value_group
from newsgold.layers.stances_ls import (  # noqa: F401  (the Label Studio names live there)
    DOC_STANCE_PREFIX,
    HOLDER_STANCE_PREFIX,
    STANCE_LABELS,
    STANCE_OTHER,
    StanceLabelStudio,
    stance_control_name,
    stance_controls,
)

STANCE_PAIR_LABELS = (*STANCE_LABELS, NONE_LABEL)
STANCE_LEVELS = ("document", "holder")
F_AVG_LABELS = ("favor", "against")  # SemEval-2016 Task 6


@dataclass(slots=True)
class Stance:
    holder: str
    target: str
    label: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return put_score({"holder": self.holder, "target": self.target, "label": self.label}, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        return cls(holder=d["holder"], target=d["target"], label=d["label"], score=d.get("score"))


def _level(holder: str) -> str:
    return "document" if holder == DOCUMENT_HOLDER else "holder"


def _sizes(conf: Any) -> tuple[float, float, float]:
    """(pairs found with a label, predicted pairs, gold pairs) of one level's confusion."""
    found = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_LABELS)
    n_pred = sum(conf.cell(g, p) for g in STANCE_PAIR_LABELS for p in STANCE_LABELS)
    n_gold = sum(conf.cell(g, p) for g in STANCE_LABELS for p in STANCE_PAIR_LABELS)
    return found, n_pred, n_gold


class StancesLayer(StanceLabelStudio, Layer):
    name, noun, title, item_type = "stances", "stance", "Stance", Stance

    def hf_feature(self) -> Any:
        from datasets import Value

        return {"holder": Value("string"), "target": Value("string"), "label": Value("string")}

    def schema(self) -> tuple[dict[str, Any], dict[str, Any]]:
        stance = {
            "type": "object",
            "additionalProperties": False,
            "required": ["holder", "target", "label"],
            "properties": {
                "holder": {"type": "string", "minLength": 1, "description": "entity id, or @document for the article's own voice"},
                "target": {"type": "string", "minLength": 1},
                "label": {"enum": list(STANCE_LABELS)},
                "score": SCORE_SCHEMA,
            },
        }
        return {"type": "array", "items": {"$ref": "#/$defs/stance"}}, {"stance": stance}

    def struct(self) -> Any:
        from newsgold.layers.typed import UNSET, NonEmpty, Unset, one_of, struct

        fields = [("holder", NonEmpty), ("target", NonEmpty), ("label", one_of(STANCE_LABELS)), ("score", float | Unset, UNSET)]
        return struct("Stance", fields)

    def item_label(self, item: Any, index: int) -> str:
        if isinstance(item, dict):
            return f"stance ({item.get('holder')!s}, {item.get('target')!s})"
        return f"stance #{index + 1}"

    def curation_anchor(self, item: Stance) -> Any:
        return (item.holder, item.target)

    def curation_attrs(self, item: Stance, doc: Any) -> Any:
        return item.label

    def curation_view(self, item: Stance) -> tuple[list[Any], str]:
        return [], f"{item.holder} on {item.target}: {item.label}"

    def dumps_items(self, items: Any) -> list[str]:
        """``json.dumps`` of each stance's ``to_dict()``, written from the attributes (see quotes)."""
        out = []
        for s in items:
            if type(s) is not Stance:
                out += super().dumps_items([s])
                continue
            score = "" if s.score is None else f', "score": {json.dumps(s.score)}'
            out.append(f'{{"holder": {enc(s.holder)}, "target": {enc(s.target)}, "label": {enc(s.label)}{score}}}')
        return out

    def canonical_ok(self, items: list[Any]) -> bool:
        from newsgold.layers.plain import items_ok

        return items_ok(items, Stance, ("holder", "target", "label"))

    def bulk_struct(self) -> Any:
        from newsgold.layers.typed import UNSET, NonEmpty, Unset, one_of, struct

        fields = [("holder", NonEmpty), ("target", NonEmpty), ("label", one_of(STANCE_LABELS)), ("score", int | float | Unset, UNSET)]
        return struct("BulkStance", fields, gc=False)

    def from_structs(self, items: list[Any]) -> list[Stance]:
        from sys import intern

        from msgspec import UNSET

        return [Stance(intern(s.holder), intern(s.target), s.label, None if s.score is UNSET else s.score) for s in items]

    def bulk_clean(self, chunk: Any, items: Any) -> Any:
        """What :meth:`check` says, document by document (a few stances each)."""
        import numpy as np

        from newsgold.bulkread import number_ok

        entities = chunk.ctx.entity_ids if chunk.strict and chunk.ctx.check_entities else None
        targets = chunk.ctx.target_ids

        def ok(stances: Any) -> bool:
            return (
                len({(s.holder, s.target) for s in stances}) == len(stances)
                and all(number_ok(s.score) for s in stances)
                and not (targets and any(s.target not in targets for s in stances))
                and not (entities is not None and any(s.holder != DOCUMENT_HOLDER and s.holder not in entities for s in stances))
            )

        return np.fromiter(map(ok, items), bool, len(items))

    def check(self, chk: Any, items: Any, text: str) -> None:
        pairs: dict[tuple[str, str], int] = {}
        for i, s in enumerate(items):
            if s["holder"] != DOCUMENT_HOLDER:
                chk.entity(["stances", i, "holder"], s["holder"])
            if chk.ctx.target_ids and s["target"] not in chk.ctx.target_ids:
                chk.add(["stances", i, "target"], f"unknown target {s['target']!r} (known: {', '.join(sorted(chk.ctx.target_ids))})")
            key = (s["holder"], s["target"])
            if key in pairs:
                chk.add(["stances", i], f"duplicate stance pair (holder {key[0]!r}, target {key[1]!r}), first at stances[{pairs[key]}]")
            pairs.setdefault(key, i)

    # -- scoring
    def score(self, corpus: Any) -> None:
        """Pairs match on (holder, target) within a document; a free-text predicted holder takes
        the id of the gold holder (same target) it names.

        Two predictions that end up on the same (holder, target) pair (e.g. "Khatibzadeh" and
        "Saeed Khatibzadeh" both resolving to ``khatibzadeh``) state two stances for one pair: one
        of them is scored against the gold pair (the one written as the id itself if any, else the
        first by written holder and label), every other one counts as a *spurious* pair
        (gold ``none``), so a prediction cannot hedge by naming one holder twice.  The extra ones
        are reported as :class:`StanceMatch` rows under the holder as written, with
        ``duplicate_of`` naming the pair they collided with.
        """
        from newsgold.scoring.layers import add_confusion
        from newsgold.scoring.results import StanceMatch

        rows = corpus.want_items  # the StanceMatch rows: only for the reports that list items
        for d in range(len(corpus.doc_ids)):
            gold_items, pred_items = corpus.gold[d].items.get("stances", []), corpus.pred[d].items.get("stances", [])
            if gold_items is None or pred_items is None:
                continue
            gold = {(s.holder, s.target): s.label for s in gold_items}
            resolved = []
            for s in pred_items:
                holder = s.holder
                if holder != DOCUMENT_HOLDER and (holder, s.target) not in gold:
                    named = sorted(h for h, t in gold if t == s.target and h != DOCUMENT_HOLDER and corpus.matcher.same(holder, h))
                    holder = named[0] if named else holder
                resolved.append((holder, s.target, s.holder, s.label))
            # order-independent choice of the one that stands for the pair: as written first, then by text
            resolved.sort(key=lambda r: (r[0], r[1], r[2] != r[0], r[2], r[3]))
            pred: dict[tuple[str, str], tuple[str, str]] = {}
            extra: list[tuple[str, str, str, str]] = []
            for holder, target, written, label in resolved:
                if (holder, target) in pred:
                    extra.append((holder, target, written, label))
                else:
                    pred[(holder, target)] = (label, written)
            counts, result = corpus.results[d].counts, corpus.results[d]
            by_level: dict[str, tuple[list[str], list[str]]] = {level: ([], []) for level in STANCE_LEVELS}
            for key in sorted(set(gold) | set(pred)):
                g = gold.get(key)
                p, written = pred.get(key, (None, None))
                by_level[_level(key[0])][0].append(g or NONE_LABEL)
                by_level[_level(key[0])][1].append(p or NONE_LABEL)
                if rows:
                    result.stances.append(StanceMatch(_level(key[0]), key[0], key[1], g, p, written if written != key[0] else None))
            for holder, target, written, label in extra:
                by_level[_level(holder)][0].append(NONE_LABEL)
                by_level[_level(holder)][1].append(label)
                if rows:
                    result.stances.append(StanceMatch(_level(holder), written, target, None, label, None, duplicate_of=holder))
            for level, (ys_g, ys_p) in by_level.items():
                add_confusion(counts, f"stances.{level}", ys_g, ys_p, STANCE_PAIR_LABELS)
                counts.add(f"stances.{level}.scored", 1.0)

    def metrics(self, config: Any) -> list[MetricGroup]:
        from newsgold.scoring.counts import Confusion, mean_defined, prf
        from newsgold.scoring.metrics import accuracy, class_prf

        out = []
        for level in STANCE_LEVELS:
            prefix = f"stances.{level}"

            def conf(counts: Any, prefix: str = prefix) -> Any:
                return Confusion.of(counts, prefix, STANCE_PAIR_LABELS)

            def per_class(counts: Any, prefix: str = prefix) -> dict[str, float]:
                classes = class_prf(conf(counts, prefix), STANCE_LABELS)
                values = {f"{prefix}.{label}.{k}": v for label, prf_ in classes.items() for k, v in zip(("p", "r", "f1"), prf_)}
                # a class is present exactly when its F1 is defined
                values[f"{prefix}.macro_f1"] = mean_defined([f for _, _, f in classes.values()])
                values[f"{prefix}.f_avg"] = mean_defined([classes[label][2] for label in F_AVG_LABELS])
                return values

            def pair(counts: Any, conf: Callable[[Any], Any] = conf) -> tuple[float, float, float]:
                return prf(*_sizes(conf(counts)))

            def label_accuracy(counts: Any, conf: Callable[[Any], Any] = conf) -> float:
                return accuracy(conf(counts), exclude=NONE_LABEL)

            keys = [Metric(f"{prefix}.{label}.{k}", k == "f1", detail=True) for label in STANCE_LABELS for k in ("p", "r", "f1")]
            out += [
                prf_group(prefix, f"{prefix}.pair", pair),
                MetricGroup(prefix, (*keys, Metric(f"{prefix}.macro_f1", True), Metric(f"{prefix}.f_avg", True)), per_class),
                value_group(prefix, f"{prefix}.label_accuracy", label_accuracy),
            ]
        return out

    def supports(self, counts: Any, config: Any) -> dict[str, float]:
        from newsgold.scoring.counts import Confusion

        out: dict[str, float] = {}
        for level in STANCE_LEVELS:
            prefix = f"stances.{level}"
            if counts.has(prefix):
                conf = Confusion.of(counts, prefix, STANCE_PAIR_LABELS)
                found, n_pred, n_gold = _sizes(conf)
                out[f"{prefix}.gold"], out[f"{prefix}.pred"] = n_gold, n_pred
                for label in STANCE_LABELS:
                    out[f"{prefix}.{label}.gold"] = sum(conf.cell(label, p) for p in STANCE_PAIR_LABELS)
                    out[f"{prefix}.{label}.pred"] = sum(conf.cell(g, label) for g in STANCE_PAIR_LABELS)
                out[f"{prefix}.label_accuracy.n"] = found
        return out

    def confusions(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(f"stances.{level}", STANCE_PAIR_LABELS) for level in STANCE_LEVELS]

    def averaged(self, counts: Any) -> dict[str, list[str]]:
        from newsgold.scoring.counts import Confusion
        from newsgold.scoring.metrics import present_classes

        out: dict[str, list[str]] = {}
        for level in STANCE_LEVELS:
            prefix = f"stances.{level}"
            if counts.has(prefix):
                present = present_classes(Confusion.of(counts, prefix, STANCE_PAIR_LABELS), STANCE_LABELS)
                out[f"{prefix}.f_avg"] = [label for label in F_AVG_LABELS if label in present]
                out[f"{prefix}.macro_f1"] = present
        return out

    def agreement_f1(self) -> list[str]:
        return [f"stances.{level}.pair.f1" for level in STANCE_LEVELS]

    def alpha_units(self, anns: Any, text: str, mids: Any) -> dict[str, list[list[Any]]]:
        """One unit per (holder, target) pair any set has: its label, or ``none``."""
        rows = []
        for key in sorted({(x.holder, x.target) for a in anns for x in (a.stances or [])}):
            row = []
            for a in anns:
                found = {(x.holder, x.target): x.label for x in a.stances} if a.stances is not None else None
                row.append(None if found is None else found.get(key, NONE_LABEL))
            rows.append(row)
        return {"stances": rows}

    # -- reports
    def report_rows(self, s: Any) -> list[Any]:
        from newsgold.reports.summary import Row, prf_row

        out, m, sup = [], s.micro, s.support
        for level in STANCE_LEVELS:
            key = f"stances.{level}"
            if f"{key}.pair.f1" not in m:
                continue
            out.append(prf_row(s, "stances", f"{key}.pair", f"{level}: pair extraction", sup.get(f"{key}.gold"), sup.get(f"{key}.pred")))
            for label in STANCE_LABELS:
                out.append(
                    prf_row(
                        s, "stances", f"{key}.{label}", f"{level}: {label}", sup.get(f"{key}.{label}.gold"), sup.get(f"{key}.{label}.pred")
                    )
                )
            for metric, title in (("f_avg", "F_avg"), ("macro_f1", "macro-F1")):
                classes = s.averaged.get(f"{key}.{metric}")
                over = f" over {', '.join(classes) if classes else 'no class'}" if classes is not None else ""
                out.append(
                    Row(
                        "stances",
                        f"{level}: {title}{over}",
                        value=m.get(f"{key}.{metric}"),
                        macro=s.macro.get(f"{key}.{metric}"),
                        ci=s.ci.get(f"{key}.{metric}"),
                    )
                )
            out.append(
                Row(
                    "stances",
                    f"{level}: label accuracy (matched pairs)",
                    value=m.get(f"{key}.label_accuracy"),
                    n=sup.get(f"{key}.label_accuracy.n"),
                )
            )
        return out

    def summary_rows(self, micro: Any, schemes: Any) -> list[tuple[str, str, str, str]]:
        return [
            (f"{level} pairs", f"stances.{level}.pair", "F_avg", f"stances.{level}.f_avg")
            for level in STANCE_LEVELS
            if f"stances.{level}.pair.f1" in micro
        ]

    def errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[dict[str, Any]]:
        return [
            {"doc_id": result.doc_id, "layer": "stances", "error": {"fn": "missed", "fp": "spurious"}.get(s.kind, s.kind), **s.to_dict()}
            for s in result.stances
            if s.kind != "tp"
        ]

    def html_errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[tuple[Any, ...]]:
        return [
            (f"stance {s.kind}", "stances", s.gold_label, s.pred_label, s.holder, f"{s.level} stance on {s.target}")
            for s in result.stances
            if s.kind != "tp"
        ]

    def table(self, doc: Any, text: str, names: Any) -> Any:
        from rich.table import Table

        t = Table(title=f"stances ({len(doc.stances)})", title_justify="left")
        for col in ("holder", "target", "label"):
            t.add_column(col)
        for s in doc.stances:
            t.add_row(names.get(s.holder, s.holder), s.target, s.label)
        return t

    def changes(self, doc_id: str, a_doc: Any, b_doc: Any, gold: Any, a_pred: Any, b_pred: Any, text: str) -> list[Any]:
        from newsgold.compare.items import Change

        out = []
        sta = {(s["holder"], s["target"]): s for s in a_doc.get("stances", [])}
        stb = {(s["holder"], s["target"]): s for s in b_doc.get("stances", [])}
        for key in sorted(set(sta) | set(stb)):
            x, y = sta.get(key), stb.get(key)
            ok_a, ok_b = bool(x and x["kind"] == "tp"), bool(y and y["kind"] == "tp")
            gold_label = (y or x or {}).get("gold_label")
            if ok_b and not ok_a:
                out.append(
                    Change(
                        "stance_fixed",
                        doc_id,
                        "stances",
                        f"{key[0]} → {key[1]}",
                        f"gold {gold_label}",
                        f"was {(x or {}).get('pred_label')}",
                    )
                )
            elif ok_a and not ok_b:
                out.append(
                    Change(
                        "stance_broken",
                        doc_id,
                        "stances",
                        f"{key[0]} → {key[1]}",
                        f"gold {gold_label}",
                        f"now {(y or {}).get('pred_label')}",
                    )
                )
        return out


LAYER = StancesLayer()
