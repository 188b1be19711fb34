"""Round 5 of the adversarial cases (``python eval/qa/harness.py --round 5``): own articles, offsets
from strings, runs and suites, Label Studio exports.  round5.md is the table of the round."""

import json
import subprocess
import unicodedata

import cases as r4  # the round-4 helpers; its cases are dropped right below
from harness import CASES, DOC, DOC2, NG, QA, case, tree

del CASES[:]
many, write, script, edit_bytes, export = r4.many, r4.write, r4.script, r4.edit_bytes, r4.export
suite, cmd_suite, mod_suite, SUITE_HEAD = r4.suite, r4.cmd_suite, r4.mod_suite, r4.SUITE_HEAD
IM = ["NG", "import", "--no-progress"]
CORPUS = "corpus/data/documents.jsonl"
RUN = ["NG", "run", "bad", "--no-progress"]


def corpus_same(ws, *a):
    return "corpus changed" if tree(ws / "corpus") != tree(QA / "ws/corpus") else None


def docs(ws):
    return {d["doc_id"]: d for d in map(json.loads, (ws / CORPUS).read_text(encoding="utf-8").splitlines()) if d}


def has_doc(doc_id, text=None):
    def check(ws, *a):
        got = docs(ws)
        if doc_id not in got:
            return f"no document {doc_id!r} (have {sorted(got)[:5]})"
        d = got[doc_id]
        if text is not None and d["text"] != text:
            return f"text changed: {d['text'][:40]!r}"
        if d["n_chars"] != len(d["text"]):
            return "n_chars is not len(text)"
        return None

    return check


def jl(*objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


# ---------------------------------------------------------------- own articles: import
MIXED = "Ana said “we are ready” 👩\u200d👩\u200d👧 🇺🇸🇫🇷 e\u0301te\u0301 שלום עולם.\nEnd."
case(
    "import: jsonl CRLF between records",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "a", "text": "One."}).replace("\n", "\r\n")),
    check=has_doc("a", "One."),
)
case(
    "import: txt with lone CR kept",
    [*IM, "cr.txt"],
    expect="ok",
    setup=write("cr.txt", b"Line one.\rLine two.\r"),
    check=has_doc("cr", "Line one.\rLine two.\r"),
)
case(
    "import: csv quoted CRLF kept",
    [*IM, "t.csv"],
    expect="ok",
    setup=write("t.csv", b'doc_id,text\r\nq,"Hi\r\nthere"\r\n'),
    check=has_doc("q", "Hi\r\nthere"),
)
case("import: csv with BOM", [*IM, "t.csv"], setup=write("t.csv", b'\xef\xbb\xbfdoc_id,text\nq,"Hi"\n'), check=corpus_same)
case("import: csv with NUL", [*IM, "t.csv"], setup=write("t.csv", b'doc_id,text\nq,"Hi\x00there"\n'), check=corpus_same)
case("import: txt with NUL", [*IM, "n.txt"], setup=write("n.txt", b"Hi\x00there."), check=corpus_same)
case(
    "import: jsonl lone low surrogate \\udc00",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", b'{"doc_id": "a", "text": "x\\udc00y"}\n'),
    check=corpus_same,
)
case(
    "import: jsonl escaped surrogate pair",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", b'{"doc_id": "a", "text": "smile \\ud83d\\ude00."}\n'),
    check=has_doc("a", "smile \U0001f600."),
)
case(
    "import: ZWJ, flags, combining marks, RTL kept",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "m", "text": MIXED})),
    check=has_doc("m", MIXED),
)
case(
    "import: txt NFD kept (not normalised)",
    [*IM, "d.txt"],
    expect="ok",
    setup=write("d.txt", unicodedata.normalize("NFD", "Café crème.")),
    check=has_doc("d", unicodedata.normalize("NFD", "Café crème.")),
)
case("import: 1 MB single-line txt", [*IM, "big.txt"], expect="ok", setup=write("big.txt", "word " * 200_000), check=has_doc("big"))
case(
    "import: 1 MB single-line jsonl",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "big", "text": "w\u00e9rd " * 200_000})),
    check=has_doc("big"),
)
case(
    "import: duplicate ids in one jsonl",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", jl({"doc_id": "q", "text": "A."}, {"doc_id": "q", "text": "A."})),
    check=corpus_same,
)
case(
    "import: same id in two sources",
    [*IM, "a/x.txt", "b/x.txt"],
    setup=many(write("a/x.txt", "One."), write("b/x.txt", "Two.")),
    check=corpus_same,
)
case(
    "import: ids equal after slugging (Y Z / y-z)",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", jl({"doc_id": "Y Z", "text": "A."}, {"doc_id": "y-z", "text": "B."})),
    check=corpus_same,
)
case(
    "import: id ../x is a slug, nothing outside",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "../x", "text": "A."})),
    check=lambda ws, *a: has_doc("x")(ws) or ("wrote outside" if (ws.parent / "x.json").exists() else None),
)
case(
    "import: id con (a Windows device name)",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "con", "text": "A."})),
    check=lambda ws, *a: None if "con" not in docs(ws) else "con.json could not exist on Windows",
)
case(
    "import: 300-character id",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": "a" * 300, "text": "A."})),
    check=lambda ws, *a: None if max(map(len, docs(ws))) <= 100 else "id longer than 100",
)
case(
    "import: two long ids equal once cut",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", jl({"doc_id": "a" * 300, "text": "A."}, {"doc_id": "a" * 300 + "b", "text": "B."})),
    check=corpus_same,
)
case("import: empty text in csv", [*IM, "t.csv"], setup=write("t.csv", 'doc_id,text\nq,""\n'), check=corpus_same)
case(
    "import: doc_id is a number",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", jl({"doc_id": 5, "text": "A."})),
    check=has_doc("5"),
)
case("import: doc_id is true", [*IM, "in.jsonl"], setup=write("in.jsonl", jl({"doc_id": True, "text": "A."})), check=corpus_same)
case("import: doc_id is a list", [*IM, "in.jsonl"], setup=write("in.jsonl", jl({"doc_id": ["a"], "text": "A."})), check=corpus_same)
case(
    "import: key doc_id twice in a record",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", '{"doc_id": "r", "text": "A.", "doc_id": "s"}\n'),
    check=corpus_same,
)
case(
    "import: key text twice in a record",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", '{"doc_id": "r", "text": "A.", "text": "B."}\n'),
    check=corpus_same,
)
# since session 6 a saved page is imported as its article body (newsgold.importing.html_pages); refused before
case(
    "import: an HTML file",
    [*IM, "p.html"],
    expect="ok",
    setup=write("p.html", "<html><body><p>Hi.</p></body></html>"),
    check=has_doc("p", "Hi."),
)
case(
    "import: changed text for an existing id",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", jl({"doc_id": DOC, "text": "Changed."})),
    check=corpus_same,
)
case(
    "import: changed text --replace moves the gold aside",
    [*IM, "in.jsonl", "--replace"],
    expect="gold-change",
    setup=write("in.jsonl", jl({"doc_id": DOC, "text": "Changed."})),
    check=lambda ws, *a: (
        None if not (ws / r4.G).exists() and list((ws / "annotations/.replaced").rglob(f"{DOC}.json")) else "gold not moved aside"
    ),
)
case(
    "import: text edited in the corpus after gold (same length)",
    ["NG", "validate"],
    setup=edit_bytes(CORPUS, lambda b: b.replace(b"No negotiations are", b"No Negotiations are", 1)),
)
case(
    "import: text edited in the corpus after gold, then run",
    ["NG", "run", "--run-id", "e", "--no-progress", "--only", "quotes@2"],
    setup=edit_bytes(CORPUS, lambda b: b.replace(b"No negotiations are", b"No Negotiations are", 1)),
)

# ---------------------------------------------------------------- offsets from strings (extract file:)
TAIL = "\r\nLe café est fermé, dit-il. 👩\u200d👩\u200d👧 et 🇺🇸🇫🇷. Oui. Oui."


def tail_doc(ws):
    """Append TAIL to DOC's text (gold offsets stay valid), with its sha256 and n_chars."""
    import hashlib

    lines = (ws / CORPUS).read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        d = json.loads(line)
        if d["doc_id"] == DOC:
            d["text"] += TAIL
            d["sha256"], d["n_chars"] = hashlib.sha256(d["text"].encode()).hexdigest(), len(d["text"])
        out.append(json.dumps(d, ensure_ascii=False))
    (ws / CORPUS).write_text("\n".join(out) + "\n", encoding="utf-8")


def text_pred(*quotes):
    qs = [dict({"id": f"q{i}", "type": "direct"}, **q) for i, q in enumerate(quotes, 1)]
    return write("p.jsonl", jl({"doc_id": DOC, "quotes": qs}, {"doc_id": DOC2, "quotes": []}))


def aligned(*want):
    """The quotes of o.jsonl cover exactly these strings of the text (None: no span)."""

    def check(ws, *a):
        if not (ws / "o.jsonl").exists():
            return "no o.jsonl"
        text = docs(ws)[DOC]["text"]
        line = next(d for d in map(json.loads, (ws / "o.jsonl").read_text().splitlines()) if d["doc_id"] == DOC)
        got = [q["content"] for q in line["quotes"]]
        shown = [[text[s:e] for s, e in c] or None for c in got]
        return None if shown == [w if w is None or isinstance(w, list) else [w] for w in want] else f"aligned to {shown}"

    return check


EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]
case(
    "align: LF string, CRLF text", EX, expect="ok", setup=many(tail_doc, text_pred({"content_text": "\nLe café"})), check=aligned("Le café")
)
case(
    "align: NFD string, NFC text",
    EX,
    expect="ok",
    setup=many(tail_doc, text_pred({"content_text": unicodedata.normalize("NFD", "Le café est fermé")})),
    check=aligned("Le café est fermé"),
)
case(
    "align: ZWJ family whole",
    EX,
    expect="ok",
    setup=many(tail_doc, text_pred({"content_text": "👩\u200d👩\u200d👧 et"})),
    check=aligned("👩\u200d👩\u200d👧 et"),
)
case("align: one person of a ZWJ family", EX, expect="ok", setup=many(tail_doc, text_pred({"content_text": "👩"})), check=aligned(None))
case("align: flag pair across two flags", EX, expect="ok", setup=many(tail_doc, text_pred({"content_text": "🇸🇫"})), check=aligned(None))
case(
    "align: e without its combining accent",
    EX,
    expect="ok",
    setup=many(tail_doc, lambda ws: None, text_pred({"content_text": "caf"})),
    check=aligned("caf"),
)
case(
    "align: repeated string, two items",
    EX,
    expect="ok",
    setup=many(tail_doc, text_pred({"content_text": "Oui."}, {"content_text": "Oui."})),
    check=aligned("Oui.", "Oui."),
)
case(
    "align: string past the end",
    EX,
    expect="ok",
    setup=many(tail_doc, text_pred({"content_text": "Oui. Oui. Encore"})),
    check=aligned(None),
)
case("align: empty string", EX, setup=many(tail_doc, text_pred({"content_text": ""})))
case("align: whitespace-only string", EX, expect="any", setup=many(tail_doc, text_pred({"content_text": " \r\n "})))
case("align: offsets and text both given", EX, setup=many(tail_doc, text_pred({"content_text": "Oui.", "content": [[0, 4]]})))
case(
    "align: source_text and source both given",
    EX,
    setup=many(tail_doc, text_pred({"content_text": "Oui.", "source_text": "il", "source": {"span": [0, 2], "entity": None}})),
)
case("align: cue_text not a string", EX, setup=many(tail_doc, text_pred({"content_text": "Oui.", "cue_text": 5})))
case("align: content_text list with empty", EX, setup=many(tail_doc, text_pred({"content_text": ["Oui.", ""]})))
case(
    "align: cmd: output with text fields",
    RUN,
    expect="ok",
    setup=many(
        tail_doc,
        script(
            "ex.py",
            "import sys, json\nfor l in sys.stdin:\n    d = json.loads(l)\n    print(json.dumps({'doc_id': d['doc_id'], 'quotes': [{'id': 'q1', 'type': 'direct', 'content_text': 'Oui.', 'cue_text': 'dit', 'source_text': 'il'}]}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
)

# ---------------------------------------------------------------- runs and suites
for name, line in [
    ("truncated line", '{"doc_id": "x", "text": '),
    ("line without doc_id", '{"text": "Hello."}'),
    ("line is a list", "[1]"),
    ("doc_id is a number", '{"doc_id": 5, "text": "Hi"}'),
    ("NaN in a record", '{"doc_id": "x", "text": "Hi", "n": NaN}'),
]:
    case(
        f"documents index: {name}, run",
        ["NG", "run", "--run-id", "t", "--no-progress", "--only", "quotes@2"],
        setup=edit_bytes(CORPUS, lambda b, line=line: b + line.encode() + b"\n"),
        check=lambda ws, rc, o, e: None if "documents.jsonl:3" in e else "no file:line in the message",
    )
case(
    "documents index: truncated line, rescore",
    ["NG", "rescore", "eval/runs/base/quotes-v2"],
    setup=edit_bytes(CORPUS, lambda b: b + b'{"doc_id": "x", "text": \n'),
)
case(
    "suite: entities registry missing",
    RUN,
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "2"\nconfig = { entities = "annotations/nope.json" }\n'),
    check=lambda ws, rc, o, e: None if "config entities" in e else "the error does not name the config field",
)
case(
    "suite: entities registry malformed",
    RUN,
    setup=many(
        write("reg.json", "[{"), suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "2"\nconfig = { entities = "reg.json" }\n')
    ),
    check=lambda ws, rc, o, e: None if "config entities" in e else "the error does not name the config field",
)
case(
    "suite: targets registry missing (stance)",
    RUN,
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "stance"\nversion = "3"\nconfig = { targets = "nope.json" }\n'),
    check=lambda ws, rc, o, e: None if "config targets" in e else "the error does not name the config field",
)
case(
    "suite: gold dir missing",
    RUN,
    setup=suite(SUITE_HEAD.replace('"annotations/gold"', '"annotations/nogold"') + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)
ECHO = "import sys, json\nfor l in sys.stdin:\n    d = json.loads(l)\n"
case(
    "cmd: Latin-1 stdout",
    RUN,
    setup=many(
        script(
            "ex.py",
            ECHO
            + "    sys.stdout.buffer.write(json.dumps({'doc_id': d['doc_id'], 'quotes': [], 'note': 'caf'}).encode()[:-2] + b'\\xe9\"}\\n')\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: valid lines then invalid UTF-8",
    RUN,
    setup=many(
        script(
            "ex.py",
            ECHO + "    print(json.dumps({'doc_id': d['doc_id'], 'quotes': []}), flush=True)\nsys.stdout.buffer.write(b'\\xff\\xfe\\n')\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: forks, parent exits at once, child writes later",
    RUN,
    timeout=60,
    setup=many(
        script(
            "ex.py",
            "import os, sys, time, json\nif os.fork():\n    os._exit(0)\ntime.sleep(2)\nfor l in sys.stdin:\n    print(json.dumps({'doc_id': json.loads(l)['doc_id'], 'quotes': []}))\n",
        ),
        cmd_suite("./ex.py", ", timeout = 20"),
    ),
    expect="any",
    check=lambda ws, *a: "child alive" if subprocess.run(["pgrep", "-f", str(ws / "ex.py")], capture_output=True).returncode == 0 else None,
)
case(
    "cmd: 100k quotes for one document",
    RUN,
    timeout=180,
    expect="any",
    setup=many(
        script(
            "ex.py",
            ECHO
            + "    print(json.dumps({'doc_id': d['doc_id'], 'quotes': [{'id': f'q{i}', 'type': 'direct', 'content': [[0, 5]], 'source': {'span': None, 'entity': None}, 'cue': None} for i in range(100000)]}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: fragments unsorted",
    RUN,
    setup=many(
        script(
            "ex.py",
            ECHO
            + "    print(json.dumps({'doc_id': d['doc_id'], 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[20, 30], [0, 5]], 'source': {'span': None, 'entity': None}, 'cue': None}]}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: deeply nested output",
    RUN,
    setup=many(
        script(
            "ex.py",
            ECHO
            + "    print('{\"doc_id\": ' + json.dumps(d['doc_id']) + ', \"quotes\": [], \"meta\": ' + '[' * 5000 + ']' * 5000 + '}')\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "module: extract forks, child returns",
    RUN,
    expect="any",
    setup=mod_suite(r4.EXTRACTOR_CLS.replace("{BODY}", "(__import__('os').fork(), {'doc_id': document.doc_id, 'quotes': []})[1]")),
    check=lambda ws, rc, o, e: None if rc == 0 and o.count("extracted") <= 1 else f"exit {rc}, or two processes reported a run",
)
case(
    "module: returns 100k quotes",
    RUN,
    timeout=180,
    expect="ok",
    setup=mod_suite(
        r4.EXTRACTOR_CLS.replace(
            "{BODY}",
            "{'doc_id': document.doc_id, 'quotes': [{'id': f'q{i}', 'type': 'direct', 'content': [[0, 5]], 'source': {'span': None, 'entity': None}, 'cue': None} for i in range(100000)]}",
        )
    ),
)


def runs_ok(ws, *a):
    """After a kill: the next run works, and then no hidden, temporary or half run is left."""
    nxt = subprocess.run([NG, "run", "--run-id", "after", "--no-progress", "--only", "quotes@2"], cwd=ws, capture_output=True, text=True)
    runs = ws / "eval/runs"
    bad = [
        p.name for p in runs.iterdir() if p.name.startswith(".") or (p.is_dir() and p.name != "base" and not (p / "summary.json").exists())
    ]
    if nxt.returncode:
        bad.append("next run fails: " + nxt.stderr[-200:])
    left = [str(p) for p in ws.rglob("*") if ".ngtx-" in p.name or p.name.startswith(".tmp")]
    return "; ".join(bad + left[:3]) or None


for t in (1.0, 2.0, 3.5):
    case(
        f"kill -9: run with folds (claims-learned) after {t}s",
        ["NG", "run", "--run-id", "k", "--no-cache", "--no-progress", "--only", "claims-learned@1"],
        sigint_after=t,
        sig="KILL",
        expect="any",
        check=runs_ok,
    )
    case(
        f"kill -9: run writing the cache after {t}s",
        ["NG", "run", "--run-id", "k", "--no-progress"],
        sigint_after=t,
        sig="KILL",
        expect="any",
        setup=lambda ws: __import__("shutil").rmtree(ws / "eval/cache"),
        check=runs_ok,
    )
for t in (0.6, 1.0, 1.6):
    case(
        f"kill -9: rescore --out DIR after {t}s",
        ["NG", "rescore", "eval/runs/base", "--out", "eval/runs/re", "--scheme", "coverage:0.5"],
        sigint_after=t,
        sig="KILL",
        expect="any",
        check=lambda ws, *a: (
            runs_ok(ws)
            or (None if not (ws / "eval/runs/re").exists() or (ws / "eval/runs/re/summary.json").exists() else "half rescore dir")
        ),
    )
    case(
        f"kill -9: pull --write-gold after {t}s",
        r4.PULLG,
        sigint_after=t,
        sig="KILL",
        expect="gold-change",
        setup=export(),
        check=lambda ws, *a: (
            r4.gold_old_or_new(ws)
            or (lambda n: None if n.returncode == 0 else "next validate: " + n.stderr[-200:])(
                subprocess.run([NG, "validate"], cwd=ws, capture_output=True, text=True)
            )
        ),
    )
case("rescore --out into annotations", ["NG", "rescore", "eval/runs/base", "--out", "annotations/re"])
case(
    "cache: entry truncated, run",
    ["NG", "run", "--run-id", "c", "--no-progress", "--only", "quotes@2"],
    expect="ok",
    setup=lambda ws: [p.write_bytes(p.read_bytes()[:10]) for p in sorted((ws / "eval/cache").rglob("*")) if p.is_file()][:0],
)

# ---------------------------------------------------------------- Label Studio exports
PULL = r4.PULL
nopulled = r4.nopulled


def r0(t):
    return t[0]["annotations"][0]["result"]


def first(t, from_name):
    return next(r for r in r0(t) if r.get("from_name") == from_name)


def second_annotator(edit, user=(2, "b@example.org")):
    def fn(t):
        import copy

        a = copy.deepcopy(t[0]["annotations"][0])
        a["id"], a["completed_by"] = 999, {"id": user[0], "email": user[1]}
        edit(a["result"])
        t[0]["annotations"].append(a)

    return fn


def flip_type(result):
    for r in result:
        if r.get("from_name") == "quote_type":
            r["value"]["choices"] = ["direct"] if r["value"]["choices"] != ["direct"] else ["indirect"]


case(
    "ls: region text disagrees with its offsets",
    PULL,
    setup=export(lambda t: r0(t)[0]["value"].__setitem__("text", "something else")),
    check=nopulled,
)
case(
    "ls: region offsets shifted by one",
    PULL,
    setup=export(lambda t: r0(t)[0]["value"].update(start=r0(t)[0]["value"]["start"] + 1, end=r0(t)[0]["value"]["end"] + 1)),
    check=nopulled,
)
case(
    "ls: region text disagrees only by CRLF/LF",
    PULL,
    expect="any",
    setup=export(lambda t: r0(t)[0]["value"].__setitem__("text", r0(t)[0]["value"]["text"] + "\r")),
)
case(
    "ls: task text edited in LS",
    PULL,
    setup=export(lambda t: t[0]["data"].__setitem__("text", t[0]["data"]["text"].replace("No negotiations", "NO negotiations", 1))),
    check=nopulled,
)
case(
    "ls: task text edited, --write-gold",
    r4.PULLG,
    setup=export(lambda t: t[0]["data"].__setitem__("text", "Prefix. " + t[0]["data"]["text"])),
)
case(
    "ls: task text NFD of the corpus text",
    PULL,
    setup=export(lambda t: t[0]["data"].__setitem__("text", unicodedata.normalize("NFD", t[0]["data"]["text"] + " café"))),
    check=nopulled,
)
case("ls: two annotators conflict, -o pulled", PULL, expect="ok", setup=export(second_annotator(flip_type)))
case("ls: two annotators conflict, --write-gold", r4.PULLG, setup=export(second_annotator(flip_type)))
case(
    "ls: same annotator twice, conflicting",
    r4.PULLG,
    expect="gold-change",  # by the documented rule: their newer annotation is pulled, the other left out with a note
    setup=export(second_annotator(flip_type, (1, "a@example.org"))),
    check=lambda ws, rc, o, e: None if "annotation 100 by a@example.org left out" in e else "no note on the annotation left out",
)
case(
    "ls: stance holder not in the task's holders",
    PULL,
    setup=export(lambda t: first(t, "stances__T_SECRET_TALKS__favor")["value"].__setitem__("choices", ["Nobody"])),
    check=nopulled,
)
case(
    "ls: stance holder in the task but not in the registry",
    PULL,
    setup=export(
        lambda t: (
            t[0]["data"]["stance_holders"].append({"value": "Ghost", "alias": "E_GHOST"}),
            first(t, "stances__T_SECRET_TALKS__favor")["value"].__setitem__("choices", ["E_GHOST"]),
        )
    ),
    check=nopulled,
)
case(
    "ls: item_ref text edited by hand",
    PULL,
    expect="ok",
    setup=export(lambda t: first(t, "item_ref")["value"].__setitem__("text", ["c9 edited"])),
)
case("ls: item_ref text a string", PULL, expect="ok", setup=export(lambda t: first(t, "item_ref")["value"].__setitem__("text", "q1")))
case("ls: item_ref for no region", PULL, setup=export(lambda t: first(t, "item_ref").__setitem__("id", "nowhere")), check=nopulled)
case("ls: item_ref deleted", PULL, expect="ok", setup=export(lambda t: r0(t).remove(first(t, "item_ref"))))
case(
    "ls: stance_order edited to garbage",
    PULL,
    setup=export(lambda t: first(t, "stance_order")["value"].__setitem__("text", ["garbage"])),
    check=nopulled,
)
case(
    "ls: stance_order lists an unknown holder",
    PULL,
    expect="any",
    setup=export(lambda t: first(t, "stance_order")["value"].__setitem__("text", ['["@document", "E_GHOST"]'])),
)
case("ls: task sha256 edited, text same", PULL, expect="any", setup=export(lambda t: t[0]["data"].__setitem__("sha256", "0" * 64)))

# ---------------------------------------------------------------- found while probing (rescore --out, score --pred RUN)
case(
    "rescore RUN --out its own group --overwrite",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--out", "eval/runs/base", "--overwrite"],
    check=lambda ws, *a: None if tree(ws / "eval/runs/base") == tree(QA / "ws/eval/runs/base") else "the group was replaced",
)
case(
    "rescore GROUP --out eval/runs --overwrite",
    ["NG", "rescore", "eval/runs/base", "--out", "eval/runs", "--overwrite"],
    check=lambda ws, *a: None if sorted(p.name for p in (ws / "eval/runs").iterdir()) == ["base"] else "runs mixed into eval/runs",
)
case("rescore GROUP --out inside the group", ["NG", "rescore", "eval/runs/base", "--out", "eval/runs/base/sub"])
case("score --pred a run directory", ["NG", "score", "--pred", "eval/runs/base/quotes-v2", "--bootstrap", "0"], expect="ok")
case(
    "ls export-tasks with gold on a text edited in place",
    ["NG", "ls", "export-tasks", "-o", "t.json", "--annotations", "annotations/gold"],
    expect="any",
    setup=edit_bytes(CORPUS, lambda b: b.replace(b"No negotiations are", b"No Negotiations are", 1)),
)
case(
    "import: lone CR is said",
    [*IM, "cr.txt"],
    expect="ok",
    setup=write("cr.txt", b"Line one.\rLine two.\r"),
    check=lambda ws, rc, o, e: None if "lone \\r" in e else "lone CR not said",
)
for who in ["..", "."]:
    case(
        f"ls: a second annotator called {who!r}",
        ["NG", "ls", "pull", "--from-export", "export.json", "-o", "sub/pulled"],
        expect="ok",
        setup=export(second_annotator(flip_type, (2, who))),
        check=lambda ws, *a: (
            None
            if all(p.parent.parent == ws / "sub/pulled" for p in (ws / "sub").rglob("*.json"))
            else "files outside sub/pulled/<annotator>/"
        ),
    )
case(
    "ls: annotators a/b and a_b",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"],
    expect="ok",
    setup=export(lambda t: (second_annotator(flip_type, (2, "a/b"))(t), second_annotator(lambda r: None, (3, "a_b"))(t))),
    check=lambda ws, *a: (
        None if len(list((ws / "pulled").rglob("*.json"))) == 4 else f"{len(list((ws / 'pulled').rglob('*.json')))} files, not 4"
    ),
)
case(
    "import: csv with an unterminated quote",
    [*IM, "t.csv"],
    setup=write("t.csv", 'doc_id,text\na,"first\nb,second\nc,third\n'),
    check=corpus_same,
)
case("import: csv text after a closing quote", [*IM, "t.csv"], setup=write("t.csv", 'doc_id,text\na,"ab"cd\n'), check=corpus_same)
case(
    "import: csv inch mark in an unquoted field",
    [*IM, "t.csv"],
    expect="ok",
    setup=write("t.csv", 'doc_id,text\na,A 5" screen.\n'),
    check=has_doc("a", 'A 5" screen.'),
)


def child_gone(ws, *a):
    """The extractor wrote its pid to child.pid: it must not outlive newsgold (killed here if it did)."""
    import os
    import signal

    pid = int((ws / "child.pid").read_text() or 0) if (ws / "child.pid").exists() else 0
    try:
        os.kill(pid, 0) if pid else None
    except ProcessLookupError:
        pid = 0
    if pid:
        os.kill(pid, signal.SIGKILL)
        return "child alive after newsgold ended"
    left = [p.name for p in (ws / "eval/runs").iterdir() if p.name.startswith(".")]
    return f"temporaries left: {left}" if left else None


case(
    "sigterm to newsgold alone while a cmd: extractor runs",
    ["x"],
    expect="any",
    shell="NG run bad --no-progress & P=$!; sleep 3; kill -TERM $P; wait $P",
    setup=many(script("ex.py", "import os, time\nopen('child.pid', 'w').write(str(os.getpid()))\ntime.sleep(300)\n"), cmd_suite("./ex.py")),
    check=child_gone,
)
