"""What the browser driver reads of Label Studio's editor: its store, as Submit would send it.

``window.Htx`` is the root store the frontend (1.23) sets; its selected annotation's
``serializeAnnotation()`` is the result list Submit posts, ``selectedRegions`` the selection.
"""

from __future__ import annotations

import json
from typing import Any

# the selected annotation as Submit would send it, and the ids of the selected regions
STATE_JS = """() => {
  const a = window.Htx && window.Htx.annotationStore && window.Htx.annotationStore.selected;
  if (!a) return null;
  return {result: a.serializeAnnotation(), selected: a.selectedRegions.map(r => r.cleanId || String(r.id).split('#')[0])};
}"""

REDOS = 2  # a step is redone at most this often


class State:
    """The editor's annotation at one moment: regions, relations, per-region choices, selection."""

    def __init__(self, raw: dict[str, Any] | None):
        if raw is None:
            raise AssertionError("the editor's store (window.Htx.annotationStore.selected) is not there")
        self.raw = raw
        result = raw["result"]
        self.regions = {
            r["id"]: (r["value"]["start"], r["value"]["end"], tuple(r["value"]["labels"])) for r in result if r.get("type") == "labels"
        }
        self.relations = {(r["from_id"], r["to_id"]): tuple(r.get("labels") or ()) for r in result if r.get("type") == "relation"}
        self.choices = {(r.get("id"), r["from_name"]): tuple(r["value"]["choices"]) for r in result if r.get("type") == "choices"}
        self.selected = list(raw["selected"])
        self.key = sorted(json.dumps({k: v for k, v in r.items() if k != "origin"}, sort_keys=True) for r in result)

    def over(self, start: int, end: int) -> list[str]:
        """The ids of the regions over exactly [start, end)."""
        return [rid for rid, (s, e, _) in self.regions.items() if (s, e) == (start, end)]

    def one_over(self, start: int, end: int) -> str:
        found = self.over(start, end)
        if len(found) != 1:
            raise AssertionError(f"{len(found)} regions over [{start}, {end}): {found}\n{self}")
        return found[0]

    def __str__(self) -> str:
        lines = [f"  region {rid}: [{s}, {e}) {list(labels)}" for rid, (s, e, labels) in self.regions.items()]
        lines += [f"  relation {a} -> {b} {list(labels)}" for (a, b), labels in self.relations.items()]
        lines += [f"  choices {rid or '(document)'} {name}: {list(v)}" for (rid, name), v in self.choices.items()]
        return "editor state:\n" + "\n".join([*lines, f"  selected: {self.selected}"])


def _changed(before: dict, after: dict, allowed: set) -> list[str]:
    """Keys (other than ``allowed``) whose value differs, appeared or disappeared."""
    return [
        f"{k}: {before.get(k)} -> {after.get(k)}"
        for k in sorted(set(before) | set(after), key=str)
        if k not in allowed and before.get(k) != after.get(k)
    ]
