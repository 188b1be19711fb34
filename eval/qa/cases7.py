"""Round 7 of the adversarial cases (``python eval/qa/harness.py --round 7``): what session 6 added.

The forked second process of ``run --overlap`` (the parent, the child or both killed with
SIGKILL/SIGTERM/SIGINT at each phase, a child entry that fails, disk full while the child spills),
the run's on-disk gold (edited or removed while a run reads it, huge lines, symlinks, FIFOs), HTML
import (no body, navigation only, a 30 MB page, wrong charsets, scripts, entities, ``<br>``, emoji,
one stem twice), sub-folder walking (symlink loops, hidden folders, 10,000 files, unreadable
entries), the import lock, ``--engine dask`` with a bad scheduler or a killed worker, text-only
spans (``align``) and ``score`` on huge or odd inputs.  round7.md is the table of the round.
"""

import gzip
import json
import os
import subprocess
import time
from pathlib import Path

import cases6 as r6  # round 6's helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, DOC2, NG, QA, case, tree

del CASES[:]
r5, r4 = r6.r5, r6.r4
many, write, script, edit_bytes, edit_json = r4.many, r4.write, r4.script, r4.edit_bytes, r4.edit_json
suite, SUITE_HEAD = r4.suite, r4.SUITE_HEAD
corpus_same, docs, has_doc, jl = r5.corpus_same, r5.docs, r5.has_doc, r5.jl
all_of, says, absent, runs_same, mount_tmpfs, unmount = r6.all_of, r6.says, r6.absent, r6.runs_same, r6.mount_tmpfs, r6.unmount
G, G2 = r4.G, r6.G2
IM = ["NG", "import", "--no-progress"]
CORPUS = r5.CORPUS
KRUN = "NG run --run-id k --no-cache --no-progress"
KRUN_CMD = ["NG", "run", "--run-id", "k", "--no-cache", "--no-progress"]


def env_of(ws):
    return dict(os.environ, COLUMNS="200", NO_COLOR="1", PYTHONPATH=str(ws))


def ng(ws, *args, **kw):
    return subprocess.run([NG, *args], cwd=ws, capture_output=True, text=True, env=env_of(ws), **kw)


def strays_of(ws):
    return [str(p.relative_to(ws)) for p in ws.rglob("*") if ".ngtx-" in p.name or p.name.startswith(".tmp")]


def no_process_left(ws, *a):
    """No newsgold process of this case outlives it (a child that survived its parent is killed here)."""
    mine = []
    for _ in range(30):
        mine = []
        for p in Path("/proc").iterdir():
            if not p.name.isdigit():
                continue
            try:
                if str(ws) in os.readlink(p / "cwd") and (p / "status").read_text().split("State:")[1].split()[0] not in ("Z", "X"):
                    mine.append(int(p.name))
            except (OSError, IndexError):
                continue
        if not mine:
            return None
        time.sleep(0.2)
    for pid in mine:
        try:
            os.kill(pid, 9)
        except OSError:
            pass
    return f"processes left running: {mine}"


def run_whole_or_absent(rel="eval/runs/k"):
    """The run directory is absent or whole (summary.json and every entry of the base run), and a
    next run works and leaves no temporary (the kill's strays are cleaned by it)."""

    def check(ws, *a):
        d = ws / rel
        if d.exists():
            want = sorted(p.name for p in (QA / "ws/eval/runs/base").iterdir())
            got = sorted(p.name for p in d.iterdir())
            if got != want:
                return f"run half-made: {got}"
            for entry in (x for x in d.iterdir() if x.is_dir()):
                if not (entry / "scores.json").is_file() or not (entry / "predictions.jsonl").is_file():
                    return f"entry half-made: {entry.name}"
        nxt = ng(ws, "run", "--run-id", "next", "--no-progress", "--only", "quotes@2")
        if nxt.returncode:
            return "next run fails: " + nxt.stderr[-200:]
        left = strays_of(ws) + [p.name for p in (ws / "eval/runs").iterdir() if p.name.startswith(".")]
        return f"temporaries left after the next run: {left[:3]}" if left else None

    return check


def same_as_base(entry="claims-learned-v1", rel="eval/runs/k"):
    """The run finished and its entry's predictions are byte for byte those of the serial base run."""

    def check(ws, *a):
        p, q = ws / rel / entry / "predictions.jsonl", QA / "ws/eval/runs/base" / entry / "predictions.jsonl"
        if not p.is_file():
            return f"no {rel}/{entry}/predictions.jsonl"
        return None if p.read_bytes() == q.read_bytes() else f"{entry} predictions differ from the serial run"

    return check


def quiet_err(max_lines):
    def check(ws, rc, out, err):
        n = len([line for line in err.splitlines() if line.strip()])
        return None if n <= max_lines else f"{n} lines on stderr (at most {max_lines} expected)"

    return check


def doc_with(stem, *, contains=(), lacks=(), text=None):
    """The imported document ``stem`` exists, holds every string of ``contains`` and none of ``lacks``."""

    def check(ws, *a):
        got = docs(ws)
        if stem not in got:
            return f"no document {stem!r} (have {sorted(k for k in got if k not in (DOC, DOC2))[:5]})"
        t = got[stem]["text"]
        if text is not None and t != text:
            return f"text is {t[:80]!r}, expected {text[:80]!r}"
        miss = [c for c in contains if c not in t]
        bad = [c for c in lacks if c in t]
        if miss or bad:
            return f"text {t[:80]!r}: missing {miss}, should not hold {bad}"
        if got[stem]["n_chars"] != len(t):
            return "n_chars wrong"
        return None

    return check


def page(body, head="<title>T</title>", charset="utf-8"):
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}{head}</head><body>{body}</body></html>"


ART = "<article><h1>Talks</h1>" + "".join(
    f"<p>Paragraph {i} of the article, with enough words to count as body text here.</p>" for i in range(6)
)


def after_kill_import_works(ws, *a):
    nxt = ng(ws, "import", "--no-progress", "late.jsonl")
    if nxt.returncode:
        return "next import fails: " + nxt.stderr[-200:]
    if "late" not in docs(ws):
        return "next import lost its document"
    left = strays_of(ws) + [p.name for p in (ws / "corpus/data").iterdir() if p.name.startswith(".")]
    return f"temporaries left after the next import: {left[:3]}" if left else None


LATE = write("late.jsonl", jl({"doc_id": "late", "text": "Late news."}))
BIGJ = r6.big_jsonl


# ================================================================ run --overlap: the forked second process
for t in (1.0, 2.0, 3.0, 4.5):
    case(
        f"overlap: kill -9 parent and child after {t}s",
        KRUN_CMD,
        sigint_after=t,
        sig="KILL",
        expect="any",
        check=all_of(no_process_left, run_whole_or_absent()),
    )
for sig, t in (("TERM", 2.0), ("TERM", 3.5), ("INT", 2.0), ("INT", 3.5)):
    case(
        f"overlap: SIG{sig} to the process group after {t}s",
        KRUN_CMD,
        sigint_after=t,
        sig=sig,
        check=all_of(no_process_left, absent("eval/runs/k")),
    )
CHILD = "$(cat /proc/$P/task/*/children | tr ' ' '\\n' | head -1)"  # the forked child of newsgold (pid P)
for t in (2.0, 3.0):
    case(
        f"overlap: kill -9 the parent only after {t}s (the child must not live on)",
        ["x"],
        expect="any",
        shell=f"{KRUN} & P=$!; sleep {t}; kill -9 $P; wait $P; sleep 1",
        sig="KILL",  # the strays are the next command's to clean: the check runs it
        check=all_of(no_process_left, run_whole_or_absent()),
    )
for sig, t in (("KILL", 2.0), ("KILL", 3.0), ("TERM", 2.5), ("INT", 2.5)):
    case(
        f"overlap: SIG{sig} to the child only after {t}s (the parent runs its entry again)",
        ["x"],
        expect="ok",
        timeout=120,
        shell=f'{KRUN} & P=$!; sleep {t}; C={CHILD}; [ -n "$C" ] && kill -{sig} $C; wait $P',
        check=all_of(no_process_left, same_as_base()),
    )
case(
    "overlap: SIGTERM to the parent only after 2.5s",
    ["x"],
    shell=f"{KRUN} & P=$!; sleep 2.5; kill -TERM $P; wait $P",
    check=all_of(no_process_left, absent("eval/runs/k")),
)
LEARNED_BAD = """
class X:
    name = "x"
    version = "1"
    layers = ("claims",)
    def fit(self, documents, gold):
        {FIT}
    def extract(self, document):
        {EXTRACT}
"""


def learned_suite(fit="pass", extract="return {'doc_id': document.doc_id, 'claims': []}"):
    body = LEARNED_BAD.replace("{FIT}", fit).replace("{EXTRACT}", extract)
    return many(
        write("plug_qa.py", body),
        suite(
            SUITE_HEAD
            + '\n[[extractors]]\nspec = "quotes"\nversion = "2"\n\n[[extractors]]\nspec = "plug_qa:X"\nversion = "1"\nfolds = 2\n'
        ),
    )


RUNBAD = ["NG", "run", "bad", "--no-progress", "--no-cache"]
case(
    "overlap: the child's learned entry raises in fit",
    RUNBAD,
    setup=learned_suite(fit="raise RuntimeError('fit broke')"),
    check=all_of(runs_same, says("fit broke")),
)
case(
    "overlap: the child's learned entry raises in extract",
    RUNBAD,
    setup=learned_suite(extract="raise ValueError('extract broke')"),
    check=all_of(runs_same, says("extract broke")),
)
case(
    "overlap: the child's learned entry calls os._exit(3)",
    RUNBAD,
    expect="any",
    setup=learned_suite(fit="import os; os._exit(3)"),
    sig="KILL",  # the plug-in ended the process as a kill does: the next run must clean up
    check=all_of(no_process_left, run_whole_or_absent("eval/runs/bad")),
)
case(
    "overlap: the child's learned entry returns garbage",
    RUNBAD,
    setup=learned_suite(extract="return 42"),
    check=all_of(runs_same, says("returned int")),
)
case(
    "overlap: the child's entry prints 1 MB to stderr",
    RUNBAD,
    expect="ok",
    setup=learned_suite(fit="import sys; sys.stderr.write('x' * 1_000_000)"),
)
case(
    "overlap: disk full under eval/runs while both processes write",
    KRUN_CMD,
    setup=mount_tmpfs("eval/runs", 1600),
    check=unmount("eval/runs", all_of(no_process_left, lambda ws, *a: None if not (ws / "eval/runs/k").exists() else "half run left")),
)
case(
    "overlap: --serial and --overlap give the same files",
    ["x"],
    expect="ok",
    shell="NG run --run-id s --serial --no-progress --no-cache && NG run --run-id o --overlap --no-progress --no-cache",
    check=lambda ws, *a: (
        None
        if {k: v for k, v in tree(ws / "eval/runs/s").items() if "manifest" not in k and "summary" not in k and "report" not in k}
        == {k: v for k, v in tree(ws / "eval/runs/o").items() if "manifest" not in k and "summary" not in k and "report" not in k}
        else "serial and overlap runs differ"
    ),
)

# ================================================================ the run's on-disk gold
case(
    "run gold: a gold file edited while the run reads it",
    ["x"],
    expect="gold-change",
    shell=f"{KRUN} & P=$!; sleep 1.2; python3 -c \"import json,sys; p='{G}'; d=json.load(open(p)); d['quotes'][0]['type']='indirect'; open(p,'w').write(json.dumps(d))\"; wait $P",
    check=all_of(no_process_left, run_whole_or_absent()),
)
case(
    "run gold: a gold file removed while the run reads it",
    ["x"],
    expect="gold-change",
    shell=f"{KRUN} & P=$!; sleep 1.2; rm {G2}; wait $P",
    check=all_of(no_process_left, run_whole_or_absent()),
)
case(
    "run gold: a gold file with a 40 MB string field",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    expect="any",
    timeout=150,
    setup=edit_json(G, lambda d: d.setdefault("meta", {}).__setitem__("note", "x" * 40_000_000)),
)
case(
    "run gold: a gold file padded to 60 MB of spaces",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    expect="any",
    timeout=150,
    setup=edit_bytes(G, lambda b: b.rstrip() + b" " * 60_000_000 + b"\n"),
)
case(
    "run gold: a gold file replaced by a symlink to a copy outside",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    expect="any",
    setup=lambda ws: (
        (ws.parent / "outside.json").write_bytes((ws / G).read_bytes()),
        (ws / G).unlink(),
        (ws / G).symlink_to(ws.parent / "outside.json"),
    ),
)
case(
    "run gold: a gold file replaced by a symlink to /dev/zero",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    timeout=60,
    setup=lambda ws: ((ws / G).unlink(), (ws / G).symlink_to("/dev/zero")),
    check=all_of(absent("eval/runs/k"), says(DOC)),
)
case(
    "run gold: a FIFO in the gold folder",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    timeout=60,
    setup=lambda ws: os.mkfifo(ws / "annotations/gold/fifo.json"),
    check=all_of(absent("eval/runs/k"), says("fifo.json")),
)
case(
    "run gold: a gold file that is a symlink loop",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    setup=lambda ws: (ws / "annotations/gold/loop.json").symlink_to(ws / "annotations/gold/loop.json"),
    check=all_of(absent("eval/runs/k"), says("loop.json")),
)
case(
    "run gold: a folder named x.json in the gold folder",
    ["NG", "run", "--run-id", "k", "--no-progress", "--only", "quotes@2"],
    expect="any",
    setup=lambda ws: (ws / "annotations/gold/x.json").mkdir(),
    check=lambda ws, rc, out, err: None if rc == 0 or "x.json" in err else "the message does not name x.json",
)
case(
    "run gold: TMPDIR is full (the stored gold lines)",
    ["x"],
    expect="any",
    shell=f"mkdir -p t && mount -t tmpfs -o size=4k tmpfs t && TMPDIR=$PWD/t {KRUN}; E=$?; umount -l t; exit $E",
    check=all_of(no_process_left, run_whole_or_absent()),
)

# ================================================================ HTML import
H = "page.html"
case("html: no body", [*IM, H], setup=write(H, "<html><head><title>Only a head</title></head></html>"), check=all_of(corpus_same, says(H)))
case(
    "html: only navigation links",
    [*IM, H],
    expect="any",
    setup=write(H, page("<nav><ul>" + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(30)) + "</ul></nav>")),
    check=lambda ws, rc, out, err: (
        "exit 0 but nothing of the page is body text"
        if rc == 0 and any("Section 3" in d["text"] and "Section 29" in d["text"] for d in docs(ws).values())
        else None
    ),
)
case("html: an empty file", [*IM, H], setup=write(H, b""), check=all_of(corpus_same, says(H)))
case(
    "html: a 30 MB page",
    [*IM, H],
    expect="any",
    timeout=240,
    setup=write(H, page("<article>" + "<p>A sentence of the very long article, said the editor.</p>" * 520_000 + "</article>")),
    check=lambda ws, rc, out, err: None if rc != 0 or "page" in docs(ws) else "exit 0 but no document",
)
case(
    "html: meta says utf-8, bytes are Latin-1",
    [*IM, H],
    setup=write(H, page("<p>Le caf\xe9 est ferm\xe9, dit le ministre en conf\xe9rence de presse ce matin.</p>" * 3).encode("latin-1")),
    check=all_of(corpus_same, says(f"{H}:1:", "0xe9")),
)
case(
    "html: meta says iso-8859-1, bytes are UTF-8 (mojibake cannot be told)",
    [*IM, H],
    expect="any",
    setup=write(
        H, page("<p>Le café est fermé, dit le ministre en conférence de presse ce matin.</p>" * 3, charset="iso-8859-1").encode("utf-8")
    ),
)
case(
    "html: an unknown charset name",
    [*IM, H],
    setup=write(H, page("<p>Body text of the article, long enough to be the body of it.</p>", charset="x-no-such-charset").encode()),
    check=all_of(corpus_same, says(H)),
)
case(
    "html: <script> and <style> text is not body",
    [*IM, H],
    expect="ok",
    setup=write(H, page("<script>var q = '“not a quote”';</script><style>p{color:red}</style>" + ART)),
    check=doc_with("page", contains=["Paragraph 0"], lacks=["not a quote", "color:red"]),
)
case(
    "html: entities decoded once (&amp;amp; stays &amp;)",
    [*IM, H],
    expect="ok",
    setup=write(
        H,
        page(
            "<article><h1>T</h1>"
            + "<p>Smith &amp; Jones said &ldquo;no&rdquo; &#8212; and &amp;amp; is literal, said the long paragraph here.</p>" * 3
            + "</article>"
        ),
    ),
    check=doc_with("page", contains=["Smith & Jones said “no” — and &amp; is literal"]),
)
case(
    "html: <br> is a line break, </p><p> a blank line",
    [*IM, H],
    expect="ok",
    setup=write(
        H,
        page(
            "<article><h1>T</h1><p>First line of the article body here.<br>Second line of the same paragraph here.</p><p>Another paragraph of the article body, long enough.</p><p>And one more paragraph of the article body text.</p></article>"
        ),
    ),
    check=doc_with("page", contains=["here.\nSecond line", "here.\n\nAnother paragraph"]),
)
EMO = "“We will talk,” 👩‍👩‍👧 said the minister 🇮🇷 in Muscat, ‘today’ — e\u0301te\u0301."
case(
    "html: emoji, a flag, curly quotes and combining marks kept",
    [*IM, H],
    expect="ok",
    setup=write(H, page("<article><h1>T</h1>" + f"<p>{EMO}</p>" * 4 + "</article>")),
    check=doc_with("page", contains=[EMO]),
)
case(
    "html: a txt and an html with one stem in one folder",
    [*IM, "in"],
    setup=many(write("in/a.txt", "Plain text of a."), write("in/a.html", page(ART))),
    check=all_of(corpus_same, says("a.txt", "a.html")),
)
case(
    "html: a.html given twice on the command line",
    [*IM, "a.html", "a.html"],
    expect="any",
    setup=write("a.html", page(ART)),
    check=lambda ws, *a: None if sum(1 for d in docs(ws) if d.startswith("a")) <= 1 else "imported twice",
)
case(
    "html: a truncated .html.gz",
    [*IM, "p.html.gz"],
    setup=write("p.html.gz", gzip.compress(page(ART).encode())[:60]),
    check=all_of(corpus_same, says("p.html.gz")),
)
case(
    "html: a .html.gz that is not gzip",
    [*IM, "p.html.gz"],
    setup=write("p.html.gz", page(ART)),
    check=all_of(corpus_same, says("p.html.gz")),
)
case(
    "html: a NUL byte in the body",
    [*IM, H],
    setup=write(H, page("<article><h1>T</h1><p>Body with a NUL \x00 in the middle of the paragraph text here.</p>" * 3 + "</article>")),
    check=all_of(corpus_same, says(H)),
)
case(
    "html: UTF-16 with BOM",
    [*IM, H],
    expect="any",
    setup=write(H, page(ART, charset="utf-16").encode("utf-16")),
    check=lambda ws, rc, *a: (
        None if rc != 0 or doc_with("page", contains=["Paragraph 0"])(ws) is None else doc_with("page", contains=["Paragraph 0"])(ws)
    ),
)
case(
    "html: 100,000 nested <div>s",
    [*IM, H],
    expect="any",
    timeout=120,
    setup=write(H, page("<div>" * 100_000 + "<p>Deep paragraph of text, long enough for a body here.</p>" + "</div>" * 100_000)),
)
case(
    "html: upper-case extension PAGE.HTML",
    [*IM, "PAGE.HTML"],
    expect="any",
    setup=write("PAGE.HTML", page(ART)),
    check=lambda ws, rc, out, err: (
        None if rc != 0 or any("Paragraph 0" in d["text"] for d in docs(ws).values()) else "exit 0 and no body imported"
    ),
)
case(
    "html: a lone surrogate as a character reference (&#xD800;)",
    [*IM, H],
    expect="any",
    setup=write(
        H, page("<article><h1>T</h1>" + "<p>Bad &#xD800; reference inside the paragraph of the article text.</p>" * 3 + "</article>")
    ),
)
case(
    "html: a CRLF page (line breaks inside paragraphs)",
    [*IM, H],
    expect="ok",
    setup=write(
        H,
        page(
            "<article><h1>T</h1>" + "<p>One line\r\nwraps in the source of this paragraph of the article.</p>" * 3 + "</article>"
        ).encode(),
    ),
    check=doc_with("page", contains=["One line"], lacks=["\r"]),
)

# ================================================================ sub-folder walking
case(
    "folder: a symlink loop inside",
    [*IM, "in"],
    expect="ok",
    setup=many(write("in/a.txt", "A text."), lambda ws: (ws / "in/sub").mkdir(), lambda ws: (ws / "in/sub/loop").symlink_to(ws / "in")),
    check=doc_with("a", text="A text."),
)
case(
    "folder: hidden folders are not walked",
    [*IM, "in"],
    expect="ok",
    setup=many(write("in/a.txt", "A text."), write("in/.git/objects/b.txt", "Not a document.")),
    check=lambda ws, *a: ("b" in docs(ws) and "hidden folder imported") or doc_with("a")(ws),
)
case(
    "folder: 10,000 tiny files",
    [*IM, "in"],
    expect="ok",
    timeout=240,
    setup=lambda ws: [
        (ws / "in" / f"d{i // 1000}").mkdir(parents=True, exist_ok=True)
        or (ws / "in" / f"d{i // 1000}" / f"f{i:05d}.txt").write_text(f"T{i}.")
        for i in range(10_000)
    ],
    check=lambda ws, *a: None if len(docs(ws)) == 10_002 else f"{len(docs(ws))} documents",
)
case(
    "folder: a .txt that is a FIFO",
    [*IM, "in"],
    timeout=60,
    setup=many(write("in/a.txt", "A text."), lambda ws: os.mkfifo(ws / "in/b.txt")),
    check=all_of(corpus_same, says("b.txt")),
)
case(
    "folder: a .txt that is a symlink to /dev/zero",
    [*IM, "in"],
    timeout=60,
    setup=many(write("in/a.txt", "A text."), lambda ws: (ws / "in/z.txt").symlink_to("/dev/zero")),
    check=all_of(corpus_same, says("z.txt")),
)
case(
    "folder: a dangling symlink .txt",
    [*IM, "in"],
    expect="any",
    setup=many(write("in/a.txt", "A text."), lambda ws: (ws / "in/gone.txt").symlink_to(ws / "nowhere.txt")),
    check=lambda ws, rc, out, err: (
        None if (rc != 0 and "gone.txt" in err) or (rc == 0 and "gone.txt" in err) else "the dangling link is not named"
    ),
)
case(
    "folder: a folder named x.txt inside",
    [*IM, "in"],
    expect="any",
    setup=many(write("in/a.txt", "A text."), write("in/x.txt/c.txt", "C text.")),
)
case(
    "folder: one file of Latin-1 among 500",
    [*IM, "in"],
    setup=many(*(write(f"in/f{i:03d}.txt", f"Text {i}.") for i in range(500)), write("in/f250.txt", b"caf\xe9")),
    check=all_of(corpus_same, says("f250.txt", "line")),
)
case(
    "folder: the workspace itself",
    [*IM, "."],
    check=all_of(corpus_same, says("the workspace's own")),  # refused for what it is, not by chance (two reports' ids)
)

# ================================================================ the import lock
case(
    "lock: an html folder and a jsonl imported at once",
    ["x"],
    expect="ok",
    timeout=150,
    shell="NG import --no-progress in & A=$!; NG import --no-progress b.jsonl; B=$?; wait $A; exit $(( $? | B ))",
    setup=many(
        *(write(f"in/p{i}.html", page(ART)) for i in range(40)),
        write("b.jsonl", jl(*({"doc_id": f"b{i}", "text": f"B{i}."} for i in range(2000)))),
    ),
    check=lambda ws, *a: None if len(docs(ws)) == 2 + 40 + 2000 else f"{len(docs(ws))} documents, expected {2 + 40 + 2000}",
)
for t in (0.8, 1.5):
    case(
        f"lock: an import killed (-9) holding the lock after {t}s, then another import",
        [*IM, "big.jsonl"],
        sigint_after=t,
        sig="KILL",
        expect="any",
        setup=many(BIGJ(), LATE),
        check=after_kill_import_works,
    )
case(
    "lock: an import stopped (SIGSTOP) holding the lock: the second says it waits",
    ["x"],
    expect="any",
    timeout=60,
    shell="NG import --no-progress big.jsonl & P=$!; sleep 1.5; kill -STOP $P; timeout 8 NG import --no-progress late.jsonl; R=$?; kill -CONT $P; wait $P; exit $R",
    setup=many(BIGJ(), LATE),
    check=lambda ws, rc, out, err: (
        None if "wait" in err.lower() or "late" in docs(ws) else "the second import neither waited visibly nor ran"
    ),
)
case(
    "lock: three imports of one file at once",
    ["x"],
    expect="any",
    timeout=120,
    shell="NG import --no-progress a.jsonl & NG import --no-progress a.jsonl & NG import --no-progress a.jsonl; wait",
    setup=write("a.jsonl", jl(*({"doc_id": f"a{i}", "text": f"A{i}."} for i in range(1000)))),
    check=lambda ws, *a: None if len(docs(ws)) == 1002 else f"{len(docs(ws))} documents, expected 1002",
)

# ================================================================ --engine dask
DASK = ["NG", "run", "--run-id", "d", "--no-progress", "--no-cache", "--engine", "dask", "--only", "quotes@2"]
case(
    "dask: --scheduler at a closed port",
    [*DASK, "--scheduler", "tcp://127.0.0.1:9"],
    timeout=120,
    check=all_of(absent("eval/runs/d"), says("127.0.0.1:9")),
)
case(
    "dask: --scheduler not an address",
    [*DASK, "--scheduler", "not an address"],
    timeout=120,
    check=all_of(absent("eval/runs/d"), says("not an address")),
)
case("dask: --scheduler http:// URL", [*DASK, "--scheduler", "http://127.0.0.1:8787/status"], timeout=120, check=absent("eval/runs/d"))
case("dask: --scheduler port out of range", [*DASK, "--scheduler", "tcp://127.0.0.1:99999"], timeout=120, check=absent("eval/runs/d"))
case("dask: --workers 0", [*DASK, "--workers", "0"], timeout=120, check=all_of(absent("eval/runs/d"), says("workers")))
case("dask: --workers -3", [*DASK, "--workers", "-3"], timeout=120, check=all_of(absent("eval/runs/d"), says("workers")))
case(
    "dask: --scheduler with --engine local",
    ["NG", "run", "--run-id", "d", "--no-progress", "--scheduler", "tcp://127.0.0.1:9"],
    timeout=120,
    check=absent("eval/runs/d"),
)
case(
    "run: --partition-size 0",
    ["NG", "run", "--run-id", "d", "--no-progress", "--partition-size", "0"],
    check=all_of(absent("eval/runs/d"), says("partition")),
)
case(
    "dask: a worker killed (-9) mid-run",
    ["x"],
    expect="any",
    timeout=240,
    shell=(
        "NG run --run-id d --no-progress --no-cache --engine dask --workers 2 --partition-size 1 & P=$!; sleep 9; "
        "for c in $(cat /proc/$P/task/*/children); do for g in $(cat /proc/$c/task/*/children 2>/dev/null); do kill -9 $g; break 2; done; done; wait $P"
    ),
    check=all_of(no_process_left, run_whole_or_absent("eval/runs/d")),
)

# ================================================================ align: text-only spans
EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]


def text_quotes(*qs, doc=DOC):
    items = [
        dict({"id": f"q{i}", "type": "direct", "source": {"span": None, "entity": None}, "cue": None}, **q) for i, q in enumerate(qs, 1)
    ]
    return write("p.jsonl", jl({"doc_id": doc, "quotes": items}, {"doc_id": DOC2 if doc == DOC else DOC, "quotes": []}))


def out_quotes(ws):
    for line in (ws / "o.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["doc_id"] == DOC:
            return d["quotes"]
    return None


def unaligned_kept(ws, rc, out, err):
    if rc != 0:
        return None if "content_text" in err else "the message does not name content_text"
    qs = out_quotes(ws) if (ws / "o.jsonl").exists() else None
    return None if qs and qs[0]["content"] == [] else f"the item was not kept without its span: {qs}"


case("align: empty content_text", EX, expect="any", setup=text_quotes({"content_text": ""}), check=unaligned_kept)
case("align: content_text longer than the text", EX, expect="any", setup=text_quotes({"content_text": "x" * 200_000}), check=unaligned_kept)
case("align: content_text only whitespace", EX, expect="any", setup=text_quotes({"content_text": " \n\t \u00a0"}), check=unaligned_kept)
case("align: content_text a list with an empty string", EX, expect="any", setup=text_quotes({"content_text": ["negotiations", ""]}))
case(
    "align: content_text a list of numbers",
    EX,
    setup=text_quotes({"content_text": [1, 2]}),
    check=all_of(absent("o.jsonl"), says("content_text")),
)
case("align: content_text null", EX, expect="any", setup=text_quotes({"content_text": None}))
case(
    "align: cue_text a number",
    EX,
    setup=text_quotes({"content_text": "negotiations", "cue_text": 5}),
    check=all_of(absent("o.jsonl"), says("cue_text")),
)
case(
    "align: a repeated string, three quotes",
    EX,
    expect="ok",
    setup=text_quotes({"content_text": "negotiations"}, {"content_text": "negotiations"}, {"content_text": "negotiations"}),
    check=lambda ws, *a: (
        None if len({tuple(map(tuple, q["content"])) for q in out_quotes(ws)}) == 3 else "repeated strings took the same span"
    ),
)


def nfd_doc(ws):
    with open(ws / CORPUS, "a", encoding="utf-8") as fh:
        t = "Le ministre a déclaré: « l'été sera calme »."
        import hashlib

        fh.write(
            json.dumps(
                {"doc_id": "nfd", "text": t, "sha256": hashlib.sha256(t.encode()).hexdigest(), "n_chars": len(t)}, ensure_ascii=False
            )
            + "\n"
        )


case(
    "align: an NFD string on an NFC text",
    EX,
    expect="ok",
    setup=many(
        nfd_doc,
        write(
            "p.jsonl",
            jl(
                {
                    "doc_id": "nfd",
                    "quotes": [
                        {
                            "id": "q1",
                            "type": "direct",
                            "content_text": "l'e\u0301te\u0301 sera calme",
                            "source": {"span": None, "entity": None},
                            "cue": None,
                        }
                    ],
                },
                {"doc_id": DOC, "quotes": []},
                {"doc_id": DOC2, "quotes": []},
            ),
        ),
    ),
    check=lambda ws, *a: next(
        (
            None if d["quotes"][0]["content"] == [[25, 41]] else f"content {d['quotes'][0]['content']}"
            for d in map(json.loads, (ws / "o.jsonl").read_text().splitlines())
            if d["doc_id"] == "nfd"
        ),
        "no nfd document",
    ),
)
case(
    "align: a lone surrogate in content_text",
    EX,
    setup=write(
        "p.jsonl",
        '{"doc_id": "DOC", "quotes": [{"id": "q1", "type": "direct", "content_text": "neg\\ud800", "source": {"span": null, "entity": null}, "cue": null}]}\n'.replace(
            "DOC", DOC
        ),
    ),
    check=absent("o.jsonl"),
)
case(
    "align: both content and content_text, disagreeing",
    EX,
    expect="any",
    setup=text_quotes({"content": [[0, 5]], "content_text": "negotiations"}),
)
case(
    "align: score --pred of text-only spans",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    expect="ok",
    setup=text_quotes({"content_text": "No negotiations are"}),
)

# ================================================================ score on huge and odd inputs
SC = ["NG", "score", "--bootstrap", "0"]
case(
    "score: a 2 GB line of spaces in --pred",
    [*SC, "--pred", "p.jsonl"],
    timeout=300,
    shell=None,
    setup=lambda ws: subprocess.run(
        f"(printf '{{\"doc_id\": \"{DOC}\", \"quotes\": ['; head -c 2100000000 /dev/zero | tr '\\0' ' '; printf ']}}\\n') > {ws}/p.jsonl",
        shell=True,
        check=True,
    ),
    expect="any",
    check=lambda ws, *a: (ws / "p.jsonl").unlink(),
)
case("score: --pred /dev/zero", [*SC, "--pred", "/dev/zero"], timeout=60, check=says("/dev/zero"))
case(
    "score: --pred a FIFO nobody writes",
    [*SC, "--pred", "fifo.jsonl"],
    timeout=40,
    setup=lambda ws: os.mkfifo(ws / "fifo.jsonl"),
    check=says("fifo.jsonl"),
)


def million_gold(ws):
    with open(ws / "g.jsonl", "w") as fh:
        for i in range(1_000_000):
            fh.write(f'{{"doc_id": "d{i}", "quotes": []}}\n')


case(
    "score: 1e6 gold lines of documents not in the corpus",
    [*SC, "--gold", "g.jsonl", "--pred", r4.PRED],
    timeout=240,
    setup=million_gold,
    check=all_of(says("d0"), quiet_err(250)),
)
case(
    "score: one document twice in a gold .jsonl",
    [*SC, "--gold", "g.jsonl", "--pred", r4.PRED],
    setup=lambda ws: (ws / "g.jsonl").write_text(
        "\n".join(
            [(ws / G).read_text().replace("\n", " "), (ws / G).read_text().replace("\n", " "), (ws / G2).read_text().replace("\n", " ")]
        )
        + "\n"
    ),
    check=says("g.jsonl", DOC),
)
case(
    "score: a gold folder whose two files hold the same doc_id",
    [*SC, "--gold", "gg", "--pred", r4.PRED],
    setup=lambda ws: (
        (ws / "gg").mkdir(),
        (ws / "gg/a.json").write_bytes((ws / G).read_bytes()),
        (ws / "gg/b.json").write_bytes((ws / G).read_bytes()),
    ),
    check=says("a.json", "b.json"),
)
case(
    "score: gold file name and doc_id disagree",
    [*SC, "--gold", "gg", "--pred", r4.PRED],
    expect="any",
    setup=lambda ws: ((ws / "gg").mkdir(), (ws / "gg/other-name.json").write_bytes((ws / G).read_bytes())),
)
case(
    "score: --pred with 1e6 lines of one unknown doc id",
    [*SC, "--pred", "p.jsonl"],
    timeout=240,
    setup=lambda ws: (ws / "p.jsonl").write_text('{"doc_id": "nope", "quotes": []}\n' * 1_000_000),
    check=quiet_err(250),
)
case(
    "score: --documents with 100,000 ids and no gold for them",
    [*SC, "--documents", "docs.jsonl", "--gold", G, "--pred", r4.PRED],
    timeout=240,
    expect="any",
    setup=lambda ws: (ws / "docs.jsonl").write_text("".join(f'{{"doc_id": "d{i}", "text": "T."}}\n' for i in range(100_000))),
    check=all_of(
        quiet_err(250), lambda ws, rc, out, err: None if len(err) < 5000 else f"{len(err):,} characters on stderr for one problem"
    ),
)
case("score: -o and --errors the same file", [*SC, "--pred", r4.PRED, "-o", "same.txt", "--errors", "same.txt"], check=absent("same.txt"))
case("score: -o a folder", [*SC, "--pred", r4.PRED, "-o", "adir"], setup=lambda ws: (ws / "adir").mkdir(), check=says("adir"))
