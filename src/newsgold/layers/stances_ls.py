"""The stances layer in Label Studio: a grid of single choices per (holder, target), a row per holder.

Stances that do not fit the grid (a free-text holder, an unknown target) go, all of them then,
as JSON lines into one text area, so that their order and content survive a round trip.
"""

from __future__ import annotations

from typing import Any

from newsgold.layers.base import DOCUMENT_HOLDER

STANCE_LABELS = ("favor", "against", "neutral")
STANCE_OTHER = "stance_other"
DOC_STANCE_PREFIX, HOLDER_STANCE_PREFIX = "doc_stance__", "stance__"


class StanceLabelStudio:
    """The Label Studio hooks of :class:`~newsgold.layers.stances.StancesLayer`."""

    def ls_controls(self, vocab: Any) -> dict[str, str]:
        return {**dict.fromkeys(stance_controls(vocab), "choices"), STANCE_OTHER: "textarea"}

    def ls_config(self, root: Any, vocab: Any) -> None:
        from newsgold.labelstudio.config import HIDDEN, add, choices

        stance = add(root, "View", idAttr="ng-stance")
        add(stance, "Header", value="Stance of each holder on each target (leave a cell empty: no stance)", size="5")
        for target in vocab.targets:  # the targets' descriptions, then one compact grid: holder | a column per target
            add(stance, "Header", value=f"{target.id}: {target.description}" if target.description else target.id, size="6")
        holders = [(DOCUMENT_HOLDER, "The article's own voice")] + [(e, vocab.names.get(e, e)) for e in vocab.holder_ids]
        columns = f"display: grid; grid-template-columns: 7em repeat({max(len(vocab.targets), 1)}, auto); gap: 0 0.4em; align-items: center"
        grid = add(stance, "View", style=columns)
        add(grid, "Header", value="Holder", size="6")
        for target in vocab.targets:
            add(grid, "Header", value=target.id, size="6")
        for holder, title in holders:  # one row per holder, the cells aligned in the grid's columns
            add(grid, "Header", value=title, size="6")
            for target in vocab.targets:
                choices(grid, stance_control_name(holder, target.id), STANCE_LABELS, choice="single", showInline="true")
        hidden = add(root, "View", style=HIDDEN)  # predictions only: holders/targets outside the grid
        add(hidden, "Header", value="Other stances: JSON lines {holder, target, label}", size="6")
        add(hidden, "TextArea", name=STANCE_OTHER, toName="text", rows="2", maxSubmissions="1", editable="true")

    def ls_push(self, doc: Any, push: Any) -> None:
        import json

        items = doc.stances or []
        control_of = {pair: name for name, pair in stance_controls(push.vocab).items()}
        pairs = [(s.holder, s.target) for s in items]
        if all(p in control_of for p in pairs) and len(set(pairs)) == len(pairs):
            for s in items:
                name = control_of[(s.holder, s.target)]
                r = push.choices(name, [s.label])
                if s.score is not None:
                    r["score"] = s.score
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

    def ls_items(self, rd: Any, groups: Any) -> list[dict[str, Any]]:
        return [s for _, s in sorted(rd.collected.get("stances", []), key=lambda x: x[0])]


def stance_control_name(holder: str, target: str) -> str:
    if holder == DOCUMENT_HOLDER:
        return f"{DOC_STANCE_PREFIX}{target}"
    return f"{HOLDER_STANCE_PREFIX}{holder}__{target}"


def stance_controls(vocab: Any) -> dict[str, tuple[str, str]]:
    """Control name -> (holder, target) for every cell of the stance grid of ``vocab``."""

    def build() -> dict[str, tuple[str, str]]:
        from newsgold.labelstudio.config import RESERVED

        out: dict[str, tuple[str, str]] = {}
        for holder in (DOCUMENT_HOLDER, *vocab.holder_ids):
            for target in vocab.target_ids:
                name = stance_control_name(holder, target)
                if name in out or name in vocab.per_region or name in RESERVED or name == STANCE_OTHER:
                    raise ValueError(f"stance control name {name!r} is ambiguous: rename the entity or target")
                out[name] = (holder, target)
        return out

    return vocab.derived("stances.grid", build)
