"""Annotation pass annotator-b on the 12 dev articles of session 6 (sources/articles4.jsonl): quotes, as strings.

Made independently (session 6, the `devset-more-b` session), from commit c311dd5 of branch
`devset-more` (the texts, imported, no annotation): the annotator read only the texts,
GUIDELINES.md and the card's decisions, not pass a/a2 or any gold of these articles, and ran no
extractor on them.  Offsets come from sources/spans.py (as for pass_b.py, pass_b_new.py and
pass_b_unseen.py); run from eval/devset:
    python sources/pass_b_more.py [-v]
It writes annotations/passes/annotator-b/<doc_id>.json for these 12 articles only (the other 35 come
from the earlier pass-b scripts), and the entity registry (annotations/entities.json): the ids of
sources/entities.py plus this pass's speakers (sources/entities_b_more.py; an id entities.py
already defines wins).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities import ENTITIES
from entities_b_more import ENTITIES_B_MORE
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.store import write_annotation_dir

R = RUN
D, I, M = "direct", "indirect", "mixed"  # noqa: E741

DOCS: dict[str, list[Q]] = {}

# fmt: off

DOCS["aljazeera-afghanistan-helicopter"] = [
    Q(I, ["Two United States service members have been killed in a helicopter crash in Afghanistan"], "the US military", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(D, ["The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire,"], "the statement", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(I, ["it was withholding the names of those killed until next of kin could be told"], "It", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(I, ["which", "crashed in Logar province south of the capital Kabul"], "it", "said", "E_AFGHAN_TALIBAN", at="which it said crashed"),
    Q(D, ["US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen (Taliban) position in Pangram area of Sarkh, Logar,"], "Taliban spokesman Zabihullah Mujahid", "said", "E_ZABIHULLAH_MUJAHID"),
    Q(D, ["The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire. All on board were killed,"], "Mujahid", "said", "E_ZABIHULLAH_MUJAHID"),
    Q(M, ['its forces are likely to remain "for several more years"'], "General Mark Milley", "told", "E_MARK_MILLEY"),
    Q(I, ["More than 2,500 Afghan civilians have been killed in the fighting so far this year"], "the United Nations", "according to", "E_UNITED_NATIONS"),
]

DOCS["indiapost-deportees"] = [
    Q(I, ["they felt dejected that they could not realise their American dream even after several attempts"], "Some", "said", "E_SOME_DEPORTEES"),
    Q(D, ["This was the fourth time I have been deported,"], "Singh Jabarjung", "said", "E_SINGH_JABARJUNG"),
    Q(D, ["I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I tried to enter California on May 16 but was caught by police and deported from Arizona,"], "he", "said", "E_SINGH_JABARJUNG"),
    Q(I, ["he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy"], "He", "said", "E_SINGH_JABARJUNG"),
    Q(I, ["he had given Rs 25 lakh to an Amritsar-based agent to help him enter the US"], "Lakshiwnder Singh", "said", "E_LAKSHIWNDER_SINGH"),
    Q(D, ["He sent me to Mexico on May 2 via Moscow and Paris. They caught me while I was trying to cross the border and deported here from Arizona in US,"], "he", "said", "E_LAKSHIWNDER_SINGH"),
    Q(I, ["The special aircraft carrying the deportees landed at the T3 terminal of the Delhi airport at 6am"], "an airport official", "said", "E_DELHI_AIRPORT_OFFICIAL"),
    Q(I, ["These 150 Indians have either violated their visa norms or were illegal immigrants"], "the officials", "said", "E_DELHI_OFFICIALS"),
]

DOCS["nbcdfw-kidnapping-rescue"] = [
    Q(D, ["Fort Worth P.D. Open the door! We're coming in!"], "an officer", "shouts", "E_FORT_WORTH_OFFICER"),
    Q(I, ["he needed to get dressed"], "The suspect", "said", "E_MICHAEL_WEBB"),
    Q(D, ["Hands! Let me see your hands!", "Step out."], "an officer", "ordered", "E_FORT_WORTH_OFFICER"),
    Q(I, ["to kill her parents"], "he", "threatening", "E_MICHAEL_WEBB"),
    Q(D, ["Hey, here she is. Got her!", "We got her. We got her."], "an officer", "said", "E_FORT_WORTH_OFFICER"),
    Q(D, ["Come on, sweetheart. You are going to be OK,"], "an officer", "told", "E_FORT_WORTH_OFFICER"),
]

DOCS["chron-houston-car-sales"] = [
    Q(I, ["Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the second-highest sales volume of the year thus far but still down 10 percent from a year ago"], "InfoNation", "according to", "E_INFONATION"),
    Q(I, ["Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year"], "InfoNation", "according to", "E_INFONATION"),
    Q(D, ["People are a little more cautious in regards to purchasing vehicles,"], "InfoNation President Dan McDowell", "said", "E_DAN_MCDOWELL"),
    Q(D, ["2019 is just not as strong as 2018."], "InfoNation President Dan McDowell", "adding", "E_DAN_MCDOWELL"),
    Q(I, ["The annual percentage rate on new financed vehicles averaged 5.7 percent in October, down from 6.2 percent a year earlier"], "Edmunds.com", "according to", "E_EDMUNDS"),
    Q(D, ["The end of the calendar year is a popular time for expensive vehicle purchases,", "Shoppers in the market for a large truck or SUV" + R], "Jessica Caldwell", "said", "E_JESSICA_CALDWELL"),
    Q(I, ["The average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627"], "InfoNation", "according to", "E_INFONATION"),
    Q(I, ["New infotainment and safety technology, such as lane changing alerts, backup cameras, sutomatic braking and self-parking features, have pushed prices up"], "McDowell", "said", "E_DAN_MCDOWELL"),
]

DOCS["cnbc-coty-kylie"] = [
    Q(I, ["the stock could be a risky bet with a worthy reward"], "Matt Maley", "says", "E_MATT_MALEY"),
    Q(D, ["This is a stock that until this year had been getting clobbered,", "It was down for four straight years" + R], "Maley", "said", "E_MATT_MALEY"),
    Q(D, ["A little bit more risk but more reward" + R], "Maley", "said", "E_MATT_MALEY"),
    Q(I, ["The Coty-Kylie Jenner deal could be the beginning of a new trend for consumer-facing stocks"], "John Petrides", "says", "E_JOHN_PETRIDES"),
    Q(D, ["Here's a company that's willing to pay" + R], "Petrides", "said", "E_JOHN_PETRIDES"),
    Q(D, ["I would expect more acquisitions like this" + R], "Petrides", "said", "E_JOHN_PETRIDES"),
]

DOCS["cnn-feather-duvet-lung"] = [
    Q(D, ["Two months after the onset of the symptoms" + R], "43-year-old Martin Taylor", "wrote", "E_MARTIN_TAYLOR"),
    Q(D, ["Going upstairs to bed was a 30 minute activity" + R], "Taylor", "added", "E_MARTIN_TAYLOR"),
    Q(M, ['Four doctor appointments failed to find the cause, which was "extremely distressing,"'], "Taylor", "wrote", "E_MARTIN_TAYLOR"),
    Q(I, ["a chest X-ray of his lungs as normal"], "a radiologist", "dismissed", "E_TAYLOR_RADIOLOGIST"),
    Q(D, ["His general practitioner was very astute" + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(M, ['it can be difficult to diagnose hypersensitivity pneumonitis because the changes are often subtle with just a "slight diffuse greyness to the lungs."'], "Dempsey", "adding", "E_OWEN_DEMPSEY"),
    Q(D, ["I think the radiologist may have thought" + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["He sounded very breathless" + R, "Very abnormal for such a young man." + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(M, ['Making the diagnosis was "a bit like a jigsaw,"'], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(I, ["he didn't own any birds, just a cat and dog"], "Taylor", "told", "E_MARTIN_TAYLOR"),
    Q(D, ["I have a particular interest in this group of diseases,", "And we know that if you take a meticulous history" + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["We are paid to be nosy,", "The danger is that we don't ask enough" + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["Elementary, my dear Watson."], "Sherlock", "say", "E_SHERLOCK_HOLMES"),
    Q(D, ["Most doctors, in my experience, don't ask that level of detail,"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(I, ["doctors should always ask about exposures at home, including bedding, molds, the warmth and dryness of the home, and any unusual hobbies or pastimes"], "Dempsey", "adding", "E_OWEN_DEMPSEY"),
    Q(I, ["Early recognition of avian antigen exposure and removal of the bedding or other irritant is critical to recovery for patients"], "Dempsey", "stressed", "E_OWEN_DEMPSEY"),
    Q(D, ["The steroids which were prescribed after diagnosis" + R, "The course of steroids continued" + R, "I have not had any dizzy turns since recovering." + R], "Taylor", "wrote", "E_MARTIN_TAYLOR"),
]

DOCS["deccanherald-impeachment-grisham"] = [
    Q(I, ["Trump's call with his Ukrainian counterpart was irregular and inappropriate and abuse of his office for political gain"], "The Democrats", "alleging", "E_HOUSE_DEMOCRATS"),
    Q(D, ["A great day for Republicans, a great day for our Country! In the end, we will win and save our Country from certain destruction,"], "Trump", "tweeted", "E_DONALD_TRUMP"),
    Q(I, ["the impeachment process a sham"], "The White House", "called", "E_WHITE_HOUSE"),
    Q(D, ["Today's second hearing is over" + R], "White House Press Secretary Stephanie Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["Specifically, Ambassador Volker confirmed under oath" + R], "she", "said", "E_STEPHANIE_GRISHAM"),
    Q(I, ["the American public not to tolerate the pretense of the Democrats"], "Grisham", "urged", "E_STEPHANIE_GRISHAM"),
    Q(D, ["With the Democrats' poll-tested" + R], "Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["We have learned nothing new in today's illegitimate" + R], "she", "added", "E_STEPHANIE_GRISHAM"),
    Q(I, ["the Democrats of being blinded by their hatred for President Trump"], "Grisham", "accused", "E_STEPHANIE_GRISHAM"),
    Q(D, ["Today's hearing only further exposes" + R], "Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(I, ["Trump's request to Ukrainian president to investigate Democratic rivals was inappropriate"], "both Vindman and Williams", "told", "E_VINDMAN_AND_WILLIAMS"),
    Q(I, ["the call with Zelensky was not in line with American national security goals"], "Volker and Morrison", "said", "E_VOLKER_AND_MORRISON"),
    Q(D, ["Frankly I couldn't believe what I was hearing." + R], "Vindman", "said", "E_ALEXANDER_VINDMAN"),
    Q(I, ["the phone call was unusual and inappropriate"], "Williams", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I believe what I found unusual" + R], "she", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I thought that the references to specific individuals" + R], "Williams", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I can't speak to what the president's motivation was" + R], "she", "said", "E_JENNIFER_WILLIAMS"),
    Q(I, ["he does not think that raising 2016 elections or Vice President Biden or these things that he considers to be conspiracy theories that have been circulated by the Ukrainians, particularly the former prosecutor general, are they're not things that one should be pursuing as part of the national security strategy with Ukraine"], "Volker", "said", "E_KURT_VOLKER"),
    Q(D, ["We should be supporting Ukraine's democracy" + R], "Volker", "said", "E_KURT_VOLKER"),
]

DOCS["express-hongkong-polyu"] = [
    Q(I, ["the demonstrators inside the Polytechnic University in Hong Kong had no option but to come out and surrender"], "police", "said", "E_HONG_KONG_POLICE"),
    Q(I, ["the UK and the US of meddling in the country's affairs"], "China's ambassador to Britain", "accused", "E_LIU_XIAMING"),
    Q(M, ['the Chinese government "will not sit on our hands" if the Hong Kong situation "becomes uncontrollable"'], "China's ambassador to Britain", "warned", "E_LIU_XIAMING"),
    Q(D, ["These rioters, they are also criminals." + R, "Other than coming out to surrender" + R], "Cheuk Hau-yip", "said", "E_CHEUK_HAU_YIP"),
    Q(M, ['China has the "resolution and power" to end Hong Kong unrest amid protests'], "China's ambassador to Britain Liu Xiaming", "said", "E_LIU_XIAMING"),
    Q(I, ["the People's Liberation Army could be deployed in Beijing"], "Liu", "said", "E_LIU_XIAMING"),
    Q(D, ["They are already there in the Hong Kong garrison." + R, "If the situation becomes uncontrollable" + R], "Liu", "warning", "E_LIU_XIAMING"),
    Q(I, ["the government's mask ban unconstitutional"], "a Hong Kong court ruling", "declaring", "E_HONG_KONG_COURT"),
    Q(I, ["police alone are not able to end the violence"], "Chris Tang", "said", "E_CHRIS_TANG"),
    Q(I, ["to use live ammunition on them"], "Hong Kong police", "threatened", "E_HONG_KONG_POLICE"),
    Q(M, ['it is committed to the "one country, two systems" formula granting Hong Kong autonomy'], "China", "said", "E_CHINA"),
    Q(I, ["they show utmost restraint"], "the city's police", "say", "E_HONG_KONG_POLICE"),
    Q(D, ["end to the violence and for all sides to engage in meaningful political dialogue"], "The UK", "urged", "E_UK"),
]

DOCS["moneycontrol-sensex-economy"] = [
    Q(D, ["Markets usually run ahead of macros" + R], "Sanjiv Bhasin", "said", "E_SANJIV_BHASIN"),
    Q(D, ["The market and the quality part of the market" + R], "a report from Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(I, ["The key positive from the Q2 results season is that even on the operational front (sales and EBITDA), the misses did not exceed the beats and were largely neutral"], "experts", "say", "E_MARKET_EXPERTS"),
    Q(D, ["The hope of a faster recovery in earnings" + R], "Rusmik Oza", "said", "E_RUSMIK_OZA"),
    Q(I, ["This is also supporting the sentiment"], "Oza", "said", "E_RUSMIK_OZA"),
    Q(I, ["the rally in bank stocks to the Supreme Court's ruling on the Essar Steel resolution"], "Oza", "attributed", "E_RUSMIK_OZA"),
    Q(D, ["The Essar Steel case verdict is a big positive" + R], "Oza", "said", "E_RUSMIK_OZA"),
    Q(I, ["the Supreme Court decision on the Essar Steel resolution a landmark judgment"], "Global financial firm JP Morgan", "called", "E_JP_MORGAN"),
    Q(I, ["the order favoured banks"], "Nomura", "said", "E_NOMURA"),
    Q(I, ["SBI and ICICI Bank as its key beneficiaries"], "Nomura", "identified", "E_NOMURA"),
    Q(D, ["Stock market bubbles don't grow out of thin air." + R], "Hungarian-American investor George Soros", "said", "E_GEORGE_SOROS"),
    Q(I, ["The hopes of recovery in the economy and optimism around corporate earnings should not turn into misplaced optimism"], "experts", "say", "E_MARKET_EXPERTS"),
    Q(D, ["We remain sceptical of a quick recovery" + R], "Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(I, ["An extended slowdown could result in the market losing hope of an imminent revival in demand supported by government action"], "the brokerage", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(I, ["the upside will be capped for the market and some consolidation is likely in the near-term"], "experts", "say", "E_MARKET_EXPERTS"),
    Q(I, ["this is a stock-specific market"], "Pankaj Pandey", "pointed out", "E_PANKAJ_PANDEY"),
    Q(D, ["It is a stock-specific market so not expecting" + R], "he", "said", "E_PANKAJ_PANDEY"),
    Q(D, ["We see risks to all these points" + R], "Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
]

DOCS["politifact-mckinley-drugs"] = [
    Q(I, ["the United States needs stronger border security, including more border patrol agents"], "Rep. David McKinley", "argued", "E_DAVID_MCKINLEY"),
    Q(I, ["A major part of the reason that additional resources are needed", "is the flow of drugs into the country"], "McKinley", "said", "E_DAVID_MCKINLEY"),
    Q(M, ['Border agents "say you\'ve got to pay attention to this - $53 million a week is coming across the border in drugs,"'], "he", "said", "E_DAVID_MCKINLEY"),
    Q(I, ["The official and most consistent way that Customs and Border Protection measures seizures is by pounds, not by value"], "an agency spokesman", "told", "E_CBP_SPOKESMAN"),
    Q(D, ["There are no hard data, but I find the statistics cited to be consistent and certainly reasonable,"], "Bruce Bagley", "said", "E_BRUCE_BAGLEY"),
    Q(M, ['the southwestern border with Mexico "remains the primary entry point for heroin into the United States" and that "Mexico remains the most significant foreign source for marijuana available in the United States."'], "the DEA", "says", "E_DEA"),
    Q(D, ["$53 million a week is coming across the border in drugs."], "McKinley", "said", "E_DAVID_MCKINLEY", at="McKinley said that"),
]

DOCS["spacecom-europa-plumes"] = [
    Q(I, ["researchers have now detected one such plume's water vapor directly for the first time"], "a new study", "reports", "E_PAGANINI_TEAM"),
    Q(D, ["Essential chemical elements (carbon" + R], "study lead author Lucas Paganini", "said", "E_LUCAS_PAGANINI"),
    Q(D, ["While scientists have not yet detected liquid water directly" + R], "Paganini", "added", "E_LUCAS_PAGANINI"),
    Q(I, ["there was quite a bit of the stuff - about 2,300 tons (2,095 metric tons)"], "the researchers", "according to", "E_PAGANINI_TEAM"),
    Q(I, ["such stripping would likely occur fairly regularly, or at least often enough to be noted more than one night out of 17"], "Paganini and his team", "wrote", "E_PAGANINI_TEAM"),
    Q(D, ["For me, the interesting thing about this work" + R], "Paganini", "said", "E_LUCAS_PAGANINI"),
]

DOCS["sportsnet-davis-cup"] = [
    Q(D, ["It was a difficult situation for us,", "We needed this win" + R], "Lopez", "said", "E_FELICIANO_LOPEZ"),
    Q(D, ["The format makes things very difficult" + R, "And losing that first match, we were under pressure."], "Nadal", "said", "E_RAFAEL_NADAL"),
    Q(D, ["Came down to a few points,", "Thought I did my part" + R], "Opelka", "said", "E_REILLY_OPELKA"),
    Q(D, ["We know we've arrived late from London" + R, "There was a lot of intensity in the win" + R], "Mahut", "said", "E_NICOLAS_MAHUT"),
    Q(D, ["It's the end of the season" + R, "I think Guido helped me a lot" + R], "the 14th-ranked Schwartzman", "said", "E_DIEGO_SCHWARTZMAN"),
    Q(D, ["I almost died there,"], "Bublik", "said", "E_ALEXANDER_BUBLIK"),
]

# fmt: on


def annotations(texts: dict[str, str]) -> dict[str, newsgold.DocAnnotation]:
    """Pass b's quotes per document, with offsets from sources/spans.py."""
    out = {}
    for doc_id, specs in DOCS.items():
        for q in specs:
            assert q.ent in ENTITIES_B_MORE or q.ent in ENTITIES, (doc_id, q.ent)
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        out[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    registry_ids = {**ENTITIES_B_MORE, **ENTITIES}  # an id sources/entities.py defines wins
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(registry_ids.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = annotations(texts)
    write_annotation_dir(docs, root / "annotations/passes/annotator-b", overwrite=True)
    print(f"annotator-b (session-6 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
