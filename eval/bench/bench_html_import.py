"""How close the HTML reader's article bodies come to hand-annotated ones, on real saved pages.

Usage: python eval/bench/bench_html_import.py CLONE [--pages DIR] [--limit N]

CLONE is a clone (or bare mirror) of github.com/scrapinghub/article-extraction-benchmark: its
``html/<key>.html.gz`` pages are written to DIR (a temporary folder by default; never into the
repository) and read with :func:`newsgold.importing.html_pages.read_page`, exactly what ``newsgold
import`` stores; each body is compared with the page's ``articleBody`` in ``ground-truth.json`` with
the benchmark's own ``evaluate.py`` measures (4-gram shingle precision / recall / F1, each page
weighted alike, and ``accuracy``: the same word sequence).  The same is printed for trafilatura's
own plain-text output (``trafilatura.extract``), to show what newsgold's layout (blank lines
between paragraphs, leading headline dropped) changes.  Also: pages refused (and why), the share
of imported paragraphs found verbatim as a paragraph of the ``articleBody``, and the CPU time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path


def git_show(clone: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(clone), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def scores(evaluate: types.ModuleType, truth: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    keys = sorted(truth)
    counts = [evaluate.string_shingle_matching(true=truth[k], pred=pred.get(k, "")) for k in keys]
    out = evaluate.metrics_from_tp_fp_fns(counts)
    out["accuracy"] = sum(evaluate.get_accuracy(true=truth[k], pred=pred.get(k, "")) for k in keys) / len(keys)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("clone", type=Path)
    ap.add_argument("--pages", type=Path, help="where to write the benchmark's pages (default: a temporary folder)")
    ap.add_argument("--limit", type=int, help="only the first N pages (by key)")
    args = ap.parse_args()

    import trafilatura

    from newsgold.errors import NewsgoldError
    from newsgold.importing.html_pages import read_page

    evaluate = types.ModuleType("benchmark_evaluate")
    exec(compile(git_show(args.clone, "evaluate.py"), "evaluate.py", "exec"), evaluate.__dict__)
    truth_all = json.loads(git_show(args.clone, "ground-truth.json"))
    keys = sorted(truth_all)[: args.limit]
    truth = {k: truth_all[k].get("articleBody", "") for k in keys}
    with tempfile.TemporaryDirectory() as tmp:
        pages = args.pages or Path(tmp)
        pages.mkdir(parents=True, exist_ok=True)
        for k in keys:
            (pages / f"{k}.html.gz").write_bytes(git_show(args.clone, f"html/{k}.html.gz"))
        ours: dict[str, str] = {}
        plain: dict[str, str] = {}
        refused: Counter[str] = Counter()
        cpu = 0.0
        for k in keys:
            path = pages / f"{k}.html.gz"
            t0 = time.process_time()
            try:
                ours[k] = read_page(path).text
            except NewsgoldError as e:
                refused[type(e).__name__] += 1
                print(f"refused: {e}", file=sys.stderr)
            cpu += time.process_time() - t0

            plain[k] = trafilatura.extract(gzip.decompress(path.read_bytes()).decode("utf-8", "replace")) or ""
    verbatim = total = 0
    for k, text in ours.items():
        truth_paras = {p.strip() for p in truth[k].split("\n\n")}
        paras = text.split("\n\n")
        total += len(paras)
        verbatim += sum(p in truth_paras for p in paras)
    head = subprocess.run(["git", "-C", str(args.clone), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"{len(keys)} pages of scrapinghub/article-extraction-benchmark at {head} (trafilatura {trafilatura.__version__})")
    print(
        f"imported {len(ours)}, refused {sum(refused.values())}{' ' + str(dict(refused)) if refused else ''}; read_page CPU {cpu:.1f} s ({cpu / len(keys) * 1000:.0f} ms a page)"
    )
    print(f"{'':<34} {'F1':>6} {'prec':>6} {'recall':>6} {'accuracy':>8}")
    for label, pred in (("newsgold import (stored text)", ours), ("trafilatura.extract (plain text)", plain)):
        m = scores(evaluate, truth, pred)
        print(f"{label:<34} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['accuracy']:8.3f}")
    print(f"imported paragraphs found verbatim as an articleBody paragraph: {verbatim} of {total} ({verbatim / max(total, 1):.1%})")


if __name__ == "__main__":
    main()
