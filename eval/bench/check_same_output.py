"""Speed work must not move output: quote versions' items before and after, on bench and dev text.

    .venv/bin/python eval/bench/check_same_output.py --write /tmp/before.json   # on the old code
    .venv/bin/python eval/bench/check_same_output.py --against /tmp/before.json # on the new code

The texts are the ``bench_extractors.py`` workload (``--mb``, default 2) and the dev half of
``eval/devset`` (with its entity registry, so that speaker resolution is exercised too; the
test and unseen halves are not read).  Per extractor the file holds a SHA-256 of every
annotation line and, to show what moved, the annotation lines of the dev documents.  Exit 1
when any extractor's output differs, naming the extractor and the first document that differs.
The pins (``tests/extractors/pins.json``) cover the corpus and the invented texts; this adds
more, and longer, documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from bench_extractors import workload

from newsgold.corpus import Document
from newsgold.extractors import resolve
from newsgold.schema import dumps_line
from newsgold.workspace import Workspace

DEVSET = Path(__file__).resolve().parents[1] / "devset"
# every released quote version (v10 was missing: the speed work on shared code must keep it too;
# v11 and v12 added in session 10: v12's ranker only shows on texts with a registry, as dev's; v13 in session 11,
# v14 in session 12)
SPECS = [f"quotes@{v}" for v in range(2, 15)] + ["quotes-direct@1"]


def dev_documents() -> list[Document]:
    ws = Workspace.at(DEVSET)
    dev = json.loads((DEVSET / "splits.json").read_text(encoding="utf-8"))["dev"]
    return [ws.documents[d] for d in dev]


def outputs(specs: list[str], mb: float) -> dict[str, dict[str, object]]:
    bench, dev = workload(mb), dev_documents()
    entities = str(DEVSET / "annotations" / "entities.json")
    out: dict[str, dict[str, object]] = {}
    for spec in specs:
        plain = resolve(spec)
        name, _, version = spec.partition("@")
        registered = resolve(name, version=version, config={"entities": entities})
        digest = hashlib.sha256()
        for d in bench:
            digest.update(dumps_line(plain.extract(d)).encode())
        dev_lines = {d.doc_id: dumps_line(registered.extract(d)) for d in dev}
        for line in dev_lines.values():
            digest.update(line.encode())
        out[spec] = {"sha256": digest.hexdigest(), "bench_docs": len(bench), "dev": dev_lines}
        print(f"{spec:<18}{digest.hexdigest()[:16]}  {len(bench)} bench + {len(dev)} dev documents", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--only", action="append", help="extractor spec (default: quotes@2..10, quotes-direct@1)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--against", type=Path)
    args = parser.parse_args()
    specs = args.only or SPECS
    if args.write:
        args.write.write_text(json.dumps({"mb": args.mb, "outputs": outputs(specs, args.mb)}), encoding="utf-8")
        return 0
    ref = json.loads(args.against.read_text(encoding="utf-8"))
    if ref["mb"] != args.mb:
        print(f"{args.against}: written with --mb {ref['mb']}, not {args.mb}", file=sys.stderr)
        return 2
    now, bad = outputs(specs, args.mb), 0
    for spec, got in now.items():
        want = ref["outputs"].get(spec)
        if want is None:
            print(f"{spec}: not in {args.against}", file=sys.stderr)
            bad += 1
        elif want["sha256"] != got["sha256"]:
            moved = [d for d, line in got["dev"].items() if want["dev"].get(d) != line]  # type: ignore[union-attr]
            where = f"dev document {moved[0]} differs" if moved else "a bench document differs"
            print(f"{spec}: output changed ({where})", file=sys.stderr)
            bad += 1
    print("same output" if not bad else f"{bad} extractor(s) changed output")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
