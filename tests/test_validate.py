"""One test per class of validator error, each asserting the message names file, item and field."""

import copy
import dataclasses
import json

import pytest

from newsgold.validate import check_object, validate_doc_file, validate_entities, validate_jsonl, validate_path
from newsgold.workspace import Workspace

GOOD = {
    "doc_id": "synth",
    "quotes": [
        {"id": "q1", "type": "direct", "content": [[28, 41]], "source": {"span": [43, 56], "entity": "E_SPOKESMAN"}, "cue": [57, 61]}
    ],
    "claims": [{"id": "c1", "span": [[28, 40]], "claimant": "E_SPOKESMAN", "kind": "factual", "checkworthy": True, "quote": "q1"}],
    "stances": [{"holder": "E_HER", "target": "T_TALKS", "label": "against"}],
}


def bad(**changes):
    doc = copy.deepcopy(GOOD)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return doc


def messages(doc, ctx, strict=True):
    return [str(p) for p in check_object(doc, ctx, "gold/synth.json", strict_refs=strict)]


def test_good_document_has_no_problem(ctx):
    assert messages(GOOD, ctx) == []


def test_offsets_outside_the_text(ctx):
    (msg,) = messages(bad(quotes__0__content=[[28, 500]]), ctx)
    assert msg == 'gold/synth.json: quote "q1": field quotes[0].content[0]: span [28, 500] outside the text (length 78)'


def test_start_not_before_end(ctx):
    (msg,) = messages(bad(quotes__0__cue=[61, 57]), ctx)
    assert msg == 'gold/synth.json: quote "q1": field quotes[0].cue: start 61 must be less than end 57'


def test_negative_offset_is_a_schema_error(ctx):
    (msg,) = messages(bad(claims__0__span=[[-1, 4]]), ctx)
    assert msg.startswith('gold/synth.json: claim "c1": field claims[0].span[0][0]: -1 is less than the minimum of 0')


def test_overlapping_fragments(ctx):
    (msg,) = messages(bad(quotes__0__content=[[28, 35], [33, 41]]), ctx)
    assert 'quote "q1": field quotes[0].content[1]: fragments [28, 35]' in msg
    assert "'We will' and [33, 41]" in msg and "overlap: fragments must be sorted and disjoint" in msg


def test_unsorted_fragments(ctx):
    (msg,) = messages(bad(quotes__0__content=[[36, 41], [28, 32]]), ctx)
    assert msg.endswith("are not sorted: fragments must be sorted and disjoint")


def test_unknown_entity(ctx):
    (msg,) = messages(bad(quotes__0__source={"span": [43, 56], "entity": "E_NOBODY"}), ctx)
    assert msg == (
        "gold/synth.json: quote \"q1\": field quotes[0].source.entity: unknown entity 'E_NOBODY' (not an id in annotations/entities.json)"
    )


def test_free_text_entities_are_allowed_in_predictions(ctx):
    doc = bad(quotes__0__source={"span": [43, 56], "entity": "the spokesman"})
    assert messages(doc, ctx, strict=False) == []


def test_a_workspace_annotated_for_some_layers_requires_only_those(ctx):
    """eval/devset is annotated for quotes only: its absent claims and stances mean "not annotated"."""
    doc = copy.deepcopy(GOOD)
    del doc["claims"], doc["stances"]
    quotes_only = dataclasses.replace(ctx, layers=("quotes",))
    assert messages(doc, quotes_only) == []
    del doc["quotes"]
    (msg,) = messages(doc, quotes_only)
    assert "field quotes: layer missing" in msg


def test_unknown_claimant_and_stance_holder(ctx):
    msgs = messages(bad(claims__0__claimant="E_X", stances__0__holder="E_Y"), ctx)
    assert [m.split(": field ")[1].split(":")[0] for m in msgs] == ["claims[0].claimant", "stances[0].holder"]


def test_unknown_target(ctx):
    (msg,) = messages(bad(stances__0__target="T_NOPE"), ctx)
    assert "stance (E_HER, T_NOPE): field stances[0].target: unknown target 'T_NOPE' (known: T_TALKS)" in msg


def test_unknown_quote_reference(ctx):
    (msg,) = messages(bad(claims__0__quote="q9"), ctx)
    assert msg == "gold/synth.json: claim \"c1\": field claims[0].quote: unknown quote id 'q9'"


def test_duplicate_id_across_quotes_and_claims(ctx):
    (msg,) = messages(bad(claims__0__id="q1", claims__0__quote=None), ctx)
    assert msg == "gold/synth.json: claim \"q1\": field claims[0].id: duplicate id 'q1' (also used by a quote)"


def test_duplicate_stance_pair(ctx):
    doc = copy.deepcopy(GOOD)
    doc["stances"].append({"holder": "E_HER", "target": "T_TALKS", "label": "favor"})
    (msg,) = messages(doc, ctx)
    assert "field stances[1]: duplicate stance pair (holder 'E_HER', target 'T_TALKS'), first at stances[0]" in msg


def test_label_outside_the_vocabulary(ctx):
    msgs = messages(bad(quotes__0__type="reported", stances__0__label="pro"), ctx)
    assert msgs == [
        "gold/synth.json: quote \"q1\": field quotes[0].type: 'reported' is not one of 'direct', 'indirect', 'mixed'",
        "gold/synth.json: stance (E_HER, T_TALKS): field stances[0].label: 'pro' is not one of 'favor', 'against', 'neutral'",
    ]


def test_missing_and_unexpected_fields(ctx):
    doc = copy.deepcopy(GOOD)
    del doc["quotes"][0]["cue"]
    doc["quotes"][0]["speaker"] = "x"
    msgs = messages(doc, ctx)
    assert any("field quotes[0]: 'cue' is a required property" in m for m in msgs)
    assert any("Additional properties are not allowed ('speaker' was unexpected)" in m for m in msgs)


def test_every_problem_is_reported_not_just_the_first(ctx):
    doc = bad(quotes__0__cue=[61, 57], claims__0__quote="q9", stances__0__target="T_NOPE")
    assert len(messages(doc, ctx)) == 3


def test_a_wrong_label_does_not_hide_the_other_items_problems(ctx):
    """A hand-written gold file with "type": "Direct" in one quote said only that: the span past the text
    and the unknown speaker of the other items (and a missing layer) came one fix later, each."""
    doc = copy.deepcopy(GOOD)
    doc["quotes"].append({**copy.deepcopy(doc["quotes"][0]), "id": "q2", "type": "Direct"})
    doc["quotes"][0]["content"] = [[28, 10**6]]
    doc["claims"][0]["claimant"] = "E_NOBODY"
    del doc["stances"]
    msgs = messages(doc, ctx)
    assert len(msgs) == 4, msgs
    assert "quote \"q2\": field quotes[1].type: 'Direct' is not one of" in msgs[0]
    assert any("field stances: layer missing" in m for m in msgs)
    assert any('quote "q1": field quotes[0].content[0]: span [28, 1000000] outside the text' in m for m in msgs)
    assert any("field claims[0].claimant: unknown entity 'E_NOBODY'" in m for m in msgs)
    line = check_object(doc, ctx, "p.jsonl", line=7)  # a prediction line: every problem names it
    assert len(line) == 4 and all(p.line == 7 for p in line)


def test_gold_must_annotate_every_layer(ctx):
    doc = copy.deepcopy(GOOD)
    del doc["stances"]
    (msg,) = messages(doc, ctx)
    assert "field stances: layer missing" in msg
    assert messages(doc, ctx, strict=False) == []


def test_malformed_json_names_file_and_line(tmp_path, ctx):
    path = tmp_path / "synth.json"
    path.write_text('{\n  "doc_id": "synth",\n  "quotes": [,]\n}\n', encoding="utf-8")
    (problem,) = validate_doc_file(path, ctx)
    assert problem.line == 3
    assert str(problem).endswith("synth.json:3: malformed JSON: unexpected character, expected a JSON value (column 14)")


def test_file_name_must_match_doc_id(tmp_path, ctx):
    path = tmp_path / "other.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    (problem,) = validate_doc_file(path, ctx)
    assert problem.field == "doc_id" and "does not match the file name 'other.json'" in problem.message


def test_prediction_line_for_an_unknown_doc_id(tmp_path, ctx):
    path = tmp_path / "pred.jsonl"
    lines = [json.dumps({"doc_id": "synth", "quotes": []}), json.dumps({"doc_id": "elsewhere", "quotes": []})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = validate_jsonl(path, ctx)
    assert str(problem).endswith("pred.jsonl:2: field doc_id: unknown doc_id 'elsewhere' (known: synth)")


def test_prediction_file_repeats_a_document(tmp_path, ctx):
    path = tmp_path / "pred.jsonl"
    path.write_text((json.dumps({"doc_id": "synth", "stances": []}) + "\n") * 2, encoding="utf-8")
    (problem,) = validate_jsonl(path, ctx)
    assert (problem.line, problem.field) == (2, "doc_id")
    assert "repeated (first on line 1)" in problem.message


def test_malformed_prediction_line_does_not_hide_later_lines(tmp_path, ctx):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"doc_id": "synth"\n{"doc_id": "nope"}\n', encoding="utf-8")
    problems = validate_jsonl(path, ctx)
    assert [p.line for p in problems] == [1, 2]


def test_empty_prediction_file(tmp_path, ctx):
    path = tmp_path / "pred.jsonl"
    path.write_text("\n", encoding="utf-8")
    assert [p.message for p in validate_jsonl(path, ctx)] == ["no documents in file"]


def test_entity_registry_duplicates_and_types(tmp_path):
    path = tmp_path / "entities.json"
    path.write_text(
        json.dumps(
            [{"id": "E_A", "name": "A", "aliases": [], "type": "person"}, {"id": "E_A", "name": "A again", "aliases": [], "type": "person"}]
        ),
        encoding="utf-8",
    )
    (problem,) = validate_entities(path)
    assert (problem.item, problem.field) == ("[1]", "id") and "duplicate id 'E_A'" in problem.message
    path.write_text(json.dumps([{"id": "E_B", "name": "B", "aliases": [], "type": "robot"}]), encoding="utf-8")
    (problem,) = validate_entities(path)
    assert problem.field == "[0].type" and "'robot' is not one of" in problem.message


@pytest.mark.parametrize("name", ["missing.jsonl", "missing_dir"])
def test_missing_path(tmp_path, ctx, name):
    (problem,) = validate_path(tmp_path / name, ctx)
    assert problem.message == "no such file or directory"


def test_claims_only_prediction_may_reference_quotes_it_does_not_report(ctx):
    doc = {"doc_id": "synth", "claims": [dict(GOOD["claims"][0], claimant="the spokesman")]}
    assert messages(doc, ctx, strict=False) == []
    doc["quotes"] = []  # with a quotes layer, the reference must resolve
    (msg,) = messages(doc, ctx, strict=False)
    assert msg.endswith("field claims[0].quote: unknown quote id 'q1'")


def test_every_committed_run_validates():

    runs = sorted(Workspace.find().runs_dir.glob("*/*/predictions.jsonl"))
    assert runs, "no committed runs"
    context = Workspace.find().context()
    for path in runs:
        assert validate_jsonl(path, context) == [], path


def test_the_one_pass_fragment_check_says_what_the_item_loop_says(ctx, monkeypatch):
    """Random documents (good and bad fragments, cues, sources, entities, text fields): the
    problems with SpanLayer's one-pass check equal those with it forced off (the item loop)."""
    import random

    from newsgold.layers.spans import SpanLayer

    rng = random.Random(11)
    n = len(ctx.docs["synth"].text)

    def span():
        if rng.random() < 0.9:  # a good one
            s = rng.randrange(n)
            return [s, rng.randint(s + 1, n)]
        s = rng.choice([0, 5, 28, n - 3, n, n + 2])
        return [s, s + rng.choice([-1, 0, 4])]

    def frags():
        cuts = sorted(rng.sample(range(n + 1), 4))
        if rng.random() < 0.7:  # sorted and disjoint, touching or not
            return [[cuts[0], cuts[1]], [cuts[rng.choice([1, 2])], cuts[3]]][: rng.randint(1, 2)]
        return [span() for _ in range(rng.randint(1, 3))]

    docs = []
    for _ in range(400):
        doc = copy.deepcopy(GOOD)
        for q in doc["quotes"]:
            q["content"] = [f for f in frags() if f[0] >= 0]
            q["cue"] = rng.choice([None, span()])
            q["source"] = {"span": rng.choice([None, span()]), "entity": rng.choice([None, "E_SPOKESMAN", "E_NOBODY"])}
            if rng.random() < 0.1:
                q[rng.choice(["content_text", "source_text", "cue_text"])] = "the talks"
        doc["claims"][0]["span"] = [f for f in frags() if f[0] >= 0]
        if rng.random() < 0.1:
            doc["claims"][0]["span_text"] = "the talks"
        docs.append(doc)
    strict = [rng.random() < 0.5 for _ in docs]
    fast = [messages(d, ctx, s) for d, s in zip(docs, strict)]
    monkeypatch.setattr(SpanLayer, "_fragments_clean", lambda self, items, n: False)
    slow = [messages(d, ctx, s) for d, s in zip(docs, strict)]
    assert fast == slow
    assert sum(map(bool, fast)) > 100 and sum(not m for m in fast) > 20  # both kinds were drawn


def test_a_run_directory_means_its_predictions(tmp_path, ctx):
    """``score --pred eval/runs/base/quotes-v2`` read manifest.json and scores.json as gold files
    ("Additional properties are not allowed ('averaged', 'breakdown', …)"); it means the run's
    predictions.jsonl."""
    from newsgold.validate import read_path

    run = tmp_path / "quotes-v2"
    run.mkdir()
    (run / "manifest.json").write_text('{"format_version": 1}', encoding="utf-8")
    (run / "scores.json").write_text('{"micro": {}}', encoding="utf-8")
    (run / "predictions.jsonl").write_text(json.dumps({"doc_id": "synth", "quotes": []}) + "\n", encoding="utf-8")
    raws, problems = read_path(run, ctx)
    assert problems == [] and [r["doc_id"] for r in raws] == ["synth"]
    (run / "predictions.jsonl").write_text('{"doc_id": "nope"}\n', encoding="utf-8")
    (problem,) = validate_path(run, ctx)
    assert "quotes-v2/predictions.jsonl:1: field doc_id: unknown doc_id 'nope'" in str(problem)


def test_a_suite_run_directory_names_its_runs(tmp_path, ctx):
    """``score --pred eval/runs/first`` (the suite run, not one of its runs) read summary.json as a gold
    file: "'doc_id' is a required property", "Additional properties are not allowed ('description', …)"."""
    from newsgold.validate import read_path

    suite = tmp_path / "first"
    for name in ("quotes-v10", "claims-v1"):
        (suite / name).mkdir(parents=True)
        (suite / name / "manifest.json").write_text('{"format_version": 1}', encoding="utf-8")
        (suite / name / "predictions.jsonl").write_text(json.dumps({"doc_id": "synth", "quotes": []}) + "\n", encoding="utf-8")
    (suite / "summary.json").write_text('{"format_version": 1, "runs": []}', encoding="utf-8")
    raws, problems = read_path(suite, ctx)
    assert raws == [] and len(problems) == 1
    assert "a suite run directory, not one run: name one of its runs (claims-v1, quotes-v10)" in str(problems[0])
    assert str(problems[0]).endswith("first/claims-v1") and "required property" not in str(problems[0])
    (suite / "summary.json").unlink()  # a gold directory that happens to hold folders is read as before
    assert read_path(suite, ctx)[1][0].message == "no *.json annotation files in directory"


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("content_text", None, "expected a non-empty string or a non-empty list of non-empty strings"),
        ("content_text", "", "expected a non-empty string or a non-empty list of non-empty strings"),
        ("cue", "x", "expected null or a span [start, end]"),
    ],
)
def test_a_value_of_none_of_the_shapes_is_told_which_shapes_there_are(field, value, expected):
    """Round 7: ``content_text: null`` was refused with "expected null or a value of the right shape"."""
    from newsgold.validate import shape_problems

    quote = {"id": "q1", "type": "direct", "content_text": "words", "source": {"span": None, "entity": None}, "cue": None}
    quote[field] = value
    [problem] = shape_problems({"doc_id": "d", "quotes": [quote]}, "p.jsonl", 1)
    assert problem.message.endswith(f"is not valid here ({expected})"), problem.message


def test_an_unknown_doc_id_lists_ten_known_ids_and_how_many():
    """Round 7: every id of a 100,000-document corpus was listed in each "unknown doc_id" problem
    (a 790 KB line), sorted again for each problem."""
    from newsgold.validate import Context

    docs = {f"d{i:06d}": None for i in range(100_000)}
    ctx = Context(docs=docs, entity_ids=set(), target_ids=set())  # type: ignore[arg-type]
    [problem] = check_object({"doc_id": "nope", "quotes": []}, ctx, "g.jsonl", 1)
    assert problem.message == (
        "unknown doc_id 'nope' (known: d000000, d000001, d000002, d000003, d000004, d000005, d000006, d000007, d000008, d000009, ... (100,000 in all))"
    )
    small = Context(docs={"b": None, "a": None}, entity_ids=set(), target_ids=set())  # type: ignore[arg-type]
    assert check_object({"doc_id": "x", "quotes": []}, small, "g.jsonl", 1)[0].message == "unknown doc_id 'x' (known: a, b)"


def test_a_workspace_config_problem_keeps_its_line(data_root):
    """Round 12: ``validate`` cut "newsgold.toml:11: invalid TOML ..." to "newsgold.toml: invalid TOML ...",
    dropping the line the parser named."""
    from newsgold.validate import validate_all

    toml = data_root / "newsgold.toml"  # (the repository's layout has none)
    toml.write_text("name = 'w'\n\nx = " + "7" * 5000 + "\n", encoding="utf-8")
    (problem,) = validate_all(Workspace.at(data_root))
    assert (problem.line, problem.file.endswith("newsgold.toml")) == (3, True)
    assert problem.message.startswith("invalid TOML: an integer of more than 4,300 digits")


def test_an_integer_str_cannot_show_is_named_not_raised():
    """Round 12: a plug-in returning an offset of 10**5000 got "failed on document …: ValueError: Exceeds
    the limit (4300 digits)" - the message quoting the number raised."""
    from newsgold.corpus import Document
    from newsgold.validate import Context

    quote = {"id": "q1", "type": "direct", "content": [[10**5000, 3]], "source": {"span": [0, 2], "entity": None}, "cue": None}
    raw = {"doc_id": "d", "quotes": [quote], "claims": [], "stances": []}
    (problem,) = check_object(raw, Context(docs={"d": Document("d", "Some text here.")}), "x output")
    assert str(problem).startswith('x output: quote "q1": field quotes[0].content[0][0]: an integer of 16610 bits')
