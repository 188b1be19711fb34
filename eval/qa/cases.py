"""The adversarial cases the harness runs (harness.py: how to run them), one case() call each."""

import json
import os
import shutil
import unicodedata
from pathlib import Path

from harness import DOC, NG, QA, case

G = f"annotations/gold/{DOC}.json"
PRED = "eval/runs/base/quotes-v2/predictions.jsonl"


def edit_bytes(rel, fn):
    def setup(ws):
        p = ws / rel
        p.write_bytes(fn(p.read_bytes()))

    return setup


def edit_json(rel, fn):
    def setup(ws):
        p = ws / rel
        data = json.loads(p.read_text())
        fn(data)
        p.write_text(json.dumps(data, ensure_ascii=False))

    return setup


def write(rel, content):
    def setup(ws):
        p = ws / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content)

    return setup


def many(*fns):
    def setup(ws):
        for f in fns:
            f(ws)

    return setup


def preds(fn):
    """p.jsonl: the quotes-v2 predictions, each line's object edited by fn(obj, i)."""

    def setup(ws):
        lines = (ws / PRED).read_text().splitlines()
        out = []
        for i, line in enumerate(lines):
            o = json.loads(line)
            r = fn(o, i)
            out.append(r if isinstance(r, str) else json.dumps(o))
        (ws / "p.jsonl").write_text("\n".join(out) + "\n")

    return setup


def q1(fn):
    def f(d):
        fn(d["quotes"][0])

    return edit_json(G, f)


def export(fn=None, raw=None):
    def setup(ws):
        tasks = json.loads((QA / "export.json").read_text())
        if fn:
            fn(tasks)
        (ws / "export.json").write_text(raw if raw is not None else json.dumps(tasks))

    return setup


def gold_old_or_new(ws, must_new=False):
    from harness import tree

    now, old, new = tree(ws / "annotations/gold"), tree(QA / "ws/annotations/gold"), tree(QA / "refgold")
    if now == new or (now == old and not must_new):
        return None
    return "gold is neither the old nor the new set"


def suite(text):
    return write("eval/suites/bad.toml", text)


SUITE_HEAD = 'name = "bad"\ndocuments = "all"\ngold = "annotations/gold"\nbootstrap = 10\n'


def cmd_suite(cmdline, extra=""):
    return many(suite(SUITE_HEAD + f'\n[[extractors]]\nspec = "cmd:{cmdline}"\nversion = "1"\nconfig = {{ layers = ["quotes"]{extra} }}\n'))


def script(name, body):
    def setup(ws):
        p = ws / name
        p.write_text("#!/usr/bin/env python3\n" + body)
        p.chmod(0o755)

    return setup


def mod_suite(body, attr="X"):
    return many(write("plug_qa.py", body), suite(SUITE_HEAD + f'\n[[extractors]]\nspec = "plug_qa:{attr}"\nversion = "1"\n'))


EXTRACTOR_CLS = """
class X:
    name = "x"
    version = "1"
    layers = ("quotes",)
    def extract(self, document):
        return {BODY}
"""


def mod(body):
    return mod_suite(EXTRACTOR_CLS.replace("{BODY}", body))


# ---------------------------------------------------------------- encodings in every input
for where, rel in [
    ("gold", G),
    ("entities", "annotations/entities.json"),
    ("targets", "annotations/targets.json"),
    ("corpus", "corpus/data/documents.jsonl"),
]:
    case(f"{where}: UTF-8 BOM", ["NG", "validate"], setup=edit_bytes(rel, lambda b: b"\xef\xbb\xbf" + b))
    case(f"{where}: NUL byte inside", ["NG", "validate"], setup=edit_bytes(rel, lambda b: b[:40] + b"\x00" + b[40:]))
    case(
        f"{where}: lone surrogate \\ud800",
        ["NG", "validate"],
        setup=edit_bytes(rel, lambda b: b.replace(b'"', b'"\\ud800', 1)[:0] + b.replace(b'": "', b'": "\\ud800', 1)),
    )
    case(f"{where}: empty file", ["NG", "validate"], setup=write(rel, ""))
    case(f"{where}: is a directory", ["NG", "validate"], setup=lambda ws, rel=rel: ((ws / rel).unlink(), (ws / rel).mkdir()))
case("gold: CRLF line endings", ["NG", "validate"], expect="ok", setup=edit_bytes(G, lambda b: b.replace(b"\n", b"\r\n")))
case(
    "corpus: CRLF line endings between records",
    ["NG", "validate"],
    expect="ok",
    setup=edit_bytes("corpus/data/documents.jsonl", lambda b: b.replace(b"}\n", b"}\r\n")),
)
case("gold: duplicate key doc_id", ["NG", "validate"], setup=edit_bytes(G, lambda b: b.replace(b"{", b'{"doc_id": "other",', 1)))
case(
    "gold: very long line (20 MB string)",
    ["NG", "validate"],
    setup=edit_json(G, lambda d: d["quotes"][0].__setitem__("note", "x" * 20_000_000)),
)

# ---------------------------------------------------------------- predictions (score --pred)
case(
    "pred: BOM",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=many(preds(lambda o, i: None), edit_bytes("p.jsonl", lambda b: b"\xef\xbb\xbf" + b)),
)
case(
    "pred: CRLF",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    expect="ok",
    setup=many(preds(lambda o, i: None), edit_bytes("p.jsonl", lambda b: b.replace(b"\n", b"\r\n"))),
)
case(
    "pred: NUL line",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=many(preds(lambda o, i: None), edit_bytes("p.jsonl", lambda b: b + b"\x00\n")),
)
case(
    "pred: \\ud800 in doc_id",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: '{"doc_id": "a\\ud800"}' if i == 1 else None),
)
case(
    "pred: \\ud800 in a note",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0", "--format", "json", "-o", "r.json"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("note", "\ud800") if i == 0 else None),
)
case("pred: empty file", ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"], expect="any", setup=write("p.jsonl", ""))
case("pred: only blank lines", ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"], expect="any", setup=write("p.jsonl", "\n\n  \n"))
case("pred: is a directory", ["NG", "score", "--pred", "eval", "--bootstrap", "0"])
case(
    "pred: 30 MB single line",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o.__setitem__("pad", "y" * 30_000_000) if i == 0 else None),
)
case(
    "pred: duplicate doc ids",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=many(preds(lambda o, i: None), edit_bytes("p.jsonl", lambda b: b + b.splitlines(True)[0])),
)
case(
    "pred: doc id differs by case",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o.__setitem__("doc_id", o["doc_id"].upper()) if i == 0 else None),
)
case(
    "pred: offset true",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("content", [[True, 10]]) if i == 0 else None),
)
case(
    "pred: offset 2**70",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("content", [[0, 2**70]]) if i == 0 else None),
)
case(
    "pred: offset -1",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("content", [[-1, 10]]) if i == 0 else None),
)
case(
    "pred: empty span at len(text)",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("content", [[2697, 2697]]) if i == 0 else None),
)
case(
    "pred: span end = len(text)+1",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=preds(lambda o, i: o["quotes"][0].__setitem__("content", [[3770, 3782]]) if i == 0 else None),
)
case("pred: top-level is a list", ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"], setup=write("p.jsonl", "[1,2]\n"))
case(
    "pred: unknown doc id",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    expect="any",
    setup=preds(lambda o, i: o.__setitem__("doc_id", "nope") if i == 0 else None),
)

# ---------------------------------------------------------------- gold offsets and ids
case("gold: offset true", ["NG", "validate"], setup=q1(lambda q: q.__setitem__("content", [[True, 113]])))
case("gold: offset 2**70", ["NG", "validate"], setup=q1(lambda q: q.__setitem__("cue", [141, 2**70])))
case("gold: offset -1", ["NG", "validate"], setup=q1(lambda q: q.__setitem__("content", [[-1, 113]])))
case("gold: end = len(text)+1", ["NG", "validate"], setup=q1(lambda q: q.__setitem__("content", [[0, 2698]])))
case('gold: offset "5" string', ["NG", "validate"], setup=q1(lambda q: q.__setitem__("cue", ["141", 145])))
case("gold: file name differs from doc_id", ["NG", "validate"], setup=lambda ws: (ws / G).rename(ws / "annotations/gold/other.json"))
case(
    "gold: doc_id NFD of another",
    ["NG", "validate"],
    setup=many(
        edit_bytes("corpus/data/documents.jsonl", lambda b: b.replace(DOC.encode(), "café-x".encode())),
        edit_bytes(G, lambda b: b.replace(DOC.encode(), unicodedata.normalize("NFD", "café-x").encode())),
        lambda ws: (ws / G).rename(ws / ("annotations/gold/" + unicodedata.normalize("NFD", "café-x") + ".json")),
    ),
)
case("gold: two files, same doc_id", ["NG", "validate"], setup=lambda ws: shutil.copy(ws / G, ws / "annotations/gold/copy.json"))
case("corpus: duplicate doc_id", ["NG", "validate"], setup=edit_bytes("corpus/data/documents.jsonl", lambda b: b + b.splitlines(True)[0]))
case(
    "corpus: doc ids differing only by case",
    ["NG", "validate"],
    setup=edit_bytes("corpus/data/documents.jsonl", lambda b: b + b.splitlines(True)[0].replace(DOC.encode(), DOC.upper().encode())),
)
case(
    "gold: symlink pointing outside annotations",
    ["NG", "validate"],
    expect="any",
    setup=lambda ws: (shutil.move(ws / G, ws / "outside.json"), os.symlink(ws / "outside.json", ws / G)),
)

# ---------------------------------------------------------------- TOML
case(
    "newsgold.toml: syntax error",
    ["NG", "validate"],
    setup=write("newsgold.toml", 'name = "ws"\nlayers = ["quotes",\ndefault_suite = \n'),
    check=lambda ws, rc, o, e: None if "line" in e else "no line in message",
    expect="error-state",
)
case("newsgold.toml: unknown key", ["NG", "status"], setup=edit_bytes("newsgold.toml", lambda b: b"colour = 1\n" + b), expect="error-state")
case("newsgold.toml: empty", ["NG", "validate"], expect="any", setup=write("newsgold.toml", ""))
case(
    "newsgold.toml: not UTF-8",
    ["NG", "validate"],
    setup=edit_bytes("newsgold.toml", lambda b: b.replace(b"ws", b"w\xff", 1)),
    expect="error-state",
)
case(
    "newsgold.toml: layers = 5",
    ["NG", "validate"],
    setup=edit_bytes("newsgold.toml", lambda b: b.replace(b'layers = ["quotes", "claims", "stances"]', b"layers = 5")),
    expect="error-state",
)
case(
    "newsgold.toml: is a directory",
    ["NG", "validate"],
    setup=lambda ws: ((ws / "newsgold.toml").unlink(), (ws / "newsgold.toml").mkdir()),
    expect="error-state",
)
case(
    "suite: TOML syntax error",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite('name = "bad"\n[[extractors]\n'),
    check=lambda ws, rc, o, e: None if "line" in e else "no line",
)
case(
    "suite: unknown key",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD + 'colour = "red"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)
case(
    "suite: unknown key in extractor",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "2"\nconfg = {}\n'),
)
case("suite: zero extractors", ["NG", "run", "bad", "--no-progress"], setup=suite(SUITE_HEAD))
case(
    "suite: duplicate extractor",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "2"\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)
case(
    "suite: version that does not exist",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD + '[[extractors]]\nspec = "quotes"\nversion = "99"\n'),
)
case("suite: empty file", ["NG", "run", "bad", "--no-progress"], setup=suite(""))
case(
    "suite: bootstrap = 2**70",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(
        SUITE_HEAD.replace("bootstrap = 10", "bootstrap = 1180591620717411303424") + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'
    ),
)
case(
    "suite: gold points into corpus",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD.replace('"annotations/gold"', '"corpus"') + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)
case(
    "suite: name with path separators",
    ["NG", "run", "bad", "--no-progress"],
    expect="any",
    setup=suite(SUITE_HEAD.replace('"bad"', '"../../annotations/gold"') + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)
case(
    "suite: unknown documents split",
    ["NG", "run", "bad", "--no-progress"],
    setup=suite(SUITE_HEAD.replace('"all"', '"nosuchsplit"') + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'),
)

# ---------------------------------------------------------------- cmd: extractors
case(
    "cmd: prints invalid UTF-8",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(
        script("ex.py", 'import sys\nsys.stdin.read()\nsys.stdout.buffer.write(b\'{"doc_id": "\\xff"}\\n\')\n'), cmd_suite("./ex.py")
    ),
)
case(
    "cmd: exits 3",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(script("ex.py", "import sys\nsys.stdin.read()\nprint('boom', file=sys.stderr)\nsys.exit(3)\n"), cmd_suite("./ex.py")),
)
case(
    "cmd: hangs (timeout 2)",
    ["NG", "run", "bad", "--no-progress"],
    timeout=60,
    setup=many(script("ex.py", "import time\ntime.sleep(1000)\n"), cmd_suite("./ex.py", ", timeout = 2")),
)
case(
    "cmd: prints nothing",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(script("ex.py", "import sys\nsys.stdin.read()\n"), cmd_suite("./ex.py")),
)
case(
    "cmd: closes stdout then writes",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(
        script("ex.py", "import sys, os\nsys.stdin.read()\nos.close(1)\ntry:\n    os.write(1, b'{}\\n')\nexcept OSError:\n    pass\n"),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: never reads stdin, exits 0",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(script("ex.py", "import os\nos.close(0)\n"), cmd_suite("./ex.py")),
)
case("cmd: not executable / missing", ["NG", "run", "bad", "--no-progress"], setup=cmd_suite("./nope.py"))
case(
    "cmd: prints JSON array line",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(script("ex.py", "import sys\nsys.stdin.read()\nprint('[]'); print('[]')\n"), cmd_suite("./ex.py")),
)
case(
    "cmd: prints extra doc",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(
        script(
            "ex.py",
            "import sys, json\nfor l in sys.stdin:\n    print(json.dumps({'doc_id': json.loads(l)['doc_id'], 'quotes': []}))\nprint(json.dumps({'doc_id': 'zzz', 'quotes': []}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: prints NaN offset",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(
        script(
            "ex.py",
            'import sys, json\nfor l in sys.stdin:\n    print(\'{"doc_id": %s, "quotes": [{"id": "q1", "type": "direct", "content": [[0, NaN]]}]}\' % json.dumps(json.loads(l)[\'doc_id\']))\n',
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd: in `extract` exits 3",
    ["NG", "extract", "cmd:./ex.py", "-c", 'layers=["quotes"]', "-o", "out.jsonl"],
    setup=script("ex.py", "import sys\nsys.stdin.read()\nsys.exit(3)\n"),
    check=lambda ws, *a: "out.jsonl written" if (ws / "out.jsonl").exists() else None,
)
case("cmd: empty command", ["NG", "extract", "cmd:", "-o", "out.jsonl"])
case("cmd: unbalanced quote in command", ["NG", "extract", "cmd:./ex.py 'abc", "-o", "out.jsonl"])

# ---------------------------------------------------------------- module:attr again (PYTHONPATH set)
for n, body in [
    ("generator", "(x for x in [])"),
    ("None", "None"),
    ("list", "[1, 2]"),
    ("wrong types", "{'doc_id': document.doc_id, 'quotes': 'abc'}"),
    ("other doc_id", "{'doc_id': 'zzz', 'quotes': []}"),
    ("KeyboardInterrupt", "(_ for _ in ()).throw(KeyboardInterrupt())"),
    ("SystemExit(0)", "(_ for _ in ()).throw(SystemExit(0))"),
    ("GeneratorExit", "(_ for _ in ()).throw(GeneratorExit())"),
    ("MemoryError", "(_ for _ in ()).throw(MemoryError())"),
    ("NaN offset", "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0, float('nan')]]}]}"),
    ("bool offset", "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[True, 5]]}]}"),
    ("2**70 offset", "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0, 2**70]]}]}"),
    ("tuple offsets", "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': ((0, 5),)}]}"),
    ("set in config", "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0, 5]], 'note': {1}}]}"),
    (
        "surrogate text",
        "{'doc_id': document.doc_id, 'quotes': [{'id': 'q1', 'type': 'direct', 'content': [[0, 5]], 'speaker': chr(0xd800)}]}",
    ),
]:
    case(
        f"module2: returns {n}",
        ["NG", "run", "bad", "--no-progress"],
        setup=mod(body),
        check=lambda ws, *a: "run dir left" if list((ws / "eval/runs").glob("bad*")) else None,
    )
case(
    "module2: raises RecursionError",
    ["NG", "run", "bad", "--no-progress"],
    setup=mod_suite(
        "class X:\n    name='x'\n    version='1'\n    layers=('quotes',)\n    def extract(self, d):\n        return self.extract(d)\n"
    ),
)
case("module2: attr missing", ["NG", "run", "bad", "--no-progress"], setup=mod_suite("y = 1\n"))
case("module2: attr is an int", ["NG", "run", "bad", "--no-progress"], setup=mod_suite("X = 1\n"))
case(
    "module2: layers unknown",
    ["NG", "run", "bad", "--no-progress"],
    setup=mod_suite(EXTRACTOR_CLS.replace("{BODY}", "{}").replace('("quotes",)', '("nope",)')),
)
case(
    "module2: layers is a str",
    ["NG", "run", "bad", "--no-progress"],
    setup=mod_suite(EXTRACTOR_CLS.replace("{BODY}", "{'doc_id': document.doc_id}").replace('("quotes",)', '"quotes"')),
)
case(
    "module2: version mismatch",
    ["NG", "run", "bad", "--no-progress"],
    setup=mod_suite(EXTRACTOR_CLS.replace("{BODY}", "{'doc_id': document.doc_id}").replace('version = "1"', 'version = "7"')),
)
case("module2: import calls os._exit(0)", ["NG", "run", "bad", "--no-progress"], setup=mod_suite("import os\nos._exit(0)\n"))
case("module2: import raises KeyboardInterrupt", ["NG", "run", "bad", "--no-progress"], setup=mod_suite("raise KeyboardInterrupt\n"))
case("module2: import raises SystemExit(0)", ["NG", "run", "bad", "--no-progress"], setup=mod_suite("raise SystemExit(0)\n"))
case(
    "module2: name is empty",
    ["NG", "run", "bad", "--no-progress"],
    setup=mod_suite(EXTRACTOR_CLS.replace("{BODY}", "{'doc_id': document.doc_id}").replace('name = "x"', 'name = ""')),
)
case(
    "module2: extract -o with None",
    ["NG", "extract", "plug_qa:X", "-o", "o.jsonl"],
    setup=mod("None"),
    check=lambda ws, *a: "o.jsonl written" if (ws / "o.jsonl").exists() else None,
)
case(
    "module2: jobs 2 with KeyboardInterrupt",
    ["NG", "run", "bad", "--no-progress", "-j", "2"],
    setup=mod("(_ for _ in ()).throw(KeyboardInterrupt())"),
)


# ---------------------------------------------------------------- output paths
def link(name, target):
    def setup(ws):
        (ws / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(ws / target, ws / name)

    return setup


SC = ["NG", "score", "--pred", PRED, "--bootstrap", "0"]
case("out: -o symlink to a gold file", [*SC, "-o", "link.md", "--overwrite"], setup=link("link.md", G))
case("out: -o through a symlinked dir into gold", [*SC, "-o", "ld/r.md"], setup=link("ld", "annotations/gold"))
case(
    "out: --errors symlink to entities.json",
    [*SC, "--errors", "e.jsonl", "--overwrite"],
    setup=link("e.jsonl", "annotations/entities.json"),
)
case(
    "out: run --out symlink to annotations",
    ["NG", "run", "--out", "ld", "--run-id", "x", "--no-progress", "--only", "quotes-v2"],
    setup=link("ld", "annotations"),
)
case(
    "out: extract -o dangling symlink into gold",
    ["NG", "extract", "quotes", "-o", "d.jsonl"],
    setup=lambda ws: os.symlink(ws / "annotations/gold/new.json", ws / "d.jsonl"),
)
case(
    "out: extract -o into corpus/data/documents.jsonl",
    ["NG", "extract", "quotes", "-o", "corpus/data/documents.jsonl", "--overwrite"],
    check=lambda ws, *a: None,
)
case(
    "out: score -o corpus/report.md",
    [*SC, "-o", "corpus/report.md"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/report.md").exists() else None,
)
case(
    "out: run --out corpus",
    ["NG", "run", "--out", "corpus", "--run-id", "x", "--no-progress", "--only", "quotes-v2"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/x").exists() else None,
)
case(
    "out: rescore --out corpus/x",
    ["NG", "rescore", "eval/runs/base/quotes-v2", "--out", "corpus/x"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/x").exists() else None,
)
case(
    "out: compare -o corpus/c.md",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "-o", "corpus/c.md", "--trials", "10", "--bootstrap", "10"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/c.md").exists() else None,
)
case(
    "out: export into corpus",
    ["NG", "export", "corpus/hf"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/hf").exists() else None,
)
case(
    "out: adjudicate -o corpus/adj",
    ["NG", "adjudicate", "annotations/passes/annotator-a", "annotations/passes/annotator-b", "-o", "corpus/adj"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/adj").exists() else None,
)
case(
    "out: extract -o corpus/sources/x.txt",
    ["NG", "extract", "quotes", "-o", "corpus/sources/x.txt"],
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/sources/x.txt").exists() else None,
)
case("out: score -o is a directory", [*SC, "-o", "eval"])
case("out: -o and --errors the same file", [*SC, "-o", "same.txt", "--errors", "same.txt"], check=lambda ws, *a: None)
case("out: -o into a file-as-parent", [*SC, "-o", "newsgold.toml/r.md"])
case("out: -o the predictions input itself", [*SC, "-o", PRED, "--overwrite"], expect="any", check=lambda ws, *a: None)
case("out: -o into eval/suites (suite file)", [*SC, "-o", "eval/suites/default.toml", "--overwrite"], expect="any")
case("out: -o on a read-only file system", [*SC, "-o", "/proc/version", "--overwrite"])
case("out: -o /dev/full (disk full)", [*SC, "-o", "/dev/full", "--overwrite"])
case("out: extract -o unicode and spaces path", ["NG", "extract", "quotes", "-o", "ü dir/a b.jsonl"], expect="ok")
case(
    "paths: workspace path with unicode+spaces: run",
    ["NG", "run", "--run-id", "ü x", "--no-progress", "--only", "quotes-v2"],
    expect="ok",
    wsname="w ü 日本 s",
)
case("paths: workspace path with unicode+spaces: validate", ["NG", "validate"], expect="ok", wsname="w ü 日本 s")
case("paths: --root is a file", ["NG", "--root", "newsgold.toml", "validate"])
case("paths: --root does not exist", ["NG", "--root", "nope", "status"])
case(
    "paths: NEWSGOLD_ROOT nonexistent",
    ["bash", "-c", "NEWSGOLD_ROOT=/nonexistent NG status"],
    shell="cd /tmp && NEWSGOLD_ROOT=/nonexistent NG status",
)
case("paths: status outside any workspace", ["x"], shell="cd / && NG status")
case("paths: run-id with slash", ["NG", "run", "--run-id", "../../annotations/gold", "--no-progress", "--only", "quotes-v2"])
case("paths: run-id '.'", ["NG", "run", "--run-id", ".", "--no-progress", "--only", "quotes-v2"])
case("paths: run-id empty", ["NG", "run", "--run-id", "", "--no-progress", "--only", "quotes-v2"])
case("paths: run-id with NUL-like/newline", ["NG", "run", "--run-id", "a\nb", "--no-progress", "--only", "quotes-v2"], expect="any")

# ---------------------------------------------------------------- stdout closed / broken pipe
case("pipe: validate | head -c 5", ["x"], expect="any", shell="NG validate | head -c 5")
case("pipe: score json | head -1", ["x"], expect="any", shell=f"NG score --pred {PRED} --bootstrap 0 --format json | head -1")
case("pipe: stdout closed: validate >&-", ["x"], expect="any", shell="NG validate >&-")
case("pipe: stdout closed: schema >&-", ["x"], expect="any", shell="NG schema >&-")
case("pipe: stdout /dev/full: schema", ["x"], shell="NG schema >/dev/full")

# ---------------------------------------------------------------- option values
case("opt: score --bootstrap -1", [*SC[:-1], "-1"])
case("opt: score --seed -1", [*SC, "--seed", "-1"])
case("opt: score --seed 2**70", [*SC, "--seed", str(2**70)])
case("opt: score --scheme coverage:1.5", [*SC, "--scheme", "coverage:1.5"])
case("opt: score --scheme coverage:nan", [*SC, "--scheme", "coverage:nan"])
case("opt: score --scheme bogus", [*SC, "--scheme", "bogus"])
case("opt: score --match-scheme token", [*SC, "--match-scheme", "token"], expect="any")
case("opt: score --format xml", [*SC, "--format", "xml"])
case("opt: run --jobs 0", ["NG", "run", "--jobs", "0", "--no-progress", "--run-id", "j"])
case("opt: run --partition-size 0", ["NG", "run", "--partition-size", "0", "--no-progress", "--run-id", "j"])
case("opt: run --partition-size -5", ["NG", "run", "--partition-size", "-5", "--no-progress", "--run-id", "j"])
case("opt: run --only unknown", ["NG", "run", "--only", "nope", "--no-progress", "--run-id", "j"])
case(
    "opt: compare --max-drop nan",
    [
        "NG",
        "compare",
        "eval/runs/base/quotes-v2",
        "eval/runs/base/quotes-v3",
        "--max-drop",
        "nan",
        "--fail-on-regression",
        "--trials",
        "10",
        "--bootstrap",
        "10",
    ],
)
case(
    "opt: compare --alpha 2",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--alpha", "2", "--trials", "10", "--bootstrap", "10"],
)
case(
    "opt: compare --trials 0",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--trials", "0", "--bootstrap", "10"],
    expect="any",
)
case("opt: compare --trials -1", ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--trials", "-1"])
case("opt: extract -c 'x={'", ["NG", "extract", "quotes", "-c", "x={", "-o", "o.jsonl"])
case("opt: extract -c noequals", ["NG", "extract", "quotes", "-c", "noequals", "-o", "o.jsonl"])
case("opt: extract -c entities=5", ["NG", "extract", "quotes", "-c", "entities=5", "-o", "o.jsonl"])
case("opt: extract -c entities=missing.json", ["NG", "extract", "quotes", "-c", "entities=missing.json", "-o", "o.jsonl"])
case("opt: extract --doc unknown", ["NG", "extract", "quotes", "--doc", "nope", "-o", "o.jsonl"])
case("opt: extract --doc NFD variant", ["NG", "extract", "quotes", "--doc", DOC.upper(), "-o", "o.jsonl"])
case("opt: show unknown doc", ["NG", "show", "nope"])
case("opt: show --layer bogus", ["NG", "show", DOC, "--layer", "bogus"])
case("opt: show --annotations bad file", ["NG", "show", DOC, "--annotations", "p.jsonl"], setup=write("p.jsonl", "{"))
case("opt: schema bogus", ["NG", "schema", "bogus"])
case(
    "opt: init --layers bogus",
    ["NG", "init", str(QA / "cases/newws-bogus"), "--layers", "bogus"],
    check=lambda ws, *a: "dir created" if Path(str(QA / "cases/newws-bogus")).exists() else None,
)
case("opt: init into existing file", ["NG", "init", "newsgold.toml"])
case("opt: init into existing workspace", ["NG", "init", "."])
case("opt: agreement with one dir", ["NG", "agreement", "annotations/passes/annotator-a"])
case("opt: agreement same dir twice", ["NG", "agreement", "annotations/passes/annotator-a", "annotations/passes/annotator-a"], expect="any")
case(
    "opt: adjudicate --rule 4-of-3",
    ["NG", "adjudicate", "annotations/passes/annotator-a", "annotations/passes/annotator-b", "--rule", "4-of-3"],
)
case(
    "opt: adjudicate --rule 0-of-2",
    ["NG", "adjudicate", "annotations/passes/annotator-a", "annotations/passes/annotator-b", "--rule", "0-of-2"],
)

# ---------------------------------------------------------------- Label Studio export (offline pull)
PULL = ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"]
PULLG = ["NG", "ls", "pull", "--from-export", "export.json", "-o", "annotations/gold", "--write-gold"]
nopulled = lambda ws, *a: "pulled/ written" if (ws / "pulled").exists() else None
case("export: baseline pull works", PULL, expect="ok", setup=export())
case(
    "export: baseline --write-gold works",
    PULLG,
    expect="gold-change",
    setup=export(),
    check=lambda ws, *a: gold_old_or_new(ws, must_new=True),
)
case("export: empty file", PULL, setup=export(raw=""), check=nopulled)
case("export: []", PULL, setup=export(raw="[]"), check=nopulled, expect="any")
case("export: {}", PULL, setup=export(raw="{}"), check=nopulled)
case(
    "export: BOM",
    PULL,
    setup=lambda ws: (export()(ws), (ws / "export.json").write_bytes(b"\xef\xbb\xbf" + (ws / "export.json").read_bytes())),
    check=nopulled,
)
case("export: task without annotations key", PULL, setup=export(lambda t: t[0].pop("annotations")), check=nopulled, expect="any")
case("export: task without data", PULL, setup=export(lambda t: t[0].pop("data")), check=nopulled)
case("export: task data without doc_id", PULL, setup=export(lambda t: t[0]["data"].pop("doc_id")), check=nopulled)
case("export: task data doc_id unknown", PULL, setup=export(lambda t: t[0]["data"].__setitem__("doc_id", "zzz")), check=nopulled)
case(
    "export: task data doc_id NFD/upper",
    PULL,
    setup=export(lambda t: t[0]["data"].__setitem__("doc_id", t[0]["data"]["doc_id"].upper())),
    check=nopulled,
)
case(
    "export: extra keys everywhere",
    PULL,
    expect="ok",
    setup=export(lambda t: [x.__setitem__("zz_extra", 1) for x in t] and [a.__setitem__("zz", 2) for x in t for a in x["annotations"]]),
)
case("export: annotation without result", PULL, setup=export(lambda t: t[0]["annotations"][0].pop("result")), check=nopulled)
case(
    "export: annotation without completed_by",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0].pop("completed_by")),
    check=nopulled,
    expect="any",
)
case("export: result region without value", PULL, setup=export(lambda t: t[0]["annotations"][0]["result"][0].pop("value")), check=nopulled)
case(
    "export: region start true",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("start", True)),
    check=nopulled,
)
case(
    "export: region start 2.0",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("start", 2.0)),
    check=nopulled,
)
case(
    "export: region end 2**70",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("end", 2**70)),
    check=nopulled,
)
case(
    "export: region start -1",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("start", -1)),
    check=nopulled,
)
case(
    "export: region start>end",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].update(start=50, end=10)),
    check=nopulled,
)
case(
    "export: region unknown label",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("labels", ["Bogus"])),
    check=nopulled,
)
case(
    "export: region labels not a list",
    PULL,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].__setitem__("labels", "Quote")),
    check=nopulled,
)
case("export: result is a dict", PULL, setup=export(lambda t: t[0]["annotations"][0].__setitem__("result", {})), check=nopulled)
case("export: annotations is a string", PULL, setup=export(lambda t: t[0].__setitem__("annotations", "x")), check=nopulled)
case(
    "export: NaN somewhere",
    PULL,
    setup=export(raw=None, fn=None)
    if False
    else (lambda ws: (export()(ws), (ws / "export.json").write_text((ws / "export.json").read_text().replace('"id": 1', '"id": NaN', 1)))),
    check=nopulled,
)
case(
    "export: \\ud800 in value.text",
    PULL,
    setup=lambda ws: (
        export()(ws),
        (ws / "export.json").write_text((ws / "export.json").read_text().replace('"text": "No', '"text": "\\ud800No', 1)),
    ),
    check=nopulled,
    expect="any",
)
case("export: same task twice", PULL, setup=export(lambda t: t.append(json.loads(json.dumps(t[0])))), check=nopulled, expect="any")
case("export: is a directory", ["NG", "ls", "pull", "--from-export", "eval", "-o", "pulled"], check=nopulled)
case("export: missing file", ["NG", "ls", "pull", "--from-export", "nope.json", "-o", "pulled"], check=nopulled)
case(
    "export: write-gold with a bad region",
    PULLG,
    setup=export(lambda t: t[0]["annotations"][0]["result"][0]["value"].update(start=50, end=10)),
)
case(
    "export: write-gold, gold file is a symlink outside",
    PULLG,
    expect="gold-change",
    setup=many(export(), lambda ws: (shutil.move(ws / G, ws / "outside.json"), os.symlink(ws / "outside.json", ws / G))),
    check=lambda ws, *a: "outside file modified" if (ws / "outside.json").read_bytes() != (QA / "ws" / G).read_bytes() else None,
)
case("export: -o pulled is an existing file", ["NG", "ls", "pull", "--from-export", "export.json", "-o", "newsgold.toml"], setup=export())
case(
    "export: -o corpus",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "corpus/pulled"],
    setup=export(),
    check=lambda ws, *a: "written into corpus" if (ws / "corpus/pulled").exists() else None,
)


# ---------------------------------------------------------------- SIGINT and concurrency
def runs_clean(ws, rc, out, err):
    r = ws / "eval/runs"
    bad = [str(p) for p in r.iterdir() if p.name.startswith(".") or (p.name == "sig" and not (p / "summary.json").exists())]
    import subprocess

    nxt = subprocess.run([NG, "run", "--run-id", "sig", "--no-progress", "--only", "quotes@2"], cwd=ws, capture_output=True, text=True)
    if nxt.returncode != 0:
        bad.append("next run fails: " + nxt.stderr[-200:])
    return "; ".join(bad) or None


for t in (0.8, 1.5, 3.0):
    case(f"sigint: run after {t}s", ["NG", "run", "--run-id", "sig", "--no-cache", "--no-progress"], sigint_after=t, check=runs_clean)
for t in (0.5, 0.7, 0.9, 1.1):
    case(
        f"sigint: pull --write-gold after {t}s",
        PULLG,
        expect="gold-change",
        setup=export(),
        sigint_after=t,
        check=lambda ws, *a: gold_old_or_new(ws),
    )
case("sigint: rescore --overwrite after 1s", ["NG", "rescore", "eval/runs/base", "--overwrite"], sigint_after=1.0, expect="any")
case(
    "concurrent: two run --run-id same",
    ["NG", "run", "--run-id", "same", "--no-progress", "--only", "quotes@2"],
    parallel=2,
    check=lambda ws, rc, o, e: None if sorted(rc) == [0, 1] else f"rcs {rc}",
)
case(
    "concurrent: two score -o same.md",
    [*SC, "-o", "same.md", "--overwrite"],
    parallel=3,
    expect="any",
    check=lambda ws, rc, o, e: None if (ws / "same.md").exists() and (ws / "same.md").stat().st_size > 100 else "no full report",
)
case(
    "concurrent: two pull --write-gold",
    PULLG,
    parallel=2,
    expect="gold-change",
    setup=export(),
    check=lambda ws, *a: gold_old_or_new(ws, must_new=True),
)
case(
    "concurrent: two extract -o same",
    ["NG", "extract", "quotes", "-o", "x.jsonl", "--overwrite"],
    parallel=3,
    expect="any",
    check=lambda ws, rc, o, e: None if len((ws / "x.jsonl").read_text().splitlines()) == 2 else "bad x.jsonl",
)

# ---------------------------------------------------------------- run files (rescore / compare)
R = "eval/runs/base/quotes-v2"
RS = ["NG", "rescore", R]
case("run: manifest extra key", RS, expect="any", setup=edit_json(R + "/manifest.json", lambda d: d.__setitem__("zz", 1)))
case("run: manifest documents not a list", RS, setup=edit_json(R + "/manifest.json", lambda d: d.__setitem__("documents", "x")))
case("run: manifest BOM", RS, setup=edit_bytes(R + "/manifest.json", lambda b: b"\xef\xbb\xbf" + b))
case("run: manifest is a directory", RS, setup=lambda ws: ((ws / R / "manifest.json").unlink(), (ws / R / "manifest.json").mkdir()))
case(
    "run: manifest gold path outside",
    RS,
    expect="any",
    setup=edit_json(R + "/manifest.json", lambda d: d["gold"].__setitem__("path", "/etc")),
)
case("run: manifest format_version 99", RS, setup=edit_json(R + "/manifest.json", lambda d: d.__setitem__("format_version", 99)))
case("run: predictions CRLF", RS, expect="ok", setup=edit_bytes(R + "/predictions.jsonl", lambda b: b.replace(b"\n", b"\r\n")))
case(
    "run: predictions with \\ud800",
    RS,
    setup=edit_bytes(R + "/predictions.jsonl", lambda b: b.replace(b'"id": "q1"', b'"id": "\\ud800"', 1)),
)
case("run: predictions empty", RS, expect="any", setup=write(R + "/predictions.jsonl", ""))
case("run: predictions doc not in manifest", RS, setup=edit_bytes(R + "/predictions.jsonl", lambda b: b.replace(DOC.encode(), b"zzz")))
case(
    "run: scores.json missing, compare",
    ["NG", "compare", R, "eval/runs/base/quotes-v3"],
    setup=lambda ws: (ws / R / "scores.json").unlink(),
)
case(
    "run: scores.json NaN, compare",
    ["NG", "compare", R, "eval/runs/base/quotes-v3"],
    setup=edit_bytes(R + "/scores.json", lambda b: b.replace(b"1.0", b"NaN", 1)),
)
case(
    "run: scores.json value string, compare",
    ["NG", "compare", R, "eval/runs/base/quotes-v3", "--trials", "10", "--bootstrap", "10"],
    setup=edit_bytes(R + "/scores.json", lambda b: b.replace(b": 1.0", b': "1.0"', 1)),
)
case("run: compare a run with itself", ["NG", "compare", R, R, "--trials", "10", "--bootstrap", "10"], expect="any")
case("run: compare a non-run dir", ["NG", "compare", "corpus", R])
case("run: compare group dirs", ["NG", "compare", "eval/runs/base", "eval/runs/base"], expect="any")
case("run: rescore a file", ["NG", "rescore", R + "/manifest.json"])
case("run: rescore symlinked run dir", ["NG", "rescore", "lr", "--overwrite"], expect="any", setup=link("lr", R))
case("run: rescore --gold nonexistent", [*RS, "--gold", "nope"])
case("run: rescore --gold pointing to passes", [*RS, "--gold", "annotations/passes/annotator-a"], expect="any")

# ---------------------------------------------------------------- import
IM = ["NG", "import", "--no-progress"]
corpus_same = lambda ws, *a: (
    "corpus changed" if __import__("harness").tree(ws / "corpus") != __import__("harness").tree(QA / "ws/corpus") else None
)
case(
    "import: jsonl with BOM",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", b'\xef\xbb\xbf{"doc_id": "a", "text": "Hello."}\n'),
    check=corpus_same,
)
case(
    "import: jsonl with NUL in text",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", b'{"doc_id": "a", "text": "He\\u0000llo."}\n'),
    check=corpus_same,
)
case(
    "import: jsonl with \\ud800 in text",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", b'{"doc_id": "a", "text": "He\\ud800llo."}\n'),
    check=corpus_same,
)
case("import: jsonl NaN", [*IM, "in.jsonl"], setup=write("in.jsonl", b'{"doc_id": "a", "text": "Hello.", "n": NaN}\n'), check=corpus_same)
case("import: empty jsonl", [*IM, "in.jsonl"], setup=write("in.jsonl", b""), check=corpus_same)
case("import: empty dir", [*IM, "emptydir"], setup=lambda ws: (ws / "emptydir").mkdir(), check=corpus_same)
case(
    "import: ids differing by case",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", '{"doc_id": "Abc", "text": "One."}\n{"doc_id": "abc", "text": "Two."}\n'),
    check=corpus_same,
)
case(
    "import: ids NFC vs NFD",
    [*IM, "in.jsonl"],
    setup=write(
        "in.jsonl",
        json.dumps({"doc_id": "café", "text": "One."})
        + "\n"
        + json.dumps({"doc_id": unicodedata.normalize("NFD", "café"), "text": "Two."})
        + "\n",
    ),
    check=corpus_same,
)
case(
    "import: id case-collides with corpus",
    [*IM, "in.jsonl"],
    setup=write("in.jsonl", json.dumps({"doc_id": DOC.upper(), "text": "One."}) + "\n"),
    check=corpus_same,
)
case("import: unicode+space file name", [*IM, "é x.txt"], expect="ok", setup=write("é x.txt", "Some text “quoted”, 🇺🇸.\r\n"))
case(
    "import: txt with CRLF kept",
    [*IM, "c.txt"],
    expect="ok",
    setup=write("c.txt", b"Line one.\r\nLine two.\r\n"),
    check=lambda ws, *a: None if b"\\r\\n" in (ws / "corpus/data/documents.jsonl").read_bytes() else "CRLF lost",
)
case("import: txt with BOM", [*IM, "b.txt"], setup=write("b.txt", b"\xef\xbb\xbfText."), check=corpus_same)
case("import: txt not UTF-8", [*IM, "b.txt"], setup=write("b.txt", b"Caf\xe9."), check=corpus_same)
case("import: text whitespace only", [*IM, "b.txt"], setup=write("b.txt", "  \n\t"), check=corpus_same)
case("import: csv missing text column", [*IM, "t.csv"], setup=write("t.csv", "a,b\n1,2\n"), check=corpus_same)
case("import: csv with ragged row", [*IM, "t.csv"], setup=write("t.csv", 'doc_id,text\nx,"Hello"\ny\n'), check=corpus_same, expect="any")
case("import: json not a list", [*IM, "t.json"], setup=write("t.json", '{"a": 1}'), check=corpus_same)
case("import: text is a number", [*IM, "in.jsonl"], setup=write("in.jsonl", '{"doc_id": "a", "text": 5}\n'), check=corpus_same)
case("import: doc_id that slugs to empty", [*IM, "in.jsonl"], setup=write("in.jsonl", '{"doc_id": "!!!", "text": "Hi."}\n'), expect="ok")
case(
    "import: 20 MB line",
    [*IM, "in.jsonl"],
    expect="ok",
    setup=write("in.jsonl", json.dumps({"doc_id": "big", "text": "word " * 4_000_000}) + "\n"),
)
case("import: source is the corpus itself", [*IM, "corpus/data/documents.jsonl"], expect="any", check=corpus_same)
case(
    "import: sigint mid import",
    [*IM, "in.jsonl"],
    expect="any",
    sigint_after=1.2,
    setup=write("in.jsonl", "".join(json.dumps({"doc_id": f"d{i}", "text": f"Text {i} " * 50}) + "\n" for i in range(20000))),
    check=lambda ws, *a: None if (ws / "corpus/data/documents.jsonl").read_bytes().count(b"\n") in (2, 20002) else "partial corpus",
)

case("out: -o /dev/zero", [*SC, "-o", "/dev/zero", "--overwrite"], timeout=30)
case("out: -o a FIFO", [*SC, "-o", "fifo"], timeout=30, setup=lambda ws: os.mkfifo(ws / "fifo"))
case(
    "out: --errors symlink to a FIFO",
    [*SC, "--errors", "l.jsonl"],
    timeout=30,
    setup=lambda ws: (os.mkfifo(ws / "fifo"), os.symlink(ws / "fifo", ws / "l.jsonl")),
)
case("out: -o newsgold.toml --overwrite", [*SC, "-o", "newsgold.toml", "--overwrite"])
case(
    "gold: duplicate key within a quote",
    ["NG", "validate"],
    setup=edit_bytes(G, lambda b: b.replace(b'{"id": "q1",', b'{"id": "q1", "id": "q99",', 1)),
)

# ---------------------------------------------------------------- read-only targets (chattr +i: we are root)
import subprocess as _sp  # noqa: E402  (the read-only cases below need it; kept beside them)


def immutable(*rels):
    def setup(ws):
        for rel in rels:
            p = ws / rel
            if not p.exists():
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text("old\n") if "." in p.name else p.mkdir()
            _sp.run(["chattr", "+i", str(p)], check=True)

    return setup


def unfreeze(extra=None):
    def check(ws, rc, out, err):
        _sp.run(["chattr", "-R", "-i", str(ws)], capture_output=True)
        return extra(ws, rc, out, err) if extra else None

    return check


case("ro: score -o onto an immutable file", [*SC, "-o", "r.md", "--overwrite"], setup=immutable("r.md"), check=unfreeze())
case("ro: score -o into an immutable dir", [*SC, "-o", "rodir/r.md"], setup=immutable("rodir"), check=unfreeze())
case(
    "ro: score -o + --errors, second dir immutable",
    [*SC, "-o", "r.md", "--errors", "rodir/e.jsonl", "--overwrite"],
    setup=many(write("r.md", "old\n"), immutable("rodir")),
    check=unfreeze(lambda ws, *a: None if (ws / "r.md").read_text() == "old\n" else "r.md replaced"),
)
case(
    "ro: pull --write-gold, gold dir immutable",
    PULLG,
    setup=many(export(), immutable("annotations/gold")),
    check=unfreeze(lambda ws, *a: gold_old_or_new(ws)),
)
case(
    "ro: pull --write-gold, annotations immutable",
    PULLG,
    setup=many(export(), immutable("annotations")),
    check=unfreeze(lambda ws, *a: gold_old_or_new(ws)),
)
case(
    "ro: run, eval/runs immutable",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2"],
    setup=immutable("eval/runs"),
    check=unfreeze(),
)
case(
    "ro: run, cache dir immutable",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@5"],
    expect="any",
    setup=immutable("eval/cache"),
    check=unfreeze(),
)
case(
    "ro: rescore --overwrite, run dir immutable",
    ["NG", "rescore", R, "--overwrite", "--scheme", "coverage:0.5"],
    setup=immutable(R, "eval/runs/base"),
    check=unfreeze(),
)
case(
    "ro: extract -o, file immutable",
    ["NG", "extract", "quotes", "-o", "x.jsonl", "--overwrite"],
    setup=immutable("x.jsonl"),
    check=unfreeze(),
)
case(
    "ro: import, corpus/data immutable",
    [*IM, "c.txt"],
    setup=many(write("c.txt", "Text."), immutable("corpus/data")),
    check=unfreeze(corpus_same),
)

# ---------------------------------------------------------------- cmd: more
case(
    "cmd2: grandchild keeps stdout open (timeout 3)",
    ["NG", "run", "bad", "--no-progress"],
    timeout=60,
    setup=many(
        script(
            "ex.py",
            "import sys, os, json\ndocs=[json.loads(l) for l in sys.stdin]\nif os.fork() == 0:\n    import time; time.sleep(300); os._exit(0)\nfor d in docs:\n    print(json.dumps({'doc_id': d['doc_id'], 'quotes': []}))\n",
        ),
        cmd_suite("./ex.py", ", timeout = 3"),
    ),
    check=lambda ws, *a: "grandchild alive" if _sp.run(["pgrep", "-f", str(ws / "ex.py")], capture_output=True).returncode == 0 else None,
)
case(
    "cmd2: 100 MB of stdout junk",
    ["NG", "run", "bad", "--no-progress"],
    timeout=120,
    setup=many(script("ex.py", "import sys\nsys.stdin.read()\nsys.stdout.write('x' * 100_000_000)\n"), cmd_suite("./ex.py")),
)
case(
    "cmd2: 50 MB stderr then exit 1",
    ["NG", "run", "bad", "--no-progress"],
    timeout=120,
    setup=many(script("ex.py", "import sys\nsys.stdin.read()\nsys.stderr.write('e' * 50_000_000)\nsys.exit(1)\n"), cmd_suite("./ex.py")),
)
case(
    "cmd2: killed by SIGSEGV",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(script("ex.py", "import os, signal, sys\nsys.stdin.read()\nos.kill(os.getpid(), signal.SIGSEGV)\n"), cmd_suite("./ex.py")),
)
case(
    "cmd2: output with CRLF line ends",
    ["NG", "run", "bad", "--no-progress"],
    expect="ok",
    setup=many(
        script(
            "ex.py",
            "import sys, json\nfor l in sys.stdin:\n    sys.stdout.write(json.dumps({'doc_id': json.loads(l)['doc_id'], 'quotes': []}) + '\\r\\n')\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case(
    "cmd2: output with BOM",
    ["NG", "run", "bad", "--no-progress"],
    setup=many(
        script(
            "ex.py",
            "import sys, json\nsys.stdout.write('\\ufeff')\nfor l in sys.stdin:\n    print(json.dumps({'doc_id': json.loads(l)['doc_id'], 'quotes': []}))\n",
        ),
        cmd_suite("./ex.py"),
    ),
)
case("cmd2: bad config key", ["NG", "run", "bad", "--no-progress"], setup=many(script("ex.py", ""), cmd_suite("./ex.py", ", timeot = 3")))
case("cmd2: timeout = 0", ["NG", "run", "bad", "--no-progress"], setup=many(script("ex.py", ""), cmd_suite("./ex.py", ", timeout = 0")))
case("cmd2: timeout = nan", ["NG", "run", "bad", "--no-progress"], setup=many(script("ex.py", ""), cmd_suite("./ex.py", ", timeout = nan")))
case(
    "cmd2: sigint while cmd runs",
    ["NG", "run", "bad", "--no-progress"],
    sigint_after=1.5,
    expect="any",
    setup=many(script("ex.py", "import time\ntime.sleep(300)\n"), cmd_suite("./ex.py")),
    check=lambda ws, *a: "child alive" if _sp.run(["pgrep", "-f", str(ws / "ex.py")], capture_output=True).returncode == 0 else None,
)


# ---------------------------------------------------------------- symlinked directories
def move_link(rel, to):
    def setup(ws):
        shutil.move(ws / rel, ws / to)
        os.symlink(ws / to, ws / rel)

    return setup


case(
    "link: annotations/gold is a symlink to outside, pull --write-gold",
    PULLG,
    expect="gold-change",
    setup=many(export(), move_link("annotations/gold", "goldreal")),
    check=lambda ws, *a: (
        None
        if __import__("harness").tree(ws / "goldreal")
        in (__import__("harness").tree(QA / "ws/annotations/gold"), __import__("harness").tree(QA / "refgold"))
        and __import__("harness").tree(ws / "annotations/gold") == __import__("harness").tree(QA / "refgold")
        else "gold not new / real dir mixed"
    ),
)
case(
    "link: eval/runs symlinked into annotations, run",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2"],
    setup=lambda ws: (shutil.rmtree(ws / "eval/runs"), os.symlink(ws / "annotations/passes", ws / "eval/runs")),
)
case(
    "link: corpus/data/documents.jsonl symlink outside, validate",
    ["NG", "validate"],
    expect="ok",
    setup=move_link("corpus/data/documents.jsonl", "docs-real.jsonl"),
)
case(
    "link: symlink loop as gold file",
    ["NG", "validate"],
    setup=lambda ws: os.symlink(ws / "annotations/gold/loop.json", ws / "annotations/gold/loop.json"),
)
case(
    "link: dangling symlink as gold file",
    ["NG", "validate"],
    setup=lambda ws: os.symlink(ws / "nowhere.json", ws / "annotations/gold/dangling.json"),
)
