"""The claims layer: span fragments, a kind, check-worthiness, a claimant and the quote it is in.

Scored on the spans, claimant attribution and the kind confusion of matched claims, and
check-worthiness as a yes/no/none confusion over every claim (an unmatched claim is
check-worthy or not against nothing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from json.encoder import encode_basestring as enc  # what json.dumps(ensure_ascii=False) writes strings with
from typing import Any

from newsgold.layers.base import NONE_LABEL, NULLABLE_ID, SCORE_SCHEMA, Span, plain_offsets, prf_group, put_score
from newsgold.layers.spans import SpanLayer

CLAIM_KINDS = ("factual", "evaluative")
CHECKWORTHY_LABELS = ("yes", "no", NONE_LABEL)
YES = {True: "yes", False: "no"}

# Label Studio names (see labelstudio.config)
CLAIM, REL_CLAIM = "Claim", "claim"
CLAIM_KIND, CHECKWORTHY, CLAIMANT, CLAIMANT_TEXT = "claim_kind", "checkworthy", "claimant", "claimant_text"
CLAIM_QUOTE_ID = "claim_quote_id"
CHECKWORTHY_VALUES = {"yes": True, "no": False}


@dataclass(slots=True)
class Claim:
    id: str
    span: list[Span]
    claimant: str | None
    kind: str
    checkworthy: bool
    quote: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "span": [list(s) for s in self.span],
            "claimant": self.claimant,
            "kind": self.kind,
            "checkworthy": self.checkworthy,
            "quote": self.quote,
        }
        return put_score(out, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        # positional, the spans inline: one call per claim of a file
        return cls(
            d["id"], [(s, e) for s, e in d["span"]], d.get("claimant"), d["kind"], bool(d["checkworthy"]), d.get("quote"), d.get("score")
        )


def _quote_content(claim: Claim, doc: Any) -> Any:
    """The canonical content of the quote a claim is in (None: not in a quote)."""
    from newsgold.scoring.spans import canonical

    if claim.quote is None:
        return None
    found = [q for q in getattr(doc, "quotes", None) or [] if q.id == claim.quote]
    return canonical(found[0].content) if found else ("unknown quote", claim.quote)


class ClaimsLayer(SpanLayer):
    name, noun, title, item_type = "claims", "claim", "Claims", Claim
    part, span_attr, label_attr, label_part, labels = "span", "span", "kind", "kind", CLAIM_KINDS
    who_part, css, summary_attribute, ls_label = "claimant", "c", ("kind", "kind.accuracy"), CLAIM
    text_field, text_fields = "span_text", ("span_text",)

    def who(self, item: Claim) -> str | None:
        return item.claimant

    def curation_attrs(self, item: Claim, doc: Any) -> Any:
        """The linked quote is compared by its content (annotators number their quotes differently)."""
        return (item.claimant, item.kind, item.checkworthy, _quote_content(item, doc))

    def curation_relink(self, item: Claim, doc: Any, curated: Any) -> Claim | None:
        """Point ``quote`` at the accepted quote with the same content; None if that quote is not accepted."""
        import dataclasses

        content = _quote_content(item, doc)
        if content is None:
            return item
        from newsgold.scoring.spans import canonical

        same = [q.id for q in curated.get("quotes", []) if canonical(q.content) == content]
        return dataclasses.replace(item, quote=same[0]) if same else None

    def curation_view(self, item: Claim) -> tuple[list[Span], str]:
        worthy = "checkworthy" if item.checkworthy else "not checkworthy"
        return list(item.span), f"{item.kind}, {worthy}, claimant {item.claimant}, in quote {item.quote}"

    def hf_feature(self) -> Any:
        from datasets import Value

        return {
            "id": Value("string"),
            "span": [[Value("int64")]],
            "claimant": Value("string"),
            "kind": Value("string"),
            "checkworthy": Value("bool"),
            "quote": Value("string"),
        }

    def schema(self) -> tuple[dict[str, Any], dict[str, Any]]:
        claim = {
            "type": "object",
            "additionalProperties": False,
            "if": {"required": ["span_text"]},
            "then": {"required": ["id", "span_text", "claimant", "kind", "checkworthy", "quote"]},
            "else": {"required": ["id", "span", "claimant", "kind", "checkworthy", "quote"]},
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "span": {"$ref": "#/$defs/fragments"},
                "claimant": NULLABLE_ID,
                "kind": {"enum": list(CLAIM_KINDS)},
                "checkworthy": {"type": "boolean"},
                "quote": NULLABLE_ID,
                "score": SCORE_SCHEMA,
                "span_text": {
                    "oneOf": [
                        {"type": "string", "minLength": 1},
                        {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                    ],
                    "description": "predictions only: the claim as text (a string, or one per fragment), aligned to the document",
                },
            },
        }
        return {"type": "array", "items": {"$ref": "#/$defs/claim"}}, {"claim": claim}

    def struct(self) -> Any:
        from newsgold.layers.typed import UNSET, Fragments, NonEmpty, TextFragments, Unset, one_of, struct

        # offsets or text (span_text): which fields are required then is the schema's if/then/else
        return struct(
            "Claim",
            [
                ("id", NonEmpty),
                ("span", Fragments | Unset, UNSET),
                ("claimant", NonEmpty | None),
                ("kind", one_of(CLAIM_KINDS)),
                ("checkworthy", bool),
                ("quote", NonEmpty | None),
                ("score", float | Unset, UNSET),
                ("span_text", TextFragments | Unset, UNSET),
            ],
        )

    def dumps_items(self, items: Any) -> list[str]:
        """``json.dumps`` of each claim's ``to_dict()``, written from the attributes (see quotes)."""
        out = []
        for c in items:
            if type(c) is not Claim or type(c.checkworthy) is not bool or not plain_offsets(c.span):
                out += super().dumps_items([c])
                continue
            span = ", ".join(f"[{s!r}, {e!r}]" for s, e in c.span)
            claimant = "null" if c.claimant is None else enc(c.claimant)
            quote = "null" if c.quote is None else enc(c.quote)
            score = "" if c.score is None else f', "score": {json.dumps(c.score)}'
            worthy = "true" if c.checkworthy else "false"
            out.append(
                f'{{"id": {enc(c.id)}, "span": [{span}], "claimant": {claimant}, "kind": {enc(c.kind)}, '
                f'"checkworthy": {worthy}, "quote": {quote}{score}}}'
            )
        return out

    def canonical_ok(self, items: list[Any]) -> bool:
        from newsgold.layers.plain import items_ok

        return items_ok(items, Claim, ("id", "kind"), ("claimant", "quote"), ("checkworthy",))

    def bulk_struct(self) -> Any:
        from newsgold.layers.typed import UNSET, Fragments, NonEmpty, Unset, one_of, struct

        fields: list[Any] = [("id", NonEmpty), ("span", Fragments), ("claimant", NonEmpty | None), ("kind", one_of(CLAIM_KINDS))]
        fields += [("checkworthy", bool), ("quote", NonEmpty | None), ("score", int | float | Unset, UNSET)]
        return struct("BulkClaim", fields, gc=False)

    def from_structs(self, items: list[Any]) -> list[Claim]:
        from sys import intern

        from msgspec import UNSET

        return [
            Claim(
                intern(c.id),
                c.span,
                c.claimant and intern(c.claimant),
                c.kind,
                c.checkworthy,
                c.quote,
                None if c.score is UNSET else c.score,
            )
            for c in items
        ]

    def bulk_items_ok(self, chunk: Any, flat: list[Any], doc: Any) -> Any:
        import numpy as np

        from newsgold.bulkread import UNSET

        # what check_item says: the quote a claim is in must be one of the document's quotes when
        # the file is gold (strict) or has a quotes layer
        quotes = [getattr(d, "quotes", UNSET) for d in chunk.docs]
        ids = [None if q is UNSET else {x.id for x in q} for q in quotes]
        strict = chunk.strict

        def ref_ok(c: Any, k: int) -> bool:
            known = ids[k]
            return c.quote is None or (not strict if known is None else c.quote in known)

        refs = np.fromiter(map(ref_ok, flat, doc.tolist()), bool, len(flat))
        return refs & chunk.entity_ok([c.claimant for c in flat])

    def check_item(self, chk: Any, i: int, c: dict[str, Any], text: str) -> None:
        chk.entity(["claims", i, "claimant"], c["claimant"])
        # A claims-only prediction may point at its own (unreported) quote detector's ids;
        # gold, and any file that has a quotes layer, must resolve them.
        checkable = chk.strict or chk.raw.get("quotes") is not None
        if c["quote"] is not None and checkable and c["quote"] not in chk.ids("quotes"):
            chk.add(["claims", i, "quote"], f"unknown quote id {c['quote']!r}")

    # -- scoring: check-worthiness over every claim, matched or not
    def doc_tail(
        self, corpus: Any, active: list[int], golds: list[list[Claim]], preds: list[list[Claim]], gt: Any, pt: Any, pairs: Any
    ) -> list[list[tuple[str, float]]]:
        """Every claim in the tables (all but those without characters): a matched pair as
        (gold, prediction), an unmatched gold claim against ``none``, an unmatched prediction
        as ``none`` against it."""
        import numpy as np

        from newsgold.scoring.span_rows import confusion_cells

        code = {v: CHECKWORTHY_LABELS.index(label) for v, label in YES.items()}
        none = CHECKWORTHY_LABELS.index(NONE_LABEL)

        def worthy(table: Any, side: list[list[Claim]], rows: Any) -> Any:
            docs, origin = table.item_doc[rows].tolist(), table.origin[rows].tolist()
            return np.fromiter((code[side[d][i].checkworthy] for d, i in zip(docs, origin)), dtype=np.int64, count=len(docs))

        free_g = np.ones(gt.n_items, dtype=bool)
        free_p = np.ones(pt.n_items, dtype=bool)
        free_g[pairs.gold_row], free_p[pairs.pred_row] = False, False
        lone_g, lone_p = np.flatnonzero(free_g), np.flatnonzero(free_p)
        doc = np.concatenate([pairs.doc, gt.item_doc[lone_g], pt.item_doc[lone_p]])
        g_code = np.concatenate([worthy(gt, golds, pairs.gold_row), worthy(gt, golds, lone_g), np.full(len(lone_p), none)])
        p_code = np.concatenate([worthy(pt, preds, pairs.pred_row), np.full(len(lone_g), none), worthy(pt, preds, lone_p)])
        cells = confusion_cells("claims.checkworthy", CHECKWORTHY_LABELS, doc, g_code, p_code, len(corpus.doc_ids))
        for d in active:
            cells[d].append(("claims.checkworthy.scored", 1.0))
        return cells

    def metrics(self, config: Any) -> list[Any]:
        from newsgold.scoring.counts import Confusion
        from newsgold.scoring.metrics import class_prf

        def checkworthy(counts: Any) -> tuple[float, float, float]:
            return class_prf(Confusion.of(counts, "claims.checkworthy", CHECKWORTHY_LABELS), ("yes",))["yes"]

        return [
            *self.span_metrics("span", config),
            prf_group("claims", "claims.checkworthy", checkworthy),
            *self.attribution_metrics(),
            self.label_accuracy_metric(),
        ]

    def confusions(self) -> list[tuple[str, tuple[str, ...]]]:
        return [*super().confusions(), ("claims.checkworthy", CHECKWORTHY_LABELS)]

    def report_rows(self, s: Any) -> list[Any]:
        from newsgold.reports.summary import prf_row

        out = self.span_rows(s, "span", s.config.schemes)
        cw_gold = sum(s.total[f"claims.checkworthy.yes.{x}"] for x in CHECKWORTHY_LABELS)
        cw_pred = sum(s.total[f"claims.checkworthy.{x}.yes"] for x in CHECKWORTHY_LABELS)
        out.append(prf_row(s, "claims", "claims.checkworthy", "checkworthy (positive class)", cw_gold, cw_pred))
        return [*out, *self.attribution_rows(s), self.label_accuracy_row(s)]

    # -- terminal view
    def regions(self, doc: Any) -> list[Any]:
        from newsgold.render import Region

        out = []
        for c in doc.claims or []:
            style = "underline yellow" if c.kind == "factual" else "underline cyan"
            out += [Region(s, e, f"⟨{c.id} ", f" {c.id}⟩", style) for s, e in c.span]
        return out

    def table(self, doc: Any, text: str, names: Any) -> Any:
        from rich.table import Table

        from newsgold.render import excerpt

        t = Table(title=f"claims ({len(doc.claims)})", title_justify="left")
        for col in ("id", "kind", "check-worthy", "claimant", "quote", "span"):
            t.add_column(col, overflow="fold")
        for c in doc.claims:
            t.add_row(c.id, c.kind, "yes" if c.checkworthy else "no", c.claimant or "—", c.quote or "—", excerpt(text, c.span))
        return t

    # -- Label Studio: a Claim region per fragment, related to its Quote
    def ls_span_labels(self) -> list[tuple[str, str, str]]:
        return [(CLAIM, "#e15759", f"an empty {CLAIM} span")]

    def ls_relations(self) -> list[tuple[str, str, str]]:
        return [("fragment", CLAIM, CLAIM), (REL_CLAIM, CLAIM, "Quote")]

    def ls_per_region(self, vocab: Any) -> list[Any]:
        from newsgold.labelstudio.config import PerRegion

        return [
            PerRegion(CLAIM_KIND, CLAIM, "choices", CLAIM_KINDS, required=True, title="Claim kind"),
            PerRegion(CHECKWORTHY, CLAIM, "choices", tuple(CHECKWORTHY_VALUES), required=True, title="Check-worthy?"),
            PerRegion(CLAIMANT, CLAIM, "choices", vocab.entity_ids, title="Claimant (registry entity)", hints=True),
            PerRegion(CLAIMANT_TEXT, CLAIM, "textarea", title="Claimant (free text, only if not in the registry)"),
            PerRegion(
                CLAIM_QUOTE_ID,
                CLAIM,
                "textarea",
                title="Quote id (predictions without a quotes layer only; otherwise relate the claim to its Quote)",
            ),
        ]

    def ls_push_item(self, c: Claim, push: Any) -> None:
        push.attr(c.id, CLAIM_KIND, c.span[0], "choices", c.kind)
        push.attr(c.id, CHECKWORTHY, c.span[0], "choices", "yes" if c.checkworthy else "no")
        if c.claimant is not None:
            push.entity_attr(c.id, c.span[0], c.claimant, CLAIMANT, CLAIMANT_TEXT)
        if c.quote in {q.id for q in push.doc.quotes or []}:
            push.relation(c.id, c.quote, REL_CLAIM)
        elif c.quote is not None:  # the quote is not in this annotation (quotes layer absent)
            push.attr(c.id, CLAIM_QUOTE_ID, c.span[0], "textarea", c.quote)

    def ls_item(self, rd: Any, g: Any) -> dict[str, Any]:
        kind, worthy = g.attr(CLAIM_KIND), g.attr(CHECKWORTHY)
        for name, value in ((CLAIM_KIND, kind), (CHECKWORTHY, worthy)):
            if value is None:
                g.add(name, f"claim has no {name}")
        quote, quote_text = g.one(REL_CLAIM, [rd.item_of[o] for o in g.linked(REL_CLAIM)]), g.attr(CLAIM_QUOTE_ID)
        if quote is not None and quote_text is not None:
            g.add(CLAIM_QUOTE_ID, f"claim related to quote {quote!r} and also naming quote {quote_text!r}")
        return {
            "claimant": g.entity(CLAIMANT, CLAIMANT_TEXT),
            "kind": kind,
            "checkworthy": CHECKWORTHY_VALUES.get(worthy),
            "quote": quote if quote is not None else quote_text,
        }


LAYER = ClaimsLayer()
