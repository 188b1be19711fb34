"""Round 12 of the adversarial cases (``python eval/qa/harness.py --round 12``): round 11's leftovers and what
rounds 4-11 touched least.

Round 11's leftovers: predictions whose offsets were counted in UTF-16 code units, offsets inside a character
under ``score --pred``, ``export`` onto a full disk, a suite file that is a named pipe, ``import --replace``
with a pass file that is a pipe or a gold folder linked outside.  New: two commands at once on one workspace
(``init``, ``export``, ``ls export-tasks`` twice; ``score`` while ``run`` rewrites the predictions;
``adjudicate`` and ``ls pull`` both writing the gold; ``rescore`` while ``compare`` reads); SIGTERM and SIGINT
during ``init``, ``ls export-tasks``, ``agreement -o``, ``adjudicate``, ``ls pull``, ``rescore``, ``extract``,
``run`` and ``import --replace``; a read-only workspace and a read-only gold; TOML nested 100,000 deep and
integers of 5,000 digits (``newsgold.toml``, suites), JSON ones in a Label Studio export, a run's manifest,
an entity registry, extractor output; ``-0`` and ``Infinity``; document ids that climb out (``../``), Windows
device names, a trailing dot; extractors returning reversed, negative, past-the-end offsets, lists,
generators, ``None``, raising ``MemoryError``; ``TERM=dumb``, ``COLUMNS=0``, ``env -i``, an unwritable or
missing ``TMPDIR``, stdout or stdin closed; options that contradict each other.
round12.md is the table of the round.
"""

import json
import os
import shutil
import subprocess

import cases11 as r11  # round 11's helpers (importing it defines its cases; they are dropped below)
from harness import CASES, DOC, NG, QA, case, tree

del CASES[:]
r10, r9, r7, r6, r5, r4 = r11.r10, r11.r9, r11.r7, r11.r6, r11.r5, r11.r4
write, many, jl, export = r4.write, r4.many, r5.jl, r4.export
all_of, says, absent, mount_tmpfs, unmount, read_only = r6.all_of, r6.says, r6.absent, r6.mount_tmpfs, r6.unmount, r6.read_only
corpus_same, docs = r5.corpus_same, r9.docs
strays_of, gold_same, n_docs, not_said, file_exists = r7.strays_of, r10.gold_same, r10.n_docs, r10.not_said, r10.file_exists
no_tb, fifo, emoji_ws, imported_doc, then_clean = r11.no_traceback_anywhere, r11.fifo, r11.emoji_ws, r11.imported_doc, r11.then_clean
file_old_or_new = r11.file_old_or_new
IM = ["NG", "import", "--no-progress"]
PRED = "eval/runs/base/quotes-v2/predictions.jsonl"
RUN2, RUN3 = "eval/runs/base/quotes-v2", "eval/runs/base/quotes-v3"
REPLACE = [*IM, "--replace", "a.txt"]
ADJ, PULLG = r10.ADJ, r10.PULLG
SC = ["NG", "score", "--pred", "p.jsonl", "--bootstrap", "0"]
G = f"annotations/gold/{DOC}.json"
BIG = "7" * 5000  # an integer of 5,000 digits: past Python's 4,300-digit limit for int(str)
DEEP = "[" * 100_000 + "]" * 100_000


def warns(*words):
    """Exit 0 and stderr names all of ``words``."""

    def check(ws, rc, out, err):
        if rc != 0:
            return f"exit {rc}"
        missing = [w for w in words if w not in err]
        return f"no warning naming {missing}" if missing else None

    return check


def append(rel, text):
    def setup(ws):
        with (ws / rel).open("a", encoding="utf-8") as fh:
            fh.write(text)

    return setup


def sub_first(rel, old, new):
    def setup(ws):
        p = ws / rel
        s = p.read_text(encoding="utf-8")
        assert old in s, (rel, old)
        p.write_text(s.replace(old, new, 1), encoding="utf-8")

    return setup


def first_offset(rel, value):
    """The first ``[[N,`` of ``rel`` (a span's start) becomes ``[[value,``."""

    def setup(ws):
        import re

        p = ws / rel
        s = p.read_text(encoding="utf-8")
        s2 = re.sub(r"\[\[\s*\d+\s*,", "[[" + value + ",", s, count=1)
        assert s2 != s
        p.write_text(s2, encoding="utf-8")

    return setup


def pred_copy(ws):
    shutil.copy(ws / PRED, ws / "p.jsonl")


def valid_or_absent(rel):
    """``rel`` (a workspace made by init) is absent or a whole workspace that validates."""

    def check(ws, *a):
        d = ws / rel
        if not d.exists():
            return None
        nxt = subprocess.run([NG, "validate"], cwd=d, capture_output=True, text=True, env=r7.env_of(ws))
        return None if nxt.returncode == 0 else f"{rel} half-made: validate says {nxt.stderr.strip()[-160:]}"

    return check


def nothing_left_in(rel):
    def check(ws, *a):
        d = ws / rel
        left = sorted(os.listdir(d)) if d.is_dir() else []
        return f"left in {rel}: {left[:4]}" if left else None

    return check


def json_whole_or_absent(rel):
    def check(ws, *a):
        p = ws / rel
        if not p.exists():
            return None
        try:
            json.loads(p.read_bytes())
        except ValueError as e:
            return f"{rel} is a part of a file: {e}"
        return None

    return check


def export_whole_or_absent(rel):
    """An export folder is absent or loads with ``datasets`` (no half-written one)."""

    def check(ws, *a):
        d = ws / rel
        if not d.exists():
            return None
        try:
            import datasets

            datasets.load_from_disk(str(d))
        except Exception as e:  # any failure to load is a half-made export
            return f"{rel} does not load: {type(e).__name__}: {str(e)[:120]}"
        return None

    return check


def gold_old_or_pulled_or_adjudicated(ws, *a):
    now = tree(ws / "annotations/gold")
    if now in (tree(QA / "ws/annotations/gold"), tree(QA / "refgold"), r10._adj_reference()):
        return None
    return "the gold is none of: old, pulled, adjudicated (a mix of two writers)"


def corpus_old_or_moved(ws, *a):
    """After a signal during import --replace: the old text with its gold in place, or the new text with it moved aside."""
    text = docs(ws).get("a", {}).get("text")
    gold_there = (ws / "annotations/gold/a.json").exists()
    if text == "First text here, said he." and gold_there:
        return None
    if text == "Second text here, said she." and not gold_there:
        return None
    return f"a mix: text {text!r}, gold {'in place' if gold_there else 'moved'}"


def gold_link_outside(ws, tmpfs=False):
    """annotations/gold moved outside the workspace (onto a tmpfs when asked) and linked back."""
    out = ws.parent / "outgold"
    out.mkdir()
    if tmpfs:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(out)], check=True)
    for p in (ws / "annotations/gold").iterdir():
        shutil.copy(p, out / p.name)
    shutil.rmtree(ws / "annotations/gold")
    (ws / "annotations/gold").symlink_to(out)


def moved_through_link(tmpfs=False):
    def check(ws, rc, out, err):
        outside = ws.parent / "outgold"
        msg = None
        if (outside / "a.json").exists():
            msg = "the gold of the replaced document is still in the linked gold folder"
        elif not list((ws / "annotations/.replaced").rglob("gold/a.json")):
            msg = "the replaced gold was not kept under annotations/.replaced"
        elif not (ws / "annotations/gold").is_symlink():
            msg = "the user's link annotations/gold was replaced"
        if tmpfs:
            subprocess.run(["umount", "-l", str(outside)], capture_output=True)
        return msg

    return check


# ================================================================ round 11's leftovers: offsets in other units
case(
    "units: offsets in UTF-16 code units on a text with emoji: score --pred says so",
    SC,
    expect="any",
    setup=emoji_ws("utf16"),
    check=warns("p.jsonl", "UTF-16"),
)
case(
    "units: offsets in UTF-16 code units, validate PRED says so",
    ["NG", "validate", "p.jsonl"],
    expect="any",
    setup=emoji_ws("utf16"),
    check=warns("p.jsonl", "UTF-16"),
)


def emoji_points(ws):
    """emoji_ws's document and gold, the predictions the gold itself (offsets in code points)."""
    emoji_ws("utf16")(ws)
    gold = json.loads((ws / "annotations/gold/emo.json").read_text())
    (ws / "p.jsonl").write_text(jl({"doc_id": "emo", "quotes": gold["quotes"]}))


case(
    "units: the same predictions in code points: no UTF-16 warning",
    SC,
    expect="ok",
    setup=emoji_points,
    check=not_said("UTF-16", "warning"),
)


def split_flag(ws):
    """emoji_ws's predictions with the quote's source span ending between the flag's two halves."""
    emoji_points(ws)
    p = ws / "p.jsonl"
    o = json.loads(p.read_text())
    o["quotes"][0]["source"]["span"] = [0, 11]  # "Officials " then the first regional indicator of the flag
    p.write_text(json.dumps(o) + "\n")


def whole_doc(ws):
    """split_flag's prediction as a <doc_id>.json file (every layer given)."""
    return {**json.loads((ws / "p.jsonl").read_text()), "claims": [], "stances": []}


case(
    "graphemes: score --pred with an offset between a flag's two halves warns (as validate does)",
    SC,
    expect="ok",
    setup=split_flag,
    check=warns("p.jsonl", "splits the character", "quotes[0].source"),
)
case(
    "graphemes: score --pred of a directory with an offset inside a flag warns",
    ["NG", "score", "--pred", "pd", "--bootstrap", "0"],
    expect="ok",
    setup=many(split_flag, lambda ws: (ws / "pd").mkdir() or (ws / "pd/emo.json").write_text(json.dumps(whole_doc(ws)))),
    check=warns("pd/emo.json", "splits the character"),
)

# ================================================================ round 11's leftovers: a full disk, pipes, links
case(
    "full: export onto an 8 KiB tmpfs names the target",
    [],
    setup=lambda ws: (ws / "tm").mkdir() or mount_tmpfs("tm", 8)(ws),
    shell="NG export --no-progress tm/ex",
    check=unmount("tm", all_of(no_tb, says("tm/ex", "No space left"), lambda ws, *a: "temporaries left" if strays_of(ws) else None)),
)
case(
    "fifo: eval/suites/default.toml a named pipe, run: refused as not a regular file",
    ["NG", "run", "--run-id", "f", "--no-progress"],
    timeout=30,
    setup=fifo("eval/suites/default.toml"),
    check=says("default.toml", "not a regular file"),
)
case(
    "fifo: a suite given by path that is a named pipe, run: refused as not a regular file",
    ["NG", "run", "eval/suites/p.toml", "--run-id", "f", "--no-progress"],
    timeout=30,
    setup=fifo("eval/suites/p.toml"),
    check=says("p.toml", "not a regular file"),
)
case(
    "fifo: a suite from the shell's process substitution <(cat ...) still runs",
    [],
    expect="ok",
    shell="NG run <(cat eval/suites/default.toml) --run-id ps --no-progress --only quotes@2",
    check=file_exists("eval/runs/ps/quotes-v2/scores.json"),
)
case(
    "replace: the document's pass file a named pipe: refused, nothing moved",
    REPLACE,
    timeout=30,
    setup=many(imported_doc, fifo("annotations/passes/annotator-a/a.json")),
    check=all_of(says("annotations/passes/annotator-a/a.json", "not a regular file"), absent("annotations/.replaced")),
)
case(
    "replace: the document's gold a named pipe: refused, nothing moved",
    REPLACE,
    timeout=30,
    setup=many(imported_doc, fifo("annotations/gold/a.json")),
    check=all_of(says("annotations/gold/a.json", "not a regular file"), absent("annotations/.replaced")),
)
case(
    "replace: annotations/gold a link to a folder outside the workspace: moved aside through the link",
    REPLACE,
    expect="gold-change",
    setup=many(imported_doc, gold_link_outside),
    check=moved_through_link(),
)
case(
    "replace: annotations/gold a link to another file system (a tmpfs): moved aside across devices",
    REPLACE,
    expect="gold-change",
    setup=many(imported_doc, lambda ws: gold_link_outside(ws, tmpfs=True)),
    check=moved_through_link(tmpfs=True),
)

# ================================================================ TOML and JSON edge cases
case(
    "toml: newsgold.toml nested 100,000 arrays deep, validate",
    ["NG", "validate"],
    setup=append("newsgold.toml", f"\nx = {DEEP}\n"),
    check=all_of(no_tb, says("newsgold.toml")),
)
case(
    "toml: newsgold.toml with an integer of 5,000 digits, status",
    ["NG", "status"],
    setup=append("newsgold.toml", f"\nx = {BIG}\n"),
    check=all_of(no_tb, says("newsgold.toml")),
)
case(
    "toml: a suite nested 100,000 arrays deep, run it",
    ["NG", "run", "eval/suites/d.toml", "--run-id", "d", "--no-progress"],
    setup=lambda ws: (ws / "eval/suites/d.toml").write_text((ws / "eval/suites/default.toml").read_text() + f"\n[x]\ny = {DEEP}\n"),
    check=all_of(no_tb, says("d.toml")),
)
case(
    "toml: a suite's bootstrap an integer of 5,000 digits",
    ["NG", "run", "eval/suites/d.toml", "--run-id", "d", "--no-progress"],
    setup=lambda ws: (ws / "eval/suites/d.toml").write_text(
        'name = "d"\ndocuments = "all"\ngold = "annotations/gold"\n'
        + f"bootstrap = {BIG}\n"
        + '[[extractors]]\nspec = "quotes"\nversion = "2"\n'
    ),
    check=all_of(no_tb, says("d.toml")),
)
case(
    "toml: a suite's bootstrap = inf",
    ["NG", "run", "eval/suites/d.toml", "--run-id", "d", "--no-progress"],
    setup=lambda ws: (ws / "eval/suites/d.toml").write_text(
        'name = "d"\ndocuments = "all"\ngold = "annotations/gold"\nbootstrap = inf\n[[extractors]]\nspec = "quotes"\nversion = "2"\n'
    ),
    check=all_of(no_tb, says("d.toml", "bootstrap")),
)
case(
    "json: a prediction offset of 5,000 digits",
    SC,
    setup=many(pred_copy, first_offset("p.jsonl", BIG)),
    check=all_of(no_tb, says("p.jsonl:1")),
)
case("json: a prediction offset -0 is 0 (recorded)", SC, expect="ok", setup=many(pred_copy, first_offset("p.jsonl", "-0")))
case(
    "json: a prediction offset -0.0 (a float) is refused",
    SC,
    setup=many(pred_copy, first_offset("p.jsonl", "-0.0")),
    check=all_of(no_tb, says("p.jsonl:1")),
)
case("json: a gold offset Infinity", ["NG", "validate"], setup=first_offset(G, "Infinity"), check=all_of(no_tb, says(f"{DOC}.json")))
case(
    "json: a gold file nested 100,000 arrays deep",
    ["NG", "validate"],
    setup=sub_first(G, '"doc_id"', f'"x": {DEEP}, "doc_id"'),
    check=all_of(no_tb, says(f"{DOC}.json")),
)
case(
    "json: a Label Studio export nested 100,000 deep, ls pull",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"],
    setup=lambda ws: (export()(ws), (ws / "export.json").write_text((ws / "export.json").read_text()[:-1] + f", {DEEP}]")),
    check=all_of(no_tb, says("export.json"), absent("pulled")),
)
case(
    "json: a Label Studio export with a task id of 5,000 digits, ls pull",
    ["NG", "ls", "pull", "--from-export", "export.json", "-o", "pulled"],
    setup=lambda ws: (
        export()(ws),
        (ws / "export.json").write_text((ws / "export.json").read_text().replace('"id": 1,', f'"id": {BIG},', 1)),
    ),
    check=all_of(no_tb, says("export.json"), absent("pulled")),
)
case(
    "json: a run's manifest with an integer of 5,000 digits, rescore",
    ["NG", "rescore", RUN2, "--out", "rs"],
    setup=sub_first(f"{RUN2}/manifest.json", "{", f'{{"x": {BIG}, '),
    check=all_of(no_tb, says("manifest.json"), absent("rs")),
)
case(
    "json: the entity registry with an integer of 5,000 digits, validate",
    ["NG", "validate"],
    setup=sub_first("annotations/entities.json", "{", f'{{"x": {BIG}, '),
    check=all_of(no_tb, says("entities.json")),
)
case(
    "json: an import record nested 100,000 deep in a meta field",
    [*IM, "d.jsonl"],
    setup=write("d.jsonl", '{"doc_id": "d", "text": "He said so.", "meta": ' + DEEP + "}\n"),
    check=all_of(no_tb, says("d.jsonl:1"), corpus_same),
)

# ================================================================ document ids that climb out or trip Windows
case(
    "ids: show ../annotations/gold/x (a path as a document id)",
    ["NG", "show", f"../annotations/gold/{DOC}"],
    check=all_of(no_tb, says("unknown document")),
)
case(
    "ids: extract --doc /etc/passwd",
    ["NG", "extract", "quotes", "--doc", "/etc/passwd", "-o", "o.jsonl"],
    check=all_of(no_tb, absent("o.jsonl")),
)
case(
    "ids: import ids LPT1, nul and 'a.' (Windows device names, a trailing dot): made portable ids",
    [*IM, "w.jsonl"],
    expect="ok",
    setup=write("w.jsonl", jl(*({"doc_id": i, "text": f"Text {n} said he."} for n, i in enumerate(["LPT1", "nul", "a."])))),
    check=n_docs(3),
)
case(
    "ids: score --pred of a directory holding ../x.json-like names (a file named '..json')",
    ["NG", "score", "--pred", "pd", "--bootstrap", "0"],
    setup=lambda ws: (ws / "pd").mkdir() or (ws / "pd/..json").write_text('{"doc_id": "..", "quotes": []}'),
    check=all_of(no_tb, says("..")),
)

# ================================================================ extractors returning the wrong things
PLUG = """
class B:
    name = "x"
    version = "1"
    layers = ("quotes",)


def q(s, e):
    return {"id": "q1", "type": "direct", "content": [[s, e]], "source": {"span": [0, 2], "entity": None}, "cue": [0, 2]}


class Rev(B):
    def extract(self, d):
        return {"doc_id": d.doc_id, "quotes": [q(10, 5)]}


class Neg(B):
    def extract(self, d):
        return {"doc_id": d.doc_id, "quotes": [q(-5, 3)]}


class Past(B):
    def extract(self, d):
        return {"doc_id": d.doc_id, "quotes": [q(3, len(d.text) + 9)]}


class Big(B):
    def extract(self, d):
        return {"doc_id": d.doc_id, "quotes": [q(10**5000, 10**5000 + 1)]}


class Gen(B):
    def extract(self, d):
        yield {"doc_id": d.doc_id, "quotes": []}


class Nothing(B):
    def extract(self, d):
        return None


class Mem(B):
    def extract(self, d):
        raise MemoryError()


class Exits(B):
    def extract(self, d):
        raise SystemExit(0)
"""


def plug(attr, *words):
    return dict(
        cmd=["NG", "extract", f"plug12:{attr}", "-o", "o.jsonl"],
        setup=write("plug12.py", PLUG),
        check=all_of(no_tb, absent("o.jsonl"), says(*words)),
    )


for attr, what, words in [
    ("Rev", "reversed offsets", ("quotes[0].content", "less than")),
    ("Neg", "a negative offset", ("quotes[0].content",)),
    ("Past", "an end past the text", ("quotes[0].content", "outside the text")),
    ("Big", "an offset of 5,000 digits", ("quotes[0].content",)),
    ("Gen", "a generator", ("generator",)),
    ("Nothing", "None", ("NoneType",)),
    ("Mem", "raises MemoryError", ("MemoryError",)),
    ("Exits", "raises SystemExit(0)", ("SystemExit",)),
]:
    c = plug(attr, *words)
    case(f"module: extract returns {what}", c["cmd"], setup=c["setup"], check=c["check"])

CMD_SUITE = 'name = "c"\ndocuments = "all"\ngold = "annotations/gold"\nbootstrap = 0\n[[extractors]]\nspec = "cmd:python3 c.py"\nversion = "1"\nconfig = { layers = ["quotes"] }\n'
CMD_HEAD = "import sys, json\nfor l in sys.stdin:\n    d = json.loads(l)\n"
for what, body in [
    ("prints null for each document", "    print('null', flush=True)\n"),
    (
        "prints an offset of 5,000 digits",
        '    print(\'{"doc_id": "%s", "quotes": [{"id": "q", "type": "direct", "content": [['
        + BIG
        + ", 9]]}]}' % d['doc_id'], flush=True)\n",
    ),
    (
        "prints an offset 1e400",
        '    print(\'{"doc_id": "%s", "quotes": [{"id": "q", "type": "direct", "content": [[1e400, 9]]}]}\' % d[\'doc_id\'], flush=True)\n',
    ),
    ("prints blank lines only and exits 0", "    print('   ', flush=True)\n"),
]:
    case(
        f"cmd: an extractor that {what}",
        ["NG", "run", "eval/suites/c.toml", "--run-id", "c", "--no-progress", "--no-cache"],
        setup=many(write("eval/suites/c.toml", CMD_SUITE), write("c.py", CMD_HEAD + body)),
        check=all_of(no_tb, says("c.py"), absent("eval/runs/c")),
    )

# ================================================================ two commands at once on one workspace
case(
    "concurrent: two init --from-builtin into one folder at once",
    ["NG", "init", "w2", "--from-builtin"],
    expect="any",
    parallel=2,
    check=all_of(no_tb, valid_or_absent("w2"), file_exists("w2/newsgold.toml")),
)
case(
    "concurrent: two export into one folder at once",
    ["NG", "export", "--no-progress", "ex"],
    expect="any",
    parallel=2,
    timeout=120,
    check=all_of(no_tb, export_whole_or_absent("ex"), file_exists("ex")),
)
case(
    "concurrent: two ls export-tasks -o t.json at once",
    ["NG", "ls", "export-tasks", "-o", "t.json", "--annotations", "annotations/gold"],
    expect="any",
    parallel=2,
    check=all_of(no_tb, json_whole_or_absent("t.json"), file_exists("t.json")),
)
case(
    "concurrent: score -o r.md while run --overwrite rewrites the predictions it reads",
    [],
    expect="ok",
    shell=(
        "NG run --run-id base --overwrite --no-cache --no-progress --only quotes@2 & sleep 1; "
        f"NG score --pred {PRED} --bootstrap 0 -o r.md; s=$?; wait $!; r=$?; exit $((s || r))"
    ),
    check=all_of(no_tb, file_old_or_new("r.md"), file_exists("r.md")),
)
case(
    "concurrent: adjudicate --write-gold and ls pull --write-gold at once",
    [],
    expect="gold-change",
    setup=export(),
    shell=" ".join(ADJ) + " & " + " ".join(PULLG) + "; wait",
    check=all_of(no_tb, gold_old_or_pulled_or_adjudicated),
)
case(
    "concurrent: rescore --overwrite while compare reads the run",
    [],
    expect="any",
    shell=f"NG rescore {RUN2} --overwrite --scheme token & NG compare {RUN2} {RUN3} -o c.md; wait",
    check=all_of(no_tb, file_old_or_new("c.md")),
)

# ================================================================ SIGTERM / SIGINT mid-write
# (several times each: on a loaded machine a command takes from 0.3 to 2 s; a signal after it ended tests nothing,
# so each command is signalled early and late, the exit code in the table saying whether it was caught mid-way)
for t in (0.25, 0.35, 0.45, 0.6):
    case(
        f"sigterm: init --from-builtin w after {t}s: w absent or whole",
        ["NG", "init", "w", "--from-builtin"],
        expect="any",
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, valid_or_absent("w")),
    )
case(
    "sigint: init --from-builtin w after 0.35s: w absent or whole",
    ["NG", "init", "w", "--from-builtin"],
    expect="any",
    sigint_after=0.35,
    check=all_of(no_tb, valid_or_absent("w")),
)
for t in (0.4, 0.6):
    case(
        f"sigterm: ls export-tasks -o t.json after {t}s",
        ["NG", "ls", "export-tasks", "-o", "t.json", "--annotations", "annotations/gold"],
        expect="any",
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, json_whole_or_absent("t.json")),
    )
case(
    "sigterm: agreement -o a.md after 1.0s",
    ["NG", "agreement", "annotations/passes/annotator-a", "annotations/passes/annotator-b", "-o", "a.md"],
    expect="any",
    sigint_after=1.0,
    sig="TERM",
    check=all_of(no_tb, file_old_or_new("a.md")),
)
for t in (0.5, 0.8, 1.2):
    case(
        f"sigterm: adjudicate --write-gold after {t}s",
        ADJ,
        expect="gold-change",
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, r10.gold_old_or_adjudicated),
    )
for t in (0.4, 0.7, 1.0):
    case(
        f"sigterm: ls pull --write-gold after {t}s",
        PULLG,
        expect="gold-change",
        setup=export(),
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, r10.pulled_gold_old_or_new),
    )
for t in (0.5, 0.9):
    case(
        f"sigterm: rescore --overwrite --scheme token after {t}s",
        ["NG", "rescore", RUN2, "--overwrite", "--scheme", "token"],
        expect="any",
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, lambda ws, *a: None if json.loads((ws / RUN2 / "scores.json").read_text()) else "scores.json empty"),
    )
for t in (0.5, 1.0):
    case(
        f"sigterm: extract quotes -o o.jsonl --overwrite after {t}s",
        ["NG", "extract", "quotes", "-o", "o.jsonl", "--overwrite"],
        expect="any",
        setup=write("o.jsonl", '{"doc_id": "old", "quotes": []}\n'),
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, file_old_or_new("o.jsonl")),
    )
case(
    "sigterm: run --run-id k after 3s",
    ["NG", "run", "--run-id", "k", "--no-cache", "--no-progress"],
    expect="any",
    sigint_after=3,
    sig="TERM",
    timeout=120,
    check=all_of(no_tb, r7.run_whole_or_absent("eval/runs/k")),
)
for t in (0.3, 0.45, 0.6):
    case(
        f"sigterm: import --replace after {t}s",
        REPLACE,
        expect="gold-change",
        setup=imported_doc,
        sigint_after=t,
        sig="TERM",
        check=all_of(no_tb, r11.one_replaced_dir, corpus_old_or_moved),
    )

# ================================================================ read-only workspace, read-only gold
case(
    "ro: the whole workspace read-only: validate, status, show and score (no -o) work",
    [],
    expect="ok",
    setup=read_only("."),
    shell=f"NG validate >/dev/null && NG status >/dev/null && NG show {DOC} >/dev/null && NG score --pred {PRED} --bootstrap 0 >/dev/null",
    check=unmount("."),
)
case(
    "ro: the whole workspace read-only: run names what it cannot write",
    ["NG", "run", "--run-id", "ro", "--no-progress", "--only", "quotes@2"],
    setup=read_only("."),
    check=unmount(".", all_of(no_tb, says("eval/"))),
)
case(
    "ro: the whole workspace read-only: import names what it cannot write",
    [*IM, "n.txt"],
    setup=many(write("n.txt", "A new text, said he."), read_only(".")),
    check=unmount(".", all_of(no_tb, says("corpus"))),
)
case(
    "ro: a read-only gold: adjudicate --write-gold refused, gold kept",
    ADJ,
    setup=read_only("annotations/gold"),
    check=unmount("annotations/gold", all_of(no_tb, says("annotations/gold"))),
)
case(
    "ro: a read-only gold: import --replace refused, nothing moved",
    REPLACE,
    setup=many(imported_doc, read_only("annotations/gold")),
    check=unmount("annotations/gold", all_of(no_tb, says("annotations/gold"), absent("annotations/.replaced"))),
)

# ================================================================ the environment
case("env: TERM=dumb, status: no escape sequences", [], expect="ok", shell="TERM=dumb NG status", check=not_said("\x1b["))
case("env: COLUMNS=0, score", [], expect="ok", shell=f"COLUMNS=0 NG score --pred {PRED} --bootstrap 0", check=no_tb)
case("env: COLUMNS=-3, status", [], expect="ok", shell="COLUMNS=-3 NG status", check=no_tb)
case(
    "env: env -i (no PATH, LANG, HOME), validate and run",
    [],
    expect="ok",
    shell="env -i NG validate >/dev/null && env -i NG run --run-id e --no-progress --only quotes@2",
)
case(
    "env: TMPDIR an unwritable folder, run, score -o, import, export",
    [],
    expect="ok",
    setup=lambda ws: (ws / "rotmp").mkdir(mode=0o555),
    shell=(
        "export TMPDIR=$PWD/rotmp; NG run --run-id t --no-progress --no-cache --only quotes@2 && "
        f"NG score --pred {PRED} --bootstrap 0 -o r.md && echo 'A text, said he.' > n.txt && NG import --no-progress n.txt && "
        "NG export --no-progress ex"
    ),
    check=all_of(no_tb, file_exists("ex")),
)
case(
    "env: TMPDIR a folder that does not exist, extract -o",
    [],
    expect="ok",
    shell="TMPDIR=/nonexistent/tmp NG extract quotes -o o.jsonl",
    check=file_exists("o.jsonl"),
)
case(
    "env: stdout closed, run: refused at once, nothing written",
    [],
    shell="NG run --run-id c --no-progress --only quotes@2 >&-",
    check=all_of(no_tb, says("standard output is closed"), absent("eval/runs/c")),
)
case(
    "env: stdout closed, score -o r.md: refused at once, nothing written",
    [],
    shell=f"NG score --pred {PRED} --bootstrap 0 -o r.md >&-",
    check=all_of(no_tb, says("standard output is closed"), absent("r.md")),
)
case("env: stdin closed, score --pred -", [], shell="NG score --pred - --bootstrap 0 <&-", check=all_of(no_tb, says("-")))

# ================================================================ options that contradict each other
for args, words in [
    (["extract", "quotes", "--overwrite"], ()),
    (["run", "--serial", "--overlap", "--run-id", "so", "--no-progress", "--only", "quotes@2"], ()),  # (recorded: the last wins)
    (["import", "--no-progress", "--dry-run", "--replace", "a.txt"], ()),
    (["rescore", RUN2, "--overwrite", "--out", "rs"], ()),
    (["init", "w", "--from-builtin", "--layers", "quotes"], ()),
    (["ls", "curate", "cur", "--write-gold"], ("--pull",)),
]:
    case(
        f"cli: {' '.join(args)} (contradicting options)",
        ["NG", *args],
        expect="any",
        setup=imported_doc if "import" in args else None,
        check=all_of(no_tb, lambda ws, rc, out, err, w=words: None if rc != 0 or not w else f"exit 0 (both {w} taken)"),
    )

# ================================================================ file names near the file system's limit (255 bytes)
R240 = "r" * 240
for what, cmd in [
    ("score -o <240 bytes>.md", ["NG", "score", "--pred", PRED, "--bootstrap", "0", "-o", R240 + ".md"]),
    ("export <240 bytes>", ["NG", "export", "--no-progress", R240]),
    ("init <240 bytes>", ["NG", "init", R240]),
    ("run --run-id <240 bytes>", ["NG", "run", "--run-id", R240, "--no-progress", "--only", "quotes@2"]),
    ("extract -o <240 bytes>.jsonl", ["NG", "extract", "quotes", "-o", R240 + ".jsonl"]),
]:
    case(
        f"names: {what} (a legal name too long for its temporary): refused naming it and the limit",
        cmd,
        check=all_of(
            no_tb, says(R240[:60], "228 bytes"), not_said(".ngtx-"), lambda ws, *a: "written" if list(ws.rglob(R240 + "*")) else None
        ),
    )
case("names: --root with a 300-byte folder name", ["NG", "--root", "x" * 300, "status"], check=all_of(no_tb, says("x" * 40)))

# ================================================================ a source given by name that is a named pipe
for suffix in ("jsonl", "csv", "json"):
    case(
        f"fifo: import f.{suffix}, a named pipe nobody writes",
        [*IM, f"f.{suffix}"],
        timeout=30,
        setup=fifo(f"f.{suffix}"),
        check=all_of(no_tb, says(f"f.{suffix}", "not a regular file"), corpus_same),
    )

# ================================================================ extractor specs that name nothing to run
for spec, words in [
    ("sys:exit", ("sys:exit", "SystemExit")),
    ("ipaddress:ip_address", ("ipaddress:ip_address", "cannot create")),
    ("file:", ("file:", "needs a path")),
    ("quotes@", ("quotes@", "no version")),
]:
    case(
        f"spec: extract {spec} -o o.jsonl",
        ["NG", "extract", spec, "-o", "o.jsonl", *(["-c", "x=1"] if spec == "ipaddress:ip_address" else [])],
        check=all_of(no_tb, says(*words), absent("o.jsonl")),
    )

# ================================================================ a target that cannot be made
for what, cmd, words in [
    ("init afile/ws (a file in the way)", ["NG", "init", "afile/ws"], ("afile", "Not a directory")),
    ("export afile/x (a file in the way)", ["NG", "export", "--no-progress", "afile/x"], ("afile", "Not a directory")),
    ("init /sys/ws (a folder nobody may write into)", ["NG", "init", "/sys/ws"], ("/sys/ws",)),
]:
    case(f"target: {what}", cmd, setup=write("afile", "a file\n"), check=all_of(no_tb, says(*words), not_said(".ngtx-")))

# ================================================================ a Label Studio URL that does not parse
for url in ("http://[::1", "http://localhost:99999"):
    case(
        f"env: NEWSGOLD_LS_URL={url}, ls pull",
        [],
        shell=f"NEWSGOLD_LS_URL='{url}' NEWSGOLD_LS_TOKEN=x NG ls pull -o pulled --retries 0",
        check=all_of(no_tb, says(url, "is not a Label Studio URL"), absent("pulled")),
    )
