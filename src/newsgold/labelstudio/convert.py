"""DocAnnotation <-> Label Studio ``result`` lists, lossless both ways.

The representation is described in :mod:`newsgold.labelstudio.config`.  Region ids are derived
from our item ids (``q3``, ``q3:2``, ``q3:source``, ``c5``, ``doc_stance__T_X``), so pushing the
same annotation twice yields the same results, and ids survive a round trip.  Items come back
in the order of their first region in the result list; Label Studio stores that list as given.

Label Studio accepts anything it is sent, so the pull side checks everything itself and raises
one :class:`ResultsError` listing every problem (task, annotation and region named), then runs
:func:`newsgold.validate.check_object` on the converted object.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.labelstudio import config as C
from newsgold.labelstudio.config import Vocab
from newsgold.schema import LAYERS, STANCE_LABELS, DocAnnotation, Span
from newsgold.validate import Context, Problem, ValidationError, check_object

Result = dict[str, Any]


class ResultsError(ValidationError):
    """Label Studio results that cannot be converted back; ``problems`` lists them all."""


# ----------------------------------------------------------------------------- push


def _labels(rid: str, label: str, span: Span, text: str, score: float | None = None) -> Result:
    start, end = span
    out: Result = {
        "id": rid, "from_name": C.SPAN, "to_name": C.TEXT, "type": "labels",
        "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
    }
    if score is not None:
        out["score"] = score
    return out


def _attr(rid: str, control: str, span: Span, kind: str, value: str) -> Result:
    key = "choices" if kind == "choices" else "text"
    return {
        "id": rid, "from_name": control, "to_name": C.TEXT, "type": kind,
        "value": {"start": span[0], "end": span[1], key: [value]},
    }


def _relation(from_id: str, to_id: str, label: str) -> Result:
    return {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": "right", "labels": [label]}


def _entity_attr(rid: str, span: Span, value: str, choice: str, free: str, vocab: Vocab) -> Result:
    if value in vocab.entity_ids and choice in vocab.per_region:
        return _attr(rid, choice, span, "choices", value)
    return _attr(rid, free, span, "textarea", value)


def doc_to_results(doc: DocAnnotation, text: str, vocab: Vocab) -> list[Result]:
    """Label Studio results for one (valid) document annotation; deterministic, stable ids."""
    out: list[Result] = []
    ids: set[str] = set()

    def new_id(rid: str) -> str:
        if rid in ids:
            raise ValueError(f"{doc.doc_id}: region id {rid!r} would be used twice; rename the item")
        ids.add(rid)
        return rid

    def fragments(item_id: str, label: str, frags: Sequence[Span], score: float | None) -> None:
        out.append(_labels(new_id(item_id), label, frags[0], text, score))
        for k, frag in enumerate(frags[1:], start=2):
            out.append(_labels(new_id(f"{item_id}:{k}"), label, frag, text))
            out.append(_relation(f"{item_id}:{k}", item_id, C.REL_FRAGMENT))

    shared: dict[tuple[str, Span], str] = {}  # one Source/Cue region per distinct span

    def linked(quote_id: str, label: str, rel: str, span: Span | None) -> None:
        if span is None:
            return
        rid = shared.get((label, span))
        if rid is None:
            rid = shared[(label, span)] = new_id(f"{quote_id}:{rel}")
            out.append(_labels(rid, label, span, text))
        out.append(_relation(rid, quote_id, rel))

    quote_ids = {q.id for q in doc.quotes or []}  # claims relate to these; other ids go in a text
    for q in doc.quotes or []:
        fragments(q.id, C.QUOTE, q.content, q.score)
        out.append(_attr(q.id, C.QUOTE_TYPE, q.content[0], "choices", q.type))
        if q.source.entity is not None:
            out.append(_entity_attr(q.id, q.content[0], q.source.entity, C.SPEAKER, C.SPEAKER_TEXT, vocab))
        linked(q.id, C.SOURCE, C.REL_SOURCE, q.source.span)
        linked(q.id, C.CUE, C.REL_CUE, q.cue)
    for c in doc.claims or []:
        fragments(c.id, C.CLAIM, c.span, c.score)
        out.append(_attr(c.id, C.CLAIM_KIND, c.span[0], "choices", c.kind))
        out.append(_attr(c.id, C.CHECKWORTHY, c.span[0], "choices", "yes" if c.checkworthy else "no"))
        if c.claimant is not None:
            out.append(_entity_attr(c.id, c.span[0], c.claimant, C.CLAIMANT, C.CLAIMANT_TEXT, vocab))
        if c.quote in quote_ids:
            out.append(_relation(c.id, c.quote, C.REL_CLAIM))
        elif c.quote is not None:  # the quote is not in this annotation (quotes layer absent)
            out.append(_attr(c.id, C.CLAIM_QUOTE_ID, c.span[0], "textarea", c.quote))
    out.extend(_stance_results(doc, vocab, new_id))
    missing = [layer for layer in LAYERS if getattr(doc, layer) is None]
    if missing:
        out.append({"id": new_id(C.NOT_ANNOTATED), "from_name": C.NOT_ANNOTATED, "to_name": C.TEXT,
                    "type": "choices", "value": {"choices": missing}})
    return out


def _stance_results(doc: DocAnnotation, vocab: Vocab, new_id: Any) -> list[Result]:
    stances = doc.stances or []
    pairs = [(s.holder, s.target) for s in stances]
    if all(p in vocab.stance_control_of for p in pairs) and len(set(pairs)) == len(pairs):
        out = []
        for s in stances:
            name = vocab.stance_control_of[(s.holder, s.target)]
            r: Result = {"id": new_id(name), "from_name": name, "to_name": C.TEXT, "type": "choices",
                         "value": {"choices": [s.label]}}
            if s.score is not None:
                r["score"] = s.score
            out.append(r)
        return out
    lines = [json.dumps(s.to_dict(), ensure_ascii=False) for s in stances]
    return [{"id": new_id(C.STANCE_OTHER), "from_name": C.STANCE_OTHER, "to_name": C.TEXT, "type": "textarea",
             "value": {"text": lines}}]


# ----------------------------------------------------------------------------- pull


@dataclasses.dataclass
class _Region:
    rid: str
    label: str
    span: Span
    index: int  # position in the result list: items keep the order of their first region
    score: Any = None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


class _Reader:
    """One pass over the results collecting regions, per-region values, stances and problems."""

    def __init__(self, doc_id: str, text: str, vocab: Vocab, task_id: Any, annotation_id: Any, what: str):
        self.text, self.vocab = text, vocab
        self.file = f"label studio task {task_id if task_id is not None else '?'} ({doc_id})"
        self.owner = f"{what} {annotation_id if annotation_id is not None else '?'}"
        self.problems: list[Problem] = []
        self.regions: dict[str, _Region] = {}
        self.attrs: dict[str, dict[str, tuple[str, int]]] = {}  # rid -> control -> (value, index)
        self.relations: list[tuple[int, Result]] = []
        self.stances: list[tuple[int, dict[str, Any]]] = []
        self.not_annotated: set[str] = set()

    def add(self, where: str | None, field: str | None, message: str) -> None:
        item = f"{self.owner} {where}" if where else self.owner
        self.problems.append(Problem(self.file, message, item=item, field=field))

    # -- one result item
    def read(self, results: Sequence[Any]) -> None:
        if not isinstance(results, (list, tuple)):
            self.add(None, "result", f"result must be a list, got {type(results).__name__}")
            return
        for i, r in enumerate(results):
            if not isinstance(r, Mapping):
                self.add(f"result #{i + 1}", None, f"result item must be an object, got {type(r).__name__}")
            elif r.get("type") == "relation":
                self.relations.append((i, r))
            else:
                self.item(i, r)

    def item(self, i: int, r: Mapping[str, Any]) -> None:
        rid = r.get("id")
        where = f"region {rid}" if isinstance(rid, str) and rid else f"result #{i + 1}"
        if not isinstance(rid, str) or not rid:
            self.add(where, "id", f"missing or non-string region id {rid!r}")
            return
        name, kind, value = r.get("from_name"), r.get("type"), r.get("value")
        expected = self.expected_type(name)
        if expected is None:
            self.add(where, "from_name", f"unknown control {name!r}: a region of type {kind!r} that cannot be placed")
            return
        if kind != expected:
            self.add(where, "type", f"type {kind!r} cannot be placed on control {name!r} (expected {expected!r})")
            return
        if r.get("to_name") != C.TEXT:
            self.add(where, "to_name", f"to_name {r.get('to_name')!r} is not the document text {C.TEXT!r}")
            return
        if not isinstance(value, Mapping):
            self.add(where, "value", f"value must be an object, got {type(value).__name__}")
            return
        if name == C.SPAN:
            self.span_region(i, rid, where, r, value)
        elif name in self.vocab.per_region:
            self.per_region(i, rid, where, name, value)
        elif name in self.vocab.stance_controls:
            label = self.one_choice(where, name, value, STANCE_LABELS)
            if label is not None:
                holder, target = self.vocab.stance_controls[name]
                stance = {"holder": holder, "target": target, "label": label}
                if "score" in r and r["score"] is not None:
                    stance["score"] = r["score"]
                self.stances.append((i, stance))
        elif name == C.STANCE_OTHER:
            self.stance_lines(i, where, value)
        elif name == C.NOT_ANNOTATED:
            choices = value.get("choices")
            if not isinstance(choices, list) or any(c not in LAYERS for c in choices):
                self.add(where, "value.choices", f"unknown value in {choices!r} (known: {', '.join(LAYERS)})")
            else:
                self.not_annotated.update(choices)

    def expected_type(self, name: Any) -> str | None:
        if name == C.SPAN:
            return "labels"
        if name in self.vocab.per_region:
            return self.vocab.per_region[name].type
        if name in self.vocab.stance_controls or name == C.NOT_ANNOTATED:
            return "choices"
        if name == C.STANCE_OTHER:
            return "textarea"
        return None

    def span_region(self, i: int, rid: str, where: str, r: Mapping[str, Any], value: Mapping[str, Any]) -> None:
        labels = value.get("labels")
        if not isinstance(labels, list) or not labels:
            self.add(where, "value.labels", f"no label (expected one of {', '.join(C.SPAN_LABELS)})")
            return
        unknown = [x for x in labels if x not in C.SPAN_LABELS]
        if unknown:
            self.add(where, "value.labels", f"unknown label {unknown[0]!r} (known: {', '.join(C.SPAN_LABELS)})")
            return
        if len(labels) != 1:
            self.add(where, "value.labels", f"a region has exactly one label, got {labels!r}")
            return
        start, end = value.get("start"), value.get("end")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            self.add(where, "value.start", f"offsets must be integers, got start {start!r}, end {end!r}")
            return
        if not 0 <= start <= end <= len(self.text):
            self.add(where, "value.end", f"span [{start}, {end}] outside the text (length {len(self.text)})")
            return
        if start == end:
            what = "a quote without content" if labels[0] == C.QUOTE else f"an empty {labels[0]} span"
            self.add(where, "value.start", f"empty span [{start}, {end}]: {what}")
            return
        if "text" in value and value["text"] != self.text[start:end]:
            self.add(where, "value.text", f"text {_short(value['text'])} does not match the document at "
                                          f"[{start}, {end}], which reads {_short(self.text[start:end])}")
            return
        if rid in self.regions:
            self.add(where, "id", "region id used by two labeled spans")
            return
        self.regions[rid] = _Region(rid, labels[0], (start, end), i, r.get("score"))

    def one_choice(self, where: str, name: str, value: Mapping[str, Any], allowed: Sequence[str]) -> str | None:
        choices = value.get("choices")
        if not isinstance(choices, list):
            self.add(where, "value.choices", f"{name}: choices must be a list, got {choices!r}")
            return None
        unknown = [c for c in choices if c not in allowed]
        if unknown:
            self.add(where, "value.choices", f"{name}: unknown value {unknown[0]!r} (known: {', '.join(allowed)})")
            return None
        if len(choices) > 1:
            self.add(where, "value.choices", f"{name}: one value expected, got {choices!r}")
            return None
        return choices[0] if choices else None

    def per_region(self, i: int, rid: str, where: str, name: str, value: Mapping[str, Any]) -> None:
        control = self.vocab.per_region[name]
        if control.type == "choices":
            got = self.one_choice(where, name, value, control.values)
        else:
            texts = value.get("text")
            texts = [texts] if isinstance(texts, str) else texts
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                self.add(where, "value.text", f"{name}: text must be a list of strings, got {texts!r}")
                return
            if len(texts) > 1:
                self.add(where, "value.text", f"{name}: one text expected, got {len(texts)}")
                return
            got = texts[0] if texts else None
        if got is None:
            return
        if name in self.attrs.setdefault(rid, {}):
            self.add(where, "from_name", f"{name} given twice for this region")
            return
        self.attrs[rid][name] = (got, i)

    def stance_lines(self, i: int, where: str, value: Mapping[str, Any]) -> None:
        texts = value.get("text")
        texts = [texts] if isinstance(texts, str) else texts
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            self.add(where, "value.text", f"text must be a list of strings, got {texts!r}")
            return
        lines = [line for t in texts for line in t.split("\n") if line.strip()]  # not splitlines: U+0085 etc. are data
        for n, line in enumerate(lines, start=1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                self.add(where, f"value.text line {n}", f"not JSON: {e.msg}")
                continue
            if not isinstance(d, dict) or not {"holder", "target", "label"} <= d.keys() or d.keys() - {"holder", "target", "label", "score"}:
                self.add(where, f"value.text line {n}", "expected an object with holder, target, label (and optional score)")
            elif d["label"] not in STANCE_LABELS:
                self.add(where, f"value.text line {n}", f"unknown value {d['label']!r} (known: {', '.join(STANCE_LABELS)})")
            else:
                self.stances.append((i, d))


def _short(s: Any, width: int = 40) -> str:
    s = str(s)
    return repr(s if len(s) <= width else s[: width - 1] + "…")


def results_to_doc(
    doc_id: str,
    text: str,
    results: Sequence[Result],
    vocab: Vocab,
    *,
    task_id: int | str | None = None,
    annotation_id: int | str | None = None,
    what: str = "annotation",
    meta: dict[str, Any] | None = None,
    ctx: Context | None = None,
    strict: bool = False,
) -> DocAnnotation:
    """The DocAnnotation of one Label Studio annotation (or prediction: ``what="prediction"``).

    Raises :class:`ResultsError` with every problem found.  ``strict`` applies the gold rules of
    :func:`check_object` (registry entities, every layer present); ``ctx`` defaults to this text
    and the vocabulary's entities and targets.
    """
    from newsgold.corpus import Document

    rd = _Reader(doc_id, text, vocab, task_id, annotation_id, what)
    rd.read(results)
    regions = rd.regions

    # per-region values must sit on a region of the right label
    for rid, attrs in rd.attrs.items():
        for name in attrs:
            label = vocab.per_region[name].label
            if rid not in regions:
                rd.add(f"region {rid}", "id", f"{name} for a region that is not a labeled span (no {label} region {rid!r})")
            elif regions[rid].label != label:
                rd.add(f"region {rid}", "from_name", f"{name} cannot be placed on a {regions[rid].label} region (only on {label})")

    groups = _UnionFind()
    links: dict[str, dict[str, list[str]]] = {}  # quote-or-claim region -> relation kind -> other region ids
    for _, rel in rd.relations:
        kind = _relation_kind(rd, rel)
        if kind == C.REL_FRAGMENT:
            groups.union(rel["from_id"], rel["to_id"])
        elif kind is not None:  # source/cue hang on the quote, the claim -> quote link on the claim
            a, b = regions[rel["from_id"]], regions[rel["to_id"]]
            main, other = (a, b) if a.label == (C.CLAIM if kind == C.REL_CLAIM else C.QUOTE) else (b, a)
            links.setdefault(main.rid, {}).setdefault(kind, []).append(other.rid)
            links.setdefault(other.rid, {}).setdefault("linked", []).append(main.rid)

    for reg in regions.values():
        if reg.label in (C.SOURCE, C.CUE) and not links.get(reg.rid, {}).get("linked"):
            rd.add(f"region {reg.rid}", "value.labels",
                   f"{reg.label} region not linked to any Quote: a quote without content (mark the content as a Quote region and relate them)")

    members: dict[str, list[_Region]] = {}
    for reg in sorted(regions.values(), key=lambda r: r.index):
        if reg.label in (C.QUOTE, C.CLAIM):
            members.setdefault(groups.find(reg.rid), []).append(reg)
    item_of = {}  # region id -> item id (head region id)
    for regs in members.values():
        head = min(regs, key=lambda r: r.span)
        for r in regs:
            item_of[r.rid] = head.rid

    quotes, claims = [], []
    for regs in members.values():  # dicts keep first-appearance order
        (quotes if regs[0].label == C.QUOTE else claims).append(_item(rd, regs, links, item_of))

    stances = [s for _, s in sorted(rd.stances, key=lambda x: x[0])]
    raw: dict[str, Any] = {"doc_id": doc_id}
    if meta is not None:
        raw["meta"] = meta
    for layer, items in (("quotes", quotes), ("claims", claims), ("stances", stances)):
        if layer not in rd.not_annotated:
            raw[layer] = items
        elif items:
            rd.add(None, C.NOT_ANNOTATED, f"layer {layer!r} is marked not annotated but has {len(items)} item(s)")
    if rd.problems:
        raise ResultsError(rd.problems)

    if ctx is None:
        ctx = Context(docs={doc_id: Document(doc_id=doc_id, text=text)},
                      entity_ids=set(vocab.entity_ids), target_ids=set(vocab.target_ids))
    problems = check_object(raw, ctx, rd.file, strict_refs=strict)
    if problems:
        raise ResultsError([dataclasses.replace(p, item=f"{rd.owner} {p.item}" if p.item else rd.owner) for p in problems])
    return DocAnnotation.from_dict(raw)


def _relation_kind(rd: _Reader, rel: Mapping[str, Any]) -> str | None:
    """What a relation means, from the labels of its ends; None (and a problem) if it cannot be placed."""
    src, dst = rel.get("from_id"), rel.get("to_id")
    where = f"region {src}"
    ok = True
    for key, rid in (("from_id", src), ("to_id", dst)):
        if not isinstance(rid, str) or rid not in rd.regions:
            rd.add(where, key, f"dangling relation {src!r} -> {dst!r}: {key} {rid!r} is not a labeled region of this annotation")
            ok = False
    labels = rel.get("labels") or []
    if not isinstance(labels, list) or any(x not in C.RELATION_LABELS for x in labels):
        rd.add(where, "labels", f"unknown relation label in {labels!r} (known: {', '.join(C.RELATION_LABELS)})")
        return None
    if not ok:
        return None
    ends = (rd.regions[src].label, rd.regions[dst].label)
    kind = C.RELATION_KINDS.get(frozenset(ends))
    if kind is None:
        rd.add(where, "to_id", f"a relation between a {ends[0]} and a {ends[1]} region ({src!r} -> {dst!r}) cannot be placed")
        return None
    if any(x != kind for x in labels):
        rd.add(where, "labels", f"relation labelled {labels!r} between a {ends[0]} and a {ends[1]} must be {kind!r}")
        return None
    return kind


def _one(rd: _Reader, head: str, what: str, values: list[Any], show: Any = repr) -> Any:
    distinct = list(dict.fromkeys(values))
    if len(distinct) > 1:
        rd.add(f"region {head}", what, f"{len(distinct)} different values: {', '.join(show(v) for v in distinct)}")
    return distinct[0] if distinct else None


def _item(rd: _Reader, regs: list[_Region], links: dict[str, dict[str, list[str]]], item_of: dict[str, str]) -> dict[str, Any]:
    """A quote or claim dict from the regions of one fragment group."""
    head = min(regs, key=lambda r: r.span).rid
    frags = sorted(r.span for r in regs)

    def attr(name: str) -> Any:
        return _one(rd, head, name, [rd.attrs[r.rid][name][0] for r in regs if name in rd.attrs.get(r.rid, {})])

    def linked(kind: str) -> list[str]:
        return [o for r in regs for o in links.get(r.rid, {}).get(kind, [])]

    def entity(choice: str, free: str) -> str | None:
        a, b = attr(choice), attr(free)
        if a is not None and b is not None:
            rd.add(f"region {head}", free, f"given both as registry entity {a!r} and as free text {b!r}")
        return a if a is not None else b

    score = _one(rd, head, "score", [r.score for r in regs if r.score is not None])
    if regs[0].label == C.QUOTE:
        qtype = attr(C.QUOTE_TYPE)
        if qtype is None:
            rd.add(f"region {head}", C.QUOTE_TYPE, "quote has no type (choose direct, indirect or mixed)")
        span = _one(rd, head, C.REL_SOURCE, [rd.regions[o].span for o in linked(C.REL_SOURCE)], list)
        cue = _one(rd, head, C.REL_CUE, [rd.regions[o].span for o in linked(C.REL_CUE)], list)
        out = {"id": head, "type": qtype, "content": [list(f) for f in frags],
               "source": {"span": None if span is None else list(span), "entity": entity(C.SPEAKER, C.SPEAKER_TEXT)},
               "cue": None if cue is None else list(cue)}
    else:
        kind, worthy = attr(C.CLAIM_KIND), attr(C.CHECKWORTHY)
        for name, value in ((C.CLAIM_KIND, kind), (C.CHECKWORTHY, worthy)):
            if value is None:
                rd.add(f"region {head}", name, f"claim has no {name}")
        quote, quote_text = _one(rd, head, C.REL_CLAIM, [item_of[o] for o in linked(C.REL_CLAIM)]), attr(C.CLAIM_QUOTE_ID)
        if quote is not None and quote_text is not None:
            rd.add(f"region {head}", C.CLAIM_QUOTE_ID, f"claim related to quote {quote!r} and also naming quote {quote_text!r}")
        out = {"id": head, "span": [list(f) for f in frags], "claimant": entity(C.CLAIMANT, C.CLAIMANT_TEXT),
               "kind": kind, "checkworthy": C.CHECKWORTHY_VALUES.get(worthy),
               "quote": quote if quote is not None else quote_text}
    if score is not None:
        out["score"] = score
    return out
