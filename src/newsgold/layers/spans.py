"""What span layers (quotes, claims, any layer of labelled text fragments) share.

A span layer's items have an ``id``, fragments (``frags``) and one label (``label``), and may
name who said it (``who``).  Matching goes through :mod:`newsgold.scoring.engine` for all
documents at once; attribution, label confusions, supports, report rows, error listings, HTML
marks, run-to-run changes and Label Studio fragments are the same for every such layer, so a
subclass only declares its names and adds what is particular to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.layers.base import Layer, MetricGroup, Span, prf_group, value_group
from newsgold.layers.span_bulk import SpanBulk
from newsgold.layers.span_curation import SpanCuration

ATTRIBUTION_METRICS = ("accuracy", "coverage", "selective_accuracy")


class SpanLayer(SpanBulk, SpanCuration, Layer):
    has_ids = True
    part = "span"  # count/metric key of the main spans: f"{name}.{part}.{scheme}.cor"
    span_attr = "span"  # the item attribute holding the fragments
    label_attr = "label"
    label_part = "label"  # confusion prefix f"{name}.{label_part}"
    labels: tuple[str, ...] = ()
    who_part: str | None = None  # attribution counts f"{name}.{who_part}.n" (speaker, claimant)
    css = "s"  # HTML class of the marks
    summary_attribute: tuple[str, str] | None = None  # (title, metric suffix) in the suite table; default label accuracy
    ls_label = ""  # the Label Studio span label of the item's fragments
    text_field = ""  # the prediction field giving the fragments as text (newsgold.align), "" for none
    text_fields: tuple[str, ...] = ()  # every such field of the item, the main one first

    # -- item access
    def frags(self, item: Any) -> list[Span]:
        return list(getattr(item, self.span_attr))

    def label(self, item: Any) -> str:
        return getattr(item, self.label_attr)

    def who(self, item: Any) -> str | None:
        return None

    # -- validation
    def check(self, chk: Any, items: Sequence[dict[str, Any]], text: str) -> None:
        """Fragments in the text, sorted and disjoint (ids are checked across layers by the checker)."""
        if self._fragments_clean(items, len(text)):
            for i, item in enumerate(items):  # nothing for the loop below to say but check_item's
                self.check_item(chk, i, item, text)
            return
        for i, item in enumerate(items):
            given = [f for f in self.text_fields if f in item]
            if given and chk.strict:
                chk.add([self.name, i, given[0]], "spans given as text are for predictions: gold and annotation passes give offsets")
            if self.span_attr in item:
                if self.text_field in item:
                    chk.add([self.name, i, self.text_field], f"give {self.span_attr} (offsets) or {self.text_field} (text), not both")
                chk.fragments(text, [self.name, i, self.span_attr], item[self.span_attr])
            self.check_item(chk, i, item, text)

    def check_item(self, chk: Any, i: int, item: dict[str, Any], text: str) -> None:
        pass

    def _fragments_clean(self, items: Sequence[dict[str, Any]], n: int) -> bool:
        """Whether :meth:`check`'s own loop would find nothing: no item gives a span as text and
        every item's fragments are non-empty, inside the text (length ``n``), sorted and
        disjoint.  One tight pass (validation of 400k items is mostly this); any doubt and the
        item-by-item loop runs, which words the problems."""
        fields, attr = (*self.text_fields, self.text_field) if self.text_field else self.text_fields, self.span_attr
        for item in items:
            if fields and not item.keys().isdisjoint(fields):
                return False
            end = 0
            for s, e in item.get(attr) or ():
                if not end <= s < e <= n:
                    return False
                end = e
        return True

    # -- spans given as text (see newsgold.align)
    def align(self, aligner: Any, item: dict[str, Any]) -> dict[str, Any]:
        if self.text_field and self.text_field in item:
            item[self.span_attr] = aligner.fragments(self.name, str(item.get("id")), self.text_field, item.pop(self.text_field))
        else:
            aligner.seen(self.name, item.get(self.span_attr) or [])
        return self.align_more(aligner, item)

    def align_more(self, aligner: Any, item: dict[str, Any]) -> dict[str, Any]:
        """The item's other spans given as text."""
        return item

    # -- scoring
    def score(self, corpus: Any) -> None:
        from newsgold.scoring.span_rows import count_span_layer, span_items

        n, name = len(corpus.doc_ids), self.name
        # the layer's items of each side (``doc.<layer>``, read from ``items`` without the attribute hook)
        gold_all = [g.items.get(name, []) for g in corpus.gold]
        pred_all = [p.items.get(name, []) for p in corpus.pred]
        active = [d for d in range(n) if pred_all[d] is not None and gold_all[d] is not None]
        if not active:
            return
        code = {label: i for i, label in enumerate(self.labels)}
        scored = set(active)  # (a list here made this quadratic in the documents: 5 s for 10,000)
        golds = [gold_all[d] or [] if d in scored else [] for d in range(n)]
        preds = [pred_all[d] or [] if d in scored else [] for d in range(n)]

        generic = type(self).frags is not SpanLayer.frags or type(self).label is not SpanLayer.label or corpus.config.normalize_boundaries
        attr, label_attr = self.span_attr, self.label_attr

        def table(side: list[list[Any]]) -> list[list[Any]]:
            if generic:
                return [[(corpus.frags(self.frags(x), d), code[self.label(x)], x.id) for x in side[d]] for d in range(n)]
            # the same rows, without two method calls per item: one fragment is canonical as it
            # is (when not empty), as in scoring.spans.canonical
            out = []
            for d in range(n):
                rows = []
                for x in side[d]:
                    f = getattr(x, attr)
                    if len(f) == 1:
                        start, end = f[0]
                        frags = ((start, end),) if start < end else ()
                    else:
                        frags = corpus.frags(list(f), d)
                    rows.append((frags, code[getattr(x, label_attr)], x.id))
                out.append(rows)
            return out

        def columns(side: list[list[Any]]) -> Any:
            from newsgold.scoring.tables import SpanTable, table_of_items

            got = None if generic else table_of_items(side, attr, label_attr, code)
            return SpanTable.from_items(table(side)) if got is None else got

        scores, gt, pt = corpus.score_spans(columns(golds), columns(preds), f"{self.name}.{self.part}", self.labels)
        self.count_unaligned(corpus, preds, active)
        self.score_more_spans(corpus, golds, preds)
        count_span_layer(self, corpus, active, golds, preds, scores, gt, pt)
        if corpus.want_items:
            span_items(self, corpus, active, golds, preds, scores, gt, pt)

    def count_unaligned(self, corpus: Any, preds: list[list[Any]], active: list[int]) -> None:
        """Predictions whose text could not be aligned (no fragments at all) are spurious under every
        span scheme (``token`` counts tokens, which they have none of), never dropped; the
        alignment counts recorded in the predictions' meta are summed as ``<layer>.align.<how>``."""
        from operator import attrgetter

        from newsgold.align import counts_of

        prefix = f"{self.name}.{self.part}"
        plain = type(self).frags is SpanLayer.frags  # the fragments are an attribute: read them by map
        fragments = attrgetter(self.span_attr)
        for d in active:
            counts = corpus.results[d].counts
            meta = corpus.pred[d].meta
            if meta is not None:
                for how, k in counts_of(meta, self.name).items():
                    counts.add(f"{self.name}.align.{how}", float(k))
            items = preds[d]
            if plain and all(map(fragments, items)):
                continue
            for item in items:
                if self.frags(item):
                    continue
                for scheme in corpus.schemes:
                    if scheme.kind != "token":
                        counts.add(f"{prefix}.{scheme.name}.spu")
                        counts.add(f"{prefix}.{scheme.name}.label.{self.label(item)}.pred")

    def score_more_spans(self, corpus: Any, golds: list[list[Any]], preds: list[list[Any]]) -> None:
        """Other span parts scored on their own (quote cues and sources)."""

    def doc_head(self, golds: list[Any], preds: list[Any]) -> list[tuple[str, float]]:
        """Counts of a scored document before its pairs' (quotes: the end-to-end sizes)."""
        return []

    def pair_counts(self, pairs: Any) -> dict[str, Any]:
        """Counts every matched pair adds (``scoring.span_rows.MatchedPairs``): key -> one value
        per pair (quotes: end to end, the pair's ``right``)."""
        return {}

    def doc_tail(
        self, corpus: Any, active: list[int], golds: list[list[Any]], preds: list[list[Any]], gt: Any, pt: Any, pairs: Any
    ) -> list[list[tuple[str, float]]] | None:
        """Per document, counts after the label confusion (claims: check-worthiness over every claim)."""
        return None

    # -- metrics
    def span_metrics(self, part: str, config: Any) -> list[MetricGroup]:
        from newsgold.scoring.counts import SpanCounts

        def one(prefix: str) -> MetricGroup:
            return prf_group(self.name, prefix, lambda counts: SpanCounts.of(counts, prefix).prf())

        return [one(f"{self.name}.{part}.{scheme}") for scheme in config.schemes]

    def attribution_metrics(self) -> list[MetricGroup]:
        from newsgold.scoring.counts import ratio

        prefix = f"{self.name}.{self.who_part}"

        def compute(counts: Any) -> dict[str, float]:
            n, answered, correct = counts[f"{prefix}.n"], counts[f"{prefix}.answered"], counts[f"{prefix}.correct"]
            return {
                f"{prefix}.accuracy": ratio(correct, n),
                f"{prefix}.coverage": ratio(answered, n),
                f"{prefix}.selective_accuracy": ratio(correct, answered),
            }

        from newsgold.layers.base import Metric

        return [MetricGroup(self.name, tuple(Metric(f"{prefix}.{m}") for m in ATTRIBUTION_METRICS), compute)]

    def label_accuracy_metric(self) -> MetricGroup:
        from newsgold.scoring.counts import Confusion
        from newsgold.scoring.metrics import accuracy

        prefix = f"{self.name}.{self.label_part}"
        return value_group(self.name, f"{prefix}.accuracy", lambda counts: accuracy(Confusion.of(counts, prefix, self.labels)))

    def metrics(self, config: Any) -> list[MetricGroup]:
        """Span P/R/F1 per scheme, attribution (if any), label accuracy on matched items."""
        who = self.attribution_metrics() if self.who_part is not None else []
        return [*self.span_metrics(self.part, config), *who, self.label_accuracy_metric()]

    def span_parts(self) -> tuple[str, ...]:
        return (self.part,)

    def supports(self, counts: Any, config: Any) -> dict[str, float]:
        from newsgold.scoring.counts import Confusion, SpanCounts

        out: dict[str, float] = {}
        for part in self.span_parts():
            prefix = f"{self.name}.{part}"
            if counts.has(prefix):
                c = SpanCounts.of(counts, f"{prefix}.{config.match_scheme}")
                out[f"{prefix}.gold"], out[f"{prefix}.pred"] = c.possible, c.actual
        if self.who_part is not None and counts.has(self.name):
            out[f"{self.name}.{self.who_part}.n"] = counts[f"{self.name}.{self.who_part}.n"]
        prefix = f"{self.name}.{self.label_part}"
        if counts.has(prefix):
            out[f"{prefix}.n"] = Confusion.of(counts, prefix, self.labels).total
        return out

    def breakdown(self, counts: Any, config: Any) -> dict[str, dict[str, float]]:
        from newsgold.scoring.counts import NA

        part = f"{self.name}.{self.part}"
        out: dict[str, dict[str, float]] = {}
        if not counts.has(part):
            return out
        for scheme in config.schemes:
            for label in self.labels:
                key = f"{part}.{scheme}.label.{label}"
                gold, pred = counts[f"{key}.gold"], counts[f"{key}.pred"]
                if not gold and not pred:
                    p = r = f = NA
                else:
                    p = counts[f"{key}.pred_credit"] / pred if pred else 0.0
                    r = counts[f"{key}.gold_credit"] / gold if gold else 0.0
                    f = 2 * p * r / (p + r) if p + r else 0.0
                out[key] = {"p": p, "r": r, "f1": f, "gold": gold, "pred": pred}
        return out

    def confusions(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(f"{self.name}.{self.label_part}", tuple(self.labels))]

    def agreement_f1(self) -> list[str]:
        return [f"{self.name}.{self.part}.{scheme}.f1" for scheme in ("exact", "overlap")]

    # -- reports
    def span_rows(self, s: Any, part: str, schemes: Sequence[str]) -> list[Any]:
        from newsgold.reports.summary import prf_row
        from newsgold.scoring.counts import SpanCounts

        out = []
        for scheme in schemes:
            key = f"{self.name}.{part}.{scheme}"
            c = SpanCounts.of(s.total, key)
            unit = " (tokens)" if scheme == "token" else ""
            out.append(prf_row(s, self.name, key, f"{part} · {scheme}{unit}", c.possible, c.actual))
        return out

    def attribution_rows(self, s: Any) -> list[Any]:
        from newsgold.reports.summary import Row

        prefix = f"{self.name}.{self.who_part}"
        n = s.support.get(f"{prefix}.n")
        return [
            Row(self.name, f"{self.who_part} {m.replace('_', ' ')}", value=s.micro.get(f"{prefix}.{m}"), n=n) for m in ATTRIBUTION_METRICS
        ]

    def label_accuracy_row(self, s: Any) -> Any:
        from newsgold.reports.summary import Row

        prefix = f"{self.name}.{self.label_part}"
        return Row(
            self.name, f"{self.label_part} accuracy (matched)", value=s.micro.get(f"{prefix}.accuracy"), n=s.support.get(f"{prefix}.n")
        )

    def report_rows(self, s: Any) -> list[Any]:
        who = self.attribution_rows(s) if self.who_part is not None else []
        return [*self.span_rows(s, self.part, s.config.schemes), *who, self.label_accuracy_row(s)]

    def summary_rows(self, micro: Mapping[str, Any], schemes: Sequence[str]) -> list[tuple[str, str, str, str]]:
        title, suffix = self.summary_attribute or (self.label_part, f"{self.label_part}.accuracy")
        return [
            (f"{self.part} {m}", f"{self.name}.{self.part}.{m}", title, f"{self.name}.{suffix}")
            for m in schemes
            if f"{self.name}.{self.part}.{m}.f1" in micro
        ]

    def errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[dict[str, Any]]:
        from newsgold.reports.errors import item_errors

        return [r for m in result.items if m.layer == self.name for r in item_errors(m, gold, pred, text)]

    def html_errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[tuple[Any, ...]]:
        return [
            (r["error"], r["layer"], r["gold_id"] or "", r["pred_id"] or "", f"{r['gold_speaker']} → {r['pred_speaker']}", r["context"])
            for r in self.errors(result, gold, pred, text)
        ]

    def tip(self, item: Any, m: Any, side: str) -> str:
        """Extra tooltip text of an HTML mark (quotes: the speaker)."""
        return ""

    def html_marks(self, result: Any, gold: Any, pred: Any) -> tuple[list[Any], list[Any]]:
        gold_marks: list[tuple[int, int, str, str]] = []
        pred_marks: list[tuple[int, int, str, str]] = []
        for m in result.items:
            if m.layer != self.name:
                continue
            wrong = " wrong" if m.attribution in ("wrong", "abstained") else ""
            for side, index, item_id, label, marks, ann in (
                ("gold", m.gold, m.gold_id, m.gold_label, gold_marks, gold),
                ("pred", m.pred, m.pred_id, m.pred_label, pred_marks, pred),
            ):
                if index is None:
                    continue
                item = getattr(ann, self.name)[index]
                tip = f"{self.noun} {item_id} ({label}) · {m.kind}" + self.tip(item, m, side)
                marks += [(s, e, f"{self.css} {m.kind}{wrong}", tip) for s, e in self.frags(item)]
        return gold_marks, pred_marks

    # -- comparison
    def changes(
        self, doc_id: str, a_doc: Mapping[str, Any], b_doc: Mapping[str, Any], gold: Any, a_pred: Any, b_pred: Any, text: str
    ) -> list[Any]:
        from newsgold.compare.items import span_changes

        return span_changes(self, doc_id, a_doc, b_doc, gold, a_pred, b_pred, text)

    # -- Label Studio: fragments of ``ls_label``, grouped by ``fragment`` relations
    # (a layer without an ``ls_label`` is not in Label Studio)
    def ls_span_labels(self) -> list[tuple[str, str, str]]:
        return [(self.ls_label, "#76b7b2", f"an empty {self.ls_label} span")] if self.ls_label else []

    def ls_relations(self) -> list[tuple[str, str, str]]:
        return [("fragment", self.ls_label, self.ls_label)] if self.ls_label else []

    def ls_push(self, doc: Any, push: Any) -> None:
        for item in getattr(doc, self.name) or []:
            push.fragments(item.id, self.ls_label, self.frags(item), item.score)
            self.ls_push_item(item, push)

    def ls_push_item(self, item: Any, push: Any) -> None:
        """The item's per-region values and relations, after its fragments."""

    def ls_items(self, rd: Any, groups: Sequence[Any]) -> list[dict[str, Any]]:
        out = []
        for g in groups:
            score = g.score  # (its problems first, as they always came)
            item = {"id": g.id, self.span_attr: [list(f) for f in g.frags], **self.ls_item(rd, g)}
            if score is not None:
                item["score"] = score
            out.append(item)
        return out

    def ls_item(self, rd: Any, g: Any) -> dict[str, Any]:
        """The item's other fields from one fragment group (convert._Group)."""
        return {}
