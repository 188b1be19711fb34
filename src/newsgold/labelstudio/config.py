"""The Label Studio labeling config, generated from the layers and the registries.

Each layer (:mod:`newsgold.layers`) declares its span labels, relations, per-region controls and
whole-document controls; this module assembles them, and the push (:mod:`.convert`
``doc_to_results``) and the pull (``results_to_doc``) read the same declarations, so the three
cannot drift apart.

Representation (one ``<Labels name="span">`` on ``<Text name="text">``):

* ``Quote`` / ``Claim`` regions are the content fragments.  The region id of the first fragment
  is our item id (``q3``, ``c5``); further fragments get ``<id>:2``, ``<id>:3`` … and a
  ``fragment`` relation to the first.  On pull, Quote–Quote (Claim–Claim) relations group the
  fragments whatever their direction; the fragment with the smallest start names the item.
* ``Source`` and ``Cue`` regions link to their quote by a ``source`` / ``cue`` relation; a Claim
  links to its quote by a ``claim`` relation.  One Source region may serve several quotes.
* Per-region choices share the region id: quote type and speaker on the Quote, kind,
  check-worthiness and claimant on the Claim, once per item (on its first fragment; the config
  requires nothing per region, :class:`PerRegion`'s ``required`` is checked by the pull).  Speaker/claimant is a choice of registry entity
  ids, or free text (``*_text``) for names outside the registry (extractor predictions).
* Stances: one document-level single choice per (holder, target), holder ``@document`` or a
  registry entity.  Stances that do not fit that grid (free-text holder, unknown target) are
  written, all of them then, as JSON lines in the ``stance_other`` text area, which keeps
  their order exactly.
* ``not_annotated`` (multiple choice) lists layers that are ``None`` (not predicted); absent
  means every layer was annotated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsgold.layers import registry

# The built-in layers' names, importable from here as before.
from newsgold.layers.claims import CHECKWORTHY, CHECKWORTHY_VALUES, CLAIM, CLAIM_KIND, CLAIM_QUOTE_ID, CLAIMANT, CLAIMANT_TEXT, REL_CLAIM  # noqa: F401
from newsgold.layers.quotes import CUE, QUOTE, QUOTE_TYPE, REL_CUE, REL_SOURCE, SOURCE, SPEAKER, SPEAKER_TEXT  # noqa: F401
from newsgold.layers.stances import DOC_STANCE_PREFIX, HOLDER_STANCE_PREFIX, STANCE_OTHER, stance_control_name  # noqa: F401
from newsgold.layers.stances_ls import STANCE_HOLDERS, STANCE_ORDER, cell_name  # noqa: F401
from newsgold.schema import Entity, Target

if TYPE_CHECKING:
    from newsgold.workspace import Workspace

TEXT = "text"  # the <Text> object, and the task data key it shows
SPAN = "span"  # the <Labels> control
REL_FRAGMENT = "fragment"
NOT_ANNOTATED = "not_annotated"
RESERVED = (SPAN, TEXT, NOT_ANNOTATED)  # control names no layer may use


def span_labels() -> dict[str, tuple[str, str]]:
    """Span label -> (colour, what an empty region of it is), in layer order."""
    return {label: (color, empty) for layer in registry for label, color, empty in layer.ls_span_labels()}


def relations() -> dict[frozenset[str], tuple[str, str]]:
    """The labels of a relation's two ends (direction does not matter) -> (kind, label of the item it belongs to)."""
    return {frozenset({main, other}): (kind, main) for layer in registry for kind, main, other in layer.ls_relations()}


def __getattr__(name: str) -> Any:  # the declarations as they were once spelled, computed from the layers
    if name == "SPAN_LABELS":
        return tuple(span_labels())
    if name == "COLORS":
        return {label: color for label, (color, _) in span_labels().items()}
    if name == "RELATION_LABELS":
        return tuple(dict.fromkeys(kind for kind, _ in relations().values()))
    if name == "RELATION_KINDS":
        return {ends: kind for ends, (kind, _) in relations().items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class PerRegion:
    """A per-region control: which span label it belongs to, its result type, allowed values."""

    name: str
    label: str
    type: str  # "choices" | "textarea"
    values: tuple[str, ...] = ()
    required: bool = False
    title: str = ""  # the header shown above it
    hints: bool = False  # choices are entity ids: show their names as hints
    listed: bool = False  # shown under the region in the Regions list (displayMode region-list)


ITEM_REF = "item_ref"
ANY_LABEL = "*"


def item_refs() -> list[PerRegion]:
    """The item id box under each region in the Regions list (``c3`` on a claim's first fragment),
    so that two items on one span are told apart there; the push fills it, the pull numbers
    items itself.  Empty boxes (other fragments, Source and Cue regions) are not shown."""
    return [PerRegion(ITEM_REF, ANY_LABEL, "textarea", title="Item id (shown in the Regions list)", listed=True)]


@dataclass(frozen=True)
class Vocab:
    """Entities and targets: what the config offers as choices and stance controls."""

    entities: tuple[Entity, ...] = ()
    targets: tuple[Target, ...] = ()
    voices: frozenset[str] = frozenset()  # entities that are a document's own voice: never stance holders
    relays: frozenset[str] = frozenset()  # outlets that only relay others' words: never stance holders

    @classmethod
    def of_workspace(cls, ws: Workspace) -> Vocab:
        voices, relays = not_holders(ws)
        return cls(tuple(ws.entities), tuple(ws.targets), voices, relays)

    @cached_property
    def holder_ids(self) -> tuple[str, ...]:
        """The entities the stance grid offers as holders (guidelines §8.1: not the voice entity, not a relay outlet)."""
        return tuple(e for e in self.entity_ids if e not in self.voices and e not in self.relays)

    @classmethod
    def of(cls, entities: Iterable[Entity | str], targets: Iterable[Target | str]) -> Vocab:
        """Accepts objects or bare ids (an id becomes an entity/target named by itself)."""
        ents = tuple(e if isinstance(e, Entity) else Entity(e, e) for e in entities)
        tgts = tuple(t if isinstance(t, Target) else Target(t, t) for t in targets)
        return cls(ents, tgts)

    @cached_property
    def names(self) -> dict[str, str]:
        """Entity id -> the name an annotator sees (the id too when two entities share a name)."""
        counts: dict[str, int] = {}
        for e in self.entities:
            counts[e.name] = counts.get(e.name, 0) + 1
        return {e.id: e.name if counts[e.name] == 1 and e.name not in self.entity_ids else f"{e.name} ({e.id})" for e in self.entities}

    @cached_property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entities)

    @cached_property
    def target_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.targets)

    @cached_property
    def per_region(self) -> dict[str, PerRegion]:
        controls = [c for layer in registry for c in layer.ls_per_region(self)] + item_refs()
        # A choice list needs at least one choice: without a registry, names are free text only.
        return {c.name: c for c in controls if c.type != "choices" or c.values}

    @cached_property
    def controls(self) -> dict[str, tuple[Any, str]]:
        """Whole-document control name -> (its layer, result type); raises on ambiguous names."""
        return {name: (layer, kind) for layer in registry for name, kind in layer.ls_controls(self).items()}

    def derived(self, key: str, build: Callable[[], Any]) -> Any:
        """A value a layer derives from the vocabulary, built once (e.g. the stance grid)."""
        cache = self.__dict__.setdefault("_derived", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]


def not_holders(ws: Workspace) -> tuple[frozenset[str], frozenset[str]]:
    """(voice entities, relay outlets) of the workspace, which guidelines §8.1 says never hold a stance.

    Voices: claimants of the gold's own-voice claims (§4.3) that hold no stance in it.  Relays:
    registry entities of type ``outlet`` that are the source of no gold quote and hold no stance
    (an outlet holds a stance only through a report of its own, §9.4; "…, ISNA reported" is a
    relay).  Both empty when there is no gold or it does not load."""
    from newsgold.errors import NewsgoldError
    from newsgold.store import load_annotations

    if not ws.gold_dir.is_dir() or not any(ws.gold_dir.glob("*.json")):
        return frozenset(), frozenset()
    try:
        gold = load_annotations(ws.gold_dir, ws.context())
    except (NewsgoldError, OSError, ValueError):
        return frozenset(), frozenset()
    voices = {c.claimant for d in gold.values() for c in d.claims or [] if c.quote is None and c.claimant}
    holders = {s.holder for d in gold.values() for s in d.stances or []}
    sources = {q.source.entity for d in gold.values() for q in d.quotes or [] if q.source is not None}
    relays = {e.id for e in ws.entities if e.type == "outlet"} - sources - holders - voices
    return frozenset(voices - holders), frozenset(relays)


def add(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    import xml.etree.ElementTree as ET

    el = ET.SubElement(parent, tag, attrs)
    el.text = text
    return el


def choices(parent: Any, name: str, values: Sequence[str], hints: Sequence[str] = (), **attrs: str) -> Any:
    el = add(parent, "Choices", name=name, toName=TEXT, **attrs)
    for i, value in enumerate(values):
        extra = {"hint": hints[i]} if i < len(hints) and hints[i] != value else {}
        add(el, "Choice", value=value, **extra)
    return el


def labeling_config(entities: Iterable[Entity | str], targets: Iterable[Target | str]) -> str:
    """The Label Studio XML config for newsgold (entities and targets from the registries)."""
    return config_for(Vocab.of(entities, targets))


# Readable text, label names off the words (the colours say which label), relations faded, the side
# panel in view; the Info panel's bare "Choices: E_…" list hidden (the named controls are beside the text).
STYLE = """
.htx-text, .lsf-richtext { white-space: pre-wrap; }
.lsf-richtext__line { font-size: 17px !important; line-height: 2.3 !important; }
.lsf-richtext__container { max-width: 46em; }
.relations-overlay { opacity: 0.3; }
.lsf-detailed-region__result { display: none; }
#ng-side h4, #ng-side h5, #ng-side h6 { font-size: 14px !important; line-height: 1.3 !important; margin: 8px 0 2px !important; }
#ng-side .lsf-choices { margin: 0 !important; }
#ng-side .lsf-choices_layout_inline { flex-wrap: nowrap; }
#ng-stance .lsf-choices { display: flex !important; flex-wrap: wrap !important; }
#ng-stance .lsf-choice { white-space: nowrap; }
.lsf-textarea-tag_outliner:has(input:placeholder-shown) { display: none; }
#ng-stance .lsf-choice { margin: 0 !important; }
#ng-stance .lsf-choice__checkbox { font-size: 12px; margin: 0 !important; }
#ng-stance .ant-checkbox + span { padding: 0 4px 0 2px !important; }
#ng-stance h4 { margin: 2px 0 !important; font-size: 13px !important; }
"""
HIDDEN = "display: none"  # controls that only carry machine output (see the module docstring)


def config_for(vocab: Vocab) -> str:
    """The config for a vocabulary (what :func:`labeling_config` builds from the registries).

    The annotator sees the text on the left and, on the right, the attributes of the selected
    region (each item's attributes once, on its first fragment: nothing is required per
    region, the pull checks what an item needs) and the stance grid.  Entity choices show the
    entity's name and store its id (``alias``).  Controls that only predictions fill (free-text
    names, claim quote ids, stances outside the grid, layers not annotated) are in the config,
    so that predictions load, but hidden.
    """
    import xml.etree.ElementTree as ET

    _ = vocab.controls  # raises early on ambiguous control names
    root = ET.Element("View")
    # Without pre-wrap Label Studio trims whitespace when displaying, and offsets drift.
    add(root, "Style", STYLE)
    add(root, "Header", value="$doc_id")
    labels = add(root, "Labels", name=SPAN, toName=TEXT, choice="single")
    for label, (color, _) in span_labels().items():
        add(labels, "Label", value=label, background=color)
    rels = add(root, "Relations")
    for kind in dict.fromkeys(kind for kind, _ in relations().values()):
        add(rels, "Relation", value=kind)
    page = add(root, "View", style="display: flex; gap: 2em; align-items: flex-start")
    add(
        add(page, "View", style="flex: 1 1 52%; min-width: 0"),
        "Text",
        name=TEXT,
        value=f"${TEXT}",
        granularity="symbol",
        showLabels="false",
    )
    side = add(page, "View", idAttr="ng-side", style="flex: 0 0 46%; position: sticky; top: 0; max-height: 95vh; overflow-y: auto")
    hidden = add(root, "View", style=HIDDEN)

    owners = dict.fromkeys(c.label for layer in registry for c in layer.ls_per_region(vocab))
    groups = {label: add(side, "View", visibleWhen="region-selected", whenLabelValue=label) for label in owners}
    for label, group in groups.items():
        add(group, "Header", value=f"Selected {label}: attributes of the item (set them on its first fragment)", size="5")
    for control in vocab.per_region.values():
        parent = groups[control.label] if control.type == "choices" else hidden  # per-region free text: predictions only
        cond = {"perRegion": "true", "visibleWhen": "region-selected", "whenLabelValue": control.label}
        if control.listed:  # under each region in the Regions list, not in a view (an empty box is hidden by STYLE)
            attrs = {"perRegion": "true", "displayMode": "region-list", "placeholder": " "}
            add(hidden, "TextArea", name=control.name, toName=TEXT, maxSubmissions="1", rows="1", editable="true", **attrs)
            continue
        add(parent, "Header", value=control.title or control.name, size="6")
        if control.type == "choices":
            el = add(
                parent, "Choices", name=control.name, toName=TEXT, choice="single", showInline="false" if control.hints else "true", **cond
            )
            for value in control.values:
                shown = vocab.names.get(value, value) if control.hints else value
                add(el, "Choice", value=shown, **({"alias": value} if shown != value else {}))
        else:
            add(parent, "TextArea", name=control.name, toName=TEXT, maxSubmissions="1", rows="1", editable="true", **cond)
    for layer in registry:
        layer.ls_config(side, vocab)
    add(hidden, "Header", value="Layers NOT annotated (predictions only)", size="6")
    choices(hidden, NOT_ANNOTATED, registry.names(), choice="multiple", showInline="true")
    ET.indent(root, "  ")
    return ET.tostring(root, encoding="unicode") + "\n"
