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

# speakers of pass annotator-b on the session-4 articles (sources/entities_b_new.py); ids defined above win
from entities_b_new import ENTITIES_B_NEW  # noqa: E402

for _id, _entity in ENTITIES_B_NEW.items():
    ENTITIES.setdefault(_id, _entity)
