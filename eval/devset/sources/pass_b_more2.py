"""Annotation pass annotator-b on the 12 dev articles of session 7 (sources/articles5.jsonl): quotes, as strings.

Made independently (session 7, the `devset-more2-b` session), from commit 2c1cb67 of branch
`devset-more2` (the texts, imported, no annotation): the annotator read only the texts,
GUIDELINES.md and the card (eval/devset/README.md as of that commit), not pass a/a2 or any gold of
these articles, and ran no extractor on them.  Offsets come from sources/spans.py (as for the
earlier pass-b scripts); run from eval/devset:
    python sources/pass_b_more2.py [-v]
It writes annotations/passes/annotator-b/<doc_id>.json for these 12 articles only (the other 35 come
from the earlier pass-b scripts), and the entity registry (annotations/entities.json): the ids of
sources/entities.py plus this pass's speakers (sources/entities_b_more2.py; an id entities.py
already defines wins).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities import ENTITIES
from entities_b_more2 import ENTITIES_B_MORE2
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.store import write_annotation_dir

R = RUN
D, I, M = "direct", "indirect", "mixed"  # noqa: E741

DOCS: dict[str, list[Q]] = {}

# fmt: off

DOCS["rt-bolivia-senkata"] = [
    Q(I, ["another 30 people had been injured in the skirmishes"], "Bolivia's public defender's office", "said", "E_BOLIVIA_OMBUDSMAN_OFFICE"),
    Q(I, ["the exact circumstances of the deaths and injuries remained unclear"], "Bolivia's public defender's office", "added", "E_BOLIVIA_OMBUDSMAN_OFFICE"),
    Q(I, ["the deaths were caused by gunshot wounds"], "Public Ombudsman Nadia Cruz's office", "said", "E_BOLIVIA_OMBUDSMAN_OFFICE"),
    Q(M, ['the "interim" government to withdraw military units from all policing operations in order to reduce the violence'], "Public Ombudsman Nadia Cruz's office", "called on", "E_BOLIVIA_OMBUDSMAN_OFFICE"),
    Q(I, ["hearing gunfire near the fuel facility in Senkata, which protesters have tried to block over the last five days in an attempt to shut down operations, as well as seeing a military helicopter flying over the plant"], "An Associated Press journalist in the area", "reported", "E_AP_JOURNALIST_SENKATA"),
    Q(I, ["he tried to save one of the wounded demonstrators, but failed to do so"], "A doctor on the scene", "told", "E_SENKATA_DOCTOR"),
    Q(D, ["It's a shame to see a comrade die in this way" + R], "the doctor", "said", "E_SENKATA_DOCTOR"),
]

DOCS["usatoday-noem-meth-campaign"] = [
    Q(D, ["The mission of the campaign is to raise awareness" + R, "It is working."], "Noem", "told", "E_KRISTI_NOEM"),
    Q(M, ['South Dakota\'s meth crisis is "growing at an alarming rate" and affects every community in the state'], "Noem", "said", "E_KRISTI_NOEM"),
    Q(D, ["This is our problem, and together, we need to get on it,"], "Noem", "said", "E_KRISTI_NOEM"),
    Q(M, ['the new campaign a "bold, innovative effort like the nation has never before seen."'], "Noem", "called", "E_KRISTI_NOEM"),
    Q(I, ["The goal is to reach everyone in the state and educate them on signs of addiction, resources available to fight addiction and strategies to engage communities in recovery"], "Noem", "said", "E_KRISTI_NOEM"),
    Q(I, ["The state's Department of Social Services paid a Minnesota ad agency just short of $449,000 this fall for their work on the campaign"], "the state", "according to", "E_SOUTH_DAKOTA_STATE"),
    Q(D, ["I am confident South Dakota can lead the country" + R], "Noem", "said", "E_KRISTI_NOEM"),
]

DOCS["barrons-home-depot"] = [
    Q(I, ["its lowered forecast isn't a problem for the overall market"], "Wall Street", "according to", "E_WALL_STREET"),
    Q(I, ["comparable-store sales growth in 2019 will be 3.5%, compared with prior guidance of 4.0%"], "Company management", "said", "E_HOME_DEPOT_MANAGEMENT"),
    Q(D, ["Our third-quarter results reflected broad-based growth" + R, "We are largely on track with these investments" + R], "CEO Craig Menear", "said", "E_CRAIG_MENEAR"),
    Q(I, ["the market is misinterpreting the results"], "Jefferies analyst Jonathan Matuszewski", "said", "E_JONATHAN_MATUSZEWSKI"),
    Q(I, ["That creates a buying opportunity"], "the analyst", "according to", "E_JONATHAN_MATUSZEWSKI"),
    Q(D, ["Comp sales were light, though operating margins in-line with expectations,", "We interpret lighter [second-half] results" + R], "Matuszewski", "wrote", "E_JONATHAN_MATUSZEWSKI"),
    Q(D, ["While certainly a disappointing result" + R, "Excluding these items, we believe Q3 comps" + R], "Fadem", "wrote", "E_ZACHARY_FADEM"),
]

DOCS["albawaba-assange-sweden"] = [
    Q(D, ["After conducting a comprehensive assessment" + R], "Eva-Marie Persson", "said", "E_EVA_MARIE_PERSSON"),
    Q(I, ["the complainant's evidence had initially been deemed credible and reliable, but after additional investigations, it had been made clear that the oral testimony given in support of the woman had weakened, primarily because a long time had passed and the witnesses' memories had faded for natural reasons"], "Persson", "explained", "E_EVA_MARIE_PERSSON"),
    Q(I, ["an appeal against the decision could be made to the office of Sweden's attorney general"], "She", "added", "E_EVA_MARIE_PERSSON"),
    Q(I, ["him of publishing secret documents related to his WikiLeaks work"], "the United States", "accuses", "E_USA_GOVERNMENT"),
    Q(I, ["the investigation to be resumed"], "a lawyer for the woman involved in the case", "asked for", "E_COMPLAINANT_LAWYER"),
    Q(I, ["Assange with espionage by publishing hundreds of thousands of secret military and diplomatic files about the wars in Afghanistan and Iraq"], "The US Justice Department", "charged", "E_US_JUSTICE_DEPARTMENT"),
]

DOCS["sciencealert-titan-map"] = [
    Q(D, ["Organics are very important for the possibility of life on Titan" + R], "planetary geologist Rosaly Lopes", "said", "E_ROSALY_LOPES"),
    Q(D, ["Organic materials can, we think, penetrate down" + R], "Lopes", "added", "E_ROSALY_LOPES"),
    Q(I, ["Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles"], "study co-author Anezina Solomonidou", "said", "E_ANEZINA_SOLOMONIDOU"),
    Q(D, ["What is really fun to think about" + R], "JPL scientist and study co-author Michael Malaska", "said", "E_MICHAEL_MALASKA"),
    Q(I, ["on Earth there is a bacterium that can survive just on a hydrocarbon called acetylene and water"], "Malaska", "Noting", "E_MICHAEL_MALASKA"),
    Q(D, ["Could it or something like it live in Titan" + R], "Malaska", "asked", "E_MICHAEL_MALASKA"),
    Q(D, ["It is not only scientifically important" + R, "It will be really exciting."], "Lopes", "said", "E_ROSALY_LOPES"),
]

DOCS["therepublic-columbus-drug-arrests"] = [
    Q(I, ["Officers from the Columbus Police Department Intelligence Led Policing Unit conducted a traffic stop near Seventh Street and Central Avenue and later arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine and a controlled substance in her car"], "Lt. Matt Harris", "said", "E_MATT_HARRIS"),
    Q(I, ["Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges including two local warrants and an out-of-county warrant after stopping his vehicle near 17th Street and Gladstone Avenue"], "Harris", "said", "E_MATT_HARRIS"),
    Q(I, ["A Bartholomew County Sheriff's Department canine later alerted to the odor of narcotics in Tays' vehicle and while searching the car, officers reportedly located marijuana as well as a Suboxone strip prior to transporting Tays to jail"], "Harris", "said", "E_MATT_HARRIS"),
    Q(I, ["While speaking to Blair and his passengers, Ryan S. Hollman 31, of Hope and Victor N. Burton, 57, of 3170 W. County Road 600S, a Bartholomew County Sheriff's Department canine was requested and later alerted to the odor of narcotics inside the vehicle"], "Harris", "said", "E_MATT_HARRIS"),
    Q(I, ["During a search of the garage, investigators reportedly located methamphetamine, heroin, controlled substances, drug paraphernalia, and narcotics packaging material"], "Harris", "said", "E_MATT_HARRIS"),
    Q(I, ["Officers arrested Christopher D. Battin, 33, who resides at 2134 Caldwell Place"], "Harris", "said", "E_MATT_HARRIS"),
]

DOCS["foxnews-van-der-beek-dwts"] = [
    Q(D, ["hardest judge's verdict so far this season."], "host Tom Bergeron", "described", "E_TOM_BERGERON"),
    Q(I, ["his wife, Kimberly, had suffered a miscarriage over the weekend"], "Van Der Beek", "announcement", "E_JAMES_VAN_DER_BEEK"),
    Q(M, ['he and Kimberly experienced every parent\'s "worst nightmare."'], "Van Der Beek", "noting", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["My wife Kimberly and I went through" + R, "The little soul that we had expected" + R], "Van Der Beek", "said", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["You never know why these things happen" + R, "It makes you more human."], "the actor", "said", "E_JAMES_VAN_DER_BEEK"),
    Q(I, ["Kimberly was expecting"], "Van Der Beek", "announced", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["Hearing the heartbeat was something we never take for granted,"], 'the "Pose" actor', "said", "E_JAMES_VAN_DER_BEEK"),
    Q(M, ['there should be "zero shame" involved'], "Van Der Beek", "noted", "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["@Vanderkimberly and I have been through" + R, "But there needs to be zero shame around it" + R], None, None, "E_JAMES_VAN_DER_BEEK"),
    Q(D, ["This is not easy. First of all, this is not at all what I expected to see here,"], "judge Inaba", "noted", "E_CARRIE_ANN_INABA"),
    Q(D, ["Can I give it to James?"], "Brooke", "asked", "E_ALLY_BROOKE"),
    Q(M, ['Brooke\'s offer was "a lovely gesture."'], "Bergeron", "noting", "E_TOM_BERGERON"),
]

DOCS["deccanherald-china-tariffs"] = [
    Q(I, ["it may morph into something bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods"], "people familiar with the talks", "say", "E_PEOPLE_FAMILIAR_TRADE_TALKS"),
    Q(I, ["removing tariffs imposed during the trade war is an important condition to any deal"], "China's commerce ministry", "said", "E_CHINA_COMMERCE_MINISTRY"),
    Q(I, ["Trump has decided that rolling back existing tariffs, in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in Chinese consumer goods, requires deeper concessions from China"], "Two people briefed on the talks", "said", "E_TWO_PEOPLE_BRIEFED_TRADE"),
    Q(M, ['"The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October'], "Derek Scissors", "said", "E_DEREK_SCISSORS"),
    Q(I, ["whether Trump will agree to remove existing tariffs depends largely on whether he believes it will benefit his re-election chances"], "Scissors", "said", "E_DEREK_SCISSORS"),
    Q(I, ["to achieve the $40-50 billion in annual Chinese purchases of American farm goods touted by Trump in October, he would likely have to eliminate all of the tariffs the US put in place since the trade war started in 2018"], "One Washington-based trade expert", "said", "E_WASHINGTON_TRADE_EXPERT"),
    Q(M, ['Trump and US Trade Representative Robert Lighthizer recognize that making such concessions for a "skinny" trade deal that fails to address core intellectual property and technology transfer issues is not a very good deal for Trump'], "a second person briefed on last weekend's trade phone call", "said", "E_SECOND_PERSON_BRIEFED_TRADE"),
    Q(I, ["Trump is the final decision-maker in the US on any deal, and hasn't committed to any specifics so far"], "White House advisers", "say", "E_WHITE_HOUSE_ADVISERS"),
    Q(M, ['China "is going to have to make a deal that I like. If they don\'t, that\'s it."'], "The president", "said", "E_DONALD_TRUMP"),
    Q(M, ["A 'phase one' trade deal, once expected to be completed within weeks of an October news conference between Trump and Chinese vice-premier Liu He, could now be pushed into next year"], "trade experts", "say", "E_TRADE_EXPERTS"),
]

DOCS["latimes-disney-plus-mayer"] = [
    Q(I, ["overwhelming demand and a computer-coding glitch led to widespread problems last week when the Burbank entertainment giant launched Disney+"], "Walt Disney Co. executive Kevin Mayer", "said", "E_KEVIN_MAYER"),
    Q(I, ["being abruptly logged off the service"], "Others", "reported", "E_OTHER_DISNEY_PLUS_CONSUMERS"),
    Q(D, ["We had some issues ... we had some customer service issues that didn't make me feel good,"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(M, ["Disney's tech teams isolated the problem", 'and "patched" the software as the company continued to sign up additional subscribers throughout the week'], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(I, ["the company was pleased with Disney+ retention so far"], "Mayer", "hinted", "E_KEVIN_MAYER"),
    Q(D, ["We've never had demand that we saw that day, and continue to see"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(D, ["We will see the industry shake out a bit,", "Not everyone will succeed."], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(I, ["it depends on the cost of the service"], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(I, ["he thinks the number will be between four to six services, depending on whether subscribers continue to pay for a traditional bundle of channels"], "he", "said", "E_KEVIN_MAYER"),
    Q(D, ["There will be a time ... when the pay-TV numbers are low enough,", "We want to serve consumers the way they wish to be served."], "Mayer", "said", "E_KEVIN_MAYER"),
    Q(D, ["Operating is a lot different than a strategy role,", "I love what I'm doing."], "Mayer", "said", "E_KEVIN_MAYER"),
]

DOCS["cnn-trump-walter-reed"] = [
    Q(M, ["President Donald Trump", 'made an unscheduled trip to Walter Reed hospital on Saturday for a "quick exam and labs" as the first stage of his annual physical'], "the White House", "according to", "E_WHITE_HOUSE"),
    Q(I, ["Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years, according to guidance from the Mayo Clinic"], "CNN's chief medical correspondent Dr. Sanjay Gupta", "noted", "E_SANJAY_GUPTA"),
    Q(I, ["the President change his diet and get on a regular exercise regimen"], "Dr. Ronny Jackson", "suggested", "E_RONNY_JACKSON"),
    Q(I, ["a year later, Trump had made only minor changes to his food intake and exercise habits"], "Sources", "told", "E_SOURCES_TRUMP_HEALTH"),
    Q(D, ["The President received a diet and exercise plan last year" + R], "Hogan Gidley", "said", "E_HOGAN_GIDLEY"),
    Q(I, ["the trip was simply Trump getting a jump on his annual physical"], "White House press secretary Stephanie Grisham", "said", "E_STEPHANIE_GRISHAM"),
    Q(D, ["His physical strength and stamina are extraordinary,", "If elected, Mr. Trump, I can state unequivocally" + R], "Bornstein", "wrote", "E_HAROLD_BORNSTEIN"),
    Q(M, ['Trump "dictated that whole letter. I didn\'t write that letter. I just made it up as I went along."'], "Bornstein", "told", "E_HAROLD_BORNSTEIN"),
    Q(I, ["Trump has made more than 13,000 false or misleading claims since taking office"], "The Washington Post's Fact Checker", "according to", "E_WAPO_FACT_CHECKER"),
    Q(D, ["We're not going to get into security and movement protocols" + R, "I've given plenty of on-the-record statements" + R], "Grisham", "told", "E_STEPHANIE_GRISHAM"),
    Q(M, ["Grisham", 'has given "plenty of on-the-record statements that were truthful and accurate."'], "her", "accounting", "E_STEPHANIE_GRISHAM", at="Grisham, by her own accounting"),
]

DOCS["nytimes-trump-china-trade"] = [
    Q(I, ["Beijing resume buying around $20 billion in American farm products as part of a trade deal"], "President Trump's advisers", "suggested", "E_TRUMP_TRADE_ADVISERS"),
    Q(I, ["he pressed his team to more than triple that figure, then trimmed that a little and asked for up to $50 billion in annual purchases"], "he", "said", "E_DONALD_TRUMP"),
    Q(D, ["My people had $20 billion done,", "And I said, 'I want more.'" + R], "Mr. Trump", "recounted", "E_DONALD_TRUMP"),
    Q(M, ['the United States and China had reached a "historic" Phase 1 trade agreement'], "Mr. Trump", "announcement", "E_DONALD_TRUMP"),
    Q(D, ["We're taking in billions of dollars in tariff money from China,", "I like our situation very much." + R], "Mr. Trump", "said", "E_DONALD_TRUMP"),
    Q(I, ["they have no choice but to postpone some hiring and investment, make sure any new expansions are not crippled by unforeseen policies, and conserve cash"], "Executives across the world", "say", "E_EXECUTIVES_WORLDWIDE"),
    Q(D, ["It's striking that in almost every corner of the world" + R, "The uncertainty created by current events" + R], "John Williams", "said", "E_JOHN_WILLIAMS"),
    Q(I, ["he might leave some trading partners behind"], "He", "suggesting", "E_DONALD_TRUMP"),
    Q(I, ["his approach has created leverage"], "The president", "says", "E_DONALD_TRUMP"),
    Q(I, ["Mr. Trump's tendency to waver and increase his demands have made China wary of offering concessions, for fear that he will only demand more"], "people familiar with Chinese trade policy", "said", "E_PEOPLE_FAMILIAR_CHINESE_TRADE_POLICY"),
    Q(M, ['the president\'s "mercurial temperament and predilection to undercutting his own negotiating team" had complicated the already challenging task of striking a deal'], "Eswar Prasad", "said", "E_ESWAR_PRASAD"),
    Q(D, ["By hyping up expectations and setting unrealistic goals" + R], "he", "said", "E_ESWAR_PRASAD"),
    Q(M, ['a deal signing would take place in United States "farm country,"'], "Mr. Trump", "said", "E_DONALD_TRUMP"),
    Q(I, ["They fear that Mr. Trump may end up giving fewer concessions than they anticipate, resulting in an embarrassing trip for Mr. Xi"], "people familiar with their thinking", "according to", "E_PEOPLE_FAMILIAR_BEIJING_THINKING"),
    Q(I, ["his tactics will be worth it"], "Mr. Trump", "insist", "E_DONALD_TRUMP"),
    Q(I, ["he is the only president tough enough to take on China without fear of repercussions and that the United States will be better off"], "Mr. Trump", "saying", "E_DONALD_TRUMP"),
    Q(D, ["It makes for better theater to hold this to the last minute,", "It really doesn't fit well with the world of global supply chains. And we're talking to a lot of businesses who are having difficulty with that."], "Phil Levy", "said", "E_PHIL_LEVY"),
    Q(M, ['farmers faced "near-unprecedented economic uncertainty and hardship" stemming from the escalation of tariffs in China and other key markets'], "Zippy Duvall", "said", "E_ZIPPY_DUVALL"),
    Q(I, ["Mr. Trump to make a deal as soon as possible"], "He", "urged", "E_ZIPPY_DUVALL"),
    Q(D, ["time is running out for many in agriculture."], "He", "saying", "E_ZIPPY_DUVALL"),
    Q(I, ["they have difficulty figuring out how the United States could increase its agricultural exports to China to much more than $30 billion a year, without diverting trade from elsewhere"], "Washington-based analysts who have done the calculations", "say", "E_WASHINGTON_ANALYSTS"),
    Q(D, ["Without rolling back some of the tariffs" + R], "He Jianxiong", "said", "E_HE_JIANXIONG"),
]

DOCS["wired-instagram-business"] = [
    Q(I, ["the metrics", "had immense value"], "it", "told", "E_SOCIAL_MEDIA_COMPANIES", at="the metrics it once told"),
    Q(M, ['Instagram wants to be "a space that feels much less pressurized."'], "Mosseri", "claim", "E_ADAM_MOSSERI"),
    Q(M, ['There are now 140 million monthly active "businesses" across Facebook\'s various platforms'], "the company", "according to", "E_FACEBOOK"),
    Q(I, ["the company notifies people who it thinks could benefit from converting their personal accounts into business ones"], "Kym Lino", "confirmed", "E_KYM_LINO"),
    Q(D, ["We use a machine learning model which predicts likely commercial intent" + R], "they", "said", "E_KYM_LINO"),
    Q(D, ["I was stunned just to see how many people visited my profile" + R], "Joseph Minga", "said", "E_JOSEPH_MINGA"),
    Q(D, ["It really made me take a step back and ask what are they looking for on here? and in all seriousness, could I have a cyberstalker?"], None, None, "E_JOSEPH_MINGA"),
    Q(D, ["I was on vacation with my parents in France" + R, "It's like wholesome content" + R], "Will Tjernlund", "said", "E_WILL_TJERNLUND"),
    Q(D, ["Since I have seen some of the extra data" + R, "I think I have some sort of social media stage fright." + R], "Minga", "said", "E_JOSEPH_MINGA"),
    Q(I, ["there's a security risk associated with business Instagram accounts, which is particularly hazardous for minors"], "both NBC News and Bloomberg", "reported", "E_NBC_NEWS_AND_BLOOMBERG"),
    Q(D, ["I am so ahead of every other parent of teens" + R, "I am literally facepalming" + R], "she", "said", "E_INSTAGRAM_TEENS_MOTHER"),
    Q(D, ["Businesses and creators are clearly informed" + R], "Lino", "said", "E_KYM_LINO"),
    Q(I, ["he noticed the lines between all three groups on Instagram have blurred"], "Stier", "says", "E_DAVID_STIER"),
    Q(D, ["This thing is broken, like completely broken" + R], "he", "says", "E_DAVID_STIER"),
]

# fmt: on


def annotations(texts: dict[str, str]) -> dict[str, newsgold.DocAnnotation]:
    """Pass b's quotes per document, with offsets from sources/spans.py."""
    out = {}
    for doc_id, specs in DOCS.items():
        for q in specs:
            assert q.ent in ENTITIES_B_MORE2 or q.ent in ENTITIES, (doc_id, q.ent)
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        out[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    registry_ids = {**ENTITIES_B_MORE2, **ENTITIES}  # an id sources/entities.py defines wins
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(registry_ids.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = annotations(texts)
    write_annotation_dir(docs, root / "annotations/passes/annotator-b", overwrite=True)
    print(f"annotator-b (session-7 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
