"""Build ``documents.jsonl`` and the quote-layer gold ``gold.jsonl`` from ``articles.py``.

Run from the repository root: ``.venv/bin/python tests/extractors/unseen/build.py``.  Spans are
located by substring search (never counted by hand, GUIDELINES §10); every fragment is given as
its exact text plus an anchor to search after, and the script fails if any lookup is ambiguous
in the sense that the anchor is missing.  Entities are the speaker's full name as written (there
is no registry for these articles); an unnamed group is named by its description.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES  # noqa: E402

# (type, [(fragment, after)], (cue, after) | None, (source, after) | None, entity)
# ``after`` is a string whose first occurrence the search starts after ("" = from the start).
Q = tuple


def D(*frags):
    return list(frags)


GOLD: dict[str, list[Q]] = {
    "millbrook-bike-lanes": [
        (
            "direct",
            D(
                ("This is about keeping people alive,", ""),
                ("We have lost three cyclists on that corridor since 2019. I am not willing to wait for a fourth.", ""),
            ),
            ("said", "alive,”"),
            ("Councilwoman Denise Okafor", ""),
            "Denise Okafor",
        ),
        (
            "indirect",
            D(("removing 140 parking spaces would drive customers to the malls on the edge of town", "")),
            ("argued", ""),
            ("Several shop owners", ""),
            "shop owners",
        ),
        (
            "direct",
            D(
                ("You are taking away the front door of every shop on Harper,", ""),
                ("Nobody is going to carry a wedding cake home on a bicycle.", ""),
            ),
            ("said", "Harper,”"),
            ("Luis Ferreira", ""),
            "Luis Ferreira",
        ),
        (
            "indirect",
            D(("the city had never studied the economic impact of the plan", "")),
            ("said", "dissenting votes,"),
            ("Councilman Ray Dubois", ""),
            "Ray Dubois",
        ),
        (
            "mixed",
            D(("the council was “rushing” a decision that would outlive everyone in the room", "")),
            ("saying", "six-month delay,"),
            ("He", "impact of the plan."),
            "Ray Dubois",
        ),
        (
            "direct",
            D(("Cities that built safe streets did not lose their downtowns,", ""), ("they got them back.", "")),
            ("said", "downtowns,”"),
            ("she", "downtowns,”"),
            "Helen Cho",
        ),
        (
            "indirect",
            D(("construction will begin in April and cost about $2.3 million, most of it covered by a state grant", "")),
            ("According to", ""),
            ("the city’s transportation department", ""),
            "transportation department",
        ),
        (
            "indirect",
            D(("the lanes would be separated from traffic by concrete curbs and planters", "")),
            ("said", "Priya Nair"),
            ("Department spokeswoman Priya Nair", ""),
            "Priya Nair",
        ),
        (
            "indirect",
            D(("delivery zones would be kept on every block", "")),
            ("added", "The spokeswoman"),
            ("The spokeswoman", ""),
            "Priya Nair",
        ),
        (
            "indirect",
            D(("she would meet the Harper Avenue Merchants Association next week", "")),
            ("told", "Okafor told"),
            ("Okafor", "Priya Nair"),
            "Denise Okafor",
        ),
        (
            "direct",
            D(
                ("I heard the concerns tonight, and some of them are fair.", ""),
                ("But the answer to a dangerous street is not to leave it dangerous,", ""),
            ),
            ("said", "leave it dangerous,”"),
            ("she", "leave it dangerous,”"),
            "Denise Okafor",
        ),
        (
            "indirect",
            D(("it was considering a petition to put the lanes on the November ballot", "")),
            ("said", "The merchants association"),
            ("The merchants association", ""),
            "Harper Avenue Merchants Association",
        ),
    ],
    "rovers-sign-striker": [
        (
            "indirect",
            D(
                (
                    "Northgate Rovers have completed the signing of Brazilian striker Tiago Menezes 🇧🇷 from Porto "
                    "for a club-record fee of 38 million euros",
                    "deal\n",
                )
            ),
            ("announced", ""),
            ("the club", "euros,"),
            "Northgate Rovers",
        ),
        (
            "indirect",
            D(("The 24-year-old has agreed a five-year contract and will wear the number nine shirt", "")),
            ("according to", ""),
            ("Rovers", "according to "),
            "Northgate Rovers",
        ),
        (
            "direct",
            D(
                ("Tiago is exactly the kind of forward we have been looking for,", ""),
                ("He presses, he runs in behind, and he finishes. We think he can score twenty goals in this league.", ""),
            ),
            ("told", 'looking for,"'),
            ("Rovers manager Steve Halloran", ""),
            "Steve Halloran",
        ),
        (
            "indirect",
            D(("he had turned down offers from two other clubs because Halloran had called him personally", "")),
            ("said", "last season,"),
            ("Menezes", "this league"),
            "Tiago Menezes",
        ),
        (
            "direct",
            D(
                ("When the manager phoned me, I knew this was the right project,", ""),
                ("My family is happy, I am happy, and now I just want to play.", ""),
            ),
            ("said", 'right project,"'),
            ("he", 'right project,"'),
            "Tiago Menezes",
        ),
        (
            "indirect",
            D(("the squad was still short of cover at full back", "")),
            ("admitted", ""),
            ("Halloran", "Eklund has since"),
            "Steve Halloran",
        ),
        (
            "indirect",
            D(("the club hoped to make one more signing before the window closes on Sept. 1", "")),
            ("adding", ""),
            ("Halloran", "Eklund has since"),
            "Steve Halloran",
        ),
        (
            "indirect",
            D(("the deal had been structured so that a third of the fee would be paid over three years", "")),
            ("said", "Amanda Price"),
            ("Rovers chief executive Amanda Price", ""),
            "Amanda Price",
        ),
        (
            "direct",
            D(("We have not bet the club on one player,", ""), ("The numbers work even if we finish mid-table.", "")),
            ("said", 'one player,"'),
            ("she", 'one player,"'),
            "Amanda Price",
        ),
        (
            "mixed",
            D(('the fee as "madness" for a player who had never played outside Portugal', "")),
            ("described", ""),
            ("Former Rovers captain Gary Milne", ""),
            "Gary Milne",
        ),
        (
            "mixed",
            D(('Menezes had left with the club\'s "gratitude and best wishes"', "")),
            ("said", "Porto said"),
            ("Porto", "outside Portugal."),
            "Porto",
        ),
        (
            "indirect",
            D(("the striker would travel with the squad for Saturday's match against Lindfield but was unlikely to start", "")),
            ("said", "The club said"),
            ("The club", "best wishes"),
            "Northgate Rovers",
        ),
    ],
    "drone-ban-struck-down": [
        (
            "indirect",
            D(("the ban violated free-speech protections", "")),
            ("ruling", "permission,"),
            ("The Fifth District Court of Appeals", ""),
            "Fifth District Court of Appeals",
        ),
        (
            "mixed",
            D(('the ordinance was "far broader than necessary" to protect the privacy of farm families', "")),
            ("said", "2-1 decision"),
            ("the court", "2-1 decision"),
            "Fifth District Court of Appeals",
        ),
        (
            "direct",
            D(
                ("A county may protect its residents from harassment and trespass,", ""),
                ("It may not make the act of photographing a field from public airspace a crime.", ""),
            ),
            ("wrote", ""),
            ("Judge Miriam Castellanos", ""),
            "Miriam Castellanos",
        ),
        (
            "direct",
            D(
                ("I was standing on a public road with a drone that weighed less than a pound,", ""),
                ("The county treated me like a burglar.", ""),
            ),
            ("said", 'less than a pound,"'),
            ("Reyes", 'less than a pound,"'),
            "Daniel Reyes",
        ),
        (
            "indirect",
            D(("the majority had ignored the county's evidence of repeated harassment of farm workers", "")),
            ("argued", ""),
            ("Judge Paula Whitfield", ""),
            "Paula Whitfield",
        ),
        (
            "mixed",
            D(('drones "are not simply cameras on a stick" and that lawmakers were entitled to respond to new technology', "")),
            ("wrote", "farm workers."),
            ("She", "farm workers."),
            "Paula Whitfield",
        ),
        (
            "indirect",
            D(("the county was reviewing the decision and had not decided whether to appeal to the state Supreme Court", "")),
            ("said", "Mark Lindqvist"),
            ("County attorney Mark Lindqvist", ""),
            "Mark Lindqvist",
        ),
        (
            "direct",
            D(("We respect the court,", ""), ("but we still believe the ordinance was a reasonable response to a real problem.", "")),
            ("said", "the county attorney"),
            ("the county attorney", "We respect"),
            "Mark Lindqvist",
        ),
        (
            "indirect",
            D(("at least 40 complaints about low-flying drones were filed with the sheriff's office last year", "")),
            ("According to", ""),
            ("the Harlan County Farm Bureau", ""),
            "Harlan County Farm Bureau",
        ),
        (
            "mixed",
            D(('farmers felt "watched on their own land" and would press state lawmakers for a narrower law', "")),
            ("said", "Ellen Marsh,"),
            ("Ellen Marsh", ""),
            "Ellen Marsh",
        ),
        (
            "direct",
            D(("Today’s decision makes clear that the sky over a public road is not a censorship zone,", "")),
            ("said", "censorship zone,”"),
            ("Tom Abernathy", ""),
            "Tom Abernathy",
        ),
        (
            "indirect",
            D(("the group would seek to recover its legal fees from the county", "")),
            ("said", "Abernathy said"),
            ("Abernathy", "represented Reyes."),
            "Tom Abernathy",
        ),
        (
            "mixed",
            D(('the case "should never have been brought" in the first place', "")),
            ("saying", "from the county,"),
            ("Abernathy", "represented Reyes."),
            "Tom Abernathy",
        ),
    ],
    "dunmore-measles": [
        (
            "direct",
            D(
                ("We are seeing exactly the pattern we feared,", ""),
                ("Every one of these children was unvaccinated or too young for the vaccine.", ""),
            ),
            ("told", ""),
            ("county health director Dr. Alicia Brennan", ""),
            "Alicia Brennan",
        ),
        (
            "indirect",
            D(("two children remained in hospital but that none was in intensive care", "")),
            ("said", 'vaccine."'),
            ("Brennan", 'vaccine."'),
            "Alicia Brennan",
        ),
        (
            "indirect",
            D(
                (
                    "vaccination rates among kindergarten pupils in the county fell from 94 percent in 2018 to 86 "
                    "percent last autumn, well below the level needed to stop the virus from spreading",
                    "",
                )
            ),
            ("According to", ""),
            ("the state health department", ""),
            "state health department",
        ),
        (
            "indirect",
            D(("the state would send a mobile clinic 💉 to three school districts next week", "")),
            ("said", "Kevin Oduya,"),
            ("Kevin Oduya", ""),
            "Kevin Oduya",
        ),
        (
            "indirect",
            D(("the clinics would offer the vaccine free of charge to anyone without insurance", "")),
            ("added", ""),
            ("He", "next week."),
            "Kevin Oduya",
        ),
        (
            "direct",
            D(
                ("Measles is one of the most contagious diseases we know,", ""),
                ("One infected person in a waiting room can infect nine out of ten unprotected people around them.", ""),
            ),
            ("said", "diseases we know,”"),
            ("Oduya", "diseases we know,”"),
            "Kevin Oduya",
        ),
        (
            "indirect",
            D(("unvaccinated pupils would be asked to stay home for 21 days", "")),
            ("saying", ""),
            ("principal Janet Kowalski", ""),
            "Janet Kowalski",
        ),
        (
            "mixed",
            D(("the exclusion policy was “punishing kids for their parents' choices.”", "")),
            ("said", "attend the school,"),
            ("Marcus Hale", ""),
            "Marcus Hale",
        ),
        (
            "direct",
            D(("I understand the risk,", ""), ("but my kids are healthy, and nobody asked us before making this rule.", "")),
            ("said", 'the risk,"'),
            ("Hale", 'the risk,"'),
            "Marcus Hale",
        ),
        (
            "indirect",
            D(("the outbreak was likely to grow before it slowed", "")),
            ("said", "Dr. Brennan"),
            ("Dr. Brennan", "making this rule"),
            "Alicia Brennan",
        ),
        (
            "indirect",
            D(("the incubation period can last up to three weeks", "")),
            ("noting", ""),
            ("Dr. Brennan", "making this rule"),
            "Alicia Brennan",
        ),
        (
            "indirect",
            D(("The county will hold a free vaccination clinic at the Dunmore fairgrounds on Saturday", "")),
            ("said", "on Saturday, county officials"),
            ("county officials", "fairgrounds on Saturday"),
            "county officials",
        ),
    ],
}


def find(text: str, sub: str, after: str) -> list[int]:
    base = 0
    if after:
        a = text.find(after)
        if a < 0:
            raise SystemExit(f"anchor not found: {after!r}")
        base = a + len(after) if sub not in after else a
    s = text.find(sub, base)
    if s < 0:
        raise SystemExit(f"not found after {after!r}: {sub!r}")
    return [s, s + len(sub)]


def build() -> tuple[list[dict], list[dict]]:
    docs, gold = [], []
    for doc_id, (title, text, genre) in ARTICLES.items():
        docs.append({"doc_id": doc_id, "text": text, "title": title, "genre": genre, "language": "en", "n_chars": len(text)})
        quotes = []
        for qtype, frags, cue, source, entity in GOLD[doc_id]:
            content = [find(text, f, a) for f, a in frags]
            quotes.append(
                {
                    "type": qtype,
                    "content": content,
                    "cue": find(text, *cue) if cue else None,
                    "source": {"span": find(text, *source) if source else None, "entity": entity},
                }
            )
        quotes.sort(key=lambda q: q["content"][0][0])
        for i, q in enumerate(quotes, 1):
            q["id"] = f"q{i}"
        gold.append({"doc_id": doc_id, "quotes": [{"id": q["id"], **{k: v for k, v in q.items() if k != "id"}} for q in quotes]})
    return docs, gold


def main() -> None:
    docs, gold = build()
    with open(HERE / "documents.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    for d, g in zip(docs, gold):
        text = d["text"]
        print(f"== {d['doc_id']}: {len(g['quotes'])} quotes")
        for q in g["quotes"]:
            frag = " | ".join(text[s:e] for s, e in q["content"])
            cue = text[slice(*q["cue"])] if q["cue"] else None
            src = text[slice(*q["source"]["span"])] if q["source"]["span"] else None
            print(f"  {q['id']} {q['type']:8} cue={cue!r} src={src!r}@{q['source']['span']} -> {q['source']['entity']}: {frag[:70]!r}")


if __name__ == "__main__":
    main()
