"""Round 10 of the adversarial cases (``python eval/qa/harness.py --round 10``): what rounds 4-9 touched least.

The CLI contract (``--help`` of every command, unknown options, negative and non-finite numbers,
``--root`` at a file, a standard output that cannot show a character, a pipe closed early, stdin
closed, odd terminal widths, paths with spaces and emoji, a new workspace with a short or long
name meeting Label Studio's title rule), ``import`` of messy user files (HTML comments, ``<noscript>``,
entities without a semicolon, ids ``.``/``..``/``a/b``/trailing dots, ids equal under NFKC,
case folding or a zero-width space, a BOM at the start of a later line, whitespace-only texts),
text-only spans (``null``/empty strings, dashes and quotes normalised, a line break given as a
space, a 1 MB string not in the text, 2,000 repeats, fragments out of order), faults during
``adjudicate --write-gold`` and ``ls pull --write-gold`` (SIGKILL, SIGINT, ``ulimit -f``,
``ulimit -n``, a read-only or file-shaped ``.gold-backups``, a full tmpfs, two at once), an
interrupted Dask run, and Label Studio exports as the web UI leaves them (drafts listed by id, an
annotation deleted since the last pull of a pass, one missing from the gold).
round10.md is the table of the round; the browser session itself is tests/labelstudio/test_browser_loop.py.
"""

import json
import os
import shutil
import subprocess

import cases9 as r9  # round 9's helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, DOC2, NG, QA, case, tree

del CASES[:]
r7, r6, r5, r4 = r9.r7, r9.r6, r9.r5, r9.r4
write, many, export, jl = r4.write, r4.many, r4.export, r5.jl
all_of, says, absent, mount_tmpfs, unmount, read_only = r6.all_of, r6.says, r6.absent, r6.mount_tmpfs, r6.unmount, r6.read_only
corpus_same, docs, exit_code, no_temp_named = r5.corpus_same, r9.docs, r9.exit_code, r9.no_temp_named
no_process_left, strays_of = r7.no_process_left, r7.strays_of
IM = ["NG", "import", "--no-progress"]
EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]
PRED = "eval/runs/base/quotes-v2/predictions.jsonl"
ADJ = ["NG", "adjudicate", "annotations/passes", "--rule", "1-of-3", "-o", "cur", "--write-gold"]
PULLG = ["NG", "ls", "pull", "--from-export", "export.json", "-o", "annotations/gold", "--write-gold"]


def no_traceback_and(*words):
    return says(*words)


def not_said(*words):
    def check(ws, rc, out, err):
        there = [w for w in words if w in err or w in out]
        return f"the output says {there}" if there else None

    return check


COLOUR = __import__("re").compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def no_escape(ws, rc, out, err):
    """No colour (SGR 30-49, 90-107) with NO_COLOR set; bold and dim are not colour (no-color.org)."""
    return "colour escape codes with NO_COLOR set" if COLOUR.search(out) or COLOUR.search(err) else None


def gold_same(ws, *a):
    return None if tree(ws / "annotations/gold") == tree(QA / "ws/annotations/gold") else "the gold changed"


def _adj_reference():
    """The gold an uninterrupted ``adjudicate --rule 1-of-3 --write-gold`` writes (made once per QA folder)."""
    ref = QA / "adjgold"
    if not ref.is_dir():
        scratch = QA / "adjscratch"
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(QA / "ws", scratch, symlinks=True)
        subprocess.run([NG if a == "NG" else a for a in ADJ], cwd=scratch, check=True, capture_output=True)
        shutil.copytree(scratch / "annotations/gold", ref)
        shutil.rmtree(scratch)
    return tree(ref)


def gold_old_or_adjudicated(ws, *a):
    """The gold is the old one or the whole adjudicated one; the next validate and adjudicate work, no temporary left."""
    now = tree(ws / "annotations/gold")
    if now not in (tree(QA / "ws/annotations/gold"), _adj_reference()):
        return "the gold is neither the old one nor the adjudicated one (mixed)"
    nxt = r7.ng(ws, *ADJ[1:])
    if nxt.returncode:
        return "the next adjudicate fails: " + nxt.stderr[-200:]
    left = strays_of(ws)
    return f"temporaries left after the next adjudicate: {left[:3]}" if left else None


def pulled_gold_old_or_new(ws, *a):
    msg = r4.gold_old_or_new(ws)
    if msg:
        return msg
    left = [s for s in strays_of(ws) if "annotations" in s]
    return f"temporaries under annotations: {left[:3]}" if left else None


def fill(path):
    """Write ``path`` until the file system is full."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def file_exists(rel, want=True):
    def check(ws, *a):
        there = (ws / rel).exists()
        return None if there == want else f"{rel} {'missing' if want else 'still there'}"

    return check


def ids_safe(ws, *a):
    """Every doc_id gives a gold file name inside annotations/gold (no separator, not . or ..)."""
    bad = [d for d in docs(ws) if d in (".", "..") or "/" in d or "\\" in d or d != d.strip() or d.endswith(".")]
    return f"unsafe doc_ids stored: {bad}" if bad else None


def n_docs(n_new):
    def check(ws, *a):
        got = len(docs(ws)) - len(docs(QA / "ws"))
        return None if got == n_new else f"{got} documents added, expected {n_new}"

    return check


def text_of(doc_id, contains=(), lacks=()):
    def check(ws, *a):
        got = docs(ws)
        if doc_id not in got:
            return f"no document {doc_id!r} (have {sorted(got)[-4:]})"
        t = got[doc_id]["text"]
        miss = [c for c in contains if c not in t]
        extra = [c for c in lacks if c in t]
        return "; ".join(([f"text lacks {miss}"] if miss else []) + ([f"text holds {extra}"] if extra else [])) or None

    return check


# ================================================================ CLI contract
COMMANDS = (
    "validate schema show export score agreement adjudicate run rescore compare extract extractors init import status annotate "
    "ls 'ls push' 'ls pull' 'ls agreement' 'ls curate' 'ls serve-model' 'ls install' 'ls start' 'ls config' 'ls export-tasks' 'ls annotate'"
)
case(
    "cli: --help of every command and subcommand",
    [],
    expect="ok",
    shell=f'for c in {COMMANDS}; do NG $c --help > /dev/null || {{ echo "failed: $c" >&2; exit 1; }}; done',
    check=no_escape,
)
case("cli: an unknown option", ["NG", "score", "--bogus"], check=all_of(exit_code(2), says("--bogus")))
case("cli: an unknown command", ["NG", "frobnicate"], check=all_of(exit_code(2), says("frobnicate")))
case("cli: --version", ["NG", "--version"], expect="ok")
case("cli: import without a source", ["NG", "import"], check=exit_code(2))
case("cli: score --bootstrap -1", ["NG", "score", "--pred", PRED, "--bootstrap", "-1"], check=all_of(says("bootstrap"), absent("r.md")))
case(
    "cli: compare --trials -1",
    ["NG", "compare", "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3", "--trials", "-1"],
    check=says("trials"),
)
case(
    "cli: run --engine dask --workers 0",
    ["NG", "run", "--run-id", "x", "--no-progress", "--only", "quotes@2", "--engine", "dask", "--workers", "0"],
    check=all_of(says("--workers"), absent("eval/runs/x")),
)
case(
    "cli: ls pull --timeout nan",
    ["NG", "ls", "pull", "--url", "http://127.0.0.1:9", "--token", "t" * 40, "-o", "pulled", "--timeout", "nan"],
    check=all_of(says("timeout"), absent("pulled")),
)
case(
    "cli: ls pull --retries -3",
    ["NG", "ls", "pull", "--url", "http://127.0.0.1:9", "--token", "t" * 40, "-o", "pulled", "--retries", "-3"],
    check=all_of(says("retries"), absent("pulled")),
)
case(
    "cli: ls push --backoff inf",
    ["NG", "ls", "push", "--url", "http://127.0.0.1:9", "--token", "t" * 40, "--backoff", "inf", "--project", "a project"],
    check=says("backoff"),
)
case("cli: --root is a file", ["NG", "--root", "newsgold.toml", "validate"], check=says("newsgold.toml"))
case("cli: --root is an empty string", ["NG", "--root", "", "validate"], expect="any")
case("cli: NEWSGOLD_ROOT is a file", [], shell="NEWSGOLD_ROOT=newsgold.toml NG validate", check=says("newsgold.toml"))
case("cli: PYTHONIOENCODING=ascii, validate", [], shell="PYTHONIOENCODING=ascii NG validate", check=says("PYTHONIOENCODING"))
case(
    "cli: PYTHONIOENCODING=ascii, show a document with curly quotes",
    [],
    shell=f"PYTHONIOENCODING=ascii NG show {DOC}",
    check=says("PYTHONIOENCODING"),
)
case("cli: show | head -1 (the pipe closed early)", [], expect="ok", shell=f"set -o pipefail; NG show {DOC} | head -1 > /dev/null")
case("cli: schema | head -c 1", [], expect="ok", shell="set -o pipefail; NG schema | head -c 1 > /dev/null")
case("cli: validate with stdin closed", [], expect="ok", shell="NG validate <&-")
case("cli: COLUMNS=5", [], expect="ok", shell="COLUMNS=5 NG validate")
case("cli: COLUMNS=abc", [], expect="ok", shell="COLUMNS=abc NG validate")
case("cli: NO_COLOR with FORCE_COLOR and a TTY-less ls --help", [], expect="ok", shell="FORCE_COLOR=1 NG ls pull --help", check=no_escape)
case("cli: show a document that does not exist", ["NG", "show", "no-such-doc"], check=says("no-such-doc"))
case("cli: show a document id in the wrong case", ["NG", "show", DOC.upper()], check=says(DOC.upper()))
case(
    "cli: score --pred and -o with spaces, accents and emoji",
    ["NG", "score", "--pred", "p ü 🇮🇷.jsonl", "--bootstrap", "0", "-o", "r é 👋.md"],
    expect="ok",
    setup=lambda ws: shutil.copy(ws / PRED, ws / "p ü 🇮🇷.jsonl"),
    check=file_exists("r é 👋.md"),
)
case("cli: score --format bogus", ["NG", "score", "--pred", PRED, "--format", "bogus"], check=all_of(exit_code(2), says("bogus")))
case("cli: run --run-id empty", ["NG", "run", "--run-id", "", "--no-progress", "--only", "quotes@2"], check=says("run id ''"))
case(
    "cli: run --run-id ../x",
    ["NG", "run", "--run-id", "../x", "--no-progress", "--only", "quotes@2"],
    check=all_of(absent("eval/x"), says("run")),
)
case(
    "cli: ls pull --predictions --write-gold",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "annotations/gold", "--predictions", "--write-gold"],
    setup=export(),
    check=says("--write-gold"),
)
case(
    "cli: init ab (a 2-character name), then ls push: not refused for its title",
    [],
    shell="NG init ab > /dev/null && cd ab && NG ls push --url http://127.0.0.1:9 --token tttttttttttttttttttttttttttttttttttttttt --retries 0",
    check=not_said("project title"),
)
case(
    "cli: init with an 80-character name, then ls push: not refused for its title",
    [],
    shell="NG init "
    + "n" * 80
    + " > /dev/null && cd "
    + "n" * 80
    + " && NG ls push --url http://127.0.0.1:9 --token "
    + "t" * 40
    + " --retries 0",
    check=not_said("project title"),
)

# ================================================================ import: users' own files
PAGE = (
    "<html><head><title>T</title><script>var x = '</p><p>script text';</script></head><body><article>"
    "<h1>Talks</h1><!-- an editor's secret comment -->"
    "<p>He said &#8220;we will talk&#8221; &amp soon&nbsp;enough &NotAnEntity; today.<br>Second line here, long enough to be kept.</p>"
    "<noscript>Enable JavaScript to read this.</noscript>"
    "<p>Officials met in Muscat on Monday and talked for a long time about many things that matter.</p>"
    "</article></body></html>"
)
case(
    "html: comments, <noscript>, <script> with </p> inside, entities without a semicolon",
    [*IM, "page.html"],
    expect="ok",
    setup=write("page.html", PAGE),
    check=text_of("page", contains=("\u201cwe will talk\u201d", "Officials met"), lacks=("secret comment", "script text", "var x")),
)
for doc_id in (".", "..", "a/b", "x.", " lead", "tab\there"):
    case(
        f"import: doc_id {doc_id!r}",
        [*IM, "ids.jsonl"],
        expect="any",
        setup=write("ids.jsonl", jl({"doc_id": doc_id, "text": "A text of some length."})),
        check=ids_safe,
    )
for a, b, what in (
    ("ab", "a\u200bb", "a zero-width space"),
    ("file", "\ufb01le", "NFKC (the fi ligature)"),
    ("strasse", "STRASSE", "case"),
    ("stra\u00dfe", "STRASSE", "case folding (ß/SS)"),
):
    case(
        f"import: two ids equal but for {what}",
        [*IM, "ids.jsonl"],
        expect="any",
        setup=write("ids.jsonl", jl({"doc_id": a, "text": "One text."}, {"doc_id": b, "text": "Another text."})),
        check=ids_safe,
    )
case(
    "import: a BOM at the start of line 2",
    [*IM, "b.jsonl"],
    setup=write("b.jsonl", jl({"doc_id": "a", "text": "A."}) + "\ufeff" + jl({"doc_id": "b", "text": "B."})),
    check=all_of(corpus_same, says("b.jsonl:2")),
)
case(
    "import: a text of only spaces and line breaks",
    [*IM, "w.jsonl"],
    setup=write("w.jsonl", jl({"doc_id": "w", "text": " \r\n\t\n "})),
    check=all_of(corpus_same, says("w.jsonl:1", "text")),
)
case(
    "import: a text of only a zero-width space",
    [*IM, "w.jsonl"],
    expect="any",
    setup=write("w.jsonl", jl({"doc_id": "w", "text": "\u200b"})),
)
case(
    "import: a lone surrogate escaped in a key",
    [*IM, "k.jsonl"],
    setup=write("k.jsonl", '{"doc_id": "k", "text": "Fine.", "\\ud800": 1}\n'),
    check=all_of(corpus_same, says("k.jsonl:1")),
)
case(
    "import: a title with a line break",
    [*IM, "t.jsonl"],
    expect="any",
    setup=write("t.jsonl", jl({"doc_id": "t", "text": "Fine text.", "title": "Line one\nline two"})),
)
case(
    "import: 5,000 records, the last an NFD twin of the third",
    [*IM, "many.jsonl"],
    setup=write(
        "many.jsonl",
        jl(*({"doc_id": f"caf\u00e9-{i}", "text": f"Text {i}."} for i in range(4999)), {"doc_id": "cafe\u0301-2", "text": "Twin."}),
    ),
    check=all_of(corpus_same, says("many.jsonl:5000", "many.jsonl:3")),
)
case(
    "import: a doc_id of flags and emoji",
    [*IM, "e.jsonl"],
    expect="ok",
    setup=write("e.jsonl", jl({"doc_id": "🇮🇷-news-👋🏽", "text": "Fine text."})),
    check=all_of(ids_safe, n_docs(1)),
)
case("import: a folder named x.jsonl", [*IM, "x.jsonl"], expect="any", setup=lambda ws: (ws / "x.jsonl").mkdir(), check=corpus_same)
case(
    "import: one file by two imports at once",
    [*IM, "two.jsonl"],
    expect="ok",
    parallel=2,
    setup=write("two.jsonl", jl({"doc_id": "one", "text": "Once only."})),
    check=n_docs(1),
)

# ================================================================ text-only spans (newsgold.align)
TEXT_TAIL = "\r\nAna said \u201cwe will\r\ntalk \u2014 soon\u201d. Ana said it twice: \u201cwe will talk\u201d."


def tail10(ws):
    lines = (ws / r5.CORPUS).read_text(encoding="utf-8").split("\n")
    out = []
    for line in filter(None, lines):
        d = json.loads(line)
        if d["doc_id"] == DOC:
            import hashlib

            d["text"] += TEXT_TAIL
            d["sha256"], d["n_chars"] = hashlib.sha256(d["text"].encode()).hexdigest(), len(d["text"])
        out.append(json.dumps(d, ensure_ascii=False))
    (ws / r5.CORPUS).write_text("\n".join(out) + "\n", encoding="utf-8")


def tq(*qs):
    return many(tail10, r9.text_quotes(*qs))


case("align: content_text null", EX, setup=tq({"content_text": None}), check=all_of(says("p.jsonl:1", "content_text"), absent("o.jsonl")))
case("align: content_text empty", EX, setup=tq({"content_text": ""}), check=all_of(says("p.jsonl:1", "content_text"), absent("o.jsonl")))
case("align: source_text empty", EX, setup=tq({"content_text": "soon", "source_text": ""}), check=says("p.jsonl:1", "source_text"))
case(
    "align: straight quotes and a hyphen for the curly quotes and the dash, across CRLF",
    EX,
    expect="ok",
    setup=tq({"content_text": '"we will talk - soon".'}),
    check=r9.aligned("\u201cwe will\r\ntalk \u2014 soon\u201d."),
)
case(
    "align: a line break given as a space",
    EX,
    expect="ok",
    setup=tq({"content_text": "we will talk \u2014 soon"}),
    check=r9.aligned("we will\r\ntalk \u2014 soon"),
)
case(
    "align: a string not in the text: kept without span", EX, expect="ok", setup=tq({"content_text": "never said"}), check=r9.aligned(None)
)
case(
    "align: a 1 MB string not in the text", EX, expect="ok", timeout=60, setup=tq({"content_text": "z" * 1_000_000}), check=r9.aligned(None)
)
case("align: 2,000 quotes of one repeated word", EX, expect="ok", timeout=120, setup=tq(*({"content_text": "Ana"} for _ in range(2000))))
case(
    "align: the second of two equal sentences after the first",
    EX,
    expect="ok",
    setup=tq({"content_text": "we will\r\ntalk"}, {"content_text": "we will talk"}),
    check=r9.aligned("we will\r\ntalk", "we will talk"),
)
case("align: fragments given in reverse order", EX, expect="ok", setup=tq({"content_text": ["soon", "we will"]}))
case(
    "align: source_text nearest the content",
    EX,
    expect="ok",
    setup=tq({"content_text": "we will talk", "source_text": "Ana"}),
    check=lambda ws, *a: (
        None
        if (lambda q, t: t[slice(*q["source"]["span"])] == "Ana" and q["source"]["span"][0] > t.index("it twice") - 20)(
            r9.doc_line(ws)["quotes"][0], docs(ws)[DOC]["text"]
        )
        else "source not the Ana nearest the content"
    ),
)

# ================================================================ faults: adjudicate --write-gold, ls pull --write-gold
for t in (0.8, 1.5, 2.5):
    case(
        f"kill -9: adjudicate --write-gold after {t}s", ADJ, expect="gold-change", sigint_after=t, sig="KILL", check=gold_old_or_adjudicated
    )
case("sigint: adjudicate --write-gold after 1.5s", ADJ, expect="gold-change", sigint_after=1.5, check=gold_old_or_adjudicated)
case("concurrent: two adjudicate --write-gold", ADJ, expect="gold-change", parallel=2, check=gold_old_or_adjudicated)
case(
    "ulimit -f: adjudicate --write-gold (files of 8 KiB at most)",
    [],
    shell="ulimit -f 8; " + " ".join(ADJ),
    check=all_of(gold_same, no_temp_named),
)
case(
    "ulimit -f: ls pull --write-gold (files of 4 KiB at most)",
    [],
    setup=export(),
    shell="ulimit -f 4; " + " ".join(PULLG),
    check=all_of(gold_same, no_temp_named),
)
case("ulimit -n: run with 20 open files at most", [], expect="any", shell="ulimit -n 20; NG run --run-id x --no-progress --only quotes@2")
case(
    "ro: ls pull --write-gold with a read-only .gold-backups",
    PULLG,
    setup=many(export(), lambda ws: (ws / "annotations/.gold-backups").mkdir(), read_only("annotations/.gold-backups")),
    check=unmount("annotations/.gold-backups", all_of(gold_same, says(".gold-backups"))),
)
case(
    "ls pull --write-gold when .gold-backups is a file",
    PULLG,
    setup=many(export(), write("annotations/.gold-backups", "not a folder")),
    check=all_of(gold_same, says(".gold-backups")),
)
case(
    "full: ls pull --write-gold onto a full annotations/",
    PULLG,
    setup=many(export(), mount_tmpfs("annotations", 1200), lambda ws: fill(ws / "annotations/filler")),
    check=unmount("annotations", all_of(gold_same, no_temp_named)),
)
case(
    "symlink: annotations/.gold-backups a link to a folder outside (recorded: the user's link is followed)",
    PULLG,
    expect="gold-change",
    setup=many(
        export(), lambda ws: (ws.parent / "outside").mkdir(), lambda ws: os.symlink(ws.parent / "outside", ws / "annotations/.gold-backups")
    ),
    check=lambda ws, *a: None if any((ws.parent / "outside").iterdir()) else "no backup through the link",
)
case("sigint: ls pull --write-gold after 1.2s", PULLG, expect="gold-change", setup=export(), sigint_after=1.2, check=pulled_gold_old_or_new)

# ================================================================ faults: an interrupted Dask run
DASK = ["NG", "run", "--run-id", "k", "--no-progress", "--no-cache", "--engine", "dask", "--workers", "2"]
case("sigint: run --engine dask after 6s", DASK, expect="any", sigint_after=6, timeout=120, check=all_of(no_process_left, r5.runs_ok))
case(
    "kill -9: run --engine dask after 6s",
    DASK,
    expect="any",
    sigint_after=6,
    sig="KILL",
    timeout=120,
    check=all_of(no_process_left, r5.runs_ok),
)

# ================================================================ Label Studio exports as the web UI leaves them
PULLP = ["NG", "ls", "pull", "--from-export", "export.json", "-o", "passes"]


def two_annotators(drop=None):
    """export.json with a second annotator on every task; ``drop`` a doc_id whose second annotation is deleted."""

    def fn(tasks):
        for t in tasks:
            if t["data"]["doc_id"] == drop:
                continue
            b = json.loads(json.dumps(t["annotations"][0]))
            b["id"], b["completed_by"] = b["id"] + 5000, {"id": 2, "email": "b@example.org"}
            t["annotations"].append(b)

    return export(fn)


def pulled_before(ws):
    """A pull of both annotators into passes/, then the export with b's annotation of DOC deleted."""
    two_annotators()(ws)
    r7.ng(ws, *PULLP[1:])
    two_annotators(drop=DOC)(ws)


case(
    "ls pull: a pass pulled again after an annotation was deleted",
    PULLP,
    setup=pulled_before,
    check=all_of(says("would be removed", f"b@example.org/{DOC}.json"), file_exists(f"passes/b@example.org/{DOC}.json")),
)
case(
    "ls pull --overwrite: a pass pulled again after an annotation was deleted",
    [*PULLP, "--overwrite"],
    expect="ok",
    setup=pulled_before,
    check=all_of(file_exists(f"passes/b@example.org/{DOC}.json", False), file_exists(f"passes/b@example.org/{DOC2}.json")),
)
case(
    "ls pull --write-gold: a document whose annotation was deleted keeps its gold, said",
    PULLG,
    expect="gold-change",
    setup=export(lambda tasks: [t.update(annotations=[]) for t in tasks if t["data"]["doc_id"] == DOC]),
    check=all_of(
        says("kept", f"{DOC}.json"),
        lambda ws, *a: (
            None
            if (ws / f"annotations/gold/{DOC}.json").read_bytes() == (QA / f"ws/annotations/gold/{DOC}.json").read_bytes()
            else "its gold changed"
        ),
    ),
)
case(
    "ls pull: drafts listed by id only (Label Studio's default export)",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"],
    expect="ok",
    setup=export(lambda tasks: tasks[0].update(drafts=[7])),
    check=says("draft 7"),
)
case(
    "ls pull: a draft naming its user by id",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"],
    expect="ok",
    setup=export(lambda tasks: tasks[0].update(drafts=[{"id": 8, "user": 3, "result": []}])),
    check=says("draft 8"),
)
case(
    "ls pull: one annotator, then two: no file of the first layout left",
    [*PULLP, "--overwrite"],
    expect="ok",
    setup=many(export(), lambda ws: r7.ng(ws, *PULLP[1:]), two_annotators()),
    check=lambda ws, *a: (lambda left: f"files of the one-annotator layout left: {left}" if left else None)(
        sorted(p.name for p in (ws / "passes").glob("*.json"))
    ),
)


# ================================================================ added during the round
case(
    "import: two Chinese titles",
    [*IM, "zh.jsonl"],
    expect="ok",
    setup=write("zh.jsonl", jl({"title": "新闻一", "text": "First text."}, {"title": "新闻二", "text": "Second text."})),
    check=all_of(n_docs(2), ids_safe),
)
case(
    "import: Greek and Persian ids",
    [*IM, "el.jsonl"],
    expect="ok",
    setup=write("el.jsonl", jl({"doc_id": "Ναι", "text": "Yes."}, {"doc_id": "Όχι", "text": "No."}, {"doc_id": "خبر", "text": "News."})),
    check=all_of(n_docs(3), ids_safe),
)
case(
    "cli: ls pull --backoff -1",
    ["NG", "ls", "pull", "--url", "http://127.0.0.1:9", "--token", "t" * 40, "-o", "pulled", "--backoff", "-1"],
    check=all_of(says("backoff"), absent("pulled")),
)
case(
    "cli: ls pull --retries 100 --backoff 60 (the waits bounded)",
    ["NG", "ls", "pull", "--url", "http://127.0.0.1:9", "--token", "t" * 40, "-o", "pulled", "--retries", "1000"],
    check=all_of(says("retries"), absent("pulled")),
)
