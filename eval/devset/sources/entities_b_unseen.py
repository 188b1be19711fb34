"""Speakers registered by pass annotator-b on the 10 held-back articles (sources/pass_b_unseen.py), GUIDELINES §4.

Written blind, before pass a's registry entries for these articles were read.  sources/entities.py
adds each id it does not already define, so a registry rebuilt by any pass script keeps them; where
pass a registered the same id, its entry is kept.
"""

P, O, X, OUT = "person", "organization", "other", "outlet"  # noqa: E741

ENTITIES_B_UNSEEN: dict[str, tuple[str, list[str], str]] = {
    # crn-apple-enterprise
    "E_TIM_COOK": ("Tim Cook", ["Tim Cook", "CEO Tim Cook", "Cook"], P),
    "E_MARC_BENIOFF": ("Marc Benioff", ["Marc Benioff", "Benioff"], P),
    "E_APPLE": ("Apple", ["Apple"], O),
    # ctpost-deval-patrick
    "E_DEVAL_PATRICK": ("Deval Patrick", ["Deval Patrick", "Patrick"], P),
    "E_EYAMBA_SOWERS": ("Eyamba Sowers", ["Eyamba Sowers", "Sowers"], P),
    "E_BETH_RUFFIN": ("Beth Ruffin", ["Beth Ruffin", "Ruffin"], P),
    # mysa-lebron-lakers
    "E_LEBRON_JAMES": ("LeBron James", ["LeBron James", "LeBron", "James"], P),
    "E_ANTHONY_DAVIS": ("Anthony Davis", ["Anthony Davis", "Davis"], P),
    "E_FRANK_VOGEL": ("Frank Vogel", ["Frank Vogel", "Vogel"], P),
    "E_DENNIS_SCHRODER": ("Dennis Schröder", ["Dennis Schröder", "Schröder"], P),
    "E_BILLY_DONOVAN": ("Billy Donovan", ["Billy Donovan", "Oklahoma City coach Billy Donovan"], P),
    # bbc-taylor-swift-label
    "E_BIG_MACHINE": ("Big Machine (record label)", ["Big Machine"], O),
    "E_TAYLOR_SWIFT": ("Taylor Swift", ["Taylor Swift", "Swift"], P),
    "E_SCOOTER_BRAUN": ("Scooter Braun", ["Scooter Braun", "Braun"], P),
    "E_DICK_CLARK_PRODUCTIONS": ("Dick Clark Productions", ["Dick Clark Productions"], O),
    # cbssports-browns-rudolph
    "E_SHELDON_RICHARDSON": ("Sheldon Richardson", ["Sheldon Richardson", "Browns DL Sheldon Richardson", "Richardson"], P),
    "E_JASON_LA_CANFORA": ("Jason La Canfora", ["Jason La Canfora", "CBS Sports NFL Insider Jason La Canfora"], P),
    "E_PUNISHMENT_SUPPORTERS": ("those in favor of punishing Mason Rudolph", [], X),
    "E_RUDOLPH_SUPPORTERS": ("Mason Rudolph's supporters", [], X),
    "E_CAM_HEYWARD": ("Cam Heyward", ["Cam Heyward", "Steelers defensive captain Cam Heyward", "Heyward"], P),
    # thehill-omar-threat
    "E_WDNY_US_ATTORNEY_OFFICE": (
        "U.S. Attorney's Office for the Western District of New York",
        ["U.S. Attorney's Office for the Western District of New York"],
        O,
    ),
    "E_JAMES_KENNEDY_JR": ("James Kennedy Jr.", ["James Kennedy Jr.", "U.S. Attorney James Kennedy Jr."], P),
    "E_SONYA_ZOGHLIN": ("Sonya A. Zoghlin", ["Sonya A. Zoghlin"], P),
    "E_PATRICK_CARLINEO": ("Patrick Carlineo Jr.", ["Patrick Carlineo Jr.", "Pat Carlineo", "Carlineo"], P),
    "E_ALEXANDRIA_OCASIO_CORTEZ": ("Alexandria Ocasio-Cortez", ["Alexandria Ocasio-Cortez", "Rep. Alexandria Ocasio-Cortez"], P),
    "E_ILHAN_OMAR": ("Ilhan Omar", ["Ilhan Omar", "Rep. Ilhan Omar", "Omar"], P),
    # timesunion-pge-shutoff
    "E_PGE": ("Pacific Gas & Electric Co. (PG&E)", ["Pacific Gas & Electric Co.", "PG&E"], O),
    "E_PGE_OFFICIALS": ("PG&E officials", [], X),
    "E_SCOTT_STRENFEL": ("Scott Strenfel", ["Scott Strenfel"], P),
    "E_MARK_QUINLAN": ("Mark Quinlan", ["Mark Quinlan"], P),
    "E_PGE_CRITICS": ("local officials and customers who accused PG&E of overkill", [], X),
    "E_ANDY_VESEY": ("Andy Vesey", ["Andy Vesey"], P),
    "E_MARYBEL_BATJER": ("Marybel Batjer", ["Marybel Batjer", "CPUC President Marybel Batjer"], P),
    "E_RURAL_COUNTIES_GROUP": ("a group representing rural counties in California", [], O),
    "E_CONSUMER_ADVOCATES": ("consumer advocates (California)", [], X),
    "E_CAL_OES": ("California Governor's Office of Emergency Services", ["California Governor's Office of Emergency Services"], O),
    "E_CPUC": ("California Public Utilities Commission", ["California Public Utilities Commission", "CPUC"], O),
    "E_BUSINESSES_AND_RESIDENTS": ("businesses and residents affected by the outages", [], X),
    # smithsonian-china-plague
    "E_CHINESE_OFFICIALS": ("Chinese officials", [], X),
    "E_BEIJING_AUTHORITIES": ("authorities in Beijing", [], O),
    "E_WHO": ("World Health Organization", ["WHO"], O),
    "E_CHINA_CDC": ("Chinese Center for Disease Control and Prevention", ["Chinese Center for Disease Control and Prevention"], O),
    "E_SUI_LEE_WEE": ("Sui-Lee Wee (The New York Times)", ["Sui-Lee Wee", "Wee"], P),
    "E_ALEX_HORTON": ("Alex Horton (The Washington Post)", ["Alex Horton"], P),
    "E_AP": ("The Associated Press", ["Associated Press"], OUT),
    "E_INNER_MONGOLIA_HEALTH_COMMISSION": ("Inner Mongolia health commission", ["Inner Mongolia health commission"], O),
    "E_REUTERS": ("Reuters", ["Reuters"], OUT),
    "E_CHINESE_PUBLIC_CRITICS": ("many in China who voiced concerns about the plague information", [], X),
    "E_LI_JIFENG": ("Li Jifeng", ["Li Jifeng"], P),
    "E_CHINESE_CENSORS": ("censors (China)", [], X),
    "E_WEIBO_COMMENTER": ("one Weibo commenter", [], P),
    "E_BEIJING_OFFICIALS": ("Beijing officials (2003 SARS outbreak)", [], X),
    # newsweek-cannabis-disorder
    "E_CANNABIS_STUDY_AUTHORS": ("the authors of the JAMA Psychiatry study on cannabis use disorder", [], X),
    "E_SURVEY_RESPONDENTS": ("respondents of the National Survey on Drug Use and Health", [], X),
    "E_SILVIA_MARTINS": ("Silvia S. Martins", ["Silvia S. Martins", "Dr. Silvia S. Martins", "Martins"], P),
    "E_IAN_HAMILTON": ("Ian Hamilton", ["Ian Hamilton", "Hamilton"], P),
    # therealdeal-wework-layoffs
    "E_MARCELO_CLAURE": ("Marcelo Claure", ["Marcelo Claure", "Claure"], P),
    "E_WEWORK_SOURCE": ("a person familiar with the matter (WeWork layoffs)", [], P),
    "E_WEWORK_SOURCES": ("multiple people familiar with the matter (WeWork layoffs)", [], X),
    "E_WEWORKERS_COALITION": ("WeWorkers Coalition", ["WeWorkers Coalition"], O),
}

# Ids of the blind pass (commit 972d430) for speakers pass a registered under another id, same
# referent (the agreement script printed every shared quote whose speaker id differed: all 17 were
# these namings): renamed to pass a's ids after the agreement was computed (entity ids are not part
# of it), so that the registry has one id per speaker (GUIDELINES §4.2).  Naming only; no quote changed.
SAME_AS: dict[str, str] = {
    "E_WDNY_US_ATTORNEY_OFFICE": "E_US_ATTORNEY_WDNY",
    "E_JAMES_KENNEDY_JR": "E_JAMES_KENNEDY",
    "E_BUSINESSES_AND_RESIDENTS": "E_CAL_BUSINESSES_RESIDENTS",
    "E_CHINESE_OFFICIALS": "E_CHINA_OFFICIALS",
    "E_INNER_MONGOLIA_HEALTH_COMMISSION": "E_INNER_MONGOLIA_HEALTH",
    "E_CHINESE_PUBLIC_CRITICS": "E_CHINESE_PUBLIC",
    "E_CHINESE_CENSORS": "E_CHINA_CENSORS",
    "E_BEIJING_OFFICIALS": "E_BEIJING_OFFICIALS_2003",
    "E_CANNABIS_STUDY_AUTHORS": "E_JAMA_CANNABIS_AUTHORS",
    "E_SURVEY_RESPONDENTS": "E_CANNABIS_SURVEY_RESPONDENTS",
    "E_PUNISHMENT_SUPPORTERS": "E_PUNISHMENT_BACKERS",
}
