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
from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

from newsgold.labelstudio import config as C
from newsgold.labelstudio._regions import Group as _Group
from newsgold.labelstudio._regions import Region as _Region
from newsgold.labelstudio._regions import UnionFind as _UnionFind
from newsgold.labelstudio._regions import drop_dependents, guideline_ids, relation_kind, same_text
from newsgold.labelstudio.config import Vocab
from newsgold.layers import registry
from newsgold.schema import DocAnnotation, Span
from newsgold.validate import Context, Problem, ValidationError, check_object, usable_item_problems

Result = dict[str, Any]


class ResultsError(ValidationError):
    """Label Studio results that cannot be converted back; ``problems`` lists them all."""


# ----------------------------------------------------------------------------- push


def _labels(rid: str, label: str, span: Span, text: str, score: float | None = None) -> Result:
    start, end = span
    out: Result = {
        "id": rid,
        "from_name": C.SPAN,
        "to_name": C.TEXT,
        "type": "labels",
        "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
    }
    if score is not None:
        out["score"] = score
    return out


def _attr(rid: str, control: str, span: Span, kind: str, value: str) -> Result:
    key = "choices" if kind == "choices" else "text"
    return {"id": rid, "from_name": control, "to_name": C.TEXT, "type": kind, "value": {"start": span[0], "end": span[1], key: [value]}}


def _relation(from_id: str, to_id: str, label: str) -> Result:
    return {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": "right", "labels": [label]}


class _Pusher:
    """The results of one document so far, and the helpers layers write them with."""

    def __init__(self, doc: DocAnnotation, text: str, vocab: Vocab, data: Mapping[str, Any]):
        self.doc, self.text, self.vocab, self.data = doc, text, vocab, data
        self.out: list[Result] = []
        self.ids: set[str] = set()
        self.shared: dict[tuple[str, Span], str] = {}  # one region per distinct linked span

    def new_id(self, rid: str) -> str:
        if rid in self.ids:
            raise ValueError(f"{self.doc.doc_id}: region id {rid!r} would be used twice; rename the item")
        self.ids.add(rid)
        return rid

    def fragments(self, item_id: str, label: str, frags: Sequence[Span], score: float | None) -> None:
        """One region per fragment; the first carries the item id, the others relate to it."""
        self.out.append(_labels(self.new_id(item_id), label, frags[0], self.text, score))
        self.attr(item_id, C.ITEM_REF, frags[0], "textarea", item_id)  # the id, shown in the Regions list
        for k, frag in enumerate(frags[1:], start=2):
            self.out.append(_labels(self.new_id(f"{item_id}:{k}"), label, frag, self.text))
            self.out.append(_relation(f"{item_id}:{k}", item_id, C.REL_FRAGMENT))

    def linked(self, item_id: str, label: str, rel: str, span: Span | None) -> None:
        """A region of ``label`` related to the item by ``rel`` (shared between items on the same span)."""
        if span is None:
            return
        rid = self.shared.get((label, span))
        if rid is None:
            rid = self.shared[(label, span)] = self.new_id(f"{item_id}:{rel}")
            self.out.append(_labels(rid, label, span, self.text))
        self.out.append(_relation(rid, item_id, rel))

    def attr(self, rid: str, control: str, span: Span, kind: str, value: str) -> None:
        self.out.append(_attr(rid, control, span, kind, value))

    def entity_attr(self, rid: str, span: Span, value: str, choice: str, free: str) -> None:
        """A registry entity as a choice, anything else as free text."""
        if value in self.vocab.entity_ids and choice in self.vocab.per_region:
            self.attr(rid, choice, span, "choices", value)
        else:
            self.attr(rid, free, span, "textarea", value)

    def relation(self, from_id: str, to_id: str, label: str) -> None:
        self.out.append(_relation(from_id, to_id, label))

    def choices(self, name: str, values: list[str]) -> Result:
        """A whole-document choice result (its id is the control name)."""
        r: Result = {"id": self.new_id(name), "from_name": name, "to_name": C.TEXT, "type": "choices", "value": {"choices": values}}
        self.out.append(r)
        return r


def task_data(text: str, vocab: Vocab, docs: Sequence[DocAnnotation | None]) -> dict[str, Any]:
    """The layers' task data fields for a document and what is pushed with it (e.g. its stance holders)."""
    found = [d for d in docs if d is not None]
    return {k: v for layer in registry for k, v in layer.ls_task_data(text, vocab, found).items()}


def doc_to_results(doc: DocAnnotation, text: str, vocab: Vocab, data: Mapping[str, Any] | None = None) -> list[Result]:
    """Label Studio results for one (valid) document annotation; deterministic, stable ids.

    ``data``: the task's data, whose layer fields (:func:`task_data`) the results refer to;
    default: those of this document alone."""
    push = _Pusher(doc, text, vocab, task_data(text, vocab, [doc]) if data is None else data)
    for layer in registry:
        layer.ls_push(doc, push)
    missing = [layer for layer in registry.names() if getattr(doc, layer) is None]
    if missing:
        push.choices(C.NOT_ANNOTATED, missing)
    return push.out


def copied_not_annotated(results: Any) -> list[str]:
    """The layers a prediction marked not annotated, in an annotation started from it: Label Studio
    copies that hidden choice too (``origin: prediction``), which the person can neither see nor
    untick, so the annotation is read as theirs whole (a pull says so: it may be the model's gap)."""
    found: list[str] = []
    for r in results if isinstance(results, (list, tuple)) else ():
        if isinstance(r, Mapping) and r.get("from_name") == C.NOT_ANNOTATED and r.get("origin") == "prediction":
            choices = (r.get("value") or {}).get("choices") if isinstance(r.get("value"), Mapping) else None
            found += [c for c in choices or () if isinstance(c, str) and c not in found]
    return found


class _Reader:
    """One pass over the results collecting regions, per-region values, stances and problems."""

    def __init__(self, doc_id: str, text: str, vocab: Vocab, task_id: Any, annotation_id: Any, what: str, data: Mapping[str, Any]):
        self.text, self.vocab, self.data = text, vocab, data
        self.file = f"label studio task {task_id if task_id is not None else '?'} ({doc_id})"
        self.owner = f"{what} {annotation_id if annotation_id is not None else '?'}"
        self.what = what
        self.problems: list[Problem] = []
        self.regions: dict[str, _Region] = {}
        self.attrs: dict[str, dict[str, tuple[str, int]]] = {}  # rid -> control -> (value, index)
        self.relations: list[tuple[int, Mapping[str, Any]]] = []
        self.collected: dict[str, list[Any]] = {}  # what layers' whole-document controls read, by layer
        self.not_annotated: set[str] = set()
        self.links: dict[str, dict[str, list[str]]] = {}  # item region -> relation kind -> other region ids
        self.item_of: dict[str, str] = {}  # region id -> item id (head region id)
        self.refused: set[str] = set()  # labeled span regions refused (their problem says why)

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
        elif name in self.vocab.controls:
            self.vocab.controls[name][0].ls_read(self, i, where, name, r, value)
        elif name == C.NOT_ANNOTATED:
            choices, layers = value.get("choices"), registry.names()
            if not isinstance(choices, list) or any(c not in layers for c in choices):
                self.add(where, "value.choices", f"unknown value in {choices!r} (known: {', '.join(layers)})")
            elif self.what == "annotation" and r.get("origin") == "prediction":
                pass  # copied from the prediction a person started from: hidden, they can neither see nor untick it
            else:
                self.not_annotated.update(choices)

    def expected_type(self, name: Any) -> str | None:
        if name == C.SPAN:
            return "labels"
        if name in self.vocab.per_region:
            return self.vocab.per_region[name].type
        if name in self.vocab.controls:
            return self.vocab.controls[name][1]
        if name == C.NOT_ANNOTATED:
            return "choices"
        return None

    def span_region(self, i: int, rid: str, where: str, r: Mapping[str, Any], value: Mapping[str, Any]) -> None:
        labels = value.get("labels")
        problem = self.span_problem(labels, value)
        if problem is not None:  # refused: what hangs on it is left out (drop_dependents), one problem says why
            self.add(where, *problem)
            self.refused.add(rid)
            return
        if rid in self.regions:
            self.add(where, "id", "region id used by two labeled spans")
            return
        self.regions[rid] = _Region(rid, labels[0], (value["start"], value["end"]), i, r.get("score"))  # type: ignore[index]  # checked

    def span_problem(self, labels: Any, value: Mapping[str, Any]) -> tuple[str, str] | None:
        """(field, message) of what makes a labeled span unusable, or None."""
        known = C.span_labels()
        if not isinstance(labels, list) or not labels:
            return "value.labels", f"no label (expected one of {', '.join(known)})"
        unknown = [x for x in labels if x not in known]
        if unknown:
            return "value.labels", f"unknown label {unknown[0]!r} (known: {', '.join(known)})"
        if len(labels) != 1:
            return "value.labels", f"a region has exactly one label, got {labels!r}"
        start, end = value.get("start"), value.get("end")
        if not (_is_offset(start) and _is_offset(end)):
            return "value.start", f"offsets must be integers, got start {start!r}, end {end!r}"
        if not 0 <= start <= end <= len(self.text):  # the field at fault: a start past the text was said as value.end
            bad = "value.start" if start < 0 or start > min(end, len(self.text)) else "value.end"
            return bad, f"span [{start}, {end}] outside the text (length {len(self.text)})"
        if start == end:
            return "value.start", f"empty span [{start}, {end}]: {known[labels[0]][1]}"
        if "text" in value and not same_text(value["text"], self.text[start:end]):
            shown = _short(self.text[start:end])
            return "value.text", f"text {_short(value['text'])} does not match the document at [{start}, {end}], which reads {shown}"
        return None

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

    def texts(self, where: str, value: Mapping[str, Any], name: str | None) -> list[str] | None:
        """The strings of a textarea result, or None (and a problem) when it is not a list of them."""
        texts = value.get("text")
        texts = [texts] if isinstance(texts, str) else texts
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            self.add(where, "value.text", f"{name + ': ' if name else ''}text must be a list of strings, got {texts!r}")
            return None
        return texts

    def per_region(self, i: int, rid: str, where: str, name: str, value: Mapping[str, Any]) -> None:
        control = self.vocab.per_region[name]
        if control.type == "choices":
            got = self.one_choice(where, name, value, control.values)
        else:
            texts = self.texts(where, value, name)
            if texts is None:
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
    renumber: bool = False,
    data: Mapping[str, Any] | None = None,
) -> DocAnnotation:
    """The DocAnnotation of one Label Studio annotation (or prediction: ``what="prediction"``).

    Raises :class:`ResultsError` with every problem found.  ``strict`` applies the gold rules of
    :func:`check_object` (registry entities, every layer present); ``ctx`` defaults to this text
    and the vocabulary's entities and targets.  ``renumber``: an annotator's pass, with the
    guidelines' order and ids (:func:`~newsgold.labelstudio._regions.guideline_ids`).  ``data``:
    the task's data (the layers' fields, e.g. the document's stance holders).
    """
    from newsgold.corpus import Document

    rd = _Reader(doc_id, text, vocab, task_id, annotation_id, what, data or {})
    rd.read(results)
    item_labels = {getattr(layer, "ls_label", None): layer.name for layer in registry}
    drop_dependents(rd, {label for label in item_labels if label})
    regions = rd.regions

    # per-region values must sit on a region of the right label
    for rid, attrs in rd.attrs.items():
        for name in attrs:
            label = vocab.per_region[name].label
            if rid not in regions:
                rd.add(f"region {rid}", "id", f"{name} for a region that is not a labeled span (no {label} region {rid!r})")
            elif regions[rid].label != label and label != C.ANY_LABEL:
                rd.add(f"region {rid}", "from_name", f"{name} cannot be placed on a {regions[rid].label} region (only on {label})")

    groups = _UnionFind()
    for _, rel in rd.relations:
        placed = relation_kind(rd, rel)
        if placed is None:
            continue
        kind, owner = placed
        if kind == C.REL_FRAGMENT:
            groups.union(rel["from_id"], rel["to_id"])
        else:  # hangs on the item it belongs to (a source on its quote, a claim's quote on the claim)
            a, b = regions[rel["from_id"]], regions[rel["to_id"]]
            main, other = (a, b) if a.label == owner else (b, a)
            rd.links.setdefault(main.rid, {}).setdefault(kind, []).append(other.rid)
            rd.links.setdefault(other.rid, {}).setdefault("linked", []).append(main.rid)

    members: dict[str, list[_Region]] = {}
    for reg in sorted(regions.values(), key=lambda r: r.index):
        if reg.label in item_labels:
            members.setdefault(groups.find(reg.rid), []).append(reg)
    by_layer: dict[str, list[_Group]] = {}
    for regs in members.values():  # dicts keep first-appearance order
        by_layer.setdefault(item_labels[regs[0].label], []).append(_Group(rd, regs))
    if renumber:  # an annotator's pass: ids and order as the guidelines say
        for name, found in by_layer.items():
            by_layer[name] = guideline_ids(found, registry[name])
    rd.item_of.update({r.rid: g.id for found in by_layer.values() for g in found for r in g.regs})

    raw: dict[str, Any] = {"doc_id": doc_id}
    if meta is not None:
        raw["meta"] = meta
    for layer in registry:
        items = layer.ls_items(rd, by_layer.get(layer.name, []))
        if layer.name not in rd.not_annotated:
            raw[layer.name] = items
        elif items:
            rd.add(None, C.NOT_ANNOTATED, f"layer {layer.name!r} is marked not annotated but has {len(items)} item(s)")
    if ctx is None:
        ctx = Context(docs={doc_id: Document(doc_id=doc_id, text=text)}, entity_ids=set(vocab.entity_ids), target_ids=set(vocab.target_ids))
    if rd.problems:  # every problem in one pass: also the object's checks (overlaps, references) on the items that converted
        more = usable_item_problems(raw, ctx, rd.file, strict_refs=strict)
        raise ResultsError([*rd.problems, *(dataclasses.replace(p, item=f"{rd.owner} {p.item}" if p.item else rd.owner) for p in more)])
    problems = check_object(raw, ctx, rd.file, strict_refs=strict)
    if problems:
        raise ResultsError([dataclasses.replace(p, item=f"{rd.owner} {p.item}" if p.item else rd.owner) for p in problems])
    return DocAnnotation.from_dict(raw)


def _is_offset(x: object) -> TypeGuard[int]:
    return isinstance(x, int) and not isinstance(x, bool)
