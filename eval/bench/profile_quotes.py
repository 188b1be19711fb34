"""Where a ``quotes`` v9 pass spends its CPU time: each analysis step alone, then the rules.

    .venv/bin/python eval/bench/profile_quotes.py [--mb 0.5] [--repeat 5]

The ``bench_extractors.py`` workload; every step is timed as the best of ``--repeat`` passes
of CPU time (``time.process_time``), each step's share being its time minus the steps before
(the analysis is lazy and cached, so a step pays for what it reads first); the rules and the
speaker resolution are timed alone, over rule objects whose analysis was read beforehand.  The shares are
estimates on a shared machine, not a timed test; the whole pass is printed for comparison.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench_extractors import workload

from newsgold.extractors.quotes.v9 import QuotesV9, RulesV9
from newsgold.extractors.quotes.v9_speakers import SpeakerResolverV9

# what the rules read of the analysis (made lazily, cached per document)
ALL = [
    "tokens",
    "quotations",
    "quote_regions",
    "sentences",
    "names",
    "_name_ends",
    "_name_starts",
    "_cue_tokens",
    "_reporting",
    "noun_cue_tokens",
]
STEPS = [
    ("tokens", ["tokens"]),
    ("quotation marks", ["quotations", "quote_regions"]),
    ("sentences", ["sentences"]),
    ("name mentions", ["names"]),
]


def best(fn: Callable[[], object], repeat: int) -> float:
    out = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        out = min(out, time.process_time() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs, ex = workload(args.mb), QuotesV9()
    total = best(lambda: [ex.extract(d) for d in docs], args.repeat)

    def analysis(attrs: list[str]) -> None:
        for d in docs:
            a = RulesV9(d).a
            for attr in attrs:
                getattr(a, attr)

    rows, before, attrs = [], best(lambda: [RulesV9(d) for d in docs], args.repeat), []
    rows.append(("rules set-up (boilerplate regions)", before))
    for name, more in STEPS:
        attrs += more
        t = best(lambda attrs=tuple(attrs): analysis(list(attrs)), args.repeat)
        rows.append((name, t - before))
        before = t
    # the rules and the resolution timed alone: over rule objects whose analysis is already read
    for name in ["direct-quote rules", "indirect-quote rules", "speaker resolution, assembly"]:
        out = float("inf")
        for _ in range(args.repeat):
            prepared = []
            for d in docs:
                r = RulesV9(d)
                for attr in ALL:
                    getattr(r.a, attr)
                found = r.direct_quotes() if name != "direct-quote rules" else []
                prepared.append((d, r, found + (r.indirect_quotes() if name == "speaker resolution, assembly" else [])))
            t0 = time.process_time()
            for d, r, found in prepared:
                if name == "direct-quote rules":
                    r.direct_quotes()
                elif name == "indirect-quote rules":
                    r.indirect_quotes()
                else:
                    ex._finish(d, found, resolve=True, analysis=r.a, resolver_class=SpeakerResolverV9)
            out = min(out, time.process_time() - t0)
        rows.append((name, out))
    summed = sum(t for _, t in rows)
    print(
        f"{len(docs)} documents; one extract() pass: {total:.3f} s CPU, the steps below sum to {summed:.3f} s (best of {args.repeat} each)"
    )
    for name, t in rows:
        print(f"{name:<36}{t:>8.3f} s{10 * t / summed:>7.1f} tenths")


if __name__ == "__main__":
    main()
