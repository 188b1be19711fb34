"""A layer registered from outside newsgold is validated, scored, reported and compared like a
built-in one: nothing but this file knows about "events"."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from newsgold.corpus import Document
from newsgold.layers import register, registry, unregister
from newsgold.layers.base import SCORE_SCHEMA, put_score, spans
from newsgold.layers.spans import SpanLayer
from newsgold.schema import DocAnnotation, json_schema
from newsgold.validate import Context, check_object

TEXT = "Protesters marched on Monday. Police arrested ten people. Talks resumed on Friday."
EVENT_LABELS = ("protest", "arrest", "meeting")


def at(text: str) -> list[tuple[int, int]]:
    start = TEXT.index(text)
    return [(start, start + len(text))]


@dataclass
class Event:
    id: str
    span: list[tuple[int, int]]
    label: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return put_score({"id": self.id, "span": [list(s) for s in self.span], "label": self.label}, self.score)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(d["id"], spans(d["span"]), d["label"], d.get("score"))


class EventsLayer(SpanLayer):
    name, noun, title, item_type, labels, css = "events", "event", "Events", Event, EVENT_LABELS, "ev"

    def schema(self) -> tuple[dict[str, Any], dict[str, Any]]:
        event = {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "span", "label"],
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "span": {"$ref": "#/$defs/fragments"},
                "label": {"enum": list(EVENT_LABELS)},
                "score": SCORE_SCHEMA,
            },
        }
        return {"type": "array", "items": {"$ref": "#/$defs/event"}}, {"event": event}


@pytest.fixture
def events():
    layer = register(EventsLayer())
    yield layer
    unregister("events")


def gold() -> dict[str, DocAnnotation]:
    return {
        "d": DocAnnotation.from_dict(
            {
                "doc_id": "d",
                "events": [
                    {"id": "e1", "span": at("Protesters marched"), "label": "protest"},
                    {"id": "e2", "span": at("Police arrested ten people"), "label": "arrest"},
                    {"id": "e3", "span": at("Talks resumed"), "label": "meeting"},
                ],
            }
        )
    }


def run(found: list[tuple[str, str, str]]) -> dict[str, DocAnnotation]:
    return {
        "d": DocAnnotation.from_dict({"doc_id": "d", "events": [{"id": i, "span": at(text), "label": label} for i, text, label in found]})
    }


A = [("p1", "Protesters marched", "protest"), ("p2", "Talks resumed", "arrest"), ("p3", "on Monday", "meeting")]
B = [("p1", "Protesters marched", "protest"), ("p2", "Police arrested ten people", "arrest")]


def score(pred: dict[str, DocAnnotation]) -> Any:
    from newsgold.scoring import ScoreConfig, score_corpus

    return score_corpus(gold(), pred, {"d": TEXT}, ScoreConfig(schemes=("exact", "overlap"), match_scheme="exact", bootstrap=50))


def test_round_trip_and_schema(events):
    doc = gold()["d"]
    assert doc.layers == ("events",) and doc.events[0] == Event("e1", at("Protesters marched"), "protest")
    assert DocAnnotation.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    assert "events" in json_schema("annotation")["properties"] and "event" in json_schema("annotation")["$defs"]


def test_validated(events):
    ctx = Context(docs={"d": Document(doc_id="d", text=TEXT)})
    raw = gold()["d"].to_dict()
    assert check_object(raw, ctx, "g.jsonl", strict_refs=False) == []
    raw["events"].append({"id": "e1", "span": [[40, 30]], "label": "riot"})
    assert [str(p) for p in check_object(raw, ctx, "g.jsonl", strict_refs=False)] == [
        "g.jsonl: event \"e1\": field events[3].label: 'riot' is not one of 'protest', 'arrest', 'meeting'"
    ]
    raw["events"][-1]["label"] = "arrest"
    messages = [p.message for p in check_object(raw, ctx, "g.jsonl", strict_refs=False)]
    assert messages == ["duplicate id 'e1' (also used by a event)", "start 40 must be less than end 30"]


def test_scored_from_count_vectors_with_intervals(events):
    s = score(run(A))
    assert s.layers == ("events",) and s.not_predicted == ("quotes", "claims", "stances")
    # exact: 2 of 3 predictions match a gold event, 2 of 3 gold found
    assert (s.micro["events.span.exact.p"], s.micro["events.span.exact.r"]) == (2 / 3, 2 / 3)
    assert s.total["events.span.exact.cor"] == 2 and s.total["events.span.exact.spu"] == 1
    assert s.micro["events.label.accuracy"] == 0.5  # "Talks resumed" found, labelled arrest
    assert "events.span.exact.f1" in s.ci and "events.label.accuracy" not in s.ci  # declared, not inferred
    assert s.support["events.span.gold"] == 3 and s.breakdown["events.span.exact.label.arrest"]["gold"] == 1
    assert s.to_json()["confusion"]["events.label"]["labels"] == list(EVENT_LABELS)


def test_reported(events):
    from newsgold.reports import render

    s, pred = score(run(A)), run(A)
    for fmt in ("markdown", "table"):
        text = render(fmt, s, gold(), pred, {"d": TEXT}, "t")
        assert "Events" in text and "span · exact" in text and "label accuracy (matched)" in text
    data = json.loads(render("json", s, gold(), pred, {"d": TEXT}, "t"))
    assert data["micro"]["events.span.exact.f1"] == pytest.approx(2 / 3)
    page = render("html", s, gold(), pred, {"d": TEXT}, "t")
    assert 'class="ev fp"' in page and "event p3 (meeting) · fp" in page and "<td>missed</td><td>events</td>" in page


def test_compared(events):
    from newsgold.compare.items import item_changes
    from newsgold.compare.stats import paired_tests
    from newsgold.scoring import ScoreConfig

    a, b = score(run(A)).to_json(), score(run(B)).to_json()
    changes = {(c.kind, c.layer, c.item) for c in item_changes(a, b, run(A), run(B), gold(), {"d": TEXT})}
    assert ("newly_found", "events", "e2") in changes and ("no_longer_spurious", "events", str([list(at("on Monday")[0])])) in changes
    tests = paired_tests(
        [d["counts"] for d in a["docs"]],
        [d["counts"] for d in b["docs"]],
        ["events.span.exact.f1"],
        ScoreConfig(schemes=("exact",), match_scheme="exact", bootstrap=0),
        n_boot=20,
        n_perm=20,
    )
    delta = tests["events.span.exact.f1"].delta
    assert delta == pytest.approx(0.8 - 2 / 3)  # B: P 1, R 2/3 and not math.isnan(tests["events.span.exact.f1"].p)


def test_unregistered_afterwards():
    assert registry.names() == ("quotes", "claims", "stances")
    assert "events" not in json_schema("annotation")["properties"]


def test_a_registered_layer_is_adjudicated_through_its_hooks(events):
    from newsgold.curation import adjudicate, parse_rule

    def ann(*items):
        return {"d": DocAnnotation.from_dict({"doc_id": "d", "events": [dict(i, id=f"x{n}") for n, i in enumerate(items, 1)]})}

    march = {"span": at("Protesters marched"), "label": "protest"}
    talks = {"span": at("Talks resumed"), "label": "meeting"}
    passes = {"a": ann(talks, march), "b": ann(march, dict(talks, label="arrest"))}
    doc = adjudicate(passes, parse_rule("unanimous", 2))["d"]
    assert [(p.id, p.status) for p in doc.positions if p.layer == "events"] == [("events:1", "agree"), ("events:2", "disputed")]
    assert [(e.id, e.span, e.label) for e in doc.curated.events] == [("e1", march["span"], "protest")]


def test_numbered_ids_start_with_the_guidelines_prefix():
    # pulled passes and curated gold are numbered q1, c1, ... (the guidelines' ids)
    from newsgold.layers import registry as layers

    assert (layers["quotes"].item_prefix, layers["claims"].item_prefix) == ("q", "c")


def test_a_layer_with_retired_per_row_hooks_is_refused():
    """Span scoring no longer calls `matched_row` & co.: a plug-in overriding them would lose them silently."""

    class OldEvents(EventsLayer):
        def matched_row(self, counts: Any, state: dict[str, Any], gold: Any, pred: Any, right: bool) -> None:
            counts.add("events.right", int(right))

    with pytest.raises(ValueError, match=r"matched_row \(now pair_counts\)"):
        register(OldEvents())
    assert "events" not in registry


def test_hashed_and_bootstrapped_without_the_fast_hooks(events):
    """A plug-in layer without ``canonical_ok``: its items are written by its ``dumps_items`` for
    the gold hash (the same text as ``dumps_line``), next to built-in layers msgspec writes; its
    intervals come from the same resample sums over the columns its metrics read."""
    import hashlib

    from newsgold.schema import Quote, Source, dumps_line
    from newsgold.scoring import gold_hash
    from newsgold.scoring.corpus import needed_columns
    from newsgold.scoring.metrics import count_matrix

    g = gold()
    g["d"].quotes = [Quote("q1", "direct", at("Protesters marched"), Source(None, None))]
    assert not events.canonical_ok(g["d"].events)
    assert gold_hash(g) == hashlib.sha256(dumps_line(g["d"]).encode("utf-8") + b"\n").hexdigest()
    s = score(run(A))
    keys, counts, _ = count_matrix([r.counts for r in s.docs])
    used = needed_columns(keys, counts, s.config)
    assert used is not None and "events.span.exact.cor" in used[0] and s.ci["events.span.exact.f1"]
