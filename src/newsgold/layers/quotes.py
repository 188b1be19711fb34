"""The quotes layer: content fragments, a type, a speaker (source span and entity) and a cue.

Scored on three span parts (content, cue, source), speaker attribution on matched quotes, the
type confusion and end to end (content matched *and* speaker right).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring as enc  # what json.dumps(ensure_ascii=False) writes strings with
from operator import attrgetter
from typing import Any

from newsgold.layers.base import NULLABLE_ID, NULLABLE_SPAN, SCORE_SCHEMA, Span, plain_offsets, prf_group, put_score
from newsgold.layers.spans import SpanLayer

QUOTE_TYPES = ("direct", "indirect", "mixed")

# Label Studio names (see labelstudio.config)
QUOTE, SOURCE, CUE = "Quote", "Source", "Cue"
REL_SOURCE, REL_CUE = "source", "cue"
QUOTE_TYPE, SPEAKER, SPEAKER_TEXT = "quote_type", "speaker", "speaker_text"


@dataclass(frozen=True, slots=True)
class Source:
    span: Span | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"span": None if self.span is None else list(self.span), "entity": self.entity}


@dataclass(slots=True)
class Quote:
    id: str
    type: str
    content: list[Span]
    source: Source = field(default_factory=Source)
    cue: Span | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "type": self.type,
            "content": [list(s) for s in self.content],
            "source": self.source.to_dict(),
            "cue": None if self.cue is None else list(self.cue),
        }
        return put_score(out, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        # positional and inline (base.span / base.spans unrolled): one call per quote of a file
        src = d.get("source") or {}
        at, cue = src.get("span"), d.get("cue")
        return cls(
            d["id"],
            d["type"],
            [(s, e) for s, e in d["content"]],
            Source(None if at is None else (at[0], at[1]), src.get("entity")),
            None if cue is None else (cue[0], cue[1]),
            d.get("score"),
        )


def _pair(span: Any) -> str:
    return "null" if span is None else f"[{span[0]!r}, {span[1]!r}]"


class QuotesLayer(SpanLayer):
    name, noun, title, item_type = "quotes", "quote", "Quotes", Quote
    part, span_attr, label_attr, label_part, labels = "content", "content", "type", "type", QUOTE_TYPES
    who_part, css, summary_attribute, ls_label = "speaker", "q", ("speaker", "speaker.accuracy"), QUOTE
    text_field, text_fields = "content_text", ("content_text", "source_text", "cue_text")

    def who(self, item: Quote) -> str | None:
        return item.source.entity

    def curation_attrs(self, item: Quote, doc: Any) -> Any:
        return (item.type, item.source.span, item.source.entity, item.cue)

    def curation_view(self, item: Quote) -> tuple[list[Span], str]:
        marks = [*item.content, *(s for s in (item.source.span, item.cue) if s is not None)]
        return marks, f"{item.type}, speaker {item.source.entity}, source {item.source.span}, cue {item.cue}"

    def hf_feature(self) -> Any:
        from datasets import Value

        pair = [Value("int64")]
        return {
            "id": Value("string"),
            "type": Value("string"),
            "content": [pair],
            "source": {"span": pair, "entity": Value("string")},
            "cue": pair,
        }

    def schema(self) -> tuple[dict[str, Any], dict[str, Any]]:
        text = {"type": "string", "minLength": 1}
        quote = {
            "type": "object",
            "additionalProperties": False,
            "if": {"required": ["content_text"]},
            "then": {"required": ["id", "type", "content_text"]},
            "else": {"required": ["id", "type", "content", "source", "cue"]},
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "type": {"enum": list(QUOTE_TYPES)},
                "content": {"$ref": "#/$defs/fragments"},
                "source": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["span", "entity"],
                    "properties": {"span": NULLABLE_SPAN, "entity": NULLABLE_ID},
                },
                "cue": NULLABLE_SPAN,
                "score": SCORE_SCHEMA,
                "content_text": {
                    "oneOf": [text, {"type": "array", "items": text, "minItems": 1}],
                    "description": "predictions only: the content as text (a string, or one per fragment), aligned to the document",
                },
                "source_text": {
                    **text,
                    "description": "predictions only: the speaker as written; also the speaker when source has no entity",
                },
                "cue_text": {**text, "description": "predictions only: the cue as text, aligned near the content"},
            },
        }
        return {"type": "array", "items": {"$ref": "#/$defs/quote"}}, {"quote": quote}

    def struct(self) -> Any:
        from newsgold.layers.typed import UNSET, Fragments, NonEmpty, SpanT, TextFragments, Unset, one_of, struct

        source = struct("Source", [("span", SpanT | None), ("entity", NonEmpty | None)])
        # offsets or text (content_text, ...): which fields are required then is the schema's if/then/else
        return struct(
            "Quote",
            [
                ("id", NonEmpty),
                ("type", one_of(QUOTE_TYPES)),
                ("content", Fragments | Unset, UNSET),
                ("source", source | Unset, UNSET),
                ("cue", SpanT | None | Unset, UNSET),
                ("score", float | Unset, UNSET),
                ("content_text", TextFragments | Unset, UNSET),
                ("source_text", NonEmpty | Unset, UNSET),
                ("cue_text", NonEmpty | Unset, UNSET),
            ],
        )

    def dumps_items(self, items: Any) -> list[str]:
        """``json.dumps`` of each quote's ``to_dict()``, written from the attributes (the gold hash
        and every annotation file; tests/layers/test_dumps.py checks the text is the same)."""
        out = []
        for q in items:
            if type(q) is not Quote or type(q.source) is not Source or not plain_offsets(q.content, q.source.span, q.cue):
                out += super().dumps_items([q])
                continue
            content = ", ".join(f"[{s!r}, {e!r}]" for s, e in q.content)
            entity = "null" if (e := q.source.entity) is None else enc(e)
            score = "" if q.score is None else f', "score": {json.dumps(q.score)}'
            out.append(
                f'{{"id": {enc(q.id)}, "type": {enc(q.type)}, "content": [{content}], '
                f'"source": {{"span": {_pair(q.source.span)}, "entity": {entity}}}, "cue": {_pair(q.cue)}{score}}}'
            )
        return out

    def canonical_ok(self, items: list[Any]) -> bool:
        from newsgold.layers.plain import of_types, plain_strings, unset_scores

        if not (of_types(items, Quote) and unset_scores(items)):
            return False
        sources = list(map(attrgetter("source"), items))
        return (
            of_types(sources, Source)
            and plain_strings(map(attrgetter("id"), items))
            and plain_strings(map(attrgetter("type"), items))
            and plain_strings(map(attrgetter("entity"), sources), nullable=True)
        )

    def bulk_struct(self) -> Any:
        from newsgold.layers.typed import UNSET, Fragments, NonEmpty, SpanT, Unset, one_of, struct

        source = struct("BulkSource", [("span", SpanT | None), ("entity", NonEmpty | None)], gc=False)
        fields = [("id", NonEmpty), ("type", one_of(QUOTE_TYPES)), ("content", Fragments), ("source", source), ("cue", SpanT | None)]
        return struct("BulkQuote", [*fields, ("score", int | float | Unset, UNSET)], gc=False)

    def from_structs(self, items: list[Any]) -> list[Quote]:
        from sys import intern

        from msgspec import UNSET

        # ids and entity names shared over the file (sys.intern); spans are the decoder's tuples;
        # the frozen Source filled through its slots (its __init__ goes through object.__setattr__)
        slots: Any = vars(Source)
        new, set_span, set_entity = object.__new__, slots["span"].__set__, slots["entity"].__set__
        out = []
        for q in items:
            source = new(Source)
            src = q.source
            set_span(source, src.span)
            set_entity(source, src.entity and intern(src.entity))
            out.append(Quote(intern(q.id), q.type, q.content, source, q.cue, None if q.score is UNSET else q.score))
        return out

    def bulk_items_ok(self, chunk: Any, flat: list[Any], doc: Any) -> Any:
        sources = list(map(attrgetter("source"), flat))
        ok = chunk.spans_ok(list(map(attrgetter("span"), sources)), doc) & chunk.spans_ok(list(map(attrgetter("cue"), flat)), doc)
        return ok & chunk.entity_ok(list(map(attrgetter("entity"), sources)))

    def check_item(self, chk: Any, i: int, q: dict[str, Any], text: str) -> None:
        # the paths (lists) are built only for a problem: this runs for every quote of a file
        n = len(text)
        source = q.get("source") or {}
        at = source.get("span")
        if at is not None:
            if not at[0] < at[1] <= n:
                chk.span(text, ["quotes", i, "source", "span"], at)
            if "source_text" in q:
                chk.add(["quotes", i, "source_text"], "give source.span (offsets) or source_text (text), not both")
        cue = q.get("cue")
        if cue is not None:
            if not cue[0] < cue[1] <= n:
                chk.span(text, ["quotes", i, "cue"], cue)
            if "cue_text" in q:
                chk.add(["quotes", i, "cue_text"], "give cue (offsets) or cue_text (text), not both")
        entity = source.get("entity")
        if entity is not None and chk.strict and entity not in chk.ctx.entity_ids:  # what chk.entity requires, cheaply first
            chk.entity(["quotes", i, "source", "entity"], entity)

    def align_more(self, aligner: Any, q: dict[str, Any]) -> dict[str, Any]:
        qid = str(q.get("id"))
        source = dict(q.get("source") or {"span": None, "entity": None})
        if "source_text" in q:
            said = q.pop("source_text")
            source["span"] = aligner.near(self.name, qid, "source_text", said, q["content"])
            if source.get("entity") is None:
                source["entity"] = said.strip()
        q["source"] = {"span": source.get("span"), "entity": source.get("entity")}
        if "cue_text" in q:
            q["cue"] = aligner.near(self.name, qid, "cue_text", q.pop("cue_text"), q["content"])
        q.setdefault("cue", None)
        return q

    # -- scoring: cue and source spans on their own, end to end on matched content
    def score_more_spans(self, corpus: Any, golds: list[list[Quote]], preds: list[list[Quote]]) -> None:
        from newsgold.scoring.layers import distinct_table

        for part, get in (("cue", attrgetter("cue")), ("source", attrgetter("source.span"))):
            corpus.score_spans(distinct_table(golds, get, corpus), distinct_table(preds, get, corpus), f"quotes.{part}", None)

    def doc_head(self, golds: list[Quote], preds: list[Quote]) -> list[tuple[str, float]]:
        return [("quotes.e2e.gold", float(len(golds))), ("quotes.e2e.pred", float(len(preds)))]

    def pair_counts(self, pairs: Any) -> dict[str, Any]:
        return {"quotes.e2e.cor": pairs.right}

    def span_parts(self) -> tuple[str, ...]:
        return ("content", "cue", "source")

    def metrics(self, config: Any) -> list[Any]:
        from newsgold.scoring.counts import prf

        out = [g for part in self.span_parts() for g in self.span_metrics(part, config)]
        out.append(prf_group("quotes", "quotes.e2e", lambda c: prf(c["quotes.e2e.cor"], c["quotes.e2e.pred"], c["quotes.e2e.gold"])))
        return [*out, *self.attribution_metrics(), self.label_accuracy_metric()]

    def report_rows(self, s: Any) -> list[Any]:
        from newsgold.reports.summary import prf_row

        brief = [x for x in s.config.schemes if x in ("exact", s.config.match_scheme)] or list(s.config.schemes[:1])
        out = self.span_rows(s, "content", s.config.schemes) + self.span_rows(s, "cue", brief) + self.span_rows(s, "source", brief)
        out.append(
            prf_row(
                s,
                "quotes",
                "quotes.e2e",
                f"end-to-end (content {s.config.match_scheme} + speaker)",
                s.total["quotes.e2e.gold"],
                s.total["quotes.e2e.pred"],
            )
        )
        return [*out, *self.attribution_rows(s), self.label_accuracy_row(s)]

    def tip(self, item: Quote, m: Any, side: str) -> str:
        tip = f" · speaker {item.source.entity}"
        return tip + (f" ({m.attribution})" if side == "pred" and m.attribution else "")

    # -- terminal view
    def regions(self, doc: Any) -> list[Any]:
        from newsgold.render import Region

        out = []
        for q in doc.quotes or []:
            for s, e in q.content:
                out.append(Region(s, e, f"[{q.id}›", f"‹{q.id}]", "on dark_blue"))
            if q.source.span:
                s, e = q.source.span
                out.append(Region(s, e, f"<{q.id} ", ">", "bold green"))
            if q.cue:
                s, e = q.cue
                out.append(Region(s, e, f"{{{q.id} ", "}", "bold magenta"))
        return out

    def table(self, doc: Any, text: str, names: Any) -> Any:
        from rich.table import Table

        from newsgold.render import excerpt

        t = Table(title=f"quotes ({len(doc.quotes)})", title_justify="left")
        for col in ("id", "type", "speaker (entity)", "source span", "cue", "content"):
            t.add_column(col, overflow="fold")
        for q in doc.quotes:
            entity = q.source.entity
            speaker = f"{names.get(entity, entity)} ({entity})" if entity in names else (entity or "—")
            t.add_row(q.id, q.type, speaker, excerpt(text, q.source.span), excerpt(text, q.cue), excerpt(text, q.content))
        return t

    # -- Label Studio: a Quote region per fragment; Source and Cue regions related to it
    def ls_span_labels(self) -> list[tuple[str, str, str]]:
        return [
            (QUOTE, "#4e79a7", "a quote without content"),
            (SOURCE, "#f28e2b", f"an empty {SOURCE} span"),
            (CUE, "#59a14f", f"an empty {CUE} span"),
        ]

    def ls_relations(self) -> list[tuple[str, str, str]]:
        return [("fragment", QUOTE, QUOTE), (REL_SOURCE, QUOTE, SOURCE), (REL_CUE, QUOTE, CUE)]

    def ls_per_region(self, vocab: Any) -> list[Any]:
        from newsgold.labelstudio.config import PerRegion

        return [
            PerRegion(QUOTE_TYPE, QUOTE, "choices", QUOTE_TYPES, required=True, title="Quote type"),
            PerRegion(SPEAKER, QUOTE, "choices", vocab.entity_ids, title="Speaker (registry entity)", hints=True),
            PerRegion(SPEAKER_TEXT, QUOTE, "textarea", title="Speaker (free text, only if not in the registry)"),
        ]

    def ls_push_item(self, q: Quote, push: Any) -> None:
        push.attr(q.id, QUOTE_TYPE, q.content[0], "choices", q.type)
        if q.source.entity is not None:
            push.entity_attr(q.id, q.content[0], q.source.entity, SPEAKER, SPEAKER_TEXT)
        push.linked(q.id, SOURCE, REL_SOURCE, q.source.span)
        push.linked(q.id, CUE, REL_CUE, q.cue)

    def ls_items(self, rd: Any, groups: Any) -> list[dict[str, Any]]:
        for reg in rd.regions.values():
            if reg.label in (SOURCE, CUE) and not rd.links.get(reg.rid, {}).get("linked"):
                rd.add(
                    f"region {reg.rid}",
                    "value.labels",
                    f"{reg.label} region not linked to any Quote: a quote without content (mark the content as a Quote region and relate them)",
                )
        return super().ls_items(rd, groups)

    def ls_item(self, rd: Any, g: Any) -> dict[str, Any]:
        qtype = g.attr(QUOTE_TYPE)
        if qtype is None:
            g.add(QUOTE_TYPE, "quote has no type (choose direct, indirect or mixed)")
        src = g.one(REL_SOURCE, [rd.regions[o].span for o in g.linked(REL_SOURCE)], list)
        cue = g.one(REL_CUE, [rd.regions[o].span for o in g.linked(REL_CUE)], list)
        return {
            "type": qtype,
            "source": {"span": None if src is None else list(src), "entity": g.entity(SPEAKER, SPEAKER_TEXT)},
            "cue": None if cue is None else list(cue),
        }


LAYER = QuotesLayer()
