"""Speakers registered by pass annotator-b on the 12 session-6 dev articles (sources/pass_b_more.py), GUIDELINES §4.

Written blind, before pass a's registry entries for these articles were read.  Not yet merged into
sources/entities.py: pass_b_more.py writes the registry as entities.py's ids plus these (an id
entities.py defines wins).  To keep them in a registry rebuilt by another pass script, add to
entities.py, as for entities_b_unseen.py:
    from entities_b_more import ENTITIES_B_MORE
    for _id, _entity in ENTITIES_B_MORE.items():
        ENTITIES.setdefault(_id, _entity)
"""

P, O, X, OUT = "person", "organization", "other", "outlet"  # noqa: E741

# Speakers of this pass, written blind (GUIDELINES §4; descriptions that name no one are registered, §4.4).
ENTITIES_B_MORE: dict[str, tuple[str, list[str], str]] = {
    # aljazeera-afghanistan-helicopter
    "E_US_MILITARY_AFGHANISTAN": ("the US military (in Afghanistan)", ["US military"], O),
    "E_AFGHAN_TALIBAN": ("the Afghan Taliban", ["Afghan Taliban", "Taliban"], O),
    "E_ZABIHULLAH_MUJAHID": ("Zabihullah Mujahid", ["Zabihullah Mujahid", "Taliban spokesman Zabihullah Mujahid", "Mujahid"], P),
    "E_MARK_MILLEY": ("Mark Milley", ["General Mark Milley", "Mark Milley"], P),
    "E_UNITED_NATIONS": ("United Nations", ["United Nations"], O),
    # indiapost-deportees
    "E_SOME_DEPORTEES": ("some of the deportees (returned to Delhi)", [], X),
    "E_SINGH_JABARJUNG": ("Singh Jabarjung", ["Singh Jabarjung"], P),
    "E_LAKSHIWNDER_SINGH": ("Lakshiwnder Singh", ["Lakshiwnder Singh"], P),
    "E_DELHI_AIRPORT_OFFICIAL": ("an airport official (Delhi airport)", [], P),
    "E_DELHI_OFFICIALS": ("the officials (Delhi airport, deportee arrival)", [], X),
    # nbcdfw-kidnapping-rescue
    "E_FORT_WORTH_OFFICER": ("an officer (Fort Worth police, in the body camera video)", [], P),
    "E_MICHAEL_WEBB": ("Michael Webb", ["Michael Webb", "Webb"], P),
    # chron-houston-car-sales
    "E_INFONATION": ("InfoNation", ["InfoNation"], O),
    "E_DAN_MCDOWELL": ("Dan McDowell", ["Dan McDowell", "InfoNation President Dan McDowell", "McDowell"], P),
    "E_EDMUNDS": ("Edmunds.com", ["Edmunds.com", "Edmunds"], O),
    "E_JESSICA_CALDWELL": ("Jessica Caldwell", ["Jessica Caldwell"], P),
    # cnbc-coty-kylie
    "E_MATT_MALEY": ("Matt Maley", ["Matt Maley", "Maley"], P),
    "E_JOHN_PETRIDES": ("John Petrides", ["John Petrides", "Petrides"], P),
    # cnn-feather-duvet-lung
    "E_MARTIN_TAYLOR": ("Martin Taylor", ["Martin Taylor", "Taylor"], P),
    "E_OWEN_DEMPSEY": ("Owen John Dempsey", ["Dr. Owen John Dempsey", "Owen John Dempsey", "Dempsey"], P),
    "E_TAYLOR_RADIOLOGIST": ("a radiologist (who read Martin Taylor's chest X-ray)", [], P),
    "E_SHERLOCK_HOLMES": ("Sherlock Holmes (fictional detective)", ["Sherlock"], X),
    # deccanherald-impeachment-grisham (E_KURT_VOLKER, E_TIM_MORRISON, E_ALEXANDER_VINDMAN: sources/entities.py)
    "E_DONALD_TRUMP": ("Donald Trump", ["Donald Trump", "President Donald Trump", "US President Donald Trump", "Trump"], P),
    "E_HOUSE_DEMOCRATS": ("the Democrats (House of Representatives, impeachment inquiry)", [], O),
    "E_WHITE_HOUSE": ("the White House", ["White House"], O),
    "E_STEPHANIE_GRISHAM": ("Stephanie Grisham", ["Stephanie Grisham", "White House Press Secretary Stephanie Grisham", "Grisham"], P),
    "E_JENNIFER_WILLIAMS": ("Jennifer Williams", ["Jennifer Williams", "Williams"], P),
    "E_VINDMAN_AND_WILLIAMS": ("Alexander Vindman and Jennifer Williams", [], X),
    "E_VOLKER_AND_MORRISON": ("Kurt Volker and Tim Morrison", [], X),
    # express-hongkong-polyu
    "E_HONG_KONG_POLICE": ("Hong Kong police", ["Hong Kong police"], O),
    "E_LIU_XIAMING": ("Liu Xiaming", ["Liu Xiaming", "China's ambassador to Britain Liu Xiaming", "Liu"], P),
    "E_CHEUK_HAU_YIP": ("Cheuk Hau-yip", ["Cheuk Hau-yip"], P),
    "E_HONG_KONG_COURT": ("the Hong Kong court that ruled on the mask ban", [], O),
    "E_CHRIS_TANG": ("Chris Tang", ["Chris Tang"], P),
    "E_CHINA": ("China (the state)", ["China"], "country"),
    "E_UK": ("the United Kingdom (the state)", ["UK"], "country"),
    # moneycontrol-sensex-economy
    "E_SANJIV_BHASIN": ("Sanjiv Bhasin", ["Sanjiv Bhasin"], P),
    "E_KOTAK_INSTITUTIONAL_EQUITIES": ("Kotak Institutional Equities", ["Kotak Institutional Equities"], O),
    "E_MARKET_EXPERTS": ("experts (Indian equity market)", [], X),
    "E_RUSMIK_OZA": ("Rusmik Oza", ["Rusmik Oza", "Oza"], P),
    "E_JP_MORGAN": ("JP Morgan", ["JP Morgan"], O),
    "E_NOMURA": ("Nomura", ["Nomura"], O),
    "E_GEORGE_SOROS": ("George Soros", ["George Soros"], P),
    "E_PANKAJ_PANDEY": ("Pankaj Pandey", ["Pankaj Pandey"], P),
    # politifact-mckinley-drugs
    "E_DAVID_MCKINLEY": ("David McKinley", ["David McKinley", "Rep. David McKinley", "McKinley"], P),
    "E_CBP_SPOKESMAN": ("an agency spokesman (Customs and Border Protection)", [], P),
    "E_BRUCE_BAGLEY": ("Bruce Bagley", ["Bruce Bagley"], P),
    "E_DEA": ("Drug Enforcement Administration", ["Drug Enforcement Administration", "DEA"], O),
    # spacecom-europa-plumes
    "E_PAGANINI_TEAM": ("Lucas Paganini and his team (the Nature Astronomy study)", [], X),
    "E_LUCAS_PAGANINI": ("Lucas Paganini", ["Lucas Paganini", "study lead author Lucas Paganini", "Paganini"], P),
    # sportsnet-davis-cup
    "E_FELICIANO_LOPEZ": ("Feliciano Lopez", ["Feliciano Lopez", "Lopez"], P),
    "E_RAFAEL_NADAL": ("Rafael Nadal", ["Rafael Nadal", "Nadal"], P),
    "E_REILLY_OPELKA": ("Reilly Opelka", ["Reilly Opelka", "Opelka"], P),
    "E_NICOLAS_MAHUT": ("Nicolas Mahut", ["Nicolas Mahut", "Mahut"], P),
    "E_DIEGO_SCHWARTZMAN": ("Diego Schwartzman", ["Diego Schwartzman", "Schwartzman"], P),
    "E_ALEXANDER_BUBLIK": ("Alexander Bublik", ["Alexander Bublik", "Bublik"], P),
}
