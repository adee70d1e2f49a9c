"""Demonyms: the words for a state's people, one table for the whole project.

pycountry names every country and territory of ISO 3166-1 but has no word
for its people; `TABLE` adds them, one row per ISO code: the adjective
first, then the nouns for one person and for many, when they differ
("GB British Briton Britons", "CN Chinese").  Words of a multi-word form
are joined by ``_`` ("North_Korean"); a hyphen is part of the word
("I-Kiribati").  Every pycountry code has a row except the places nobody
lives in
and the Holy See (`NO_DEMONYM`); a test keeps it so.

Two readers share it:

* the drafter (`drafting.places`) takes `DEMONYMS`, each form that stands
  for one state → its code ("Spanish" → ES).  A form two rows give
  ("Korean", "Congolese", "Dominican") names no single state and is left
  out (`AMBIGUOUS`);
* the claim analysis (`analysis.units`) asks `is_demonym`: a number of
  "Ukrainians", "North Koreans" or "Chinese" counts people, whichever
  state they belong to, so every form counts there, ambiguous ones too.

    >>> DEMONYMS["Spanish"], DEMONYMS["North Korean"], "Korean" in DEMONYMS
    ('ES', 'KP', False)
    >>> is_demonym("koreans"), is_demonym("Ukrainians"), is_demonym("shells")
    (True, True, False)
"""

from __future__ import annotations

import functools
from collections import defaultdict

TABLE = """
AD Andorran Andorrans
AE Emirati Emiratis
AF Afghan Afghans
AG Antiguan Antiguans Barbudan Barbudans
AI Anguillan Anguillans
AL Albanian Albanians
AM Armenian Armenians
AO Angolan Angolans
AR Argentine Argentinian Argentinians Argentines
AS American_Samoan American_Samoans Samoan Samoans
AT Austrian Austrians
AU Australian Australians
AW Aruban Arubans
AX Ålander Ålanders
AZ Azerbaijani Azerbaijanis
BA Bosnian Bosnians
BB Barbadian Barbadians
BD Bangladeshi Bangladeshis
BE Belgian Belgians
BF Burkinabe
BG Bulgarian Bulgarians
BH Bahraini Bahrainis
BI Burundian Burundians
BJ Beninese
BL Barthélemois
BM Bermudian Bermudians
BN Bruneian Bruneians
BO Bolivian Bolivians
BQ Bonairean Bonaireans
BR Brazilian Brazilians
BS Bahamian Bahamians
BT Bhutanese
BW Motswana Batswana
BY Belarusian Belarusians
BZ Belizean Belizeans
CA Canadian Canadians
CC Cocos_Islander Cocos_Islanders
CD Congolese
CF Central_African Central_Africans
CG Congolese
CH Swiss
CI Ivorian Ivorians
CK Cook_Islander Cook_Islanders
CL Chilean Chileans
CM Cameroonian Cameroonians
CN Chinese
CO Colombian Colombians
CR Costa_Rican Costa_Ricans
CU Cuban Cubans
CV Cape_Verdean Cape_Verdeans
CW Curaçaoan Curaçaoans
CX Christmas_Islander Christmas_Islanders
CY Cypriot Cypriots
CZ Czech Czechs
DE German Germans
DJ Djiboutian Djiboutians
DK Danish Dane Danes
DM Dominican Dominicans
DO Dominican Dominicans
DZ Algerian Algerians
EC Ecuadorian Ecuadorians
EE Estonian Estonians
EG Egyptian Egyptians
EH Sahrawi Sahrawis
ER Eritrean Eritreans
ES Spanish Spaniard Spaniards
ET Ethiopian Ethiopians
FI Finnish Finn Finns
FJ Fijian Fijians
FK Falkland_Islander Falkland_Islanders
FM Micronesian Micronesians
FO Faroese
FR French Frenchman Frenchwoman Frenchmen Frenchwomen
GA Gabonese
GB British Briton Britons
GD Grenadian Grenadians
GE Georgian Georgians
GF French_Guianese
GG Guernseyman Guernseymen
GH Ghanaian Ghanaians
GI Gibraltarian Gibraltarians
GL Greenlandic Greenlander Greenlanders
GM Gambian Gambians
GN Guinean Guineans
GP Guadeloupean Guadeloupeans
GQ Equatorial_Guinean Equatorial_Guineans Equatoguinean Equatoguineans
GR Greek Greeks
GT Guatemalan Guatemalans
GU Guamanian Guamanians
GW Bissau-Guinean Bissau-Guineans
GY Guyanese
HK Hong_Konger Hong_Kongers
HN Honduran Hondurans
HR Croatian Croat Croats
HT Haitian Haitians
HU Hungarian Hungarians
ID Indonesian Indonesians
IE Irish
IL Israeli Israelis
IM Manx
IN Indian Indians
IQ Iraqi Iraqis
IR Iranian Iranians
IS Icelandic Icelander Icelanders
IT Italian Italians
JE Jerseyman Jerseymen
JM Jamaican Jamaicans
JO Jordanian Jordanians
JP Japanese
KE Kenyan Kenyans
KG Kyrgyz Kyrgyzstani Kyrgyzstanis
KH Cambodian Cambodians
KI I-Kiribati
KM Comorian Comorians
KN Kittitian Kittitians Nevisian Nevisians
KP North_Korean North_Koreans Korean Koreans
KR South_Korean South_Koreans Korean Koreans
KW Kuwaiti Kuwaitis
KY Caymanian Caymanians
KZ Kazakh Kazakhs Kazakhstani Kazakhstanis
LA Laotian Laotians
LB Lebanese
LC Saint_Lucian Saint_Lucians
LI Liechtensteiner Liechtensteiners
LK Sri_Lankan Sri_Lankans
LR Liberian Liberians
LS Mosotho Basotho
LT Lithuanian Lithuanians
LU Luxembourger Luxembourgers
LV Latvian Latvians
LY Libyan Libyans
MA Moroccan Moroccans
MC Monegasque Monegasques
MD Moldovan Moldovans
ME Montenegrin Montenegrins
MF Saint-Martinois
MG Malagasy
MH Marshallese
MK Macedonian Macedonians
ML Malian Malians
MM Burmese
MN Mongolian Mongolians
MO Macanese
MP Northern_Mariana_Islander Northern_Mariana_Islanders
MQ Martinican Martinicans
MR Mauritanian Mauritanians
MS Montserratian Montserratians
MT Maltese
MU Mauritian Mauritians
MV Maldivian Maldivians
MW Malawian Malawians
MX Mexican Mexicans
MY Malaysian Malaysians
MZ Mozambican Mozambicans
NA Namibian Namibians
NC New_Caledonian New_Caledonians
NE Nigerien Nigeriens
NF Norfolk_Islander Norfolk_Islanders
NG Nigerian Nigerians
NI Nicaraguan Nicaraguans
NL Dutch Dutchman Dutchwoman Dutchmen Dutchwomen
NO Norwegian Norwegians
NP Nepali Nepalis Nepalese
NR Nauruan Nauruans
NU Niuean Niueans
NZ New_Zealander New_Zealanders
OM Omani Omanis
PA Panamanian Panamanians
PE Peruvian Peruvians
PF French_Polynesian French_Polynesians
PG Papua_New_Guinean Papua_New_Guineans
PH Filipino Filipinos Philippine
PK Pakistani Pakistanis
PL Polish Pole Poles
PM Saint-Pierrais
PN Pitcairn_Islander Pitcairn_Islanders
PR Puerto_Rican Puerto_Ricans
PS Palestinian Palestinians
PT Portuguese
PW Palauan Palauans
PY Paraguayan Paraguayans
QA Qatari Qataris
RE Réunionese
RO Romanian Romanians
RS Serbian Serb Serbs
RU Russian Russians
RW Rwandan Rwandans
SA Saudi Saudis
SB Solomon_Islander Solomon_Islanders
SC Seychellois
SD Sudanese
SE Swedish Swede Swedes
SG Singaporean Singaporeans
SH Saint_Helenian Saint_Helenians
SI Slovenian Slovenians Slovene Slovenes
SK Slovak Slovaks
SL Sierra_Leonean Sierra_Leoneans
SM Sammarinese
SN Senegalese
SO Somali Somalis
SR Surinamese
SS South_Sudanese
ST Santomean Santomeans
SV Salvadoran Salvadorans
SX Sint_Maartener Sint_Maarteners
SY Syrian Syrians
SZ Swazi Swazis
TC Turks_and_Caicos_Islander Turks_and_Caicos_Islanders
TD Chadian Chadians
TG Togolese
TH Thai Thais
TJ Tajik Tajiks Tajikistani Tajikistanis
TK Tokelauan Tokelauans
TL Timorese
TM Turkmen Turkmens
TN Tunisian Tunisians
TO Tongan Tongans
TR Turkish Turk Turks
TT Trinidadian Trinidadians Tobagonian Tobagonians
TV Tuvaluan Tuvaluans
TW Taiwanese
TZ Tanzanian Tanzanians
UA Ukrainian Ukrainians
UG Ugandan Ugandans
US American Americans
UY Uruguayan Uruguayans
UZ Uzbek Uzbeks
VC Vincentian Vincentians
VE Venezuelan Venezuelans
VG Virgin_Islander Virgin_Islanders
VI Virgin_Islander Virgin_Islanders
VN Vietnamese
VU Ni-Vanuatu
WF Wallisian Wallisians Futunan Futunans
WS Samoan Samoans
YE Yemeni Yemenis
YT Mahoran Mahorans
ZA South_African South_Africans
ZM Zambian Zambians
ZW Zimbabwean Zimbabweans
"""
"""ISO 3166-1 alpha-2 code, then the demonyms of its people, adjective first."""

NO_DEMONYM = frozenset({"AQ", "BV", "GS", "HM", "IO", "SJ", "TF", "UM", "VA"})
"""pycountry codes without a row: Antarctica and islands with no settled
population (research stations, bases), and the Holy See, whose few citizens
are called by the nationality they were born to ("Vatican" is its name)."""


@functools.cache
def demonym_rows() -> dict[str, tuple[str, ...]]:
    """ISO code → its forms as written ("North Korean"), in table order."""
    rows: dict[str, tuple[str, ...]] = {}
    for row in TABLE.strip().splitlines():
        code, *forms = row.split()
        rows[code] = tuple(form.replace("_", " ") for form in forms)
    return rows


def _codes_by_form() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for code, forms in demonym_rows().items():
        for form in forms:
            codes[form].add(code)
    return codes


AMBIGUOUS = frozenset(form for form, codes in _codes_by_form().items() if len(codes) > 1)
"""Forms of two or more states ("Korean", "Congolese", "Samoan")."""

DEMONYMS: dict[str, str] = {form: codes.pop() for form, codes in _codes_by_form().items() if len(codes) == 1}
"""Each form that stands for one state → its ISO code ("Ukrainians" → UA)."""


@functools.cache
def demonym_words() -> frozenset[str]:
    """The last word of every form, case-folded: "north korean" gives "korean"."""
    return frozenset(form.split()[-1].casefold() for forms in demonym_rows().values() for form in forms)


def is_demonym(word: str) -> bool:
    """Whether ``word`` (any case) is a demonym or the last word of one."""
    return word.casefold() in demonym_words()
