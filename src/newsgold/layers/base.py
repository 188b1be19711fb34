"""What an annotation layer is: one object that knows everything layer-specific.

A layer owns its item type, its JSON Schema fragment, its semantic checks, how it is scored into
count vectors, which metrics it reports (and which of them get bootstrap intervals), its report
rows, its item-level changes between runs and its Label Studio controls.  Generic code (schema,
validation, scoring, reports, comparison, Label Studio) iterates :data:`newsgold.layers.registry`
and never names a layer, so a new layer is one new module plus one ``register`` call.

Every hook has a do-nothing default, so a layer implements only what it has.  Nothing here
imports numpy, scikit-learn or the rest of newsgold at import time (the schema imports us).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]
DOCUMENT_HOLDER = "@document"
NONE_LABEL = "none"  # "no item here" in confusion matrices and agreement units


def span(value: Any) -> Span | None:
    """A validated ``[start, end]`` (strict ints, see :mod:`newsgold.validate`) as a tuple."""
    return None if value is None else (value[0], value[1])


def spans(values: Any) -> list[Span]:
    return [(s, e) for s, e in values]


def put_score(out: dict[str, Any], score: float | None) -> dict[str, Any]:
    """Write a prediction's confidence only when it has one (gold files stay clean)."""
    if score is not None:
        out["score"] = score
    return out


NULLABLE_ID = {"oneOf": [{"type": "null"}, {"type": "string", "minLength": 1}]}
NULLABLE_SPAN = {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/span"}]}
SCORE_SCHEMA = {"type": "number", "description": "optional confidence of a prediction"}


@dataclass(frozen=True)
class Metric:
    """One declared headline metric.  ``interval``: gets a bootstrap interval (and is all the
    bootstrap computes); ``detail``: a per-class row that run comparisons leave out."""

    key: str
    interval: bool = False
    detail: bool = False


@dataclass(frozen=True)
class MetricGroup:
    """Metrics computed together from the summed counts (one scikit-learn call serves several),
    only when ``requires`` (a count prefix) was scored.  ``arrays``: ``compute`` also takes
    columns of many count vectors (it only does arithmetic and calls the helpers of
    ``scoring.counts``/``scoring.metrics``), so a bootstrap evaluates it once, not per resample;
    a group that branches on count values sets it False and is computed vector by vector."""

    requires: str
    metrics: tuple[Metric, ...]
    compute: Callable[[Any], Mapping[str, float]]
    arrays: bool = True


def prf_group(
    requires: str, prefix: str, compute: Callable[[Any], tuple[float, float, float]], interval: bool = True, detail: bool = False
) -> MetricGroup:
    """``prefix.p``, ``prefix.r``, ``prefix.f1`` from one (P, R, F1) function; the F1 gets the interval."""
    keys = (f"{prefix}.p", f"{prefix}.r", f"{prefix}.f1")
    metrics = (Metric(keys[0], detail=detail), Metric(keys[1], detail=detail), Metric(keys[2], interval, detail))
    return MetricGroup(requires, metrics, lambda counts: dict(zip(keys, compute(counts))))


def value_group(requires: str, key: str, compute: Callable[[Any], float], interval: bool = False) -> MetricGroup:
    return MetricGroup(requires, (Metric(key, interval),), lambda counts: {key: compute(counts)})


class Layer:
    """The base of every layer; see the module docstring.  Subclasses set the class attributes
    and override the hooks they need."""

    name: str = ""  # JSON key, metric-key prefix, --layer value: one name everywhere
    noun: str = ""  # one item, in messages: "quote"
    title: str = ""  # section title in reports
    item_type: Any = None  # dataclass with to_dict() / from_dict()
    has_ids: bool = False  # items carry an "id", unique across every layer of a document
    id_prefix: str = ""  # numbered ids are f"{id_prefix}{n}" (default: the noun's first letter; see item_prefix)

    @property
    def item_prefix(self) -> str:
        """What numbered item ids start with, as the guidelines number them (q1, c1, ...)."""
        return self.id_prefix or self.noun[:1]

    # -- the annotation model
    def from_dict(self, raw: Mapping[str, Any]) -> Any:
        return self.item_type.from_dict(raw)

    def dumps_items(self, items: Sequence[Any]) -> list[str]:
        """Each item's ``json.dumps(item.to_dict(), ensure_ascii=False)``, the text of annotation
        files and of the gold hash; a layer may write the same text without the dicts."""
        import json

        return [json.dumps(item.to_dict(), ensure_ascii=False) for item in items]

    def canonical_ok(self, items: list[Any]) -> bool:
        """Whether msgspec's JSON of these items (dataclasses), separators spaced and an unset
        ``"score": null`` dropped, is :meth:`dumps_items`' text, the numbers aside (checked on the
        text: ``scoring.canonical.spaced``): the gold hash at encoding speed.  False (the
        default): the items are written by :meth:`dumps_items`."""
        return False

    def schema(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(the layer's property schema, the ``$defs`` it adds)."""
        raise NotImplementedError

    def struct(self) -> Any:
        """The msgspec type of one item (see :mod:`newsgold.layers.typed`), equivalent to the
        schema fragment; None: files with this layer are checked by the JSON Schema alone (slow)."""
        return None

    # -- bulk reading (newsgold.bulkread): a clean line decoded straight into typed items
    def bulk_struct(self) -> Any:
        """The msgspec type of one item as a clean file gives it (offsets, every field), or None:
        files with this layer are read item by item (newsgold.validate), which is slower."""
        return None

    def bulk_clean(self, chunk: Any, items: Sequence[Sequence[Any]]) -> Any:
        """Per document of a ``chunk`` (bulkread.Chunk; ``items``: its decoded items), a numpy bool:
        True only where :meth:`check` would find nothing.  False sends the document to :meth:`check`."""
        import numpy as np

        return np.zeros(len(items), bool)

    def from_structs(self, items: list[Any]) -> list[Any]:
        """The typed items of decoded :meth:`bulk_struct` values (what :meth:`from_dict` gives for
        their dicts); one call per document, so a layer binds its names once, not per item."""
        raise NotImplementedError

    def hf_feature(self) -> Any:
        """The ``datasets`` feature of one item (a dict of features), or None: then the layer is
        exported as one JSON text per document, so any registered layer can be exported."""
        return None

    # -- validation (raw, schema-valid JSON; ``chk`` is validate._DocChecker)
    def item_label(self, item: Any, index: int) -> str:
        """How messages name one item: 'quote "q3"' or 'quote #3'."""
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            return f'{self.noun} "{item["id"]}"'
        return f"{self.noun} #{index + 1}"

    def check(self, chk: Any, items: Sequence[dict[str, Any]], text: str) -> None:
        """Offsets and references the JSON Schema cannot express."""

    def align(self, aligner: Any, item: dict[str, Any]) -> dict[str, Any]:
        """An item's spans given as text turned into offsets (``aligner`` is align.ItemAligner)."""
        return item

    # -- scoring (``corpus`` is scoring.layers.Corpus)
    def score(self, corpus: Any) -> None:
        """Add this layer's counts and item matches to ``corpus.results``."""

    def metrics(self, config: Any) -> list[MetricGroup]:
        return []

    def supports(self, counts: Any, config: Any) -> dict[str, float]:
        return {}

    def breakdown(self, counts: Any, config: Any) -> dict[str, dict[str, float]]:
        return {}

    def confusions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(count prefix, labels) of each confusion matrix; also the parts Cohen's kappa is taken on."""
        return []

    def averaged(self, counts: Any) -> dict[str, list[str]]:
        """Which classes each average used (stance F_avg / macro-F1)."""
        return {}

    def agreement_f1(self) -> list[str]:
        """The F1 metrics an agreement report shows."""
        return []

    def alpha_units(self, anns: Sequence[Any], text: str, mids: Sequence[int]) -> dict[str, list[list[Any]]]:
        """Krippendorff units of one document, one column per annotation set."""
        return {}

    def alpha_spans(self, ann: Any) -> list[Span] | None:
        """The character spans of one annotation for unitizing alpha; None: the layer has none."""
        return None

    # -- curation (merging several annotators' passes; see newsgold.curation)
    def curation_anchor(self, item: Any) -> Any:
        """Where an item is: two items at the same place (:meth:`curation_same`) are one position.
        By default the whole item without id and score, so a layer without places still merges."""
        import json

        return json.dumps({k: v for k, v in item.to_dict().items() if k not in ("id", "score")}, sort_keys=True)

    def curation_same(self, a: Any, b: Any, scheme: Any) -> bool:
        """Whether two anchors are the same place under the matching ``scheme`` (a scoring.config.Scheme)."""
        return bool(a == b)

    def curation_sort(self, anchor: Any, index: int, rank: int) -> tuple[Any, ...]:
        """Order of positions: by default an item's place in its pass (first annotator first)."""
        return (index, rank)

    def curation_attrs(self, item: Any, doc: Any) -> Any:
        """What else two annotators must agree on (hashable, nothing annotator-private like ids)."""
        return ()

    def curation_relink(self, item: Any, doc: Any, curated: Mapping[str, Sequence[Any]]) -> Any | None:
        """The accepted ``item`` (from annotator document ``doc``) with its references turned to the
        curated items already accepted in earlier layers; None when what it refers to is not accepted."""
        return item

    def curation_view(self, item: Any) -> tuple[list[Span], str]:
        """(the spans to highlight, a one-line description) of one annotator's version."""
        return [], ", ".join(f"{k}={v}" for k, v in item.to_dict().items() if k not in ("id", "score"))

    # -- reports
    def report_rows(self, scores: Any) -> list[Any]:
        return []

    def summary_rows(self, micro: Mapping[str, Any], schemes: Sequence[str]) -> list[tuple[str, str, str, str]]:
        """Suite table rows: (metric, P/R/F1 key prefix, attribute title, attribute key)."""
        return []

    def errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[dict[str, Any]]:
        return []

    def html_errors(self, result: Any, gold: Any, pred: Any, text: str) -> list[tuple[Any, ...]]:
        """Rows (error, layer, gold, prediction, speaker, context) of the HTML error table."""
        return []

    def html_marks(self, result: Any, gold: Any, pred: Any) -> tuple[list[Any], list[Any]]:
        return [], []

    def regions(self, doc: Any) -> list[Any]:
        """render.Region marks for the terminal view."""
        return []

    def table(self, doc: Any, text: str, names: Mapping[str, str]) -> Any:
        """A rich Table of the items, or None."""
        return None

    # -- comparison of two runs
    def changes(
        self, doc_id: str, a_doc: Mapping[str, Any], b_doc: Mapping[str, Any], gold: Any, a_pred: Any, b_pred: Any, text: str
    ) -> list[Any]:
        return []

    # -- Label Studio (see labelstudio.config / convert)
    def ls_span_labels(self) -> list[tuple[str, str, str]]:
        """(label, colour, what an empty region of it is) of the span labels this layer uses."""
        return []

    def ls_relations(self) -> list[tuple[str, str, str]]:
        """(relation kind, label of the item it belongs to, label of the other end)."""
        return []

    def ls_per_region(self, vocab: Any) -> list[Any]:
        return []

    def ls_controls(self, vocab: Any) -> dict[str, str]:
        """Whole-document controls: name -> result type."""
        return {}

    def ls_config(self, root: Any, vocab: Any) -> None:
        """Add the whole-document controls to the config XML."""

    def ls_task_data(self, text: str, vocab: Any, docs: Sequence[Any]) -> dict[str, Any]:
        """Task data fields this layer's controls read (e.g. a document's own choices), from the text and what is pushed with it."""
        return {}

    def ls_push(self, doc: Any, push: Any) -> None:
        """Append this layer's results (``push`` is convert._Pusher)."""

    def ls_read(self, rd: Any, i: int, where: str, name: str, r: Mapping[str, Any], value: Mapping[str, Any]) -> None:
        """Read one result of a whole-document control of this layer."""

    def ls_items(self, rd: Any, groups: Sequence[Any]) -> list[dict[str, Any]]:
        """The raw items back from the results (``groups``: convert._Group of this layer's regions)."""
        return []


def plain_offsets(fragments: Sequence[Any], *pairs: Any) -> bool:
    """Whether every offset is a plain ``int``: only then is a layer's hand-written item JSON (see
    ``Layer.dumps_items``) the text ``json.dumps`` writes; a numpy integer from a plug-in would be
    written as ``np.int64(3)``, a bool as ``True``."""
    return all(type(s) is int and type(e) is int for s, e in fragments) and all(
        p is None or (type(p[0]) is int and type(p[1]) is int) for p in pairs
    )
