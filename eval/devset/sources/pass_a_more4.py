"""Pass A (annotator-a) on the 12 articles of split ``more4`` (articles8.jsonl, session 12): quotes as strings.

Written in session 12 by reading each article in full against GUIDELINES.md §6 and §9.1-9.5 and the
decisions in the card (README.md), without running any extractor and without reading any extractor's
output on these texts.  As pass_a_more3.py, these specs are not added to pass_a.py's DOCS: run from
eval/devset ``python sources/pass_a_more4.py [-v]``, which writes annotations/passes/annotator-a/ for
these 12 documents only (and the entity registry, as every pass script does).  Pass B (the second pass,
for misses and boundaries, annotator-a2) is sources/pass_a2_more4.py; their speakers are ENTITIES_MORE4 here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import RUN, Q, resolve, show

import newsgold
from newsgold.output import atomic_write_text
from newsgold.store import write_annotation_dir

R = RUN
D, IN, M = "direct", "indirect", "mixed"

# ids of earlier splits reused for the same speaker (the people and organisations themselves; the BMJ Case Reports
# report's authors are more3's Forbes description of the same report)
REUSED = {
    "E_DONALD_TRUMP",
    "E_ALEXANDER_VINDMAN",
    "E_TIM_MORRISON",
    "E_KURT_VOLKER",
    "E_EVA_MARIE_PERSSON",
    "E_KRISTI_NOEM",
    "E_SOUTH_DAKOTA_STATE",
    "E_OWEN_DEMPSEY",
    "E_DUVET_CASE_REPORT_AUTHORS",
    "E_JIM_BRIDENSTINE",
    "E_STEVE_CLARKE",
    "E_LUCAS_PAGANINI",
    "E_PAGANINI_TEAM",
}

ENTITIES_MORE4: dict[str, tuple[str, list[str], str]] = {
    # ap-sondland-impeachment (E_DONALD_TRUMP, E_ALEXANDER_VINDMAN, E_TIM_MORRISON, E_KURT_VOLKER)
    "E_GORDON_SONDLAND": ("Gordon Sondland", ["Gordon Sondland", "Ambassador Gordon Sondland", "Sondland"], "person"),
    "E_DAVID_HOLMES": ("David Holmes", ["David Holmes"], "person"),
    "E_FIONA_HILL": ("Fiona Hill", ["Fiona Hill"], "person"),
    # ap-uk-tories-factcheck
    "E_WILL_MOY": ("Will Moy", ["Will Moy"], "person"),
    "E_DOMINIC_RAAB": ("Dominic Raab", ["Dominic Raab", "Foreign Secretary Dominic Raab", "Raab"], "person"),
    "E_TWITTER": ("Twitter", ["Twitter"], "organization"),
    "E_ELECTORAL_COMMISSION_UK": ("the Electoral Commission (UK)", ["Electoral Commission"], "organization"),
    "E_CONSERVATIVE_PARTY_CHAIRMAN": ("the chairman of the Conservative Party (UK)", [], "person"),
    "E_BORIS_JOHNSON": ("Boris Johnson", ["Boris Johnson", "Prime Minister Boris Johnson"], "person"),
    "E_CORBYN_CRITICS": ("critics of Jeremy Corbyn", [], "other"),
    # bbc-assange-investigation (E_EVA_MARIE_PERSSON)
    "E_SWEDISH_PROSECUTION_AUTHORITY": ("Swedish Prosecution Authority", ["Swedish Prosecution Authority"], "organization"),
    "E_SWEDISH_PROSECUTORS_ASSANGE": ("Swedish prosecutors (the Assange investigation)", [], "other"),
    "E_JULIAN_ASSANGE": ("Julian Assange", ["Julian Assange", "Assange"], "person"),
    "E_KRISTINN_HRAFNSSON": ("Kristinn Hrafnsson", ["Kristinn Hrafnsson"], "person"),
    "E_JUDGE_ASSANGE_REMAND": ("a judge (Assange kept in jail until his extradition hearing)", [], "person"),
    # sfgate-bart-stabbing
    "E_AUTHORITIES_BART_STABBING": ("authorities (the BART train stabbing)", [], "other"),
    "E_SAN_FRANCISCO_CHRONICLE": ("San Francisco Chronicle", ["San Francisco Chronicle"], "outlet"),
    "E_STEVE_CASTRO": ("Steve Castro", ["Steve Castro"], "person"),
    "E_ED_ALVAREZ": ("Ed Alvarez", ["Ed Alvarez", "Interim BART Police Chief Ed Alvarez"], "person"),
    # nj-meth-slogan (E_KRISTI_NOEM, E_SOUTH_DAKOTA_STATE)
    "E_ARGUS_LEADER": ("Argus Leader", ["Argus Leader"], "outlet"),
    "E_METH_AD_PEOPLE": ("the people in the \u201cMeth. We\u2019re on it\u201d commercials and billboards", [], "other"),
    # livescience-feather-duvet-lung (E_OWEN_DEMPSEY, E_DUVET_CASE_REPORT_AUTHORS)
    "E_LIVESCIENCE_DUVET_PATIENT": ("the patient of the feather duvet lung case report (as Live Science tells it)", [], "person"),
    # gizmodo-feather-duvet-lung (E_OWEN_DEMPSEY, E_DUVET_CASE_REPORT_AUTHORS)
    "E_GIZMODO_DUVET_PATIENT": ("the patient of the feather duvet lung case report (the man, as Gizmodo tells it)", [], "person"),
    # spacecom-clps-new-providers (E_JIM_BRIDENSTINE, E_STEVE_CLARKE)
    "E_THOMAS_ZURBUCHEN": ("Thomas Zurbuchen", ["Thomas Zurbuchen"], "person"),
    "E_NASA_OFFICIALS_CLPS": ("NASA officials (the CLPS contracts and Mars plans)", [], "other"),
    # chron-esper-vietnam
    "E_MARK_ESPER": ("Mark Esper", ["Mark Esper", "U.S. Defense Secretary Mark Esper", "Esper"], "person"),
    "E_VIETNAM": ("Vietnam", ["Vietnam"], "country"),
    # cnn-asian-markets-trade
    "E_CNBC": ("CNBC", ["CNBC"], "outlet"),
    "E_JEFFREY_HALLEY": ("Jeffrey Halley", ["Jeffrey Halley"], "person"),
    # hawaiinewsnow-europa-water (E_LUCAS_PAGANINI, E_PAGANINI_TEAM)
    # detroitnews-college-football
    "E_PJ_FLECK": ("P.J. Fleck", ["P.J. Fleck", "Coach P.J. Fleck"], "person"),
    "E_SEAN_CLIFFORD": ("Sean Clifford", ["Sean Clifford"], "person"),
    "E_MALCOLM_TURNER": ("Malcolm Turner", ["Malcolm Turner"], "person"),
}

DOCS: dict[str, list[Q]] = {}

# fmt: off
DOCS["ap-sondland-impeachment"] = [
    Q(D, ["I now do recall,"], "he", "said", "E_GORDON_SONDLAND"),
    Q(IN, ["he barely knows his hand-picked ambassador"], "Trump", "suggest", "E_DONALD_TRUMP"),
    Q(IN, ["he has spoken several times with the president and was acting on his direction"], "Sondland", "said", "E_GORDON_SONDLAND"),
    Q(M, ['he recalled it "vividly."'], "State Department official David Holmes", "saying", "E_DAVID_HOLMES"),
    Q(D, ["I then heard President Trump ask, quote," + R, "Ambassador Sondland replied that" + R], "Holmes", "testified", "E_DAVID_HOLMES"),
    Q(M, ['Sondland was known for telling others "he was in charge of Ukraine" despite being the U.S. envoy in Brussels'], "former White House Russia adviser Fiona Hill", "said", "E_FIONA_HILL"),
    Q(D, ["And I asked, well, on whose authority?", "And he said, the President."], "Hill", "said", "E_FIONA_HILL"),
    Q(M, ['Trump\'s call with Zelenskiy as "improper."'], "a career Army officer", "described", "E_ALEXANDER_VINDMAN"),
    Q(M, ['it was his "duty" to report his concerns about the call'], "Lt. Col. Alexander Vindman", "told", "E_ALEXANDER_VINDMAN"),
    Q(M, ['they would need to "deliver" before the administration would agree to a meeting Zelenskiy wanted with Trump'], "Sondland", "told", "E_GORDON_SONDLAND"),
    Q(D, ["Ambassador Sondland referred to investigations into the Bidens and Burisma in 2016,"], "Vindman", "testified", "E_ALEXANDER_VINDMAN"),
    Q(IN, ["he had watched part of the day's testimony"], "Trump", "said", "E_DONALD_TRUMP"),
    Q(M, ['the ongoing impeachment hearings as a "disgrace."'], "Trump", "slammed", "E_DONALD_TRUMP"),
    Q(M, ['Williams as part of the "Never Trumpers" who oppose his presidency'], "Trump", "assailed", "E_DONALD_TRUMP"),
    Q(IN, ["he witnessed a key September conversation in Warsaw between Sondland and a top aide to Zelenskiy"], "Former National Security Council official Timothy Morrison", "told", "E_TIM_MORRISON"),
    Q(IN, ["he had relayed to the Ukrainian that U.S. aid might be freed if the country would announce the investigations"], "Sondland", "said", "E_GORDON_SONDLAND"),
    Q(IN, ["Sondland did, in fact, discuss investigations with the visiting Ukrainians"], "former special envoy to Ukraine Kurt Volker", "say", "E_KURT_VOLKER"),
    Q(D, ["I think all of us thought it was inappropriate; the conversation did not continue and the meeting concluded,"], "Volker", "said", "E_KURT_VOLKER"),
    Q(M, ['meeting with Giuliani was just part of the dialogue, and he had one in-person meeting with him, in which Giuliani "raised, and I rejected, the conspiracy theory that Vice President Biden would have been influenced in his duties as vice president by money paid to his son."'], "Volker", "said", "E_KURT_VOLKER"),
]

DOCS["ap-uk-tories-factcheck"] = [
    Q(D, ["It was an attempt to mislead voters,", "And I think it is inappropriate and misleading for a serious political party to behave that way."], "Will Moy", "told", "E_WILL_MOY"),
    Q(IN, ["the Twitter account was clearly linked to the Conservatives"], "Foreign Secretary Dominic Raab", "saying", "E_DOMINIC_RAAB"),
    Q(D, ["We make no apology for having an instant rebuttal to all the nonsense and lies put out,"], "Raab", "told", "E_DOMINIC_RAAB"),
    Q(M, ['to take "decisive corrective action" against similar strategies in the future'], "Twitter", "pledged", "E_TWITTER"),
    Q(D, ["voters are entitled to transparency and integrity from campaigners in the lead-up to an election."], "the Electoral Commission", "warning", "E_ELECTORAL_COMMISSION_UK"),
    Q(M, ["it doesn't have \"a role in regulating election campaign content.''"], "it", "pointed out", "E_ELECTORAL_COMMISSION_UK"),
    Q(IN, ["the doctored video as lighthearted satire"], "The chairman of the Conservative Party", "described", "E_CONSERVATIVE_PARTY_CHAIRMAN"),
    Q(IN, ["Britain would leave the EU on Oct. 31"], "his", "vow", "E_BORIS_JOHNSON"),
    Q(D, ["Look what I have said I'm going to do as a politician and look what I've delivered."], "he", "urged", "E_BORIS_JOHNSON"),
    Q(IN, ["Corbyn", "of promoting high-tax policies and of failing to clamp down on anti-Semitism within his party"], "critics", "accused", "E_CORBYN_CRITICS"),
]

DOCS["bbc-assange-investigation"] = [
    Q(M, ['Deputy Director of Public Prosecution Eva-Marie Persson took the decision to "discontinue the investigation regarding Julian Assange"'], "the Swedish Prosecution Authority", "said", "E_SWEDISH_PROSECUTION_AUTHORITY"),
    Q(D, ["The reason for this decision is" + R], "it", "added", "E_SWEDISH_PROSECUTION_AUTHORITY"),
    Q(D, ["I would like to emphasise" + R, "Her statements have been coherent" + R], "Ms Persson", "said", "E_EVA_MARIE_PERSSON"),
    Q(IN, ["the decision to drop the inquiry had been taken after interviews with seven witnesses in the case"], "Prosecutors", "told", "E_SWEDISH_PROSECUTORS_ASSANGE"),
    Q(IN, ["his fear of being extradited from Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London"], "The Wikileaks founder", "argued", "E_JULIAN_ASSANGE"),
    Q(IN, ["the sex was consensual"], "He", "saying", "E_JULIAN_ASSANGE"),
    Q(D, ["Let us now focus on the threat" + R], "Wikileaks editor-in-chief Kristinn Hrafnsson", "said", "E_KRISTINN_HRAFNSSON"),
    Q(M, ['Assange should remain in jail until his extradition hearing because of his "history of absconding"'], "a judge", "ruled", "E_JUDGE_ASSANGE_REMAND"),
]

DOCS["sfgate-bart-stabbing"] = [
    Q(IN, ["a stabbing that killed a passenger on a San Francisco Bay Area commuter train may have occurred after the attacker tried to steal another rider's shoes"], "Authorities", "say", "E_AUTHORITIES_BART_STABBING"),
    Q(IN, ["police are looking into whether the victim was a good Samaritan who tried to stop the suspect from stealing items from another person, possibly shoes"], "The San Francisco Chronicle", "says", "E_SAN_FRANCISCO_CHRONICLE"),
    Q(IN, ["he was arrested a block away after employees of a car dealership said he tried to steal a van"], "The Chronicle", "says", "E_SAN_FRANCISCO_CHRONICLE"),
    Q(IN, ["he fought with the shirtless man, who snatched the keys from his hand as he was showing the van to a customer"], "Employee Steve Castro", "tells", "E_STEVE_CASTRO"),
    Q(IN, ["a man has been stabbed to death on a San Francisco Bay Area commuter train during a fight"], "A California transit chief", "says", "E_ED_ALVAREZ"),
    Q(IN, ["officials began receiving 911 calls Tuesday afternoon about a fight aboard a train between two men"], "Interim BART Police Chief Ed Alvarez", "told", "E_ED_ALVAREZ"),
    Q(IN, ["transit officers boarded the train at the next stop and found a man bleeding, who was possibly the victim of a stabbing"], "He", "says", "E_ED_ALVAREZ"),
    Q(IN, ["the man died"], "He", "says", "E_ED_ALVAREZ"),
    Q(IN, ["transit officers quickly searched the area and were able to apprehend a suspect"], "Alvarez", "says", "E_ED_ALVAREZ"),
    Q(IN, ["there is no threat to the public because it was a fight between two people who engaged each other"], "He", "said", "E_ED_ALVAREZ"),
]

DOCS["nj-meth-slogan"] = [
    Q(IN, ["Gov. Kristi Noem launched the campaign on Monday in an effort to address the state's meth crisis"], "the Argus Leader of Sioux Falls", "According to", "E_ARGUS_LEADER"),
    Q(D, ["I'm on meth."], "people", "say", "E_METH_AD_PEOPLE"),
    Q(IN, ["the Minneapolis ad agency Broadhead Co. came up with the campaign, and the state has paid the agency nearly $449,000 so far this year"], "The report", "says", "E_ARGUS_LEADER"),
    Q(D, ["Hey Twitter, the whole point of this ad campaign is to raise awareness,", "So I think that's working."], "Noem", "tweeted", "E_KRISTI_NOEM"),
    Q(D, ["South Dakota has a problem." + R], None, None, "E_SOUTH_DAKOTA_STATE"),
]

DOCS["livescience-feather-duvet-lung"] = [
    Q(M, ['A 43-year-old-man, after having switched to feather bedding, began feeling extreme fatigue and breathlessness, and was diagnosed with "feather-duvet lung,"'], "a new case report", "according to", "E_DUVET_CASE_REPORT_AUTHORS"),
    Q(D, ["Going upstairs to bed was a 30 min[ute] activity" + R, "I was signed off work and spent most of the time asleep."], "the patient", "described", "E_LIVESCIENCE_DUVET_PATIENT"),
    Q(D, ["I'm sure it happens much more than we realize,"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(IN, ["there are many variations of hypersensitive pneumonitis, such as farmer's lung (where the allergen is dust from hay, corn or other crops) and wood-worker's lung (where the allergen is sawdust)"], "he", "added", "E_OWEN_DEMPSEY"),
    Q(D, ["You name it, it probably has been described."], None, None, "E_OWEN_DEMPSEY"),
    Q(IN, ["After a year, his symptoms completely cleared and he is now fully recovered"], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["It doesn't affect me at all now and my life is pretty much as it was before,"], "the patient", "wrote", "E_LIVESCIENCE_DUVET_PATIENT"),
    Q(M, ['It\'s important for health care providers to "take really detailed histories" of the patients'], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(D, ["That way they may uncover things in the environment that trigger lung disease."], None, None, "E_OWEN_DEMPSEY"),
    Q(M, ['When doctors don\'t consider these triggers, they may assume the disease is "unexplained," and diagnoses are delayed, or patients are treated unnecessarily or incorrectly'], "he", "added", "E_OWEN_DEMPSEY"),
    Q(D, ["people with pillows and duvets containing feathers shouldn't panic or throw them out,"], "he", "said", "E_OWEN_DEMPSEY"),
    Q(IN, ["if they have chest symptoms such as cough or breathlessness, they should let their health care professional know"], "he", "added", "E_OWEN_DEMPSEY"),
]

DOCS["gizmodo-feather-duvet-lung"] = [
    Q(IN, ["A UK man's innocent decision to change his bedding caused him to develop a strange, rare condition that left him gasping for air"], "his doctors", "say", "E_DUVET_CASE_REPORT_AUTHORS"),
    Q(IN, ["how the man came down with a rare form of allergy to the bird feathers that filled his new duvet and pillows"], "they", "detail", "E_DUVET_CASE_REPORT_AUTHORS"),
    Q(IN, ["the 43-year-old man had suffered months of dizziness, fatigue, and breathlessness by the time he visited his local doctor in November 2016"], "the study", "According to", "E_DUVET_CASE_REPORT_AUTHORS"),
    Q(IN, ["he and his wife had recently switched from synthetic bedding to a feather duvet and feather pillows"], "the man", "mentioned", "E_GIZMODO_DUVET_PATIENT"),
    Q(D, ["In some individuals that meet proteins" + R], "Dempsey", "told", "E_OWEN_DEMPSEY"),
    Q(D, ["Most people of course don't get this" + R], "Dempsey", "said", "E_OWEN_DEMPSEY"),
    Q(IN, ["the man to remove the bedding from his home"], "he", "told", "E_OWEN_DEMPSEY"),
    Q(IN, ["there's no definitive evidence that steroids will help with HP"], "Dempsey", "noted", "E_OWEN_DEMPSEY"),
    Q(D, ["It doesn't affect me at all now" + R], "the man", "wrote", "E_GIZMODO_DUVET_PATIENT"),
    Q(D, ["Hold onto your feather bedding" + R, "Most don't think about it."], "Dempsey", "said", "E_OWEN_DEMPSEY"),
]

DOCS["spacecom-clps-new-providers"] = [
    Q(D, ["American aerospace companies of all sizes are joining the Artemis program,", "Expanding the group of companies" + R], "NASA Administrator Jim Bridenstine", "said", "E_JIM_BRIDENSTINE"),
    Q(D, ["The CLPS initiative was designed" + R, "As we build a steady cadence" + R], "Thomas Zurbuchen", "said", "E_THOMAS_ZURBUCHEN"),
    Q(IN, ["NASA plans to spend a total of $2.6 billion on its CLPS contracts through November 2028"], "agency officials", "said", "E_NASA_OFFICIALS_CLPS"),
    Q(D, ["All of them bring to the table different strengths and different ideas,", "That's the intent" + R], "Clarke", "said", "E_STEVE_CLARKE"),
    Q(D, ["Buying rides to the Moon" + R], "NASA's Steve Clarke", "said", "E_STEVE_CLARKE"),
    Q(IN, ["Such activities will help NASA develop the expertise necessary to put boots on Mars, something the agency wants to do in the 2030s"], "agency officials", "stressed", "E_NASA_OFFICIALS_CLPS"),
]

DOCS["chron-esper-vietnam"] = [
    Q(IN, ["China of using coercion and intimidation against smaller Asian nations to impose its will in the South China Sea"], "U.S. Defense Secretary Mark Esper", "accused", "E_MARK_ESPER"),
    Q(IN, ["Vietnam and others in the region to push back"], "He", "urged", "E_MARK_ESPER"),
    Q(D, ["We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations,"], "Esper", "said", "E_MARK_ESPER"),
    Q(IN, ["Beijing of encroaching into its waters"], "Vietnam", "accused", "E_VIETNAM"),
    Q(D, ["The United States firmly opposes" + R], "Esper", "said", "E_MARK_ESPER"),
    Q(D, ["We strongly oppose violations of international law by China and excessive claims in the South China Sea."], "Esper", "said", "E_MARK_ESPER"),
    Q(IN, ["the U.S. will provide Vietnam's coast guard with a surplus American ship"], "Esper", "announced", "E_MARK_ESPER"),
    Q(IN, ["it would be provided next year"], "He", "said", "E_MARK_ESPER"),
]

DOCS["cnn-asian-markets-trade"] = [
    Q(IN, ["the mood in Beijing was pessimistic"], "CNBC", "reported", "E_CNBC"),
    Q(IN, ["President Donald Trump's reluctance to roll back tariffs was dampening China's outlook on trade talks"], "The news organization", "reported", "E_CNBC"),
    Q(D, ["With no significant data releases" + R, "Neither is likely to inspire the confidence of market participants."], "Jeffrey Halley", "said", "E_JEFFREY_HALLEY"),
]

DOCS["hawaiinewsnow-europa-water"] = [
    Q(IN, ["two of the three requirements for life \u2015 essential chemical elements and sources of energy \u2015 are found all over the solar systems"], "Lucas Paganini", "said", "E_LUCAS_PAGANINI"),
    Q(D, ["But the third" + R], "he", "said", "E_LUCAS_PAGANINI"),
    Q(M, ["Finding water vapor on Europa", 'is the "next best thing" to liquid water'], "he", "said", "E_LUCAS_PAGANINI"),
    Q(IN, ["they detected 5,200 pounds of water vapor being released from Europa per second"], "Paganini and his team", "reported", "E_PAGANINI_TEAM"),
]

DOCS["detroitnews-college-football"] = [
    Q(IN, ["Morgan has made progress this week, but the Big Ten's leading passer has not been cleared"], "Coach P.J. Fleck", "said", "E_PJ_FLECK"),
    Q(IN, ["he received death threats on social media after the Nittany Lions' Nov. 9 loss at Minnesota"], "Penn State quarterback Sean Clifford", "said", "E_SEAN_CLIFFORD"),
    Q(IN, ["Derek Mason has his full support as the Commodores coach and they'll be working together to give the football program the resources and support needed to succeed"], "Vanderbilt athletic director Malcolm Turner", "said", "E_MALCOLM_TURNER"),
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
    atomic_write_text(root / "annotations/entities.json", json.dumps(registry, indent=1, ensure_ascii=False) + "\n")
    docs = annotations(texts)
    for doc in docs.values():
        assert all(q.source.entity in ENTITIES for q in doc.quotes), doc.doc_id
    write_annotation_dir(docs, root / "annotations/passes/annotator-a", overwrite=True)
    print(f"annotator-a (more4 articles): {sum(len(d.quotes) for d in docs.values())} quotes in {len(docs)} documents")


if __name__ == "__main__":
    main()
