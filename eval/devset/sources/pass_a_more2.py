"""Pass 1 (annotator-a) on the 12 dev articles of articles5.jsonl (session 7): quotes as strings.

Written in session 7 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  pass_a.py adds these specs to its DOCS; their speakers are ENTITIES_MORE2
(Donald Trump, Stephanie Grisham and the White House are the people of session 6 and keep its ids).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import Q

D, IN, M = "direct", "indirect", "mixed"

# ids already registered for the same speakers (session 6's deccanherald-impeachment-grisham)
REUSED = {"E_DONALD_TRUMP", "E_STEPHANIE_GRISHAM", "E_WHITE_HOUSE"}

ENTITIES_MORE2: dict[str, tuple[str, list[str], str]] = {
    # nytimes-trump-china-trade (E_DONALD_TRUMP)
    "E_TRUMP_TRADE_ADVISERS": ("President Trump's advisers (China trade deal)", [], "other"),
    "E_EXECUTIVES_WORLDWIDE": ("executives across the world (trade war)", [], "other"),
    "E_JOHN_WILLIAMS_NYFED": ("John Williams", ["John Williams"], "person"),
    "E_PEOPLE_FAMILIAR_CHINESE_TRADE_POLICY": ("people familiar with Chinese trade policy", [], "other"),
    "E_ESWAR_PRASAD": ("Eswar Prasad", ["Eswar Prasad", "Prasad"], "person"),
    "E_PHIL_LEVY": ("Phil Levy", ["Phil Levy", "Levy"], "person"),
    "E_ZIPPY_DUVALL": ("Zippy Duvall", ["Zippy Duvall", "Duvall"], "person"),
    "E_WASHINGTON_TRADE_ANALYSTS": ("Washington-based analysts who have done the calculations (farm exports)", [], "other"),
    "E_HE_JIANXIONG": ("He Jianxiong", ["He Jianxiong"], "person"),
    # foxnews-van-der-beek-dwts
    "E_TOM_BERGERON": ("Tom Bergeron", ["Tom Bergeron", "host Tom Bergeron", "Bergeron"], "person"),
    "E_JAMES_VAN_DER_BEEK": ("James Van Der Beek", ["James Van Der Beek", "Van Der Beek"], "person"),
    "E_CARRIE_ANN_INABA": ("Carrie Ann Inaba", ["Carrie Ann Inaba", "judge Inaba", "Inaba"], "person"),
    "E_ALLY_BROOKE": ("Ally Brooke", ["Ally Brooke", "Brooke"], "person"),
    # latimes-disney-plus-mayer
    "E_KEVIN_MAYER": ("Kevin Mayer", ["Kevin Mayer", "Walt Disney Co. executive Kevin Mayer", "Mayer"], "person"),
    "E_DISNEY_PLUS_CUSTOMERS": ("consumers who sought help on Disney+'s launch day (others)", [], "other"),
    # cnn-trump-walter-reed (E_DONALD_TRUMP, E_WHITE_HOUSE, E_STEPHANIE_GRISHAM)
    "E_SANJAY_GUPTA": ("Sanjay Gupta", ["Dr. Sanjay Gupta", "Sanjay Gupta"], "person"),
    "E_RONNY_JACKSON": ("Ronny Jackson", ["Dr. Ronny Jackson", "Ronny Jackson"], "person"),
    "E_CNN_SOURCES_TRUMP_HEALTH": ("sources (Trump's diet and exercise)", [], "other"),
    "E_HOGAN_GIDLEY": ("Hogan Gidley", ["Hogan Gidley"], "person"),
    "E_HAROLD_BORNSTEIN": ("Harold Bornstein", ["Dr. Harold Bornstein", "Harold Bornstein", "Bornstein"], "person"),
    "E_WAPO_FACT_CHECKER": ("The Washington Post's Fact Checker", ["The Washington Post's Fact Checker"], "organization"),
    # sciencealert-titan-map
    "E_ROSALY_LOPES": ("Rosaly Lopes", ["Rosaly Lopes", "Lopes"], "person"),
    "E_ANEZINA_SOLOMONIDOU": ("Anezina Solomonidou", ["Anezina Solomonidou"], "person"),
    "E_MICHAEL_MALASKA": ("Michael Malaska", ["Michael Malaska", "Malaska"], "person"),
    # barrons-home-depot
    "E_WALL_STREET_ANALYSTS": ("Wall Street (analysts)", ["Wall Street"], "other"),
    "E_HOME_DEPOT_MANAGEMENT": ("Home Depot's management", ["Company management", "Home Depot management"], "organization"),
    "E_CRAIG_MENEAR": ("Craig Menear", ["Craig Menear", "CEO Craig Menear"], "person"),
    "E_JONATHAN_MATUSZEWSKI": ("Jonathan Matuszewski", ["Jonathan Matuszewski", "Matuszewski"], "person"),
    "E_ZACHARY_FADEM": ("Zachary Fadem", ["Zachary Fadem", "Fadem"], "person"),
    # wired-instagram-business
    "E_SOCIAL_MEDIA_COMPANIES": ("social media companies (likes and follower counts)", [], "other"),
    "E_ADAM_MOSSERI": ("Adam Mosseri", ["Adam Mosseri", "Mosseri"], "person"),
    "E_INSTAGRAM": ("Instagram", ["Instagram"], "organization"),
    "E_KYM_LINO": ("Kym Lino", ["Kym Lino", "Lino"], "person"),
    "E_JOSEPH_MINGA": ("Joseph Minga", ["Joseph Minga", "Minga"], "person"),
    "E_WILL_TJERNLUND": ("Will Tjernlund", ["Will Tjernlund"], "person"),
    "E_NBC_NEWS_AND_BLOOMBERG": ("NBC News and Bloomberg", [], "other"),
    "E_WIRED_MOTHER": ("a mother WIRED spoke to (teenagers' business accounts)", [], "person"),
    "E_DAVID_STIER": ("David Stier", ["David Stier", "Stier"], "person"),
    # rt-bolivia-senkata
    "E_BOLIVIA_PUBLIC_DEFENDER": ("Bolivia's public defender's office (Ombudsman Nadia Cruz)", [], "organization"),
    "E_AP_JOURNALIST_SENKATA": ("an Associated Press journalist (Senkata)", [], "person"),
    "E_SENKATA_DOCTOR": ("a doctor on the scene (Senkata)", [], "person"),
    # therepublic-columbus-drug-arrests
    "E_MATT_HARRIS": ("Matt Harris", ["Lt. Matt Harris", "Matt Harris", "Harris"], "person"),
    # usatoday-noem-meth-campaign
    "E_KRISTI_NOEM": ("Kristi Noem", ["Gov. Kristi Noem", "Kristi Noem", "Noem"], "person"),
    "E_SD_FINANCES_WEBSITE": ("South Dakota's state finances website", [], "organization"),
    # albawaba-assange-sweden
    "E_EVA_MARIE_PERSSON": ("Eva-Marie Persson", ["Eva-Marie Persson", "Persson"], "person"),
    "E_US_GOVERNMENT_ASSANGE": ("the United States (its government, Assange case)", ["the United States", "The US"], "organization"),
    "E_COMPLAINANT_LAWYER_SWEDEN": ("a lawyer for the woman in the Swedish case", [], "person"),
    "E_US_JUSTICE_DEPARTMENT": ("the US Justice Department", ["The US Justice Department"], "organization"),
    # deccanherald-china-tariffs (E_DONALD_TRUMP)
    "E_PEOPLE_FAMILIAR_TARIFF_TALKS": ("people familiar with the US-China talks", [], "other"),
    "E_CHINA_COMMERCE_MINISTRY": ("China's commerce ministry", ["China's commerce ministry"], "organization"),
    "E_TWO_PEOPLE_BRIEFED_TALKS": ("two people briefed on the US-China talks", [], "other"),
    "E_DEREK_SCISSORS": ("Derek Scissors", ["Derek Scissors", "Scissors"], "person"),
    "E_WASHINGTON_TRADE_EXPERT": ("a Washington-based trade expert", [], "person"),
    "E_SECOND_PERSON_BRIEFED_CALL": ("a second person briefed on the trade phone call", [], "person"),
    "E_WHITE_HOUSE_ADVISERS": ("White House advisers (China deal)", [], "other"),
    "E_TRADE_EXPERTS": ("trade experts (phase one deal)", [], "other"),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["nytimes-trump-china-trade"] = [
    Q(IN, ["Beijing resume buying around $20 billion in American farm products as part of a trade deal"], "President Trump's advisers", "suggested", "E_TRUMP_TRADE_ADVISERS"),
    Q(IN, ["he pressed his team to more than triple that figure, then trimmed that a little and asked for up to $50 billion in annual purchases"], "he", "said", "E_DONALD_TRUMP"),
    Q(D, ["My people had $20 billion done,", "And I said, 'I want more.' They said, 'The farmers can't handle it.' I said, 'Tell them to buy larger tractors. It's very simple.'"], "Mr. Trump", "recounted", "E_DONALD_TRUMP"),
    Q(M, ['the United States and China had reached a "historic" Phase 1 trade agreement'], "Mr. Trump", "announcement", "E_DONALD_TRUMP"),
    Q(D, ["We're taking in billions of dollars in tariff money from China,", "I like our situation very much. They want to make a deal much more than I do, but we could have a deal."], "Mr. Trump", "said", "E_DONALD_TRUMP"),
    Q(IN, ["they have no choice but to postpone some hiring and investment, make sure any new expansions are not crippled by unforeseen policies, and conserve cash"], "Executives across the world", "say", "E_EXECUTIVES_WORLDWIDE"),
    Q(D, ["It's striking that in almost every corner of the world geopolitical tensions are threatening to put the brakes on growth,", "The uncertainty created by current events is no doubt having a lasting effect on the economic conditions we're experiencing today."], "John Williams", "said", "E_JOHN_WILLIAMS_NYFED"),
    Q(IN, ["he might leave some trading partners behind"], "He", "suggesting", "E_DONALD_TRUMP"),
    Q(IN, ["his approach has created leverage"], "The president", "says", "E_DONALD_TRUMP"),
    Q(IN, ["Mr. Trump's tendency to waver and increase his demands have made China wary of offering concessions, for fear that he will only demand more"], "people familiar with Chinese trade policy", "said", "E_PEOPLE_FAMILIAR_CHINESE_TRADE_POLICY"),
    Q(M, ['the president\'s "mercurial temperament and predilection to undercutting his own negotiating team" had complicated the already challenging task of striking a deal'], "Eswar Prasad", "said", "E_ESWAR_PRASAD"),
    Q(D, ["By hyping up expectations and setting unrealistic goals for the trade talks, Trump makes the prospects for any sort of trade deal with China more uncertain and volatile,"], "he", "said", "E_ESWAR_PRASAD"),
    Q(M, ['a deal signing would take place in United States "farm country,"'], "Mr. Trump", "said", "E_DONALD_TRUMP"),
    Q(IN, ["They fear that Mr. Trump may end up giving fewer concessions than they anticipate, resulting in an embarrassing trip for Mr. Xi"], "people familiar with their thinking", "according to", "E_PEOPLE_FAMILIAR_CHINESE_TRADE_POLICY"),
    Q(IN, ["his tactics will be worth it"], "Mr. Trump", "insist", "E_DONALD_TRUMP"),
    Q(IN, ["he is the only president tough enough to take on China without fear of repercussions and that the United States will be better off"], "Mr. Trump", "saying", "E_DONALD_TRUMP"),
    Q(D, ["It makes for better theater to hold this to the last minute,", "It really doesn't fit well with the world of global supply chains. And we're talking to a lot of businesses who are having difficulty with that."], "Phil Levy", "said", "E_PHIL_LEVY"),
    Q(M, ['farmers faced "near-unprecedented economic uncertainty and hardship" stemming from the escalation of tariffs in China and other key markets'], "Zippy Duvall", "said", "E_ZIPPY_DUVALL"),
    Q(IN, ["Mr. Trump to make a deal as soon as possible"], "He", "urged", "E_ZIPPY_DUVALL"),
    Q(D, ["time is running out for many in agriculture."], "He", "saying", "E_ZIPPY_DUVALL"),
    Q(D, ["than any time in our history, by far"], "Mr. Trump", "requested", "E_DONALD_TRUMP"),
    Q(IN, ["they have difficulty figuring out how the United States could increase its agricultural exports to China to much more than $30 billion a year, without diverting trade from elsewhere"], "Washington-based analysts who have done the calculations", "say", "E_WASHINGTON_TRADE_ANALYSTS"),
    Q(D, ["Without rolling back some of the tariffs, or reducing the uncertainty of not raising additional tariffs, then I would ask what is the additional incentive of implementing this deal on the Chinese part?"], "He Jianxiong", "said", "E_HE_JIANXIONG"),
]

DOCS["foxnews-van-der-beek-dwts"] = [
    Q(D, ["hardest judge's verdict so far this season."], "host Tom Bergeron", "described", "E_TOM_BERGERON"),
    Q(IN, ["his wife, Kimberly, had suffered a miscarriage over the weekend"], "Van Der Beek", "announcement", "E_JAMES_VAN_DER_BEEK"),
    Q(M, ['he and Kimberly experienced every parent\'s "worst nightmare."'], "Van Der Beek", "noting", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["My wife Kimberly and I went through every expecting parent's worst nightmare. We lost the baby,", "The little soul that we had expected to welcome into our family took a shortcut to whatever lies beyond."], "Van Der Beek", "said", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["You never know why these things happen, that's what I've been telling my kids. All you know is that it brings you closer together, it breaks you open, it opens your heart, it deepens your appreciation,", "It makes you more human."], "the actor", "said", "E_JAMES_VAN_DER_BEEK"),
    Q(IN, ["Kimberly was expecting"], "Van Der Beek", "announced", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["Hearing the heartbeat was something we never take for granted,"], 'the "Pose" actor', "said", "E_JAMES_VAN_DER_BEEK"),
    Q(M, ['there should be "zero shame" involved'], "Van Der Beek", "noted", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["@Vanderkimberly and I have been through\u00bb", "But there needs to be zero shame\u00bb"], None, None, "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["This is not easy. First of all, this is not at all what I expected to see here,"], "judge Inaba", "noted", "E_CARRIE_ANN_INABA"),
    Q(D, ["Can I give it to James?"], "Brooke", "asked", "E_ALLY_BROOKE"),
    Q(M, ['Brooke\'s offer was "a lovely gesture."'], "Bergeron", "noting", "E_TOM_BERGERON"),
]

DOCS["latimes-disney-plus-mayer"] = [
    Q(IN, ["overwhelming demand and a computer-coding glitch led to widespread problems last week when the Burbank entertainment giant launched Disney+"], "Walt Disney Co. executive Kevin Mayer", "said", "E_KEVIN_MAYER"),
    Q(IN, ["being abruptly logged off the service"], "Others", "reported", "E_DISNEY_PLUS_CUSTOMERS"),
    Q(D, ["We had some issues ... we had some customer service issues that didn't make me feel good,"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(M, ["Disney's tech teams isolated the problem", 'and "patched" the software as the company continued to sign up additional subscribers throughout the week'], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(IN, ["the company was pleased with Disney+ retention so far"], "Mayer", "hinted", "E_KEVIN_MAYER"),
    Q(D, ["We've never had demand that we saw that day, and continue to see"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(D, ["We will see the industry shake out a bit,", "Not everyone will succeed."], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(IN, ["it depends on the cost of the service"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(IN, ["he thinks the number will be between four to six services, depending on whether subscribers continue to pay for a traditional bundle of channels"], "he", "said", "E_KEVIN_MAYER"),
    Q(D, ["There will be a time ... when the pay-TV numbers are low enough,", "We want to serve consumers the way they wish to be served."], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(D, ["Operating is a lot different than a strategy role,", "I love what I'm doing."], "Mayer", "said", "E_KEVIN_MAYER"),
]

DOCS["cnn-trump-walter-reed"] = [
    Q(M, ["President Donald Trump", 'made an unscheduled trip to Walter Reed hospital on Saturday for a "quick exam and labs" as the first stage of his annual physical'], "the White House", "according to", "E_WHITE_HOUSE"),
    Q(IN, ["Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years"], "CNN's chief medical correspondent Dr. Sanjay Gupta", "noted", "E_SANJAY_GUPTA"),
    Q(IN, ["the President change his diet and get on a regular exercise regimen"], "Dr. Ronny Jackson", "suggested", "E_RONNY_JACKSON"),
    Q(IN, ["a year later, Trump had made only minor changes to his food intake and exercise habits"], "Sources", "told", "E_CNN_SOURCES_TRUMP_HEALTH"),
    Q(D, ["The President received a diet and exercise plan last year after his annual physical, but the President admits he has not followed it religiously,"], "Hogan Gidley", "said", "E_HOGAN_GIDLEY"),
    Q(IN, ["the trip was simply Trump getting a jump on his annual physical"], "White House press secretary Stephanie Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["His physical strength and stamina are extraordinary,", "If elected, Mr. Trump, I can state unequivocally, will be the healthiest individual ever elected to the presidency."], "Bornstein", "wrote", "E_HAROLD_BORNSTEIN"),
    Q(M, ['Trump "dictated that whole letter. I didn\'t write that letter. I just made it up as I went along."'], "Bornstein", "told", "E_HAROLD_BORNSTEIN"),
    Q(IN, ["Trump has made more than 13,000 false or misleading claims since taking office"], "The Washington Post's Fact Checker", "according to", "E_WAPO_FACT_CHECKER"),
    Q(D, ["We're not going to get into security and movement protocols when it comes to the President, but as my statements said he's in good health and it was a routine checkup as part of his annual physical,", "I've given plenty of on-the-record statements that were truthful and accurate -- actively trying to find and report conspiracy theories really needs to stop."], "Grisham", "told", "E_STEPHANIE_GRISHAM"),
    Q(M, ["Grisham", 'has given "plenty of on-the-record statements that were truthful and accurate."'], "her", "accounting", "E_STEPHANIE_GRISHAM", at="Grisham, by her own accounting"),
]

DOCS["sciencealert-titan-map"] = [
    Q(D, ["Organics are very important for the possibility of life on Titan, which many of us think likely would have evolved in the liquid water ocean under Titan's icy crust,"], "planetary geologist Rosaly Lopes", "said", "E_ROSALY_LOPES"),
    Q(D, ["Organic materials can, we think, penetrate down to the liquid water ocean and this can provide nutrients necessary for life, if it evolved there,"], "Lopes", "added", "E_ROSALY_LOPES"),
    Q(IN, ["Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles"], "study co-author Anezina Solomonidou", "said", "E_ANEZINA_SOLOMONIDOU"),
    Q(D, ["What is really fun to think about is if there are any ways that those more complex organics can go down and mix with water in the deep icy crust or deep subsurface ocean,"], "JPL scientist and study co-author Michael Malaska", "said", "E_MICHAEL_MALASKA"),
    Q(IN, ["on Earth there is a bacterium that can survive just on a hydrocarbon called acetylene and water"], "Malaska", "Noting", "E_MICHAEL_MALASKA"),
    Q(D, ["Could it or something like it live in Titan deep in the crust or ocean where temperatures are a little warmer?"], "Malaska", "asked", "E_MICHAEL_MALASKA"),
    Q(D, ["It is not only scientifically important but also really cool - a drone flying around on Titan,", "It will be really exciting."], "Lopes", "said", "E_ROSALY_LOPES"),
]

DOCS["barrons-home-depot"] = [
    Q(IN, ["its lowered forecast isn't a problem for the overall market"], "Wall Street", "according to", "E_WALL_STREET_ANALYSTS"),
    Q(IN, ["comparable-store sales growth in 2019 will be 3.5%, compared with prior guidance of 4.0%"], "Company management", "said", "E_HOME_DEPOT_MANAGEMENT"),
    Q(D, ["Our third-quarter results reflected broad-based growth across our business, yet sales were below our expectations driven by the timing of certain benefits associated with our One Home Depot strategic investments,", "We are largely on track with these investments and have seen positive results, but some of the benefits anticipated for fiscal 2019 will take longer to realize than our initial assumptions."], "CEO Craig Menear", "said", "E_CRAIG_MENEAR"),
    Q(IN, ["the market is misinterpreting the results"], "Jefferies analyst Jonathan Matuszewski", "said", "E_JONATHAN_MATUSZEWSKI"),
    Q(IN, ["That creates a buying opportunity"], "the analyst", "according to", "E_JONATHAN_MATUSZEWSKI"),
    Q(D, ["Comp sales were light, though operating margins in-line with expectations,", "We interpret lighter [second-half] results to be more tied to timing of returns on strategic investments versus a softer macro picture."], "Matuszewski", "wrote", "E_JONATHAN_MATUSZEWSKI"),
    Q(D, ["While certainly a disappointing result, we note that [the company] faced a [0.6% to 0.7%] hurricane headwind in Q3, lumber remains deeply deflationary and Canada a net headwind,", "Excluding these items, we believe Q3 comps would have been closer to 5%."], "Fadem", "wrote", "E_ZACHARY_FADEM"),
]

DOCS["wired-instagram-business"] = [
    Q(IN, ["the metrics", "had immense value"], "it", "told", "E_SOCIAL_MEDIA_COMPANIES", at="the metrics it once told"),
    Q(M, ['Instagram wants to be "a space that feels much less pressurized."'], "Mosseri", "claim", "E_ADAM_MOSSERI"),
    Q(M, ['There are now 140 million monthly active "businesses" across Facebook\'s various platforms'], "the company", "according to", "E_INSTAGRAM"),
    Q(IN, ["the company notifies people who it thinks could benefit from converting their personal accounts into business ones"], "Kym Lino", "confirmed", "E_KYM_LINO"),
    Q(D, ["We use a machine learning model which predicts likely commercial intent of Instagram accounts to identify potential accounts that may benefit from professional tools like analytics,"], "they", "said", "E_KYM_LINO"),
    Q(D, ["I was stunned just to see how many people visited my profile even without posting for several months,"], "Joseph Minga", "said", "E_JOSEPH_MINGA"),
    Q(D, ["It really made me take a step back and ask what are they looking for on here? and in all seriousness, could I have a cyberstalker?"], None, None, "E_JOSEPH_MINGA"),
    Q(D, ["I was on vacation with my parents in France and posted it on my story. And like, of my 1,000 followers, five swiped away,", "It's like wholesome content, that's normal, and a cool image and background, and someone following me was like nah, not for me dog."], "Will Tjernlund", "said", "E_WILL_TJERNLUND"),
    Q(D, ["Since I have seen some of the extra data, I will question why I lost 14 followers in a week where I did not post anything at all. I don't post as often anymore,", "I think I have some sort of social media stage fright. Seeing that people were forwarding my posts to others via DM made me feel insecure."], "Minga", "said", "E_JOSEPH_MINGA"),
    Q(IN, ["there's a security risk associated with business Instagram accounts, which is particularly hazardous for minors"], "both NBC News and Bloomberg", "reported", "E_NBC_NEWS_AND_BLOOMBERG"),
    Q(D, ["I am so ahead of every other parent of teens I know when it comes to technology,", "I am literally facepalming that my 14-year-old son has a public Instagram account with his phone number on it."], "she", "said", "E_WIRED_MOTHER"),
    Q(D, ["Businesses and creators are clearly informed in the sign-up or conversion flow that the contact information they would like to make public to help people contact them will be displayed,"], "Lino", "said", "E_KYM_LINO"),
    Q(IN, ["he noticed the lines between all three groups on Instagram have blurred"], "Stier", "says", "E_DAVID_STIER"),
    Q(D, ["This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are,"], "he", "says", "E_DAVID_STIER"),
]

DOCS["rt-bolivia-senkata"] = [
    Q(IN, ["another 30 people had been injured in the skirmishes"], "Bolivia's public defender's office", "said", "E_BOLIVIA_PUBLIC_DEFENDER"),
    Q(IN, ["the exact circumstances of the deaths and injuries remained unclear"], "Bolivia's public defender's office", "added", "E_BOLIVIA_PUBLIC_DEFENDER"),
    Q(IN, ["the deaths were caused by gunshot wounds"], "Public Ombudsman Nadia Cruz's office", "said", "E_BOLIVIA_PUBLIC_DEFENDER"),
    Q(M, ['the "interim" government to withdraw military units from all policing operations in order to reduce the violence'], "Public Ombudsman Nadia Cruz's office", "called on", "E_BOLIVIA_PUBLIC_DEFENDER"),
    Q(IN, ["hearing gunfire near the fuel facility in Senkata, which protesters have tried to block over the last five days in an attempt to shut down operations, as well as seeing a military helicopter flying over the plant"], "An Associated Press journalist in the area", "reported", "E_AP_JOURNALIST_SENKATA"),
    Q(IN, ["he tried to save one of the wounded demonstrators, but failed to do so"], "A doctor on the scene", "told", "E_SENKATA_DOCTOR"),
    Q(D, ["It's a shame to see a comrade die in this way, because he died in my hands. Seeing it was a shot in the heart, how sad to see something like that,"], "the doctor", "said", "E_SENKATA_DOCTOR"),
]

DOCS["therepublic-columbus-drug-arrests"] = [
    Q(IN, ["Officers from the Columbus Police Department Intelligence Led Policing Unit conducted a traffic stop near Seventh Street and Central Avenue and later arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine and a controlled substance in her car"], "Lt. Matt Harris", "said", "E_MATT_HARRIS"),
    Q(IN, ["Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges including two local warrants and an out-of-county warrant after stopping his vehicle near 17th Street and Gladstone Avenue"], "Harris", "said", "E_MATT_HARRIS"),
    Q(IN, ["A Bartholomew County Sheriff's Department canine later alerted to the odor of narcotics in Tays' vehicle and while searching the car, officers reportedly located marijuana as well as a Suboxone strip prior to transporting Tays to jail"], "Harris", "said", "E_MATT_HARRIS"),
    Q(IN, ["While speaking to Blair and his passengers, Ryan S. Hollman 31, of Hope and Victor N. Burton, 57, of 3170 W. County Road 600S, a Bartholomew County Sheriff's Department canine was requested and later alerted to the odor of narcotics inside the vehicle"], "Harris", "said", "E_MATT_HARRIS"),
    Q(IN, ["During a search of the garage, investigators reportedly located methamphetamine, heroin, controlled substances, drug paraphernalia, and narcotics packaging material"], "Harris", "said", "E_MATT_HARRIS"),
    Q(IN, ["Officers arrested Christopher D. Battin, 33, who resides at 2134 Caldwell Place"], "Harris", "said", "E_MATT_HARRIS"),
]

DOCS["usatoday-noem-meth-campaign"] = [
    Q(D, ["The mission of the campaign is to raise awareness - to get people talking about how they can be part of the solution and not just the problem,", "It is working."], "Noem", "told", "E_KRISTI_NOEM"),
    Q(M, ['South Dakota\'s meth crisis is "growing at an alarming rate" and affects every community in the state'], "Noem", "said", "E_KRISTI_NOEM"),
    Q(D, ["This is our problem, and together, we need to get on it,"], "Noem", "said", "E_KRISTI_NOEM"),
    Q(M, ['the new campaign a "bold, innovative effort like the nation has never before seen."'], "Noem", "called", "E_KRISTI_NOEM"),
    Q(IN, ["The goal is to reach everyone in the state and educate them on signs of addiction, resources available to fight addiction and strategies to engage communities in recovery"], "Noem", "said", "E_KRISTI_NOEM"),
    Q(IN, ["The state's Department of Social Services paid a Minnesota ad agency just short of $449,000 this fall for their work on the campaign"], "the state's finances website", "according to", "E_SD_FINANCES_WEBSITE"),
    Q(D, ["I am confident South Dakota can lead the country in this effort and demonstrate ways we can aggressively combat addiction and spark opportunities for recovery,"], "Noem", "said", "E_KRISTI_NOEM"),
]

DOCS["albawaba-assange-sweden"] = [
    Q(D, ["After conducting a comprehensive assessment of what has emerged during the course of the preliminary investigation, I then make the assessment that the evidence is not strong enough to form the basis for filing an indictment,"], "Eva-Marie Persson", "said", "E_EVA_MARIE_PERSSON"),
    Q(IN, ["the complainant's evidence had initially been deemed credible and reliable, but after additional investigations, it had been made clear that the oral testimony given in support of the woman had weakened, primarily because a long time had passed and the witnesses' memories had faded for natural reasons"], "Persson", "explained", "E_EVA_MARIE_PERSSON"),
    Q(IN, ["an appeal against the decision could be made to the office of Sweden's attorney general"], "She", "added", "E_EVA_MARIE_PERSSON"),
    Q(IN, ["him of publishing secret documents related to his WikiLeaks work"], "the United States", "accuses", "E_US_GOVERNMENT_ASSANGE"),
    Q(IN, ["the investigation to be resumed"], "a lawyer for the woman involved in the case", "asked for", "E_COMPLAINANT_LAWYER_SWEDEN"),
    Q(IN, ["Assange with espionage by publishing hundreds of thousands of secret military and diplomatic files about the wars in Afghanistan and Iraq"], "The US Justice Department", "charged", "E_US_JUSTICE_DEPARTMENT"),
]

DOCS["deccanherald-china-tariffs"] = [
    Q(IN, ["it may morph into something bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods"], "people familiar with the talks", "say", "E_PEOPLE_FAMILIAR_TARIFF_TALKS"),
    Q(IN, ["removing tariffs imposed during the trade war is an important condition to any deal"], "China's commerce ministry", "said", "E_CHINA_COMMERCE_MINISTRY"),
    Q(IN, ["Trump has decided that rolling back existing tariffs, in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in Chinese consumer goods, requires deeper concessions from China"], "Two people briefed on the talks", "said", "E_TWO_PEOPLE_BRIEFED_TALKS"),
    Q(M, ['"The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October'], "Derek Scissors", "said", "E_DEREK_SCISSORS"),
    Q(IN, ["whether Trump will agree to remove existing tariffs depends largely on whether he believes it will benefit his re-election chances"], "Scissors", "said", "E_DEREK_SCISSORS"),
    Q(IN, ["to achieve the $40-50 billion in annual Chinese purchases of American farm goods touted by Trump in October, he would likely have to eliminate all of the tariffs the US put in place since the trade war started in 2018"], "One Washington-based trade expert", "said", "E_WASHINGTON_TRADE_EXPERT"),
    Q(M, ['Trump and US Trade Representative Robert Lighthizer recognize that making such concessions for a "skinny" trade deal that fails to address core intellectual property and technology transfer issues is not a very good deal for Trump'], "a second person briefed on last weekend's trade phone call", "said", "E_SECOND_PERSON_BRIEFED_CALL"),
    Q(IN, ["Trump is the final decision-maker in the US on any deal, and hasn't committed to any specifics so far"], "White House advisers", "say", "E_WHITE_HOUSE_ADVISERS"),
    Q(M, ['China "is going to have to make a deal that I like. If they don\'t, that\'s it."'], "The president", "said", "E_DONALD_TRUMP"),
    Q(M, ["A 'phase one' trade deal, once expected to be completed within weeks of an October news conference between Trump and Chinese vice-premier Liu He, could now be pushed into next year"], "trade experts", "say", "E_TRADE_EXPERTS"),
]
# fmt: on
