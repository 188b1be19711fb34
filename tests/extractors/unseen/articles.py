"""Three invented news articles (fictional places, people and organisations), written for the
held-out check of the quote extractors.  None of them shares a topic, name or phrase with the
corpus.  ``build.py`` turns them into ``documents.jsonl`` and annotates their quotes into
``gold.jsonl``; edit the texts here and rebuild, never the JSONL by hand.
"""

COUNCIL_TITLE = "Millbrook council approves downtown bike lanes after heated debate"
COUNCIL = f"""{COUNCIL_TITLE}

MILLBROOK (AP) — The Millbrook City Council voted 5-2 on Tuesday night to install protected bike lanes along Harper Avenue, ending a year-long fight over parking in the city’s commercial district. Cyclists in the gallery cheered and rang their bells 🚲 when the result was read out.

“This is about keeping people alive,” said Councilwoman Denise Okafor, who sponsored the measure. “We have lost three cyclists on that corridor since 2019. I am not willing to wait for a fourth.”

Business owners packed the chamber for more than four hours of public comment. Several shop owners argued that removing 140 parking spaces would drive customers to the malls on the edge of town.

“You are taking away the front door of every shop on Harper,” said Luis Ferreira, who owns a bakery on the avenue. “Nobody is going to carry a wedding cake home on a bicycle.”

Councilman Ray Dubois, one of the two dissenting votes, said that the city had never studied the economic impact of the plan. He asked for a six-month delay, saying the council was “rushing” a decision that would outlive everyone in the room.

Mayor Helen Cho, who votes only to break ties, welcomed the outcome. “Cities that built safe streets did not lose their downtowns,” she said, “they got them back.”

According to the city’s transportation department, construction will begin in April and cost about $2.3 million, most of it covered by a state grant. Department spokeswoman Priya Nair said the lanes would be separated from traffic by concrete curbs and planters.

The spokeswoman added that delivery zones would be kept on every block.

Okafor told reporters after the vote that she would meet the Harper Avenue Merchants Association next week.

“I heard the concerns tonight, and some of them are fair.

“But the answer to a dangerous street is not to leave it dangerous,” she said.

The merchants association said in a statement that it was considering a petition to put the lanes on the November ballot.
"""

TRANSFER_TITLE = "Rovers sign Brazilian striker Tiago Menezes in club-record deal"
TRANSFER = f"""{TRANSFER_TITLE}
Northgate Rovers have completed the signing of Brazilian striker Tiago Menezes 🇧🇷 from Porto for a club-record fee of 38 million euros, the club announced on Thursday.
The 24-year-old has agreed a five-year contract and will wear the number nine shirt, according to Rovers.
"Tiago is exactly the kind of forward we have been looking for," Rovers manager Steve Halloran told a news conference. "He presses, he runs in behind, and he finishes. We think he can score twenty goals in this league."
Menezes, who scored 27 goals in all competitions last season, said he had turned down offers from two other clubs because Halloran had called him personally.
"When the manager phoned me, I knew this was the right project," he said. "My family is happy, I am happy, and now I just want to play."
The fee surpasses the 31 million euros Rovers paid for midfielder Jonas Eklund two years ago. Eklund has since been loaned to a club in Turkey.
Halloran admitted that the squad was still short of cover at full back, adding that the club hoped to make one more signing before the window closes on Sept. 1.
Rovers chief executive Amanda Price said the deal had been structured so that a third of the fee would be paid over three years. "We have not bet the club on one player," she said. "The numbers work even if we finish mid-table."
Not everyone was convinced. Former Rovers captain Gary Milne, now a television pundit, described the fee as "madness" for a player who had never played outside Portugal.
Porto said in a statement that Menezes had left with the club's "gratitude and best wishes".
The club said the striker would travel with the squad for Saturday's match against Lindfield but was unlikely to start.
"""

COURT_TITLE = "Appeals court strikes down county ban on drone photography over farms"
COURT = f"""{COURT_TITLE}

The Fifth District Court of Appeals on Monday struck down a Harlan County ordinance that made it a crime to fly camera drones over farmland without the owner's permission, ruling that the ban violated free-speech protections.

In a 2-1 decision, the court said the ordinance was "far broader than necessary" to protect the privacy of farm families.

"A county may protect its residents from harassment and trespass," Judge Miriam Castellanos wrote for the majority. "It may not make the act of photographing a field from public airspace a crime."

The case was brought by Daniel Reyes, a freelance journalist who was fined $500 in 2022 after photographing a cattle feedlot for a story about water pollution.

"I was standing on a public road with a drone that weighed less than a pound," Reyes said in a phone interview. "The county treated me like a burglar."

In her dissent, Judge Paula Whitfield argued that the majority had ignored the county's evidence of repeated harassment of farm workers. She wrote that drones "are not simply cameras on a stick" and that lawmakers were entitled to respond to new technology.

County attorney Mark Lindqvist said that the county was reviewing the decision and had not decided whether to appeal to the state Supreme Court.

“We respect the court,” the county attorney said, “but we still believe the ordinance was a reasonable response to a real problem.”

According to the Harlan County Farm Bureau, at least 40 complaints about low-flying drones were filed with the sheriff's office last year. The bureau's president, Ellen Marsh, said farmers felt "watched on their own land" and would press state lawmakers for a narrower law.

Press-freedom groups welcomed the ruling. “Today’s decision makes clear that the sky over a public road is not a censorship zone,” said Tom Abernathy, a lawyer with the Open Lens Project, which represented Reyes.

Abernathy said the group would seek to recover its legal fees from the county, saying the case "should never have been brought" in the first place.

Read more:
Drone rules tighten at state parks
Farm Bureau backs privacy bill
"""

# Written after ``quotes`` v3 was frozen: the only article no rule was developed against.
MEASLES_TITLE = "Measles cases climb to 23 in Dunmore County as officials urge vaccination"
MEASLES = f"""{MEASLES_TITLE}

Health officials in Dunmore County confirmed eight new measles cases on Wednesday, bringing the total since early March to 23, most of them in children under five.

"We are seeing exactly the pattern we feared," county health director Dr. Alicia Brennan told reporters at the county health building. "Every one of these children was unvaccinated or too young for the vaccine."

Brennan said that two children remained in hospital but that none was in intensive care.

According to the state health department, vaccination rates among kindergarten pupils in the county fell from 94 percent in 2018 to 86 percent last autumn, well below the level needed to stop the virus from spreading.

The department's spokesman, Kevin Oduya, said the state would send a mobile clinic 💉 to three school districts next week. He added that the clinics would offer the vaccine free of charge to anyone without insurance.

“Measles is one of the most contagious diseases we know,” Oduya said. “One infected person in a waiting room can infect nine out of ten unprotected people around them.”

At Riverside Elementary, where four of the cases were reported, principal Janet Kowalski sent a letter to parents on Tuesday, saying that unvaccinated pupils would be asked to stay home for 21 days.

Some parents objected. Marcus Hale, whose two sons attend the school, said the exclusion policy was “punishing kids for their parents' choices.”

"I understand the risk," Hale said, "but my kids are healthy, and nobody asked us before making this rule."

Dr. Brennan said the outbreak was likely to grow before it slowed, noting that the incubation period can last up to three weeks.

The county will hold a free vaccination clinic at the Dunmore fairgrounds on Saturday, county officials said.
"""

FRESH = ("dunmore-measles",)

ARTICLES = {
    "millbrook-bike-lanes": (COUNCIL_TITLE, COUNCIL, "news report"),
    "rovers-sign-striker": (TRANSFER_TITLE, TRANSFER, "news report"),
    "drone-ban-struck-down": (COURT_TITLE, COURT, "news report"),
    "dunmore-measles": (MEASLES_TITLE, MEASLES, "news report"),
}
