"""Round 9 of the adversarial cases (``python eval/qa/harness.py --round 9``): what rounds 4-7 touched least.

``import`` of a user's own files written by other tools (UTF-16/UTF-32 JSON Lines, escaped lone
surrogates in every field, U+2028/U+0085 inside JSON strings, CR-only line breaks, 100,000-character
lines and ids), text-only spans on characters the earlier rounds did not try (Hangul in NFD, emoji
with and without their variation selector, keycaps, repeated quotes), ``newsgold.toml`` with values
of the wrong kind or a ``default_suite`` outside the workspace, symlinks and hard links into
``annotations/``, suites with duplicate entries, ``compare`` and ``rescore`` across corpora and gold
versions, Ctrl-C during ``score``/``rescore``/``compare``/``import``, read-only and full file systems,
offsets at 2**63 and Label Studio exports of other shapes (JSON-MIN, JSON Lines, CSV).
round9.md is the table of the round.
"""

import hashlib
import json
import os
import shutil
import subprocess
import unicodedata

import cases7 as r7  # round 7's helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, DOC2, NG, QA, case

del CASES[:]
r6, r5, r4 = r7.r6, r7.r5, r7.r4
many, write, edit_json, suite, SUITE_HEAD = r4.many, r4.write, r4.edit_json, r4.suite, r4.SUITE_HEAD
export, PULL, PULLG = r4.export, r4.PULL, r4.PULLG
corpus_same, jl = r5.corpus_same, r5.jl
all_of, says, absent, runs_same, mount_tmpfs, unmount, read_only = (
    r6.all_of,
    r6.says,
    r6.absent,
    r6.runs_same,
    r6.mount_tmpfs,
    r6.unmount,
    r6.read_only,
)
ng, strays_of = r7.ng, r7.strays_of
G, G2, PRED, CORPUS = r4.G, r6.G2, r4.PRED, r5.CORPUS
IM = ["NG", "import", "--no-progress"]
EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]
SCORE = ["NG", "score", "--bootstrap", "0", "--pred", "p.jsonl"]


def docs(ws):
    """The corpus by doc_id, its lines split at \\n only (a text may hold U+2028, which str.splitlines splits at)."""
    lines = (ws / CORPUS).read_text(encoding="utf-8").split("\n")
    return {d["doc_id"]: d for d in map(json.loads, filter(None, lines))}


def doc_line(ws, rel="o.jsonl", doc=DOC):
    return next(d for d in map(json.loads, filter(None, (ws / rel).read_text(encoding="utf-8").split("\n"))) if d["doc_id"] == doc)


def no_temp_named(ws, rc, out, err):
    """A failed write names the file the user gave, not newsgold's hidden temporary."""
    return "the message names a temporary (.ngtx-), not the target" if ".ngtx-" in err else None


def raw(rel, data: bytes):
    return write(rel, data)


def exit_code(want):
    def check(ws, rc, out, err):
        return None if rc == want else f"exit {rc}, expected {want}"

    return check


def doc_text(doc_id, text=None, length=None):
    def check(ws, *a):
        got = docs(ws)
        if doc_id not in got:
            return f"no document {doc_id!r}"
        t = got[doc_id]["text"]
        if text is not None and t != text:
            return f"text is {t[:60]!r}, expected {text[:60]!r}"
        if length is not None and len(t) != length:
            return f"{len(t)} characters, expected {length}"
        return None

    return check


# ---------------------------------------------------------------- a document with characters to align on
TAIL9 = "\n\u2764\ufe0f Sí. 한국어 뉴스. «Oui», dit-il. «Oui», dit-il. 1\ufe0f\u20e3 then ☝🏽 up. Ναι."


def tail9(ws):
    """Append TAIL9 to DOC's text (gold offsets stay valid), with its sha256 and n_chars."""
    lines = (ws / CORPUS).read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        d = json.loads(line)
        if d["doc_id"] == DOC:
            d["text"] += TAIL9
            d["sha256"], d["n_chars"] = hashlib.sha256(d["text"].encode()).hexdigest(), len(d["text"])
        out.append(json.dumps(d, ensure_ascii=False))
    (ws / CORPUS).write_text("\n".join(out) + "\n", encoding="utf-8")


def text_quotes(*qs):
    items = [
        dict({"id": f"q{i}", "type": "direct", "source": {"span": None, "entity": None}, "cue": None}, **q) for i, q in enumerate(qs, 1)
    ]
    return write("p.jsonl", jl({"doc_id": DOC, "quotes": items}, {"doc_id": DOC2, "quotes": []}))


def aligned(*want):
    """The quotes of o.jsonl for DOC cover exactly these strings (None: no span)."""

    def check(ws, *a):
        if not (ws / "o.jsonl").exists():
            return "no o.jsonl"
        text = docs(ws)[DOC]["text"]
        line = doc_line(ws)
        shown = [[text[s:e] for s, e in q["content"]] or None for q in line["quotes"]]
        expect = [w if w is None or isinstance(w, list) else [w] for w in want]
        return None if shown == expect else f"aligned to {shown}, expected {expect}"

    return check


def spans_pred(content, cue=None):
    q = {"id": "q1", "type": "direct", "content": content, "source": {"span": None, "entity": None}, "cue": cue}
    return write("p.jsonl", jl({"doc_id": DOC, "quotes": [q]}, {"doc_id": DOC2, "quotes": []}))


# ================================================================ import: files from other tools
U16 = '{"doc_id": "u16", "text": "Hello there."}\n'
case(
    "import: jsonl UTF-16LE with BOM",
    [*IM, "u.jsonl"],
    setup=raw("u.jsonl", U16.encode("utf-16")),
    check=all_of(corpus_same, says("u.jsonl:1", "UTF-16")),
)
case(
    "import: jsonl UTF-16BE without BOM",
    [*IM, "u.jsonl"],
    setup=raw("u.jsonl", U16.encode("utf-16-be")),
    check=all_of(corpus_same, says("u.jsonl:1", "UTF-16")),
)
case(
    "import: jsonl UTF-32 with BOM",
    [*IM, "u.jsonl"],
    setup=raw("u.jsonl", U16.encode("utf-32")),
    check=all_of(corpus_same, says("u.jsonl:1", "UTF-32")),
)
case(
    "import: txt UTF-16LE with BOM",
    [*IM, "u.txt"],
    setup=raw("u.txt", "He said “yes”.\n".encode("utf-16")),
    check=all_of(corpus_same, says("u.txt", "UTF-16")),
)
case(
    "import: jsonl escaped lone surrogate in doc_id",
    [*IM, "s.jsonl"],
    setup=raw("s.jsonl", b'{"doc_id": "a\\ud800b", "text": "Fine text."}\n'),
    check=all_of(corpus_same, says("s.jsonl:1")),
)
case(
    "import: jsonl escaped lone surrogate in a meta field",
    [*IM, "s.jsonl"],
    setup=raw("s.jsonl", b'{"doc_id": "m", "text": "Fine text.", "author": "x\\udfffy"}\n'),
    check=all_of(corpus_same, says("s.jsonl:1")),
)
case(
    "import: jsonl escaped surrogate pair on line 3 kept",
    [*IM, "s.jsonl"],
    expect="ok",
    setup=raw(
        "s.jsonl",
        jl({"doc_id": "a", "text": "A."}, {"doc_id": "b", "text": "B."}).encode() + b'{"doc_id": "c", "text": "\\ud83d\\ude00 ok"}\n',
    ),
    check=doc_text("c", "\U0001f600 ok"),
)
case(
    "import: jsonl escaped NUL in the title",
    [*IM, "n.jsonl"],
    setup=raw("n.jsonl", b'{"doc_id": "n", "text": "Fine text.", "title": "a\\u0000b"}\n'),
    check=all_of(corpus_same, says("n.jsonl:1", "title")),
)
case(
    "import: jsonl raw NUL byte between records",
    [*IM, "n.jsonl"],
    setup=raw("n.jsonl", jl({"doc_id": "a", "text": "A."}).encode() + b"\x00\n" + jl({"doc_id": "b", "text": "B."}).encode()),
    check=all_of(corpus_same, says("n.jsonl:2")),
)
case(
    "import: jsonl records separated by a lone CR",
    [*IM, "cr.jsonl"],
    setup=raw("cr.jsonl", b'{"doc_id": "a", "text": "A."}\r{"doc_id": "b", "text": "B."}\r'),
    check=all_of(corpus_same, says("cr.jsonl:1")),
)
case(
    "import: jsonl U+2028 raw inside a JSON string is text, not a line break",
    [*IM, "ls.jsonl"],
    expect="ok",
    setup=raw("ls.jsonl", '{"doc_id": "ls", "text": "one\u2028two\u2029three\x85four"}\n{"doc_id": "ls2", "text": "B."}\n'.encode()),
    check=doc_text("ls", "one\u2028two\u2029three\x85four"),
)
case(
    "import: jsonl raw form feed / vertical tab inside a JSON string",
    [*IM, "ff.jsonl"],
    setup=raw("ff.jsonl", b'{"doc_id": "ff", "text": "one\x0ctwo\x0bthree"}\n'),
    check=all_of(corpus_same, says("ff.jsonl:1")),
)
case(
    "import: jsonl a 100,000-character line kept whole",
    [*IM, "long.jsonl"],
    expect="ok",
    setup=write("long.jsonl", jl({"doc_id": "long", "text": "He said: " + "ab " * 33_330 + "end."})),
    check=doc_text("long", length=9 + 3 * 33_330 + 4),
)
case(
    "import: txt a 100,000-character line without a break",
    [*IM, "wide.txt"],
    expect="ok",
    setup=write("wide.txt", "x" * 100_000),
    check=doc_text("wide", length=100_000),
)
case(
    "import: jsonl a 100,000-character doc_id",
    [*IM, "id.jsonl"],
    expect="any",
    setup=write("id.jsonl", jl({"doc_id": "d" * 100_000, "text": "Text."})),
    check=lambda ws, rc, out, err: (
        None if rc or all(len(k) <= 300 for k in docs(ws)) else "an id of 100,000 characters was stored (its gold file name cannot exist)"
    ),
)
case(
    "import: jsonl doc_id 2**63 and 2**63 as a string are one id",
    [*IM, "big.jsonl"],
    setup=write("big.jsonl", '{"doc_id": 9223372036854775808, "text": "A."}\n{"doc_id": "9223372036854775808", "text": "B."}\n'),
    check=all_of(corpus_same, says("big.jsonl")),
)
case(
    "import: jsonl doc_id 1e3 (a float)",
    [*IM, "f.jsonl"],
    setup=write("f.jsonl", '{"doc_id": 1e3, "text": "A."}\n'),
    check=all_of(corpus_same, says("f.jsonl:1", "doc_id")),
)
case(
    "import: txt with a U+FEFF in the middle kept",
    [*IM, "zw.txt"],
    expect="ok",
    setup=write("zw.txt", "Before\ufeffafter."),
    check=doc_text("zw", "Before\ufeffafter."),
)
case(
    "import: html declared UTF-16 without BOM",
    [*IM, "p.html"],
    expect="any",
    setup=raw("p.html", r7.page(r7.ART, charset="utf-16").encode("utf-16-le")),
    check=lambda ws, rc, out, err: None if rc or "p" in docs(ws) else "exit 0 but no document",
)

# ================================================================ align: text-only spans on new characters
case(
    "align: Hangul in NFD on an NFC text",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": unicodedata.normalize("NFD", "한국어 뉴스")})),
    check=aligned("한국어 뉴스"),
)
case(
    "align: the heart without its variation selector",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": "\u2764 Sí"})),
    check=aligned(None),
)
case(  # "1" alone is found in "2015" earlier in the text (exact matches may lie inside words): the keycap without its mark
    "align: a keycap without its enclosing mark",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": "1\ufe0f"})),
    check=aligned(None),
)
case("align: a skin-toned hand whole", EX, expect="ok", setup=many(tail9, text_quotes({"content_text": "☝🏽 up"})), check=aligned("☝🏽 up"))
case(
    "align: the same sentence twice, two quotes take both",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": "«Oui», dit-il."}, {"content_text": "«Oui», dit-il."})),
    check=all_of(
        aligned("«Oui», dit-il.", "«Oui», dit-il."),
        lambda ws, *a: (
            None if len({tuple(map(tuple, q["content"])) for q in doc_line(ws)["quotes"]}) == 2 else "both quotes took one occurrence"
        ),
    ),
)
case(
    "align: straight quotes for guillemets are no match",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": '"Oui", dit-il.'})),
    check=lambda ws, *a: None,
)
case(
    "align: Greek question mark vs semicolon (NFC-equal)",
    EX,
    expect="ok",
    setup=many(tail9, text_quotes({"content_text": "Ναι."})),
    check=aligned("Ναι."),
)
case("align: offsets [[0, 2**63]]", SCORE, setup=spans_pred([[0, 2**63]]), check=says("p.jsonl:1", "content"))
case("align: offsets [[2**63-1, 2**63]]", SCORE, setup=spans_pred([[2**63 - 1, 2**63]]), check=says("p.jsonl:1", "content"))
case("align: cue [-2**63, 5]", SCORE, setup=spans_pred([[0, 5]], cue=[-(2**63), 5]), check=says("p.jsonl:1", "cue"))
case("align: offset 1e20", SCORE, setup=spans_pred([[0, 1e20]]), check=says("p.jsonl:1", "content"))
case(
    "gold: offset 2**64 in a gold file",
    ["NG", "validate"],
    setup=edit_json(G, lambda d: d["quotes"][0].__setitem__("content", [[0, 2**64]])),
    check=says(f"{DOC}.json", "content"),
)


# ================================================================ newsgold.toml
def toml(text):
    return write("newsgold.toml", text)


RUN_X = ["NG", "run", "--run-id", "x", "--no-progress"]
case(
    "toml: default_suite names a suite that does not exist",
    RUN_X,
    setup=toml('name = "w"\ndefault_suite = "nosuch"\n'),
    check=all_of(absent("eval/runs/x"), says("nosuch")),
)
case(
    "toml: default_suite names another suite: run uses it",
    RUN_X,
    expect="ok",
    setup=many(
        toml('name = "w"\ndefault_suite = "one"\n'),
        write("eval/suites/one.toml", 'name = "one"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
    ),
    check=lambda ws, *a: (
        None
        if sorted(p.name for p in (ws / "eval/runs/x").iterdir() if p.is_dir()) == ["quotes-v2"]
        else "not the default_suite's extractors"
    ),
)
case(
    "toml: default_suite is a path outside the workspace",
    RUN_X,
    setup=many(
        toml('name = "w"\ndefault_suite = "../../../outside"\n'),
        lambda ws: (ws.parent / "outside.toml").write_text('name = "o"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
    ),
    check=all_of(absent("eval/runs/x"), says("newsgold.toml", "default_suite")),
)
case(
    "toml: default_suite empty",
    ["NG", "validate"],
    setup=toml('name = "w"\ndefault_suite = ""\n'),
    check=says("newsgold.toml", "default_suite"),
)
case("toml: name an empty string", ["NG", "validate"], setup=toml('name = ""\n'), check=says("newsgold.toml", "name"))
case("toml: layers a table", ["NG", "validate"], setup=toml('name = "w"\n[layers]\nquotes = true\n'), check=says("newsgold.toml", "layers"))
case(
    "toml: layers given twice in the list",
    ["NG", "validate"],
    expect="any",
    setup=toml('name = "w"\nlayers = ["quotes", "quotes", "claims", "stances"]\n'),
)
case(
    "toml: labelstudio.project an empty string",
    ["NG", "validate"],
    setup=toml('name = "w"\n[labelstudio]\nproject = ""\n'),
    check=says("newsgold.toml", "project"),
)
case(
    "toml: a symlink to a file outside",
    ["NG", "validate"],
    expect="ok",
    setup=lambda ws: (
        (ws.parent / "cfg.toml").write_bytes((ws / "newsgold.toml").read_bytes()),
        (ws / "newsgold.toml").unlink(),
        (ws / "newsgold.toml").symlink_to(ws.parent / "cfg.toml"),
    ),
)


# ================================================================ links into annotations/
def link_to(rel, target):
    def setup(ws):
        p = ws / rel
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.symlink_to(ws / target)

    return setup


case(
    "link: eval/cache is a symlink to annotations/gold, run",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2"],
    setup=link_to("eval/cache", "annotations/gold"),
    check=all_of(absent("eval/runs/x"), says("eval/cache")),
)
case(
    "link: eval/runs is a symlink to annotations/passes, run",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2"],
    setup=lambda ws: (shutil.rmtree(ws / "eval/runs"), (ws / "eval/runs").symlink_to(ws / "annotations/passes")),
)
case(
    "link: a hard link to a gold file as score -o --overwrite",
    ["NG", "score", "--bootstrap", "0", "--pred", PRED, "-o", "r.md", "--overwrite"],
    expect="any",
    setup=lambda ws: os.link(ws / G, ws / "r.md"),
)
case(
    "link: score --errors through eval/../annotations",
    ["NG", "score", "--bootstrap", "0", "--pred", PRED, "--errors", "eval/../annotations/e.jsonl"],
    check=absent("annotations/e.jsonl"),
)
case("init: a workspace inside annotations/", ["NG", "init", "annotations/inner"], check=absent("annotations/inner"))
case(  # a folder in a run group that is not a run: status and rescore of the group skip it
    "init: a workspace inside eval/runs/base",
    ["x"],
    expect="ok",
    shell="NG init eval/runs/base/inner && NG status >/dev/null && NG rescore eval/runs/base --out ../re",
)

# ================================================================ suites
case(
    "suite: two entries with one label, the message names it",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite(
        SUITE_HEAD
        + '[[extractors]]\nspec = "quotes"\nversion = "2"\nlabel = "a"\n[[extractors]]\nspec = "quotes"\nversion = "3"\nlabel = "a"\n'
    ),
    check=all_of(absent("eval/runs/x"), says("bad.toml", "'a'")),
)
case(
    "suite: an unknown config key, the message names the suite",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "2"\nconfig = { bogus = 1 }\n'),
    check=all_of(absent("eval/runs/x"), says("bad.toml", "bogus")),
)
case(
    "suite: spec is an integer",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite(SUITE_HEAD + "[[extractors]]\nspec = 5\n"),
    check=all_of(absent("eval/runs/x"), says("bad.toml", "spec")),
)
case(
    "suite: the same entry twice without labels",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes@2"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
    check=all_of(absent("eval/runs/x"), says("quotes-v2")),
)
case(
    "suite: seed = 2**63",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite('name = "bad"\nseed = 9223372036854775808\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
    check=all_of(absent("eval/runs/x"), says("bad.toml", "seed")),
)
case(
    "suite: bootstrap = true",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=suite('name = "bad"\nbootstrap = true\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
    check=all_of(absent("eval/runs/x"), says("bad.toml", "bootstrap")),
)
case(
    "suite: a UTF-8 BOM and CRLF line ends",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=write("eval/suites/bad.toml", b'\xef\xbb\xbfname = "bad"\r\n[[extractors]]\r\nspec = "quotes"\r\nversion = "2"\r\n'),
    check=all_of(absent("eval/runs/x"), says("bad.toml:1", "BOM")),
)


# ================================================================ compare / rescore across corpora and gold versions
def other_workspace(ws):
    """A second workspace beside ws (one imported document, empty gold) with one run ``r``."""
    o = ws.parent / "other"
    subprocess.run([NG, "init", str(o)], check=True, capture_output=True)
    (o / "a.jsonl").write_text(jl({"doc_id": "a", "text": 'He said "yes" today.'}))
    subprocess.run([NG, "import", "--no-progress", "a.jsonl"], cwd=o, check=True, capture_output=True)
    (o / "annotations/gold").mkdir(parents=True, exist_ok=True)
    (o / "annotations/gold/a.json").write_text('{"doc_id": "a", "quotes": [], "claims": [], "stances": []}')
    subprocess.run([NG, "run", "--run-id", "r", "--no-progress", "--only", "quotes@10"], cwd=o, check=True, capture_output=True)


def _drop_last_quote(d):
    gone = d["quotes"].pop()["id"]
    d["claims"] = [c for c in d["claims"] if c.get("quote") != gone]


drop_quote = edit_json(G, _drop_last_quote)  # the gold stays valid (a claim of the dropped quote goes with it)
case(
    "compare: runs of two corpora",
    ["NG", "compare", "eval/runs/base/quotes-v10", "../other/eval/runs/r/quotes-v10"],
    setup=other_workspace,
    check=says("gold"),
)
case(
    "compare: runs of two corpora --force -o c.md",
    ["NG", "compare", "eval/runs/base/quotes-v10", "../other/eval/runs/r/quotes-v10", "--force", "-o", "c.md"],
    expect="any",
    setup=other_workspace,
)


def rescore_copy(ws):
    shutil.copytree(ws / "eval/runs/base", ws / "eval/runs/old")


case(
    "rescore: the gold lost a quote since the run",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--overwrite"],
    expect="ok",
    setup=drop_quote,
    check=lambda ws, *a: (
        None
        if json.loads((ws / "eval/runs/base/quotes-v2/scores.json").read_text())
        != json.loads((QA / "ws/eval/runs/base/quotes-v2/scores.json").read_text())
        else "scores unchanged after the gold changed"
    ),
)
case(
    "compare: a run and its copy rescored on changed gold",
    ["x"],
    shell="NG rescore eval/runs/base/quotes-v2 --out eval/runs/new >/dev/null && NG compare eval/runs/base/quotes-v2 eval/runs/new",
    setup=drop_quote,
    check=says("gold"),
)
case(
    "rescore: a gold file deleted since the run",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--out", "eval/runs/re"],
    expect="any",
    setup=lambda ws: (ws / G2).unlink(),
)
case(
    "rescore: the gold made invalid since the run",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--overwrite"],
    setup=edit_json(G, lambda d: d["quotes"][0].__setitem__("content", [[5, 2]])),
    check=all_of(runs_same, says(f"{DOC}.json")),
)
case(
    "rescore: a document's text changed since the run",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--overwrite"],
    setup=tail9,
    check=all_of(runs_same, says(DOC)),
)


# ================================================================ Ctrl-C during score / rescore / compare / import
def interrupted(*rels):
    return all_of(exit_code(130), absent(*rels), runs_same, lambda ws, *a: f"strays {strays_of(ws)}" if strays_of(ws) else None)


SCORE_BIG = ["NG", "score", "--bootstrap", "200000", "--pred", PRED, "-o", "r.html", "--errors", "e.jsonl"]
case(
    "sigint: score -o r.html --errors e.jsonl (bootstrap 200,000) after 2s",
    SCORE_BIG,
    sigint_after=2.0,
    timeout=120,
    check=interrupted("r.html", "e.jsonl"),
)
case(
    "sigint: score --overwrite onto existing outputs after 2s",
    [*SCORE_BIG, "--overwrite"],
    sigint_after=2.0,
    timeout=120,
    setup=many(write("r.html", "old\n"), write("e.jsonl", "old\n")),
    check=all_of(
        exit_code(130),
        lambda ws, *a: (
            None if (ws / "r.html").read_text() == "old\n" and (ws / "e.jsonl").read_text() == "old\n" else "an old output replaced"
        ),
    ),
)
case(
    "sigint: rescore --out DIR --scheme token after 1.5s",
    ["NG", "rescore", "eval/runs/base", "--out", "eval/runs/re", "--scheme", "token"],
    sigint_after=1.5,
    timeout=120,
    check=all_of(exit_code(130), absent("eval/runs/re")),
)
case(
    "sigint: compare --trials 1,000,000 -o c.md after 2s",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--trials", "1000000", "-o", "c.md"],
    sigint_after=2.0,
    timeout=120,
    check=interrupted("c.md"),
)
case(
    "sigint: import of 20,000 documents after 1.5s",
    [*IM, "big.jsonl"],
    sigint_after=1.5,
    timeout=120,
    setup=r6.big_jsonl(20_000, 500),
    check=all_of(exit_code(130), lambda ws, *a: None if len(docs(ws)) in (2, 20_002) else f"{len(docs(ws))} documents"),
)

# ================================================================ read-only and full file systems
case(
    "ro: score -o into a read-only folder",
    ["NG", "score", "--bootstrap", "0", "--pred", PRED, "-o", "ro/r.md"],
    setup=many(lambda ws: (ws / "ro").mkdir(), read_only("ro")),
    check=unmount("ro", says("ro/r.md")),
)
case(
    "ro: rescore --overwrite on a read-only eval/runs",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--overwrite", "--scheme", "token"],
    setup=read_only("eval/runs"),
    check=unmount("eval/runs", all_of(says("eval/runs/base"), no_temp_named)),
)
case(
    "ro: validate with a read-only annotations/",
    ["NG", "validate"],
    expect="ok",
    setup=read_only("annotations"),
    check=unmount("annotations"),
)
case(
    "full: compare -o onto a 16 KiB tmpfs",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "-o", "full/c.md", "--trials", "100"],
    expect="any",
    setup=many(lambda ws: (ws / "full").mkdir(), lambda ws: (ws / "full/pad").write_bytes(b"x" * 12289), mount_tmpfs("full", 16)),
    check=unmount(
        "full",
        lambda ws, rc, out, err: (
            None if rc == 0 or (("No space" in err or "disk" in err.lower()) and not (ws / "full/c.md").exists()) else f"rc={rc}, c.md left"
        ),
    ),
)
case(
    "full: rescore --out into a 64 KiB tmpfs",
    ["NG", "rescore", "eval/runs/base", "--out", "full/re"],
    setup=many(lambda ws: (ws / "full").mkdir(), mount_tmpfs("full", 64)),
    check=unmount(
        "full", all_of(no_temp_named, lambda ws, rc, out, err: f"left {os.listdir(ws / 'full')}" if os.listdir(ws / "full") else None)
    ),
)
case(
    "full: ls pull -o into a 8 KiB tmpfs",
    [*PULL[:-1], "full/pulled"],
    setup=many(export(), lambda ws: (ws / "full").mkdir(), mount_tmpfs("full", 8)),
    check=unmount(
        "full", all_of(no_temp_named, lambda ws, rc, out, err: f"left {os.listdir(ws / 'full')}" if os.listdir(ws / "full") else None)
    ),
)


# ================================================================ Label Studio exports of other shapes
def ls_raw(text):
    return write("export.json", text)


def tasks_of(ws):
    return json.loads((QA / "export.json").read_text())


case(
    "export: JSON-MIN (flat list of dicts)",
    PULL,
    setup=ls_raw(json.dumps([{"id": 1, "text": "x", "doc_id": DOC, "quote": [{"start": 0, "end": 2}]}])),
    check=absent("pulled"),
)
case(
    "export: JSON Lines of tasks",
    PULL,
    setup=lambda ws: (ws / "export.json").write_text("".join(json.dumps(t) + "\n" for t in tasks_of(ws))),
    check=all_of(absent("pulled"), says("export.json")),
)
case("export: a CSV export", PULL, setup=ls_raw("id,text,doc_id\n1,hello,x\n"), check=all_of(absent("pulled"), says("export.json")))
case(
    "export: annotations null",
    PULL,
    setup=export(lambda t: t[0].__setitem__("annotations", None)),
    check=all_of(absent("pulled"), says("task")),
)
case(
    "export: a region start 2**63",
    PULL,
    setup=export(lambda t: next(r for r in r5.r0(t) if "start" in r.get("value", {}))["value"].__setitem__("start", 2**63)),
    check=all_of(absent("pulled"), says("start")),
)
case("export: two tasks with one id", PULL, setup=export(lambda t: t[1].__setitem__("id", t[0]["id"])), expect="any")
case(
    "export: a cancelled annotation (was_cancelled) beside a good one",
    PULL,
    expect="any",
    setup=export(r5.second_annotator(lambda res: res.clear())),
)
case(
    "export: two regions with one id in an annotation",
    PULL,
    setup=export(lambda t: (lambda rs: rs[1].__setitem__("id", rs[0]["id"]))([r for r in r5.r0(t) if r.get("type") == "labels"])),
    check=absent("pulled"),
)


# ================================================================ added during the round
case(
    "import: a .json file of JSON Lines whose first record holds a raw U+2028",
    [*IM, "ls.json"],
    expect="ok",
    setup=raw("ls.json", '{"doc_id": "ls", "text": "one\u2028two"}\n{"doc_id": "ls2", "text": "B."}\n'.encode()),
    check=doc_text("ls", "one\u2028two"),
)
case(
    "gold: a gold file saved as UTF-16 (PowerShell's >)",
    ["NG", "validate"],
    setup=lambda ws: (ws / G).write_bytes((ws / G).read_text(encoding="utf-8").encode("utf-16")),
    check=says(f"{DOC}.json:1", "UTF-16"),
)
case(
    "pred: a prediction file in UTF-16",
    ["NG", "score", "--bootstrap", "0", "--pred", "p.jsonl"],
    setup=lambda ws: (ws / "p.jsonl").write_bytes((ws / PRED).read_text(encoding="utf-8").encode("utf-16")),
    check=says("p.jsonl:1", "UTF-16"),
)
case(
    "suite: a suite file saved as UTF-16",
    ["NG", "run", "eval/suites/bad.toml", "--run-id", "x", "--no-progress"],
    setup=write("eval/suites/bad.toml", 'name = "bad"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'.encode("utf-16")),
    check=all_of(absent("eval/runs/x"), says("bad.toml:1", "UTF-16")),
)
case(
    "opt: compare --trials 2**63-1",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--trials", str(2**63 - 1)],
    timeout=30,
    check=says("trials"),
)
case("opt: score --bootstrap 2**63-1", ["NG", "score", "--pred", PRED, "--bootstrap", str(2**63 - 1)], timeout=30, check=says("bootstrap"))
case(
    "opt: run --engine dask --workers 2**63-1",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2", "--engine", "dask", "--workers", str(2**63 - 1)],
    timeout=30,
    check=all_of(absent("eval/runs/x"), says("--workers"), r7.no_process_left),
)
