"""The Label Studio labeling config, generated from the schema and the registries.

Everything that names a control, a label or a choice lives here, so that the config, the push
(:mod:`.convert` ``doc_to_results``) and the pull (``results_to_doc``) cannot drift apart.

Representation (one ``<Labels name="span">`` on ``<Text name="text">``):

* ``Quote`` / ``Claim`` regions are the content fragments.  The region id of the first fragment
  is our item id (``q3``, ``c5``); further fragments get ``<id>:2``, ``<id>:3`` … and a
  ``fragment`` relation to the first.  On pull, Quote–Quote (Claim–Claim) relations group the
  fragments whatever their direction; the fragment with the smallest start names the item.
* ``Source`` and ``Cue`` regions link to their quote by a ``source`` / ``cue`` relation; a Claim
  links to its quote by a ``claim`` relation.  One Source region may serve several quotes.
* Per-region choices share the region id: quote type and speaker on the Quote, kind,
  check-worthiness and claimant on the Claim.  Speaker/claimant is a choice of registry entity
  ids, or free text (``*_text``) for names outside the registry (extractor predictions).
* Stances: one document-level single choice per (holder, target), holder ``@document`` or a
  registry entity.  Stances that do not fit that grid (free-text holder, unknown target) are
  written, all of them then, as JSON lines in the ``stance_other`` text area, which keeps
  their order exactly.
* ``not_annotated`` (multiple choice) lists layers that are ``None`` (not predicted); absent
  means every layer was annotated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from newsgold.schema import CLAIM_KINDS, DOCUMENT_HOLDER, LAYERS, QUOTE_TYPES, STANCE_LABELS, Entity, Target

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

TEXT = "text"  # the <Text> object, and the task data key it shows
SPAN = "span"  # the <Labels> control
QUOTE, SOURCE, CUE, CLAIM = "Quote", "Source", "Cue", "Claim"
SPAN_LABELS = (QUOTE, SOURCE, CUE, CLAIM)

REL_FRAGMENT, REL_SOURCE, REL_CUE, REL_CLAIM = "fragment", "source", "cue", "claim"
RELATION_LABELS = (REL_FRAGMENT, REL_SOURCE, REL_CUE, REL_CLAIM)
# Meaning of a relation, from the labels of its two ends (direction does not matter).
RELATION_KINDS: dict[frozenset[str], str] = {
    frozenset({QUOTE}): REL_FRAGMENT,
    frozenset({CLAIM}): REL_FRAGMENT,
    frozenset({SOURCE, QUOTE}): REL_SOURCE,
    frozenset({CUE, QUOTE}): REL_CUE,
    frozenset({CLAIM, QUOTE}): REL_CLAIM,
}

QUOTE_TYPE, SPEAKER, SPEAKER_TEXT = "quote_type", "speaker", "speaker_text"
CLAIM_KIND, CHECKWORTHY, CLAIMANT, CLAIMANT_TEXT = "claim_kind", "checkworthy", "claimant", "claimant_text"
CLAIM_QUOTE_ID = "claim_quote_id"
CHECKWORTHY_VALUES = {"yes": True, "no": False}
NOT_ANNOTATED = "not_annotated"
STANCE_OTHER = "stance_other"
DOC_STANCE_PREFIX, HOLDER_STANCE_PREFIX = "doc_stance__", "stance__"

COLORS = {QUOTE: "#4e79a7", SOURCE: "#f28e2b", CUE: "#59a14f", CLAIM: "#e15759"}


@dataclass(frozen=True)
class PerRegion:
    """A per-region control: which span label it belongs to, its result type, allowed values."""

    name: str
    label: str
    type: str  # "choices" | "textarea"
    values: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Vocab:
    """Entities and targets: what the config offers as choices and stance controls."""

    entities: tuple[Entity, ...] = ()
    targets: tuple[Target, ...] = ()

    @classmethod
    def of_workspace(cls, ws: Workspace) -> Vocab:
        return cls(tuple(ws.entities), tuple(ws.targets))

    @classmethod
    def of(cls, entities: Iterable[Entity | str], targets: Iterable[Target | str]) -> Vocab:
        """Accepts objects or bare ids (an id becomes an entity/target named by itself)."""
        ents = tuple(e if isinstance(e, Entity) else Entity(e, e) for e in entities)
        tgts = tuple(t if isinstance(t, Target) else Target(t, t) for t in targets)
        return cls(ents, tgts)

    @cached_property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entities)

    @cached_property
    def target_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.targets)

    @cached_property
    def per_region(self) -> dict[str, PerRegion]:
        ents = self.entity_ids
        controls = [
            PerRegion(QUOTE_TYPE, QUOTE, "choices", QUOTE_TYPES, required=True),
            PerRegion(SPEAKER, QUOTE, "choices", ents),
            PerRegion(SPEAKER_TEXT, QUOTE, "textarea"),
            PerRegion(CLAIM_KIND, CLAIM, "choices", CLAIM_KINDS, required=True),
            PerRegion(CHECKWORTHY, CLAIM, "choices", tuple(CHECKWORTHY_VALUES), required=True),
            PerRegion(CLAIMANT, CLAIM, "choices", ents),
            PerRegion(CLAIMANT_TEXT, CLAIM, "textarea"),
            PerRegion(CLAIM_QUOTE_ID, CLAIM, "textarea"),
        ]
        # A choice list needs at least one choice: without a registry, names are free text only.
        return {c.name: c for c in controls if c.type != "choices" or c.values}

    @cached_property
    def stance_controls(self) -> dict[str, tuple[str, str]]:
        """Control name -> (holder, target) for every cell of the stance grid."""
        out: dict[str, tuple[str, str]] = {}
        for holder in (DOCUMENT_HOLDER, *self.entity_ids):
            for target in self.target_ids:
                name = stance_control_name(holder, target)
                if name in out or name in self.per_region or name in (SPAN, TEXT, NOT_ANNOTATED, STANCE_OTHER):
                    raise ValueError(f"stance control name {name!r} is ambiguous: rename the entity or target")
                out[name] = (holder, target)
        return out

    @cached_property
    def stance_control_of(self) -> dict[tuple[str, str], str]:
        return {pair: name for name, pair in self.stance_controls.items()}


def stance_control_name(holder: str, target: str) -> str:
    if holder == DOCUMENT_HOLDER:
        return f"{DOC_STANCE_PREFIX}{target}"
    return f"{HOLDER_STANCE_PREFIX}{holder}__{target}"


def _add(parent, tag: str, text: str | None = None, **attrs: str):
    import xml.etree.ElementTree as ET

    el = ET.SubElement(parent, tag, attrs)
    el.text = text
    return el


def _choices(parent, name: str, values: Sequence[str], hints: Sequence[str] = (), **attrs: str):
    el = _add(parent, "Choices", name=name, toName=TEXT, **attrs)
    for i, value in enumerate(values):
        extra = {"hint": hints[i]} if i < len(hints) and hints[i] != value else {}
        _add(el, "Choice", value=value, **extra)
    return el


TITLES = {
    QUOTE_TYPE: "Quote type",
    SPEAKER: "Speaker (registry entity)",
    SPEAKER_TEXT: "Speaker (free text, only if not in the registry)",
    CLAIM_KIND: "Claim kind",
    CHECKWORTHY: "Check-worthy?",
    CLAIMANT: "Claimant (registry entity)",
    CLAIMANT_TEXT: "Claimant (free text, only if not in the registry)",
    CLAIM_QUOTE_ID: "Quote id (predictions without a quotes layer only; otherwise relate the claim to its Quote)",
}


def labeling_config(entities: Iterable[Entity | str], targets: Iterable[Target | str]) -> str:
    """The Label Studio XML config for newsgold (entities and targets from the registries)."""
    return config_for(Vocab.of(entities, targets))


def config_for(vocab: Vocab) -> str:
    """The config for a vocabulary (what :func:`labeling_config` builds from the registries)."""
    import xml.etree.ElementTree as ET

    vocab.stance_controls  # raises early on ambiguous control names
    root = ET.Element("View")
    # Without pre-wrap Label Studio trims whitespace when displaying, and offsets drift.
    _add(root, "Style", ".htx-text { white-space: pre-wrap; }")
    _add(root, "Header", value="$doc_id")
    labels = _add(root, "Labels", name=SPAN, toName=TEXT, choice="single")
    for label in SPAN_LABELS:
        _add(labels, "Label", value=label, background=COLORS[label])
    relations = _add(root, "Relations")
    for rel in RELATION_LABELS:
        _add(relations, "Relation", value=rel)
    _add(root, "Text", name=TEXT, value=f"${TEXT}", granularity="symbol")

    names = [e.name for e in vocab.entities]
    groups = {label: _add(root, "View", visibleWhen="region-selected", whenLabelValue=label) for label in (QUOTE, CLAIM)}
    for control in vocab.per_region.values():
        parent = groups[control.label]
        cond = {"perRegion": "true", "visibleWhen": "region-selected", "whenLabelValue": control.label}
        if control.required:
            cond["required"] = "true"
        _add(parent, "Header", value=TITLES[control.name], size="6")
        if control.type == "choices":
            hints = names if control.name in (SPEAKER, CLAIMANT) else ()
            _choices(parent, control.name, control.values, hints, choice="single", showInline="true", **cond)
        else:
            _add(parent, "TextArea", name=control.name, toName=TEXT, maxSubmissions="1", rows="1", editable="true", **cond)

    stance = _add(root, "View")
    _add(stance, "Header", value="Stance (leave a cell empty: no stance)")
    holders = [(DOCUMENT_HOLDER, "@document (the article's own voice)")] + [(e.id, f"{e.name} ({e.id})") for e in vocab.entities]
    for holder, title in holders:
        row = _add(stance, "View", style="display: flex; flex-wrap: wrap; gap: 1.5em; align-items: baseline")
        _add(row, "Header", value=title, size="6")
        for target in vocab.targets:
            cell = _add(row, "View")
            _add(cell, "Header", value=target.id, size="6")
            _choices(cell, stance_control_name(holder, target.id), STANCE_LABELS, choice="single", showInline="true")
    _add(stance, "Header", value="Other stances: JSON lines {holder, target, label} for holders/targets outside the registry", size="6")
    _add(stance, "TextArea", name=STANCE_OTHER, toName=TEXT, rows="2", maxSubmissions="1", editable="true")
    _add(root, "Header", value="Layers NOT annotated (predictions only; leave empty when annotating)", size="6")
    _choices(root, NOT_ANNOTATED, LAYERS, choice="multiple", showInline="true")
    ET.indent(root, "  ")
    return ET.tostring(root, encoding="unicode") + "\n"
