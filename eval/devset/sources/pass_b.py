"""Annotation pass annotator-b (independent): quotes layer of the dev set, written as strings.

Offsets come from sources/spans.py (exact substring search, nearest cue/source); run from eval/devset:
    python sources/pass_b.py [-v]
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
D, I, M = "direct", "indirect", "mixed"  # noqa: E741

DOCS: dict[str, list[Q]] = {}

# fmt: off

DOCS["cnn-thanksgiving-storm"] = [
    Q(D, ["We dodged a bullet," + R], "Steve Cowan", "said", "E_STEVE_COWAN"),
    Q(D, ["The worst in terms of widespread snow" + R], "he", "added", "E_TODD_BOREK"),
    Q(I, ["she arrived more than two hours early at Washington's Reagan National Airport to catch a flight to New York's JFK"], "Abney", "said", "E_LATASHA_ABNEY"),
    Q(D, ["I thought the lines were going to be ridiculous," + R, "I was second in line" + R], "she", "said", "E_LATASHA_ABNEY"),
    Q(I, ["he, too, was expecting a horrible trip when he departed New York for Newark to get a flight to San Diego"], "Brian M. Good", "said", "E_BRIAN_GOOD"),
    Q(D, ["Instead the roads were dead," + R, "It's warm outside" + R], "he", "said", "E_BRIAN_GOOD"),
    Q(D, ["Tomorrow before the event, we'll make" + R], "Patrol Chief James Hall", "said", "E_JAMES_HALL"),
    Q(D, ["It looks good. It looks very good," + R], "he", "said", "E_JAMES_HALL"),
    Q(I, ["improved weather monitoring devices en route and a police sergeant assigned to each balloon will minimize any danger"], "Officials", "say", "E_PARADE_OFFICIALS"),
    Q(D, ["We came all the way from Puerto Rico" + R], "Jose Ramirez", "said", "E_JOSE_RAMIREZ"),
    Q(I, ["Either way, the parade -- with or without the balloons -- will go on"], "organizers", "say", "E_PARADE_ORGANIZERS"),
    Q(I, ["Heavy winds at all three New York-area airports -- LaGuardia, John F. Kennedy and Newark-Liberty -- resulted in delays of 30 minutes to an hour"], "the Federal Aviation Administration", "according to", "E_FAA"),
    Q(M, ['the impact of the weather "pretty minimal, at this point,"'], "Todd Lehmacher", "called", "E_TODD_LEHMACHER"),
    Q(I, ["The impact was more pronounced at US Airways Express, which tallied 56 cancellations because of the weather"], "he", "said", "E_TODD_LEHMACHER"),
    Q(D, ["The real story is people" + R], "he", "said", "E_TODD_LEHMACHER"),
    Q(D, ["Rail travel remains one of" + R], "Amtrak", "said", "E_AMTRAK"),
    Q(D, ["QUIET CAR. Window seat." + R], "Ellie Hall", "tweeted", "E_ELLIE_HALL"),
    Q(D, ["It's sleet; it's rain;" + R], "CNN meteorologist Chad Myers", "said", "E_CHAD_MYERS"),
    Q(D, ["Well, since the forecast said" + R, "This morning we took smaller roads" + R], "Sarah Martini", "said", "E_SARAH_MARTINI"),
    Q(I, ["416 motorists died during Thanksgiving weekend last year, that 60% of the dead had not been wearing seat belts and that 42% of the accidents involved a drunken driver"], "The National Highway Traffic Safety Administration", "said", "E_NHTSA"),
    Q(D, ["I get on the highway, and the next thing I know I'm spinning," + R], "Seqret Watson", "said", "E_SEQRET_WATSON"),
    Q(D, ["I try to grab my wheel" + R], "Watson", "told", "E_SEQRET_WATSON"),
    Q(D, ["It was a small fortune," + R, "We could've gone to the Bahamas" + R], "Jennifer Peterson", "told", "E_JENNIFER_PETERSON"),
]

DOCS["nj-doherty-christie"] = [
    Q(M, ['Christie when he first ran in 2009 "sold himself to the people of New Jersey that he was going to change it."'], "State Sen. Michael Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["And he didn't," + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["The governor's possible national ambitions" + R], "he", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie a "failed" governor'], "Doherty", "calling", "E_MICHAEL_DOHERTY"),
    Q(D, ["I don't know that I particularly said the word 'failed,'", "What I said was that Gov. Christie" + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie "has dedicated his efforts to make New Jersey affordable and to provide opportunity for the families who live here."'], "State Sen. Dawn Addiego", "said", "E_DAWN_ADDIEGO"),
    Q(I, ["his main frustration is that New Jersey's poor, urban school districts are still getting a disproportionate amount of state aid thanks to a series of Supreme Court decisions dating back to the 1970s known as Abbott v. Burke"], "Doherty", "says", "E_MICHAEL_DOHERTY"),
    Q(D, ["For him yesterday to hold up Camden County" + R, "How long can the suburban and rural towns" + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["We're struggling tremendously. Houses in my district" + R, "We need help." + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie "didn\'t fight hard enough" to change the court\'s makeup'], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(I, ["Christie declined to re-nominate former Justice Helen Hoens to the bench"], "Doherty", "noted", "E_MICHAEL_DOHERTY"),
    Q(D, ["The one justice that wrote an opinion" + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(I, ["Christie's appeal to New Jersey's urban mayors to follow his example of working with Camden to overhaul its police force and attract businesses with economic incentives underscored his feeling that he was ignoring the state's suburban and rural areas"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["I was very alarmed when Gov. Christie said" + R, "When does it ever end?" + R], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie has "did not follow through his promise to fight the corruption and break up the status quo."'], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(I, ["that had nothing to do with his criticism"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["I'm not supporting anybody at this point," + R], "he", "said", "E_MICHAEL_DOHERTY"),
]

DOCS["reuters-airasia-bodies"] = [
    Q(I, ["40 bodies had been recovered"], "The navy", "said", "E_INDONESIAN_NAVY"),
    Q(I, ["only three bodies had been retrieved"], "Fransiskus Bambang Soelistyo", "saying", "E_SOELISTYO"),
    Q(D, ["My heart is filled with sadness" + R, "On behalf of AirAsia" + R], "airline boss Tony Fernandes", "tweeted", "E_TONY_FERNANDES"),
    Q(M, ['it was inviting family members to Surabaya, "where a dedicated team of care providers will be assigned to each family to ensure that all of their needs are met"'], "The airline", "said", "E_AIRASIA"),
    Q(D, ["He cries every time he watches the news," + R], "Yohannes", "said", "E_YOHANNES"),
    Q(I, ["to be strong"], "The mayor of Surabaya", "urged", "E_TRI_RISMAHARINI"),
    Q(D, ["They are not ours, they belong to God," + R], "she", "said", "E_TRI_RISMAHARINI"),
    Q(I, ["a plane door, oxygen tanks and one body had been recovered and taken away by helicopter for tests"], "A navy spokesman", "said", "E_NAVY_SPOKESMAN"),
    Q(D, ["The challenge is waves up to three metres high," + R], "Soelistyo", "told", "E_SOELISTYO"),
    Q(I, ["the search operation would go on all night"], "Soelistyo", "adding", "E_SOELISTYO"),
    Q(I, ["The plane, which did not issue a distress signal, disappeared after its pilot failed to get permission to fly higher to avoid bad weather because of heavy air traffic"], "officials", "said", "E_SEARCH_OFFICIALS"),
    Q(I, ["It was travelling at 32,000 feet (9,753 metres) and had asked to fly at 38,000 feet"], "officials", "said", "E_SEARCH_OFFICIALS"),
    Q(I, ["thunderstorms, and requests to gain altitude to avoid them, were not unusual in that area"], "Pilots and aviation experts", "said", "E_PILOTS_AND_EXPERTS"),
    Q(I, ["The Indonesian pilot was experienced and the plane last underwent maintenance in mid-November"], "the airline", "said", "E_AIRASIA"),
    Q(I, ["Investigators are focussing initially on whether the crew took too long to request permission to climb, or could have ascended on their own initiative earlier"], "a source close to the probe", "said", "E_PROBE_SOURCE"),
    Q(I, ["poor weather could have played a part as well"], "a source close to the probe", "adding", "E_PROBE_SOURCE"),
    Q(I, ["the investigation was at an early stage and the black box flight recorders had yet to be recovered"], "He", "cautioned", "E_PROBE_SOURCE"),
    Q(I, ["The plane, whose engines were made by CFM International, co-owned by General Electric and Safran of France, lacked real-time engine diagnostics or monitoring"], "a GE spokesman", "said", "E_GE_SPOKESMAN"),
    Q(I, ["passenger and crew lists were being examined but nothing significant had turned up and the incident was regarded as an unexplained accident"], "U.S. law enforcement and security officials", "said", "E_US_OFFICIALS"),
]

DOCS["pe-perris-shooting"] = [
    Q(I, ["Neither the gunman, nor a man believed to have accompanied him, have been identified"], "Lt. David Lelevier", "said", "E_DAVID_LELEVIER"),
    Q(I, ["The gunman's compensation for the shooting appears to have been not a cash payment but a romantic relationship with Avalos"], "he", "said", "E_DAVID_LELEVIER"),
    Q(I, ["Avalos did not seek to have her boyfriend killed"], "Defense attorney Nic Cocis", "said", "E_NIC_COCIS"),
    Q(I, ["Avalos believed he was going to be beaten up, not shot"], "Cocis", "said", "E_NIC_COCIS"),
    Q(I, ["she and her 24-year-old boyfriend had gone to Bakersfield together to retrieve a Jeep and she followed him back to Riverside County in her pickup"], "Avalos", "told", "E_JUDY_AVALOS"),
    Q(I, ["she had been inside about 10 minutes when she heard a hail of gunfire and dropped to the floor"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(I, ["she went outside to find her boyfriend, with four gunshot wounds, walking up the driveway and holding a gun"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(I, ["the shooter and another man were in a white car that pulled up next to him while he was parked on Edmond Street"], "The boyfriend", "told", "E_AVALOS_BOYFRIEND"),
    Q(I, ["the car had driven past him, stopped for a few minutes at the dead end of the street, then pulled up next to him with a window down"], "He", "said", "E_AVALOS_BOYFRIEND"),
    Q(I, ["they were lost"], "The men in the car", "told", "E_MEN_IN_THE_CAR"),
    Q(I, ["A minute or two later", "one of the men pulled a gun and started shooting at him"], "he", "said", "E_AVALOS_BOYFRIEND"),
    Q(I, ["he grabbed the gun under his seat and fired back at them as the car drove off"], "He", "said", "E_AVALOS_BOYFRIEND"),
    Q(D, ["(He) went on to say" + R, "He said she called him up" + R], "Cornett", "wrote", "E_ROBERT_CORNETT"),
    Q(I, ["she had had a dream about it"], "she", "said", "E_JUDY_AVALOS"),
    Q(D, ["when she has a dream about things, they come true," + R], "she", "adding", "E_JUDY_AVALOS"),
    Q(I, ["having anything to do with the shooting"], "She", "denied", "E_JUDY_AVALOS"),
    Q(I, ["they found several suspicious texts, written in Spanish, that had been deleted from the phone"], "Investigators", "said", "E_RIVERSIDE_INVESTIGATORS"),
    Q(I, ["she wanted them to take out only her boyfriend and that it had to be tonight - Dec. 30"], "Avalos", "saying", "E_JUDY_AVALOS"),
    Q(I, ["he would be in a Jeep parked in front of her mother's house"], "She", "wrote", "E_JUDY_AVALOS"),
    Q(I, ["he was set with two people for tonight"], "the person", "replied", "E_TEXT_CORRESPONDENT"),
    Q(I, ["they were there"], "Avalos", "say", "E_JUDY_AVALOS"),
    Q(M, ['to delete the text messages before "they do their job,"'], "The other person", "telling", "E_TEXT_CORRESPONDENT"),
    Q(I, ["her boyfriend had been mistreating her and not letting her leave the house to go out with her friends"], "Avalos", "told", "E_JUDY_AVALOS"),
    Q(I, ["he would point a gun at her and tell her he was going to kill her, but that she had never reported it to police"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(D, ["She said they had been arguing all week" + R, "She said she was wrong" + R], "Cornett", "wrote", "E_ROBERT_CORNETT"),
]

DOCS["nypost-shark-surfer"] = [
    Q(I, ["the attack by the 8-to-10 foot shark happened at around 11 a.m. local time at Montana de Oro State Park, approximately 200 miles northwest of Los Angeles"], "California State Park Ranger Supervisor Robert Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(I, ["the surfer as 50-year-old Kevin Swanson of Morro Bay, Calif"], "The San Luis Obispo Tribune", "identified", "E_SLO_TRIBUNE"),
    Q(I, ["Swanson was in fair condition Sunday afternoon"], "a hospital spokesman", "said", "E_HOSPITAL_SPOKESMAN"),
    Q(I, ["the shark swam up from underneath Swanson's board and grabbed him with no warning"], "Andrew Walsh", "told", "E_ANDREW_WALSH"),
    Q(M, ['Swanson surfaced after several seconds, yelled "shark attack!", and began paddling to shore'], "Walsh", "added", "E_ANDREW_WALSH"),
    Q(I, ["Before Swanson got out of the water", "he fashioned a tourniquet from his surfboard's leash cord"], "Walsh", "said", "E_ANDREW_WALSH"),
    Q(D, ["We're really blessed" + R, "I was a few feet behind him" + R], "Walsh", "said", "E_ANDREW_WALSH"),
    Q(I, ["The beach remained open, but signs will be posted for three days warning the public of the attack"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(I, ["if there is another shark sighting, the signs will remain up for another three days"], "He", "noted", "E_ROBERT_COLLIGAN"),
    Q(I, ["they are spotted several times a year"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(I, ["attacks like this are rare"], "He", "added", "E_ROBERT_COLLIGAN"),
    Q(I, ["A woman swimming with seals was killed by a shark in 2003 about 10 miles south of the most recent attack"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
]

DOCS["nypost-macmillan-amazon"] = [
    Q(I, ["the e-tailer was acting as a bully by forcing book prices to unacceptably low levels that hurt publishers' profits and authors' commissions"], "Hachette", "claiming", "E_HACHETTE"),
    Q(I, ["it was trying to get the best deal for consumers - who would ultimately buy more books, which would ultimately generate more revenue for publishers"], "Amazon", "countered", "E_AMAZON"),
    Q(I, ["while he is pleased with the deal, there are still some unsettling elements"], "Macmillan CEO John Sargent", "said", "E_JOHN_SARGENT"),
    Q(D, ["It allows us to grow" + R], "Amazon", "saying", "E_AMAZON"),
    Q(I, ["Macmillan's deal with Apple allows the Cupertino, Calif., company to be the only retailer allowed unlimited discounting"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(D, ["Irony prospers in the digital age," + R], "he", "added", "E_JOHN_SARGENT"),
    Q(I, ["the publishers conspired to fix prices in a battle to gain leverage over Amazon"], "the Department of Justice", "claiming", "E_DOJ"),
    Q(I, ["it, too, had engaged in price-fixing with the publishers and must pay a hefty $450 million fine"], "a ruling", "said", "E_EBOOK_COURT"),
    Q(I, ["a two-year consent agreement allowing Amazon to discount prices expired on Dec. 18"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(I, ["Apple can discount prices until Oct. 5, 2017"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(M, ['this wrinkle will "ensure a muddled and inefficient market."'], "He", "complained", "E_JOHN_SARGENT"),
]

DOCS["mlive-suh-rodgers"] = [
    Q(I, ["The NFL is expected to review the play Monday"], "MMQB's Peter King", "according to", "E_PETER_KING"),
    Q(D, ["He'll probably say it was an accident" + R, "But we'll see." + R], "Rodgers", "said", "E_AARON_RODGERS"),
    Q(D, ["He was running off the field." + R], None, None, "E_NDAMUKONG_SUH"),
    Q(M, ['Suh\'s play "ridiculous."'], "Green Bay coach Mike McCarthy", "call", "E_MIKE_MCCARTHY"),
    Q(D, ["There's no place for that," + R], "McCarthy", "said", "E_MIKE_MCCARTHY"),
    Q(D, ["I didn't see it, and I don't think" + R], "Caldwell", "said", "E_JIM_CALDWELL"),
    Q(D, ["I get briefed on it," + R, "Guys look at it" + R], "he", "said", "E_JIM_CALDWELL"),
    Q(I, ["he's not concerned about the mind-set of his team, despite high-profile extracurriculars in back-to-back weeks that have left Detroit vulnerable to suspensions during the most critical stretch of the season"], "Caldwell", "said", "E_JIM_CALDWELL"),
    Q(D, ["I'm not worried at all," + R], "he", "said", "E_JIM_CALDWELL"),
]

DOCS["telegraph-thatcher-gcse"] = [
    Q(M, ['the system would allow results to be distorted by "biased" teachers helping teenagers with coursework'], "the then prime minister", "said", "E_MARGARET_THATCHER"),
    Q(M, ['she did not "like the sound of the new exam"'], "Mrs Thatcher", "warned", "E_MARGARET_THATCHER"),
    Q(I, ["its introduction to be delayed"], "Mrs Thatcher", "asked", "E_MARGARET_THATCHER"),
    Q(M, ['She therefore had "no option but to go ahead"'], "she", "told", "E_MARGARET_THATCHER"),
    Q(M, ['the introduction of the exam was a "historic mistake" that has led to a dramatic fall in standards'], "Michael Gove", "said", "E_MICHAEL_GOVE"),
    Q(M, ["which", 'would address "the pernicious damage caused by grade inflation and dumbing down"'], "he", "said", "E_MICHAEL_GOVE", at="which he said would address"),
    Q(M, ['the new scheme was intended to better stretch teenagers, creating a tougher, "clearer and fairer" system'], "Sir Keith", "insisted", "E_KEITH_JOSEPH"),
    Q(M, ['she was "misleading herself" about the exams'], "Mr Joseph", "insisting", "E_KEITH_JOSEPH"),
    Q(M, ['the new system would "inject more rigour" and "use-able learning" and would be "a key instrument for improving standards"'], "He", "insisted", "E_KEITH_JOSEPH"),
    Q(M, ['under the O-level and CSE system pupils were "simply ranked in merit order, with little regard to how much or how little pupils understand, know and can do"'], "Sir Keith", "said", "E_KEITH_JOSEPH"),
    Q(D, ["This is not a correct judgement" + R], "Mrs Thatcher", "said", "E_MARGARET_THATCHER"),
    Q(M, ['to postpone the new system until it was clear that it was "workable"'], "the No 10 policy unit", "advised", "E_NO10_POLICY_UNIT"),
    Q(M, ['"GCSE is an exam nobody will fail" and "does little for the lowest 30 per cent of students"'], None, "warned", "E_NO10_POLICY_UNIT"),
    Q(M, ['Implementing the new system in September was a "hopelessly unrealistic" prospect'], "an official", "said", "E_NO10_OFFICIAL"),
    Q(M, ['the prime minister believed the new approach would lead to "lower standards; a shift away from the traditional approach to learning in favour of a \'can\'t fail\' mentality; assessment by the pupils\' own teachers with the consequent risk of introducing more bias."'], "Mark Addison", "said", "E_MARK_ADDISON"),
    Q(M, ["Mrs Thatcher had not", 'been impressed "by the jargon-soaked justifications" of the exam produced by Mr Joseph\'s department'], "Mr Addison", "added", "E_MARK_ADDISON"),
    Q(M, ['implementation of the exam to be postponed for at least a year, in line with the demands of many teachers, to help ensure the syllabuses were "sufficiently rigorous" and the coursework "properly assessed"'], "She", "asked", "E_MARGARET_THATCHER"),
    Q(M, ['to back down would "look like taking the side of the unions"'], "she", "agreeing", "E_MARGARET_THATCHER"),
    Q(D, ["I agree - no option but to go ahead," + R], "she", "said", "E_MARGARET_THATCHER"),
    Q(D, ["She was concerned" + R], "Lord Baker", "told", "E_KENNETH_BAKER"),
    Q(D, ["In defence of Keith" + R], "he", "added", "E_KENNETH_BAKER"),
    Q(M, ['The standard of GCSEs was initially "high"'], "Lord Baker", "added", "E_KENNETH_BAKER"),
    Q(M, ['there had been a "degeneration" in grades over time'], "Lord Baker", "saying", "E_KENNETH_BAKER"),
]

DOCS["dailybeast-vatican-nuns"] = [
    Q(I, ["while all American nuns need to recheck the rulebooks to make sure they are living their vows as they made them, they were largely doing what they were supposed to be doing"], "The report", "concluded", "E_VATICAN"),
    Q(D, ["Women religious have courageously" + R], "the report", "said", "E_VATICAN"),
    Q(M, ['the LCWR of "pushing radical feminist themes incompatible with the Catholic faith."'], "the Church", "accused", "E_VATICAN"),
    Q(I, ["not to mess with the nuns"], "Father James Martin", "warned", "E_JAMES_MARTIN"),
    Q(D, ["There is a danger of backlash" + R, "For many Catholics, sisters are" + R], "Martin", "told", "E_JAMES_MARTIN"),
    Q(I, ["Francis backed up the 2009 report"], "Gerhard Müller", "insisting", "E_GERHARD_MULLER"),
    Q(I, ["the sisters of being overtly provocative"], "Muller", "accusing", "E_GERHARD_MULLER"),
    Q(D, ["This is a decision that will be seen" + R, "Not only that, but it further alienates" + R], "Mueller", "said", "E_GERHARD_MULLER"),
    Q(I, ["there were still hard feelings"], "Sister Sharon Holland", "told", "E_SHARON_HOLLAND"),
    Q(D, ["I'm concerned about those who may still be angry," + R, "It's a concern to me" + R], "she", "said", "E_SHARON_HOLLAND"),
    Q(D, ["The Apostolic Visitation broke open" + R, "It was met with disbelief" + R], "Mary Ann Zollman", "said", "E_MARY_ANN_ZOLLMAN"),
    Q(I, ["through the accusations from Rome and the hurt they caused, the American sisters have banded together"], "she", "said", "E_MARY_ANN_ZOLLMAN"),
    Q(D, ["This wasn't about one religious congregation" + R, "It created a sense of solidarity" + R], "she", "said", "E_MARY_ANN_ZOLLMAN"),
]

DOCS["livescience-psilocybin"] = [
    Q(M, ['The active ingredient in the psychedelic drug, psilocybin, seems to completely disrupt the normal communication networks in the brain, by connecting "brain regions that don\'t normally talk together,"'], "study co-author Paul Expert", "said", "E_PAUL_EXPERT"),
    Q(I, ["The research, which was published today (Oct. 28) in the Journal of the Royal Society Interface, is part of a larger effort to understand how psychedelic drugs work, in the hopes that they could one day be used by psychiatrists - in carefully controlled settings - to treat conditions such as depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(M, ['People who experiment with psilocybin "report it as one of the most profound experiences they\'ve had in their lives, even comparing it to the birth of their children,"'], "Expert", "told", "E_PAUL_EXPERT"),
    Q(I, ["Psilocybin dramatically transformed the participants' brain organization"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(I, ["Psilocybin may create a brain state akin to synesthesia, a sensory effect in which one sense stimulus (such as a number) always gets paired in the brain with another (such as a color or a sound)"], "the researchers", "wrote", "E_PSILOCYBIN_RESEARCHERS"),
    Q(I, ["People with synesthesia may see certain colors when they hear music, or always see the number 3 in yellow, for instance"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(I, ["The findings could help scientists who are studying the drug as a potential treatment for depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(I, ["Past work has found that people tend to be happier even after using psilocybin just once, but scientists would need to get a much better picture of how the drug impacts the brain before using psilocybin to treat depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(D, ["Through studies such as these" + R], "Mitul Mehta", "said", "E_MITUL_MEHTA"),
]

DOCS["wired-finney-swatting"] = [
    Q(D, ["Are you OK?" + R, "Is anyone being attacked in your house?" + R], "the voice", "asked", "E_DISPATCH_OPERATOR"),
    Q(D, ["I need to let you know" + R, "and they're going to ask you to leave." + R], "the voice", "said", "E_DISPATCH_OPERATOR"),
    Q(I, ["to drop her telephone and come out onto the lawn"], "The cops", "yelled", "E_SANTA_BARBARA_POLICE"),
    Q(D, ["I was just panicking" + R, "He didn't have anything with him" + R], "she", "says", "E_FRAN_FINNEY"),
    Q(I, ["he had just murdered two people"], "the caller", "announced", "E_SWATTER"),
    Q(I, ["was going to kill himself too"], "the caller", "said", "E_SWATTER"),
    Q(I, ["the Finneys pay an extortion fee of 1,000 bitcoin-worth more than $400,000 at the time"], "the caller", "demanding", "E_SWATTER"),
    Q(I, ["the FBI agents working the case believe that Hal was just one of several people extorted in this way by the caller"], "Fran Finney", "according to", "E_FRAN_FINNEY"),
    Q(I, ["he spent his final months being harassed by the online extortionist"], "his wife Fran", "says", "E_FRAN_FINNEY"),
    Q(I, ["to assault family members and expose their personal information"], "He", "threatening", "E_SWATTER"),
    Q(D, ["What I'm angry about" + R, "This was taking up" + R], "she", "says", "E_FRAN_FINNEY"),
    Q(I, ["he cough up 37 bitcoins-about $20,000 at the time-in order to prevent his private information from being published online"], "someone using the names Nitrous and Savaged", "demanded", "E_SWATTER"),
    Q(M, ['The "police have been devoting a huge amount of resources to track down peaceful people engaged in voluntary trade like Charlie Shrem and the operators of the Silk Road Market,"', '"while evil hackers were busy terrorizing quadriplegic Hal Finney and his family."'], "Ver", "says", "E_ROGER_VER"),
]

DOCS["foxnews-oscar-isaac"] = [
    Q(D, ["He doesn't want to be a gangster, and he has never" + R, "The tension that J.C. creates" + R], "Isaac", "told", "E_OSCAR_ISAAC"),
    Q(I, ["to pick a time in Latin America that the character had lived through and escaped"], "Chandor", "asked", "E_JC_CHANDOR"),
    Q(D, ["Scripts are vague on back-story" + R, "Oscar's character, I always believed" + R], "the director", "said", "E_JC_CHANDOR"),
    Q(M, ['Isaac zeroed in on a period of civil unrest in Colombia after World War II that is known as "La Violencia" ("The Violence")'], "He", "said", "E_JC_CHANDOR"),
    Q(D, ["I thought it was a cool opportunity" + R], None, None, "E_JC_CHANDOR"),
    Q(M, ['he chose that specific time because it would have been "really intense if (Abel) had left this incredibly violent situation to come to this country to escape the violence, and yet the violence follows him."'], "Isaac", "said", "E_OSCAR_ISAAC"),
    Q(D, ["It's pretty intense because the script" + R, "We got together and went through" + R], "Isaac", "said", "E_OSCAR_ISAAC"),
    Q(M, ['the director "really left (the script) free for us to explore … because he doesn\'t want to taint our natural instincts."'], "Chastain", "said", "E_JESSICA_CHASTAIN"),
    Q(I, ["the two actors' long off-screen friendship for making Abel and Anna's onscreen relationship feel so real"], "Chandor", "attributed", "E_JC_CHANDOR"),
    Q(D, ["I'm not sure if I knew it at the time" + R], "he", "said", "E_JC_CHANDOR"),
    Q(M, ['it was "wild" to see himself in the film\'s teaser'], "he", "said", "E_OSCAR_ISAAC"),
    Q(D, ["I've signed away my organs," + R], "he", "joked", "E_OSCAR_ISAAC"),
    Q(I, ["filming the iconic franchise was great"], "he", "adding", "E_OSCAR_ISAAC"),
    Q(D, ["J.J. Abrams is amazing." + R], None, None, "E_OSCAR_ISAAC"),
]

DOCS["dailybeast-nypd-vigil"] = [
    Q(M, ['Just over 24 hours before the silent march down 110th, Wenjian Liu, 32, and Rafael Ramos, 40, had been shot "execution-style,"', "while sitting in their patrol car"], "Mayor Bill DeBlasio", "said", "E_BILL_DE_BLASIO"),
    Q(D, ["I can't breathe"], "he", "pleaded", "E_ERIC_GARNER"),
    Q(D, ["No justice, no peace; No racist police." + R], "They", "chant", "E_PROTESTERS"),
    Q(I, ["Why", "do black lives matter?"], "they", "ask", "E_CRITICS"),
    Q(I, ["the protests are not anti-police brutality, but anti-police, period"], "They", "contend", "E_CRITICS"),
    Q(D, ["The mayor's hands are literally dripping" + R, "There's blood on many hands tonight" + R], "Pat Lynch", "said", "E_PAT_LYNCH"),
    Q(D, ["We've had four months of propaganda" + R], "Former mayor Rudy Giuliani", "laid blame", "E_RUDY_GIULIANI"),
    Q(D, ["Let me not say this wrong," + R, "Yesterday's situation that happened in Brooklyn" + R, "This is not about who did it more" + R],
      'a 21-year-old East Flatbush resident who would say only that his name was "Perry"', "told", "E_PERRY"),
    Q(D, ["I got targeted." + R, "They arrested me, they beat me up" + R], "Alvarez", "told", "E_JONATHAN_ALVAREZ"),
    Q(D, ["They don't want to take blame," + R, "There has to be peace on all sides." + R], "he", "said", "E_PERRY"),
    Q(D, ["I think this all could've been prevented" + R], "Alvarez", "said", "E_JONATHAN_ALVAREZ"),
    Q(D, ["No, not even," + R, "If they would've just re-analyzed" + R], "Perry", "countered", "E_PERRY"),
    Q(I, ["to move in the line"], "NYPD officers", "asking", "E_NYPD_OFFICERS"),
    Q(D, ["thank you"], "NYPD officers", "saying", "E_NYPD_OFFICERS"),
    Q(D, ["We're not anti-police, we're anti-police brutality," + R, "Every cop isn't bad" + R], "a member of the Justice League", "told", "E_JUSTICE_LEAGUE_MEMBER"),
]

DOCS["bloomberg-state-jobs"] = [
    Q(D, ["It has been a very slow climb back," + R, "The economy went very south, very quickly." + R], "Yearout", "said", "E_KEVIN_YEAROUT"),
    Q(M, ['"I never see the local economy getting back" to justify the prior level of jobs'], None, None, "E_KEVIN_YEAROUT"),
    Q(I, ["Even as the U.S. economy reached a milestone in May with employment exceeding the prerecession peak, 29 of 50 states have yet to match that accomplishment"], "Labor Department", "according to", "E_LABOR_DEPARTMENT"),
    Q(D, ["This is not like any other recovery," + R, "There is a tremendous disparity" + R], "John Herrmann", "said", "E_JOHN_HERRMANN"),
    Q(I, ["The energy industry is driving the economic expansion in 12 of the 13 states leading growth since the recession ended"], "Herrmann", "said", "E_JOHN_HERRMANN"),
    Q(I, ["Excluding the 1.1 million jobs created in Texas, which has led the expansion, the nation would be 350,000 below the prerecession peak"], "Federal Reserve Bank of Dallas", "according to", "E_DALLAS_FED"),
    Q(M, ['there is "significant underutilization of labor resources,"'], "the Federal Open Market Committee", "according to", "E_FOMC"),
    Q(D, ["There is no pressure to raise interest rates" + R], "Mark Zandi", "said", "E_MARK_ZANDI"),
    Q(I, ["every state won't have returned to its peak employment until Michigan achieves that level in 2019"], "IHS Global Insight economists", "project", "E_IHS_ECONOMISTS"),
    Q(D, ["The auto industry has been moving out of Michigan," + R, "Job totals have been declining." + R], "James Diffley", "said", "E_JAMES_DIFFLEY"),
    Q(I, ["that doesn't come close to replacing the 174,429 industry positions lost from 2001 to 2010, a 59 percent decline"], "the Ann Arbor-based Center for Automotive Research", "according to", "E_CAR_CENTER"),
    Q(M, ['While the auto industry remains dominant in Michigan, "education, tourism, green technologies" and information technology "will become increasingly important,"'], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS"),
    Q(I, ["Weak wage growth outside a few areas, such as energy jobs in North Dakota and Texas, supports the view that most of the country remains far from fully recovered"], "Gary Burtless", "said", "E_GARY_BURTLESS"),
    Q(I, ["Hourly earnings nationwide were up 2.1 percent over the past 12 months, compared to 3.9 percent in June 2007, six months prior to the past recession"], "Labor Department", "show", "E_LABOR_DEPARTMENT"),
    Q(I, ["Young adults 25 to 34 years old, who are most likely to relocate for jobs, have been moving at decreasing rates even after the recession ended with migration at historically low levels in 2013"], "Brookings", "according to", "E_BROOKINGS"),
    Q(M, ['That mobility remains low suggests "that local job markets have been basically lousy almost everywhere" except a few areas benefiting from the energy boom'], "Burtless", "said", "E_GARY_BURTLESS"),
    Q(D, ["Wages are behaving as though" + R], None, None, "E_GARY_BURTLESS"),
    Q(I, ["Wages gains have been basically flat for the past several years"], "he", "said", "E_GARY_BURTLESS"),
    Q(D, ["The economy is still sluggish in Nevada," + R, "We still have a lot of excess capacity in the employment market."], "Jim Mason", "said", "E_JIM_MASON"),
    Q(M, ['Casinos there have faced new competition from Pennsylvania, Connecticut and New York, and there has been "very little private sector investment" in new manufacturing and commercial construction'], "Joseph Seneca", "said", "E_JOSEPH_SENECA"),
    Q(D, ["We have a lot of white elephants" + R, "This is a significant problem" + R], "he", "said", "E_JOSEPH_SENECA"),
    Q(I, ["Job creation has been hurt by weakness in construction, manufacturing and government spending"], "Ahmad Ijaz", "said", "E_AHMAD_IJAZ"),
    Q(D, ["Commercial construction is still relatively weak" + R, "Nondurables, particularly the textile" + R], "he", "said", "E_AHMAD_IJAZ"),
    Q(I, ["better-paying and permanent industrial positions aren't coming back"], "Eddie Foreman", "said", "E_EDDIE_FOREMAN"),
    Q(D, ["The economy is tough and there are no jobs for us here," + R], "Foreman", "said", "E_EDDIE_FOREMAN"),
    Q(D, ["Eventually I think it has to get better." + R], None, None, "E_EDDIE_FOREMAN"),
    Q(I, ["New Mexico's economy was slowed as reverberations from last year's federal government shutdown rippled through the state"], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS"),
    Q(I, ["The state, home of the Los Alamos National Laboratory, has government as its largest employer, with 24 percent of all workers compared to 16 percent in the U.S."], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS", keep_point=True),
    Q(I, ["There were 30,000 federal workers among the 193,000 public sector employees in the state last year"], "Moody's", "according to", "E_MOODYS_ANALYTICS"),
    Q(D, ["Government has been a drag," + R, "Many of the private sector jobs" + R], "Michael O'Donnell", "said", "E_MICHAEL_ODONNELL"),
    Q(I, ["While governments and companies have started to seek bids for new construction projects", "there's no backlog of work that ensures rising employment a year from now"], "Yearout", "said", "E_KEVIN_YEAROUT"),
    Q(D, ["There is a cautious optimism" + R], "he", "said", "E_KEVIN_YEAROUT"),
    Q(D, ["The owner is afraid to pull the trigger." + R], None, None, "E_KEVIN_YEAROUT"),
]

# fmt: on


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    ents = {e["id"] for e in json.load(open(root / "annotations/entities.json", encoding="utf-8"))}
    annotations = {}
    for doc_id, specs in DOCS.items():
        for q in specs:
            assert q.ent in ents, (doc_id, q.ent)
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        annotations[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    write_annotation_dir(annotations, root / "annotations/passes/annotator-b", overwrite=True)
    print(f"annotator-b: {sum(len(d.quotes) for d in annotations.values())} quotes in {len(annotations)} documents")


if __name__ == "__main__":
    main()
