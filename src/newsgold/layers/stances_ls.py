"""The stances layer in Label Studio: per target, a row per label listing the document's holders.

The holders offered are the document's own (guidelines §8.1): the task's ``stance_holders``
data, a dynamic choice list (Label Studio's ``<Choices value="$stance_holders">``) that the push
builds per document (:func:`document_holders`).  One result per (target, label) lists its holders,
and a hidden text area the order of the annotation's holders: the pull orders the stances by
it (holders ticked later: by the task's list), then by target, the order the push checked the
document has.  Stances that do not fit (a holder or target outside the lists, a score, another
order) go, all of them then, as JSON lines into one hidden text area, so that their order and
content survive a round trip.  Results of the older grid (one control per holder and target)
are still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsgold.layers.base import DOCUMENT_HOLDER

STANCE_LABELS = ("favor", "against", "neutral")
STANCE_OTHER = "stance_other"
STANCE_ORDER = "stance_order"  # hidden: the annotation's holders in their order (a JSON list)
STANCE_HOLDERS = "stance_holders"  # task data: [{"value": the name shown, "alias": the holder id}]
OWN_VOICE = "The article's own voice"
CELL_PREFIX = "stances__"  # stances__<target>__<label>: the holders of that label on that target
DOC_STANCE_PREFIX, HOLDER_STANCE_PREFIX = "doc_stance__", "stance__"  # the older grid, still read


class StanceLabelStudio:
    """The Label Studio hooks of :class:`~newsgold.layers.stances.StancesLayer`."""

    def ls_controls(self, vocab: Any) -> dict[str, str]:
        cells = dict.fromkeys([*cell_controls(vocab), *stance_controls(vocab)], "choices")
        return {**cells, STANCE_OTHER: "textarea", STANCE_ORDER: "textarea"}

    def ls_config(self, root: Any, vocab: Any) -> None:
        from newsgold.labelstudio.config import HIDDEN, add

        stance = add(root, "View", idAttr="ng-stance")
        add(stance, "Header", value="Stance: per target, tick the holders whose words take each position (none: no stance)", size="5")
        for target in vocab.targets:  # a block per target: its description, then a row per label
            block = add(stance, "View", idAttr=f"ng-stance-{target.id}")
            add(block, "Header", value=f"{target.id}: {target.description}" if target.description else target.id, size="6")
            rows = add(block, "View", style="display: grid; grid-template-columns: 5em 1fr; gap: 0 0.4em; align-items: baseline")
            for label in STANCE_LABELS:
                add(rows, "Header", value=label, size="6")
                add(
                    rows,
                    "Choices",
                    name=cell_name(target.id, label),
                    toName="text",
                    value=f"${STANCE_HOLDERS}",
                    choice="multiple",
                    showInline="true",
                )
        hidden = add(root, "View", style=HIDDEN)  # predictions only: holders/targets outside the lists
        add(hidden, "Header", value="Other stances: JSON lines {holder, target, label}", size="6")
        add(hidden, "TextArea", name=STANCE_OTHER, toName="text", rows="2", maxSubmissions="1", editable="true")
        add(hidden, "TextArea", name=STANCE_ORDER, toName="text", rows="1", maxSubmissions="1", editable="true")

    def ls_task_data(self, text: str, vocab: Any, docs: Sequence[Any]) -> dict[str, Any]:
        shown = {DOCUMENT_HOLDER: OWN_VOICE, **vocab.names}
        return {STANCE_HOLDERS: [{"value": shown.get(h, h), "alias": h} for h in document_holders(text, vocab, docs)]}

    def ls_push(self, doc: Any, push: Any) -> None:
        import json

        items = doc.stances or []
        offered, targets = set(holder_order(push.data, push.vocab)), push.vocab.target_ids
        order = list(dict.fromkeys(s.holder for s in items))
        pairs = [(s.holder, s.target) for s in items]
        fits = all(s.holder in offered and s.target in targets and s.score is None for s in items) and len(set(pairs)) == len(pairs)
        if fits and items == sorted(items, key=lambda s: (order.index(s.holder), targets.index(s.target))):
            if items:
                push.out.append(
                    {
                        "id": push.new_id(STANCE_ORDER),
                        "from_name": STANCE_ORDER,
                        "to_name": "text",
                        "type": "textarea",
                        "value": {"text": [json.dumps(order, ensure_ascii=False)]},
                    }
                )
            for target in targets:
                for label in STANCE_LABELS:
                    chosen = [s.holder for s in items if s.target == target and s.label == label]
                    if chosen:
                        push.choices(cell_name(target, label), chosen)
            return
        push.out.append(
            {
                "id": push.new_id(STANCE_OTHER),
                "from_name": STANCE_OTHER,
                "to_name": "text",
                "type": "textarea",
                "value": {"text": [json.dumps(s.to_dict(), ensure_ascii=False) for s in items]},
            }
        )

    def ls_read(self, rd: Any, i: int, where: str, name: str, r: Any, value: Any) -> None:
        found = rd.collected.setdefault("stances", [])
        if name in cell_controls(rd.vocab):
            target, label = cell_controls(rd.vocab)[name]
            allowed = holder_order(rd.data, rd.vocab)
            chosen = value.get("choices")
            if not isinstance(chosen, list) or not all(isinstance(h, str) for h in chosen):
                rd.add(where, "value.choices", f"{name}: choices must be a list of holder ids, got {chosen!r}")
                return
            for h in chosen:
                if h not in allowed:
                    rd.add(where, "value.choices", f"{name}: {h!r} is not one of this document's holders ({', '.join(allowed)})")
                    continue
                stance = {"holder": h, "target": target, "label": label}
                if r.get("score") is not None:
                    stance["score"] = r["score"]
                rd.collected.setdefault("stance_cells", []).append((where, stance))
            return
        if name == STANCE_ORDER:
            self._read_order(rd, where, value)
            return
        if name != STANCE_OTHER:
            label = rd.one_choice(where, name, value, STANCE_LABELS)
            if label is not None:
                holder, target = stance_controls(rd.vocab)[name]
                stance = {"holder": holder, "target": target, "label": label}
                if "score" in r and r["score"] is not None:
                    stance["score"] = r["score"]
                found.append((i, stance))
            return
        from newsgold.jsonio import JsonReadError, loads

        texts = rd.texts(where, value, None)
        if texts is None:
            return
        lines = [line for t in texts for line in t.split("\n") if line.strip()]  # not splitlines: U+0085 etc. are data
        for n, line in enumerate(lines, start=1):
            try:
                d = loads(line, where, n)
            except JsonReadError as e:
                rd.add(where, f"value.text line {n}", f"not JSON: {e.reason}")
                continue
            if (
                not isinstance(d, dict)
                or not {"holder", "target", "label"} <= d.keys()
                or d.keys() - {"holder", "target", "label", "score"}
            ):
                rd.add(where, f"value.text line {n}", "expected an object with holder, target, label (and optional score)")
            elif d["label"] not in STANCE_LABELS:
                rd.add(where, f"value.text line {n}", f"unknown value {d['label']!r} (known: {', '.join(STANCE_LABELS)})")
            else:
                found.append((i, d))

    def _read_order(self, rd: Any, where: str, value: Any) -> None:
        from newsgold.jsonio import JsonReadError, loads

        texts = rd.texts(where, value, STANCE_ORDER)
        if not texts:
            return
        try:
            order = loads(texts[0], where, 1)
        except JsonReadError as e:
            rd.add(where, "value.text", f"{STANCE_ORDER}: not JSON: {e.reason}")
            return
        if not isinstance(order, list) or not all(isinstance(h, str) for h in order):
            rd.add(where, "value.text", f"{STANCE_ORDER}: expected a JSON list of holder ids, got {texts[0]!r}")
            return
        rd.collected["stance_order"] = order

    def ls_items(self, rd: Any, groups: Any) -> list[dict[str, Any]]:
        """The stances of the per-target lists in the annotation's holder order (then the task's), then the others in result order."""
        order = dict.fromkeys([*rd.collected.get("stance_order", []), *holder_order(rd.data, rd.vocab)])
        rank = {h: i for i, h in enumerate(order)}
        targets = rd.vocab.target_ids
        cells: list[dict[str, Any]] = []
        seen: dict[tuple[str, str], str] = {}
        for where, s in rd.collected.get("stance_cells", []):
            key = (s["holder"], s["target"])
            if key in seen:
                rd.add(
                    where,
                    "value.choices",
                    f"{s['holder']} is ticked as both {seen[key]} and {s['label']} on {s['target']}: one label per holder and target",
                )
                continue
            seen[key] = s["label"]
            cells.append(s)
        cells.sort(key=lambda s: (rank[s["holder"]], targets.index(s["target"])))
        return cells + [s for _, s in sorted(rd.collected.get("stances", []), key=lambda x: x[0])]


def cell_name(target: str, label: str) -> str:
    return f"{CELL_PREFIX}{target}__{label}"


def holder_order(data: Mapping[str, Any] | None, vocab: Any) -> list[str]:
    """The holder ids a task offers (its ``stance_holders``); without them the project's: own voice, then the eligible entities."""
    listed = (data or {}).get(STANCE_HOLDERS)
    if isinstance(listed, list) and all(isinstance(h, Mapping) for h in listed):
        ids = [h.get("alias", h.get("value")) for h in listed]
        if all(isinstance(h, str) for h in ids):
            return list(dict.fromkeys(ids))
    return [DOCUMENT_HOLDER, *vocab.holder_ids]


def document_holders(text: str, vocab: Any, docs: Iterable[Any]) -> list[str]:
    """The holders a document offers (guidelines §8.1): its own voice; the holders of the stances
    pushed with it, in their order; then the eligible registry entities (not a voice, not a relay)
    that speak in its quotes or that it names (name or alias), in order of first mention."""
    docs = [d for d in docs if d is not None]
    known, eligible = set(vocab.entity_ids), set(vocab.holder_ids)
    out = [DOCUMENT_HOLDER, *(s.holder for d in docs for s in d.stances or [] if s.holder in known)]
    out += [q.source.entity for d in docs for q in d.quotes or [] if q.source.entity in eligible]
    mentions = []
    for e in vocab.entities:
        if e.id in eligible:
            found = [m.start() for n in (e.name, *e.aliases) if n for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)] if m]
            if found:
                mentions.append((min(found), e.id))
    out += [e for _, e in sorted(mentions)]
    return list(dict.fromkeys(out))


def cell_controls(vocab: Any) -> dict[str, tuple[str, str]]:
    """Control name -> (target, label) of the per-target holder lists."""

    def build() -> dict[str, tuple[str, str]]:
        return {cell_name(t, label): (t, label) for t in vocab.target_ids for label in STANCE_LABELS}

    return vocab.derived("stances.cells", build)


def stance_control_name(holder: str, target: str) -> str:
    """A control of the older grid (one per holder and target), still read on pull."""
    if holder == DOCUMENT_HOLDER:
        return f"{DOC_STANCE_PREFIX}{target}"
    return f"{HOLDER_STANCE_PREFIX}{holder}__{target}"


def stance_controls(vocab: Any) -> dict[str, tuple[str, str]]:
    """Control name -> (holder, target) for every cell of the older stance grid of ``vocab``."""

    def build() -> dict[str, tuple[str, str]]:
        from newsgold.labelstudio.config import RESERVED

        out: dict[str, tuple[str, str]] = {}
        cells = cell_controls(vocab)
        for holder in (DOCUMENT_HOLDER, *vocab.holder_ids):
            for target in vocab.target_ids:
                name = stance_control_name(holder, target)
                if name in out or name in vocab.per_region or name in RESERVED or name == STANCE_OTHER or name in cells:
                    raise ValueError(f"stance control name {name!r} is ambiguous: rename the entity or target")
                out[name] = (holder, target)
        return out

    return vocab.derived("stances.grid", build)
