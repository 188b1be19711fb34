"""Pass A (annotator-a) on the 12 articles of split ``more3`` (articles7.jsonl, session 11): quotes as strings.

Written in session 11 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  As pass_a_unseen2.py, these specs are not added to pass_a.py's DOCS: run from
eval/devset ``python sources/pass_a_more3.py [-v]``, which writes annotations/passes/annotator-a/ for
these 12 documents only (and the entity registry, as every pass script does).  Pass B (the second pass,
for misses and boundaries, annotator-a2) is sources/pass_a2_more3.py; their speakers are ENTITIES_MORE3 here.
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

# ids of earlier splits reused for the same speaker (the people and organisations themselves, not descriptions)
REUSED = {
    "E_DONALD_TRUMP",
    "E_STEPHANIE_GRISHAM",
    "E_MIKE_POMPEO",
    "E_USA_GOVERNMENT",
    "E_REUTERS",
    "E_NASA",
    "E_STEVE_CLARKE",
    "E_JIM_BRIDENSTINE",
    "E_BRENT_SHERWOOD",
    "E_MICHAEL_SIMS",
}

ENTITIES_MORE3: dict[str, tuple[str, list[str], str]] = {
    # slate-john-ford-books
    "E_HELEN_SLATE_FRIEND": ("Helen (the writer's friend who handed her The Dragon Waiting)", [], "person"),
    "E_JANE_STARNER": ("Jane Starner", ["Jane Starner", "Starner"], "person"),
    "E_BETH_MEACHAM": ("Beth Meacham", ["Beth Meacham", "Meacham"], "person"),
    "E_JO_WALTON": ("Jo Walton", ["Jo Walton"], "person"),
    "E_FORD_EDITORS": ("John M. Ford's editors", [], "other"),
    "E_JOHN_M_FORD": ("John M. Ford", ["John M. Ford", "John Milo Ford", "Mike Ford"], "person"),
    "E_NEIL_GAIMAN": ("Neil Gaiman", ["Neil Gaiman", "Gaiman"], "person"),
    "E_TERESA_NIELSEN_HAYDEN": ("Teresa Nielsen Hayden", ["Teresa Nielsen Hayden"], "person"),
    "E_PATRICK_NIELSEN_HAYDEN": ("Patrick Nielsen Hayden", ["Patrick Nielsen Hayden"], "person"),
    "E_MCDOUGAL_AND_RIGNEY": ("Harriet McDougal and James Rigney", [], "other"),
    "E_SLATE_WRITER_SOURCES": ("multiple people the writer spoke to (John M. Ford's family rift)", [], "other"),
    "E_ELISE_MATTHESEN": ("Elise Matthesen", ["Elise Matthesen", "Matthesen"], "person"),
    "E_FORD_FATHER": ("John M. Ford's father", [], "person"),
    "E_FORD_STORY_TELLERS": ("those who told the writer the story of John M. Ford's family", [], "other"),
    "E_DALE_FORD_AND_MARTHA_FRY": ("Dale Ford and Martha Fry", [], "other"),
    "E_DALE_FORD": ("Dale Ford", ["Dale Ford"], "person"),
    "E_MARTHA_FRY": ("Martha Fry", ["Martha Fry"], "person"),
    "E_FORD_FRIENDS": ("multiple friends of John M. Ford", [], "other"),
    "E_VALERIE_SMITH": ("Valerie Smith", ["Valerie Smith"], "person"),
    # nypost-taliban-hostage-swap (E_MIKE_POMPEO, E_USA_GOVERNMENT, E_STEPHANIE_GRISHAM)
    "E_INSURGENT_SOURCE_ZABUL": ("an insurgent source (the hostages' handover in Zabul)", [], "person"),
    "E_POLICE_SOURCE_ZABUL": ("a local police source (the hostages' handover in Zabul)", [], "person"),
    "E_SWAP_BOTH_SIDES": ("both sides of the Taliban prisoner swap", [], "other"),
    "E_TALIBAN_REPRESENTATIVE_SWAP": ("a Taliban representative (the prisoner swap)", [], "person"),
    "E_ASHRAF_GHANI": ("Ashraf Ghani", ["Ashraf Ghani", "Afghan President Ashraf Ghani", "Ghani"], "person"),
    "E_SCOTT_MORRISON": ("Scott Morrison", ["Scott Morrison", "Australian Prime Minister Scott Morrison"], "person"),
    "E_KING_AND_WEEKS": ("Kevin King and Timothy Weeks", [], "other"),
    "E_US_OFFICIALS_HOSTAGE_RESCUE": ("US officials (the failed rescue mission for the hostages)", [], "other"),
    # politifact-tariffs-guide (E_DONALD_TRUMP, E_REUTERS)
    "E_TARIFF_BACKERS": ("backers of tariffs", [], "other"),
    "E_SCOTT_PAUL": ("Scott Paul", ["Scott Paul"], "person"),
    "E_MAINSTREAM_ECONOMISTS_TARIFFS": ("most mainstream economists (tariffs)", [], "other"),
    "E_LAWRENCE_WHITE": ("Lawrence White", ["Lawrence White"], "person"),
    "E_HOWARD_GLECKMAN": ("Howard Gleckman", ["Howard Gleckman"], "person"),
    "E_MONICA_DE_BOLLE": ("Monica de Bolle", ["Monica de Bolle"], "person"),
    "E_CEPR": ("Centre for Economic Policy Research", ["Centre for Economic Policy Research"], "organization"),
    "E_CBO": ("Congressional Budget Office", ["Congressional Budget Office"], "organization"),
    "E_ROSS_BURKHART": ("Ross Burkhart", ["Ross Burkhart"], "person"),
    "E_TAX_FOUNDATION": ("Tax Foundation", ["Tax Foundation"], "organization"),
    "E_DANIEL_ANTHONY": ("Daniel Anthony", ["Daniel Anthony"], "person"),
    "E_AMERICAN_FARM_BUREAU": ("American Farm Bureau Federation", ["American Farm Bureau Federation"], "organization"),
    "E_RETAILERS_TARIFF_PRICES": ("retailers that raised prices because of the tariffs (Pepsi, Coca-Cola, Costco, Winnebago)", [], "other"),
    "E_MARY_LOVELY": ("Mary E. Lovely", ["Mary E. Lovely", "Lovely"], "person"),
    # aljazeera-nasa-lunar-bidders (E_STEVE_CLARKE, E_NASA, E_JIM_BRIDENSTINE, E_BRENT_SHERWOOD, E_MICHAEL_SIMS: the people of
    # session 6's spacenews-clps-landers, on the same announcement)
    "E_NASA_OIG": ("NASA's Office of the Inspector General", ["NASA's Office of the Inspector General"], "organization"),
    "E_NASA_SCIENTISTS_EUROPA": ("NASA's scientists (water vapour above Europa)", [], "other"),
    "E_CLPS_NEW_PROVIDERS": ("the companies NASA added to its lunar payload delivery pool", [], "other"),
    # forbes-feather-duvet-lung
    "E_DUVET_CASE_REPORT_AUTHORS": ("the authors of the BMJ Case Reports report on feather duvet lung", [], "other"),
    "E_FORBES_DUVET_PATIENT": ("the patient of the feather duvet lung case report (the man, as Forbes tells it)", [], "person"),
    "E_FORBES_DUVET_DOCTOR": ("the doctor who treated the feather duvet lung patient", [], "person"),
    # nytimes-elections-impeachment (E_DONALD_TRUMP)
    "E_ANDY_BESHEAR": ("Andy Beshear", ["Andy Beshear", "Beshear"], "person"),
    "E_ABC_POLL_RESPONDENTS": ("respondents to the ABC News poll (impeachment)", [], "other"),
    "E_REUTERS_POLL_RESPONDENTS": ("respondents to the Reuters poll (impeachment)", [], "other"),
    "E_REUTERS_POLL": ("the Reuters poll (impeachment)", [], "other"),
    # livescience-tng50-simulation
    "E_PAUL_TORREY": ("Paul Torrey", ["Paul Torrey", "Torrey"], "person"),
    "E_DYLAN_NELSON": ("Dylan Nelson", ["Dylan Nelson"], "person"),
    # nbcnews-hitler-house-police
    "E_WOLFGANG_PESCHORN": ("Wolfgang Peschorn", ["Wolfgang Peschorn", "Interior Minister Wolfgang Peschorn", "Peschorn"], "person"),
    "E_AUSTRIA_INTERIOR_MINISTRY": ("Austria's Interior Ministry", [], "organization"),
    "E_AUSTRIA": ("Austria", ["Austria"], "country"),
    # cnbc-emirates-boeing
    "E_EMIRATES_BOEING_EXECUTIVES": ("executives of Emirates and Boeing", [], "other"),
    "E_TIM_CLARK": ("Tim Clark", ["Tim Clark", "Emirates President Tim Clark", "Clark"], "person"),
    "E_AIRBUS": ("Airbus", ["Airbus"], "organization"),
    "E_AVIATION_ANALYSTS": ("aviation analysts (the end of the A380)", [], "other"),
    # reuters-oil-global-stocks (E_DONALD_TRUMP)
    "E_MARKET_TRADERS_TRADE_WAR": ("traders (stocks and bonds, US-China trade-war uncertainty)", [], "other"),
    "E_SOURCES_RUSSIA_OIL": ("sources who told Reuters about Russia's oil output", [], "other"),
    "E_CARSTEN_FRITSCH": ("Carsten Fritsch", ["Carsten Fritsch"], "person"),
    "E_JUAN_PEREZ": ("Juan Perez", ["Juan Perez", "Perez"], "person"),
    # wired-neobanks-brokeness
    "E_NEOBANK_CEO": ("a neo-bank CEO (the writer's source)", [], "person"),
    "E_NEOBANKS": ("the neo-banks (challenger banks)", [], "other"),
    "E_MONEY2020_SPEAKERS": ("attendees and speakers of the Money 20/20 conference", [], "other"),
    "E_TECH_INDUSTRY": ("the tech industry", [], "other"),
    "E_RIDESHARE_RIDERS": ("riders of Uber and Lyft", [], "other"),
    # pvmagazine-korea-solar-roadmap
    "E_US_DOE": ("U.S. Department of Energy", ["Department of Energy"], "organization"),
    "E_IEA_PVPS": ("the International Energy Agency's Photovoltaic Power Systems Program", [], "organization"),
    "E_MOTIE": (
        "South Korea's Ministry of Trade, Industry and Energy",
        ["Ministry of Trade, Industry and Energy", "MOTIE"],
        "organization",
    ),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["slate-john-ford-books"] = [
    Q(IN, ["I would love it"], "Helen", "telling", "E_HELEN_SLATE_FRIEND"),
    Q(D, ["He was brilliant from the start" + R], "Jane Starner", "According to", "E_JANE_STARNER"),
    Q(D, ["When you're reading a Mike Ford novel" + R, "Every book contained a puzzle" + R], "Beth Meacham", "said", "E_BETH_MEACHAM"),
    Q(D, ["You're only seeing the tenth" + R, "It makes it dense" + R], "she", "said", "E_JO_WALTON"),
    Q(IN, ["him to explain himself more"], "his editors", "ask", "E_FORD_EDITORS"),
    Q(D, ["I have a horror of being obvious."], "he", "respond", "E_JOHN_M_FORD"),
    Q(D, ["He would make art in the most surprising places,", "Once he wrote a short play" + R], "Gaiman", "told", "E_NEIL_GAIMAN"),
    Q(D, ["Life was not long enough,", "for Mike to do all the stuff that he would think of to do."], "she", "recalled", "E_TERESA_NIELSEN_HAYDEN"),
    Q(M, ['"He could have had a more successful career,"', '"if he had been more disciplined about his writing" and stuck to one genre, or written a series'], "Patrick Nielsen Hayden", "said", "E_PATRICK_NIELSEN_HAYDEN"),
    Q(D, ["But Mike wanted to write what he wanted to write."], None, None, "E_PATRICK_NIELSEN_HAYDEN"),
    Q(D, ["Had he taken The Dragon Waiting" + R], "Gaiman", "put", "E_NEIL_GAIMAN"),
    Q(M, ["The Scholars of Night \u201c should\u2019ve been marketed like The Name of the Rose. You needed to go, `We have a great writer who is really fucking brilliant and he has written a book that combines high and low culture.\u2019 \u201d"], "Gaiman", "bemoans", "E_NEIL_GAIMAN"),
    Q(D, ["All it took was one bad infection" + R, "To be an adult about money" + R], "Teresa Nielsen Hayden", "explained", "E_TERESA_NIELSEN_HAYDEN"),
    Q(M, ['Ford as his "blood brother,"'], "McDougal and Rigney", "eulogize", "E_MCDOUGAL_AND_RIGNEY"),
    Q(IN, ["his mother disapproved of his work, possibly for religious reasons"], "Ford", "told", "E_JOHN_M_FORD"),
    Q(IN, ["Ford's biological family were conservative Christians"], "Jane Starner", "says", "E_JANE_STARNER"),
    Q(IN, ["also at issue was Ford's partner, the writer and jewelry designer Elise Matthesen"], "multiple people I spoke to", "according to", "E_SLATE_WRITER_SOURCES"),
    Q(D, ["My partner to whom I am married" + R, "I used to refer to them collectively" + R], "Matthesen", "recalled", "E_ELISE_MATTHESEN"),
    Q(M, ['"The thing with Elise bothered" Ford\'s family'], "Starner", "said", "E_JANE_STARNER"),
    Q(D, ["I don't know whether they were completely estranged before that or not."], None, None, "E_JANE_STARNER"),
    Q(D, ["the only way I know he's alive" + R], "Ford's now-deceased father", "told", "E_FORD_FATHER"),
    Q(M, ['it as "a magical-parliamentary-nobility-romance-spy-adventure. And that only touches it."'], "Beth Meacham", "described", "E_BETH_MEACHAM"),
    Q(D, ["It's not exactly like I can have someone charge" + R], "he", "wrote", "E_JOHN_M_FORD"),
    Q(D, ["He looked a little surprised,", "Sort of mildly quizzical" + R], "she", "wrote", "E_ELISE_MATTHESEN"),
    Q(D, ["The Klingon Empire has decided that we should formalize our relationship,"], "Ford", "described", "E_JOHN_M_FORD"),
    Q(IN, ["he did not want his family to get his estate"], "Ford's unexecuted will", "specified", "E_JOHN_M_FORD"),
    Q(IN, ["Ford's family did not approve of his work and were deliberately keeping it out of print"], None, "story", "E_FORD_STORY_TELLERS"),
    Q(D, ["I cannot believe Martha would not want his books back in print,"], "she", "said", "E_JANE_STARNER"),
    Q(IN, ["Mike was estranged from them or his parents"], "Dale and Martha", "disputed", "E_DALE_FORD_AND_MARTHA_FRY"),
    Q(M, ['he was "introverted by nature."'], "Dale and Martha", "saying", "E_DALE_FORD_AND_MARTHA_FRY"),
    Q(D, ["I once visited Mike with our parents" + R, "We went to an old school downtown steakhouse" + R], "Dale", "wrote", "E_DALE_FORD"),
    Q(M, ['shortly before their father\'s death, he and Mike had corresponded, and the letter Mike wrote was "kind and loving."'], "Martha", "added", "E_MARTHA_FRY"),
    Q(IN, ["anyone had a problem with Mike's relationship with Elise"], "They", "disputed", "E_DALE_FORD_AND_MARTHA_FRY"),
    Q(D, ["Mike's personal life was his own business" + R, "I am appreciative to [Elise]" + R], "Dale", "wrote", "E_DALE_FORD"),
    Q(IN, ["they were suppressing his work"], "multiple friends of Mike Ford", "told", "E_FORD_FRIENDS"),
    Q(M, ['I was threatening them with "the unsubstantiated beliefs of uncited individuals \u2026 if we do not respond to your satisfaction on Mike\'s commercial affairs."'], "Ford and Fry", "replied", "E_DALE_FORD_AND_MARTHA_FRY"),
    Q(IN, ["on three separate occasions they had written to Mike's agent, trying to see if there was any interest in reprinting his work"], "they", "volunteered", "E_DALE_FORD_AND_MARTHA_FRY"),
    Q(M, ['shortly before Ford\'s death, his agent Valerie Smith "was beginning the process of essentially vanishing" from the industry'], "Patrick Nielsen Hayden", "According to", "E_PATRICK_NIELSEN_HAYDEN"),
    Q(M, ['She "became more and more intermittent" with phone calls and correspondence, and many of her clients fired her'], None, None, "E_PATRICK_NIELSEN_HAYDEN"),
    Q(M, ['in the 1990s, family caregiving obligations and a legal battle unrelated to her literary work left her "pretty overwhelmed,"'], "she", "said", "E_VALERIE_SMITH"),
    Q(D, ["When I started, I really felt like this was where I was meant to be,", "I just can't bring myself" + R], "she", "said", "E_VALERIE_SMITH"),
    Q(IN, ["she never received any correspondence from the family about republishing Mike Ford's work"], "Smith", "said", "E_VALERIE_SMITH"),
    Q(D, ["I don't even have words, it's such good news,", "Except maybe Mike's words."], "she", "replied", "E_ELISE_MATTHESEN"),
    Q(IN, ["In 1997", "she interviewed Mike for a convention"], "Elise", "wrote", "E_ELISE_MATTHESEN"),
    Q(D, ["No,", "No. You tell me one, and when you're gone, I'll tell it to somebody else."], "he", "said", "E_JOHN_M_FORD"),
]

DOCS["nypost-taliban-hostage-swap"] = [
    Q(IN, ["American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were handed over to US \u00adforces in the country's southern Zabul province"], "an insurgent source", "told", "E_INSURGENT_SOURCE_ZABUL"),
    Q(IN, ["The men were flown out of the region on US choppers"], "a local police source", "according to", "E_POLICE_SOURCE_ZABUL"),
    Q(IN, ["they were hopeful the swap could lead to a breakthrough in stalled efforts to bring the Taliban to the negotiating table with the Kabul government and begin work toward a political settlement to end the group's 18-year insurgency"], "Both sides", "said", "E_SWAP_BOTH_SIDES"),
    Q(IN, ["The Taliban members were released in Doha, Qatar, where the group maintains a political office"], "a Taliban representative", "according to", "E_TALIBAN_REPRESENTATIVE_SWAP"),
    Q(M, ['the release of the hostages "give[s] us hope for the success of intra-Afghan peace negotiations, which the United States stands ready to support.', '"We see these developments as hopeful signs that the Afghan war, a terrible and costly conflict that has lasted 40 years, may soon conclude through a political settlement."'], "Secretary of State Mike Pompeo", "said", "E_MIKE_POMPEO"),
    Q(IN, ["the hostages had suffered from their ordeal"], "The US", "saying", "E_USA_GOVERNMENT"),
    Q(D, ["We pray for the full recovery of both men,", "We thank the Afghan government" + R], "White House Press Secretary Stephanie Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(IN, ["Kabul had ensured that the freed militants would not return to the front line"], "he", "said", "E_ASHRAF_GHANI"),
    Q(M, ['he hoped the swap would "pave the way" for unofficial direct talks between his government and the Taliban, who have long refused to negotiate peace with Kabul'], "He", "said", "E_ASHRAF_GHANI"),
    Q(D, ["We are profoundly pleased and relieved"], "Australian Prime Minister Scott Morrison", "said", "E_SCOTT_MORRISON"),
    Q(IN, ["Weeks' family had asked to convey its own relief and gratitude"], "Australian Prime Minister Scott Morrison", "adding", "E_SCOTT_MORRISON"),
    Q(IN, ["they were being treated well"], "Both men", "claimed", "E_KING_AND_WEEKS"),
    Q(IN, ["their governments to help in their release"], "Both men", "asked", "E_KING_AND_WEEKS"),
    Q(IN, ["American forces had launched a rescue mission to free the hostages at one point that failed to find the hostages"], "US officials", "said", "E_US_OFFICIALS_HOSTAGE_RESCUE"),
]

DOCS["politifact-tariffs-guide"] = [
    Q(D, ["We talk about it all the time, but under this administration, the great betrayal is over,", "America is no longer for sale" + R], "Trump", "said", "E_DONALD_TRUMP"),
    Q(IN, ["they help American companies become more competitive with their foreign counterparts"], "Backers of tariffs", "say", "E_TARIFF_BACKERS"),
    Q(IN, ["As those companies prosper", "they can hire more workers and pay their employees better"], None, "goes", "E_TARIFF_BACKERS"),
    Q(IN, ["Tariffs have also strengthened the United States' leverage after massive job losses from China trade in recent decades"], "Scott Paul", "said", "E_SCOTT_PAUL"),
    Q(IN, ["consumers are the primary victims of tariffs"], "Most mainstream economists", "argue", "E_MAINSTREAM_ECONOMISTS_TARIFFS"),
    Q(D, ["As a general matter, import tariffs are a tax,", "Tariffs, like any tax" + R], "Lawrence White", "said", "E_LAWRENCE_WHITE"),
    Q(D, ["If the U.S. imposes a tariff on Chinese televisions" + R, "The Chinese government pays nothing."], "Howard Gleckman", "written", "E_HOWARD_GLECKMAN"),
    Q(IN, ["Customs and Border Protection typically requires payment within 10 days of their shipments clearing customs"], "Reuters", "reported", "E_REUTERS"),
    Q(IN, ["when tariffs are high enough, firms will inevitably pass on some or all of the increase to U.S. consumers"], "Monica de Bolle", "said", "E_MONICA_DE_BOLLE"),
    Q(M, ['using standard economic methods, "the full incidence of the tariff falls on domestic consumers, with a reduction in U.S. real income of $1.4 billion per month by the end of 2018."'], "the Centre for Economic Policy Research", "concluded", "E_CEPR"),
    Q(IN, ["the Trump-era tariffs will reduce the national gross domestic product by 0.3 percent by 2020"], "the Congressional Budget Office", "projects", "E_CBO"),
    Q(IN, ["If that holds up, that would work out to a $75.3 billion dollar hit on economic growth"], "Ross Burkhart", "said", "E_ROSS_BURKHART"),
    Q(IN, ["the tariffs imposed so far by the Trump administration would reduce GDP by 0.25 percent or $63.1 billion, while lowering wages by 0.16 percent and eliminating 195,600 full-time-equivalent jobs"], "The conservative-leaning Tax Foundation", "projected", "E_TAX_FOUNDATION"),
    Q(D, ["The overall impact is now over $4 billion per month in extra tariffs on a wide range of goods,"], "Daniel Anthony", "said", "E_DANIEL_ANTHONY"),
    Q(IN, ["U.S. agricultural exports to China dropped to $9.1 billion in 2018, down from $19.5 billion the previous year"], "the American Farm Bureau Federation", "according to", "E_AMERICAN_FARM_BUREAU"),
    Q(IN, ["they raised prices as a result of the tariffs"], "retailers", "said", "E_RETAILERS_TARIFF_PRICES"),
    Q(IN, ["Computers and electronic devices have seen impacts, too"], "Mary E. Lovely", "said", "E_MARY_LOVELY"),
    Q(D, ["About 36% of imports from China to the U.S. are computers and electronic devices,"], "she", "said", "E_MARY_LOVELY"),
    Q(D, ["When the price of these inputs go up" + R], "Lovely", "said", "E_MARY_LOVELY"),
]

DOCS["aljazeera-nasa-lunar-bidders"] = [
    Q(D, ["We have a need and saw a need" + R], "Steve Clarke", "said", "E_STEVE_CLARKE"),
    Q(D, ["This is based on our objectives" + R], "he", "said", "E_STEVE_CLARKE"),
    Q(IN, ["nine US companies were eligible to bid for contracts to regularly launch spacecraft carrying instruments and experiments, and to land that cargo on the moon as early as next year"], "NASA", "announced", "E_NASA"),
    Q(D, ["technical challenges, cost increases and schedule delays"], "NASA's Office of the Inspector General", "depicted", "E_NASA_OIG"),
    Q(IN, ["returning to the moon was necessary to build the infrastructure and knowledge base to send astronauts to Mars"], "NASA's Administrator Jim Bridenstine", "said", "E_JIM_BRIDENSTINE"),
    Q(IN, ["they have detected water vapour above that moon's icy crust"], "NASA's scientists", "confirmed", "E_NASA_SCIENTISTS_EUROPA"),
    Q(D, ["We're honoured to join this community" + R, "It's very exciting times" + R], "Brent Sherwood", "said", "E_BRENT_SHERWOOD"),
    Q(IN, ["they wanted to expand their services to include passengers"], "the companies", "said", "E_CLPS_NEW_PROVIDERS"),
    Q(D, ["Space exploration, and especially humans becoming multi-planetary" + R], "Michael Sims", "said", "E_MICHAEL_SIMS"),
    Q(D, ["There are the big established players" + R], None, None, "E_MICHAEL_SIMS"),
]

DOCS["forbes-feather-duvet-lung"] = [
    Q(IN, ["it was this type of fluffy bedding that left a man not only breathless but with a serious lung condition"], "a case report published in the journal BMJ Case Reports", "according to", "E_DUVET_CASE_REPORT_AUTHORS"),
    Q(D, ["Two months after the onset of the symptoms" + R], "the patient", "in the words of", "E_FORBES_DUVET_PATIENT"),
    Q(IN, ["him to get rid of the feather duvet and pillows"], "The doctor", "told", "E_FORBES_DUVET_DOCTOR"),
    Q(M, ['the steroids "had a transformative effect within 2 days. At the same time, having assumed that a possible cause of the allergy was feather bedding, I replaced them with hypoallergenic bedding."'], "the man", "According to", "E_FORBES_DUVET_PATIENT"),
    Q(D, ["the course of steroids continued ultimately" + R], "he", "related", "E_FORBES_DUVET_PATIENT"),
]

DOCS["nytimes-elections-impeachment"] = [
    Q(D, ["Governor @MattBevin has done a wonderful job for the people of Kentucky!", "Matt has my Complete and Total Endorsement" + R], "Trump", "tweeted", "E_DONALD_TRUMP"),
    Q(D, ["Virginia, with all of the massive amount of defense" + R], "he", "said", "E_DONALD_TRUMP"),
    Q(M, ['"The people of this country aren\'t buying" impeachment'], "Trump", "said", "E_DONALD_TRUMP"),
    Q(D, ["You see it because we're going up and they're going down."], None, None, "E_DONALD_TRUMP"),
    Q(D, ["You gotta give me a big win please,", "Please."], "he", "said", "E_DONALD_TRUMP"),
    Q(IN, ["to protect Medicaid"], "Andy Beshear", "promised", "E_ANDY_BESHEAR"),
    Q(D, ["President Trump's actions were wrong and he should be impeached" + R], "Fifty-one percent", "say", "E_ABC_POLL_RESPONDENTS"),
    Q(IN, ["the inciting offense \u2014 Trump's attempt to coerce Ukraine into investigating a political rival \u2014 was wrong"], "an overwhelming 70 percent of Americans", "say", "E_ABC_POLL_RESPONDENTS"),
    Q(IN, ["they want the House to impeach and the Senate to convict"], "44 percent of Americans", "say", "E_REUTERS_POLL_RESPONDENTS"),
    Q(M, ['most Americans want Congress to investigate Trump if he "committed impeachable offenses during his conversation with the president of Ukraine."'], "A similarly fresh Reuters poll", "shows", "E_REUTERS_POLL"),
]

DOCS["livescience-tng50-simulation"] = [
    Q(D, ["These simulations are huge datasets" + R, "What's fundamentally new about TNG50" + R], "Paul Torrey", "said", "E_PAUL_TORREY"),
    Q(D, ["Numerical experiments of this kind" + R, "In our simulation, we see phenomena" + R], "Dylan Nelson", "said", "E_DYLAN_NELSON"),
    Q(D, ["There's a huge road ahead of us" + R, "A whole team of researchers" + R], "Torrey", "said", "E_PAUL_TORREY"),
]

DOCS["nbcnews-hitler-house-police"] = [
    Q(IN, ["The house where Adolf Hitler was born will be turned into a police station"], "Austria's interior minister", "said", "E_WOLFGANG_PESCHORN"),
    Q(IN, ["It will house the local police force's offices"], "the Interior Ministry", "said", "E_AUSTRIA_INTERIOR_MINISTRY"),
    Q(D, ["The house's future use by the police" + R], "Interior Minister Wolfgang Peschorn", "said", "E_WOLFGANG_PESCHORN"),
    Q(IN, ["Architects from across the European Union will be invited to submit plans for the building's redesign this month and a jury of experts and public officials will pick the winning design in the first half of next year"], "the Interior Ministry", "said", "E_AUSTRIA_INTERIOR_MINISTRY"),
    Q(IN, ["it was the first victim of National Socialism, having been annexed by Hitler's Germany in 1938"], "Austria", "argued", "E_AUSTRIA"),
]

DOCS["cnbc-emirates-boeing"] = [
    Q(IN, ["Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets"], "executives of both companies", "announced", "E_EMIRATES_BOEING_EXECUTIVES"),
    Q(IN, ["the airline \u2014 the largest international carrier in the world \u2014 will recommence its expansion in the early 2020s, following its current period of consolidation"], "Emirates President Tim Clark", "told", "E_TIM_CLARK"),
    Q(IN, ["it would scrap its production"], "the French manufacturer", "announce", "E_AIRBUS"),
    Q(M, ['it the "end of an era,"'], "Aviation analysts", "called", "E_AVIATION_ANALYSTS"),
]

DOCS["reuters-oil-global-stocks"] = [
    Q(IN, ["the lingering uncertainty over whether the United States and China could agree to end a near 1-1/2 year trade war as a reason for stocks to drift and bond prices to go higher"], "Traders", "cited", "E_MARKET_TRADERS_TRADE_WAR"),
    Q(IN, ["he would raise tariffs on Chinese imports if no deal is reached with Beijing to end the trade war"], "U.S. President Donald Trump", "said", "E_DONALD_TRUMP"),
    Q(IN, ["Russia is unlikely to agree to cut its oil output further at a meeting with fellow exporters next month"], "sources", "told", "E_SOURCES_RUSSIA_OIL"),
    Q(D, ["Moreover, Russia also failed to fulfill its agreed cuts in November so far,"], "Commerzbank analyst Carsten Fritsch", "said", "E_CARSTEN_FRITSCH"),
    Q(IN, ["While the dollar was supported by recent U.S. economic data meeting lowered expectations, the greenback may be in for some weakness"], "Juan Perez", "said", "E_JUAN_PEREZ"),
    Q(D, ["Central banks cannot provide that much" + R], "Perez", "said", "E_JUAN_PEREZ"),
]

DOCS["wired-neobanks-brokeness"] = [
    Q(M, ['they\'re focused on their customers\' "financial health,"', 'and easing the "pain" that people feel around their money'], "one neo-bank CEO", "told", "E_NEOBANK_CEO"),
    Q(IN, ["they're mission-driven"], "all of them", "say", "E_NEOBANKS"),
    Q(IN, ["The future of money will be predicated on the fact that the personal finances of the next generation are as fragile as a Faberg\u00e9 egg"], None, "message", "E_MONEY2020_SPEAKERS"),
    Q(IN, ["This", "is both a problem and an opportunity"], "attendees and speakers", "according to", "E_MONEY2020_SPEAKERS"),
    Q(IN, ["the very idea of work could be disrupted by a bunch of apps, too"], "the tech industry", "story", "E_TECH_INDUSTRY"),
    Q(IN, ["the quality of the driving, the cars, and the experience has declined over time, which is both inevitable with growth and not surprising given the shrinking pay and incentives"], "Many riders", "tell", "E_RIDESHARE_RIDERS"),
    Q(IN, ["they'll ease your pain"], "The neo-banks", "promised", "E_NEOBANKS"),
]

DOCS["pvmagazine-korea-solar-roadmap"] = [
    Q(IN, ["the $0.06/kWh benchmark of that ambition had been achieved three years early"], "the Department of Energy", "announced", "E_US_DOE"),
    Q(IN, ["the South Korean solar module industry had an annual production capacity of around 8.69 GW at the end of 2017"], "the International Energy Agency's Photovoltaic Power Systems Program", "stated", "E_IEA_PVPS"),
    Q(IN, ["A further 17 manufacturers", "had production operations ranging from 30-600 MW"], "the report", "according to", "E_IEA_PVPS"),
    Q(IN, ["newly installed capacity for the first seven months of the year reached 1.64 GW and Seoul plans to install 30.8 GW of solar by 2030"], "MOTIE", "According to", "E_MOTIE"),
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
    print(f"annotator-a (more3 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
