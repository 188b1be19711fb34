"""Speakers registered by pass annotator-b on the 12 session-7 dev articles (sources/pass_b_more2.py), GUIDELINES §4.

Written blind, before pass a's registry entries for these articles were read.  Not merged into
sources/entities.py: pass_b_more2.py writes the registry as entities.py's ids plus these (an id
entities.py defines wins).  To keep them in a registry rebuilt by another pass script, add to
entities.py, as for entities_b_more.py:
    from entities_b_more2 import ENTITIES_B_MORE2
    for _id, _entity in ENTITIES_B_MORE2.items():
        ENTITIES.setdefault(_id, _entity)
"""

P, O, X, OUT, C = "person", "organization", "other", "outlet", "country"  # noqa: E741

# Speakers of this pass, written blind (GUIDELINES §4; descriptions that name no one are registered, §4.4).
ENTITIES_B_MORE2: dict[str, tuple[str, list[str], str]] = {
    # rt-bolivia-senkata
    "E_BOLIVIA_OMBUDSMAN_OFFICE": ("Bolivia's public defender's (ombudsman's) office, of Nadia Cruz", [], O),
    "E_AP_JOURNALIST_SENKATA": ("an Associated Press journalist (in Senkata)", [], P),
    "E_SENKATA_DOCTOR": ("a doctor on the scene (Senkata fuel plant)", [], P),
    # usatoday-noem-meth-campaign
    "E_KRISTI_NOEM": ("Kristi Noem", ["Kristi Noem", "Gov. Kristi Noem", "Noem"], P),
    "E_SOUTH_DAKOTA_STATE": ("the state of South Dakota (state government)", ["South Dakota"], O),
    # barrons-home-depot
    "E_WALL_STREET": ("Wall Street (analysts)", ["Wall Street"], X),
    "E_HOME_DEPOT_MANAGEMENT": ("Home Depot's management", ["Home Depot management"], O),
    "E_CRAIG_MENEAR": ("Craig Menear", ["Craig Menear", "CEO Craig Menear"], P),
    "E_JONATHAN_MATUSZEWSKI": (
        "Jonathan Matuszewski",
        ["Jonathan Matuszewski", "Jefferies analyst Jonathan Matuszewski", "Matuszewski"],
        P,
    ),
    "E_ZACHARY_FADEM": ("Zachary Fadem", ["Zachary Fadem", "Wells Fargo analyst Zachary Fadem", "Fadem"], P),
    # albawaba-assange-sweden
    "E_EVA_MARIE_PERSSON": ("Eva-Marie Persson", ["Eva-Marie Persson", "Persson"], P),
    "E_USA_GOVERNMENT": ("the United States (the US government)", ["United States", "US"], C),
    "E_COMPLAINANT_LAWYER": ("a lawyer for the woman involved in the case (Assange rape allegation)", [], P),
    "E_US_JUSTICE_DEPARTMENT": ("US Justice Department", ["US Justice Department", "Justice Department"], O),
    # sciencealert-titan-map
    "E_ROSALY_LOPES": ("Rosaly Lopes", ["Rosaly Lopes", "planetary geologist Rosaly Lopes", "Lopes"], P),
    "E_ANEZINA_SOLOMONIDOU": ("Anezina Solomonidou", ["Anezina Solomonidou", "study co-author Anezina Solomonidou"], P),
    "E_MICHAEL_MALASKA": ("Michael Malaska", ["Michael Malaska", "Malaska"], P),
    # therepublic-columbus-drug-arrests
    "E_MATT_HARRIS": ("Matt Harris", ["Matt Harris", "Lt. Matt Harris", "Harris"], P),
    # foxnews-van-der-beek-dwts
    "E_TOM_BERGERON": ("Tom Bergeron", ["Tom Bergeron", "Bergeron"], P),
    "E_JAMES_VAN_DER_BEEK": ("James Van Der Beek", ["James Van Der Beek", "Van Der Beek"], P),
    "E_CARRIE_ANN_INABA": ("Carrie Ann Inaba", ["Carrie Ann Inaba", "Inaba"], P),
    "E_ALLY_BROOKE": ("Ally Brooke", ["Ally Brooke", "Brooke"], P),
    # deccanherald-china-tariffs
    "E_PEOPLE_FAMILIAR_TRADE_TALKS": ("people familiar with the (US-China trade) talks", [], X),
    "E_CHINA_COMMERCE_MINISTRY": ("China's commerce ministry", ["Chinese commerce ministry"], O),
    "E_TWO_PEOPLE_BRIEFED_TRADE": ("two people briefed on the (US-China trade) talks", [], X),
    "E_DEREK_SCISSORS": ("Derek Scissors", ["Derek Scissors", "Scissors"], P),
    "E_WASHINGTON_TRADE_EXPERT": ("one Washington-based trade expert", [], P),
    "E_SECOND_PERSON_BRIEFED_TRADE": ("a second person briefed on last weekend's (US-China) trade phone call", [], P),
    "E_WHITE_HOUSE_ADVISERS": ("White House advisers", [], X),
    "E_TRADE_EXPERTS": ("trade experts (US-China trade deal)", [], X),
    # latimes-disney-plus-mayer
    "E_KEVIN_MAYER": ("Kevin Mayer", ["Kevin Mayer", "Walt Disney Co. executive Kevin Mayer", "Mayer"], P),
    "E_OTHER_DISNEY_PLUS_CONSUMERS": ("other consumers (who sought help on Disney+'s launch day)", [], X),
    # cnn-trump-walter-reed
    "E_SANJAY_GUPTA": ("Sanjay Gupta", ["Sanjay Gupta", "Dr. Sanjay Gupta"], P),
    "E_RONNY_JACKSON": ("Ronny Jackson", ["Ronny Jackson", "Dr. Ronny Jackson"], P),
    "E_SOURCES_TRUMP_HEALTH": ("sources (who told CNN about Trump's diet and exercise)", [], X),
    "E_HOGAN_GIDLEY": ("Hogan Gidley", ["Hogan Gidley"], P),
    "E_HAROLD_BORNSTEIN": ("Harold Bornstein", ["Harold Bornstein", "Dr. Harold Bornstein", "Bornstein"], P),
    "E_WAPO_FACT_CHECKER": ("The Washington Post's Fact Checker", ["Washington Post's Fact Checker"], OUT),
    # nytimes-trump-china-trade
    "E_TRUMP_TRADE_ADVISERS": ("President Trump's advisers (China trade talks)", [], X),
    "E_EXECUTIVES_WORLDWIDE": ("executives across the world", [], X),
    "E_JOHN_WILLIAMS": ("John Williams", ["John Williams"], P),
    "E_PEOPLE_FAMILIAR_CHINESE_TRADE_POLICY": ("people familiar with Chinese trade policy", [], X),
    "E_ESWAR_PRASAD": ("Eswar Prasad", ["Eswar Prasad", "Prasad"], P),
    "E_PEOPLE_FAMILIAR_BEIJING_THINKING": ("people familiar with Beijing's (Chinese leaders') thinking", [], X),
    "E_PHIL_LEVY": ("Phil Levy", ["Phil Levy"], P),
    "E_ZIPPY_DUVALL": ("Zippy Duvall", ["Zippy Duvall"], P),
    "E_WASHINGTON_ANALYSTS": ("Washington-based analysts who have done the calculations (US farm exports to China)", [], X),
    "E_HE_JIANXIONG": ("He Jianxiong", ["He Jianxiong"], P),
    # wired-instagram-business
    "E_SOCIAL_MEDIA_COMPANIES": ('social media companies (the industry, as "it")', [], X),
    "E_ADAM_MOSSERI": ("Adam Mosseri", ["Adam Mosseri", "Instagram head Adam Mosseri", "Mosseri"], P),
    "E_FACEBOOK": ("Facebook (the company)", ["Facebook"], O),
    "E_KYM_LINO": ("Kym Lino", ["Kym Lino", "Lino"], P),
    "E_JOSEPH_MINGA": ("Joseph Minga", ["Joseph Minga", "Minga"], P),
    "E_WILL_TJERNLUND": ("Will Tjernlund", ["Will Tjernlund"], P),
    "E_NBC_NEWS_AND_BLOOMBERG": ("NBC News and Bloomberg (both reported)", [], X),
    "E_INSTAGRAM_TEENS_MOTHER": ("one mother (of two teens with business Instagram accounts)", [], P),
    "E_DAVID_STIER": ("David Stier", ["David Stier", "Stier"], P),
}
