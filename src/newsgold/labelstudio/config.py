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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsgold.layers import registry

# The built-in layers' names, importable from here as before.
from newsgold.layers.claims import CHECKWORTHY, CHECKWORTHY_VALUES, CLAIM, CLAIM_KIND, CLAIM_QUOTE_ID, CLAIMANT, CLAIMANT_TEXT, REL_CLAIM  # noqa: F401
from newsgold.layers.quotes import CUE, QUOTE, QUOTE_TYPE, REL_CUE, REL_SOURCE, SOURCE, SPEAKER, SPEAKER_TEXT  # noqa: F401
from newsgold.layers.stances import DOC_STANCE_PREFIX, HOLDER_STANCE_PREFIX, STANCE_OTHER, stance_control_name  # noqa: F401
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
        controls = [c for layer in registry for c in layer.ls_per_region(self)]
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


def config_for(vocab: Vocab) -> str:
    """The config for a vocabulary (what :func:`labeling_config` builds from the registries)."""
    import xml.etree.ElementTree as ET

    _ = vocab.controls  # raises early on ambiguous control names
    root = ET.Element("View")
    # Without pre-wrap Label Studio trims whitespace when displaying, and offsets drift.
    add(root, "Style", ".htx-text { white-space: pre-wrap; }")
    add(root, "Header", value="$doc_id")
    labels = add(root, "Labels", name=SPAN, toName=TEXT, choice="single")
    for label, (color, _) in span_labels().items():
        add(labels, "Label", value=label, background=color)
    rels = add(root, "Relations")
    for kind in dict.fromkeys(kind for kind, _ in relations().values()):
        add(rels, "Relation", value=kind)
    add(root, "Text", name=TEXT, value=f"${TEXT}", granularity="symbol")

    names = [e.name for e in vocab.entities]
    owners = dict.fromkeys(c.label for layer in registry for c in layer.ls_per_region(vocab))
    groups = {label: add(root, "View", visibleWhen="region-selected", whenLabelValue=label) for label in owners}
    for control in vocab.per_region.values():
        parent = groups[control.label]
        cond = {"perRegion": "true", "visibleWhen": "region-selected", "whenLabelValue": control.label}
        if control.required:
            cond["required"] = "true"
        add(parent, "Header", value=control.title or control.name, size="6")
        if control.type == "choices":
            choices(parent, control.name, control.values, names if control.hints else (), choice="single", showInline="true", **cond)
        else:
            add(parent, "TextArea", name=control.name, toName=TEXT, maxSubmissions="1", rows="1", editable="true", **cond)
    for layer in registry:
        layer.ls_config(root, vocab)
    add(root, "Header", value="Layers NOT annotated (predictions only; leave empty when annotating)", size="6")
    choices(root, NOT_ANNOTATED, registry.names(), choice="multiple", showInline="true")
    ET.indent(root, "  ")
    return ET.tostring(root, encoding="unicode") + "\n"
