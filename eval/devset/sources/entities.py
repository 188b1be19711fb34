"""The dev set's entity registry: every speaker, as (name, aliases, type) by id (GUIDELINES §4)."""

ENTITIES: dict[str, tuple[str, list[str], str]] = {
    # cnn-thanksgiving-storm
    "E_STEVE_COWAN": ("Steve Cowan", ["Steve Cowan"], "person"),
    "E_TODD_BOREK": ("Todd Borek", ["Todd Borek", "CNN meteorologist Todd Borek"], "person"),
    "E_LATASHA_ABNEY": ("Latasha Abney", ["Latasha Abney", "Abney"], "person"),
    "E_BRIAN_GOOD": ("Brian M. Good", ["Brian M. Good"], "person"),
    "E_JAMES_HALL": ("James Hall", ["James Hall", "Patrol Chief James Hall"], "person"),
    "E_PARADE_OFFICIALS": ("officials (Macy's parade safety)", [], "other"),
    "E_JOSE_RAMIREZ": ("Jose Ramirez", ["Jose Ramirez"], "person"),
    "E_PARADE_ORGANIZERS": ("organizers (Macy's Thanksgiving Day Parade)", [], "organization"),
    "E_FAA": ("Federal Aviation Administration", ["Federal Aviation Administration", "FAA"], "organization"),
    "E_TODD_LEHMACHER": ("Todd Lehmacher", ["Todd Lehmacher"], "person"),
    "E_AMTRAK": ("Amtrak", ["Amtrak"], "organization"),
    "E_ELLIE_HALL": ("Ellie Hall", ["Ellie Hall"], "person"),
    "E_CHAD_MYERS": ("Chad Myers", ["Chad Myers", "CNN meteorologist Chad Myers"], "person"),
    "E_SARAH_MARTINI": ("Sarah Martini", ["Sarah Martini"], "person"),
    "E_NHTSA": ("National Highway Traffic Safety Administration", ["National Highway Traffic Safety Administration"], "organization"),
    "E_SEQRET_WATSON": ("Seqret Watson", ["Seqret Watson", "Watson"], "person"),
    "E_JENNIFER_PETERSON": ("Jennifer Peterson", ["Jennifer Peterson"], "person"),
    # nj-doherty-christie
    "E_MICHAEL_DOHERTY": ("Michael Doherty", ["Michael Doherty", "State Sen. Michael Doherty", "Doherty"], "person"),
    "E_DAWN_ADDIEGO": ("Dawn Addiego", ["Dawn Addiego", "State Sen. Dawn Addiego"], "person"),
    # reuters-airasia-bodies
    "E_INDONESIAN_NAVY": ("the Indonesian navy", [], "organization"),
    "E_SOELISTYO": ("Fransiskus Bambang Soelistyo", ["Fransiskus Bambang Soelistyo", "Soelistyo"], "person"),
    "E_TONY_FERNANDES": ("Tony Fernandes", ["Tony Fernandes"], "person"),
    "E_AIRASIA": ("AirAsia", ["AirAsia", "Indonesia AirAsia"], "organization"),
    "E_YOHANNES": ("Yohannes", ["Yohannes"], "person"),
    "E_TRI_RISMAHARINI": ("Tri Rismaharini", ["Tri Rismaharini", "mayor of Surabaya"], "person"),
    "E_NAVY_SPOKESMAN": ("a navy spokesman (AirAsia search)", [], "person"),
    "E_SEARCH_OFFICIALS": ("officials (AirAsia QZ8501 search)", [], "other"),
    "E_PILOTS_AND_EXPERTS": ("pilots and aviation experts", [], "other"),
    "E_PROBE_SOURCE": ("a source close to the probe (AirAsia QZ8501)", [], "person"),
    "E_GE_SPOKESMAN": ("a GE spokesman", [], "person"),
    "E_US_OFFICIALS": ("U.S. law enforcement and security officials", [], "other"),
    # pe-perris-shooting
    "E_DAVID_LELEVIER": ("David Lelevier", ["David Lelevier", "Lt. David Lelevier"], "person"),
    "E_NIC_COCIS": ("Nic Cocis", ["Nic Cocis", "Cocis"], "person"),
    "E_JUDY_AVALOS": ("Judy Avalos", ["Judy Avalos", "Avalos"], "person"),
    "E_AVALOS_BOYFRIEND": ("Judy Avalos's boyfriend (the shooting victim)", [], "person"),
    "E_MEN_IN_THE_CAR": ("the men in the car (Perris shooting)", [], "other"),
    "E_ROBERT_CORNETT": ("Robert Cornett", ["Robert Cornett", "Investigator Robert Cornett", "Cornett"], "person"),
    "E_RIVERSIDE_INVESTIGATORS": ("investigators (Riverside County Sheriff's Department)", [], "other"),
    "E_TEXT_CORRESPONDENT": ("the person Avalos texted", [], "person"),
}
ENTITIES.update(
    {
        # nypost-shark-surfer
        "E_ROBERT_COLLIGAN": (
            "Robert Colligan",
            ["Robert Colligan", "Colligan", "California State Park Ranger Supervisor Robert Colligan"],
            "person",
        ),
        "E_SLO_TRIBUNE": ("The San Luis Obispo Tribune", ["San Luis Obispo Tribune"], "outlet"),
        "E_HOSPITAL_SPOKESMAN": ("a hospital spokesman (Swanson's hospital)", [], "person"),
        "E_ANDREW_WALSH": ("Andrew Walsh", ["Andrew Walsh", "Walsh"], "person"),
        # nypost-macmillan-amazon
        "E_HACHETTE": ("Hachette", ["Hachette"], "organization"),
        "E_AMAZON": ("Amazon", ["Amazon"], "organization"),
        "E_JOHN_SARGENT": ("John Sargent", ["John Sargent", "Macmillan CEO John Sargent", "Sargent"], "person"),
        "E_DOJ": ("U.S. Department of Justice", ["Department of Justice"], "organization"),
        "E_EBOOK_COURT": ("the court that ruled in the e-book price-fixing case", [], "organization"),
        # mlive-suh-rodgers
        "E_PETER_KING": ("Peter King", ["Peter King", "MMQB's Peter King"], "person"),
        "E_AARON_RODGERS": ("Aaron Rodgers", ["Aaron Rodgers", "Rodgers"], "person"),
        "E_MIKE_MCCARTHY": ("Mike McCarthy", ["Mike McCarthy", "McCarthy"], "person"),
        "E_JIM_CALDWELL": ("Jim Caldwell", ["Jim Caldwell", "Caldwell"], "person"),
        # telegraph-thatcher-gcse
        "E_MARGARET_THATCHER": ("Margaret Thatcher", ["Margaret Thatcher", "Mrs Thatcher"], "person"),
        "E_MICHAEL_GOVE": ("Michael Gove", ["Michael Gove"], "person"),
        "E_KEITH_JOSEPH": ("Sir Keith Joseph", ["Sir Keith Joseph", "Sir Keith", "Mr Joseph"], "person"),
        "E_NO10_POLICY_UNIT": ("the No 10 policy unit", ["No 10 policy unit"], "organization"),
        "E_NO10_OFFICIAL": ("an official (1986 GCSE papers)", [], "person"),
        "E_MARK_ADDISON": ("Mark Addison", ["Mark Addison", "Mr Addison"], "person"),
        "E_KENNETH_BAKER": ("Kenneth Baker, Lord Baker of Dorking", ["Kenneth Baker", "Lord Baker", "Lord Baker of Dorking"], "person"),
    }
)
ENTITIES.update(
    {
        # dailybeast-vatican-nuns
        "E_VATICAN": ("the Vatican (the Holy See)", ["Vatican", "Holy See"], "organization"),
        "E_JAMES_MARTIN": ("James Martin", ["James Martin", "Father James Martin", "Martin"], "person"),
        "E_GERHARD_MULLER": ("Gerhard Müller", ["Gerhard Müller", "Muller", "Mueller"], "person"),
        "E_SHARON_HOLLAND": ("Sharon Holland", ["Sharon Holland", "Sister Sharon Holland"], "person"),
        "E_MARY_ANN_ZOLLMAN": ("Mary Ann Zollman", ["Mary Ann Zollman"], "person"),
        # livescience-psilocybin
        "E_PAUL_EXPERT": ("Paul Expert", ["Paul Expert", "study co-author Paul Expert"], "person"),
        "E_PSILOCYBIN_RESEARCHERS": ("the researchers (psilocybin brain-network study)", [], "other"),
        "E_MITUL_MEHTA": ("Mitul Mehta", ["Mitul Mehta"], "person"),
    }
)
ENTITIES.update(
    {
        # wired-finney-swatting
        "E_DISPATCH_OPERATOR": ("the 911 emergency dispatch operator (Finney swatting)", [], "person"),
        "E_SANTA_BARBARA_POLICE": ("the police at the Finney home (Santa Barbara)", [], "organization"),
        "E_FRAN_FINNEY": ("Fran Finney", ["Fran Finney", "Fran"], "person"),
        "E_SWATTER": ("the caller / extortionist (Nitrous, Savaged)", ["Savaged", "Nitrous"], "person"),
        "E_ROGER_VER": ("Roger Ver", ["Roger Ver", "Ver"], "person"),
        # foxnews-oscar-isaac
        "E_OSCAR_ISAAC": ("Oscar Isaac", ["Oscar Isaac", "Isaac"], "person"),
        "E_JC_CHANDOR": ("J.C. Chandor", ["J.C. Chandor", "Chandor"], "person"),
        "E_JESSICA_CHASTAIN": ("Jessica Chastain", ["Jessica Chastain", "Chastain"], "person"),
        # dailybeast-nypd-vigil
        "E_BILL_DE_BLASIO": ("Bill de Blasio", ["Bill DeBlasio", "Mayor Bill DeBlasio", "De Blasio", "DeBlasio"], "person"),
        "E_ERIC_GARNER": ("Eric Garner", ["Eric Garner"], "person"),
        "E_PROTESTERS": ("the protesters (#BlackLivesMatter)", [], "other"),
        "E_CRITICS": ("the critics of the protests", [], "other"),
        "E_PAT_LYNCH": ("Pat Lynch", ["Pat Lynch"], "person"),
        "E_RUDY_GIULIANI": ("Rudy Giuliani", ["Rudy Giuliani", "Former mayor Rudy Giuliani", "Giuliani"], "person"),
        "E_PERRY": ('"Perry", a 21-year-old East Flatbush resident', ["Perry"], "person"),
        "E_JONATHAN_ALVAREZ": ("Jonathan Alvarez", ["Jonathan Alvarez", "Alvarez"], "person"),
        "E_NYPD_OFFICERS": ("NYPD officers at the vigil", [], "other"),
        "E_JUSTICE_LEAGUE_MEMBER": ("a member of the Justice League NYC", [], "person"),
        # bloomberg-state-jobs
        "E_KEVIN_YEAROUT": ("Kevin Yearout", ["Kevin Yearout", "Yearout"], "person"),
        "E_LABOR_DEPARTMENT": ("U.S. Labor Department", ["Labor Department"], "organization"),
        "E_JOHN_HERRMANN": ("John Herrmann", ["John Herrmann", "Herrmann"], "person"),
        "E_DALLAS_FED": ("Federal Reserve Bank of Dallas", ["Federal Reserve Bank of Dallas"], "organization"),
        "E_FOMC": ("Federal Open Market Committee", ["Federal Open Market Committee"], "organization"),
        "E_MARK_ZANDI": ("Mark Zandi", ["Mark Zandi"], "person"),
        "E_IHS_ECONOMISTS": ("IHS Global Insight economists", [], "other"),
        "E_JAMES_DIFFLEY": ("James Diffley", ["James Diffley"], "person"),
        "E_CAR_CENTER": ("Center for Automotive Research", ["Center for Automotive Research"], "organization"),
        "E_MOODYS_ANALYTICS": ("Moody's Analytics", ["Moody’s Analytics", "Moody’s"], "organization"),
        "E_GARY_BURTLESS": ("Gary Burtless", ["Gary Burtless", "Burtless"], "person"),
        "E_BROOKINGS": ("Brookings Institution", ["Brookings Institution", "Brookings"], "organization"),
        "E_JIM_MASON": ("Jim Mason", ["Jim Mason"], "person"),
        "E_JOSEPH_SENECA": ("Joseph Seneca", ["Joseph Seneca"], "person"),
        "E_AHMAD_IJAZ": ("Ahmad Ijaz", ["Ahmad Ijaz"], "person"),
        "E_EDDIE_FOREMAN": ("Eddie Foreman", ["Eddie Foreman", "Foreman"], "person"),
        "E_MICHAEL_ODONNELL": ("Michael O'Donnell", ["Michael O’Donnell"], "person"),
    }
)
ENTITIES.update(
    {
        # speakers first identified in pass 2 (annotator-a2)
        "E_NDAMUKONG_SUH": ("Ndamukong Suh", ["Ndamukong Suh", "Suh"], "person"),
        "E_MARIE_CLARE_MILLEA": ("Marie Clare Millea", ["Marie Clare Millea", "Mother Superior Marie Clare Millea", "Millea"], "person"),
        "E_JUSTICE_LEAGUE": ("Justice League NYC", ["Justice League NYC", "Justice League"], "organization"),
    }
)
ENTITIES.update(
    {
        # session 4: the articles of articles2.jsonl (pass_a_more.py)
        # cbs-volker-morrison
        "E_KURT_VOLKER": ("Kurt Volker", ["Kurt Volker", "Volker"], "person"),
        "E_TIM_MORRISON": ("Tim Morrison", ["Tim Morrison", "Morrison"], "person"),
        "E_MORRISON_LAWYER": ("Morrison's lawyer", [], "person"),
        "E_ALEXANDER_VINDMAN": ("Alexander Vindman", ["Alexander Vindman", "Vindman"], "person"),
        "E_ADAM_SCHIFF": ("Adam Schiff", ["Schiff"], "person"),
        # usatoday-epstein-guards
        "E_NOEL_AND_THOMAS": ("Tova Noel and Michael Thomas (the two prison officers)", [], "other"),
        "E_SDNY_PROSECUTORS": ("federal prosecutors (Southern District of New York)", [], "other"),
        "E_EPSTEIN_COURT_RECORDS": ("court records (the case against Noel and Thomas)", [], "other"),
        "E_GEOFFREY_BERMAN": ("Geoffrey Berman", ["Geoffrey Berman"], "person"),
        "E_BEN_SASSE": ("Ben Sasse", ["Ben Sasse", "Sen. Ben Sasse", "Sasse"], "person"),
        "E_KATHLEEN_HAWK_SAWYER": ("Kathleen Hawk Sawyer", ["Kathleen Hawk Sawyer", "Hawk Sawyer"], "person"),
        "E_TED_CRUZ": ("Ted Cruz", ["Ted Cruz", "Sen. Ted Cruz", "Cruz"], "person"),
        "E_EPSTEIN_FAMILY_REPS": ("representatives of Epstein's family", [], "other"),
        "E_MICHAEL_THOMAS": ("Michael Thomas", ["Michael Thomas", "Thomas"], "person"),
        "E_EPSTEIN_GUARDS_DEFENSE": ("defense attorneys (Noel and Thomas)", [], "other"),
        "E_JASON_FOY": ("Jason Foy", ["Jason Foy"], "person"),
        "E_MONTELL_FIGGINS": ("Montell Figgins", ["Montell Figgins", "Figgins"], "person"),
        "E_PRISON_UNION_REPS": ("prison union representatives", [], "other"),
        "E_SERENE_GREGG": ("Serene Gregg", ["Serene Gregg"], "person"),
        "E_BOP_RECORDS": ("federal prison records", [], "other"),
        "E_JAIL_SUICIDE_EXPERTS": ("experts on jail suicide", [], "other"),
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
        "E_INDIANA_TEACHERS": ("the protesting teachers (Indiana Statehouse rally)", [], "other"),
        "E_ANGELA_COOPER": ("Angela Cooper", ["Angela Cooper", "Cooper"], "person"),
        "E_KEITH_GAMBILL": ("Keith Gambill", ["Keith Gambill", "Gambill"], "person"),
        "E_TEACHERS_UNIONS": ("the teachers unions (Indiana)", [], "organization"),
        "E_INDIANA_STATE_POLICE": ("Indiana State Police", ["Indiana State Police"], "organization"),
        "E_HOLCOMB_AND_GOP_LEADERS": ("Gov. Eric Holcomb and GOP legislative leaders", [], "other"),
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
        "E_D4CC": ("Doctors for Camp Closure", ["Doctors for Camp Closure", "D4CC"], "organization"),
        "E_CBP_SPOKESPERSON": ("a CBP spokesperson (unnamed)", [], "person"),
        "E_LUZ_CONTRERAS_ARROYO": ("Luz Contreras Arroyo", ["Luz Contreras Arroyo", "Dr. Luz Contreras Arroyo", "Arroyo"], "person"),
        "E_CBP": ("Customs and Border Protection", ["Customs and Border Protection", "CBP"], "organization"),
        "E_HEALTH_CARE_PROVIDERS": ("health care providers (protesting migrant detention)", [], "other"),
        "E_NBC_NEWS": ("NBC News", ["NBC News"], "outlet"),
        "E_CDC": ("Centers for Disease Control", ["Centers for Disease Control", "CDC"], "organization"),
        # physorg-esa-hibernation
        "E_ESA_FTAP": ("ESA's Future Technology Advisory Panel", [], "organization"),
        "E_ROBIN_BIESBROEK": ("Robin Biesbroek", ["Robin Biesbroek"], "person"),
        "E_JENNIFER_NGO_ANH": ("Jennifer Ngo-Anh", ["Jennifer Ngo-Anh", "SciSpacE Team Leader Jennifer Ngo-Anh"], "person"),
        # albawaba-settlements
        "E_UN_AND_EU": ("the United Nations and the European Union", [], "other"),
        "E_BENJAMIN_NETANYAHU": (
            "Benjamin Netanyahu",
            ["Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"],
            "person",
        ),
        "E_MIKE_POMPEO": ("Mike Pompeo", ["Mike Pompeo", "US Secretary of State Mike Pompeo", "Pompeo"], "person"),
        "E_UN_SECURITY_COUNCIL": ("UN Security Council", ["UN Security Council", "Security Council"], "organization"),
        "E_ISRAELI_COURTS": ("Israeli courts", [], "other"),
        "E_UN_HUMAN_RIGHTS_CHIEF": (
            "United Nations High Commissioner for Human Rights",
            ["United Nations High Commissioner for Human Rights"],
            "person",
        ),
        "E_EU": ("European Union", ["European Union", "EU"], "organization"),
        "E_SETTLEMENT_ANALYSTS": ("analysts (US settlements decision)", [], "other"),
        "E_ARAB_LEAGUE": ("Arab League", ["Arab League"], "organization"),
        "E_SAEB_EREKAT": ("Saeb Erekat", ["Saeb Erekat", "Erekat"], "person"),
        "E_RUSSIAN_FOREIGN_MINISTRY": ("Russia's foreign ministry", [], "organization"),
        "E_FRENCH_FOREIGN_MINISTRY": ("the French foreign ministry", [], "organization"),
        "E_BRITISH_FO_SPOKESPERSON": ("a spokesperson for the British Foreign Office", [], "person"),
        "E_EU_COURT": ("the European Union's top court", [], "organization"),
        "E_ISRAELI_SETTLERS": ("Israeli settlers", [], "other"),
        "E_AVI_BELL": ("Avi Bell", ["Avi Bell"], "person"),
    }
)
ENTITIES.update(
    {
        # session 4, speakers first identified in pass 2 (annotator-a2)
        "E_AYMAN_SAFADI": ("Ayman Safadi", ["Ayman Safadi", "Jordanian Foreign Minister Ayman Safadi"], "person")
    }
)

# speakers of pass annotator-b on the session-4 articles (sources/entities_b_new.py); ids defined above win
from entities_b_new import ENTITIES_B_NEW  # noqa: E402

for _id, _entity in ENTITIES_B_NEW.items():
    ENTITIES.setdefault(_id, _entity)

# speakers of the held-back split `unseen` (session 5, sources/pass_a_unseen.py)
from pass_a_unseen import ENTITIES_UNSEEN  # noqa: E402

for _id, _entity in ENTITIES_UNSEEN.items():
    assert _id not in ENTITIES, _id  # no id of the dev/test halves is reused
    ENTITIES[_id] = _entity

# speakers of pass annotator-b on the held-back split (sources/entities_b_unseen.py); ids defined above win
from entities_b_unseen import ENTITIES_B_UNSEEN, SAME_AS  # noqa: E402

for _id, _entity in ENTITIES_B_UNSEEN.items():
    if _id not in SAME_AS:  # renamed to pass a's id for the same speaker
        ENTITIES.setdefault(_id, _entity)

# speakers of the 12 dev articles of session 6 (sources/pass_a_dev6.py); the two people of
# cbs-volker-morrison keep its ids (E_KURT_VOLKER, E_ALEXANDER_VINDMAN), every other id is new
from pass_a_dev6 import ENTITIES_DEV6  # noqa: E402

for _id, _entity in ENTITIES_DEV6.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers of pass annotator-b on the 12 session-6 articles (sources/entities_b_more.py); ids defined above win
from entities_b_more import ENTITIES_B_MORE  # noqa: E402

for _id, _entity in ENTITIES_B_MORE.items():
    ENTITIES.setdefault(_id, _entity)

# speakers of the 12 dev articles of session 7 (sources/pass_a_more2.py); Donald Trump, Stephanie
# Grisham and the White House keep session 6's ids (REUSED), every other id is new
from pass_a_more2 import ENTITIES_MORE2, REUSED  # noqa: E402

assert REUSED <= ENTITIES.keys() and not REUSED & ENTITIES_MORE2.keys()
for _id, _entity in ENTITIES_MORE2.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers of pass annotator-b on the 12 session-7 articles (sources/entities_b_more2.py); ids defined above win
from entities_b_more2 import ENTITIES_B_MORE2  # noqa: E402

for _id, _entity in ENTITIES_B_MORE2.items():
    ENTITIES.setdefault(_id, _entity)

# speakers of the second held-back split `unseen2` (session 10, sources/pass_a_unseen2.py); NASA, the WHO and
# Reuters keep their ids (REUSED), every other id is new
from pass_a_unseen2 import ENTITIES_UNSEEN2  # noqa: E402
from pass_a_unseen2 import REUSED as REUSED_UNSEEN2  # noqa: E402

assert REUSED_UNSEEN2 <= ENTITIES.keys() and not REUSED_UNSEEN2 & ENTITIES_UNSEEN2.keys()
for _id, _entity in ENTITIES_UNSEEN2.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers first identified in pass B on `unseen2` (the second pass, annotator-a2: sources/pass_a2_unseen2.py)
from pass_a2_unseen2 import ENTITIES_A2_UNSEEN2  # noqa: E402

for _id, _entity in ENTITIES_A2_UNSEEN2.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers of split `more3` (session 11, sources/pass_a_more3.py); the people and organisations of earlier splits keep
# their ids (REUSED), every other id is new
from pass_a_more3 import ENTITIES_MORE3  # noqa: E402
from pass_a_more3 import REUSED as REUSED_MORE3  # noqa: E402

assert REUSED_MORE3 <= ENTITIES.keys() and not REUSED_MORE3 & ENTITIES_MORE3.keys()
for _id, _entity in ENTITIES_MORE3.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers of split `more4` (session 12, sources/pass_a_more4.py); the people and organisations of earlier splits keep
# their ids (REUSED), every other id is new
from pass_a_more4 import ENTITIES_MORE4  # noqa: E402
from pass_a_more4 import REUSED as REUSED_MORE4  # noqa: E402

assert REUSED_MORE4 <= ENTITIES.keys() and not REUSED_MORE4 & ENTITIES_MORE4.keys()
for _id, _entity in ENTITIES_MORE4.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity

# speakers first identified in pass B on `more4` (the second pass, annotator-a2: sources/pass_a2_more4.py)
from pass_a2_more4 import ENTITIES_A2_MORE4  # noqa: E402

for _id, _entity in ENTITIES_A2_MORE4.items():
    assert _id not in ENTITIES, _id
    ENTITIES[_id] = _entity
