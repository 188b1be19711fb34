"""Annotation pass annotator-a (pass 1): the quotes of every dev-set article, as strings (see spans.py).

Run from eval/devset: ``python sources/pass_a.py [-v]`` writes annotations/passes/annotator-a/ and the
entity registry.  Written by reading each article against GUIDELINES.md §6 and §9.1-9.5, without
any extractor output.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pass_a_dev6  # session 6: the 12 dev articles of articles4.jsonl, same pass
import pass_a_more  # session 4: the 11 articles of articles2.jsonl, same pass
import pass_a_more2  # session 7: the 12 dev articles of articles5.jsonl, same pass
import pass_a_unseen  # session 5: the 10 held-back articles of articles3.jsonl (split unseen), same pass
from entities import ENTITIES
from spans import Q, write_pass

D, IN, M = "direct", "indirect", "mixed"

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["cnn-thanksgiving-storm"] = [
    Q(D, ["We dodged a bullet,"], "Steve Cowan", "said", "E_STEVE_COWAN"),
    Q(D, ["The worst in terms of widespread snow and rain is over. Tomorrow will be a quieter day, although wind gusts will continue to be a problem overnight and Thursday for the Northeast."], "he", "added", "E_TODD_BOREK"),
    Q(IN, ["she arrived more than two hours early at Washington's Reagan National Airport to catch a flight to New York's JFK"], "Abney", "said", "E_LATASHA_ABNEY"),
    Q(D, ["I thought the lines were going to be ridiculous,", "I was second in line checking my bag with Delta (checked into my flight last night) and security was a breeze. I walked right up, the TSA agent checked my info and I immediately started the security process. And now the wait begins. It's pretty quiet by the gates. Not too many people roaming around. So far, so good! Happy Thanksgiving!!!!"], "she", "said", "E_LATASHA_ABNEY"),
    Q(IN, ["he, too, was expecting a horrible trip when he departed New York for Newark to get a flight to San Diego"], "Brian M. Good", "said", "E_BRIAN_GOOD"),
    Q(D, ["Instead the roads were dead,", "It's warm outside and it stopped raining. No lines at the airport and flight is on time. Wish the forecasters were wrong all the time :)"], "he", "said", "E_BRIAN_GOOD"),
    Q(D, ["Tomorrow before the event, we'll make a determination -- the police department, the incident commander -- whether the balloons will fly or not,"], "Patrol Chief James Hall", "said", "E_JAMES_HALL"),
    Q(D, ["It looks good. It looks very good,"], "he", "said", "E_JAMES_HALL"),
    Q(IN, ["improved weather monitoring devices en route and a police sergeant assigned to each balloon will minimize any danger"], "Officials", "say", "E_PARADE_OFFICIALS"),
    Q(D, ["We came all the way from Puerto Rico to see the parade, so it will be a disappointment if we don't see the balloons,"], "Jose Ramirez", "said", "E_JOSE_RAMIREZ"),
    Q(IN, ["Either way, the parade -- with or without the balloons -- will go on"], "organizers", "say", "E_PARADE_ORGANIZERS"),
    Q(IN, ["Heavy winds at all three New York-area airports -- LaGuardia, John F. Kennedy and Newark-Liberty -- resulted in delays of 30 minutes to an hour"], "the Federal Aviation Administration", "according to", "E_FAA"),
    Q(M, ['the impact of the weather "pretty minimal, at this point,"'], "Todd Lehmacher", "called", "E_TODD_LEHMACHER"),
    Q(IN, ["The impact was more pronounced at US Airways Express, which tallied 56 cancellations because of the weather"], "he", "said", "E_TODD_LEHMACHER"),
    Q(D, ["The real story is people are getting to their destinations, albeit a little delayed in some but not all cases,"], "he", "said", "E_TODD_LEHMACHER"),
    Q(D, ["Rail travel remains one of the most reliable and comfortable transportation options, especially in weather conditions that negatively impact other modes,"], "Amtrak", "said", "E_AMTRAK"),
    Q(D, ["QUIET CAR. Window seat. Polite seatmate. I have hit the Amtrak travel trifecta. #blessed,"], "Ellie Hall", "tweeted", "E_ELLIE_HALL"),
    Q(D, ["It's sleet; it's rain; it's 31 degrees. It's ugly out there,"], "CNN meteorologist Chad Myers", "said", "E_CHAD_MYERS"),
    Q(D, ["Well, since the forecast said we would be hitting an ice storm on our way, we ended up leaving the night before we had planned and took an alternate route,", "This morning we took smaller roads to avoid DC traffic and have made great progress! We managed to avoid bad weather and traffic and are getting close to getting to Pittsburgh from NC!"], "Sarah Martini", "said", "E_SARAH_MARTINI"),
    Q(IN, ["416 motorists died during Thanksgiving weekend last year, that 60% of the dead had not been wearing seat belts and that 42% of the accidents involved a drunken driver"], "The National Highway Traffic Safety Administration", "said", "E_NHTSA"),
    Q(D, ["I get on the highway, and the next thing I know I'm spinning,"], "Seqret Watson", "said", "E_SEQRET_WATSON"),
    Q(D, ["I try to grab my wheel and then I just hit the wall. Just jumped out to make sure my kids were OK,"], "Watson", "told", "E_SEQRET_WATSON"),
    Q(D, ["It was a small fortune,", "We could've gone to the Bahamas for what we paid!"], "Jennifer Peterson", "told", "E_JENNIFER_PETERSON"),
]

DOCS["nj-doherty-christie"] = [
    Q(M, ['Christie when he first ran in 2009 "sold himself to the people of New Jersey that he was going to change it."'], "State Sen. Michael Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["And he didn't,"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["The governor's possible national ambitions have distracted him from doing the job he was hired to do in the State of New Jersey,"], "he", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie a "failed" governor'], "Doherty", "calling", "E_MICHAEL_DOHERTY"),
    Q(D, ["I don't know that I particularly said the word 'failed,'", "What I said was that Gov. Christie has missed his opportunity to make a great mark on the State of New Jersey."], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie "has dedicated his efforts to make New Jersey affordable and to provide opportunity for the families who live here."'], "State Sen. Dawn Addiego", "said", "E_DAWN_ADDIEGO"),
    Q(IN, ["his main frustration is that New Jersey's poor, urban school districts are still getting a disproportionate amount of state aid thanks to a series of Supreme Court decisions dating back to the 1970s known as Abbott v. Burke"], "Doherty", "says", "E_MICHAEL_DOHERTY"),
    Q(D, ["For him yesterday to hold up Camden County government as an example of what we should all be? Give me a break. It's one of the most wasteful and corrupt governments in the State of New Jersey,", "How long can the suburban and rural towns be told keep funneling your money into the cities, we're just around the corner, everything's going to recover and everything's going to come back to normal?"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["We're struggling tremendously. Houses in my district are selling for less than they did a quarter century ago. There has been no economic recovery. We're getting our clocks cleaned by Pennslyvania. They're so close,", "We need help."], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie "didn\'t fight hard enough" to change the court\'s makeup'], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(IN, ["Christie declined to re-nominate former Justice Helen Hoens to the bench"], "Doherty", "noted", "E_MICHAEL_DOHERTY"),
    Q(D, ["The one justice that wrote an opinion that all of us in the suburbs and rural areas agree with regarding school funding and challenging the urban areas to do better than they had was Justice Helen Hoens,"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(IN, ["Christie's appeal to New Jersey's urban mayors to follow his example of working with Camden to overhaul its police force and attract businesses with economic incentives underscored his feeling that he was ignoring the state's suburban and rural areas"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["I was very alarmed when Gov. Christie said to be 'Big cities, come to me and we're rebuild you,", "When does it ever end? These suburban areas of New Jersey are struggling tremendously. They never recovered from the Great Recession. And we're told keep sending the money in."], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(M, ['Christie has "did not follow through his promise to fight the corruption and break up the status quo."'], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(IN, ["that had nothing to do with his criticism"], "Doherty", "said", "E_MICHAEL_DOHERTY"),
    Q(D, ["I'm not supporting anybody at this point,"], "he", "said", "E_MICHAEL_DOHERTY"),
]

DOCS["reuters-airasia-bodies"] = [
    Q(IN, ["40 bodies had been recovered"], "The navy", "said", "E_INDONESIAN_NAVY"),
    Q(IN, ["only three bodies had been retrieved"], "Fransiskus Bambang Soelistyo", "saying", "E_SOELISTYO"),
    Q(D, ["My heart is filled with sadness for all the families involved in QZ8501,", "On behalf of AirAsia, my condolences to all. Words cannot express how sorry I am."], "airline boss Tony Fernandes", "tweeted", "E_TONY_FERNANDES"),
    Q(M, ['it was inviting family members to Surabaya, "where a dedicated team of care providers will be assigned to each family to ensure that all of their needs are met"'], "The airline", "said", "E_AIRASIA"),
    Q(D, ["He cries every time he watches the news,"], "Yohannes", "said", "E_YOHANNES"),
    Q(IN, ["them to be strong"], "Tri Rismaharini", "urged", "E_TRI_RISMAHARINI"),
    Q(D, ["They are not ours, they belong to God,"], "she", "said", "E_TRI_RISMAHARINI"),
    Q(IN, ["a plane door, oxygen tanks and one body had been recovered and taken away by helicopter for tests"], "A navy spokesman", "said", "E_NAVY_SPOKESMAN"),
    Q(D, ["The challenge is waves up to three metres high,"], "Soelistyo", "told", "E_SOELISTYO"),
    Q(IN, ["the search operation would go on all night"], "Soelistyo", "adding", "E_SOELISTYO"),
    Q(IN, ["The plane, which did not issue a distress signal, disappeared after its pilot failed to get permission to fly higher to avoid bad weather because of heavy air traffic"], "officials", "said", "E_SEARCH_OFFICIALS"),
    Q(IN, ["It was travelling at 32,000 feet (9,753 metres) and had asked to fly at 38,000 feet"], "officials", "said", "E_SEARCH_OFFICIALS"),
    Q(IN, ["thunderstorms, and requests to gain altitude to avoid them, were not unusual in that area"], "Pilots and aviation experts", "said", "E_PILOTS_AND_EXPERTS"),
    Q(IN, ["The Indonesian pilot was experienced and the plane last underwent maintenance in mid-November"], "the airline", "said", "E_AIRASIA"),
    Q(IN, ["Investigators are focussing initially on whether the crew took too long to request permission to climb, or could have ascended on their own initiative earlier"], "a source close to the probe", "said", "E_PROBE_SOURCE"),
    Q(IN, ["poor weather could have played a part as well"], "a source close to the probe", "adding", "E_PROBE_SOURCE"),
    Q(IN, ["the investigation was at an early stage and the black box flight recorders had yet to be recovered"], "He", "cautioned", "E_PROBE_SOURCE"),
    Q(IN, ["The plane, whose engines were made by CFM International, co-owned by General Electric and Safran of France, lacked real-time engine diagnostics or monitoring"], "a GE spokesman", "said", "E_GE_SPOKESMAN"),
    Q(IN, ["passenger and crew lists were being examined but nothing significant had turned up and the incident was regarded as an unexplained accident"], "U.S. law enforcement and security officials", "said", "E_US_OFFICIALS"),
]

DOCS["pe-perris-shooting"] = [
    Q(IN, ["Neither the gunman, nor a man believed to have accompanied him, have been identified"], "Lt. David Lelevier", "said", "E_DAVID_LELEVIER"),
    Q(IN, ["The gunman's compensation for the shooting appears to have been not a cash payment but a romantic relationship with Avalos"], "he", "said", "E_DAVID_LELEVIER"),
    Q(IN, ["Avalos did not seek to have her boyfriend killed"], "Defense attorney Nic Cocis", "said", "E_NIC_COCIS"),
    Q(IN, ["Avalos believed he was going to be beaten up, not shot"], "Cocis", "said", "E_NIC_COCIS"),
    Q(IN, ["she and her 24-year-old boyfriend had gone to Bakersfield together to retrieve a Jeep and she followed him back to Riverside County in her pickup"], "Avalos", "told", "E_JUDY_AVALOS"),
    Q(IN, ["she had been inside about 10 minutes when she heard a hail of gunfire and dropped to the floor"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(IN, ["she went outside to find her boyfriend, with four gunshot wounds, walking up the driveway and holding a gun"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(IN, ["the shooter and another man were in a white car that pulled up next to him while he was parked on Edmond Street"], "The boyfriend", "told", "E_AVALOS_BOYFRIEND"),
    Q(IN, ["the car had driven past him, stopped for a few minutes at the dead end of the street, then pulled up next to him with a window down"], "He", "said", "E_AVALOS_BOYFRIEND"),
    Q(IN, ["they were lost"], "The men in the car", "told", "E_MEN_IN_THE_CAR"),
    Q(IN, ["A minute or two later", "one of the men pulled a gun and started shooting at him"], "he", "said", "E_AVALOS_BOYFRIEND"),
    Q(IN, ["he grabbed the gun under his seat and fired back at them as the car drove off"], "He", "said", "E_AVALOS_BOYFRIEND"),
    Q(D, ["(He) went on to say that Avalos had a strange conversation with him a few days prior,", "He said she called him up and asked him if he had been shot at."], "Cornett", "wrote", "E_ROBERT_CORNETT"),
    Q(IN, ["she had had a dream about it"], "she", "said", "E_JUDY_AVALOS"),
    Q(D, ["when she has a dream about things, they come true,"], "she", "adding", "E_JUDY_AVALOS"),
    Q(IN, ["having anything to do with the shooting"], "She", "denied", "E_JUDY_AVALOS"),
    Q(IN, ["they found several suspicious texts, written in Spanish, that had been deleted from the phone"], "Investigators", "said", "E_RIVERSIDE_INVESTIGATORS"),
    Q(IN, ["she wanted them to take out only her boyfriend and that it had to be tonight - Dec. 30"], "Avalos", "saying", "E_JUDY_AVALOS"),
    Q(IN, ["he would be in a Jeep parked in front of her mother's house"], "She", "wrote", "E_JUDY_AVALOS"),
    Q(IN, ["he was set with two people for tonight"], "the person", "replied", "E_TEXT_CORRESPONDENT"),
    Q(IN, ["they were there"], "Avalos", "texted", "E_JUDY_AVALOS"),
    Q(M, ['Avalos to delete the text messages before "they do their job,"'], "The other person", "telling", "E_TEXT_CORRESPONDENT"),
    Q(IN, ["her boyfriend had been mistreating her and not letting her leave the house to go out with her friends"], "Avalos", "told", "E_JUDY_AVALOS"),
    Q(IN, ["he would point a gun at her and tell her he was going to kill her, but that she had never reported it to police"], "Avalos", "said", "E_JUDY_AVALOS"),
    Q(D, ["She said they had been arguing all week and she was just 'mad' at him,", "She said she was wrong for what she did but did not know any other way to get out of the relationship."], "Cornett", "wrote", "E_ROBERT_CORNETT"),
]

DOCS["nypost-shark-surfer"] = [
    Q(IN, ["the attack by the 8-to-10 foot shark happened at around 11 a.m. local time at Montana de Oro State Park, approximately 200 miles northwest of Los Angeles"], "California State Park Ranger Supervisor Robert Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(IN, ["the surfer as 50-year-old Kevin Swanson of Morro Bay, Calif"], "The San Luis Obispo Tribune", "identified", "E_SLO_TRIBUNE"),
    Q(IN, ["Swanson was in fair condition Sunday afternoon"], "a hospital spokesman", "said", "E_HOSPITAL_SPOKESMAN"),
    Q(IN, ["the shark swam up from underneath Swanson's board and grabbed him with no warning"], "Andrew Walsh", "told", "E_ANDREW_WALSH"),
    Q(M, ['Swanson surfaced after several seconds, yelled "shark attack!", and began paddling to shore'], "Walsh", "added", "E_ANDREW_WALSH"),
    Q(IN, ["Before Swanson got out of the water", "he fashioned a tourniquet from his surfboard's leash cord"], "Walsh", "said", "E_ANDREW_WALSH"),
    Q(D, ["We're really blessed that he was still able to get himself to shore,", "I was a few feet behind him, and we grabbed him and got him … up on the sand, and very quickly these doctors were there, helping out and calling 911."], "Walsh", "said", "E_ANDREW_WALSH"),
    Q(IN, ["The beach remained open, but signs will be posted for three days warning the public of the attack"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(IN, ["if there is another shark sighting, the signs will remain up for another three days"], "He", "noted", "E_ROBERT_COLLIGAN"),
    Q(IN, ["they are spotted several times a year"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
    Q(IN, ["attacks like this are rare"], "He", "added", "E_ROBERT_COLLIGAN"),
    Q(IN, ["A woman swimming with seals was killed by a shark in 2003 about 10 miles south of the most recent attack"], "Colligan", "said", "E_ROBERT_COLLIGAN"),
]

DOCS["nypost-macmillan-amazon"] = [
    Q(IN, ["the e-tailer was acting as a bully by forcing book prices to unacceptably low levels that hurt publishers' profits and authors' commissions"], "Hachette", "claiming", "E_HACHETTE"),
    Q(IN, ["it was trying to get the best deal for consumers - who would ultimately buy more books, which would ultimately generate more revenue for publishers"], "Amazon", "countered", "E_AMAZON"),
    Q(IN, ["while he is pleased with the deal, there are still some unsettling elements"], "Macmillan CEO John Sargent", "said", "E_JOHN_SARGENT"),
    Q(D, ["It allows us to grow our business together with Macmillan and their authors. Importantly, the agreement specifically creates a financial incentive for Macmillan to deliver lower prices for readers."], "Amazon", "saying", "E_AMAZON"),
    Q(IN, ["Macmillan's deal with Apple allows the Cupertino, Calif., company to be the only retailer allowed unlimited discounting"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(D, ["Irony prospers in the digital age,"], "he", "added", "E_JOHN_SARGENT"),
    Q(IN, ["the publishers conspired to fix prices in a battle to gain leverage over Amazon"], "the Department of Justice", "claiming", "E_DOJ"),
    Q(IN, ["it, too, had engaged in price-fixing with the publishers and must pay a hefty $450 million fine"], "a ruling", "said", "E_EBOOK_COURT"),
    Q(IN, ["a two-year consent agreement allowing Amazon to discount prices expired on Dec. 18"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(IN, ["Apple can discount prices until Oct. 5, 2017"], "Sargent", "said", "E_JOHN_SARGENT"),
    Q(M, ['this wrinkle will "ensure a muddled and inefficient market."'], "He", "complained", "E_JOHN_SARGENT"),
]

DOCS["mlive-suh-rodgers"] = [
    Q(IN, ["The NFL is expected to review the play Monday"], "MMQB's Peter King", "according to", "E_PETER_KING"),
    Q(D, ["He'll probably say it was an accident -- he was getting blocked into (me),", "But we'll see."], "Rodgers", "said", "E_AARON_RODGERS"),
    Q(D, ["He was running off the field. I was talking to (referee) Walt (Anderson), actually. My calf and my ankle were getting stepped on, so we'll see what happens."], None, None, "E_AARON_RODGERS"),
    Q(M, ['Suh\'s play "ridiculous."'], "Green Bay coach Mike McCarthy", "call", "E_MIKE_MCCARTHY"),
    Q(D, ["There's no place for that,"], "McCarthy", "said", "E_MIKE_MCCARTHY"),
    Q(D, ["I didn't see it, and I don't think it was intentional, either,"], "Caldwell", "said", "E_JIM_CALDWELL"),
    Q(D, ["I get briefed on it,", "Guys look at it and tell me what they thought, what they saw, so that's it. Don't think it's intentional. End of story."], "he", "said", "E_JIM_CALDWELL"),
    Q(IN, ["he's not concerned about the mind-set of his team, despite high-profile extracurriculars in back-to-back weeks that have left Detroit vulnerable to suspensions during the most critical stretch of the season"], "Caldwell", "said", "E_JIM_CALDWELL"),
    Q(D, ["I'm not worried at all,"], "he", "said", "E_JIM_CALDWELL"),
]

DOCS["telegraph-thatcher-gcse"] = [
    Q(M, ['the system would allow results to be distorted by "biased" teachers helping teenagers with coursework'], "the then prime minister", "said", "E_MARGARET_THATCHER"),
    Q(M, ['she did not "like the sound of the new exam"'], "Mrs Thatcher", "warned", "E_MARGARET_THATCHER"),
    Q(IN, ["its introduction to be delayed"], "Mrs Thatcher", "asked for", "E_MARGARET_THATCHER"),
    Q(M, ['She therefore had "no option but to go ahead"'], "she", "told", "E_MARGARET_THATCHER"),
    Q(M, ['the introduction of the exam was a "historic mistake" that has led to a dramatic fall in standards'], "Michael Gove", "said", "E_MICHAEL_GOVE"),
    Q(M, ['would address "the pernicious damage caused by grade inflation and dumbing down"'], "he", "said", "E_MICHAEL_GOVE"),
    Q(M, ['the new scheme was intended to better stretch teenagers, creating a tougher, "clearer and fairer" system'], "Sir Keith", "insisted", "E_KEITH_JOSEPH"),
    Q(M, ['she was "misleading herself" about the exams'], "Mr Joseph", "insisting", "E_KEITH_JOSEPH"),
    Q(M, ['the new system would "inject more rigour" and "use-able learning" and would be "a key instrument for improving standards"'], "He", "insisted", "E_KEITH_JOSEPH"),
    Q(M, ['under the O-level and CSE system pupils were "simply ranked in merit order, with little regard to how much or how little pupils understand, know and can do"'], "Sir Keith", "said", "E_KEITH_JOSEPH"),
    Q(D, ["This is not a correct judgement of the present examinations system. We were taught to think and apply 50 years ago."], "Mrs Thatcher", "said", "E_MARGARET_THATCHER"),
    Q(M, ['to postpone the new system until it was clear that it was "workable"'], "the No 10 policy unit", "advised", "E_NO10_POLICY_UNIT"),
    Q(M, ['"GCSE is an exam nobody will fail" and "does little for the lowest 30 per cent of students"'], None, "warned", "E_NO10_POLICY_UNIT"),
    Q(M, ['Implementing the new system in September was a "hopelessly unrealistic" prospect'], "an official", "said", "E_NO10_OFFICIAL"),
    Q(M, ['the prime minister believed the new approach would lead to "lower standards; a shift away from the traditional approach to learning in favour of a \'can\'t fail\' mentality; assessment by the pupils\' own teachers with the consequent risk of introducing more bias."'], "Mark Addison", "said", "E_MARK_ADDISON"),
    Q(M, ["Mrs Thatcher had not", 'been impressed "by the jargon-soaked justifications" of the exam produced by Mr Joseph\'s department'], "Mr Addison", "added", "E_MARK_ADDISON"),
    Q(M, ['implementation of the exam to be postponed for at least a year, in line with the demands of many teachers, to help ensure the syllabuses were "sufficiently rigorous" and the coursework "properly assessed"'], "She", "asked for", "E_MARGARET_THATCHER"),
    Q(IN, ["the Government should hold its course"], "Mr Joseph", "insistence", "E_KEITH_JOSEPH"),
    Q(M, ['to back down would "look like taking the side of the unions"'], "she", "agreeing", "E_MARGARET_THATCHER"),
    Q(D, ["I agree - no option but to go ahead,"], "she", "said", "E_MARGARET_THATCHER"),
    Q(D, ["She was concerned ... because she always felt that whenever you change anything in education it might be for the worse."], "Lord Baker", "told", "E_KENNETH_BAKER"),
    Q(D, ["In defence of Keith I don't think she fully appreciated that the great thing about GCSEs is it did away with CSE, which was virtually valueless."], "he", "added", "E_KENNETH_BAKER"),
    Q(M, ['The standard of GCSEs was initially "high"'], "Lord Baker", "added", "E_KENNETH_BAKER"),
    Q(M, ['there had been a "degeneration" in grades over time'], "Lord Baker", "saying", "E_KENNETH_BAKER"),
]

DOCS["dailybeast-vatican-nuns"] = [
    Q(IN, ["while all American nuns need to recheck the rulebooks to make sure they are living their vows as they made them, they were largely doing what they were supposed to be doing"], "The report", "concluded", "E_VATICAN"),
    Q(D, ["Women religious have courageously been in the forefront, selflessly tending to the spiritual, moral, educational, physical and social needs of countless individuals,"], "the report", "said", "E_VATICAN"),
    Q(M, ['the LCWR of "pushing radical feminist themes incompatible with the Catholic faith."'], "the Church", "accused", "E_VATICAN"),
    Q(IN, ["the Vatican not to mess with the nuns"], "Father James Martin", "warned", "E_JAMES_MARTIN"),
    Q(D, ["There is a danger of backlash because of the esteem [in which] so many Catholics hold nuns,", "For many Catholics, sisters are the glue that holds the church together."], "Martin", "told", "E_JAMES_MARTIN"),
    Q(IN, ["Francis backed up the 2009 report"], "Gerhard Müller", "insisting", "E_GERHARD_MULLER"),
    Q(IN, ["the sisters of being overtly provocative"], "Muller", "accusing", "E_GERHARD_MULLER"),
    Q(D, ["This is a decision that will be seen as a rather open provocation against the Holy See and the doctrinal assessment,", "Not only that, but it further alienates the LCWR from the bishops, as well."], "Mueller", "said", "E_GERHARD_MULLER"),
    Q(IN, ["there were still hard feelings"], "Sister Sharon Holland", "told", "E_SHARON_HOLLAND"),
    Q(D, ["I'm concerned about those who may still be angry,", "It's a concern to me because it's not healthy to remain angry."], "she", "said", "E_SHARON_HOLLAND"),
    Q(D, ["The Apostolic Visitation broke open the heart of who we are,", "It was met with disbelief and confusion. We were hurt and angry."], "Mary Ann Zollman", "said", "E_MARY_ANN_ZOLLMAN"),
    Q(IN, ["through the accusations from Rome and the hurt they caused, the American sisters have banded together"], "she", "said", "E_MARY_ANN_ZOLLMAN"),
    Q(D, ["This wasn't about one religious congregation or religious organization. It was about all of us together,", "It created a sense of solidarity and sisterhood. And the same was true with our relationship with the laity-we discovered a communal vision for the church and the world."], "she", "said", "E_MARY_ANN_ZOLLMAN"),
]

DOCS["livescience-psilocybin"] = [
    Q(M, ['The active ingredient in the psychedelic drug, psilocybin, seems to completely disrupt the normal communication networks in the brain, by connecting "brain regions that don\'t normally talk together,"'], "study co-author Paul Expert", "said", "E_PAUL_EXPERT"),
    Q(IN, ["The research, which was published today (Oct. 28) in the Journal of the Royal Society Interface, is part of a larger effort to understand how psychedelic drugs work, in the hopes that they could one day be used by psychiatrists - in carefully controlled settings - to treat conditions such as depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(M, ['People who experiment with psilocybin "report it as one of the most profound experiences they\'ve had in their lives, even comparing it to the birth of their children,"'], "Expert", "told", "E_PAUL_EXPERT"),
    Q(IN, ["Psilocybin dramatically transformed the participants' brain organization"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(IN, ["Psilocybin may create a brain state akin to synesthesia, a sensory effect in which one sense stimulus (such as a number) always gets paired in the brain with another (such as a color or a sound)"], "the researchers", "wrote", "E_PSILOCYBIN_RESEARCHERS"),
    Q(IN, ["People with synesthesia may see certain colors when they hear music, or always see the number 3 in yellow, for instance"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(IN, ["The findings could help scientists who are studying the drug as a potential treatment for depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(IN, ["Past work has found that people tend to be happier even after using psilocybin just once, but scientists would need to get a much better picture of how the drug impacts the brain before using psilocybin to treat depression"], "Expert", "said", "E_PAUL_EXPERT"),
    Q(D, ["Through studies such as these we can really begin to tackle the questions of how we achieve coherent experiences of ourselves in the world around us, and understand what makes this break down,"], "Mitul Mehta", "said", "E_MITUL_MEHTA"),
]

DOCS["wired-finney-swatting"] = [
    Q(D, ["Are you OK?", "Is anyone being attacked in your house?"], "the voice", "asked", "E_DISPATCH_OPERATOR"),
    Q(D, ["I need to let you know that you are about to have a SWAT team come to your home,", "and they're going to ask you to leave."], "the voice", "said", "E_DISPATCH_OPERATOR"),
    Q(IN, ["to drop her telephone and come out onto the lawn"], "The cops", "yelled", "E_SANTA_BARBARA_POLICE"),
    Q(D, ["I was just panicking that he was going to need suction or something,", "He didn't have anything with him except his ventilator."], "she", "says", "E_FRAN_FINNEY"),
    Q(IN, ["he had just murdered two people"], "the caller", "announced", "E_SWATTER"),
    Q(IN, ["was going to kill himself too"], "the caller", "said", "E_SWATTER"),
    Q(IN, ["the Finneys pay an extortion fee of 1,000 bitcoin-worth more than $400,000 at the time"], "the caller", "demanding", "E_SWATTER"),
    Q(IN, ["the FBI agents working the case believe that Hal was just one of several people extorted in this way by the caller"], "Fran Finney", "according to", "E_FRAN_FINNEY"),
    Q(IN, ["he spent his final months being harassed by the online extortionist"], "his wife Fran", "says", "E_FRAN_FINNEY"),
    Q(D, ["What I'm angry about is it took away some of the peace that he could have had for the last few months of his life,", "This was taking up a lot of his emotional energy."], "she", "says", "E_FRAN_FINNEY"),
    Q(IN, ["he cough up 37 bitcoins-about $20,000 at the time-in order to prevent his private information from being published online"], "someone using the names Nitrous and Savaged", "demanded", "E_SWATTER"),
    Q(D, ["police have been devoting a huge amount of resources to track down peaceful people engaged in voluntary trade like Charlie Shrem and the operators of the Silk Road Market,", "while evil hackers were busy terrorizing quadriplegic Hal Finney and his family."], "Ver", "says", "E_ROGER_VER"),
]

DOCS["foxnews-oscar-isaac"] = [
    Q(D, ["He doesn't want to be a gangster, and he has never wanted to be one. And he is afraid that if he starts down that path, that he will be dismissed as one - and also, possibly, that if he starts down that path, he will really like it,", "The tension that J.C. creates, it plays with the audience's expectations. The audience gets a little bloodthirsty."], "Isaac", "told", "E_OSCAR_ISAAC"),
    Q(IN, ["his leading man to pick a time in Latin America that the character had lived through and escaped"], "Chandor", "asked", "E_JC_CHANDOR"),
    Q(D, ["Scripts are vague on back-story, what you see on screen is what the actors get when they first (read it),", "Oscar's character, I always believed, came to the U.S. sometime between 7 years old and 10 or 12 - in that window, so young enough that you are able to strip away your past and young enough that you really can become just an American in your adult life."], "the director", "said", "E_JC_CHANDOR"),
    Q(M, ['Isaac zeroed in on a period of civil unrest in Colombia after World War II that is known as "La Violencia" ("The Violence")'], "He", "said", "E_JC_CHANDOR"),
    Q(D, ["I thought it was a cool opportunity to tie in what his character was then going to be facing, the equivalent that he would have come here in the late 1950s probably and seen this city and America climb, climb, climb through the '60s and then in the late '60s and into the '70s, see the city of New York fall into this life of crime and people leaving the city - falling back into decay."], None, None, "E_JC_CHANDOR"),
    Q(M, ['he chose that specific time because it would have been "really intense if (Abel) had left this incredibly violent situation to come to this country to escape the violence, and yet the violence follows him."'], "Isaac", "said", "E_OSCAR_ISAAC"),
    Q(D, ["It's pretty intense because the script itself is already quite dense, full of so many details, but also very mysterious 'cause there is not a lot of description of his past or even their past, how they got to where they are,", "We got together and went through every scene, every line and just talked about it. We started talking about possibilities of where this whole relationship started, when it started, how we met, when we decided to buy the business. Just to create the context so that when we started shooting, we had that bedrock."], "Isaac", "said", "E_OSCAR_ISAAC"),
    Q(M, ['the director "really left (the script) free for us to explore … because he doesn\'t want to taint our natural instincts."'], "Chastain", "said", "E_JESSICA_CHASTAIN"),
    Q(IN, ["the two actors' long off-screen friendship for making Abel and Anna's onscreen relationship feel so real"], "Chandor", "attributed", "E_JC_CHANDOR"),
    Q(D, ["I'm not sure if I knew it at the time, but, looking back at it now, it was just amazing cause there's this shared history. The fact that they had known each other almost as long as the characters had - it was just meant to be,"], "he", "said", "E_JC_CHANDOR"),
    Q(M, ['it was "wild" to see himself in the film\'s teaser'], "he", "said", "E_OSCAR_ISAAC"),
    Q(D, ["I've signed away my organs,", "J.J. Abrams is amazing."], "he", "joked", "E_OSCAR_ISAAC"),
    Q(IN, ["filming the iconic franchise was great"], "he", "adding", "E_OSCAR_ISAAC"),
]

DOCS["dailybeast-nypd-vigil"] = [
    Q(M, ['Just over 24 hours before the silent march down 110th, Wenjian Liu, 32, and Rafael Ramos, 40, had been shot "execution-style,"', "while sitting in their patrol car"], "Mayor Bill DeBlasio", "said", "E_BILL_DE_BLASIO"),
    Q(D, ["I can't breathe"], "he", "pleaded", "E_ERIC_GARNER"),
    Q(D, ["No justice, no peace; No racist police."], "They", "chant", "E_PROTESTERS"),
    Q(IN, ["Why", "do black lives matter?"], "they", "ask", "E_CRITICS"),
    Q(IN, ["the protests are not anti-police brutality, but anti-police, period"], "They", "contend", "E_CRITICS"),
    Q(D, ["The mayor's hands are literally dripping with our blood because of his words, actions and policies and we have, for the first time in a number of years, become a 'wartime' police department,", "There's blood on many hands tonight…That blood on the hands starts at City Hall in the Office of the Mayor."], "Pat Lynch", "said", "E_PAT_LYNCH"),
    Q(D, ["We've had four months of propaganda starting with the president that everybody should hate the police…The protests are being embraced, the protests are being encouraged. The protests, even the ones that don't lead to violence-a lot of them lead to violence, all of them lead to a conclusion: The police are bad, the police are racist. That is completely wrong."], "Former mayor Rudy Giuliani", "laid blame", "E_RUDY_GIULIANI"),
    Q(D, ["Let me not say this wrong,", "Yesterday's situation that happened in Brooklyn, Bed-Stuy, was uncalled for.»", "This is not about who did it more,»"], 'a 21-year-old East Flatbush resident who would say only that his name was "Perry"', "told", "E_PERRY"),
    Q(D, ["I got targeted. I'm a victim of police brutality,", "They arrested me, they beat me up in the 102 precinct while I was handcuffed, no justice.»"], "Alvarez", "told", "E_JONATHAN_ALVAREZ"),
    Q(D, ["They don't want to take blame,", "There has to be peace on all sides."], "he", "said", "E_PERRY"),
    Q(D, ["I think this all could've been prevented if they just listened to the 25,000 people who marched last week,"], "Alvarez", "said", "E_JONATHAN_ALVAREZ"),
    Q(D, ["No, not even,", "If they would've just re-analyzed the Zimmerman case, or the Ferguson case."], "Perry", "countered", "E_PERRY"),
    Q(IN, ["participants to move in the line"], "NYPD officers", "asking", "E_NYPD_OFFICERS"),
    Q(D, ["thank you"], "NYPD officers", "saying", "E_NYPD_OFFICERS"),
    Q(D, ["We're not anti-police, we're anti-police brutality,", "Every cop isn't bad…Every black man isn't a criminal."], "a member of the Justice League", "told", "E_JUSTICE_LEAGUE_MEMBER"),
]

DOCS["bloomberg-state-jobs"] = [
    Q(D, ["It has been a very slow climb back,", "The economy went very south, very quickly."], "Yearout", "said", "E_KEVIN_YEAROUT"),
    Q(M, ['With his commercial construction business hobbled by government funding cutbacks, "I never see the local economy getting back" to justify the prior level of jobs'], None, None, "E_KEVIN_YEAROUT"),
    Q(IN, ["Even as the U.S. economy reached a milestone in May with employment exceeding the prerecession peak, 29 of 50 states have yet to match that accomplishment"], "Labor Department", "according to", "E_LABOR_DEPARTMENT"),
    Q(D, ["This is not like any other recovery,", "There is a tremendous disparity, not a uniform recovery at all, with the performance of the economy much more skewed on a regional basis."], "John Herrmann", "said", "E_JOHN_HERRMANN"),
    Q(IN, ["The energy industry is driving the economic expansion in 12 of the 13 states leading growth since the recession ended"], "Herrmann", "said", "E_JOHN_HERRMANN"),
    Q(IN, ["Excluding the 1.1 million jobs created in Texas, which has led the expansion, the nation would be 350,000 below the prerecession peak"], "Federal Reserve Bank of Dallas", "according to", "E_DALLAS_FED"),
    Q(M, ['there is "significant underutilization of labor resources,"', "and continued room to keep interest rates near zero long after the central bank ends its bond buying as planned in October"], "the Federal Open Market Committee", "view", "E_FOMC"),
    Q(D, ["There is no pressure to raise interest rates this year and into next given that many parts of the country have a surfeit of unemployed and underemployed workers,"], "Mark Zandi", "said", "E_MARK_ZANDI"),
    Q(IN, ["every state won't have returned to its peak employment until Michigan achieves that level in 2019"], "IHS Global Insight economists in Lexington", "project", "E_IHS_ECONOMISTS"),
    Q(D, ["The auto industry has been moving out of Michigan,", "Job totals have been declining."], "James Diffley", "said", "E_JAMES_DIFFLEY"),
    Q(IN, ["that doesn't come close to replacing the 174,429 industry positions lost from 2001 to 2010, a 59 percent decline"], "the Ann Arbor-based Center for Automotive Research", "according to", "E_CAR_CENTER"),
    Q(M, ['While the auto industry remains dominant in Michigan, "education, tourism, green technologies" and information technology "will become increasingly important,"'], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS"),
    Q(IN, ["Weak wage growth outside a few areas, such as energy jobs in North Dakota and Texas, supports the view that most of the country remains far from fully recovered"], "Gary Burtless", "said", "E_GARY_BURTLESS"),
    Q(IN, ["Young adults 25 to 34 years old, who are most likely to relocate for jobs, have been moving at decreasing rates even after the recession ended with migration at historically low levels in 2013"], "Brookings", "according to", "E_BROOKINGS"),
    Q(M, ['That mobility remains low suggests "that local job markets have been basically lousy almost everywhere" except a few areas benefiting from the energy boom'], "Burtless", "said", "E_GARY_BURTLESS"),
    Q(D, ["Wages are behaving as though there's still a lot of labor-market slack."], None, None, "E_GARY_BURTLESS"),
    Q(IN, ["Wages gains have been basically flat for the past several years"], "he", "said", "E_GARY_BURTLESS"),
    Q(D, ["The economy is still sluggish in Nevada,", "We still have a lot of excess capacity in the employment market."], "Jim Mason", "said", "E_JIM_MASON"),
    Q(M, ['Casinos there have faced new competition from Pennsylvania, Connecticut and New York, and there has been "very little private sector investment" in new manufacturing and commercial construction'], "Joseph Seneca", "said", "E_JOSEPH_SENECA"),
    Q(D, ["We have a lot of white elephants -- large empty casinos,", "This is a significant problem for the state going forward."], "he", "said", "E_JOSEPH_SENECA"),
    Q(IN, ["Job creation has been hurt by weakness in construction, manufacturing and government spending"], "Ahmad Ijaz", "said", "E_AHMAD_IJAZ"),
    Q(D, ["Commercial construction is still relatively weak due to sluggish consumer and business spending,", "Nondurables, particularly the textile and apparel industry, will not be adding any jobs anyway because of off-shoring and automation. Government spending is weak because of cutbacks in federal spending which in turn also impacts state and local government spending."], "he", "said", "E_AHMAD_IJAZ"),
    Q(IN, ["better-paying and permanent industrial positions aren't coming back"], "Eddie Foreman", "said", "E_EDDIE_FOREMAN"),
    Q(D, ["The economy is tough and there are no jobs for us here,", "Eventually I think it has to get better. It can't get any worse."], "Foreman", "said", "E_EDDIE_FOREMAN"),
    Q(IN, ["New Mexico's economy was slowed as reverberations from last year's federal government shutdown rippled through the state"], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS"),
    Q(IN, ["The state, home of the Los Alamos National Laboratory, has government as its largest employer, with 24 percent of all workers compared to 16 percent in the U.S"], "Moody's Analytics", "according to", "E_MOODYS_ANALYTICS"),
    Q(IN, ["There were 30,000 federal workers among the 193,000 public sector employees in the state last year"], "the Moody's report", "according to", "E_MOODYS_ANALYTICS"),
    Q(D, ["Government has been a drag,", "Many of the private sector jobs rely on government funds and grants."], "Michael O'Donnell", "said", "E_MICHAEL_ODONNELL"),
    Q(IN, ["While governments and companies have started to seek bids for new construction projects", "there's no backlog of work that ensures rising employment a year from now"], "Yearout", "said", "E_KEVIN_YEAROUT"),
    Q(D, ["There is a cautious optimism that things are turning around,", "The owner is afraid to pull the trigger. There is no long-term visibility or momentum. Everyone is a little bit afraid."], "he", "said", "E_KEVIN_YEAROUT"),
]

# fmt: on

DOCS.update(pass_a_more.DOCS)
DOCS.update(pass_a_unseen.DOCS)
DOCS.update(pass_a_dev6.DOCS)
DOCS.update(pass_a_more2.DOCS)

if __name__ == "__main__":
    write_pass(Path(__file__).resolve().parent.parent, "passes/annotator-a", DOCS, ENTITIES)
