"""Pass A (annotator-a) on the 12 articles of the second held-back split ``unseen2`` (articles6.jsonl): quotes as strings.

Written in session 10 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  Unlike pass_a_unseen.py, these specs are not added to pass_a.py's DOCS: run from
eval/devset ``python sources/pass_a_unseen2.py [-v]``, which writes annotations/passes/annotator-a/ for
these 12 documents only (and the entity registry, as every pass script does).  Pass B (the second pass,
for misses and boundaries, annotator-a2) is sources/pass_a2_unseen2.py; their speakers are ENTITIES_UNSEEN2 here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.store import write_annotation_dir

R = RUN
D, IN, M = "direct", "indirect", "mixed"

# ids of earlier splits reused for the same speaker (the organisations themselves, not descriptions)
REUSED = {"E_NASA", "E_WHO", "E_REUTERS"}

ENTITIES_UNSEEN2: dict[str, tuple[str, list[str], str]] = {
    # indiewire-steenburgen-glasgow
    "E_MARY_STEENBURGEN": ("Mary Steenburgen", ["Mary Steenburgen", "Steenburgen"], "person"),
    # no bare "McDowell": it is an alias of E_DAN_MCDOWELL (dev), and a registry alias must name one speaker
    "E_CHARLIE_MCDOWELL": ("Charlie McDowell", ["Charlie McDowell", "filmmaker Charlie McDowell"], "person"),
    "E_TOM_HARPER": ("Tom Harper", ["Tom Harper", "Harper"], "person"),
    "E_JESSIE_BUCKLEY": ("Jessie Buckley", ["Jessie Buckley", "Buckley"], "person"),
    "E_KATE_YORK": ("Kate York", ["Kate York", "York"], "person"),
    "E_CAITLYN_SMITH": ("Caitlyn Smith", ["Caitlyn Smith", "Smith"], "person"),
    # thespacereview-sls-hearings
    "E_SLS_CRITICS": ("critics of NASA's Space Launch System (commercial alternatives)", [], "other"),
    "E_CONGRESS_MEMBERS_SLS": ("some members of Congress (SLS use)", [], "other"),
    "E_BRIAN_BABIN": ("Brian Babin", ["Brian Babin", "Rep. Brian Babin", "Babin"], "person"),
    "E_DOUG_COOKE": ("Doug Cooke", ["Doug Cooke", "Cooke", "Mr. Cooke"], "person"),
    "E_SPACE_COMMUNITY_MANY": ("many in the space community", [], "other"),
    "E_TOM_STAFFORD": ("Tom Stafford", ["Tom Stafford", "former astronaut Tom Stafford", "Stafford"], "person"),
    "E_FRANK_LUCAS": ("Frank Lucas", ["Frank Lucas", "Rep. Frank Lucas", "Lucas"], "person"),
    "E_TOM_YOUNG": ("Tom Young", ["Tom Young", "retired aerospace executive Tom Young", "Young"], "person"),
    "E_ROBERT_ADERHOLT": ("Robert Aderholt", ["Robert Aderholt", "Rep. Robert Aderholt", "Aderholt"], "person"),
    "E_JIM_BRIDENSTINE": ("Jim Bridenstine", ["Jim Bridenstine", "NASA administrator Jim Bridenstine", "Bridenstine"], "person"),
    "E_KEN_BOWERSOX": ("Ken Bowersox", ["Ken Bowersox", "Bowersox"], "person"),
    "E_BOEING": ("Boeing", ["Boeing"], "organization"),
    "E_JIM_CHILTON": ("Jim Chilton", ["Jim Chilton"], "person"),
    "E_BLUE_ORIGIN_NATIONAL_TEAM": ("the national team led by Blue Origin (HLS bid)", [], "organization"),
    "E_JOSE_SERRANO": ("José Serrano", ["José Serrano", "Rep. José Serrano", "Serrano"], "person"),
    # quanta-tuft-cells
    "E_DEBROSKI_HERBERT": ("De'Broski Herbert", ["De’Broski Herbert", "Herbert"], "person"),
    "E_RICHARD_LOCKSLEY": ("Richard Locksley", ["Richard Locksley", "Locksley"], "person"),
    "E_JENNIFER_PLUZNICK": ("Jennifer Pluznick", ["Jennifer Pluznick", "Pluznick"], "person"),
    "E_LIGGETT_LAB": ("the laboratory of Stephen Liggett", [], "organization"),
    "E_MICHAEL_HOWITT": ("Michael Howitt", ["Michael Howitt", "Howitt"], "person"),
    "E_MEGAN_BALDRIDGE": ("Megan Baldridge", ["Megan Baldridge", "Baldridge"], "person"),
    "E_ANDREW_VAUGHAN": ("Andrew Vaughan", ["Andrew Vaughan", "Vaughan"], "person"),
    "E_SCIENTISTS_CHEMOSENSORY": ("scientists (chemosensory receptors)", [], "other"),
    # vox-delhi-air-pollution
    "E_DELHI_FORECASTERS": ("forecasters (Delhi air pollution)", [], "other"),
    "E_ARVIND_KEJRIWAL": ("Arvind Kejriwal", ["Arvind Kejriwal", "Delhi’s Chief Minister Arvind Kejriwal", "Kejriwal"], "person"),
    "E_LIFE_EXPECTANCY_ESTIMATE": ("one estimate (pollution and life expectancy in India)", [], "other"),
    "E_JOSHUA_APTE": ("Joshua Apte", ["Joshua Apte", "Apte", "Josh Apte"], "person"),
    "E_ASEEM_PRAKASH": ("Aseem Prakash", ["Aseem Prakash", "Prakash"], "person"),
    "E_DELHI_ANALYSTS": ("analysts (Delhi air quality)", [], "other"),
    "E_KURINJI_SELVARAJ": ("Kurinji Selvaraj", ["Kurinji Selvaraj"], "person"),
    "E_NARENDRA_MODI": ("Narendra Modi", ["Narendra Modi", "Indian Prime Minister Narendra Modi", "Modi"], "person"),
    # washingtonexaminer-prince-andrew
    "E_EMILY_MAITLIS": ("Emily Maitlis", ["Emily Maitlis", "Maitlis"], "person"),
    "E_PRINCE_ANDREW": ("Prince Andrew", ["Prince Andrew", "Andrew"], "person"),
    "E_VIRGINIA_GIUFFRE": ("Virginia Giuffre", ["Virginia Giuffre", "Giuffre"], "person"),
    # billboard-doobie-brothers
    "E_PAT_SIMMONS": ("Pat Simmons", ["Pat Simmons", "Simmons"], "person"),
    "E_TOM_JOHNSTON": ("Tom Johnston", ["Tom Johnston", "Johnston"], "person"),
    "E_LIVE_NATION": ("Live Nation", ["Live Nation", "LN"], "organization"),
    # skynews-mourinho-tottenham
    "E_JOSE_MOURINHO": ("Jose Mourinho", ["Jose Mourinho", "Mourinho"], "person"),
    "E_TOTTENHAM": ("Tottenham Hotspur", ["Tottenham", "Tottenham Hotspur", "Spurs"], "organization"),
    # theverge-star-trek-hawley
    "E_WRAP_AND_DEADLINE": ("The Wrap and Deadline (their reports)", [], "other"),
    "E_HEMSWORTH_REPORTS_2016": ("reports of 2016 (Chris Hemsworth's return)", [], "other"),
    "E_HOLLYWOOD_REPORTER": ("The Hollywood Reporter", ["The Hollywood Reporter"], "organization"),
    "E_THE_WRAP": ("The Wrap", ["The Wrap"], "organization"),
    "E_DEADLINE": ("Deadline", ["Deadline"], "organization"),
    "E_BOX_OFFICE_MOJO": ("Box Office Mojo", ["Box Office Mojo"], "organization"),
    # profootballtalk-chargers-lynn
    "E_ANTHONY_LYNN": ("Anthony Lynn", ["Anthony Lynn", "Chargers coach Anthony Lynn", "Lynn"], "person"),
    # businessinsider-retire-early
    "E_LEIF_DAHLEEN": ("Leif Dahleen", ["Leif Dahleen", "Dahleen"], "person"),
    "E_GRANT_SABATIER": ("Grant Sabatier", ["Grant Sabatier", "Sabatier"], "person"),
    "E_ERIC_ROBERGE": ("Eric Roberge", ["Eric Roberge", "certified financial planner Eric Roberge"], "person"),
    "E_ROBERGE_COUPLE": ("Eric and Kali Roberge", [], "other"),
    "E_TOMMY_RETIREE": ("Tommy (an early retiree who goes by his first name online)", ["Tommy"], "person"),
    "E_STEVE_ADCOCK": ("Steve Adcock", ["Steve Adcock", "early retiree Steve Adcock"], "person"),
    # slashgear-vw-space-vizzion
    "E_VOLKSWAGEN": ("Volkswagen", ["Volkswagen", "VW", "the automaker"], "organization"),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["indiewire-steenburgen-glasgow"] = [
    Q(D, ["I felt strange as soon as the anesthesia started to wear off,", "The best way I can describe it" + R], "Steenburgen", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["I couldn't focus, I couldn't have acted,", "I couldn't have learned any lines." + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(IN, ["it as a trying time"], "filmmaker Charlie McDowell", "remembers", "E_CHARLIE_MCDOWELL"),
    Q(D, ["If your mom comes to you after surgery" + R], "he", "said", "E_CHARLIE_MCDOWELL"),
    Q(D, ["All of a sudden she was referencing" + R, "When I say all this out loud" + R], "McDowell", "laughed", "E_CHARLIE_MCDOWELL"),
    Q(D, ["I had been somebody who really liked music,", "but I had never been obsessed with it" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["I called a very talented friend of mine" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["He wanted to work with 'Nellie Wall,' but then I showed up instead,"], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["The script just said something along the lines of" + R, "I had faith that we could figure it out, but it was really worrying."], "Harper", "said", "E_TOM_HARPER"),
    Q(D, ["It grabbed me by the heart the moment I heard it,", "It just connected."], "he", "said", "E_TOM_HARPER"),
    Q(D, ["It was just that immediate feeling of" + R], "Buckley", None, "E_JESSIE_BUCKLEY"),
    Q(D, ["It was terrifying,", "The first session I did was a total disaster" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["I was back at it by the next morning,", "I just told myself" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["It could have been really easy for Mary Steenburgen" + R, "She put in the time to learn the craft" + R], "she", "said", "E_CHARLIE_MCDOWELL"),
    Q(D, ["I fought to get the full script" + R, "Where does Rose-Lynn live?" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["It was a really love song from Rose-Lynn to her mother" + R], None, None, "E_MARY_STEENBURGEN"),
    Q(D, ["It's a totally different muscle,", "You have to take yourself out of it a little bit" + R], "York", "said", "E_KATE_YORK"),
    Q(D, ["It's a different job altogether." + R], "Smith", "agreed", "E_CAITLYN_SMITH"),
    Q(D, ["I feel like we could get into the guts of this song" + R], "Smith", "said", "E_CAITLYN_SMITH"),
    Q(D, ["Anything we wrote had to have a fond hint of Scotland,", "So I called one of my best friends" + R, "So I called her up and said" + R], "Steenburgen", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["It may sound shallow" + R, "but I always think of it like this" + R], "Steenburgen", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["They're such good singers" + R], "Steenburgen", None, "E_MARY_STEENBURGEN"),
    Q(D, ["But the story of it really moved me,", "so I sat down with a guitarist" + R], "she", "said", "E_JESSIE_BUCKLEY"),
    Q(D, ["It made sense, because it clearly came from someone" + R], "she", "said", "E_JESSIE_BUCKLEY"),
    Q(D, ["I told her my secrets and she told me hers and we built a different person together,", "'Glasgow' is a song of belonging." + R], "she", "said", "E_JESSIE_BUCKLEY"),
    Q(D, ["This song was such a gift to me,"], "she", "said", "E_JESSIE_BUCKLEY"),
    Q(M, ["Buckley's performance \"stunning,\""], "Steenburgen", "called", "E_MARY_STEENBURGEN"),
    Q(D, ["Music is in my genes" + R, "It was so overwhelming for me in the beginning" + R], "she", "said", "E_MARY_STEENBURGEN"),
    Q(D, ["I didn't fall out of love with acting when this happened,", "and I still haven't." + R], "Steenburgen", "said", "E_MARY_STEENBURGEN"),
]

DOCS["thespacereview-sls-hearings"] = [
    Q(IN, ["the SLS will nonetheless be essential for human spaceflight beyond Earth orbit, despite cost and schedule issues that have pushed back its first launch to at least late 2020, and more likely 2021"], "the agency", "maintained", "E_NASA"),
    Q(IN, ["it would be better off adopting commercial alternatives, such as (but certainly not limited to) SpaceX"], None, "criticisms", "E_SLS_CRITICS"),
    Q(IN, ["NASA isn't using SLS enough: that is, NASA is relying too much on those commercial options in its current exploration architecture, when the SLS, particularly its Block 1B variant with the more powerful Exploration Upper Stage (EUS), could handle it with fewer launches"], "Some members of Congress", "suggested", "E_CONGRESS_MEMBERS_SLS"),
    Q(D, ["Every space exploration study conducted over the last 40 years" + R], "Rep. Brian Babin", "said", "E_BRIAN_BABIN"),
    Q(D, ["While I share the frustration and delays to the SLS program, switching horses midstream is not a wise move at this point,"], "he", "continued", "E_BRIAN_BABIN"),
    Q(D, ["The fewer launches and critical operations per mission, the higher the probability of mission success,"], "Doug Cooke", "said", "E_DOUG_COOKE"),
    Q(IN, ["he held similar views long before working with Boeing"], "many in the space community", "note", "E_SPACE_COMMUNITY_MANY"),
    Q(D, ["SLS is not being used for what it was designed to do, other than carry Orion,", "If NASA focuses on the investment" + R], "he", "continued", "E_DOUG_COOKE"),
    Q(IN, ["a lunar landing could be achieved with two SLS missions, one carrying Orion and the other an integrated lander, with the two rendezvousing in lunar orbit-no Gateway required"], "He", "said", "E_DOUG_COOKE"),
    Q(D, ["The mission I did accomplished the whole thing with one launch,"], "Stafford", "responded", "E_TOM_STAFFORD"),
    Q(IN, ["there was only a 50 percent chance of mission success with the current multiple-launch approach"], "Cooke", "concluded", "E_DOUG_COOKE"),
    Q(D, ["I cannot disagree with it."], None, None, "E_TOM_STAFFORD"),
    Q(D, ["But with eight launches, I'll have to go with Mr. Cooke" + R], "he", "concluded", "E_TOM_STAFFORD"),
    Q(D, ["Oh my,"], "Lucas", "responded", "E_FRANK_LUCAS"),
    Q(D, ["If you don't have a big booster, you're not going to make it,", "You have to have a big shroud" + R], "he", "said", "E_TOM_STAFFORD"),
    Q(D, ["experiments"], "he", "called", "E_TOM_YOUNG"),
    Q(D, ["Managing and contracting experiments must be excluded from the Mars-Moon program,"], "he", "said", "E_TOM_YOUNG"),
    Q(D, ["A management experiment in my view" + R, "I personally think that these should be government-acquired assets" + R], "he", "said", "E_TOM_YOUNG"),
    Q(IN, ["NASA should drop some of its programs related to human spaceflight"], "He", "said", "E_TOM_YOUNG"),
    Q(D, ["The plate is really full today,", "I personally think that the leadership is going to have to" + R], "he", "said", "E_TOM_YOUNG"),
    Q(D, ["I do not really see a required role for the Gateway in the lunar program,", "There's not a compelling argument to me" + R], "he", "said", "E_TOM_YOUNG"),
    Q(D, ["I understand there is a growing confidence" + R, "What do you think?"], "he", "said", "E_ROBERT_ADERHOLT"),
    Q(D, ["It depends on what Boeing is willing to invest, quite frankly,"], "NASA administrator Jim Bridenstine", "responded", "E_JIM_BRIDENSTINE"),
    Q(IN, ["there wasn't funding to support that increased production rate, even if it is possible"], "NASA administrator Jim Bridenstine", "noting", "E_JIM_BRIDENSTINE"),
    Q(D, ["We haven't seen the performance yet" + R], "Ken Bowersox", "added", "E_KEN_BOWERSOX"),
    Q(IN, ["At current rates", "there will be three SLS rockets produced by 2024: one for the uncrewed Artemis 1 test flight, the second for the first crewed Orion flight, Artemis 2 in 2022, and then the Artemis 3 mission in 2024 that would take astronauts to the lunar Gateway, and from there to the surface of the Moon"], "Bridenstine", "said", "E_JIM_BRIDENSTINE"),
    Q(D, ["Adding an additional SLS into the mix could" + R], None, None, "E_JIM_BRIDENSTINE"),
    Q(D, ["What commercial launch vehicles exist today" + R], None, None, "E_ROBERT_ADERHOLT"),
    Q(IN, ["SLS is the only vehicle for launching humans"], "Bridenstine", "responded", "E_JIM_BRIDENSTINE"),
    Q(D, ["There could be an SLS-derived commercial solution,", "We're not shutting the door on that opportunity." + R], "Bridenstine", "added", "E_JIM_BRIDENSTINE"),
    Q(D, ["What is the contingency if, for some reason, those commercial rockets are not available by 2024,"], "Aderholt", "asked", "E_ROBERT_ADERHOLT"),
    Q(IN, ["the Falcon Heavy is, in fact, in service today, unlike the other commercial vehicles-or SLS"], "Bridenstine", "noted", "E_JIM_BRIDENSTINE"),
    Q(D, ["But if commercial's not available, what's the contingency plan?"], "Aderholt", "asked", "E_ROBERT_ADERHOLT"),
    Q(D, ["I think, Mr. Ranking Member" + R, "If we don't have the additional rockets" + R], "Bridenstine", "said", "E_JIM_BRIDENSTINE"),
    Q(IN, ["more launches raised the risk of mission failure, but that the overall architecture needs to be assessed before concluding an approach with more launches was riskier than one with fewer launches"], "Bridenstine", "acknowledged", "E_JIM_BRIDENSTINE"),
    Q(D, ["We're not specifying to any of the commercial providers" + R, "We're waiting to have them tell us" + R], "Bridenstine", "said", "E_JIM_BRIDENSTINE"),
    Q(IN, ["its approach makes use of the SLS"], "Boeing", "confirmed", "E_BOEING"),
    Q(IN, ["it submitted a proposal that would involve the launch of an integrated lander on an SLS Block 1B"], "it", "said", "E_BOEING"),
    Q(D, ["Using the lift capability of NASA's Space Launch System Block 1B" + R], "Jim Chilton", "said", "E_JIM_CHILTON"),
    Q(IN, ["it has bid on HLS"], "The only other entity", "confirm", "E_BLUE_ORIGIN_NATIONAL_TEAM"),
    Q(IN, ["is essential to keeping Artemis on track"], "the agency", "says", "E_NASA"),
    Q(D, ["It's hard to justify any extra spending on this effort in the current fiscal year when we don't know the costs down the road,"], "Serrano", "said", "E_JOSE_SERRANO"),
    Q(M, ["pushing back the date of a human return to the Moon to 2028, the goal prior to this March, \"in order to have a successful, safe and cost-effective mission for the benefit of the American people and the world.\""], "He", "suggested", "E_JOSE_SERRANO"),
    Q(M, ["the odds of getting full funding for Artemis in fiscal year 2020 were \"dwindling.\""], "Babin", "concluding", "E_BRIAN_BABIN"),
    Q(D, ["If this forces NASA to reassess its schedule" + R, "This could be done by developing landers" + R], "he", "said", "E_BRIAN_BABIN"),
]

DOCS["quanta-tuft-cells"] = [
    Q(IN, ["it looked just like a tuft cell - a cell type most often associated with the lining of the intestines"], "He", "recalled", "E_DEBROSKI_HERBERT"),
    Q(IN, ["This system", "helps direct a systematic response to potential dangers throughout the body"], "Richard Locksley", "says", "E_RICHARD_LOCKSLEY"),
    Q(M, ["the prospects of what could come from the studies of these receptors and cells as \"exciting,\""], "He", "describes", "E_RICHARD_LOCKSLEY"),
    Q(M, ["\"we're still in the very early days\" of figuring it out"], "He", "cautions", "E_RICHARD_LOCKSLEY"),
    Q(IN, ["The discoveries of these receptors were momentous, groundbreaking advances"], "Jennifer Pluznick", "says", "E_JENNIFER_PLUZNICK"),
    Q(IN, ["labeling them as olfactory and taste receptors rather than as chemosensory receptors entrenched the idea that they function specifically and exclusively in smell and taste"], "her", "view", "E_JENNIFER_PLUZNICK"),
    Q(D, ["I think I even famously said something to my postdoc adviser" + R, "Olfactory receptors in the kidney? Come on."], "Pluznick", "recalled", "E_JENNIFER_PLUZNICK"),
    Q(IN, ["smooth muscle in the airways of the lungs expresses receptors for bitter taste"], "the laboratory of Stephen Liggett", "reported", "E_LIGGETT_LAB"),
    Q(D, ["Other labs finding similar things in other tissues was both very encouraging and very exciting,"], "Pluznick", "said", "E_JENNIFER_PLUZNICK"),
    Q(IN, ["being able to \"taste\" and \"smell\" minute traces of pathogens gives the body more chances to respond to infections before microbes overwhelm the host's defenses"], "Herbert", "notes", "E_DEBROSKI_HERBERT"),
    Q(D, ["They were these really intriguing, weird cells that didn't really have a clear function in terms of the normal physiology,"], "Howitt", "said", "E_MICHAEL_HOWITT"),
    Q(D, ["We weren't looking for protozoa,", "We were focused on bacteria."], "Howitt", "said", "E_MICHAEL_HOWITT"),
    Q(D, ["Even textbooks of [gastrointestinal] medicine had no idea what these cells did,"], "he", "said", "E_RICHARD_LOCKSLEY"),
    Q(M, ["Before this, \"people just kind of ignored them or didn't even realize that they were there,\""], "Megan Baldridge", "said", "E_MEGAN_BALDRIDGE"),
    Q(D, ["Sure enough, they were all over the place,"], "Vaughan", "said", "E_ANDREW_VAUGHAN"),
    Q(M, ["he and Herbert were \"basically seeing a cell type where [it's] not supposed to be.\""], "Vaughan", "believe", "E_ANDREW_VAUGHAN"),
    Q(IN, ["it might be an aspect of the body's attempt to repair damage from the virus as part of the broader type 2 immune response"], "Vaughan", "speculates", "E_ANDREW_VAUGHAN"),
    Q(IN, ["their ability to continually \"taste\" the environment for different compounds provides a key opportunity for the body to respond to even minute threats"], "Herbert", "believes", "E_DEBROSKI_HERBERT"),
    Q(IN, ["The tuft cell", "is constantly sensing the metabolic products present in microenvironments within the body"], "Herbert", "said", "E_DEBROSKI_HERBERT"),
    Q(D, ["Once some of those metabolic products go out of whack" + R], None, None, "E_DEBROSKI_HERBERT"),
    Q(IN, ["It isn't clear which function evolved first, though, or whether they all evolved in tandem"], "Howitt", "says", "E_MICHAEL_HOWITT"),
    Q(M, ["Just because scientists became aware of \"taste\" receptors on the tongue first, \"that doesn't mean that's the order in which it evolved.\""], None, None, "E_MICHAEL_HOWITT"),
    Q(IN, ["a major role of these receptors is to monitor the molecules in our body, tasting and smelling them for any sign that they might be from a pathogen"], "scientists", "say", "E_SCIENTISTS_CHEMOSENSORY"),
    Q(IN, ["the sudden emergence of tuft cells in tissues like the lungs, where they are not always present, might also cause its own pathologies"], "Vaughan", "cautioned", "E_ANDREW_VAUGHAN"),
    Q(D, ["You may not always want to have the ability to [defensively] overreact,"], "he", "said", "E_ANDREW_VAUGHAN"),
    Q(M, ["There could be dangers \"if you have too many of these cells and they're too poised to respond to the external environment.\""], None, None, "E_ANDREW_VAUGHAN"),
]

DOCS["vox-delhi-air-pollution"] = [
    Q(M, ["air pollution is likely to reach \"severe\" or \"emergency\" levels on Wednesday"], "forecasters", "warning", "E_DELHI_FORECASTERS"),
    Q(M, ["his city as a \"gas chamber.\""], "Delhi's Chief Minister Arvind Kejriwal", "describe", "E_ARVIND_KEJRIWAL"),
    Q(IN, ["11 of the 12 cities in the world with the most pollution from PM2.5 - particles smaller than 2.5 microns in diameter that can cause dangerous heart troubles and breathing problems - were in India"], "The World Health Organization", "reported", "E_WHO"),
    Q(IN, ["Pollution has also shaved 3.2 years from the life expectancies of 660 million people in the country"], "one estimate", "according to", "E_LIFE_EXPECTANCY_ESTIMATE"),
    Q(IN, ["air quality is a function of pollution and dilution: how much is emitted and how much it spreads out"], "Joshua Apte", "explained", "E_JOSHUA_APTE"),
    Q(D, ["It's like you're pouring a whole lot of stuff off into a sink that's plugged up,", "It overflows with spectacular consequences."], "Apte", "said", "E_JOSHUA_APTE"),
    Q(D, ["I'm actually a Delhiite" + R, "The [severe] pollution has started really in 2010." + R], "Aseem Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(IN, ["the Punjab province west and upwind of Delhi is India's breadbasket, and improvements in farming techniques in recent years in this region helped deliver a food surplus to the country"], "Prakash", "explained", "E_ASEEM_PRAKASH"),
    Q(IN, ["it's because of shifts in the weather - not policy"], "analysts", "say", "E_DELHI_ANALYSTS"),
    Q(D, ["This is mainly due to the change in wind direction" + R], "Kurinji Selvaraj", "told", "E_KURINJI_SELVARAJ"),
    Q(D, ["Part of the challenge is that there's a character of" + R, "No one sector wants to sign up for regulations" + R], "Apte", "said", "E_JOSHUA_APTE"),
    Q(D, ["People will be up in revolt" + R, "It's actually a very, very noisy" + R], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(IN, ["But Delhi and cities like it are not doomed to follow this curve"], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(D, ["The beauty of China is that if they want something to be done, they can do it,", "Nothing stands between the decision and the implementation."], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(IN, ["the government could issue subsidies and incentives for farmers to use less polluting land management tactics, helping them buy or rent machinery as well as paying them extra for their harvest if they pull it off without burning crop stubble"], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(IN, ["some of those funds could be earmarked to help farmers and reduce pollution"], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(D, ["If one steps back and says, what is the largest contributor to pollution, the single largest contributor is fossil fuels,"], "Prakash", "said", "E_ASEEM_PRAKASH"),
    Q(IN, ["his country would more than double its renewable energy production, going from 175 gigawatts to 450 gigawatts by 2022"], "Indian Prime Minister Narendra Modi", "pledged", "E_NARENDRA_MODI"),
    Q(D, ["The problem can be solved,", "But what you need is political will and a bit of imagination."], "Prakash", "said", "E_ASEEM_PRAKASH"),
]

DOCS["washingtonexaminer-prince-andrew"] = [
    Q(IN, ["how Andrew, Queen Elizabeth II's third child, could be so sure what he was doing on the night of March 10, during which he allegedly raped 17-year-old Virginia Giuffre, a victim of Epstein's alleged sex trafficking ring"], "Maitlis", "demanded", "E_EMILY_MAITLIS"),
    Q(D, ["Going to Pizza Express in Woking is an unusual thing for me to do,", "I remember it weirdly, distinctly."], "he", "said", "E_PRINCE_ANDREW"),
    Q(IN, ["how he couldn't have been with Giuffre, because she described him as sweating, and at that point in time, he had a medical condition in which he couldn't sweat"], "Andrew", "explaining", "E_PRINCE_ANDREW"),
    Q(D, ["Oh, actually? Yes,", "I didn't sweat at the time."], "he", "assures", "E_PRINCE_ANDREW"),
    Q(IN, ["he can sweat now"], "he", "explained", "E_PRINCE_ANDREW"),
    Q(D, ["There was no indication, absolutely no indication,", "And if there was, you have to remember" + R], "Andrew", "said", "E_PRINCE_ANDREW"),
    Q(M, ["he doesn't regret his relationship with Epstein because of \"the opportunities I was given to learn\" about business"], "Andrew", "said", "E_PRINCE_ANDREW"),
    Q(D, ["He knows exactly what he's done,", "And I hope he comes clean about it."], "Giuffre", "said", "E_VIRGINIA_GIUFFRE"),
]

DOCS["billboard-doobie-brothers"] = [
    Q(D, ["that's really good, maybe we should go on the road."], "the singer and guitarist", "told", "E_PAT_SIMMONS"),
    Q(D, ["We're truly excited about our 50th Anniversary Tour,", "as it's a celebration of the band's entire history." + R], "Johnston", "comments", "E_TOM_JOHNSTON"),
    Q(IN, ["expect to hear a wide range of the veteran band's hits on the 2020 outing, including \"Listen To The Music,\" \"Takin' It To The Streets,\" \"Long Train Running,\" \"Black Water,\" \"What A Fool Believes,\" \"China Grove,\" \"Minute By Minute,\" \"It Keeps You Runnin',\" \"Jesus Is Just Alright With Me\" and others"], "LN", "According to", "E_LIVE_NATION"),
    Q(IN, ["the Doobies have been in the studio with producer John Shanks (Bon Jovi, Sheryl Crow, Goo Goo Dolls, Miley Cyrus), creating five songs for an EP the band plans to release next year"], "Johnston", "told", "E_TOM_JOHNSTON"),
]

DOCS["skynews-mourinho-tottenham"] = [
    Q(D, ["I am excited to be joining a club" + R, "The quality in both the squad and the academy excites me." + R], "The 56-year-old", "said", "E_JOSE_MOURINHO"),
    Q(D, ["Jose is one of the world's most accomplished managers" + R, "He is renowned for his tactical prowess" + R, "He has won a domestic title" + R], "Tottenham", "said", "E_TOTTENHAM"),
    Q(D, ["Welcome Jose"], "Tottenham", "posted", "E_TOTTENHAM"),
]

DOCS["theverge-star-trek-hawley"] = [
    Q(IN, ["Noah Hawley, best known for creating FX's Legion and Fargo TV series, is in final talks to write and direct it"], "The Wrap and Deadline", "according to", "E_WRAP_AND_DEADLINE"),
    Q(IN, ["Chris Hemsworth would be returning to the franchise to reprise his role as George Kirk, the father of Chris Pine's Captain James T. Kirk"], None, "reports", "E_HEMSWORTH_REPORTS_2016"),
    Q(IN, ["both Hemsworth and Pine were said to have had run into contractual issues in 2018"], "The Hollywood Reporter", "according to", "E_HOLLYWOOD_REPORTER"),
    Q(IN, ["Pine will be back on board the Enterprise, along with Zachary Quinto, Zoe Saldana, Simon Pegg, and Karl Urban"], "The Wrap", "claims", "E_THE_WRAP"),
    Q(IN, ["There are three scripts still in contention for the fourth Trek film"], "The Wrap", "according to", "E_THE_WRAP"),
    Q(IN, ["Paramount is also still working on a second, R-rated Star Trek spin-off from Quentin Tarantino, which has been rumored since 2017"], "Deadline", "reports", "E_DEADLINE"),
    Q(IN, ["That movie was poorly-recieved by critics - and flopped at the box office, making $320,000 on a budget of $27 million"], "Box Office Mojo", "according to", "E_BOX_OFFICE_MOJO"),
]

DOCS["profootballtalk-chargers-lynn"] = [
    Q(IN, ["his team's playoff hopes are somewhere between slim and none after Monday night's loss to the Chiefs"], "Chargers coach Anthony Lynn", "recognizes", "E_ANTHONY_LYNN"),
    Q(IN, ["the Chargers saw winning Monday night as the most important step toward getting back into the playoff race"], "Lynn", "said", "E_ANTHONY_LYNN"),
    Q(D, ["We talked all along about everything we wanted was still in front of us,", "Yes, we needed to win this game today." + R], "Lynn", "said", "E_ANTHONY_LYNN"),
]

DOCS["cityam-alibaba-listing"] = [
    Q(IN, ["The Chinese e-commerce giant is set to officially announce the terms of the deal later on Wednesday, but investors have been told 176 Hong Kong dollars (£17.43) is likely to be the final numbers"], "Reuters", "reported", "E_REUTERS"),
    Q(IN, ["Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they will be allotted the maximum 10 per cent of the total they can get"], "Reuters", "reported", "E_REUTERS"),
]

DOCS["businessinsider-retire-early"] = [
    Q(IN, ["the first step for any aspiring early retiree is to take inventory of their finances"], "He", "says", "E_LEIF_DAHLEEN"),
    Q(D, ["There are two things you need to know in order to make a plan for the future,", "First, you should calculate your net worth. This can be done in a matter of hours."], "he", "told", "E_LEIF_DAHLEEN"),
    Q(D, ["The second thing you need to calculate is your annual spending." + R, "It's a good idea to set up semi-automated tracking" + R], "Dahleen", "says", "E_LEIF_DAHLEEN"),
    Q(IN, ["having between 25 and 30 times your expected annual expenses saved or invested, plus a year's worth of expenses in cash"], "Early retiree and self-made millionaire Grant Sabatier", "suggests", "E_GRANT_SABATIER"),
    Q(IN, ["It's crucial to keep your spending in check, but you can only cut costs to a certain degree"], "certified financial planner Eric Roberge", "says", "E_ERIC_ROBERGE"),
    Q(IN, ["You can make an even bigger difference by increasing your income"], "he and his wife Kali", "explained", "E_ROBERGE_COUPLE"),
    Q(IN, ["Cutting your expenses and daily spending takes continued effort - it's a short-term solution - whereas increasing your positive cash flow is a long-term solution"], "they", "said", "E_ROBERGE_COUPLE"),
    Q(IN, ["taking up a side hustle to diversify your income streams"], "Sabatier", "encourages", "E_GRANT_SABATIER"),
    Q(IN, ["The most lucrative side hustles are those that generate passive income, such as real estate"], "he", "wrote", "E_GRANT_SABATIER"),
    Q(M, ["Building a passive income business that generates a minimum amount of money to cover your monthly expenses \"gives you more flexibility and potentially the opportunity to reach financial independence very quickly,\""], "he", "wrote", "E_GRANT_SABATIER"),
    Q(IN, ["He never earned a six-figure salary, but focused on saving consistently since his 20s and living frugally with his wife and three kids"], "he", "wrote", "E_TOMMY_RETIREE"),
    Q(D, ["So much of our having a great retirement is mental. Being mortgage free certainly adds another level of mental freedom,"], "he", "wrote", "E_TOMMY_RETIREE"),
    Q(D, ["Sacrifice is necessary to retire early" + R], "early retiree Steve Adcock", "wrote", "E_STEVE_ADCOCK"),
]

DOCS["slashgear-vw-space-vizzion"] = [
    Q(IN, ["while the ID. SPACE VIZZION may only be a concept today, it's weighing a potential production version for North America and Europe"], "VW", "says", "E_VOLKSWAGEN"),
    Q(IN, ["it's enough to give the ID. SPACE VIZZION a near-50:50 weight distribution"], "VW", "says", "E_VOLKSWAGEN"),
    Q(IN, ["in such a configuration, 0-60 mph could arrive in 5.0 seconds, and the top speed be an electronically-limited 109 mph"], "VW", "says", "E_VOLKSWAGEN"),
    Q(IN, ["that could be more like 300 miles on the EPA cycle"], "Volkswagen", "estimates", "E_VOLKSWAGEN"),
    Q(IN, ["it could add a rear bench instead and accommodate a fifth person"], "VW", "says", "E_VOLKSWAGEN"),
    Q(IN, ["it'll be doing that with all ID. models, and that future iterations of the material will have metallic finishes and ambient illumination"], "The automaker", "says", "E_VOLKSWAGEN"),
    Q(IN, ["it hopes to put a production version of the ID. SPACE VIZZION into the US market sometime in 2022"], "VW", "says", "E_VOLKSWAGEN"),
]
# fmt: on


def annotations(texts: dict[str, str]) -> dict[str, newsgold.DocAnnotation]:
    """Pass A's quotes per document, offsets resolved against the exact texts."""
    out = {}
    for doc_id, specs in DOCS.items():
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        out[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    return out


def main() -> None:
    from entities import ENTITIES

    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(ENTITIES.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = annotations(texts)
    for doc in docs.values():
        assert all(q.source.entity in ENTITIES for q in doc.quotes), doc.doc_id
    write_annotation_dir(docs, root / "annotations/passes/annotator-a", overwrite=True)
    print(f"annotator-a (unseen2 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
