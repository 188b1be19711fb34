"""Speakers registered by pass annotator-b on the 11 session-4 articles (sources/pass_b_new.py), GUIDELINES §4.

sources/entities.py adds each id it does not already define, so a registry rebuilt by any pass
script keeps them; where the other annotator registered the same id, their entry is kept.
"""

ENTITIES_B_NEW: dict[str, tuple[str, list[str], str]] = {
    # cbs-volker-morrison
    "E_KURT_VOLKER": ("Kurt Volker", ["Kurt Volker", "Volker"], "person"),
    "E_TIM_MORRISON": ("Tim Morrison", ["Tim Morrison", "Morrison"], "person"),
    "E_MORRISON_LAWYER": ("Tim Morrison's lawyer", [], "person"),
    "E_ALEXANDER_VINDMAN": ("Alexander Vindman", ["Alexander Vindman", "Vindman"], "person"),
    "E_ADAM_SCHIFF": ("Schiff (House Intelligence Committee)", ["Schiff"], "person"),
    # usatoday-epstein-guards
    "E_NOEL_AND_THOMAS": ("Tova Noel and Michael Thomas (the two prison officers)", [], "other"),
    "E_GEOFFREY_BERMAN": ("Geoffrey Berman", ["Geoffrey Berman"], "person"),
    "E_BEN_SASSE": ("Ben Sasse", ["Ben Sasse", "Sen. Ben Sasse", "Sasse"], "person"),
    "E_KATHLEEN_HAWK_SAWYER": ("Kathleen Hawk Sawyer", ["Kathleen Hawk Sawyer", "Hawk Sawyer"], "person"),
    "E_TED_CRUZ": ("Ted Cruz", ["Ted Cruz", "Sen. Ted Cruz", "Cruz"], "person"),
    "E_EPSTEIN_FAMILY_REPS": ("representatives of Epstein's family", [], "other"),
    "E_MICHAEL_THOMAS": ("Michael Thomas", ["Michael Thomas"], "person"),
    "E_JASON_FOY": ("Jason Foy", ["Jason Foy"], "person"),
    "E_MONTELL_FIGGINS": ("Montell Figgins", ["Montell Figgins", "Figgins"], "person"),
    "E_PRISON_UNION_REPS": ("prison union representatives", [], "other"),
    "E_SERENE_GREGG": ("Serene Gregg", ["Serene Gregg"], "person"),
    "E_JAIL_SUICIDE_EXPERTS": ("experts on jail suicide (told USA TODAY)", [], "other"),
    "E_LISA_BOESKY": ("Lisa Boesky", ["Lisa Boesky", "Boesky"], "person"),
    "E_JACK_SCAROLA": ("Jack Scarola", ["Jack Scarola"], "person"),
    # latimes-gannett-gatehouse
    "E_MICHAEL_REED": ("Michael Reed", ["Michael Reed", "Reed"], "person"),
    "E_KEN_DOCTOR": ("Ken Doctor", ["Ken Doctor"], "person"),
    "E_GATEHOUSE": ("GateHouse Media", ["GateHouse Media", "GateHouse"], "organization"),
    "E_ALDEN": ("Alden Capital", ["Alden Capital", "Alden"], "organization"),
    "E_MCCLATCHY": ("McClatchy Co.", ["McClatchy Co.", "McClatchy"], "organization"),
    "E_PENELOPE_ABERNATHY": ("Penelope Muse Abernathy", ["Penelope Muse Abernathy", "Abernathy"], "person"),
    "E_LEON_COOPERMAN": ("Leon Cooperman", ["Leon Cooperman", "Cooperman"], "person"),
    # twincities-wild-sabres
    "E_BRUCE_BOUDREAU": ("Bruce Boudreau", ["Bruce Boudreau", "Boudreau"], "person"),
    "E_RYAN_SUTER": ("Ryan Suter", ["Ryan Suter", "Suter"], "person"),
    "E_ZACH_PARISE": ("Zach Parise", ["Zach Parise", "Parise"], "person"),
    "E_JOEL_ERIKSSON_EK": ("Joel Eriksson Ek", ["Joel Eriksson Ek", "Eriksson Ek"], "person"),
    "E_JACK_EICHEL": ("Jack Eichel", ["Jack Eichel", "Eichel"], "person"),
    # spacenews-clps-landers
    "E_NASA": ("NASA", ["NASA"], "organization"),
    "E_STEVE_CLARKE": ("Steve Clarke", ["Steve Clarke", "Clarke"], "person"),
    "E_GWYNNE_SHOTWELL": ("Gwynne Shotwell", ["Gwynne Shotwell", "Shotwell"], "person"),
    "E_BRENT_SHERWOOD": ("Brent Sherwood", ["Brent Sherwood"], "person"),
    "E_JOHN_ROTH": ("John Roth", ["John Roth", "Roth"], "person"),
    "E_MICHAEL_SIMS": ("Michael Sims", ["Michael Sims"], "person"),
    "E_MARCO_VILLA": ("Marco Villa", ["Marco Villa"], "person"),
    # spokesman-meth-campaign
    "E_MICHELLE_HEGE": ("Michelle Hege", ["Michelle Hege", "Hege"], "person"),
    "E_JULIE_GRAHAM": ("Julie Graham", ["Julie Graham", "Graham"], "person"),
    "E_JEFF_SANBORN": ("Jeff Sanborn", ["Jeff Sanborn", "Sanborn"], "person"),
    # detroitnews-indiana-teachers
    "E_INDIANA_TEACHERS": ("the protesting Indiana teachers", [], "other"),
    "E_ANGELA_COOPER": ("Angela Cooper", ["Angela Cooper", "Cooper"], "person"),
    "E_KEITH_GAMBILL": ("Keith Gambill", ["Keith Gambill", "Gambill"], "person"),
    "E_TEACHERS_UNIONS": ("the Indiana teachers unions", [], "organization"),
    "E_INDIANA_STATE_POLICE": ("Indiana State Police", ["Indiana State Police"], "organization"),
    "E_HOLCOMB_AND_GOP_LEADERS": ("Gov. Eric Holcomb and the GOP legislative leaders (Indiana)", [], "other"),
    "E_BRIAN_BOSMA": ("Brian Bosma", ["Brian Bosma", "Bosma"], "person"),
    "E_HOLCOMB_OFFICE": ("Gov. Eric Holcomb's office", [], "organization"),
    "E_ERIC_HOLCOMB": ("Eric Holcomb", ["Eric Holcomb", "Gov. Eric Holcomb", "Holcomb"], "person"),
    "E_EDUCATION_ADVOCACY_GROUPS": ("education advocacy groups (Indiana)", [], "other"),
    "E_JENNIFER_MCCORMICK": ("Jennifer McCormick", ["Jennifer McCormick", "McCormick"], "person"),
    "E_JOEL_SCHLABACH": ("Joel Schlabach", ["Joel Schlabach"], "person"),
    # thr-google-stadia
    "E_JACK_BUSER": ("Jack Buser", ["Jack Buser", "Buser"], "person"),
    "E_LEWIS_WARD": ("Lewis Ward", ["Lewis Ward", "Ward"], "person"),
    "E_CHRIS_EARLY": ("Chris Early", ["Chris Early", "Early"], "person"),
    "E_STRAUSS_ZELNICK": ("Strauss Zelnick", ["Strauss Zelnick"], "person"),
    # nbc-flu-shots-migrants
    "E_D4CC": ("Doctors for Camp Closure (D4CC), the physicians' group", ["Doctors for Camp Closure", "D4CC"], "organization"),
    "E_CBP_SPOKESPERSON": ("a CBP spokesperson (unnamed)", [], "person"),
    "E_CBP": ("Customs and Border Protection", ["Customs and Border Protection", "CBP"], "organization"),
    "E_LUZ_CONTRERAS_ARROYO": ("Luz Contreras Arroyo", ["Luz Contreras Arroyo", "Dr. Luz Contreras Arroyo", "Arroyo"], "person"),
    "E_HEALTH_CARE_PROVIDERS": ("health care providers (protesting migrant detention)", [], "other"),
    "E_NBC_NEWS": ("NBC News", ["NBC News"], "outlet"),
    "E_CDC": ("Centers for Disease Control", ["Centers for Disease Control", "CDC"], "organization"),
    # physorg-esa-hibernation
    "E_ROBIN_BIESBROEK": ("Robin Biesbroek", ["Robin Biesbroek"], "person"),
    "E_JENNIFER_NGO_ANH": ("Jennifer Ngo-Anh", ["Jennifer Ngo-Anh"], "person"),
    # albawaba-settlements
    "E_UN_AND_EU": ("the United Nations and the European Union (jointly)", [], "other"),
    "E_BENJAMIN_NETANYAHU": ("Benjamin Netanyahu", ["Benjamin Netanyahu", "Netanyahu"], "person"),
    "E_MIKE_POMPEO": ("Mike Pompeo", ["Mike Pompeo", "Pompeo"], "person"),
    "E_UN_SECURITY_COUNCIL": ("UN Security Council", ["UN Security Council", "Security Council"], "organization"),
    "E_ISRAELI_COURTS": ("Israeli courts", [], "other"),
    "E_UN_HUMAN_RIGHTS_CHIEF": (
        "United Nations High Commissioner for Human Rights",
        ["United Nations High Commissioner for Human Rights"],
        "person",
    ),
    "E_EU": ("European Union", ["European Union", "EU"], "organization"),
    "E_ARAB_LEAGUE": ("Arab League", ["Arab League"], "organization"),
    "E_SAEB_EREKAT": ("Saeb Erekat", ["Saeb Erekat", "Erekat"], "person"),
    "E_FRENCH_FOREIGN_MINISTRY": ("the French foreign ministry", [], "organization"),
    "E_BRITISH_FO_SPOKESPERSON": ("a spokesperson for the British Foreign Office", [], "person"),
    "E_EU_COURT": ("the European Union's top court", [], "organization"),
    "E_ISRAELI_SETTLERS": ("Israeli settlers", [], "other"),
    "E_AVI_BELL": ("Avi Bell", ["Avi Bell"], "person"),
}

# Ids of the blind pass (commit 0f9fafc) for speakers pass a registered under another id, same
# referent: renamed to pass a's ids after the agreement was computed (entity ids are not part of it),
# so that the registry has one id per speaker (GUIDELINES §4.2).  Naming only; no quote changed.
SAME_AS: dict[str, str] = {
    "E_PROSECUTORS": "E_SDNY_PROSECUTORS",
    "E_COURT_RECORDS": "E_EPSTEIN_COURT_RECORDS",
    "E_DEFENSE_ATTORNEYS": "E_EPSTEIN_GUARDS_DEFENSE",
    "E_PRISON_RECORDS": "E_BOP_RECORDS",
    "E_ESA_FUTURE_TECH_PANEL": "E_ESA_FTAP",
    "E_ANALYSTS": "E_SETTLEMENT_ANALYSTS",
    "E_RUSSIA_FOREIGN_MINISTRY": "E_RUSSIAN_FOREIGN_MINISTRY",
}
