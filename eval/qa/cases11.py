"""Round 11 of the adversarial cases (``python eval/qa/harness.py --round 11``): what rounds 4-10 touched least.

File names that are not UTF-8 (a Latin-1 ``caf\\xe9.txt`` from an old archive) through ``import``,
``score -o``, ``extract -o`` and ``export``; workspace files that are named pipes or links to
``/dev/zero`` (``newsgold.toml``, the corpus file, a suite, a registry); ``import --replace`` over
annotation files that are not UTF-8, a FIFO or a link; every command with no arguments and bad
option values (exit 2); pipes closed early on other commands; the environment (``HOME`` unset,
``TZ`` odd, ``LC_ALL=C`` without UTF-8 mode); SIGKILL and SIGTERM during ``import``, ``score``,
``rescore``, ``extract``, ``export`` and ``compare``; two ``import --replace`` at once; full
tmpfs under ``init`` and ``export``; text-only spans on right-to-left text (direction marks,
zero-width non-joiners), word joiners, the modifier apostrophe, ligatures and hyphenation;
predictions whose offsets were counted in UTF-16 code units or bytes.
round11.md is the table of the round.
"""

import hashlib
import json
import os
import shutil

import cases10 as r10  # round 10's helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, QA, case

del CASES[:]
r9, r7, r6, r5, r4 = r10.r9, r10.r7, r10.r6, r10.r5, r10.r4
write, many, jl = r4.write, r4.many, r5.jl
all_of, says, absent, mount_tmpfs, unmount = r6.all_of, r6.says, r6.absent, r6.mount_tmpfs, r6.unmount
corpus_same, docs, exit_code = r5.corpus_same, r9.docs, r9.exit_code
strays_of, gold_same, n_docs, not_said, file_exists = r7.strays_of, r10.gold_same, r10.n_docs, r10.not_said, r10.file_exists
IM = ["NG", "import", "--no-progress"]
EX = ["NG", "extract", "file:p.jsonl", "-o", "o.jsonl"]
PRED = "eval/runs/base/quotes-v2/predictions.jsonl"
RUN2, RUN3 = "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3"
LATIN1 = "$(printf 'caf\\xe9')"  # a shell word: the bytes c a f 0xE9 (not UTF-8)


def no_traceback_anywhere(ws, rc, out, err):
    return "a traceback" if "Traceback" in out + err else None


def latin1_file(name: bytes, content: str):
    def setup(ws):
        (ws / os.fsdecode(name)).write_text(content, encoding="utf-8")

    return setup


def latin1_folder(ws):
    d = ws / "old"
    d.mkdir()
    (d / os.fsdecode(b"caf\xe9.txt")).write_text("He said the caf\u00e9 would open.", encoding="utf-8")
    (d / "plain.txt").write_text("A plain text of some length.", encoding="utf-8")


def source_files_utf8(ws, *a):
    """Every stored source_file is valid text (the corpus reads back)."""
    try:
        got = docs(ws)
    except (UnicodeDecodeError, ValueError) as e:
        return f"the corpus does not read back: {e}"
    bad = [d for d, r in got.items() if any(0xD800 <= ord(c) <= 0xDFFF for c in r.get("source_file") or "")]
    return f"source_file with surrogates: {bad}" if bad else None


def copy_pred(name: bytes):
    def setup(ws):
        shutil.copy(ws / PRED, ws / os.fsdecode(name))

    return setup


def fifo(rel):
    def setup(ws):
        p = ws / rel
        if p.exists() or p.is_symlink():
            p.unlink()
        p.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(p)

    return setup


def link_to(rel, target):
    def setup(ws):
        p = ws / rel
        if p.exists() or p.is_symlink():
            p.unlink()
        p.symlink_to(target)

    return setup


def imported_doc(ws):
    """A document ``a`` with gold and a pass (for --replace), and a changed text for it in a.txt."""
    text = "First text here, said he."
    r5_line = {
        "doc_id": "a",
        "text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "n_chars": len(text),
        "source_file": "a.txt",
    }
    with (ws / r5.CORPUS).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(r5_line, ensure_ascii=False) + "\n")
    empty = {"doc_id": "a", "quotes": [], "claims": [], "stances": []}
    (ws / "annotations/gold/a.json").write_text(json.dumps(empty), encoding="utf-8")
    (ws / "annotations/passes/annotator-a/a.json").write_text(json.dumps(empty), encoding="utf-8")
    (ws / "a.txt").write_text("Second text here, said she.", encoding="utf-8")


def utf16(rel):
    def setup(ws):
        p = ws / rel
        p.write_bytes(p.read_text(encoding="utf-8").encode("utf-16"))

    return setup


def text_of(doc_id, want):
    def check(ws, *a):
        got = docs(ws).get(doc_id)
        return (
            None if got and got["text"] == want else f"text of {doc_id!r} is {(got or {}).get('text', '')[:40]!r}, expected {want[:40]!r}"
        )

    return check


def one_replaced_dir(ws, *a):
    rep = ws / "annotations/.replaced"
    moved = [p for p in rep.rglob("*.json")] if rep.is_dir() else []
    return None if len(moved) in (0, 2, 4) else f"{len(moved)} files under .replaced (expected whole pairs)"


def corpus_old_or_new_and_next_import_clean(src, n_new):
    def check(ws, *a):
        got = len(docs(ws)) - len(docs(QA / "ws"))
        if got not in (0, n_new):
            return f"{got} documents added, expected 0 or {n_new} (a mix)"
        nxt = r7.ng(ws, "import", "--no-progress", src)
        if nxt.returncode:
            return "the next import fails: " + nxt.stderr[-200:]
        left = strays_of(ws)
        return f"temporaries left after the next import: {left[:3]}" if left else None

    return check


def file_old_or_new(rel, old_bytes_of=None):
    """``rel`` holds its old bytes or a whole new file (never a part); no temporary left after the next command."""

    def check(ws, *a):
        p = ws / rel
        if not p.exists():
            return None
        data = p.read_bytes()
        if old_bytes_of and data == (ws / old_bytes_of).read_bytes():
            return None
        if rel.endswith(".json") or rel.endswith(".jsonl"):
            try:
                if rel.endswith(".json"):
                    json.loads(data)
                else:
                    [json.loads(line) for line in data.decode().splitlines() if line.strip()]
            except ValueError as e:
                return f"{rel} is a part of a file: {e}"
        elif rel.endswith(".html") and not data.rstrip().endswith(b"</html>"):
            return f"{rel} is a part of a file (no </html>)"
        elif rel.endswith(".md") and not data.endswith(b"\n"):
            return f"{rel} is a part of a file"
        return None

    return check


def then_clean(*args):
    """The next command (args) succeeds and leaves no temporary."""

    def check(ws, *a):
        nxt = r7.ng(ws, *args)
        if nxt.returncode:
            return f"the next `{' '.join(args)}` fails: " + nxt.stderr[-200:]
        left = strays_of(ws)
        return f"temporaries left after the next command: {left[:3]}" if left else None

    return check


# ================================================================ file names that are not UTF-8
case(
    "latin-1 name: import a folder holding caf\\xe9.txt",
    [],
    expect="ok",
    shell="NG import --no-progress old",
    setup=latin1_folder,
    check=all_of(n_docs(2), source_files_utf8, says("caf\\xe9.txt")),
)
case(
    "latin-1 name: import caf\\xe9.txt given by name",
    [],
    expect="ok",
    shell=f'NG import --no-progress "{LATIN1}.txt"',
    setup=latin1_file(b"caf\xe9.txt", "He said the caf\u00e9 would open."),
    check=all_of(n_docs(1), source_files_utf8),
)
case(
    "latin-1 name: import caf\\xe9.jsonl",
    [],
    expect="ok",
    shell=f'NG import --no-progress "{LATIN1}.jsonl"',
    setup=latin1_file(b"caf\xe9.jsonl", jl({"text": "A record without an id or a title."})),
    check=all_of(n_docs(1), source_files_utf8),
)
case(
    "latin-1 name: import caf\\xe9.csv",
    [],
    expect="ok",
    shell=f'NG import --no-progress "{LATIN1}.csv"',
    setup=latin1_file(b"caf\xe9.csv", "text\nA row of the table.\n"),
    check=all_of(n_docs(1), source_files_utf8),
)
for fmt in ("html", "markdown", "json"):
    case(
        f"latin-1 name: score --pred caf\\xe9.jsonl --format {fmt} -o r.{fmt}",
        [],
        expect="ok",
        shell=f'NG score --pred "{LATIN1}.jsonl" --bootstrap 0 --format {fmt} -o r.{fmt}',
        setup=copy_pred(b"caf\xe9.jsonl"),
        check=file_exists(f"r.{fmt}"),
    )
case(
    "latin-1 name: score -o caf\\xe9.md",
    [],
    expect="ok",
    shell=f'NG score --pred {PRED} --bootstrap 0 --format markdown -o "{LATIN1}.md"',
    check=file_exists(os.fsdecode(b"caf\xe9.md")),
)
case(
    "latin-1 name: extract file:caf\\xe9.jsonl -o o.jsonl",
    [],
    expect="ok",
    shell=f'NG extract "file:{LATIN1}.jsonl" -o o.jsonl',
    setup=copy_pred(b"caf\xe9.jsonl"),
    check=file_exists("o.jsonl"),
)
case("latin-1 name: export caf\\xe9 (a folder)", [], expect="any", shell=f'NG export --no-progress "{LATIN1}"', check=no_traceback_anywhere)
case(
    "latin-1 name: the workspace's own folder is caf\\xe9: run, then score -o r.html",
    [],
    expect="ok",
    wsname=os.fsdecode(b"caf\xe9"),
    shell="NG run --run-id a --no-progress --only quotes@2 && NG score --pred eval/runs/a/quotes-v2/predictions.jsonl --bootstrap 0 -o r.html",
    check=file_exists("r.html"),
)
case(
    "latin-1 name: LC_ALL=C PYTHONUTF8=0 (no UTF-8 mode), import \u00fc.txt (a UTF-8 name read as ASCII)",
    [],
    expect="ok",
    shell="LC_ALL=C PYTHONUTF8=0 NG import --no-progress \u00fc.txt",
    setup=write("\u00fc.txt", "A text under a C locale."),
    check=all_of(n_docs(1), source_files_utf8),
)

# ================================================================ workspace files that are not files
ULIMIT = "ulimit -v 3000000; "  # a link to /dev/zero read whole fills the memory: bounded here
case("fifo: newsgold.toml a named pipe, validate", ["NG", "validate"], timeout=30, setup=fifo("newsgold.toml"), check=says("newsgold.toml"))
case(
    "fifo: newsgold.toml a named pipe, run",
    ["NG", "run", "--run-id", "f", "--no-progress", "--only", "quotes@2"],
    timeout=30,
    setup=fifo("newsgold.toml"),
    check=all_of(says("newsgold.toml"), absent("eval/runs/f")),
)
case(
    "fifo: corpus/data/documents.jsonl a named pipe, run",
    ["NG", "run", "--run-id", "f", "--no-progress", "--only", "quotes@2"],
    timeout=30,
    setup=fifo("corpus/data/documents.jsonl"),
    check=all_of(says("documents.jsonl"), absent("eval/runs/f")),
)
case(
    "fifo: eval/suites/default.toml a named pipe, run (recorded: read as empty)",
    ["NG", "run", "--run-id", "f", "--no-progress"],
    timeout=30,
    setup=fifo("eval/suites/default.toml"),
    check=all_of(says("default.toml"), absent("eval/runs/f")),
)
case(
    "fifo: annotations/entities.json a named pipe, validate",
    ["NG", "validate"],
    timeout=30,
    setup=fifo("annotations/entities.json"),
    check=says("entities.json"),
)
case(
    "zero: newsgold.toml a link to /dev/zero, validate",
    [],
    timeout=60,
    shell=ULIMIT + "NG validate",
    setup=link_to("newsgold.toml", "/dev/zero"),
    check=all_of(says("newsgold.toml"), not_said("MemoryError")),
)
case(
    "zero: corpus/data/documents.jsonl a link to /dev/zero, run",
    [],
    timeout=60,
    shell=ULIMIT + "NG run --run-id z --no-progress --only quotes@2",
    setup=link_to("corpus/data/documents.jsonl", "/dev/zero"),
    check=all_of(says("documents.jsonl"), not_said("MemoryError"), absent("eval/runs/z")),
)
case(
    "zero: a suite a link to /dev/zero, run it",
    [],
    timeout=60,
    shell=ULIMIT + "NG run eval/suites/z.toml --run-id z --no-progress",
    setup=link_to("eval/suites/z.toml", "/dev/zero"),
    check=all_of(says("z.toml"), not_said("MemoryError")),
)

# ================================================================ import --replace over odd annotation files
REPLACE = [*IM, "--replace", "a.txt"]
case(
    "replace: the document's gold saved as UTF-16",
    REPLACE,
    setup=many(imported_doc, utf16("annotations/gold/a.json")),
    check=all_of(says("annotations/gold/a.json", "UTF-8"), text_of("a", "First text here, said he."), absent("annotations/.replaced")),
)
case(
    "replace: the document's pass file not UTF-8 (Latin-1 bytes)",
    REPLACE,
    setup=many(imported_doc, write("annotations/passes/annotator-a/a.json", b'{"doc_id": "a", "note": "caf\xe9"}')),
    check=all_of(says("annotator-a/a.json"), text_of("a", "First text here, said he.")),
)
case(
    "replace: the document's pass file a named pipe (recorded)",
    REPLACE,
    expect="gold-change",
    timeout=30,
    setup=many(imported_doc, fifo("annotations/passes/annotator-a/a.json")),
    check=no_traceback_anywhere,
)
case(
    "replace: the document's gold a link to a copy outside the workspace (recorded: the copy is kept)",
    REPLACE,
    expect="gold-change",
    setup=many(
        imported_doc,
        lambda ws: (ws.parent / "outside.json").write_text((ws / "annotations/gold/a.json").read_text()),
        link_to("annotations/gold/a.json", "../../../outside.json"),
    ),
    check=lambda ws, *a: None if (ws.parent / "outside.json").is_file() else "the file outside was removed",
)
case(
    "replace: two import --replace of the same document at once",
    REPLACE,
    expect="gold-change",
    parallel=2,
    setup=imported_doc,
    check=all_of(text_of("a", "Second text here, said she."), one_replaced_dir),
)

# ================================================================ CLI: no arguments, bad values, pipes
NOARGS = "show export score agreement adjudicate rescore compare extract 'ls pull' 'ls curate' 'ls serve-model' 'ls export-tasks'"
case(
    "cli: every command that needs arguments, with none: exit 2, no traceback",
    [],
    shell=f'for c in {NOARGS}; do NG $c > /dev/null 2>/tmp/ng11-noargs; rc=$?; [ $rc = 2 ] || {{ echo "$c: exit $rc" >&2; exit 1; }}; grep -q Traceback /tmp/ng11-noargs && {{ echo "$c: traceback" >&2; exit 1; }}; done; exit 3',
    check=exit_code(3),
)
for args, word in (
    (["run", "--jobs", "abc"], "--jobs"),
    (["run", "--partition-size", "1e3"], "--partition-size"),
    (["score", "--pred", PRED, "--seed", "abc"], "--seed"),
    (["score", "--pred", PRED, "--bootstrap", "1.5"], "--bootstrap"),
    (["compare", RUN2, RUN3, "--alpha", "x"], "--alpha"),
    (["status", "--ls-timeout", "soon"], "--ls-timeout"),
):
    case(f"cli: {' '.join(args[:1] + args[-2:])}", ["NG", *args], check=all_of(exit_code(2), says(word)))
case("cli: run --only ''", ["NG", "run", "--run-id", "o", "--no-progress", "--only", ""], check=all_of(absent("eval/runs/o")))
case("cli: score --scheme ''", ["NG", "score", "--pred", PRED, "--scheme", ""], check=says("scheme"))
case("cli: init --layers ''", ["NG", "init", "nl", "--layers", ""], check=all_of(says("layers"), absent("nl")))
case("cli: show --layer ''", ["NG", "show", DOC, "--layer", ""], expect="any", check=no_traceback_anywhere)
case("cli: compare a run with itself", ["NG", "compare", RUN2, RUN2], expect="any", check=no_traceback_anywhere)
case("cli: score --pred - (stdin) with nothing on it", ["NG", "score", "--pred", "-"], stdin="", check=no_traceback_anywhere)
for cmd in ("status", "extractors", f"compare {RUN2} {RUN3}", f"score --pred {PRED} --bootstrap 0 --format json"):
    case(
        f"pipe: {cmd.split()[0]} | head -c 20: quiet (no error said after the bytes asked for)",
        [],
        expect="any",
        shell=f"NG {cmd} | head -c 20 > /dev/null",
        check=not_said("error:", "Broken pipe"),
    )
case("pipe: show with stderr closed, an unknown document", [], shell="NG show no-such-doc 2>&-", check=no_traceback_anywhere)

# ================================================================ the environment
case("env: HOME unset, validate and status", [], expect="ok", shell="env -u HOME NG validate && env -u HOME NG status")
case("env: HOME empty, status", [], expect="ok", shell="HOME= NG status")
case(
    "env: TZ=garbage, run (the run id's stamp is UTC)",
    [],
    expect="ok",
    shell="TZ=garbage NG run --no-progress --only quotes@2",
    check=lambda ws, *a: None if any(p.name.endswith("Z") for p in (ws / "eval/runs").iterdir()) else "no UTC-stamped run folder",
)
case(
    "env: TZ=Pacific/Kiritimati (UTC+14), adjudicate --write-gold backs up under a UTC stamp",
    [],
    expect="gold-change",
    shell="TZ=Pacific/Kiritimati NG adjudicate annotations/passes --rule 1-of-3 -o cur --write-gold",
    check=lambda ws, *a: (
        None if all(p.name.endswith("Z") for p in (ws / "annotations/.gold-backups").iterdir()) else "a backup stamp that is not UTC"
    ),
)
case("env: LC_ALL=C (UTF-8 mode by default), show a document", [], expect="ok", shell=f"LC_ALL=C NG show {DOC} > /dev/null")

# ================================================================ signals and kills
BIG = "big.txt"


def big_text(ws):
    line = "The spokesman said \u201cno talks are under way\u201d and left the room at noon. "
    (ws / BIG).write_text(line * (50_000_000 // len(line)), encoding="utf-8")


case("big: import a 50 MB document (one line)", [*IM, BIG], expect="ok", timeout=300, setup=big_text, check=n_docs(1))
for t in (1.0, 2.5):
    case(
        f"kill -9: import of a 50 MB document after {t}s",
        [*IM, BIG],
        expect="any",
        timeout=300,
        sigint_after=t,
        sig="KILL",
        setup=big_text,
        check=corpus_old_or_new_and_next_import_clean(BIG, 1),
    )
SCORE_BIG = ["NG", "score", "--pred", PRED, "--bootstrap", "100000", "--format", "html", "-o", "r.html", "--overwrite"]
case(
    "kill -9: score -o r.html --overwrite (bootstrap 100,000) after 2s",
    SCORE_BIG,
    expect="any",
    timeout=200,
    sigint_after=2,
    sig="KILL",
    setup=write("r.html", "<html>old</html>"),
    check=all_of(file_old_or_new("r.html"), then_clean("score", "--pred", PRED, "--bootstrap", "0", "-o", "r2.md")),
)
case(
    "sigterm: score -o r.html --overwrite (bootstrap 100,000) after 2s",
    SCORE_BIG,
    expect="any",
    timeout=200,
    sigint_after=2,
    sig="TERM",
    setup=write("r.html", "<html>old</html>"),
    check=all_of(file_old_or_new("r.html"), no_traceback_anywhere),
)
case(
    "kill -9: rescore RUN --overwrite --scheme token after 1.5s",
    ["NG", "rescore", RUN2, "--overwrite", "--scheme", "token"],
    expect="any",
    timeout=120,
    sigint_after=1.5,
    sig="KILL",
    check=all_of(file_old_or_new(f"{RUN2}/scores.json"), then_clean("rescore", RUN2)),
)
case(
    "kill -9: extract quotes -o o.jsonl --overwrite after 1.5s",
    ["NG", "extract", "quotes", "-o", "o.jsonl", "--overwrite"],
    expect="any",
    timeout=120,
    sigint_after=1.5,
    sig="KILL",
    setup=write("o.jsonl", '{"doc_id": "x"}\n'),
    check=all_of(file_old_or_new("o.jsonl"), then_clean("validate")),
)
case(
    "sigterm: export ex after 1.5s",
    ["NG", "export", "--no-progress", "ex"],
    expect="any",
    timeout=120,
    sigint_after=1.5,
    sig="TERM",
    check=all_of(no_traceback_anywhere, lambda ws, *a: None if not strays_of(ws) else f"temporaries: {strays_of(ws)[:3]}"),
)
case(
    "sigterm: compare --trials 1,000,000 -o c.md after 2s",
    ["NG", "compare", RUN2, RUN3, "--trials", "1000000", "-o", "c.md"],
    expect="any",
    timeout=200,
    sigint_after=2,
    sig="TERM",
    check=all_of(no_traceback_anywhere, file_old_or_new("c.md")),
)

# ================================================================ disk full
case(
    "full: init --from-builtin onto a 64 KiB tmpfs leaves nothing",
    [],
    setup=lambda ws: (ws / "tm").mkdir() or mount_tmpfs("tm", 64)(ws),
    shell="cd tm && NG init --from-builtin w",
    check=unmount("tm", lambda ws, *a: None if not any((ws / "tm").iterdir()) else f"left: {sorted(os.listdir(ws / 'tm'))}"),
)
case(
    "full: export onto an 8 KiB tmpfs",
    [],
    setup=lambda ws: (ws / "tm").mkdir() or mount_tmpfs("tm", 8)(ws),
    shell="NG export --no-progress tm/ex",
    check=unmount("tm", all_of(no_traceback_anywhere, lambda ws, *a: None if not strays_of(ws) else "temporaries left")),
)

# ================================================================ text-only spans on right-to-left and invisible characters
TEXT_TAIL = (
    "\nThe minister said \u200f\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f\u200f today \u2060and\u00a0more. "
    "It\u2019s fine, said the \ufb01rst nego-\ntiator."
)


def tail11(ws):
    lines = (ws / r5.CORPUS).read_text(encoding="utf-8").split("\n")
    out = []
    for line in filter(None, lines):
        d = json.loads(line)
        if d["doc_id"] == DOC:
            d["text"] += TEXT_TAIL
            d["sha256"], d["n_chars"] = hashlib.sha256(d["text"].encode()).hexdigest(), len(d["text"])
        out.append(json.dumps(d, ensure_ascii=False))
    (ws / r5.CORPUS).write_text("\n".join(out) + "\n", encoding="utf-8")


def tq(*qs):
    return many(tail11, r9.text_quotes(*qs))


PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"
for needle, want, what in (
    ("\u0645\u06cc\u062e\u0648\u0627\u0647\u062f", PERSIAN, "a Persian word without its zero-width non-joiner"),
    ("said \u0645\u06cc", "said \u200f\u0645\u06cc", "a right-to-left mark in the text, not in the string"),
    ("\u202b" + PERSIAN + "\u202c", PERSIAN, "an embedding in the string, not in the text"),
    ("today and more", "today \u2060and\u00a0more", "a word joiner and a no-break space"),
    ("It\u02bcs fine", "It\u2019s fine", "the modifier letter apostrophe for a curly one"),
):
    case(f"align: {what}", EX, setup=tq({"content_text": needle}), expect="ok", check=r9.aligned(want))
case(
    "align: 'first' for the \ufb01 ligature (recorded: not aligned)",
    EX,
    expect="ok",
    setup=tq({"content_text": "the first nego"}),
    check=r9.aligned(None),
)
case(
    "align: a word hyphenated across a line break (recorded: not aligned)",
    EX,
    expect="ok",
    setup=tq({"content_text": "negotiator"}),
    check=r9.aligned(None),
)

# ================================================================ offsets counted in other units
EMOJI = "Officials \U0001f1ee\U0001f1f7 met \U0001f44b\U0001f3fd today. \u201cWe will talk \U0001f642 later,\u201d the spokesman said.\nShe denied it."


def emoji_ws(unit):
    """A quotes-only document with emoji, its gold, and predictions of that gold with offsets in ``unit``."""

    def setup(ws):
        t = EMOJI
        s, e = t.index("We will"), t.index(",\u201d") + 1
        src = t.index("the spokesman")
        se = src + len("the spokesman")
        line = {"doc_id": "emo", "text": t, "sha256": hashlib.sha256(t.encode()).hexdigest(), "n_chars": len(t)}
        with (ws / r5.CORPUS).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        quote = {"id": "q1", "type": "direct", "content": [[s, e]], "source": {"span": [src, se], "entity": None}, "cue": [se + 1, se + 5]}
        (ws / "annotations/gold/emo.json").write_text(json.dumps({"doc_id": "emo", "quotes": [quote], "claims": [], "stances": []}))

        def f(i):
            return len(t[:i].encode("utf-16-le")) // 2 if unit == "utf16" else len(t[:i].encode("utf-8"))

        pq = dict(quote, content=[[f(s), f(e)]], source={"span": [f(src), f(se)], "entity": None}, cue=[f(se + 1), f(se + 5)])
        (ws / "p.jsonl").write_text(jl({"doc_id": "emo", "quotes": [pq]}))

    return setup


case(
    "units: predictions with offsets in UTF-16 code units (recorded: scored as written, no warning)",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    expect="any",
    setup=emoji_ws("utf16"),
    check=no_traceback_anywhere,
)
case(
    "units: predictions with offsets in UTF-8 bytes: the span past the text is named",
    ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"],
    setup=emoji_ws("bytes"),
    check=says("p.jsonl:1", "outside the text"),
)
