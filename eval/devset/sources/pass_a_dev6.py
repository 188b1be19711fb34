"""Pass 1 (annotator-a) on the 12 dev articles of articles4.jsonl (session 6): quotes as strings.

Written in session 6 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  pass_a.py adds these specs to its DOCS; their speakers are ENTITIES_DEV6
(two speakers of cbs-volker-morrison are the same people and keep their ids).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import Q

D, IN, M = "direct", "indirect", "mixed"

ENTITIES_DEV6: dict[str, tuple[str, list[str], str]] = {
    # deccanherald-impeachment-grisham (E_KURT_VOLKER, E_ALEXANDER_VINDMAN: cbs-volker-morrison's ids)
    "E_HOUSE_DEMOCRATS": ("the Democrats (House impeachment inquiry)", ["Democrats", "the Democrats"], "organization"),
    "E_DONALD_TRUMP": ("Donald Trump", ["Donald Trump", "US President Donald Trump", "President Trump", "Trump"], "person"),
    "E_WHITE_HOUSE": ("the White House", ["the White House", "White House"], "organization"),
    "E_STEPHANIE_GRISHAM": (
        "Stephanie Grisham",
        ["Stephanie Grisham", "White House Press Secretary Stephanie Grisham", "Grisham"],
        "person",
    ),
    "E_JENNIFER_WILLIAMS": ("Jennifer Williams", ["Jennifer Williams", "Williams"], "person"),
    "E_VINDMAN_AND_WILLIAMS": ("Alexander Vindman and Jennifer Williams", [], "other"),
    "E_VOLKER_AND_MORRISON": ("Kurt Volker and Tim Morrison", [], "other"),
    # sportsnet-davis-cup
    "E_FELICIANO_LOPEZ": ("Feliciano Lopez", ["Feliciano Lopez", "Lopez"], "person"),
    "E_RAFAEL_NADAL": ("Rafael Nadal", ["Rafael Nadal", "Nadal"], "person"),
    "E_REILLY_OPELKA": ("Reilly Opelka", ["Reilly Opelka", "Opelka"], "person"),
    "E_NICOLAS_MAHUT": ("Nicolas Mahut", ["Nicolas Mahut", "Mahut"], "person"),
    "E_DIEGO_SCHWARTZMAN": ("Diego Schwartzman", ["Diego Schwartzman", "Schwartzman"], "person"),
    "E_ALEXANDER_BUBLIK": ("Alexander Bublik", ["Alexander Bublik", "Bublik"], "person"),
    # nbcdfw-kidnapping-rescue
    "E_FW_RESCUE_OFFICER": ("an officer in the Fort Worth rescue video", [], "person"),
    "E_MICHAEL_WEBB": ("Michael Webb", ["Michael Webb", "Webb"], "person"),
    # cnn-feather-duvet-lung
    "E_MARTIN_TAYLOR": ("Martin Taylor", ["Martin Taylor", "Taylor"], "person"),
    "E_OWEN_DEMPSEY": ("Owen John Dempsey", ["Dr. Owen John Dempsey", "Owen John Dempsey", "Dempsey"], "person"),
    "E_SHERLOCK_HOLMES": ("Sherlock Holmes (fictional)", ["Sherlock"], "person"),
    # cnbc-coty-kylie
    "E_MATT_MALEY": ("Matt Maley", ["Matt Maley", "Maley"], "person"),
    "E_JOHN_PETRIDES": ("John Petrides", ["John Petrides", "Petrides"], "person"),
    # politifact-mckinley-drugs
    "E_DAVID_MCKINLEY": ("David McKinley", ["David McKinley", "Rep. David McKinley", "McKinley"], "person"),
    "E_CBP_SPOKESMAN": ("a Customs and Border Protection spokesman", [], "person"),
    "E_BRUCE_BAGLEY": ("Bruce Bagley", ["Bruce Bagley"], "person"),
    "E_DEA": ("Drug Enforcement Administration", ["Drug Enforcement Administration", "DEA", "the DEA"], "organization"),
    # spacecom-europa-plumes
    "E_EUROPA_STUDY_AUTHORS": ("the authors of the Nature Astronomy Europa study (Paganini and colleagues)", [], "other"),
    "E_LUCAS_PAGANINI": ("Lucas Paganini", ["Lucas Paganini", "study lead author Lucas Paganini", "Paganini"], "person"),
    # chron-houston-car-sales
    "E_INFONATION": ("InfoNation", ["InfoNation"], "organization"),
    "E_DAN_MCDOWELL": ("Dan McDowell", ["Dan McDowell", "InfoNation President Dan McDowell", "McDowell"], "person"),
    "E_EDMUNDS": ("Edmunds.com", ["Edmunds.com", "Edmunds"], "organization"),
    "E_JESSICA_CALDWELL": ("Jessica Caldwell", ["Jessica Caldwell"], "person"),
    # aljazeera-afghanistan-helicopter
    "E_US_MILITARY_AFGHANISTAN": ("the US military (Afghanistan)", ["the US military"], "organization"),
    "E_AFGHAN_TALIBAN": ("the Afghan Taliban", ["The Afghan Taliban", "Taliban"], "organization"),
    "E_ZABIHULLAH_MUJAHID": ("Zabihullah Mujahid", ["Zabihullah Mujahid", "Mujahid"], "person"),
    "E_MARK_MILLEY": ("Mark Milley", ["General Mark Milley", "Mark Milley"], "person"),
    "E_UNITED_NATIONS": ("the United Nations", ["the United Nations", "United Nations"], "organization"),
    # moneycontrol-sensex-economy
    "E_SANJIV_BHASIN": ("Sanjiv Bhasin", ["Sanjiv Bhasin"], "person"),
    "E_KOTAK_INSTITUTIONAL_EQUITIES": ("Kotak Institutional Equities", ["Kotak Institutional Equities"], "organization"),
    "E_MARKET_EXPERTS_INDIA": ("experts (Indian stock market)", [], "other"),
    "E_RUSMIK_OZA": ("Rusmik Oza", ["Rusmik Oza", "Oza"], "person"),
    "E_JP_MORGAN": ("JP Morgan", ["JP Morgan"], "organization"),
    "E_NOMURA": ("Nomura", ["Nomura"], "organization"),
    "E_GEORGE_SOROS": ("George Soros", ["George Soros"], "person"),
    "E_PANKAJ_PANDEY": ("Pankaj Pandey", ["Pankaj Pandey"], "person"),
    # express-hongkong-polyu
    "E_HONG_KONG_POLICE": ("Hong Kong police", ["Hong Kong police", "police"], "organization"),
    "E_LIU_XIAOMING": ("Liu Xiaoming", ["Liu Xiaming", "China's ambassador to Britain", "Liu"], "person"),
    "E_CHEUK_HAU_YIP": ("Cheuk Hau-yip", ["Cheuk Hau-yip"], "person"),
    "E_HONG_KONG_COURT": ("a Hong Kong court (mask ban ruling)", [], "organization"),
    "E_CHRIS_TANG": ("Chris Tang", ["Chris Tang"], "person"),
    "E_CHINA_GOVERNMENT": ("China (the Chinese government)", ["China"], "organization"),
    "E_UK_GOVERNMENT": ("the UK (the British government)", ["The UK"], "organization"),
    # indiapost-deportees
    "E_SOME_DEPORTEES": ("some of the deportees returned to Delhi", [], "other"),
    "E_SINGH_JABARJUNG": ("Singh Jabarjung", ["Singh Jabarjung"], "person"),
    "E_LAKSHIWNDER_SINGH": ("Lakshiwnder Singh", ["Lakshiwnder Singh"], "person"),
    "E_DELHI_AIRPORT_OFFICIAL": ("an airport official (Delhi)", [], "person"),
    "E_DELHI_OFFICIALS": ("the officials (Delhi airport)", [], "other"),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["deccanherald-impeachment-grisham"] = [
    Q(IN, ["Trump's call with his Ukrainian counterpart was irregular and inappropriate and abuse of his office for political gain"], "The Democrats", "alleging", "E_HOUSE_DEMOCRATS"),
    Q(D, ["A great day for Republicans, a great day for our Country! In the end, we will win and save our Country from certain destruction,"], "Trump", "tweeted", "E_DONALD_TRUMP"),
    Q(IN, ["the impeachment process a sham"], "The White House", "called", "E_WHITE_HOUSE"),
    Q(D, ["Today's second hearing is over, and the Democrats' central allegation in this impeachment sham has again been completely debunked,"], "White House Press Secretary Stephanie Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["Specifically, Ambassador Volker confirmed under oath that he had no indication whatsoever of anything that resembled a quid-pro-quo, corroborating his previous deposition testimony that 'there was no linkage like that,"], "she", "said", "E_STEPHANIE_GRISHAM"),
    Q(IN, ["the American public not to tolerate the pretense of the Democrats"], "Grisham", "urged", "E_STEPHANIE_GRISHAM"),
    Q(D, ["With the Democrats' poll-tested 'quid-pro-quo' and 'bribery' narratives in shambles, the American public should not be forced to endure this charade for one more second,"], "Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["We have learned nothing new in today's illegitimate 'impeachment' proceedings. However, buried among the witnesses' personal opinions and conjecture about a call the White House long ago released to the public, both witnesses testified the July 25 transcript was 'accurate' and nothing President Trump has done or said amounts to 'bribery' or any other crime,"], "she", "added", "E_STEPHANIE_GRISHAM"),
    Q(IN, ["the Democrats of being blinded by their hatred for President Trump"], "Grisham", "accused", "E_STEPHANIE_GRISHAM"),
    Q(D, ["Today's hearing only further exposes that Chairman Schiff and the Democrats are simply blinded by their hatred for Donald Trump and rabid desire to overturn the outcome of a free and fair election,"], "Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(IN, ["Trump's request to Ukrainian president to investigate Democratic rivals was inappropriate"], "both Vindman and Williams", "told", "E_VINDMAN_AND_WILLIAMS"),
    Q(IN, ["the call with Zelensky was not in line with American national security goals"], "Volker and Morrison", "said", "E_VOLKER_AND_MORRISON"),
    Q(D, ["Frankly I couldn't believe what I was hearing. It was probably an element of shock that may be in certain regards my worst fear of how our Ukraine policy could play out was playing out and how this was likely to have significant implications for US national security,"], "Vindman", "said", "E_ALEXANDER_VINDMAN"),
    Q(IN, ["the phone call was unusual and inappropriate"], "Williams", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I believe what I found unusual or different about this call was the president's reference to specific investigations. That struck me as different than other calls I had listened to,"], "she", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I thought that the references to specific individuals and investigations such as former Vice President Biden and his son struck me as political in nature given that former Vice President is a political opponent of the president,"], "Williams", "said", "E_JENNIFER_WILLIAMS"),
    Q(D, ["I can't speak to what the president's motivation was in referencing it, but I just noted that the reference to Biden sounded political to me,"], "she", "said", "E_JENNIFER_WILLIAMS"),
    Q(IN, ["he does not think that raising 2016 elections or Vice President Biden or these things that he considers to be conspiracy theories that have been circulated by the Ukrainians, particularly the former prosecutor general, are they're not things that one should be pursuing as part of the national security strategy with Ukraine"], "Volker", "said", "E_KURT_VOLKER"),
    Q(D, ["We should be supporting Ukraine's democracy, reforms, and its own fight against corruption domestically, its struggle against Russia, its defense capabilities. These are the heart of what we should be doing, and I don't think pursuing these things serves a national interest,"], "Volker", "said", "E_KURT_VOLKER"),
]

DOCS["sportsnet-davis-cup"] = [
    Q(D, ["It was a difficult situation for us,", "We needed this win, otherwise we could be close to being out of the tournament. Now we are in a good position to advance."], "Lopez", "said", "E_FELICIANO_LOPEZ"),
    Q(D, ["The format makes things very difficult because every mistake puts you in a position that you don't want to be,", "And losing that first match, we were under pressure."], "Nadal", "said", "E_RAFAEL_NADAL"),
    Q(D, ["Came down to a few points,", "Thought I did my part, played well, served well, and I put myself in a position to win. He was just too good."], "Opelka", "said", "E_REILLY_OPELKA"),
    Q(D, ["We know we've arrived late from London, but the captain had a lot of confidence in our team,", "There was a lot of intensity in the win but we're really happy today. This was a really difficult tie."], "Mahut", "said", "E_NICOLAS_MAHUT"),
    Q(D, ["It's the end of the season but I think I played one of the best matches for sure of the year, maybe in my career,", "I think Guido helped me a lot to be more confident in this match and I played unreal tennis."], "the 14th-ranked Schwartzman", "said", "E_DIEGO_SCHWARTZMAN"),
    Q(D, ["I almost died there,"], "Bublik", "said", "E_ALEXANDER_BUBLIK"),
]

DOCS["nbcdfw-kidnapping-rescue"] = [
    Q(D, ["Fort Worth P.D. Open the door! We're coming in!"], "an officer", "shouts", "E_FW_RESCUE_OFFICER"),
    Q(IN, ["he needed to get dressed"], "The suspect", "said", "E_MICHAEL_WEBB"),
    Q(D, ["Hands! Let me see your hands!", "Step out."], "an officer", "ordered", "E_FW_RESCUE_OFFICER"),
    Q(D, ["Hey, here she is. Got her!", "We got her. We got her."], "an officer", "said", "E_FW_RESCUE_OFFICER"),
    Q(D, ["Come on, sweetheart. You are going to be OK,"], "an officer", "told", "E_FW_RESCUE_OFFICER"),
]

DOCS["cnn-feather-duvet-lung"] = [
    Q(D, ["Two months after the onset of the symptoms, I was unable to stand or walk for more than a few minutes at a time without feeling like I was going to pass out,"], "43-year-old Martin Taylor", "wrote", "E_MARTIN_TAYLOR"),
    Q(D, ["Going upstairs to bed was a 30 minute activity, as I could only manage two stairs at a time and then needed to sit and rest,"], "Taylor", "added", "E_MARTIN_TAYLOR"),
    Q(M, ['Four doctor appointments failed to find the cause, which was "extremely distressing,"'], "Taylor", "wrote", "E_MARTIN_TAYLOR"),
    Q(D, ["His general practitioner was very astute in not accepting the chest X-ray result at face value,"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(M, ['it can be difficult to diagnose hypersensitivity pneumonitis because the changes are often subtle with just a "slight diffuse greyness to the lungs."'], "Dempsey", "adding", "E_OWEN_DEMPSEY"),
    Q(D, ["I think the radiologist may have thought it was just a slightly 'under-exposed' chest X-ray,"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["He sounded very breathless, having just walked from one room in his house to the other,", "Very abnormal for such a young man. It was clear the patient had progressive and really very disabling breathlessness, now interfering with activities of daily life."], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(M, ['Making the diagnosis was "a bit like a jigsaw,"'], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(IN, ["he didn't own any birds, just a cat and dog"], "Taylor", "told", "E_MARTIN_TAYLOR"),
    Q(D, ["I have a particular interest in this group of diseases,", "And we know that if you take a meticulous history, you can often identify triggers in the environment for lung diseases."], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["We are paid to be nosy,", "The danger is that we don't ask enough and assume diseases are 'idiopathic' or unexplained. If so, we miss a trick and our patients are subjected to unnecessary tests or treatments."], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["Elementary, my dear Watson."], "Sherlock", "say", "E_SHERLOCK_HOLMES"),
    Q(D, ["Most doctors, in my experience, don't ask that level of detail,"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(IN, ["doctors should always ask about exposures at home, including bedding, molds, the warmth and dryness of the home, and any unusual hobbies or pastimes"], "Dempsey", "adding", "E_OWEN_DEMPSEY"),
    Q(IN, ["Early recognition of avian antigen exposure and removal of the bedding or other irritant is critical to recovery for patients"], "Dempsey", "stressed", "E_OWEN_DEMPSEY"),
    Q(D, ["The steroids which were prescribed after diagnosis ... had a transformative effect within two days,", "The course of steroids continued ultimately for 12 months, with a gradual reduction in dose over time. I have thankfully been able to stop them completely.", "I have not had any dizzy turns since recovering. It doesn't affect me at all now and my life is pretty much as it was before."], "Taylor", "wrote", "E_MARTIN_TAYLOR"),
]

DOCS["cnbc-coty-kylie"] = [
    Q(IN, ["the stock could be a risky bet with a worthy reward"], "Matt Maley", "says", "E_MATT_MALEY"),
    Q(D, ["This is a stock that until this year had been getting clobbered,", "It was down for four straight years, down well over 60%, and the rally has only just recently broken above that multiyear trend line. If it can take it a little bit further and break above $13.60, that will follow that upward break of the trend line with a very nice higher high and will confirm that its long-term trend has broken to the upside."], "Maley", "said", "E_MATT_MALEY"),
    Q(D, ["A little bit more risk but more reward because whenever you buy any stock in the early stages of a change in trend, it always gives you a little more upside potential,"], "Maley", "said", "E_MATT_MALEY"),
    Q(IN, ["The Coty-Kylie Jenner deal could be the beginning of a new trend for consumer-facing stocks"], "John Petrides", "says", "E_JOHN_PETRIDES"),
    Q(D, ["Here's a company that's willing to pay for the eyeballs and the followers that Kylie Jenner has more so than anything else. So, this could be a new paradigm for the consumer staples, packaged goods industry which, you know, has been suffering because of weak mall traffic and the rise of e-commerce because shelf space has basically become infinite,"], "Petrides", "said", "E_JOHN_PETRIDES"),
    Q(D, ["I would expect more acquisitions like this going forward because it could be the new model for companies to acquire top-line growth by partnering up with key influencers,"], "Petrides", "said", "E_JOHN_PETRIDES"),
]

DOCS["politifact-mckinley-drugs"] = [
    Q(IN, ["the United States needs stronger border security, including more border patrol agents"], "Rep. David McKinley", "argued", "E_DAVID_MCKINLEY"),
    Q(IN, ["A major part of the reason that additional resources are needed", "is the flow of drugs into the country"], "McKinley", "said", "E_DAVID_MCKINLEY"),
    Q(M, ['Border agents "say you\'ve got to pay attention to this — $53 million a week is coming across the border in drugs,"'], "he", "said", "E_DAVID_MCKINLEY"),
    Q(IN, ["The official and most consistent way that Customs and Border Protection measures seizures is by pounds, not by value"], "an agency spokesman", "told", "E_CBP_SPOKESMAN"),
    Q(D, ["There are no hard data, but I find the statistics cited to be consistent and certainly reasonable,"], "Bruce Bagley", "said", "E_BRUCE_BAGLEY"),
    Q(M, ['the southwestern border with Mexico "remains the primary entry point for heroin into the United States" and that "Mexico remains the most significant foreign source for marijuana available in the United States."'], "the DEA", "says", "E_DEA"),
    Q(D, ["$53 million a week is coming across the border in drugs."], "McKinley", "said", "E_DAVID_MCKINLEY", at="McKinley said that"),
]

DOCS["spacecom-europa-plumes"] = [
    Q(IN, ["researchers have now detected one such plume's water vapor directly for the first time"], "a new study", "reports", "E_EUROPA_STUDY_AUTHORS"),
    Q(D, ["Essential chemical elements (carbon, hydrogen, oxygen, nitrogen, phosphorus and sulfur) and sources of energy, two of three requirements for life, are found all over the solar system. But the third - liquid water - is somewhat hard to find beyond Earth,"], "study lead author Lucas Paganini", "said", "E_LUCAS_PAGANINI"),
    Q(D, ["While scientists have not yet detected liquid water directly, we've found the next best thing: water in vapor form,"], "Paganini", "added", "E_LUCAS_PAGANINI"),
    Q(IN, ["there was quite a bit of the stuff - about 2,300 tons (2,095 metric tons)"], "the researchers", "according to", "E_EUROPA_STUDY_AUTHORS"),
    Q(IN, ["such stripping would likely occur fairly regularly, or at least often enough to be noted more than one night out of 17"], "Paganini and his team", "wrote", "E_EUROPA_STUDY_AUTHORS"),
    Q(D, ["For me, the interesting thing about this work is not only the first direct detection of water above Europa, but also the lack thereof within the limits of our detection method,"], "Paganini", "said", "E_LUCAS_PAGANINI"),
]

DOCS["chron-houston-car-sales"] = [
    Q(IN, ["Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the second-highest sales volume of the year thus far but still down 10 percent from a year ago"], "InfoNation", "according to", "E_INFONATION"),
    Q(IN, ["Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year"], "InfoNation", "according to", "E_INFONATION"),
    Q(D, ["People are a little more cautious in regards to purchasing vehicles,"], "InfoNation President Dan McDowell", "said", "E_DAN_MCDOWELL"),
    Q(D, ["2019 is just not as strong as 2018."], "InfoNation President Dan McDowell", "adding", "E_DAN_MCDOWELL"),
    Q(IN, ["The annual percentage rate on new financed vehicles averaged 5.7 percent in October, down from 6.2 percent a year earlier"], "Edmunds.com", "according to", "E_EDMUNDS"),
    Q(D, ["The end of the calendar year is a popular time for expensive vehicle purchases,", "Shoppers in the market for a large truck or SUV, or a new luxury vehicle, can look forward to taking advantage of lower financing rates as a bit of an early holiday gift."], "Jessica Caldwell", "said", "E_JESSICA_CALDWELL"),
    Q(IN, ["The average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627"], "InfoNation", "according to", "E_INFONATION"),
    Q(IN, ["New infotainment and safety technology, such as lane changing alerts, backup cameras, sutomatic braking and self-parking features, have pushed prices up"], "McDowell", "said", "E_DAN_MCDOWELL"),
]

DOCS["aljazeera-afghanistan-helicopter"] = [
    Q(IN, ["Two United States service members have been killed in a helicopter crash in Afghanistan"], "the US military", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(D, ["The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire,"], "the statement", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(IN, ["it was withholding the names of those killed until next of kin could be told"], "It", "said", "E_US_MILITARY_AFGHANISTAN"),
    Q(IN, ["which", "crashed in Logar province south of the capital Kabul"], "it", "said", "E_AFGHAN_TALIBAN", at="which it said"),
    Q(D, ["US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen (Taliban) position in Pangram area of Sarkh, Logar,"], "Taliban spokesman Zabihullah Mujahid", "said", "E_ZABIHULLAH_MUJAHID"),
    Q(D, ["The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire. All on board were killed,"], "Mujahid", "said", "E_ZABIHULLAH_MUJAHID"),
    Q(M, ['its forces are likely to remain "for several more years"'], "General Mark Milley", "told", "E_MARK_MILLEY"),
    Q(IN, ["More than 2,500 Afghan civilians have been killed in the fighting so far this year"], "the United Nations", "according to", "E_UNITED_NATIONS"),
]

DOCS["moneycontrol-sensex-economy"] = [
    Q(D, ["Markets usually run ahead of macros and price future growth. There are three positive indicators for growth - reduction in the corporate tax rate, proposed divestment of large public sector units and a possible resolution of the US-China trade impasse. Therefore, we see growth coming back in 2020. Now, we expect broader markets to outperform,"], "Sanjiv Bhasin", "said", "E_SANJIV_BHASIN"),
    Q(D, ["The market and the quality part of the market are largely factoring in a reasonable recovery in the economy and earnings,"], "a report from Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(IN, ["The key positive from the Q2 results season is that even on the operational front (sales and EBITDA), the misses did not exceed the beats and were largely neutral"], "experts", "say", "E_MARKET_EXPERTS_INDIA"),
    Q(D, ["The hope of a faster recovery in earnings because of a cut in the corporate tax is keeping the market higher,"], "Rusmik Oza", "said", "E_RUSMIK_OZA"),
    Q(IN, ["This is also supporting the sentiment"], "Oza", "said", "E_RUSMIK_OZA"),
    Q(IN, ["the rally in bank stocks to the Supreme Court's ruling on the Essar Steel resolution"], "Oza", "attributed", "E_RUSMIK_OZA"),
    Q(D, ["The Essar Steel case verdict is a big positive for banks. This verdict should be seen in a broader view, as now bidders will be much more comfortable in bidding and banks will have this belief that the probability of recovery will be high now,"], "Oza", "said", "E_RUSMIK_OZA"),
    Q(IN, ["the Supreme Court decision on the Essar Steel resolution a landmark judgment"], "Global financial firm JP Morgan", "called", "E_JP_MORGAN"),
    Q(IN, ["the order favoured banks"], "Nomura", "said", "E_NOMURA"),
    Q(IN, ["SBI and ICICI Bank as its key beneficiaries"], "Nomura", "identified", "E_NOMURA"),
    Q(D, ["Stock market bubbles don't grow out of thin air. They have a solid basis in reality, but reality as distorted by a misconception."], "Hungarian-American investor George Soros", "said", "E_GEORGE_SOROS"),
    Q(IN, ["The hopes of recovery in the economy and optimism around corporate earnings should not turn into misplaced optimism"], "experts", "say", "E_MARKET_EXPERTS_INDIA"),
    Q(D, ["We remain sceptical of a quick recovery in the Indian economy given several structural issues, the limited fiscal capacity to support consumption or investment demand and inefficacy of policy rate cuts given crowding out by the high government borrowings,"], "Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(IN, ["An extended slowdown could result in the market losing hope of an imminent revival in demand supported by government action"], "the brokerage", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
    Q(IN, ["the upside will be capped for the market and some consolidation is likely in the near-term"], "experts", "say", "E_MARKET_EXPERTS_INDIA"),
    Q(IN, ["this is a stock-specific market"], "Pankaj Pandey", "pointed out", "E_PANKAJ_PANDEY"),
    Q(D, ["It is a stock-specific market so not expecting a broad-based rally. So far, it looks fair as it is following the directional cues,"], "he", "said", "E_PANKAJ_PANDEY"),
    Q(D, ["We see risks to all these points and thus, any negative changes to the market's expectations, especially related to further reforms in India and strong earnings recovery, could disappoint the market,"], "Kotak Institutional Equities", "said", "E_KOTAK_INSTITUTIONAL_EQUITIES"),
]

DOCS["express-hongkong-polyu"] = [
    Q(IN, ["the demonstrators inside the Polytechnic University in Hong Kong had no option but to come out and surrender"], "police", "said", "E_HONG_KONG_POLICE"),
    Q(IN, ["the UK and the US of meddling in the country's affairs"], "China's ambassador to Britain", "accused", "E_LIU_XIAOMING"),
    Q(M, ['the Chinese government "will not sit on our hands" if the Hong Kong situation "becomes uncontrollable"'], "China's ambassador to Britain", "warned", "E_LIU_XIAOMING"),
    Q(D, ["These rioters, they are also criminals. They have to face the consequences of their acts.", "Other than coming out to surrender, I don't see that there's any viable option for them."], "Cheuk Hau-yip", "said", "E_CHEUK_HAU_YIP"),
    Q(M, ['China has the "resolution and power" to end Hong Kong unrest amid protests'], "China's ambassador to Britain Liu Xiaming", "said", "E_LIU_XIAOMING"),
    Q(IN, ["the People's Liberation Army could be deployed in Beijing"], "Liu", "said", "E_LIU_XIAOMING"),
    Q(D, ["They are already there in the Hong Kong garrison. They are there to show sovereignty and are responsible for defence purposes.", "If the situation becomes uncontrollable, the central government certainly would not sit on our hands and watch. We have enough resolution and power to end the unrest."], "Liu", "warning", "E_LIU_XIAOMING"),
    Q(IN, ["the government's mask ban unconstitutional"], "a Hong Kong court ruling", "declaring", "E_HONG_KONG_COURT"),
    Q(IN, ["police alone are not able to end the violence"], "Chris Tang", "said", "E_CHRIS_TANG"),
    Q(IN, ["to use live ammunition on them"], "Hong Kong police", "threatened", "E_HONG_KONG_POLICE"),
    Q(M, ['it is committed to the "one country, two systems" formula granting Hong Kong autonomy'], "China", "said", "E_CHINA_GOVERNMENT"),
    Q(IN, ["they show utmost restraint"], "the city's police", "say", "E_HONG_KONG_POLICE"),
    Q(D, ["end to the violence and for all sides to engage in meaningful political dialogue"], "The UK", "urged", "E_UK_GOVERNMENT"),
]

DOCS["indiapost-deportees"] = [
    Q(IN, ["they felt dejected that they could not realise their American dream even after several attempts"], "Some", "said", "E_SOME_DEPORTEES"),
    Q(D, ["This was the fourth time I have been deported,"], "Singh Jabarjung", "said", "E_SINGH_JABARJUNG"),
    Q(D, ["I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I tried to enter California on May 16 but was caught by police and deported from Arizona,"], "he", "said", "E_SINGH_JABARJUNG"),
    Q(IN, ["he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy"], "He", "said", "E_SINGH_JABARJUNG"),
    Q(IN, ["he had given Rs 25 lakh to an Amritsar-based agent to help him enter the US"], "Lakshiwnder Singh", "said", "E_LAKSHIWNDER_SINGH"),
    Q(D, ["He sent me to Mexico on May 2 via Moscow and Paris. They caught me while I was trying to cross the border and deported here from Arizona in US,"], "he", "said", "E_LAKSHIWNDER_SINGH"),
    Q(IN, ["The special aircraft carrying the deportees landed at the T3 terminal of the Delhi airport at 6am"], "an airport official", "said", "E_DELHI_AIRPORT_OFFICIAL"),
    Q(IN, ["These 150 Indians have either violated their visa norms or were illegal immigrants"], "the officials", "said", "E_DELHI_OFFICIALS"),
]
# fmt: on
