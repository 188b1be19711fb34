"""Round 6 of the adversarial cases (``python eval/qa/harness.py --round 6``): a media-monitoring
team's own articles in every import format, misbehaving plug-in extractors, odd suites, damaged
runs and gold under every reading command, concurrent commands, kills during ``import``, disk full,
read-only folders, symlinks into annotations/, odd paths, and the Label Studio leftovers of round 5.
round6.md is the table of the round."""

import json
import shutil
import subprocess
from pathlib import Path

import cases5 as r5  # the round-5 helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, DOC2, NG, QA, case, tree

del CASES[:]
r4 = r5.r4
many, write, script, edit_bytes, edit_json, export = r4.many, r4.write, r4.script, r4.edit_bytes, r4.edit_json, r4.export
suite, cmd_suite, mod_suite, mod, SUITE_HEAD = r4.suite, r4.cmd_suite, r4.mod_suite, r4.mod, r4.SUITE_HEAD
corpus_same, docs, has_doc, jl, runs_ok = r5.corpus_same, r5.docs, r5.has_doc, r5.jl, r5.runs_ok
G, G2, PRED = r4.G, f"annotations/gold/{DOC2}.json", r4.PRED
IM = ["NG", "import", "--no-progress"]
CORPUS = r5.CORPUS
RUN = ["NG", "run", "bad", "--no-progress"]
BASE = "eval/runs/base/quotes-v2"


def child_gone(ws, *a):
    """Round 5's check, but a child killed a moment ago may still be exiting or a zombie not yet
    reaped (the container's pid 1): it is alive only if it still runs after 2 s."""
    import time

    pid = int((ws / "child.pid").read_text() or 0) if (ws / "child.pid").exists() else 0
    for _ in range(20):
        try:
            state = Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] if pid else "gone"
        except (FileNotFoundError, IndexError):
            state = "gone"
        if state in ("gone", "Z", "X"):
            break
        time.sleep(0.1)
    else:
        return r5.child_gone(ws, *a)
    left = [p.name for p in (ws / "eval/runs").iterdir() if p.name.startswith(".")]
    return f"temporaries left: {left}" if left else None


def all_of(*checks):
    def check(ws, rc, out, err):
        return "; ".join(m for m in (c(ws, rc, out, err) for c in checks) if m) or None

    return check


def says(*words):
    """The error (stderr) names all of these (a file, a line, a field, a document...)."""

    def check(ws, rc, out, err):
        missing = [w for w in words if w not in err]
        return f"the message does not name {missing}" if missing else None

    return check


def lines_with(word, n):
    def check(ws, rc, out, err):
        got = sum(word in line for line in err.splitlines())
        return None if got == n else f"{got} lines with {word!r}, expected {n}"

    return check


def absent(*rels):
    def check(ws, *a):
        there = [r for r in rels if (ws / r).exists() or (ws / r).is_symlink()]
        return f"written: {there}" if there else None

    return check


def runs_same(ws, *a):
    return None if tree(ws / "eval/runs") == tree(QA / "ws/eval/runs") else "eval/runs changed"


def parquet(rel, columns):
    def setup(ws):
        import pyarrow as pa
        import pyarrow.parquet as pq

        (ws / rel).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table(columns), ws / rel)

    return setup


def dataset(rel, columns, dict_of=None):
    def setup(ws):
        import datasets

        ds = datasets.Dataset.from_dict(columns)
        (datasets.DatasetDict({k: ds for k in dict_of}) if dict_of else ds).save_to_disk(str(ws / rel))

    return setup


def big_jsonl(n=3000, size=3000):
    return write("big.jsonl", "".join(json.dumps({"doc_id": f"b{i}", "text": f"Doc {i}. " + "w" * size}) + "\n" for i in range(n)))


def corpus_old_or_new(n_new):
    """After a kill: documents.jsonl is the old corpus or the old plus all n_new documents, and the
    next import cleans any temporary and works."""

    def check(ws, *a):
        got = docs(ws)
        old = r5.docs(QA / "ws")
        if not (got == old or (len(got) == len(old) + n_new and all(got[k] == v for k, v in old.items()))):
            return f"corpus half-written: {len(got)} documents"
        nxt = subprocess.run([NG, "import", "--no-progress", "big.jsonl"], cwd=ws, capture_output=True, text=True)
        if nxt.returncode:
            return "next import fails: " + nxt.stderr[-200:]
        left = [str(p) for p in ws.rglob("*") if ".ngtx-" in p.name or p.name.startswith(".tmp")]
        return f"temporaries left after the next import: {left[:3]}" if left else None

    return check


def mount_tmpfs(rel, size_k):
    """``rel`` becomes a tmpfs of ``size_k`` KiB holding what it held (disk full); unmounted by ``unmount``."""

    def setup(ws):
        d = ws / rel
        keep = ws.parent / "keep"
        shutil.copytree(d, keep)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_k}k", "tmpfs", str(d)], check=True)
        shutil.copytree(keep, d, dirs_exist_ok=True)

    return setup


def read_only(rel):
    def setup(ws):
        d = str(ws / rel)
        subprocess.run(["mount", "--bind", d, d], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", d], check=True)

    return setup


def unmount(rel, then=None):
    def check(ws, rc, out, err):
        msg = then(ws, rc, out, err) if then else None
        subprocess.run(["umount", "-l", str(ws / rel)], capture_output=True)
        return msg

    return check


def symlink(rel, target):
    def setup(ws):
        p = ws / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.symlink_to(ws / target)

    return setup


# ---------------------------------------------------------------- own articles in every format
case(
    "json: a list of records",
    [*IM, "a.json"],
    expect="ok",
    setup=write("a.json", json.dumps([{"doc_id": "j1", "text": "One."}])),
    check=has_doc("j1", "One."),
)
case("json: one object, not a list", [*IM, "a.json"], expect="any", setup=write("a.json", json.dumps({"doc_id": "j1", "text": "One."})))
case(
    "json: with BOM",
    [*IM, "a.json"],
    setup=write("a.json", b"\xef\xbb\xbf" + json.dumps([{"doc_id": "j1", "text": "One."}]).encode()),
    check=corpus_same,
)
case("json: NaN in a record", [*IM, "a.json"], setup=write("a.json", '[{"doc_id": "j1", "text": "One.", "score": NaN}]'), check=corpus_same)
case("json: garbage after the list", [*IM, "a.json"], setup=write("a.json", '[{"doc_id": "j1", "text": "One."}] x'), check=corpus_same)
case(
    "json: second record's text is a number",
    [*IM, "a.json"],
    setup=write("a.json", json.dumps([{"doc_id": "j1", "text": "One."}, {"doc_id": "j2", "text": 5}])),
    check=all_of(corpus_same, says("a.json", "text")),
)
case(
    "parquet: two documents",
    [*IM, "a.parquet"],
    expect="ok",
    setup=parquet("a.parquet", {"doc_id": ["p1", "p2"], "text": ["Eins.", "Zwei \U0001f1e9\U0001f1ea."]}),
    check=has_doc("p2", "Zwei \U0001f1e9\U0001f1ea."),
)
case(
    "parquet: a null text",
    [*IM, "a.parquet"],
    setup=parquet("a.parquet", {"doc_id": ["p1", "p2"], "text": ["Eins.", None]}),
    check=all_of(corpus_same, says("a.parquet", "text")),
)
case("parquet: text column of integers", [*IM, "a.parquet"], setup=parquet("a.parquet", {"doc_id": ["p1"], "text": [5]}), check=corpus_same)
case(
    "parquet: duplicate doc_ids",
    [*IM, "a.parquet"],
    setup=parquet("a.parquet", {"doc_id": ["p1", "p1"], "text": ["A.", "B."]}),
    check=all_of(corpus_same, says("a.parquet")),
)
case(
    "parquet: no doc_id, titles equal after slugging",
    [*IM, "a.parquet"],
    setup=parquet("a.parquet", {"title": ["Big News!", "big news"], "text": ["A.", "B."]}),
    check=corpus_same,
)
case(
    "parquet: file truncated",
    [*IM, "a.parquet"],
    setup=many(parquet("a.parquet", {"doc_id": ["p1"], "text": ["A."]}), edit_bytes("a.parquet", lambda b: b[: len(b) // 2])),
    check=corpus_same,
)
case(
    "parquet: CRLF text kept",
    [*IM, "a.parquet"],
    expect="ok",
    setup=parquet("a.parquet", {"doc_id": ["p1"], "text": ["Line one.\r\nLine two."]}),
    check=has_doc("p1", "Line one.\r\nLine two."),
)
case(
    "datasets: save_to_disk folder",
    [*IM, "ds"],
    expect="ok",
    setup=dataset("ds", {"doc_id": ["d1"], "text": ["Hello “world”."]}),
    check=has_doc("d1", "Hello “world”."),
)
case(
    "datasets: no such --text-field",
    [*IM, "ds", "--text-field", "body"],
    setup=dataset("ds", {"doc_id": ["d1"], "text": ["A."]}),
    check=corpus_same,
)
case(
    "datasets: a DatasetDict (train/test)",
    [*IM, "ds"],
    expect="any",
    setup=dataset("ds", {"doc_id": ["d1"], "text": ["A."]}, ["train", "test"]),
)
case(
    "datasets: a text with a NUL",
    [*IM, "ds"],
    setup=dataset("ds", {"doc_id": ["d1"], "text": ["A\x00B."]}),
    check=all_of(corpus_same, says("NUL")),
)
case(
    "txt folder: nested folders and other files",
    [*IM, "in"],
    expect="ok",
    setup=many(write("in/a.txt", "A."), write("in/sub/b.txt", "B."), write("in/notes.md", "# no"), write("in/.hidden.txt", "H.")),
    check=all_of(has_doc("a", "A."), has_doc("b", "B.")),
)
case("txt folder: empty", [*IM, "in"], setup=lambda ws: (ws / "in").mkdir(), check=corpus_same)
case(
    "txt folder: one Latin-1 file",
    [*IM, "in"],
    setup=many(write("in/a.txt", "A."), write("in/b.txt", "caf\xe9".encode("latin-1"))),
    check=all_of(corpus_same, says("b.txt")),
)
case(
    "txt folder: one UTF-16 file",
    [*IM, "in"],
    setup=many(write("in/a.txt", "A."), write("in/b.txt", "Hi there.".encode("utf-16"))),
    check=all_of(corpus_same, says("b.txt")),
)
case(
    "txt: names equal after slugging (A B.txt, a-b.txt)",
    [*IM, "in"],
    setup=many(write("in/A B.txt", "A."), write("in/a-b.txt", "B.")),
    check=corpus_same,
)
case(
    "txt: unicode name with spaces",
    [*IM, "in/Café au lait é.txt"],
    expect="ok",
    setup=write("in/Café au lait é.txt", "Noir."),
    check=has_doc("cafe-au-lait-e", "Noir."),
)
case("txt: a Windows path given on Linux", [*IM, "C:\\news\\a.txt"], check=all_of(corpus_same, says("C:\\news\\a.txt")))
case(
    "txt: a file named with a backslash",
    [*IM, "a\\b.txt"],
    expect="ok",
    setup=write("a\\b.txt", "Back."),
    check=lambda ws, *a: None if any(d["text"] == "Back." for d in docs(ws).values()) else "not imported",
)
case("txt: CRLF and a trailing Ctrl-Z (DOS)", [*IM, "dos.txt"], expect="any", setup=write("dos.txt", b"Line.\r\nLine two.\r\n\x1a"))
case(
    "jsonl: one 20 MB text",
    [*IM, "in.jsonl"],
    expect="ok",
    timeout=120,
    setup=write("in.jsonl", jl({"doc_id": "huge", "text": "mot " * 5_000_000})),
    check=has_doc("huge"),
)
case(
    "jsonl: line 1000 bad among good lines",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", jl(*({"doc_id": f"x{i}", "text": "A."} for i in range(999))) + '{"doc_id": "x999", "text": \n'),
    check=all_of(corpus_same, says("in.jsonl:1000")),
)
case(
    "jsonl: same id in two files",
    [*IM, "a.jsonl", "b.jsonl"],
    setup=many(write("a.jsonl", jl({"doc_id": "s", "text": "A."})), write("b.jsonl", jl({"doc_id": "s", "text": "B."}))),
    check=all_of(corpus_same, says("a.jsonl", "b.jsonl")),
)
case(
    "jsonl: the same file given twice", [*IM, "a.jsonl", "a.jsonl"], expect="any", setup=write("a.jsonl", jl({"doc_id": "s", "text": "A."}))
)
case(
    "jsonl: id equal to an existing one after slugging, other text",
    [*IM, "a.jsonl"],
    setup=write("a.jsonl", jl({"doc_id": "No Negotiations Underway", "text": "Other."})),
    check=corpus_same,
)
case(
    "jsonl: --dry-run writes nothing",
    [*IM, "a.jsonl", "--dry-run"],
    expect="ok",
    setup=write("a.jsonl", jl({"doc_id": "s", "text": "A."})),
    check=corpus_same,
)
case("source does not exist", [*IM, "nope.jsonl"], check=all_of(corpus_same, says("nope.jsonl")))
case("source is a symlink loop", [*IM, "loop"], setup=lambda ws: (ws / "loop").symlink_to(ws / "loop"), check=corpus_same)
case("csv: semicolon-separated", [*IM, "t.csv"], setup=write("t.csv", "doc_id;text\na;Hello.\n"), check=corpus_same)
case("csv: UTF-16", [*IM, "t.csv"], setup=write("t.csv", "doc_id,text\na,Hello.\n".encode("utf-16")), check=corpus_same)
case("csv: header only", [*IM, "t.csv"], expect="any", setup=write("t.csv", "doc_id,text\n"), check=corpus_same)
case("csv: column text twice", [*IM, "t.csv"], setup=write("t.csv", "doc_id,text,text\na,One.,Two.\n"), check=corpus_same)
case(
    "csv: a 2 MB field",
    [*IM, "t.csv"],
    expect="ok",
    setup=write("t.csv", 'doc_id,text\nbig,"' + "word, " * 350_000 + '"\n'),
    check=has_doc("big"),
)
case(
    "csv: a row with an extra field",
    [*IM, "t.csv"],
    setup=write("t.csv", "doc_id,text\na,One.,extra\n"),
    check=all_of(corpus_same, says("t.csv:2")),
)
case(
    "csv: other columns kept as meta",
    [*IM, "t.csv"],
    expect="ok",
    setup=write("t.csv", "doc_id,text,outlet,section\na,One.,Le Monde,World\n"),
    check=has_doc("a", "One."),
)

# ---------------------------------------------------------------- file:, cmd:, module:attr extractors misbehaving
EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]


def pred_lines(*quotes_of_doc, other=None):
    qs = [
        dict({"id": f"q{i}", "type": "direct", "source": {"span": None, "entity": None}, "cue": None}, **q)
        for i, q in enumerate(quotes_of_doc, 1)
    ]
    return write("p.jsonl", jl({"doc_id": DOC, "quotes": qs}, other or {"doc_id": DOC2, "quotes": []}))


case(
    "file: a doc id not in the corpus",
    EX,
    setup=write("p.jsonl", jl({"doc_id": DOC, "quotes": []}, {"doc_id": "ghost", "quotes": []})),
    check=all_of(absent("o.jsonl"), says("ghost")),
)
case(
    "file: one document twice",
    EX,
    setup=write("p.jsonl", jl({"doc_id": DOC, "quotes": []}, {"doc_id": DOC, "quotes": []})),
    check=absent("o.jsonl"),
)
case(
    "file: two quotes with one id", EX, setup=pred_lines({"content": [[0, 5]]}, {"content": [[6, 9]], "id": "q1"}), check=absent("o.jsonl")
)
case("file: offsets as strings", EX, setup=pred_lines({"content": [["0", "5"]]}), check=all_of(absent("o.jsonl"), says("content")))
case("file: offsets as floats", EX, setup=pred_lines({"content": [[0.0, 5.0]]}), check=all_of(absent("o.jsonl"), says("content")))
case("file: negative offsets", EX, setup=pred_lines({"content": [[-5, -1]]}), check=absent("o.jsonl"))
case("file: offsets past the text", EX, setup=pred_lines({"content": [[0, 10**6]]}), check=absent("o.jsonl"))
case("file: cue offsets reversed", EX, setup=pred_lines({"content": [[0, 5]], "cue": [9, 7]}), check=absent("o.jsonl"))
case("file: a text-only span that cannot align", EX, expect="any", setup=pred_lines({"content_text": "words that are nowhere in the text"}))
case("file: the predictions file is the gold folder", ["NG", "extract", "file:annotations/gold", "-o", "o.jsonl"], expect="any")
CAT = "import sys, json\nfor l in sys.stdin:\n    d = json.loads(l)\n"
OK_LINE = "    print(json.dumps({'doc_id': d['doc_id'], 'quotes': []}), flush=True)\n"
case(
    "cmd: a banner on stdout first",
    RUN,
    setup=many(script("ex.py", "print('extractor 1.0 ready')\n" + CAT + OK_LINE), cmd_suite("./ex.py")),
    check=runs_same,
)
case("cmd: exits 0 with garbage", RUN, setup=many(script("ex.py", CAT + "    print('hello')\n"), cmd_suite("./ex.py")), check=runs_same)
case(
    "cmd: fewer lines than documents, exit 0",
    RUN,
    expect="any",  # corrected: documented, a failed batch is re-run one document at a time (then it answers)
    setup=many(
        script(
            "ex.py", "import sys, json\nd = json.loads(sys.stdin.readline())\nprint(json.dumps({'doc_id': d['doc_id'], 'quotes': []}))\n"
        ),
        cmd_suite("./ex.py"),
    ),
    check=None,
)
case(
    "cmd: answers with the other document's id",
    RUN,
    setup=many(
        script("ex.py", CAT + f"    print(json.dumps({{'doc_id': {DOC!r} if d['doc_id'] != {DOC!r} else {DOC2!r}, 'quotes': []}}))\n"),
        cmd_suite("./ex.py"),
    ),
    check=runs_same,
)
case(
    "cmd: offsets as floats",
    RUN,
    setup=many(
        script(
            "ex.py",
            CAT
            + "    print(json.dumps({'doc_id': d['doc_id'], 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0.0, 5.0]], 'source': {'span': None, 'entity': None}, 'cue': None}]}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
    check=runs_same,
)
case(
    "cmd: a 60 MB line of garbage",
    RUN,
    timeout=120,
    setup=many(script("ex.py", CAT + "    sys.stdout.write('x' * 60_000_000 + '\\n')\n"), cmd_suite("./ex.py")),
    check=runs_same,
)
case(
    "cmd: hangs in a grandchild (timeout 3)",
    RUN,
    timeout=60,
    setup=many(
        script(
            "ex.py", "import os, subprocess\np = subprocess.Popen(['sleep', '300'])\nopen('child.pid', 'w').write(str(p.pid))\np.wait()\n"
        ),
        cmd_suite("./ex.py", ", timeout = 3"),
    ),
    check=all_of(child_gone, runs_same),
)
case(
    "module: prints to stdout while extracting",
    RUN,
    expect="ok",
    setup=mod("(print('debug', document.doc_id), {'doc_id': document.doc_id, 'quotes': []})[1]"),
)
case(
    "module: offsets as floats",
    RUN,
    setup=mod(
        "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0.0, 5.0]], 'source': {'span': None, 'entity': None}, 'cue': None}]}"
    ),
    check=runs_same,
)
case(
    "module: offsets as numpy integers",
    RUN,
    expect="any",
    setup=mod(
        "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[__import__('numpy').int64(0), __import__('numpy').int64(5)]], 'source': {'span': None, 'entity': None}, 'cue': None}]}"
    ),
)
case(
    "module: an exception whose str() raises",
    RUN,
    setup=mod_suite(
        r4.EXTRACTOR_CLS.replace("{BODY}", "(_ for _ in ()).throw(Bad())")
        + "\nclass Bad(Exception):\n    def __str__(self):\n        raise ValueError('no str')\n"
    ),
    check=runs_same,
)
case("module: attr is a dotted path", RUN, setup=mod_suite(r4.EXTRACTOR_CLS.replace("{BODY}", "{}"), attr="X.extract"), check=runs_same)
case(
    "module: returns quotes for the other document",
    RUN,
    setup=mod(f"{{'doc_id': {DOC2!r} if document.doc_id == {DOC!r} else {DOC!r}, 'quotes': []}}"),
    check=runs_same,
)

# ---------------------------------------------------------------- suites with odd fields
X = '\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'
for name, text in [
    ("name is a number", SUITE_HEAD.replace('name = "bad"', "name = 5") + X),
    ("extractors is a table", SUITE_HEAD + '\n[extractors]\nspec = "quotes"\n'),
    ("spec is empty", SUITE_HEAD + '\n[[extractors]]\nspec = ""\n'),
    ("config is a string", SUITE_HEAD + '\n[[extractors]]\nspec = "quotes"\nversion = "2"\nconfig = "x"\n'),
    ("bootstrap = -1", SUITE_HEAD.replace("bootstrap = 10", "bootstrap = -1") + X),
    ("bootstrap = 1.5", SUITE_HEAD.replace("bootstrap = 10", "bootstrap = 1.5") + X),
    ("documents lists an unknown id", SUITE_HEAD.replace('documents = "all"', 'documents = ["ghost"]') + X),
    ("documents is an empty list", SUITE_HEAD.replace('documents = "all"', "documents = []") + X),
    ("a key given twice", SUITE_HEAD + 'name = "again"\n' + X),
    ("starts with a BOM", "\ufeff" + SUITE_HEAD + X),
]:
    case(f"suite: {name}", RUN, setup=suite(text), check=runs_same)
case("suite: version is an integer", RUN, expect="any", setup=suite(SUITE_HEAD + '\n[[extractors]]\nspec = "quotes"\nversion = 2\n'))

# ---------------------------------------------------------------- damaged runs and gold under every reading command
CMP = ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3"]
case(
    "compare: predictions.jsonl truncated mid-line",
    CMP,
    expect="any",
    setup=edit_bytes(f"{BASE}/predictions.jsonl", lambda b: b[: len(b) // 2]),
)
case("compare: manifest.json deleted", CMP, setup=lambda ws: (ws / BASE / "manifest.json").unlink(), check=says("manifest.json"))
case("compare: scores.json truncated", CMP, setup=edit_bytes(f"{BASE}/scores.json", lambda b: b[:50]), check=says("scores.json"))
case("compare: an empty directory", ["NG", "compare", "empty", "eval/runs/base/quotes-v3"], setup=lambda ws: (ws / "empty").mkdir())
case("compare: -o into annotations", [*CMP, "-o", "annotations/c.md"], check=absent("annotations/c.md"))
case(
    "rescore: predictions of a document not in the corpus",
    ["NG", "rescore", BASE],
    setup=edit_bytes(f"{BASE}/predictions.jsonl", lambda b: b + b'{"doc_id": "ghost", "quotes": [], "claims": [], "stances": []}\n'),
)
case("rescore: predictions.jsonl is empty", ["NG", "rescore", BASE], setup=write(f"{BASE}/predictions.jsonl", ""))
case(
    "rescore --overwrite: scores.json is a directory",
    ["NG", "rescore", BASE, "--overwrite"],
    expect="any",
    setup=lambda ws: ((ws / BASE / "scores.json").unlink(), (ws / BASE / "scores.json").mkdir()),
)
case("status: a run with a garbage manifest", ["NG", "status"], expect="any", setup=write(f"{BASE}/manifest.json", "{garbage"))
case("status: a gold file truncated", ["NG", "status"], expect="any", setup=edit_bytes(G, lambda b: b[:100]))
case(
    "status: eval/runs is a file",
    ["NG", "status"],
    expect="any",
    setup=lambda ws: (shutil.rmtree(ws / "eval/runs"), (ws / "eval/runs").write_text("x")),
)
PASSES = ["annotations/passes/annotator-a", "annotations/passes/annotator-b"]
case(
    "agreement: a pass file truncated",
    ["NG", "agreement", *PASSES],
    setup=edit_bytes(f"{PASSES[1]}/{DOC}.json", lambda b: b[:80]),
    check=says(f"{DOC}.json"),
)
case("agreement: one pass folder empty", ["NG", "agreement", PASSES[0], "empty"], expect="any", setup=lambda ws: (ws / "empty").mkdir())
case(
    "agreement: a pass offset past the text",
    ["NG", "agreement", *PASSES],
    setup=edit_json(f"{PASSES[1]}/{DOC}.json", lambda d: d["quotes"][0].__setitem__("content", [[0, 10**6]])),
    check=says(f"{DOC}.json"),
)
case(
    "adjudicate: a pass file truncated",
    ["NG", "adjudicate", *PASSES, "-o", "adj"],
    setup=edit_bytes(f"{PASSES[1]}/{DOC}.json", lambda b: b[:80]),
    check=absent("adj"),
)
case("adjudicate: -o annotations/gold without --write-gold", ["NG", "adjudicate", *PASSES, "-o", "annotations/gold"])
case("export: a gold file truncated", ["NG", "export", "ds"], setup=edit_bytes(G, lambda b: b[:100]), check=absent("ds"))
case(
    "export: a gold offset past the text",
    ["NG", "export", "ds"],
    setup=edit_json(G, lambda d: d["quotes"][0].__setitem__("content", [[0, 10**6]])),
    check=absent("ds"),
)
case(
    "export: into an existing folder without --overwrite",
    ["NG", "export", "ds"],
    setup=write("ds/keep.txt", "mine"),
    check=lambda ws, *a: None if (ws / "ds/keep.txt").read_text() == "mine" else "folder replaced",
)
case(
    "export: parquet into annotations",
    ["NG", "export", "annotations/x.parquet", "--format", "parquet"],
    check=absent("annotations/x.parquet"),
)
case(
    "export: path with spaces and unicode",
    ["NG", "export", "my exports/jeu de données"],
    expect="ok",
    check=lambda ws, *a: None if (ws / "my exports/jeu de données").is_dir() else "not written",
)

# ---------------------------------------------------------------- concurrent commands on one workspace
case(
    "concurrent: run and validate",
    ["x"],
    expect="ok",
    shell="NG run --run-id c --no-progress --only quotes@2 & P=$!; NG validate; V=$?; wait $P; exit $(( $? | V ))",
)
case(
    "concurrent: import during a run",
    ["x"],
    expect="any",
    timeout=120,
    shell="NG run --run-id c --no-progress & P=$!; sleep 1; NG import --no-progress in.jsonl; wait $P",
    setup=write("in.jsonl", jl({"doc_id": "late", "text": "Late news."})),
    check=lambda ws, *a: (
        has_doc("late", "Late news.")(ws)
        if subprocess.run([NG, "validate"], cwd=ws, capture_output=True).returncode == 0
        else "workspace invalid"
    ),
)


def both_or_refused(ws, rc, out, err):
    got = docs(ws)
    lost = [d for d in ("one", "two") if d not in got]
    return f"an import said ok but its document is lost: {lost}" if lost and "rc=0 rc=0" in out else None


case(
    "concurrent: two imports of different files",
    ["x"],
    expect="any",
    shell="NG import --no-progress a.jsonl & A=$!; NG import --no-progress b.jsonl; B=$?; wait $A; echo rc=$? rc=$B",
    setup=many(
        write("a.jsonl", jl(*({"doc_id": "one" if i == 0 else f"a{i}", "text": f"A{i}."} for i in range(3000)))),
        write("b.jsonl", jl(*({"doc_id": "two" if i == 0 else f"b{i}", "text": f"B{i}."} for i in range(3000)))),
    ),
    check=both_or_refused,
)
case(
    "concurrent: two extract -o different files",
    ["x"],
    expect="ok",
    shell="NG extract quotes@2 -o a.jsonl & P=$!; NG extract quotes@3 -o b.jsonl; B=$?; wait $P; exit $(( $? | B ))",
)
case(
    "concurrent: two rescore --out same --overwrite",
    ["x"],
    expect="any",
    shell="NG rescore eval/runs/base --out eval/runs/re --overwrite & P=$!; NG rescore eval/runs/base --out eval/runs/re --overwrite; wait $P",
    check=lambda ws, *a: (
        None
        if (ws / "eval/runs/re/summary.json").exists()
        and sorted(p.name for p in (ws / "eval/runs/re").iterdir()) == sorted(p.name for p in (ws / "eval/runs/base").iterdir())
        else "rescore dir half-made"
    ),
)

# ---------------------------------------------------------------- SIGKILL / SIGTERM at every step of import
for t in (0.5, 1.0, 1.5, 2.5):
    case(
        f"kill -9: import of 3000 documents after {t}s",
        [*IM, "big.jsonl"],
        sigint_after=t,
        sig="KILL",
        expect="any",
        setup=big_jsonl(),
        check=corpus_old_or_new(3000),
    )
case(
    "kill -TERM: import of 3000 documents after 1.0s",
    [*IM, "big.jsonl"],
    sigint_after=1.0,
    sig="TERM",
    expect="any",
    setup=big_jsonl(),
    check=corpus_old_or_new(3000),
)


def replaced_consistent(ws, *a):
    """import --replace killed: the old text with its gold, or the new text with the gold moved aside."""
    text = docs(ws)[DOC]["text"]
    gold_there = (ws / G).exists()
    if text == "Changed." and gold_there:
        return "new text with the old gold"
    if text != "Changed." and not gold_there:
        return "old text, gold gone"
    return None


for t in (0.8, 1.3):
    case(
        f"kill -9: import --replace after {t}s",
        [*IM, "--replace", "in.jsonl", "big.jsonl"],
        sigint_after=t,
        sig="KILL",
        expect="gold-change",
        setup=many(big_jsonl(2000), write("in.jsonl", jl({"doc_id": DOC, "text": "Changed."}))),
        check=replaced_consistent,
    )

# ---------------------------------------------------------------- disk full, read-only folders, symlinks, odd paths
case(
    "disk full: import into a full corpus/data",
    [*IM, "big.jsonl"],
    setup=many(big_jsonl(), mount_tmpfs("corpus/data", 256)),
    check=unmount("corpus/data", all_of(corpus_same, lambda ws, *a: None if not r4_strays(ws) else f"strays {r4_strays(ws)}")),
)


def r4_strays(ws):
    return [p.name for p in (ws / "corpus/data").iterdir() if p.name.startswith(".")]


case(
    "disk full: run into a full eval/runs",
    ["NG", "run", "--run-id", "f", "--no-progress", "--no-cache"],
    setup=mount_tmpfs("eval/runs", 1200),
    check=unmount("eval/runs", lambda ws, *a: None if not (ws / "eval/runs/f").exists() else "half run left"),
)
case(
    "ulimit -f: import of a big file",
    ["x"],
    expect="any",
    shell="ulimit -f 500; NG import --no-progress big.jsonl",
    setup=big_jsonl(),
    check=corpus_old_or_new(3000),
)
case(
    "read-only: import into a read-only corpus/data",
    [*IM, "a.jsonl"],
    setup=many(write("a.jsonl", jl({"doc_id": "s", "text": "A."})), read_only("corpus/data")),
    check=unmount("corpus/data", corpus_same),
)
case(
    "read-only: run into a read-only eval/runs",
    ["NG", "run", "--run-id", "r", "--no-progress", "--only", "quotes@2"],
    setup=read_only("eval/runs"),
    check=unmount("eval/runs"),
)
case(
    "read-only: pull --write-gold into a read-only gold",
    r4.PULLG,
    setup=many(export(), read_only("annotations/gold")),
    check=unmount("annotations/gold"),
)
case(
    "symlink: eval/runs/x -> annotations/gold, run --run-id x",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2"],
    setup=symlink("eval/runs/x", "annotations/gold"),
)
case(
    "symlink: export through eval/lnk -> annotations",
    ["NG", "export", "eval/lnk/ds"],
    setup=symlink("eval/lnk", "annotations"),
    check=absent("annotations/ds"),
)
case(
    "symlink: ls export-tasks -o through a link into gold",
    ["NG", "ls", "export-tasks", "-o", "eval/lnk/t.json"],
    setup=symlink("eval/lnk", "annotations/gold"),
    check=absent("annotations/gold/t.json"),
)
case(
    "symlink: adjudicate -o through a link into annotations",
    ["NG", "adjudicate", *PASSES, "-o", "eval/lnk/adj"],
    setup=symlink("eval/lnk", "annotations"),
    check=absent("annotations/adj"),
)
case("symlink: import source is a gold file", [*IM, G], check=corpus_same)
case(
    "symlink: corpus/data/documents.jsonl a link elsewhere, import",
    [*IM, "a.jsonl"],
    expect="any",
    setup=many(
        write("a.jsonl", jl({"doc_id": "s", "text": "A."})),
        lambda ws: (shutil.move(ws / CORPUS, ws / "real.jsonl"), (ws / CORPUS).symlink_to(ws / "real.jsonl")),
    ),
)
case(
    "paths: workspace in a folder with spaces and unicode, import",
    ["NG", "import", "--no-progress", "mes articles/été 2026.jsonl"],
    expect="ok",
    wsname="ws été 2026",
    setup=write("mes articles/été 2026.jsonl", jl({"doc_id": "ete", "text": "Chaud."})),
    check=has_doc("ete", "Chaud."),
)

# ---------------------------------------------------------------- Label Studio leftovers of round 5
EDIT = edit_bytes(CORPUS, lambda b: b.replace(b"No negotiations are", b"No Negotiations are", 1))
case(
    "ls export-tasks --annotations gold on a text edited in place",
    ["NG", "ls", "export-tasks", "-o", "t.json", "--annotations", "annotations/gold"],
    setup=EDIT,
    check=all_of(absent("t.json"), says(DOC)),
)
case(
    "ls export-tasks --predictions on a text edited in place",
    ["NG", "ls", "export-tasks", "-o", "t.json", "--predictions", BASE],
    setup=EDIT,
    check=all_of(absent("t.json"), says(DOC)),
)
case(
    "ls push --with-gold on a text edited in place (no server)",
    ["NG", "ls", "push", "--with-gold", "--project", "qa-project", "--url", "http://127.0.0.1:9", "--token", "x", "--retries", "0"],
    setup=EDIT,
    check=says(DOC, "--replace"),
)
case(
    "ls pull: region text disagrees: one problem line",
    r4.PULL,
    setup=export(lambda t: r5.r0(t)[0]["value"].__setitem__("text", "something else")),
    check=all_of(r4.nopulled, lines_with("field ", 1)),
)
case(
    "ls pull: region past the text: one problem line",
    r4.PULL,
    setup=export(lambda t: r5.r0(t)[0]["value"].update(end=10**6)),
    check=all_of(r4.nopulled, lines_with("field ", 1)),
)
for t in (0.5, 0.8):  # while the command line is still being built (typer's start-up: ~1 s on a loaded machine)
    case(
        f"kill -TERM: import during start-up after {t}s",
        [*IM, "a.jsonl"],
        sigint_after=t,
        sig="TERM",
        expect="any",
        setup=write("a.jsonl", jl({"doc_id": "s", "text": "A."})),
    )
