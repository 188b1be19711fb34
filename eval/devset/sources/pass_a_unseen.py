"""Pass 1 (annotator-a) on the 10 held-back articles of articles3.jsonl (split ``unseen``): quotes as strings.

Written in session 5 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  pass_a.py adds these specs to its DOCS; their speakers are ENTITIES_UNSEEN.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import Q

D, IN, M = "direct", "indirect", "mixed"

ENTITIES_UNSEEN: dict[str, tuple[str, list[str], str]] = {
    # crn-apple-enterprise
    "E_TIM_COOK": ("Tim Cook", ["Tim Cook", "CEO Tim Cook", "Cook"], "person"),
    "E_MARC_BENIOFF": ("Marc Benioff", ["Marc Benioff", "Benioff"], "person"),
    "E_APPLE": ("Apple", ["Apple"], "organization"),
    # thehill-omar-threat
    "E_US_ATTORNEY_WDNY": (
        "U.S. Attorney's Office for the Western District of New York",
        ["U.S. Attorney’s Office for the Western District of New York"],
        "organization",
    ),
    "E_JAMES_KENNEDY": ("James Kennedy Jr.", ["James Kennedy Jr.", "U.S. Attorney James Kennedy Jr."], "person"),
    "E_SONYA_ZOGHLIN": ("Sonya A. Zoghlin", ["Sonya A. Zoghlin"], "person"),
    "E_ALEXANDRIA_OCASIO_CORTEZ": (
        "Alexandria Ocasio-Cortez",
        ["Alexandria Ocasio-Cortez", "Rep. Alexandria Ocasio-Cortez"],
        "person",
    ),  # pass 2
    "E_PATRICK_CARLINEO": ("Patrick Carlineo Jr.", ["Patrick Carlineo Jr.", "Carlineo"], "person"),
    "E_ILHAN_OMAR": ("Ilhan Omar", ["Ilhan Omar", "Rep. Ilhan Omar", "Omar"], "person"),
    # ctpost-deval-patrick
    "E_DEVAL_PATRICK": ("Deval Patrick", ["Deval Patrick", "Patrick"], "person"),
    "E_EYAMBA_SOWERS": ("Eyamba Sowers", ["Eyamba Sowers", "Sowers"], "person"),
    "E_BETH_RUFFIN": ("Beth Ruffin", ["Beth Ruffin", "Ruffin"], "person"),
    # timesunion-pge-shutoff
    "E_PGE": ("Pacific Gas & Electric Co.", ["Pacific Gas & Electric Co.", "PG&E"], "organization"),
    "E_PGE_OFFICIALS": ("PG&E officials", [], "other"),
    "E_SCOTT_STRENFEL": ("Scott Strenfel", ["Scott Strenfel"], "person"),
    "E_MARK_QUINLAN": ("Mark Quinlan", ["Mark Quinlan"], "person"),
    "E_PGE_CRITICS": ("local officials and customers (critics of PG&E's October outage)", [], "other"),
    "E_ANDY_VESEY": ("Andy Vesey", ["Andy Vesey", "CEO Andy Vesey"], "person"),
    "E_MARYBEL_BATJER": ("Marybel Batjer", ["Marybel Batjer", "CPUC President Marybel Batjer"], "person"),
    "E_RURAL_COUNTIES_GROUP": ("a group representing rural counties in California", [], "organization"),
    "E_CONSUMER_ADVOCATES": ("consumer advocates (California outages)", [], "other"),
    "E_CAL_OES": (
        "California Governor's Office of Emergency Services",
        ["California Governor's Office of Emergency Services"],
        "organization",
    ),
    "E_CPUC": ("California Public Utilities Commission", ["California Public Utilities Commission", "CPUC"], "organization"),
    "E_CAL_BUSINESSES_RESIDENTS": ("businesses and residents (PG&E outages)", [], "other"),
    # mysa-lebron-lakers
    "E_LEBRON_JAMES": ("LeBron James", ["LeBron James", "James", "LeBron"], "person"),
    "E_ANTHONY_DAVIS": ("Anthony Davis", ["Anthony Davis", "Davis"], "person"),
    "E_FRANK_VOGEL": ("Frank Vogel", ["Frank Vogel", "Vogel"], "person"),
    "E_DENNIS_SCHRODER": ("Dennis Schröder", ["Dennis Schröder", "Schröder"], "person"),
    "E_BILLY_DONOVAN": ("Billy Donovan", ["Billy Donovan", "Oklahoma City coach Billy Donovan"], "person"),
    # smithsonian-china-plague
    "E_CHINA_OFFICIALS": ("Chinese officials (plague cases)", [], "other"),
    "E_BEIJING_AUTHORITIES": ("authorities in Beijing", [], "other"),
    "E_WHO": ("World Health Organization", ["WHO", "the WHO"], "organization"),
    "E_CHINA_CDC": (
        "Chinese Center for Disease Control and Prevention",
        ["Chinese Center for Disease Control and Prevention", "Chinese CDC"],
        "organization",
    ),
    "E_SUI_LEE_WEE": ("Sui-Lee Wee", ["Sui-Lee Wee", "Wee"], "person"),
    "E_ALEX_HORTON": ("Alex Horton", ["Alex Horton"], "person"),
    "E_AP": ("The Associated Press", ["The Associated Press", "Associated Press"], "organization"),
    "E_INNER_MONGOLIA_HEALTH": ("Inner Mongolia health commission", ["Inner Mongolia health commission"], "organization"),
    "E_REUTERS": ("Reuters", ["Reuters"], "organization"),
    "E_CHINESE_PUBLIC": ("many in the Chinese public", [], "other"),
    "E_LI_JIFENG": ("Li Jifeng", ["Li Jifeng", "Li"], "person"),
    "E_CHINA_CENSORS": ("censors (China)", [], "other"),
    "E_WEIBO_COMMENTER": ("one Weibo commenter", [], "person"),
    "E_BEIJING_OFFICIALS_2003": ("Beijing officials (SARS, 2003)", [], "other"),
    # newsweek-cannabis-disorder
    "E_JAMA_CANNABIS_AUTHORS": ("the authors of the JAMA Psychiatry cannabis study", [], "other"),
    "E_CANNABIS_SURVEY_RESPONDENTS": ("respondents aged 26 or older (National Survey on Drug Use and Health)", [], "other"),  # pass 2
    "E_SILVIA_MARTINS": (
        "Silvia S. Martins",
        ["Silvia S. Martins", "Dr. Silvia S. Martins", "Senior author Dr. Silvia S. Martins", "Martins"],
        "person",
    ),
    "E_IAN_HAMILTON": ("Ian Hamilton", ["Ian Hamilton", "Hamilton"], "person"),
    # bbc-taylor-swift-label
    "E_BIG_MACHINE": ("Big Machine", ["Big Machine"], "organization"),
    "E_TAYLOR_SWIFT": ("Taylor Swift", ["Taylor Swift", "Swift"], "person"),
    "E_SCOOTER_BRAUN": ("Scooter Braun", ["Scooter Braun", "Braun"], "person"),
    "E_DICK_CLARK_PRODUCTIONS": ("Dick Clark Productions", ["Dick Clark Productions"], "organization"),
    # therealdeal-wework-layoffs
    "E_MARCELO_CLAURE": ("Marcelo Claure", ["Marcelo Claure", "Claure", "chairman Marcelo Claure"], "person"),
    "E_WEWORK_SOURCE": ("a person familiar with the matter (WeWork layoffs)", [], "person"),
    "E_WEWORK_SOURCES": ("multiple people familiar with the matter (WeWork layoffs)", [], "other"),
    "E_WEWORKERS_COALITION": ("WeWorkers Coalition", ["WeWorkers Coalition"], "organization"),
    # cbssports-browns-rudolph
    "E_SHELDON_RICHARDSON": ("Sheldon Richardson", ["Sheldon Richardson", "Browns DL Sheldon Richardson", "Richardson"], "person"),
    "E_JASON_LA_CANFORA": ("Jason La Canfora", ["Jason La Canfora", "CBS Sports NFL Insider Jason La Canfora"], "person"),
    "E_PUNISHMENT_BACKERS": ("those in favor of punishing Mason Rudolph", [], "other"),
    "E_RUDOLPH_SUPPORTERS": ("Mason Rudolph's supporters", [], "other"),
    "E_CAM_HEYWARD": ("Cam Heyward", ["Cam Heyward", "Heyward", "Steelers defensive captain Cam Heyward"], "person"),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["crn-apple-enterprise"] = [
    Q(M, ['Apple was "pulled into the enterprise,"'], "CEO Tim Cook", "said", "E_TIM_COOK"),
    Q(IN, ["After the first iPhones shipped, people began using them for business, forcing the consumer computing giant to adapt quickly"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Customers "began to say we want you to do this and that,"'], "Cook", "told", "E_TIM_COOK"),
    Q(D, ["We really took that challenge to heart,"], "he", "said", "E_TIM_COOK"),
    Q(M, ['While some people carry two phones, and "we love you for that,"', "most do their personal and professional tasks on the same device"], "Cook", "said", "E_TIM_COOK"),
    Q(IN, ["Apple is now in every Fortune 500 company, and eight out of ten companies are writing custom iOS apps"], "Cook", "told", "E_TIM_COOK"),
    Q(IN, ["he's extremely proud of his company's trajectory on that front"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Cook to the Dreamforce audience as "someone who has redefined what it means to be a chief executive officer"—and someone he\'s learned a lot from'], "Benioff", "introduced", "E_MARC_BENIOFF"),
    Q(M, ['Hosting Cook at Dreamforce "is our dream,"'], "Benioff", "said", "E_MARC_BENIOFF"),
    Q(IN, ["he's not Alicia Keys, the singer who surprised the Dreamforce audience a couple hours earlier by closing out Benioff's keynote with a couple songs"], "Cook", "joked", "E_TIM_COOK"),
    Q(IN, ["Apple has had a place in his heart since 1984", "ever since he did an internship at the company"], "Benioff", "said", "E_MARC_BENIOFF"),
    Q(D, ["I run my business on my phone. I have for years. I don't even own a computer anymore and I don't need one,", "You guys have done such a good job."], "he", "told", "E_MARC_BENIOFF"),
    Q(IN, ["the admiration is mutual"], "Cook", "said", "E_TIM_COOK"),
    Q(D, ["I love the way you're constantly taking all the new things and quickly incorporating those, whether its Siri shortcuts, or handoffs,"], "he", "told", "E_TIM_COOK"),
    Q(M, ['Jobs rehearsing there for one event and "going way off script in a way that only he could do, making everyone laugh along the way."'], "Cook", "remembered", "E_TIM_COOK"),
    Q(D, ["I can feel him and his presence when I come here,"], "Cook", "said", "E_TIM_COOK"),
    Q(D, ["We all miss Steve so much,"], "Benioff", "weighed in", "E_MARC_BENIOFF"),
    Q(D, ["since he passed, you've been so true to him and his values."], "Benioff", "telling", "E_MARC_BENIOFF"),
    Q(D, ["a fundamental human right"], "Apple", "views", "E_APPLE"),
    Q(IN, ["Another is stewardship of the Earth"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Apple employs about 450 Dreamers, and he sees "first hand their love of their country and commitment to it."'], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Privacy, like environmental sustainability, are not "bolt-on things,"', 'but instead "embedded in who we are."'], "Cook", "said", "E_TIM_COOK"),
]

DOCS["thehill-omar-threat"] = [
    Q(IN, ["A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.)"], "the U.S. Attorney's Office for the Western District of New York", "announced", "E_US_ATTORNEY_WDNY"),
    Q(IN, ["His sentencing is scheduled for Feb. 14"], "the office release", "according to", "E_US_ATTORNEY_WDNY"),
    Q(M, ['this case demonstrates that free speech does not protect people to "make threats to harm lawmakers simply because they may disagree with them."'], "U.S. Attorney James Kennedy Jr.", "said", "E_JAMES_KENNEDY"),
    Q(IN, ["her client did not intend to cause harm to Omar and did not make plans to do so"], "Sonya A. Zoghlin", "told", "E_SONYA_ZOGHLIN"),
    Q(D, ["Pat Carlineo is passionate about his political beliefs and his right to express them,", "He has taken responsibility for using threatening and inappropriate language to express those beliefs in this instance."], "she", "said", "E_SONYA_ZOGHLIN"),
    Q(M, ['he\'d put a "bullet in her f---ing skull."'], "he", "said", "E_PATRICK_CARLINEO"),
    Q(IN, ["he supported Trump and hates radical Muslims in government"], "he", "told", "E_PATRICK_CARLINEO"),
    Q(IN, ["she did not think a severe sentence would be helpful"], "Omar", "saying", "E_ILHAN_OMAR"),
    Q(D, ["We must teach the defendant love."], "She", "added", "E_ILHAN_OMAR"),
    Q(D, ["But we must ask: who are we as a nation if we respond to threats of political retribution with retribution ourselves?", "The answer to hate is not more hate; it is compassion."], "she", "wrote", "E_ILHAN_OMAR"),
]

DOCS["ctpost-deval-patrick"] = [
    Q(D, ["Don't mind me!"], "he", "told", "E_DEVAL_PATRICK"),
    Q(D, ["I'm running for president because those values of community, that we have a stake in each other and of generational responsibility, I think, are frayed in the country,", "I come in humbly. ... I want to be a listener."], "Patrick", "said", "E_DEVAL_PATRICK"),
    Q(IN, ["voters are just now beginning to tune in, with the first votes less than 100 days away"], "Patrick", "Arguing", "E_DEVAL_PATRICK"),
    Q(IN, ["he will have visibility when the populace is really paying attention"], "Patrick", "said", "E_DEVAL_PATRICK"),
    Q(IN, ["she related to him as someone who was also raised in a single-parent home, and she was impressed with his status as the country's second elected black governor"], "The real estate agent", "said", "E_EYAMBA_SOWERS"),
    Q(D, ["He has me thinking now,"], "Sowers", "said", "E_EYAMBA_SOWERS"),
    Q(IN, ["if Patrick can get his message out, he's someone voters could see defeating President Donald Trump in 2020 — her top priority"], "She", "said", "E_EYAMBA_SOWERS"),
    Q(IN, ["she didn't know much about Patrick before Tuesday's event, but he left her intrigued and wanting to learn more"], "Beth Ruffin", "said", "E_BETH_RUFFIN"),
    Q(D, ["It sounded like strong black women raised him,", "I want to see how he translates that into policy."], "Ruffin", "said", "E_BETH_RUFFIN"),
]

DOCS["timesunion-pge-shutoff"] = [
    Q(IN, ["A virtually rainless fall has left brush bone-dry and forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph), which might fling tree branches or other debris into power lines, causing sparks that could set catastrophic fires in the region"], "PG&E officials", "said", "E_PGE_OFFICIALS"),
    Q(IN, ["One Napa County reporting station hasn't seen a measurable drop of rain since mid-September — the first time that's happened since 1905"], "Scott Strenfel", "said", "E_SCOTT_STRENFEL"),
    Q(IN, ["The northern Sierra Nevada has seen a fraction of an inch of rain in the past two months instead of the usual 5 inches (127 millimeters)"], "he", "said", "E_SCOTT_STRENFEL"),
    Q(D, ["This lack of rain is keeping the threat of fire very real, this late in the season, in many areas,"], "Scott Strenfel", "said", "E_SCOTT_STRENFEL"),
    Q(IN, ["The weather should ease by Thursday morning, allowing PG&E to begin restoring power"], "Mark Quinlan", "said", "E_MARK_QUINLAN"),
    Q(IN, ["it will closely monitor the weather and could further reduce that number if it improves"], "The utility", "said", "E_PGE"),
    Q(IN, ["the utility of overkill and using blackouts as a crutch because it failed to harden its equipment to withstand fire weather"], "local officials and customers", "accused", "E_PGE_CRITICS"),
    Q(M, ['The outages have been "terribly disruptive" and PG&E is taking steps to avoid them in the future but at the moment, "we won\'t roll the dice on public safety,"'], "company CEO Andy Vesey", "said", "E_ANDY_VESEY"),
    Q(D, ["lack of service is not a mere inconvenience— it endangers lives."], "CPUC President Marybel Batjer", "said", "E_MARYBEL_BATJER"),
    Q(IN, ["residents do not have the luxury of failed internet or cellphone connections during a wildfire or other disaster"], "She", "said", "E_MARYBEL_BATJER"),
    Q(IN, ["More than 450,000 people were without communication"], "a group representing rural counties in California", "according to", "E_RURAL_COUNTIES_GROUP"),
    Q(IN, ["the PUC to establish backup power requirements and make the companies provide detailed information about the location of outages"], "Consumer advocates", "urging", "E_CONSUMER_ADVOCATES"),
    Q(M, ['their level of engagement was "unacceptable" at a time when redundant infrastructure is necessary'], "The California Governor's Office of Emergency Services", "said", "E_CAL_OES"),
    Q(IN, ["they failed to share detailed information in real time"], "The utilities commission", "saying", "E_CPUC"),
    Q(IN, ["the outages were overly broad and carried out thoughtlessly"], "Businesses and residents", "say", "E_CAL_BUSINESSES_RESIDENTS"),
]

DOCS["mysa-lebron-lakers"] = [
    Q(D, ["Coach (Frank) Vogel came in here and said, 'Congratulations,' and I thought he was joking about my seven turnovers,", "I really don't know what to think about it. I just think it's a pretty cool stat to know, and I'm glad it happened in a win."], "James", "said", "E_LEBRON_JAMES"),
    Q(D, ["Amazing,", "To be able to do that against every team is something special. I mean, (it's) trippy that he's been playing for a long time, so it was a matter of time before it happened, but just a tribute to all his hard work."], "Davis", "said", "E_ANTHONY_DAVIS"),
    Q(D, ["He's just playing terrific basketball,", "For him to be doing what he's doing in his 17th year is just nothing short of remarkable. There's no reason to believe he can't sustain that for the rest of the season and help us make a real strong playoff push."], "Vogel", "said", "E_FRANK_VOGEL"),
    Q(D, ["That's why (James) is considered probably the best of all time, but I think we did a great job on him,", "They obviously hit some tough shots."], "Schröder", "said", "E_DENNIS_SCHRODER"),
    Q(D, ["There's a lot of things we did well in there,", "But, you know, we came up short in all these games. I think the one sign you can point to is both teams, the Clippers and the Lakers, are really, really good teams, so we're competing well at a high level. But we've just got to do more in order to be able to finish and close out games."], "Oklahoma City coach Billy Donovan", "said", "E_BILLY_DONOVAN"),
    Q(IN, ["he was available if necessary"], "Vogel", "said", "E_FRANK_VOGEL"),
]

DOCS["smithsonian-china-plague"] = [
    Q(IN, ["the risk of an outbreak is low"], "officials", "say", "E_CHINA_OFFICIALS"),
    Q(IN, ["two infected individuals sought treatment at a hospital in the capital"], "authorities in Beijing", "announced", "E_BEIJING_AUTHORITIES"),
    Q(IN, ["Yersinia pestis", "is often found in small mammals and their fleas"], "the WHO", "per", "E_WHO", at="Yersinia pestis, per"),
    Q(IN, ["it had conducted epidemiological investigations on people who might have been exposed to the patients"], "the Chinese Center for Disease Control and Prevention", "said", "E_CHINA_CDC"),
    Q(M, ['All "relevant sites" were also disinfected'], "Wee", "reports", "E_SUI_LEE_WEE"),
    Q(M, ['the risks of transmission were "extremely low."'], "The CDC", "assured", "E_CHINA_CDC"),
    Q(IN, ["He had", "killed and eaten a wild rabbit before he was taken to a hospital around 185 miles northwest of Beijing"], "Alex Horton", "according to", "E_ALEX_HORTON"),
    Q(IN, ["28 people who came into contact with the patient were quarantined, and displayed no symptoms of plague—like the sudden onset of fever, body aches, vomiting and nausea"], "The Associated Press", "reports", "E_AP"),
    Q(IN, ["As yet, there is no epidemiological evidence linking the third plague case to the earlier two"], "the Inner Mongolia health commission", "said", "E_INNER_MONGOLIA_HEALTH"),
    Q(IN, ["there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths"], "WHO", "According to", "E_WHO"),
    Q(IN, ["China has experienced a small smattering of plague infections in recent years—26 cases and 11 deaths between 2009 and 2018"], "Reuters", "reports", "E_REUTERS"),
    Q(IN, ["officials are minimizing or even restricting information about the cases"], "many", "voiced", "E_CHINESE_PUBLIC"),
    Q(IN, ["the couple had been transported to the facility on November 3—nine days before an announcement was made"], "Li Jifeng", "wrote", "E_LI_JIFENG"),
    Q(M, ['plague cases need to be carefully investigated and verified, and announcements about them cannot be "transmitted casually."'], "Li", "explained", "E_LI_JIFENG"),
    Q(M, ['digital news aggregators to "block and control" discussions pertaining the news about the plague'], "censors", "instructed", "E_CHINA_CENSORS"),
    Q(D, ["Don't hide things like this,", "Let's face whatever it is together."], "one Weibo commenter", "said", "E_WEIBO_COMMENTER"),
    Q(IN, ["the city had experienced 10 times as many cases as they had initially reported"], "Beijing officials", "admitted", "E_BEIJING_OFFICIALS_2003"),
    Q(M, ['In the wake of that outbreak, China "vastly improved its detection and management of infectious diseases,"'], "the Associated Press", "writes", "E_AP"),
    Q(M, ['there is "no need" for Beijing residents to worry about the risk of plague infection'], "the Chinese CDC", "said", "E_CHINA_CDC"),
    Q(IN, ["remote regions of the country—like Yunnan and the Qinghai-Tibet plateau—are vulnerable to outbreaks"], "it", "acknowledged", "E_CHINA_CDC"),
    Q(IN, ["people to stay away from infected areas, and to avoid contact with rodents"], "Officials", "warned", "E_CHINA_OFFICIALS"),
]

DOCS["newsweek-cannabis-disorder"] = [
    Q(IN, ["Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized, including among children and teenagers"], "a study", "according to", "E_JAMA_CANNABIS_AUTHORS"),
    Q(M, ['while the policies have provided "important social benefits, particularly around issues of equity in criminal justice," the climb in conditions like cannabis use disorder are "a potential public health concern."'], "The authors of the research published in the journal JAMA Psychiatry", "argued", "E_JAMA_CANNABIS_AUTHORS"),
    Q(M, ['The number of respondents aged between 12 to 17-years-old who had cannabis use disorder rose "slightly" by 25 percent compared with those in the same group in other states, from 2.18 percent to 2.72 percent'], "the authors", "wrote", "E_JAMA_CANNABIS_AUTHORS"),
    Q(IN, ["Using weed occasionally is not thought to cause substantial problems"], "the authors", "said", "E_JAMA_CANNABIS_AUTHORS"),
    Q(IN, ["long-term, heavy use is linked to physical and psychological problems, as well as lower educational attainment, decline in social class, unemployment, and motor vehicle crashes"], "they", "wrote", "E_JAMA_CANNABIS_AUTHORS"),
    Q(D, ["Cannabis use disorder in adolescence is associated with long-term adverse health, economic and social consequences.»"], "Senior author Dr. Silvia S. Martins", "commented", "E_SILVIA_MARTINS"),
    Q(D, ["Given our findings on problematic use across age groups, legalization efforts should coincide with prevention and treatment. The general public should be informed about both benefits and potential harms of marijuana products to make informed decisions,"], "Martins", "said", "E_SILVIA_MARTINS"),
    Q(D, ["Although the researchers found that regular use increased by only a few percent»"], "Ian Hamilton", "told", "E_IAN_HAMILTON"),
    Q(IN, ["it is difficult to draw firm conclusions from observational studies such as this one"], "he", "pointed out", "E_IAN_HAMILTON"),
    Q(M, ['The researchers weren\'t, for instance, able to collect any data about the strength or potency of the cannabis used, "so it might be that some people were using low potency cannabis frequently which wouldn\'t create the same degree of risk as those using high potency cannabis regularly,"'], "Hamilton", "argued", "E_IAN_HAMILTON"),
    Q(IN, ["people to be cautious of believing assertions made by suppliers and manufacturers related to cannabis, such as unevidenced claims about health benefits, and even basic information on strength"], "Hamilton", "urged", "E_IAN_HAMILTON"),
    Q(D, ["Although cannabis is less harmful than many other drugs it is not completely risk free»"], "Hamilton", "said", "E_IAN_HAMILTON"),
    Q(M, ['the results also don\'t mean cannabis shouldn\'t be legalized, rather "that for the small proportion of users who develop problems support services need to be adequately funded and available, something other states and countries should factor in when thinking of changing their cannabis policies."'], "he", "said", "E_IAN_HAMILTON"),
]

DOCS["bbc-taylor-swift-label"] = [
    Q(IN, ["she will be allowed to play her old tracks at the American Music Awards on Sunday"], "Big Machine", "says", "E_BIG_MACHINE"),
    Q(IN, ["them of trying to stop her performing her back catalogue"], "Swift", "accusing", "E_TAYLOR_SWIFT"),
    Q(IN, ["she didn't need their permission in the first place"], "the company", "says", "E_BIG_MACHINE"),
    Q(M, ['this as the "worst case scenario"'], "she", "described", "E_TAYLOR_SWIFT"),
    Q(M, ['him of years of "incessant, manipulative bullying"'], "she", "accused", "E_TAYLOR_SWIFT"),
    Q(IN, ["being unfair to her"], "He", "denied", "E_SCOOTER_BRAUN"),
    Q(IN, ["Big Machine of trying to stop her performing tracks from her first six albums at the AMAs"], "Taylor Swift", "accusing", "E_TAYLOR_SWIFT"),
    Q(IN, ["the label thought the performance would amount to a re-recording"], "She", "claimed", "E_TAYLOR_SWIFT"),
    Q(D, ["I just want to be able to perform my own music,"], "she", "said", "E_TAYLOR_SWIFT"),
    Q(D, ["That's it. I've tried to work this out privately through my team but have not been able to resolve anything."], None, None, "E_TAYLOR_SWIFT"),
    Q(IN, ["Big Machine of holding back permission to use any music in an upcoming Netflix documentary about her life"], "She", "accused", "E_TAYLOR_SWIFT"),
    Q(IN, ["doing anything wrong"], "Big Machine", "denied", "E_BIG_MACHINE"),
    Q(D, ["At no point did we say Taylor could not perform on the AMAs or block her Netflix special,"], "they", "said", "E_BIG_MACHINE"),
    Q(D, ["In fact, we do not have the right to keep her from performing live anywhere."], None, None, "E_BIG_MACHINE"),
    Q(D, ["[We] have agreed to grant all licenses of [our] artists' performances to stream post show and for re-broadcast on mutually agreed platforms,"], "it", "says", "E_BIG_MACHINE"),
    Q(D, ["It should be noted that recording artists do not need label approval for live performances on television or any other live event."], None, None, "E_BIG_MACHINE"),
    Q(IN, ["anything has been definitely sorted"], "Dick Clark Productions", "denies", "E_DICK_CLARK_PRODUCTIONS"),
    Q(D, ["Any final agreement on this matter needs to be made directly with Taylor Swift's management team. We have no further comment,"], "they", "said", "E_DICK_CLARK_PRODUCTIONS"),
]

DOCS["therealdeal-wework-layoffs"] = [
    Q(IN, ["layoffs will begin this week in the U.S., and that a planned all-hands meeting will be postponed from Tuesday to Friday, where Claure will present the company's five-year plan"], "chairman Marcelo Claure", "told", "E_MARCELO_CLAURE"),
    Q(D, ["In the areas of the business that do not directly support our core business goals, we have to make some necessary job eliminations,", "We are going to eliminate and scale back certain functions and responsibilities, which will increase efficiency and also accountability."], "Claure", "said", "E_MARCELO_CLAURE"),
    Q(IN, ["employees in the legal and human resources departments will begin receiving notice Monday"], "A person familiar with the matter", "told", "E_WEWORK_SOURCE"),
    Q(IN, ["more than 4,000 people are expected to receive notice in the coming weeks"], "multiple people familiar with the matter", "according to", "E_WEWORK_SOURCES"),
    Q(IN, ["Those include 1,000 maintenance workers who have been informed that their employment will be terminated on Dec. 9"], "a group of employees", "according to", "E_WEWORKERS_COALITION", keep_point=False),
    Q(M, ['they "don\'t want to be defined by the scandals, the corruption and the greed exhibited by the company\'s leadership."'], "WeWorkers Coalition", "stating", "E_WEWORKERS_COALITION"),
    Q(IN, ["WeWork had reached an agreement with JLL to accept close to 1,000 maintenance and cleaning workers, many of whom would then be contracted to work in WeWork buildings"], "The group", "announced", "E_WEWORKERS_COALITION"),
    Q(IN, ["employees were told by WeWork to sign the terms of the contract by Monday, otherwise it would consider their resignations voluntary"], "the group", "said", "E_WEWORKERS_COALITION"),
    Q(IN, ["the contract has confused employees with pay discrepancies"], "The group", "said", "E_WEWORKERS_COALITION"),
    Q(M, ['WeWork "is not following through on its promise to treat employees with \'dignity and respect\' during this restructuring process."'], "the group", "added", "E_WEWORKERS_COALITION"),
]

DOCS["cbssports-browns-rudolph"] = [
    Q(IN, ["Rudolph should be disciplined by the league for his role in the fight"], "Browns DL Sheldon Richardson", "saying", "E_SHELDON_RICHARDSON"),
    Q(M, ['Rudolph "can\'t antagonize a fight and then claim bullying. … You get what\'s coming to you. He was protecting himself. I don\'t blame him. Guy keeps rushing me, even with the helmet off, he\'s asking for it. Just leave it at that."'], "Richardson", "said", "E_SHELDON_RICHARDSON"),
    Q(IN, ["the NFL will fine Rudolph for his role in the fight"], "CBS Sports NFL Insider Jason La Canfora", "reported", "E_JASON_LA_CANFORA"),
    Q(IN, ["Rudolph instigated the fight by igniting the altercation with Garrett when the two were on the ground"], "Those in favor of punishment", "said", "E_PUNISHMENT_BACKERS"),
    Q(IN, ["Rudolph had no choice but to act after Garrett remained on top of him well after Rudolph had thrown the ball to running back Trey Edmunds"], "Rudolph's supporters", "stated", "E_RUDOLPH_SUPPORTERS"),
    Q(IN, ["he is more focused on helping the Steelers right the ship after seeing their four-game winning streak come to an end"], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(D, ["The most important thing is we lost that game,", "I know it got overshadowed by a lot of things, but as a defense, we didn't play well. We were on the field too much. That's our fault. They drove the ball and had a lot of success. You've got to learn from that. I'm not going to hide away from that."], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(IN, ["he is already looking forward to facing the Browns again"], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(D, ["I like the fact that we lost to them, so we get another shot to play them. I don't care who we lose to, if they're in our division, we get our shot [again],", "We've got to right the ship. I know we get them at home, and we're thinking we have this great aura at Heinz Field, but we've got to put in the work. Only way that game means anything is if we win this game, so our focus has got to be on Cincinnati right now."], "Heyward", "said", "E_CAM_HEYWARD"),
]
# fmt: on
