"""Annotation pass annotator-b on the 11 session-4 articles (sources/articles2.jsonl): quotes, as strings.

Made independently: the annotator read only the texts, GUIDELINES.md and the card, not the other
annotator's passes for these articles, the gold or any extractor output.  Offsets come from
sources/spans.py (as for sources/pass_b.py); run from eval/devset:
    python sources/pass_b_new.py [-v]
It writes annotations/passes/annotator-b/<doc_id>.json for these articles only, and the entity
registry (annotations/entities.json, from sources/entities.py, as every pass script does).  Speaker
ids are mapped through entities_b_new.SAME_AS (seven ids renamed to pass a's after the agreement).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities import ENTITIES
from entities_b_new import SAME_AS
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.store import write_annotation_dir

R = RUN
D, I, M = "direct", "indirect", "mixed"  # noqa: E741

DOCS: dict[str, list[Q]] = {}

# fmt: off

DOCS["cbs-volker-morrison"] = [
    Q(I, ["he had no knowledge of any efforts to urge Ukraine to investigate Joe and Hunter Biden"], "Volker", "said", "E_KURT_VOLKER"),
    Q(M, ['he wasn\'t concerned about the content of the call, but he did worry there would be "political consequences" if more people had access to the call summary'], "He", "said", "E_TIM_MORRISON"),
    Q(D, ["I feared at the time of the call" + R], "Morrison", "told", "E_TIM_MORRISON"),
    Q(M, ['lawmakers "not to lose sight of" the ongoing Ukraine conflict or the illegal occupation by Russia of Crimea, and work to reform Ukraine'], "He", "begged", "E_TIM_MORRISON"),
    Q(M, ['"Every day that the focus of discussion of Ukraine is centered on these proceedings instead of those matters is a day when we are not focused on the interests" mutually shared by Ukraine and the U.S.'], "he", "warned", "E_TIM_MORRISON", keep_point=True),
    Q(D, ["At no time was I aware of" + R, "As you know from the extensive" + R], "Volker", "said", "E_KURT_VOLKER"),
    Q(M, ['he would have "objected" to Ukraine opening an investigation into Biden and did not realize Mr. Trump saw the request to investigate Ukrainian energy company Burisma as tantamount to investigating Biden until he heard the July 25 call'], "Volker", "said", "E_KURT_VOLKER"),
    Q(D, ["I think the allegations against Vice President Biden" + R], "Volker", "said", "E_KURT_VOLKER"),
    Q(I, ["he saw the investigations into Burisma and into Biden as separate but that in retrospect, he understood how Ukrainian officials could be confused"], "Volker", "reiterated", "E_KURT_VOLKER"),
    Q(D, ["My role was not some irregular channel" + R], "he", "told", "E_KURT_VOLKER"),
    Q(M, ['he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry formed an "irregular" channel, for which they were known as the "Three Amigos."'], "He", "denied", "E_KURT_VOLKER"),
    Q(M, ['he never used the term "three amigos"'], "Volker", "said", "E_KURT_VOLKER"),
    Q(D, ["I frankly cringe when I hear it." + R], "Volker", "added", "E_KURT_VOLKER"),
    Q(I, ["the question was outside the scope of his testimony"], "Morrison's lawyer", "said", "E_MORRISON_LAWYER"),
    Q(I, ["others had raised concerns about Vindman potentially leaking information"], "he", "said", "E_TIM_MORRISON"),
    Q(I, ["he was surprised that Vindman did not come to him about concerns regarding the July 25 call but instead went straight to the NSC legal counsel"], "Morrison", "said", "E_TIM_MORRISON"),
    Q(D, ["If he had concerns about the content of the call" + R], "Morrison", "said", "E_TIM_MORRISON"),
    Q(I, ["he was told by former National Security Adviser John Bolton — Morrison's supervisor — to go straight to the NSC legal counsel with his concerns"], "Vindman", "said", "E_ALEXANDER_VINDMAN"),
    Q(I, ["Vindman had become frustrated over his exclusion from some important meetings relating to Ukraine policy"], "Morrison", "testified", "E_TIM_MORRISON"),
    Q(D, ["I opposed the hold on U.S. security assistance" + R], "Volker", "said", "E_KURT_VOLKER"),
    Q(M, ['he viewed the delay "as a U.S. policy problem that we needed to fix internally."'], "He", "added", "E_KURT_VOLKER"),
    Q(I, ["he first discussed the delay with the Ukrainians at the end of August, after Politico reported the aid had been paused"], "Volker", "said", "E_KURT_VOLKER"),
    Q(D, ["Instead of telling them that they needed" + R, "I did not know others were conveying" + R], "Volker", "said", "E_KURT_VOLKER"),
    Q(I, ["he didn't always follow through on suggestions from Sondland"], "Morrison", "testified", "E_TIM_MORRISON"),
    Q(M, ['his predecessor, Fiona Hill, had dubbed Sondland\'s role in forming Ukraine policy as "the Gordon problem."'], "He", "said", "E_TIM_MORRISON"),
    Q(I, ["he tried to work with Mr. Trump's personal lawyer, Rudy Giuliani, to try to convince him, and therefore the president, that the new Ukrainian president was not corrupt"], "Volker", "told", "E_KURT_VOLKER"),
    Q(I, ["the July 25 call made him realize Giuliani and the president still believed Ukraine needed to investigate Burisma and the Bidens"], "he", "said", "E_KURT_VOLKER"),
    Q(D, ["So it's fair to say you have not fixed the 'Giuliani problem'?"], "Schiff", "asked", "E_ADAM_SCHIFF"),
    Q(D, ["That's correct," + R], "Volker", "said", "E_KURT_VOLKER"),
]

DOCS["usatoday-epstein-guards"] = [
    Q(I, ["they had checked on accused sex trafficker Jeffrey Epstein in the hours before he hanged himself in his Manhattan cell"], "Two federal prison officers", "stating", "E_NOEL_AND_THOMAS"),
    Q(M, ['Tova Noel and Michael Thomas, assigned to Epstein\'s special housing unit at Metropolitan Correctional Center, "browsed the Internet," lingered in an office common area and appeared to sleep for two hours when they should have been conducting inmate checks'], "Federal prosecutors", "alleged", "E_PROSECUTORS"),
    Q(M, ['Noel and Thomas signed "false certifications" attesting they had made their required rounds'], "court records", "according to", "E_COURT_RECORDS"),
    Q(I, ["no inmate checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning, when the officers discovered Epstein's body"], "Prosecutors", "alleged", "E_PROSECUTORS"),
    Q(I, ["A review of surveillance video allegedly showed the two officers asleep at their desks at one point during the night"], "court documents", "according to", "E_COURT_RECORDS"),
    Q(D, ["As alleged, the defendants had a duty" + R, "Instead, they repeatedly failed" + R], "Geoffrey Berman", "said", "E_GEOFFREY_BERMAN"),
    Q(M, ['his death "a crisis of public trust" within the prison system'], "Sen. Ben Sasse", "called", "E_BEN_SASSE"),
    Q(D, ["You are in this job because of this crisis," + R, "That bastard now won't be able" + R], "Sasse", "told", "E_BEN_SASSE"),
    Q(M, ['Epstein "sexually exploited and abused dozens of minor girls" at his homes in Manhattan and Palm Beach, Florida, and at other locations from at least 2002 to 2005'], "Prosecutors", "alleged", "E_PROSECUTORS"),
    Q(I, ["the charges against the two staffers are overdue"], "Sasse", "said", "E_BEN_SASSE"),
    Q(D, ["Heads needed to roll the day Jeffrey Epstein died," + R, "The Bureau of Prisons and the Department of Justice need" + R], "he", "said", "E_BEN_SASSE"),
    Q(D, ["These guards aren't the only ones" + R], "Sasse", "said", "E_BEN_SASSE"),
    Q(I, ["she couldn't comment on the ongoing criminal investigation and a review by the Justice Department's inspector general"], "Hawk Sawyer", "said", "E_KATHLEEN_HAWK_SAWYER"),
    Q(M, ['prison authorities discovered at least "a couple of other instances" in which officers failed to conduct required checks on inmates and falsified records to show that they had'], "she", "acknowledged", "E_KATHLEEN_HAWK_SAWYER"),
    Q(M, ['"We don\'t want those people" working in federal prisons'], "she", "said", "E_KATHLEEN_HAWK_SAWYER"),
    Q(D, ["This incident was a black eye" + R], None, None, "E_KATHLEEN_HAWK_SAWYER"),
    Q(I, ["Epstein's death is a symptom of deeper problems within the prison system"], "Sen. Ted Cruz", "said", "E_TED_CRUZ"),
    Q(M, ['the suicide a "profound indictment of the system."'], "Cruz", "called", "E_TED_CRUZ"),
    Q(I, ["the disgraced financier may have been murdered"], "representatives of Epstein's family", "suggested", "E_EPSTEIN_FAMILY_REPS"),
    Q(I, ["no evidence supports anything other than suicide"], "Hawk Sawyer", "told", "E_KATHLEEN_HAWK_SAWYER"),
    Q(I, ["Noel and Thomas were the only officers assigned to Epstein's housing unit, and no inmate checks were conducted for at least eight hours"], "prosecutors", "asserted", "E_PROSECUTORS"),
    Q(I, ["Noel and Thomas both acknowledged to supervisors that they had not made their required checks"], "prosecutors", "alleged", "E_PROSECUTORS"),
    Q(D, ["We messed up; I messed up," + R, "We didn't do any rounds." + R], "Thomas", "told", "E_MICHAEL_THOMAS"),
    Q(I, ["the two were prepared to fight the charges"], "Defense attorneys", "said", "E_DEFENSE_ATTORNEYS"),
    Q(D, ["It is our hope that we'll be able" + R], "Jason Foy", "said", "E_JASON_FOY"),
    Q(I, ["his client chose not to accept a plea agreement offered by prosecutors"], "Montell Figgins", "said", "E_MONTELL_FIGGINS"),
    Q(M, ['Thomas is a single father of three children, and a guilty plea would "ruin his life."'], "He", "said", "E_MONTELL_FIGGINS"),
    Q(D, ["We had hoped that the U.S. Attorney's Office" + R], "Figgins", "said", "E_MONTELL_FIGGINS"),
    Q(I, ["Sometimes employees don't follow the rules"], "he", "said", "E_MONTELL_FIGGINS"),
    Q(D, ["But does that mean that they're going" + R], None, None, "E_MONTELL_FIGGINS"),
    Q(D, ["When all the evidence is presented" + R, "maybe you'll have a different appreciation" + R], "he", "said", "E_MONTELL_FIGGINS"),
    Q(I, ["staff shortages and frequent overtime shifts have taken their toll on officers and compromised security at the Manhattan facility"], "Prison union representatives", "warned", "E_PRISON_UNION_REPS"),
    Q(I, ["At the time of Epstein's suicide, there were more than 30 staff vacancies at the facility"], "Serene Gregg", "said", "E_SERENE_GREGG"),
    Q(I, ["Prison officials regularly assigned civilian staffers to work guard duty to plug unfilled officer positions"], "she", "said", "E_SERENE_GREGG"),
    Q(I, ["Ten of the 18 staffers who reported for duty on the midnight-to-8 a.m. shift, the one on which Epstein was found dead, were working overtime"], "federal prison records", "according to", "E_PRISON_RECORDS"),
    Q(I, ["One of the officers", "had worked multiple overtime shifts before reporting to duty on Epstein's unit"], "prison records", "according to", "E_PRISON_RECORDS"),
    Q(I, ["prison officials are working to fill 3,000 vacancies across the system"], "Hawk Sawyer", "telling", "E_KATHLEEN_HAWK_SAWYER"),
    Q(I, ["Many of the prisons", "are aging and need to be repaired"], "she", "said", "E_KATHLEEN_HAWK_SAWYER"),
    Q(D, ["I am committed to this agency" + R], "Hawk Sawyer", "saying", "E_KATHLEEN_HAWK_SAWYER"),
    Q(I, ["an inmate can be removed from suicide watch only if a licensed mental health professional concludes the inmate is no longer at risk for attempting suicide"], "Experts on jail suicide", "told", "E_JAIL_SUICIDE_EXPERTS"),
    Q(D, ["When removing such a high-risk individual" + R], "Lisa Boesky", "said", "E_LISA_BOESKY"),
    Q(M, ['Epstein was still "a high risk for suicide" because of the nature of his crimes, the humiliation he experienced after his arrest and his prior suicide attempt'], "Boesky", "said", "E_LISA_BOESKY"),
    Q(I, ["he's pleased to see authorities investigate the circumstances of his death"], "Jack Scarola", "said", "E_JACK_SCAROLA"),
    Q(D, ["Forty-five years of practicing law," + R, "has convinced me that there are no coincidences." + R], "he", "said", "E_JACK_SCAROLA"),
]

DOCS["latimes-gannett-gatehouse"] = [
    Q(M, ['The merger of the big newspaper chains Gannett and GateHouse Media, which became final Tuesday, will create a "stronger" and "more viable" print and digital news enterprise "with deep local roots and national scale."'], None, None, "E_MICHAEL_REED"),
    Q(D, ["Since 2008, there hasn't been a single year" + R], "veteran industry analyst Ken Doctor", "says", "E_KEN_DOCTOR"),
    Q(M, ['he expects to wring as much as $300 million in "synergies" from the combination'], "Reed", "said", "E_MICHAEL_REED"),
    Q(M, ['it "immaterial"'], "the company", "called", "E_GATEHOUSE"),
    Q(I, ["it had become the largest shareholder of Tribune, the former owner of The Times, by acquiring the entire 25.2% stake held by Tribune's former chairman, Michael Ferro, for $13 a share or $117.9 million"], "Alden", "announced", "E_ALDEN"),
    Q(I, ["its finances were so impaired that it wouldn't have the cash or cash flow to make a required minimum contribution of $124 million to its pension fund next year and was negotiating a possible takeover of the plan by the government's Pension Benefit Guarantee Corp"], "McClatchy", "said", "E_MCCLATCHY"),
    Q(I, ["talks have resumed between McClatchy and Tribune"], "Doctor", "asserts", "E_KEN_DOCTOR"),
    Q(M, ['the firm\'s practice after acquiring a newspaper has been to "consolidate copy editing and page design" at a corporate center, then replace veteran and specialty reporters with younger (and cheaper) general assignment reporters'], "Penelope Muse Abernathy", "According to", "E_PENELOPE_ABERNATHY"),
    Q(D, ["GateHouse-owned newsrooms are often half the size" + R], "Abernathy", "reported", "E_PENELOPE_ABERNATHY"),
    Q(M, ['the merger would allow the company to quickly pay down debt and "to return capital to shareholders through dividends, in addition to investing for growth that will drive revenues."'], "Reed", "told", "E_MICHAEL_REED"),
    Q(M, ["a payout", 'as "morally wrong."'], "New Media investor Leon Cooperman", "blasted", "E_LEON_COOPERMAN", at="a payout that New Media"),
    Q(D, ["I know we're happy to get rid of Fortress," + R, "They brought this public in 2014" + R], "Cooperman", "told", "E_LEON_COOPERMAN"),
    Q(D, ["Financial players like Fortress and Alden" + R, "They see the way down as close to inevitable." + R], "Doctor", "says", "E_KEN_DOCTOR"),
    Q(I, ["Meanwhile", "they're trying to buy time through shrinkage even as their ultimate destination remains unclear"], "Doctor", "says", "E_KEN_DOCTOR"),
    Q(D, ["After two more years of this," + R, "what kind of products are going to be left" + R], "Doctor", "asks", "E_KEN_DOCTOR"),
]

DOCS["twincities-wild-sabres"] = [
    Q(I, ["he always finds a way to start scoring"], "Wild coach Bruce Boudreau", "saying", "E_BRUCE_BOUDREAU"),
    Q(D, ["It takes a little longer now" + R, "That goes a long way." + R], "Boudreau", "said", "E_BRUCE_BOUDREAU"),
    Q(D, ["That's perfect," + R, "It's the mark of a true competitor" + R], "Boudreau", "said", "E_BRUCE_BOUDREAU"),
    Q(D, ["He's used to scoring goals, getting points," + R], "he", "said", "E_RYAN_SUTER"),
    Q(D, ["You can go either way," + R, "I was going the other way" + R], "Parise", "said", "E_ZACH_PARISE"),
    Q(D, ["He's starting to feel it" + R, "And we need those goals." + R], "Boudreau", "said", "E_BRUCE_BOUDREAU"),
    Q(D, ["It's hard not to, though," + R, "We know where we are" + R], "Suter", "acknowledged", "E_RYAN_SUTER"),
    Q(M, ['them to "believe in yourselves" and that the Wild are a "good team."'], "Boudreau", "telling", "E_BRUCE_BOUDREAU"),
    Q(D, ["You've beaten some really good teams this year," + R, "You've been in every game" + R, "I said the same thing when I took over" + R], "he", "told", "E_BRUCE_BOUDREAU"),
    Q(D, ["I didn't really see him coming," + R, "He came off my back" + R], "Eriksson Ek", "said", "E_JOEL_ERIKSSON_EK"),
    Q(D, ["We've been there." + R], "Parise", "said", "E_ZACH_PARISE"),
    Q(M, ['he was "just trying to spark some energy."'], "Eichel", "said", "E_JACK_EICHEL"),
    Q(D, ["I haven't talked to the trainers at all," + R], "Boudreau", "said", "E_BRUCE_BOUDREAU"),
]

DOCS["spacenews-clps-landers"] = [
    Q(I, ["it was adding five companies to a contract to perform commercial deliveries of payloads to the surface of the moon, a group that ranges from small ventures to Blue Origin and SpaceX"], "NASA", "announced", "E_NASA"),
    Q(I, ["the five companies — Blue Origin, Ceres Robotics, Sierra Nevada Corporation (SNC), SpaceX and Tyvak Nano-Satellite Systems — had been selected to join the nine companies with Commercial Lunar Payload Services (CLPS) contracts"], "NASA", "said", "E_NASA"),
    Q(D, ["We were actually looking to do this" + R], "Steve Clarke", "said", "E_STEVE_CLARKE"),
    Q(I, ["The larger landers", "could deliver tools needed by astronauts ahead of their landing missions, in addition to delivering science payloads"], "he", "said", "E_STEVE_CLARKE"),
    Q(I, ["Starhip will be able to deliver up to 100 metric tons of cargo to the surface of the moon and return an unspecified amount back to Earth"], "Gwynne Shotwell", "said", "E_GWYNNE_SHOTWELL"),
    Q(D, ["We do think this is a really neat program." + R], "Shotwell", "said", "E_GWYNNE_SHOTWELL"),
    Q(I, ["Starship lunar lander missions could begin in 2022"], "Shotwell", "said", "E_GWYNNE_SHOTWELL"),
    Q(M, ['could serve as a "nice stepping stone" to later crewed missions'], "she", "said", "E_GWYNNE_SHOTWELL"),
    Q(M, ['SpaceX would fly Starship "a lot" before flying any missions with people on board'], "She", "said", "E_GWYNNE_SHOTWELL"),
    Q(D, ["It has a lot of payload capacity" + R], "Brent Sherwood", "said", "E_BRENT_SHERWOOD"),
    Q(I, ["it would depend on the specifics of each individual CLPS task order"], "He", "saying", "E_BRENT_SHERWOOD"),
    Q(D, ["Our company is in a great position" + R], "John Roth", "said", "E_JOHN_ROTH"),
    Q(I, ["the company could take larger payloads leveraging technologies developed for its Dream Chaser vehicle"], "Roth", "said", "E_JOHN_ROTH"),
    Q(I, ["SNC would be able to start lunar lander missions in 2022"], "he", "said", "E_JOHN_ROTH"),
    Q(I, ["his company's CLPS award was a sign small companies like his had a role in NASA's broader plans"], "Michael Sims", "said", "E_MICHAEL_SIMS"),
    Q(D, ["Space exploration and, especially, humans" + R, "Small player being an agility" + R], "he", "said", "E_MICHAEL_SIMS"),
    Q(I, ["his company's lander should be available for missions starting in 2023"], "He", "said", "E_MICHAEL_SIMS"),
    Q(I, ["Tyvak would leverage that experience in its lunar landers"], "Marco Villa", "said", "E_MARCO_VILLA"),
    Q(D, ["We're going to start with something smaller," + R, "Our flexibility and ability to scale up" + R], "he", "said", "E_MARCO_VILLA"),
    Q(M, ['NASA is developing a new task order companies that should be released "sometime soon" for the CLPS companies to bid on, as well as one for the VIPER rover'], "Clarke", "said", "E_STEVE_CLARKE"),
]

DOCS["spokesman-meth-campaign"] = [
    Q(D, ["I guess my first reaction was, 'Oh no, they're going to get a lot of attention and, maybe, not all of it helpful attention,'", "At the end of the day, the proof's in the pudding." + R], "Hege", "said", "E_MICHELLE_HEGE"),
    Q(I, ["Selling a product is difficult, but altering behavior is much more difficult"], "Hege", "said", "E_MICHELLE_HEGE"),
    Q(D, ["It's difficult to change people's behaviors" + R, "This is our favorite kind of work" + R], "Hege", "said", "E_MICHELLE_HEGE"),
    Q(I, ["she did not want to judge the campaign, and thinks it could still be successful for its audience"], "she", "said", "E_JULIE_GRAHAM"),
    Q(D, ["When a group is trying to reach" + R], "Graham", "said", "E_JULIE_GRAHAM"),
    Q(I, ["she once encountered backlash for an HIV prevention campaign that encouraged those recently released from jail to use condoms and receive screenings"], "Graham", "said", "E_JULIE_GRAHAM"),
    Q(D, ["You might need to have a message" + R, "If somebody from the general public saw it" + R], "Graham", "said", "E_JULIE_GRAHAM"),
    Q(I, ["Targeting audiences is key in making dollars go further"], "Graham", "said", "E_JULIE_GRAHAM"),
    Q(D, ["We were trying to reach young males" + R, "It can seem like there's a thousand choices" + R], "Graham", "said", "E_JULIE_GRAHAM"),
    Q(I, ["he thought South Dakota's campaign - run by a Minneapolis-based firm with a budget of $449,000 - was meant to raise eyebrows"], "Jeff Sanborn", "said", "E_JEFF_SANBORN"),
    Q(D, ["OK, great, let's be provocative" + R, "What's America talking about?" + R], "Sanborn", "said", "E_JEFF_SANBORN"),
    Q(I, ["the campaign made the mistake of burying the message"], "Sanborn", "said", "E_JEFF_SANBORN"),
    Q(M, ['That message is that anyone using meth is a problem for everyone and "we want to try to help,"'], "Sanborn", "said", "E_JEFF_SANBORN"),
    Q(D, ["The problem is, we tell clients all the time" + R, "If that's the core and heart of your message" + R], "Sanborn", "said", "E_JEFF_SANBORN"),
]

DOCS["detroitnews-indiana-teachers"] = [
    Q(D, ["Fund our schools,", "Put kids first,"], "Teachers", "chanted", "E_INDIANA_TEACHERS"),
    Q(I, ["she and more than 40 fellow teachers from the Gibson Southern schools near Evansville left about 4:30 a.m. for the rally"], "High school math teacher Angela Cooper", "said", "E_ANGELA_COOPER"),
    Q(I, ["a top worry is low pay causing many new teachers to leave for other jobs"], "She", "said", "E_ANGELA_COOPER"),
    Q(D, ["We need to make sure we keep teachers" + R, "They start in the classroom" + R], "Cooper", "said", "E_ANGELA_COOPER"),
    Q(I, ["the Legislature should direct money from the state's $2 billion in cash reserves toward helping schools"], "Indiana State Teachers Association President Keith Gambill", "told", "E_KEITH_GAMBILL"),
    Q(D, ["The crisis is now, and we need action now," + R, "The issue is funding, and the state has the money." + R], "Gambill", "said", "E_KEITH_GAMBILL"),
    Q(I, ["Nearly 300 school districts closed because of the rally"], "teachers unions", "according to", "E_TEACHERS_UNIONS"),
    Q(I, ["more than 15,000 people registered for the rally"], "The unions", "said", "E_TEACHERS_UNIONS"),
    Q(I, ["at least 5,000 people entered the Statehouse through public entrances"], "Indiana State Police", "reported", "E_INDIANA_STATE_POLICE"),
    Q(I, ["they don't expect to take action on further boosting school funding until at least 2021"], "they", "said", "E_HOLCOMB_AND_GOP_LEADERS"),
    Q(D, ["Red for Ed,"], "some Indiana protesters", "chanted", "E_INDIANA_TEACHERS"),
    Q(I, ["the plan as making strides toward improving teacher pay"], "Holcomb and GOP legislative leaders", "touted", "E_HOLCOMB_AND_GOP_LEADERS"),
    Q(I, ["lawmakers would take action to prevent the use of student test scores to evaluate teachers and schools after lower scores on the state's new ILEARN standardized exam taken last spring - one of the top concerns of the teachers unions"], "Bosma", "said", "E_BRIAN_BOSMA"),
    Q(D, ["We get that you're frustrated," + R, "We get that you are concerned about issues." + R], "Bosma", "said", "E_BRIAN_BOSMA"),
    Q(I, ["he was keeping long-standing plans for traveling to Florida for a conference of the Republican Governors Association, which gave nearly $5.9 million toward Holcomb's 2016 election campaign"], "His office", "said", "E_HOLCOMB_OFFICE"),
    Q(I, ["he was waiting for a teacher pay commission he appointed in February to make recommendations on increasing salaries by the end of 2020"], "The governor", "said", "E_ERIC_HOLCOMB"),
    Q(I, ["a 9% funding increase was needed to boost average teacher pay to the midpoint of neighboring states"], "Education advocacy groups", "estimated", "E_EDUCATION_ADVOCACY_GROUPS"),
    Q(M, ['they weren\'t "asking for the moon."'], "McCormick", "told", "E_JENNIFER_MCCORMICK"),
    Q(D, ["What a shame that it takes today" + R], "she", "said", "E_JENNIFER_MCCORMICK"),
    Q(M, ['politicians have "vilified" educators'], "Joel Schlabach", "said", "E_JOEL_SCHLABACH"),
    Q(D, ["They think they know better" + R, "They don't trust us" + R], "he", "said", "E_JOEL_SCHLABACH"),
]

DOCS["thr-google-stadia"] = [
    Q(D, ["Stadia has been built from the ground up" + R, "You're going to see a number of things" + R], "Jack Buser", "tells", "E_JACK_BUSER"),
    Q(I, ["The key to Stadia's success", "is Google's built-in infrastructure"], "Buser", "says", "E_JACK_BUSER"),
    Q(D, ["We have one of the largest private networks in the world," + R], "he", "says", "E_JACK_BUSER"),
    Q(M, ['Google\'s servers can "deliver extremely high fidelity content all over the world."'], "he", "boasting", "E_JACK_BUSER"),
    Q(M, ['Stadia\'s lineup as its "Achilles heel."'], "Lewis Ward", "sees", "E_LEWIS_WARD"),
    Q(D, ["They need to ramp up the game catalog ASAP," + R, "Google's planned 'free' base tier" + R], "Ward", "says", "E_LEWIS_WARD"),
    Q(D, ["Google offers an extension of the market" + R, "They help extend our reach" + R], "Chris Early", "says", "E_CHRIS_EARLY"),
    Q(D, ["Our strategy is to be where the consumer is," + R, "Generally speaking, in the entertainment business" + R], "Strauss Zelnick", "adds", "E_STRAUSS_ZELNICK"),
    Q(D, ["2020 will be about getting these services" + R, "I think 2021 and 2022 will begin" + R], "Ward", "says", "E_LEWIS_WARD"),
    Q(D, ["Streaming is somewhat binary," + R, "You are either in a place with adequate bandwidth" + R], "Early", "says", "E_CHRIS_EARLY"),
    Q(M, ['Ubisoft are "believers" in game streaming as a viable future for the industry'], "Early", "says", "E_CHRIS_EARLY"),
    Q(D, ["The groundwork is there," + R, "In terms of running games" + R], "Buser", "says", "E_JACK_BUSER"),
    Q(I, ["there is a possibility that future Ubisoft games could be built and launched specifically for the platform"], "Early", "says", "E_CHRIS_EARLY"),
    Q(D, ["Our objective is to make the best game" + R, "I think the interesting question is" + R], "he", "says", "E_CHRIS_EARLY"),
    Q(D, ["I think if [Google] gets to over 100 games" + R], "Ward", "says", "E_LEWIS_WARD"),
    Q(D, ["This is where you'll see the next big jump" + R, "You'll never download a game" + R], "he", "says", "E_JACK_BUSER"),
]

DOCS["nbc-flu-shots-migrants"] = [
    Q(I, ["the Department of Homeland Security to accept its offer to provide free flu shots to California detainees"], "A group of physicians", "urging", "E_D4CC"),
    Q(I, ["the administration to reconsider its decision to not vaccinate detained migrants for flu despite the deaths of at least three children in CBP custody during the 2018 flu season"], "the doctors", "pleaded", "E_D4CC"),
    Q(I, ["to stage a mobile flu vaccine at no cost to the government at the San Ysidro, California, Customs and Border Protection processing and detention facility"], "The doctors", "offered", "E_D4CC"),
    Q(D, ["We implore you to allow our volunteer physicians" + R], "the physicians", "stated", "E_D4CC"),
    Q(I, ["the agency never has administered vaccines and people aren't usually held in custody very long"], "A spokesperson who did not wish to be named because of agency policy", "said", "E_CBP_SPOKESPERSON"),
    Q(D, ["As a law enforcement agency and due to" + R], "the spokesperson", "said", "E_CBP_SPOKESPERSON"),
    Q(I, ["holding people no longer than 72 hours"], "CBP's guidelines", "recommend", "E_CBP"),
    Q(I, ["they would provide 100 doses of the influenza vaccines and four volunteer physicians to administer them"], None, "said", "E_D4CC"),
    Q(D, ["This is how epidemics begin," + R, "It's not just migrants." + R], "Dr. Luz Contreras Arroyo", "told", "E_LUZ_CONTRERAS_ARROYO"),
    Q(D, ["These are people as well," + R, "They are under the care of the government" + R], "Arroyo", "added", "E_LUZ_CONTRERAS_ARROYO"),
    Q(I, ["migrants are not the only people at risk of illness"], "The doctors", "warned", "E_D4CC"),
    Q(D, ["Flu season has already begun" + R, "Many people, including those working at" + R], "the doctors", "stated", "E_D4CC"),
    Q(I, ["Physicians are volunteering their time to provide the shots"], "Arroyo", "said", "E_LUZ_CONTRERAS_ARROYO"),
    Q(M, ['they also have an established volunteer network of physicians licensed to operate in all states to get the necessary vaccines and work with CBP to "create a system to ensure that the majority of migrant families" held in CBP custody are vaccinated'], "The doctors", "said", "E_D4CC"),
    Q(I, ["based on an estimated 200,000 children in federal custody in the past two years, the three deaths of detained children attributed to complications from the flu are nine times higher than the expected death rate for children from flu"], "The doctors", "said", "E_D4CC"),
    Q(D, ["In our professional medical opinion" + R], "the letter signed by seven physicians", "says", "E_D4CC"),
    Q(I, ["it would not be vaccinating migrant families in its holding centers ahead of the flu season"], "CBP", "announced", "E_CBP"),
    Q(M, ['it chose not to provide the vaccinations because of the "short-term" stays of immigrants in custody and the complexities of operating a vaccination program'], "the agency", "said", "E_CBP"),
    Q(I, ["the government has done wide scale vaccinations before and given out large amounts of vaccine to prevent illness from spreading and prevent epidemics"], "Arroyo", "said", "E_LUZ_CONTRERAS_ARROYO"),
    Q(I, ["it is cost effective and less than the cost of hospitals and ICUs for detainees, staff and residents once they become sick"], "She", "said", "E_LUZ_CONTRERAS_ARROYO"),
    Q(I, ["children in particular would face more serious health risks with the extended incarcerations"], "Health care providers", "warning", "E_HEALTH_CARE_PROVIDERS"),
    Q(I, ["In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink"], "NBC News", "reported", "E_NBC_NEWS"),
    Q(I, ["all individuals above age 6 months get a flu vaccine by the end of October for the current flu season"], "The Centers for Disease Control", "recommends", "E_CDC"),
    Q(D, ["As physicians, we have seen the effects" + R], "the physicians", "stated", "E_D4CC"),
]

DOCS["physorg-esa-hibernation"] = [
    Q(M, ["Human hibernation", 'as a key "enabling technology" for space'], "the Agency's Future Technology Advisory Panel", "recommended", "E_ESA_FUTURE_TECH_PANEL"),
    Q(D, ["We worked on adjusting the architecture" + R], "Robin Biesbroek", "comments", "E_ROBIN_BIESBROEK"),
    Q(D, ["We looked at how an astronaut team" + R], None, None, "E_ROBIN_BIESBROEK"),
    Q(D, ["For a while now hibernation has been proposed" + R, "If we were able to reduce" + R, "And the basic idea of putting astronauts" + R, "We aim to build on this in future" + R], "SciSpacE Team Leader Jennifer Ngo-Anh", "explains", "E_JENNIFER_NGO_ANH"),
]

DOCS["albawaba-settlements"] = [
    Q(I, ["the decision would not change the reality that the settlements were illegal"], "The United Nations and European Union", "stressed", "E_UN_AND_EU"),
    Q(M, ['he was "very moved" by the announcement'], "Israeli Prime Minister Benjamin Netanyahu", "said", "E_BENJAMIN_NETANYAHU"),
    Q(M, ['after legal consultation Washington had concluded the establishment of settlements was "not, per se, inconsistent with international law"'], "Pompeo", "said", "E_MIKE_POMPEO"),
    Q(I, ["he trusted the Israeli courts to decide"], "Pompeo", "saying", "E_MIKE_POMPEO"),
    Q(I, ["settlements to be illegal as they are built on occupied Palestinian land"], "Security Council resolutions", "declaring", "E_UN_SECURITY_COUNCIL"),
    Q(I, ["most major settlements legal"], "Israeli courts", "declared", "E_ISRAELI_COURTS"),
    Q(M, ['the US decision did "not modify existing international law, nor its interpretation by the International Court of Justice and the UN Security Council"'], "The United Nations High Commissioner for Human Rights", "said", "E_UN_HUMAN_RIGHTS_CHIEF"),
    Q(I, ["it still considers all settlement activity illegal"], "The EU", "reiterated", "E_EU"),
    Q(D, ["Here we are on a historic day" + R], "he", "told", "E_BENJAMIN_NETANYAHU"),
    Q(M, ['The administration of US President Donald Trump has "corrected an historic injustice and lined up with truth and justice"'], "Netanyahu", "said", "E_BENJAMIN_NETANYAHU"),
    Q(I, ["it will further embolden the settlement movement and may fend off potential legal moves against Israel"], "Analysts", "say", "E_ANALYSTS"),
    Q(M, ['it an "extremely adverse development"'], "The Arab League", "called", "E_ARAB_LEAGUE"),
    Q(I, ["they would take a series of measures to oppose it, including calling for a UN Security Council debate"], "Palestinian chief negotiator Saeb Erekat", "said", "E_SAEB_EREKAT"),
    Q(D, ["We are going to the (UN) General Assembly" + R], "he", "added", "E_SAEB_EREKAT"),
    Q(M, ['it viewed Washington\'s move as "another measure contradicting" the legal footing for a peace deal'], "Russia's foreign ministry", "said", "E_RUSSIA_FOREIGN_MINISTRY"),
    Q(I, ["it would likely further heighten tensions on the ground"], "Russia's foreign ministry", "said", "E_RUSSIA_FOREIGN_MINISTRY"),
    Q(M, ['it "regrets any decision likely to encourage... settlement building"'], "The French foreign ministry", "said", "E_FRENCH_FOREIGN_MINISTRY"),
    Q(M, ['settlements "are illegal under international law, present an obstacle to peace and threaten the physical viability of a two-state solution"'], "A spokesperson for the British Foreign Office", "reiterated", "E_BRITISH_FO_SPOKESPERSON"),
    Q(I, ["EU countries must identify products made in Israeli settlements on their labels"], "The European Union's top court", "ruled", "E_EU_COURT"),
    Q(I, ["the US policy change paved the way for the annexation of West Bank settlements into Israel"], "Israeli settlers", "said", "E_ISRAELI_SETTLERS"),
    Q(D, ["The illegality of settlements has always been stated" + R], "Avi Bell", "said", "E_AVI_BELL"),
    Q(I, ["it was only the latest move by the US to try to force the Palestinians to capitulate and give up their claims to an independent state"], "Erekat", "said", "E_SAEB_EREKAT"),
    Q(D, ["They wanted us on our knees" + R], None, None, "E_SAEB_EREKAT"),
]

# fmt: on

# Attribution in the next paragraph (spans.py looks for cue and source only in the content's own
# paragraphs): doc_id -> [(start of the content, source mention, cue)], each string unique in the text.
LATER_ATTRIBUTION: dict[str, list[tuple[str, str, str]]] = {
    "latimes-gannett-gatehouse": [("The merger of the big newspaper chains", "Michael Reed", "mouthed")]
}


def _unique(text: str, s: str) -> tuple[int, int]:
    assert text.count(s) == 1, (s, text.count(s))
    start = text.index(s)
    return start, start + len(s)


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    # the same registry sources/spans.py:write_pass writes from sources/entities.py
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(ENTITIES.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    annotations = {}
    for doc_id, specs in DOCS.items():
        text = texts[doc_id]
        for q in specs:
            q.ent = SAME_AS.get(q.ent, q.ent)
            assert q.ent in ENTITIES, (doc_id, q.ent)
        quotes = resolve(text, specs)
        for content, src, cue in LATER_ATTRIBUTION.get(doc_id, []):
            (q,) = [x for x in quotes if x.content[0][0] == text.index(content)]
            q.source, q.cue = newsgold.Source(_unique(text, src), q.source.entity), _unique(text, cue)
        if "-v" in sys.argv:
            print(doc_id)
            show(text, quotes)
        annotations[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    write_annotation_dir(annotations, root / "annotations/passes/annotator-b", overwrite=True)
    print(f"annotator-b (session-4 articles): {sum(len(d.quotes) for d in annotations.values())} quotes in {len(annotations)} documents")


if __name__ == "__main__":
    main()
