"""Annotation pass annotator-b on the 10 held-back articles (split unseen, sources/articles3.jsonl): quotes, as strings.

Made independently (session 5, the `unseen-passb` session): the annotator read only the texts,
GUIDELINES.md and the card's decisions, not passes a/a2 or the gold of these articles, and ran no
extractor on them.  Offsets come from sources/spans.py (as for pass_b.py and pass_b_new.py); run
from eval/devset:
    python sources/pass_b_unseen.py [-v]
It writes annotations/passes/annotator-b/<doc_id>.json for these articles only (the other 25 come
from pass_b.py and pass_b_new.py), and the entity registry (annotations/entities.json, from
sources/entities.py, as every pass script does).  After the agreement was computed on the blind
pass (commit 972d430), two things changed, neither a quote decision: speaker ids are mapped through
entities_b_unseen.SAME_AS (eleven ids renamed to pass a's for the same speakers), and one content
fragment that occurs twice in its paragraph ("Yersinia pestis") is anchored with `at` to the
occurrence the spec meant (the blind spec matched the earlier one, an offset slip, not a decision).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities import ENTITIES
from entities_b_unseen import SAME_AS
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.store import write_annotation_dir

R = RUN
D, I, M = "direct", "indirect", "mixed"  # noqa: E741

DOCS: dict[str, list[Q]] = {}

# fmt: off

DOCS["crn-apple-enterprise"] = [
    Q(M, ['Apple was "pulled into the enterprise,"'], "CEO Tim Cook", "said", "E_TIM_COOK"),
    Q(I, ["After the first iPhones shipped, people began using them for business, forcing the consumer computing giant to adapt quickly"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Customers "began to say we want you to do this and that,"'], "Cook", "told", "E_TIM_COOK"),
    Q(M, ['which ultimately meant making the "best mobile operating system for enterprise."'], None, None, "E_TIM_COOK"),
    Q(D, ["We really took that challenge to heart,"], "he", "said", "E_TIM_COOK"),
    Q(M, ['While some people carry two phones, and "we love you for that,"', "most do their personal and professional tasks on the same device"], "Cook", "said", "E_TIM_COOK"),
    Q(I, ["Apple is now in every Fortune 500 company, and eight out of ten companies are writing custom iOS apps"], "Cook", "told", "E_TIM_COOK"),
    Q(I, ["he's extremely proud of his company's trajectory on that front"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Cook to the Dreamforce audience as "someone who has redefined what it means to be a chief executive officer"—and someone he\'s learned a lot from'], "Benioff", "introduced", "E_MARC_BENIOFF"),
    Q(M, ['Hosting Cook at Dreamforce "is our dream,"'], "Benioff", "said", "E_MARC_BENIOFF"),
    Q(I, ["he's not Alicia Keys, the singer who surprised the Dreamforce audience a couple hours earlier by closing out Benioff's keynote with a couple songs"], "Cook", "joked", "E_TIM_COOK"),
    Q(I, ["Apple has had a place in his heart since 1984", "ever since he did an internship at the company"], "Benioff", "said", "E_MARC_BENIOFF"),
    Q(D, ["I run my business on my phone." + R, "You guys have done such a good job." + R], "he", "told", "E_MARC_BENIOFF"),
    Q(I, ["the admiration is mutual"], "Cook", "said", "E_TIM_COOK"),
    Q(D, ["I love the way you're constantly" + R], "he", "told", "E_TIM_COOK"),
    Q(M, ['Jobs rehearsing there for one event and "going way off script in a way that only he could do, making everyone laugh along the way."'], "Cook", "remembered", "E_TIM_COOK"),
    Q(D, ["I can feel him and his presence when I come here,"], "Cook", "said", "E_TIM_COOK"),
    Q(D, ["We all miss Steve so much,"], "Benioff", "weighed in", "E_MARC_BENIOFF"),
    Q(D, ["since he passed, you've been so true to him and his values."], "Benioff", "telling", "E_MARC_BENIOFF"),
    Q(D, ["a fundamental human right"], "Apple", "views", "E_APPLE"),
    Q(I, ["Another is stewardship of the Earth"], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Apple employs about 450 Dreamers, and he sees "first hand their love of their country and commitment to it."'], "Cook", "said", "E_TIM_COOK"),
    Q(M, ['Privacy, like environmental sustainability, are not "bolt-on things,"', 'but instead "embedded in who we are."'], "Cook", "said", "E_TIM_COOK"),
]

DOCS["ctpost-deval-patrick"] = [
    Q(D, ["Don't mind me!"], "he", "told", "E_DEVAL_PATRICK"),
    Q(D, ["I'm running for president because" + R, "I come in humbly." + R], "Patrick", "said", "E_DEVAL_PATRICK"),
    Q(I, ["voters are just now beginning to tune in, with the first votes less than 100 days away"], "Patrick", "Arguing", "E_DEVAL_PATRICK"),
    Q(I, ["he will have visibility when the populace is really paying attention"], "Patrick", "said", "E_DEVAL_PATRICK"),
    Q(I, ["she related to him as someone who was also raised in a single-parent home, and she was impressed with his status as the country's second elected black governor"], "The real estate agent", "said", "E_EYAMBA_SOWERS"),
    Q(D, ["He has me thinking now,"], "Sowers", "said", "E_EYAMBA_SOWERS"),
    Q(I, ["if Patrick can get his message out, he's someone voters could see defeating President Donald Trump in 2020 — her top priority"], "She", "said", "E_EYAMBA_SOWERS"),
    Q(I, ["she didn't know much about Patrick before Tuesday's event, but he left her intrigued and wanting to learn more"], "Beth Ruffin", "said", "E_BETH_RUFFIN"),
    Q(D, ["It sounded like strong black women raised him,", "I want to see how he translates that into policy."], "Ruffin", "said", "E_BETH_RUFFIN"),
]

DOCS["mysa-lebron-lakers"] = [
    Q(D, ["Coach (Frank) Vogel came in here" + R, "I really don't know what to think" + R], "James", "said", "E_LEBRON_JAMES"),
    Q(D, ["Amazing,", "To be able to do that against every team" + R], "Davis", "said", "E_ANTHONY_DAVIS"),
    Q(D, ["He's just playing terrific basketball,", "For him to be doing what he's doing" + R], "Vogel", "said", "E_FRANK_VOGEL"),
    Q(D, ["That's why (James) is considered" + R, "They obviously hit some tough shots."], "Schröder", "said", "E_DENNIS_SCHRODER"),
    Q(D, ["There's a lot of things we did well in there,", "But, you know, we came up short" + R], "Oklahoma City coach Billy Donovan", "said", "E_BILLY_DONOVAN"),
    Q(I, ["he was available if necessary"], "Vogel", "said", "E_FRANK_VOGEL"),
]

DOCS["bbc-taylor-swift-label"] = [
    Q(I, ["she will be allowed to play her old tracks at the American Music Awards on Sunday"], "Big Machine", "says", "E_BIG_MACHINE"),
    Q(I, ["them of trying to stop her performing her back catalogue"], "Swift", "accusing", "E_TAYLOR_SWIFT"),
    Q(I, ["she didn't need their permission in the first place"], "the company", "says", "E_BIG_MACHINE"),
    Q(M, ['this as the "worst case scenario"'], "she", "described", "E_TAYLOR_SWIFT"),
    Q(M, ['him of years of "incessant, manipulative bullying"'], "she", "accused", "E_TAYLOR_SWIFT"),
    Q(I, ["being unfair to her"], "He", "denied", "E_SCOOTER_BRAUN"),
    Q(I, ["Big Machine of trying to stop her performing tracks from her first six albums at the AMAs"], "Taylor Swift", "accusing", "E_TAYLOR_SWIFT"),
    Q(I, ["the label thought the performance would amount to a re-recording"], "She", "claimed", "E_TAYLOR_SWIFT"),
    Q(D, ["I just want to be able to perform my own music,"], "she", "said", "E_TAYLOR_SWIFT"),
    Q(D, ["That's it. I've tried to work this out" + R], None, None, "E_TAYLOR_SWIFT"),
    Q(I, ["Big Machine of holding back permission to use any music in an upcoming Netflix documentary about her life"], "She", "accused", "E_TAYLOR_SWIFT"),
    Q(I, ["doing anything wrong"], "Big Machine", "denied", "E_BIG_MACHINE"),
    Q(D, ["At no point did we say" + R], "they", "said", "E_BIG_MACHINE"),
    Q(D, ["In fact, we do not have the right" + R], None, None, "E_BIG_MACHINE"),
    Q(D, ["[We] have agreed to grant" + R], "it", "says", "E_BIG_MACHINE"),
    Q(D, ["It should be noted that recording artists" + R], None, None, "E_BIG_MACHINE"),
    Q(I, ["anything has been definitely sorted"], "Dick Clark Productions", "denies", "E_DICK_CLARK_PRODUCTIONS"),
    Q(D, ["Any final agreement on this matter" + R], "they", "said", "E_DICK_CLARK_PRODUCTIONS"),
]

DOCS["cbssports-browns-rudolph"] = [
    Q(I, ["Rudolph should be disciplined by the league for his role in the fight"], "Browns DL Sheldon Richardson", "saying", "E_SHELDON_RICHARDSON"),
    Q(M, ['Rudolph "can\'t antagonize a fight and then claim bullying. … You get what\'s coming to you. He was protecting himself. I don\'t blame him. Guy keeps rushing me, even with the helmet off, he\'s asking for it. Just leave it at that."'], "Richardson", "said", "E_SHELDON_RICHARDSON"),
    Q(I, ["the NFL will fine Rudolph for his role in the fight"], "CBS Sports NFL Insider Jason La Canfora", "reported", "E_JASON_LA_CANFORA"),
    Q(I, ["Rudolph instigated the fight by igniting the altercation with Garrett when the two were on the ground"], "Those in favor of punishment", "said", "E_PUNISHMENT_SUPPORTERS"),
    Q(I, ["Rudolph had no choice but to act after Garrett remained on top of him well after Rudolph had thrown the ball to running back Trey Edmunds"], "Rudolph's supporters", "stated", "E_RUDOLPH_SUPPORTERS"),
    Q(I, ["the league to suspend Garrett"], "who", "lobbied", "E_CAM_HEYWARD"),
    Q(I, ["he is more focused on helping the Steelers right the ship after seeing their four-game winning streak come to an end"], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(D, ["The most important thing is we lost that game,", "I know it got overshadowed" + R], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(I, ["he is already looking forward to facing the Browns again"], "Heyward", "said", "E_CAM_HEYWARD"),
    Q(D, ["I like the fact that we lost to them" + R, "We've got to right the ship." + R], "Heyward", "said", "E_CAM_HEYWARD"),
]

DOCS["thehill-omar-threat"] = [
    Q(I, ["A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.)"], "the U.S. Attorney's Office for the Western District of New York", "announced", "E_WDNY_US_ATTORNEY_OFFICE"),
    Q(I, ["His sentencing is scheduled for Feb. 14"], "the office release", "according to", "E_WDNY_US_ATTORNEY_OFFICE"),
    Q(M, ['this case demonstrates that free speech does not protect people to "make threats to harm lawmakers simply because they may disagree with them."'], "U.S. Attorney James Kennedy Jr.", "said", "E_JAMES_KENNEDY_JR"),
    Q(I, ["her client did not intend to cause harm to Omar and did not make plans to do so"], "Sonya A. Zoghlin", "told", "E_SONYA_ZOGHLIN"),
    Q(D, ["Pat Carlineo is passionate" + R, "He has taken responsibility" + R], "she", "said", "E_SONYA_ZOGHLIN"),
    Q(M, ['he\'d put a "bullet in her f---ing skull."'], "he", "said", "E_PATRICK_CARLINEO"),
    Q(I, ["he supported Trump and hates radical Muslims in government"], "he", "told", "E_PATRICK_CARLINEO"),
    Q(I, ["the incident to Fox News host Jeanine Pirro's comments on Omar's hijab"], "Rep. Alexandria Ocasio-Cortez", "linked", "E_ALEXANDRIA_OCASIO_CORTEZ"),
    Q(I, ["she did not think a severe sentence would be helpful"], "Omar", "saying", "E_ILHAN_OMAR"),
    Q(D, ["We must teach the defendant love."], "She", "added", "E_ILHAN_OMAR"),
    Q(D, ["But we must ask: who are we as a nation if we respond to threats of political retribution with retribution ourselves?", "The answer to hate is not more hate; it is compassion."], "she", "wrote", "E_ILHAN_OMAR"),
]

DOCS["timesunion-pge-shutoff"] = [
    Q(I, ["A virtually rainless fall has left brush bone-dry and forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph), which might fling tree branches or other debris into power lines, causing sparks that could set catastrophic fires in the region"], "PG&E officials", "said", "E_PGE_OFFICIALS"),
    Q(I, ["One Napa County reporting station hasn't seen a measurable drop of rain since mid-September — the first time that's happened since 1905"], "Scott Strenfel", "said", "E_SCOTT_STRENFEL"),
    Q(I, ["The northern Sierra Nevada has seen a fraction of an inch of rain in the past two months instead of the usual 5 inches (127 millimeters)"], "he", "said", "E_SCOTT_STRENFEL"),
    Q(D, ["This lack of rain is keeping the threat" + R], "Scott Strenfel", "said", "E_SCOTT_STRENFEL"),
    Q(I, ["The weather should ease by Thursday morning, allowing PG&E to begin restoring power"], "Mark Quinlan", "said", "E_MARK_QUINLAN"),
    Q(I, ["it will closely monitor the weather and could further reduce that number if it improves"], "The utility", "said", "E_PGE"),
    Q(I, ["the utility of overkill and using blackouts as a crutch because it failed to harden its equipment to withstand fire weather"], "who", "accused", "E_PGE_CRITICS"),
    Q(M, ['The outages have been "terribly disruptive" and PG&E is taking steps to avoid them in the future but at the moment, "we won\'t roll the dice on public safety,"'], "company CEO Andy Vesey", "said", "E_ANDY_VESEY"),
    Q(D, ["lack of service is not a mere inconvenience— it endangers lives."], "CPUC President Marybel Batjer", "said", "E_MARYBEL_BATJER"),
    Q(I, ["residents do not have the luxury of failed internet or cellphone connections during a wildfire or other disaster"], "She", "said", "E_MARYBEL_BATJER"),
    Q(I, ["More than 450,000 people were without communication"], "a group representing rural counties in California", "according to", "E_RURAL_COUNTIES_GROUP"),
    Q(I, ["the PUC to establish backup power requirements and make the companies provide detailed information about the location of outages"], "Consumer advocates", "urging", "E_CONSUMER_ADVOCATES"),
    Q(M, ['their level of engagement was "unacceptable" at a time when redundant infrastructure is necessary'], "The California Governor's Office of Emergency Services", "said", "E_CAL_OES"),
    Q(I, ["they failed to share detailed information in real time"], "The utilities commission", "saying", "E_CPUC"),
    Q(I, ["the outages were overly broad and carried out thoughtlessly"], "Businesses and residents", "say", "E_BUSINESSES_AND_RESIDENTS"),
]

DOCS["smithsonian-china-plague"] = [
    Q(I, ["the risk of an outbreak is low"], "officials", "say", "E_CHINESE_OFFICIALS"),
    Q(I, ["two infected individuals sought treatment at a hospital in the capital"], "authorities in Beijing", "announced", "E_BEIJING_AUTHORITIES"),
    Q(I, ["Yersinia pestis", "is often found in small mammals and their fleas"], "the WHO", "per", "E_WHO", at="Yersinia pestis, per"),
    Q(I, ["it had conducted epidemiological investigations on people who might have been exposed to the patients"], "the Chinese Center for Disease Control and Prevention", "said", "E_CHINA_CDC"),
    Q(M, ['All "relevant sites" were also disinfected'], "Wee", "reports", "E_SUI_LEE_WEE"),
    Q(M, ['the risks of transmission were "extremely low."'], "The CDC", "assured", "E_CHINA_CDC"),
    Q(I, ["He had", "killed and eaten a wild rabbit before he was taken to a hospital around 185 miles northwest of Beijing"], "Alex Horton", "according to", "E_ALEX_HORTON"),
    Q(I, ["28 people who came into contact with the patient were quarantined, and displayed no symptoms of plague—like the sudden onset of fever, body aches, vomiting and nausea"], "The Associated Press", "reports", "E_AP"),
    Q(I, ["As yet, there is no epidemiological evidence linking the third plague case to the earlier two"], "the Inner Mongolia health commission", "said", "E_INNER_MONGOLIA_HEALTH_COMMISSION"),
    Q(I, ["there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths"], "WHO", "According to", "E_WHO"),
    Q(I, ["China has experienced a small smattering of plague infections in recent years—26 cases and 11 deaths between 2009 and 2018"], "Reuters", "reports", "E_REUTERS"),
    Q(I, ["officials are minimizing or even restricting information about the cases"], "many", "voiced", "E_CHINESE_PUBLIC_CRITICS"),
    Q(I, ["the couple had been transported to the facility on November 3—nine days before an announcement was made, raising questions about the reason for the delay"], "Li Jifeng", "wrote", "E_LI_JIFENG"),
    Q(M, ['plague cases need to be carefully investigated and verified, and announcements about them cannot be "transmitted casually."'], "Li", "explained", "E_LI_JIFENG"),
    Q(M, ['digital news aggregators to "block and control" discussions pertaining the news about the plague'], "censors", "instructed", "E_CHINESE_CENSORS"),
    Q(D, ["Don't hide things like this,", "Let's face whatever it is together."], "one Weibo commenter", "said", "E_WEIBO_COMMENTER"),
    Q(I, ["the city had experienced 10 times as many cases as they had initially reported"], "Beijing officials", "admitted", "E_BEIJING_OFFICIALS"),
    Q(M, ['In the wake of that outbreak, China "vastly improved its detection and management of infectious diseases,"'], "the Associated Press", "writes", "E_AP"),
    Q(M, ['there is "no need" for Beijing residents to worry about the risk of plague infection'], "the Chinese CDC", "said", "E_CHINA_CDC"),
    Q(I, ["remote regions of the country—like Yunnan and the Qinghai-Tibet plateau—are vulnerable to outbreaks"], "it", "acknowledged", "E_CHINA_CDC"),
    Q(I, ["people to stay away from infected areas, and to avoid contact with rodents"], "Officials", "warned", "E_CHINESE_OFFICIALS"),
]

DOCS["newsweek-cannabis-disorder"] = [
    Q(I, ["Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized, including among children and teenagers"], "a study", "according to", "E_CANNABIS_STUDY_AUTHORS"),
    Q(M, ['while the policies have provided "important social benefits, particularly around issues of equity in criminal justice," the climb in conditions like cannabis use disorder are "a potential public health concern."'], "The authors of the research published in the journal JAMA Psychiatry", "argued", "E_CANNABIS_STUDY_AUTHORS"),
    Q(I, ["they had used cannabis in the past month"], "who", "said", "E_SURVEY_RESPONDENTS"),
    Q(M, ['The number of respondents aged between 12 to 17-years-old who had cannabis use disorder rose "slightly" by 25 percent compared with those in the same group in other states, from 2.18 percent to 2.72 percent'], "the authors", "wrote", "E_CANNABIS_STUDY_AUTHORS"),
    Q(I, ["Using weed occasionally is not thought to cause substantial problems"], "the authors", "said", "E_CANNABIS_STUDY_AUTHORS"),
    Q(I, ["long-term, heavy use is linked to physical and psychological problems, as well as lower educational attainment, decline in social class, unemployment, and motor vehicle crashes"], "they", "wrote", "E_CANNABIS_STUDY_AUTHORS"),
    Q(D, ["Cannabis use disorder in adolescence" + R], "Senior author Dr. Silvia S. Martins", "commented", "E_SILVIA_MARTINS"),
    Q(D, ["Given our findings on problematic use" + R], "Martins", "said", "E_SILVIA_MARTINS"),
    Q(D, ["Although the researchers found that regular use" + R], "Ian Hamilton", "told", "E_IAN_HAMILTON"),
    Q(I, ["it is difficult to draw firm conclusions from observational studies such as this one"], "he", "pointed out", "E_IAN_HAMILTON"),
    Q(M, ['The researchers weren\'t, for instance, able to collect any data about the strength or potency of the cannabis used, "so it might be that some people were using low potency cannabis frequently which wouldn\'t create the same degree of risk as those using high potency cannabis regularly,"'], "Hamilton", "argued", "E_IAN_HAMILTON"),
    Q(I, ["people to be cautious of believing assertions made by suppliers and manufacturers related to cannabis, such as unevidenced claims about health benefits, and even basic information on strength"], "Hamilton", "urged", "E_IAN_HAMILTON"),
    Q(D, ["Although cannabis is less harmful than many other drugs" + R], "Hamilton", "said", "E_IAN_HAMILTON"),
    Q(M, ['the results also don\'t mean cannabis shouldn\'t be legalized, rather "that for the small proportion of users who develop problems support services need to be adequately funded and available, something other states and countries should factor in when thinking of changing their cannabis policies."'], "he", "said", "E_IAN_HAMILTON"),
]

DOCS["therealdeal-wework-layoffs"] = [
    Q(I, ["layoffs will begin this week in the U.S., and that a planned all-hands meeting will be postponed from Tuesday to Friday, where Claure will present the company's five-year plan"], "chairman Marcelo Claure", "told", "E_MARCELO_CLAURE"),
    Q(D, ["In the areas of the business" + R, "We are going to eliminate" + R], "Claure", "said", "E_MARCELO_CLAURE"),
    Q(I, ["employees in the legal and human resources departments will begin receiving notice Monday"], "A person familiar with the matter", "told", "E_WEWORK_SOURCE"),
    Q(I, ["more than 4,000 people are expected to receive notice in the coming weeks"], "multiple people familiar with the matter", "according to", "E_WEWORK_SOURCES"),
    Q(I, ["Those include 1,000 maintenance workers who have been informed that their employment will be terminated on Dec. 9"], "a group of employees", "according to", "E_WEWORKERS_COALITION"),
    Q(M, ['they "don\'t want to be defined by the scandals, the corruption and the greed exhibited by the company\'s leadership."'], "WeWorkers Coalition", "stating", "E_WEWORKERS_COALITION"),
    Q(I, ["WeWork had reached an agreement with JLL to accept close to 1,000 maintenance and cleaning workers, many of whom would then be contracted to work in WeWork buildings"], "The group", "announced", "E_WEWORKERS_COALITION"),
    Q(I, ["employees were told by WeWork to sign the terms of the contract by Monday, otherwise it would consider their resignations voluntary"], "the group", "said", "E_WEWORKERS_COALITION"),
    Q(I, ["the contract has confused employees with pay discrepancies"], "The group", "said", "E_WEWORKERS_COALITION"),
    Q(M, ['WeWork "is not following through on its promise to treat employees with \'dignity and respect\' during this restructuring process."'], "the group", "added", "E_WEWORKERS_COALITION"),
]

# fmt: on


# Anchors added after the agreement was computed: doc_id -> `at` strings the blind pass lacked.
ADDED_ANCHORS = {"smithsonian-china-plague": ["Yersinia pestis, per"]}


def annotations(texts: dict[str, str], blind: bool = False) -> dict[str, newsgold.DocAnnotation]:
    """Pass b's quotes per document; ``blind`` resolves the specs as committed in 972d430 (without ADDED_ANCHORS)."""
    out = {}
    for doc_id, specs in DOCS.items():
        for q in specs:
            q.ent = SAME_AS.get(q.ent, q.ent)
            assert q.ent in ENTITIES, (doc_id, q.ent)
        resolved = [Q(**{**vars(q), "at": None}) if blind and q.at in ADDED_ANCHORS.get(doc_id, []) else q for q in specs]
        quotes = resolve(texts[doc_id], resolved)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        out[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    # the same registry sources/spans.py:write_pass writes from sources/entities.py
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(ENTITIES.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = annotations(texts)
    write_annotation_dir(docs, root / "annotations/passes/annotator-b", overwrite=True)
    print(f"annotator-b (unseen articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
