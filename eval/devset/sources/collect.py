"""Clean the selected newspaper test-data article bodies minimally and write articles.jsonl.

Usage: python collect.py OUT.jsonl NEWSPAPER_CLONE (a clone of github.com/codelucas/newspaper at source_commit).
Each kept line is verbatim; dropped lines and inline removals are listed per document in `removed`;
paragraphs are joined with one blank line.
"""

import json
import os
import subprocess
import sys

REPO = sys.argv[2]
HEAD = subprocess.run(["git", "-C", REPO, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
prov = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "newspaper_files.json")))
# name: (doc_id, outlet, date, topic, url override, [dropped line prefixes], {inline removals}, note)
SEL = [
    (
        "cnn",
        "cnn-thanksgiving-storm",
        "CNN",
        "2013-11-27",
        "weather / travel",
        None,
        [
            "Are you in the grips",
            "Don't get trapped by bad",
            "#ATL24:",
            "5 healthy eating tips",
            "Storm prompts airlines",
            "CNN's Jason Carroll",
        ],
        [],
    ),
    (
        "nj.com1",
        "nj-doherty-christie",
        "NJ.com (NJ Advance Media)",
        "2015-01",
        "politics (state)",
        None,
        ["Loading Photo Gallery", "Matt Friedman may be reached"],
        [],
    ),
    (
        "reuters.com3",
        "reuters-airasia-bodies",
        "Reuters",
        "2014-12-30",
        "world / disaster",
        None,
        ["1 of 18.", "(Additional reporting by"],
        [],
    ),
    (
        "pe.com1",
        "pe-perris-shooting",
        "The Press-Enterprise (pe.com)",
        "unknown (after the Dec. 30, 2014 shooting it reports)",
        "crime / courts (local)",
        None,
        ["PERRIS: Woman ordered hit"],
        [],
    ),
    (
        "nypost.com2",
        "nypost-shark-surfer",
        "New York Post (from Fox News)",
        "2014-12-29",
        "local news",
        None,
        ["Share this: Share", "Facebook", "Twitter", "Google", "WhatsApp", "Email", "This article originally appeared"],
        [],
    ),
    ("nypost.com1", "nypost-macmillan-amazon", "New York Post", "2014-12-18", "business", None, [], []),
    ("mlive.com2", "mlive-suh-rodgers", "MLive", "2014-12", "sports", None, [], []),
    ("telegraph.co.uk2", "telegraph-thatcher-gcse", "The Telegraph", "2014-12-30", "politics / education (archives)", None, [], []),
    (
        "thedailybeast.com1",
        "dailybeast-vatican-nuns",
        "The Daily Beast",
        "2014-12-16",
        "religion",
        None,
        ["The focus of her investigation was on how nuns live, work and pray.\n"],
        [],
    ),
    (
        "livescience.com1",
        "livescience-psilocybin",
        "Live Science",
        "2014-10-28",
        "science",
        None,
        ["Magic mushrooms can create vivid hallucinations", "Credit: WhiteHaven", "Follow Tia Ghose"],
        [" [Trippy Tales: The History of 8 Hallucinogens]"],
    ),
    (
        "wired.com2",
        "wired-finney-swatting",
        "WIRED",
        "2014-12",
        "crime / technology",
        None,
        ["What I’m angry about is it took away some of the peace that he could have had for the last few months of his life.\n"],
        [],
    ),
    (
        "foxnews.com1",
        "foxnews-oscar-isaac",
        "Fox News Latino",
        "2014-12-29",
        "entertainment",
        None,
        ["In this image released by A24 Films", "Like us on Facebook", "Follow us on Twitter", "Follow Lucia I. Suarez"],
        [],
    ),
    ("thedailybeast.com2", "dailybeast-nypd-vigil", "The Daily Beast", "2014-12-22", "local news / policing", None, [], []),
    (
        "bloomberg.com1",
        "bloomberg-state-jobs",
        "Bloomberg",
        "2014-09-30",
        "business / economy",
        None,
        [
            "Nevada, Arizona and Florida are among those furthest from their peak employment during... Read More",
            "To contact the reporter",
            "To contact the editors",
        ],
        [],
    ),
]
out = []
for name, doc_id, outlet, date, topic, url, drops, inline in SEL:
    p = prov[name]
    raw = subprocess.run(["git", "-C", REPO, "show", "HEAD:" + p["path"]], capture_output=True, check=True).stdout.decode("utf-8")
    lines = raw.split("\n")
    paras, removed = [], []
    seen_first_bloomberg = 0
    for ln in lines:
        if not ln.strip():
            continue
        full = ln + "\n"
        hit = [d for d in drops if full == d or (not d.endswith("\n") and ln.startswith(d))]
        if name == "bloomberg.com1" and ln.startswith(
            "Nevada, Arizona and Florida are among those furthest from their peak employment during the December"
        ):
            seen_first_bloomberg += 1
            if seen_first_bloomberg <= 2:  # chart caption and its expanded widget ("... Close"); the body paragraph is kept
                removed.append(ln[:60] + "…")
                continue
        if hit:
            removed.append(ln if len(ln) < 90 else ln[:87] + "…")
            continue
        for s in inline:
            if s in ln:
                ln = ln.replace(s, "")
                removed.append(f"inline: {s.strip()}")
        paras.append(ln)
    text = "\n\n".join(p_.rstrip() for p_ in paras)
    assert text == text.strip()
    out.append(
        {
            "doc_id": doc_id,
            "text": text,
            "title": doc_id,
            "outlet": outlet,
            "date": date,
            "topic": topic,
            "url": url or p["url"],
            "source_repo": "codelucas/newspaper",
            "source_path": p["path"],
            "source_commit": HEAD,
            "source_last_changed": p["commit"],
            "raw_chars": p["chars"],
            "removed": removed,
        }
    )
    print(doc_id, len(text), len(removed), removed, file=sys.stderr)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
