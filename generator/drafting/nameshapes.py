"""Capitalised names whose own words, or the marks around them, say they are no person's.

    >>> not_a_person("Water fell at Cerro Prieto.", ["Cerro", "Prieto"], 14, 26)
    'a place: "Cerro" opens place names'

`names` calls this for a name of two words or more that has no cue but a speech verb
(a title or a role before a name outweighs all of these):

* a generic word that opens place names in the languages news pages quote them in
  ("Cerro Prieto", "San Nicolás", "El Cuchillo", "Agios Konstantinos", "Gua Musang"):
  `TOPONYM_HEADS`, none of them a given name;
* a noun for a landform or a waterside place that ends place names and no surname
  ("Digby Neck", "Coral Cove"): `PLACE_ENDS`;
* a noun for a working body that ends a unit's or a desk's name ("Communications Team",
  "Andes Desk"): `BODY_ENDS`;
* a noun for a venue, an event or a trade in the plural that ends its name ("Kensington
  Oval", "Security Consultative Meeting", "Bridgetown Marine Supplies"): `kind_ends`, which
  `names` also applies after a title, since none of these nouns is a surname;
* a letter's salutation ("Dear Valued Customer", `names_salutations`): the readers a notice
  addresses;
* a name that fills a pair of quotation marks, as a song's, a film's or a book's title
  is written ('"Sierra Dawn" by …');
* a name after an office holder's possessive ("the Lord Mayor's Budget Speech"): what
  the office has — a speech, a plan, a department — not a person (the holder's staff
  are named with a title after it: "the President's Chief of Staff Ana Ruiz").

`after_article` says whether an article stands before a name ("the US Federal Reserve",
"as a Primary Information Provider in …"): a body or a thing, not a person.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS, is_role_word
from .names_docends import document_end
from .names_quotedtitles import inside_quoted_title
from .names_salutations import salutation
from .places import country_forms


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TOPONYM_HEADS = _words("""
    el los las san santa santo são sao cerro puerto porto ciudad villa río laguna
    agios agia ayios ayia sveti
    kuala kota bukit sungai sungei kampung kampong pulau tanjung teluk bandar pasir gua
    isla ilha île ile route chemin keur wisma
    costa playa punta cabo bahía bahia lago valle loma nueva nuevo lac baie
    wadi jebel jabal deir beit tel nahr qasr khor kfar givat ramat
    wat
    cumbre nevado volcán volcan cañón páramo paramo alto paso morro cachoeira praia poço chapada
    lagoa salto quebrada ensenada golfo estrecho pico
    pic pointe point anse morne mont plaine étang
    gunung danau tasik pantai selat taman lorong padang
    ziwa mlima kisiwa bundok
    kabupaten kecamatan kelurahan desa provinsi balai
""")
"""First words of place names: Spanish and Portuguese articles, saints and landforms,
the Greek and South Slavic "saint", Malay "estuary", "town", "hill", "river",
"village", "island", "cape", "bay", "port", "sand" and "cave"; the Spanish, Portuguese
and French "island" ("Isla San Cristóbal", also a ship's name), the French "road" and
"way" ("Route de Rufisque"), the Wolof "house of" that opens Senegalese towns' names
("Keur Massar") and the Malay "building" that names offices ("Wisma Putra"); the Spanish
and Portuguese "coast", "beach", "point", "cape", "bay" and "lake" ("Costa Maya", "Playa
Blanca"), "valley", "hill" and "new" ("Valle Grande", "Nueva Loja"), the French "lake"
and "bay", the Arabic "valley", "mountain", "monastery", "house", "hill", "river", "castle"
and "creek" ("Wadi Al Kabir", "Jebel Akhdar", "Deir al-Balah", "Beit Lahia", "Khor Fakkan")
and the Hebrew "village", "hill" and "height" ("Kfar Aza", "Ramat Gan"); the Thai, Lao and
Khmer "temple" ("Wat Pho Chai").  Landforms and waters in Spanish and Portuguese ("Cumbre de
Alaska", "Nevado Salkantay", "Volcán Misti", "Cañón del Colca", "Páramo de Letras", "Alto de
Letras", "Paso del Viento", "Morro do Pai Inácio", "Cachoeira da Fumaça", "Praia do Forte", "Poço
Encantado", "Chapada Diamantina", "Lagoa Rodrigo de Freitas", "Salto Ángel", "Pico Duarte"), in
French and Caribbean use ("Pic du Midi", "Pointe du Bout", "Anse Mitan", "Morne Fortune", "Mont
Pelée", "Plaine des Jarres", "Étang Saumâtre") and English "Point" ("Point Cruz", "Point Fortin"),
in Malay and Indonesian ("Gunung Mulu", "Danau Toba", "Tasik Kenyir", "Pantai Cenang", "Selat
Melaka", "Taman Negara", "Lorong Kulit", "Padang Besar"), Swahili ("Ziwa Victoria", "Mlima Kenya",
"Kisiwa cha Manda") and Tagalog ("Bundok Banahaw"); the Indonesian regency, district,
ward, village, province and hall ("Kabupaten Demak", "Desa Wonosari", "Balai Desa").  Heads that are given names as well
("Monte", "Serra", "Sierra", "Rio") open a place's name only before a particle
(`PARTICLE_TOPONYM_HEADS`)."""

PARTICLE_TOPONYM_HEADS = _words("monte serra sierra")
"""Landform words that are given names too ("Monte Irvin", "Serra Yılmaz", "Sierra Boggess"):
before "de", "da", "do", "del" or "du" they open a place's name ("Serra da Malagueta", "Sierra de
Gredos", "Monte del Lago"), which no given name does before a particle and a surname without a
second given name between."""
_PLACE_PARTICLES = frozenset("de da do das dos del du des di".split())

BODY_HEADS = _words("""
    editorial ediciones edições edicoes éditions editions editora editrice verlag
    aguas águas eaux acque compañía compania companhia compagnie compagnia
    empresa empresas sociedad sociedade société societe società grupo groupe gruppo
    industrias indústrias inversiones constructora distribuidora comercializadora
    laboratorios seguros petróleos petroleos yacimientos cervecería cerveceria minera
    aerolíneas aerolineas ferrocarriles fundación fundacion fundação fondation fondazione
    asociación asociacion associação corporación corporacion instituto universidad
    universidade université università colegio clínica clinica farmacia
    stichting stiftung verein
    cooperativa cooperativas cooperativo coopérative cooperative cooperatieve genossenschaft
""")
"""First words of the names of companies and bodies in Spanish, Portuguese, French,
Italian and German, which write the kind before the name ("Editorial Puente" a
publisher, "Aguas de Roatán" a water company, "Grupo Sur", "Yacimientos Petrolíferos
Fiscales Bolivianos"), and the Dutch and German "foundation" and "association"; the
"cooperative" of farmers and producers in Romance languages, English, Dutch and German
("Cooperativa Café Timor"): none is a given name."""

COMPANY_ENDS = _words("""
    litio lítio cobre energía energia minera mineração mineracao petróleo petroleo alimentos bebidas
    cementos cimentos aceros inmobiliaria imobiliária seguros
    aviación aviacion aviação aviacao
""")
"""Trades and goods in Spanish and Portuguese that end a company's name ("Andina Litio",
"Minera Escondida" opens with one too, "Pacífico Seguros"), and the "aviation" that ends an
airline's ("Aerovías de Aviación"): no surname."""

FREQUENCY_WORDS = _words("weekly daily monthly annual yearly quarterly biennial nightly fortnightly inaugural")
"""Adjectives of how often something recurs: "the weekly Colombo Tea Auction", "the annual
Harbour Regatta" name an event or a publication; no one is "the weekly Ana Ruiz"."""
_FREQUENCY_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:" + "|".join(sorted(FREQUENCY_WORDS)) + r")[ \t]+$")

PLACE_ENDS = _words("""
    neck cove lagoon inlet narrows bluff headland estuary fjord marsh swamp rapids reservoir
    dam gorge atoll pier township barrio colonia forest circus junction
    bozori ko'chasi ko’chasi mahallasi maydoni
""")
"""Last words of place names that are no surnames ("Digby Neck", "Coral Cove", "Regent
Circus"), and the
Uzbek "market", "street", "neighbourhood" and "square" that end the names of places and
of the metro stations named after them ("Qo'yliq Bozori"); a crossroads village's "Junction"
("Mallow Junction")."""

STREET_ENDS = _words("place")
"""Last words of English street names that are rare surnames too ("an office on Devonshire
Place"; "Francis Place"): a street's only after a preposition of an address (`_ADDRESS_BEFORE`)."""
_ADDRESS_BEFORE = re.compile(r"(?<![\w'’-])(?:on|off)[ \t]+$")
_WHO_AFTER = re.compile(r",?[ \t]+(?:who|whose)\b")
"""A relative pronoun for a person after the name: "relied on Francis Place, who …"."""

POST_ENDS = _words("fellow fellows lecturer lecturers scholar scholars associate emeritus researcher")
"""Last words of an academic's or a professional's post written in title case after their
name ("Dr Mere Tawhiri, Research Fellow, …", "Senior Lecturer"): the post, no surname."""

BODY_ENDS = _words("team desk unit secretariat taskforce squad")
"""Last words of a working body's name ("Communications Team", "Andes Desk")."""

VENUE_ENDS = _words("""
    oval ground grounds showground showgrounds campus arena velodrome racecourse racetrack raceway
    speedway ballpark pavilion gymnasium clubhouse mausoleum
    sanctuary sanctuaries reserve preserve wetland wetlands zone zones
    wharf wharves quay quays jetty
    primary secondary elementary
    building buildings
""")
"""Last words of the names of sports grounds and sites ("Kensington Oval", "Pitso Ground",
"Cave Hill Campus") and of protected areas ("Palau National Marine Sanctuary", "Kruger Game
Reserve", "Everglades Wetlands": "National" is read as a title, so the rule holds after one) and
of designated areas ("the Port Kelang Free Zone", "the National Tourist Zone"), and of the
wharves and quays named after rulers ("Queen Salote Wharf", "King Edward Quay": the ruler's title
is read as a title, so the rule holds after one), and of schools called by their level ("Kitui
Road Primary", "Mbagathi Secondary"), and of the buildings named after people ("the Harry S.
Truman Building"); nouns that are also surnames (Field, Park, Court, Hall, Green) are
left out."""

EVENT_ENDS = _words("""
    meeting meetings talks dialogue consultations symposium colloquium festival expo regatta
    marathon carnival jamboree lecture lectures prize prizes award awards
    mass masses appeal appeals
    parade parades procession pageant jubilee fiesta
""")
"""Last words of the names of meetings and events ("Security Consultative Meeting",
"Harbour Regatta"), and the lectures and prizes named after people ("the Nelson Mandela
Lecture", "the Jose Rizal Award"), services and fundraising drives ("Funeral Mass", "Requiem
Mass", "Trócaire Lenten Appeal"), parades and processions ("the National Day Parade", where
"National" is read as a title; "the Santo Niño Procession"): what a page capitalises as an
occasion, no surname."""

TRADE_ENDS = _words("""
    supplies traders trading enterprises wholesalers wholesale distributors distribution imports
    exports provisions hardware merchants outfitters contractors builders cars
    roofing plumbing landscaping catering upholstery joinery glazing water
    productions promotions entertainment films minerals metals mines
    copper cobalt lithium uranium aluminium aluminum bauxite
""")
"""Plural or mass nouns of a trade that end an English company's name ("Bridgetown Marine
Supplies", "Ocean Traders"), and the trades in "-ing" that end a small firm's name ("Kessler
Roofing", "Mwangi Catering"), and a water utility's "Water" ("Yorkshire Water"): a person's
surname is never a plural of a trade nor such a noun ("Waters" is, and is left out).  Also a
producer's or a promoter's line of business ("Harbour Productions", "Sahel Promotions") and the
mined goods and the smelted metal that end a mining or a smelting company's name ("Kansanshi
Copper", "Atlas Lithium", "Vestfjord Aluminium"); metals that
are surnames too (Gold, Silver, Steel, Nickel) are left out."""

BODY_KIND_ENDS = _words("society societies mission missions municipality municipalities polytechnic polytechnics")
"""Last words of the names of societies and of missions, a body's or a state programme's
("Saint Vincent de Paul Society", "National Green Hydrogen Mission"), of a local
government ("Aarhus Municipality") and of a polytechnic named after a founder or a chief
("a graduate of Moshoeshoe Polytechnic"): no surname, so a title read before the name ("Saint",
"National") does not save it."""

COMPASS_WORDS = _words("sur norte sul nord sud este oeste est ouest oriente occidente")
"""Spanish, Portuguese, French and Italian points of the compass: after a particle they end a
region's or a company's name ("Banco del Sur", "Minera do Norte", "Transports du Nord"), never
a surname."""

MEMORIAL_WORDS = _words("memorial botanical")
"""Words of the names of places and events named after people, wherever they stand in
the name ("the Queen Salote Memorial Hall", "Sir Seewoosagur Ramgoolam Botanical Garden"):
no given name and no surname."""

EVENT_HEADS = _words("exercise")
"""First words of the names of military exercises ("Exercise Tiger Claw"); "Operation" is an
organisation's word (`lexicon.ORGANISATION_WORDS`) already."""


def kind_ends(words: list[str]) -> str | None:
    """Why a name of two words or more whose last word is a venue's, an event's or a
    trade's is no person's, or None.  These nouns are no surnames, so a title or a cue
    before the name does not save it ("the annual Security Consultative Meeting": "Security"
    is read as a title)."""
    last = words[-1].lower() if len(words) > 1 else ""
    inner = next((w for w in words if w.lower() in MEMORIAL_WORDS), None) if len(words) > 1 else None
    if inner is not None:
        return f'a place or an event named after someone: "{inner}" is in its name'
    if last in VENUE_ENDS:
        return f'a venue: "{words[-1]}" ends its name'
    if last in EVENT_ENDS:
        return f'an event: "{words[-1]}" ends its name'
    if last in TRADE_ENDS:
        return f'a company: "{words[-1]}" ends its name'
    if last in BODY_KIND_ENDS:
        return f'a society or a mission: "{words[-1]}" ends its name'
    return document_end(words)


_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"
_OFFICE_OWNER = re.compile(r"(?<![\w'’-])([A-Z][\w-]*)['’]s\s+$")
MAX_OWNER = 40
"""Characters read before a name for an office holder's possessive."""


def not_a_person(text: str, words: list[str], start: int, end: int) -> str | None:
    """Why the name ``words`` (at ``start``–``end`` of ``text``) is no person's, or None."""
    if len(words) < 2:
        return None
    addressed = salutation(words, text, start)  # "Dear Valued Customer,": a notice's readers
    if addressed is not None:
        return addressed
    if words[0].lower() in TOPONYM_HEADS \
            or words[0].lower() in PARTICLE_TOPONYM_HEADS and words[1].lower() in _PLACE_PARTICLES:
        return f'a place: "{words[0]}" opens place names'
    if words[0].lower() in BODY_HEADS:
        return f'a company or a body: "{words[0]}" opens its name'
    if words[0].lower() in EVENT_HEADS:
        return f'an exercise: "{words[0]}" opens its name'
    if _FREQUENCY_BEFORE.search(text, max(0, start - MAX_OWNER), start) is not None:
        return "an event or a publication: after \"the\" and a word of frequency"
    last = words[-1].lower()
    if last in POST_ENDS:
        return f'a post: "{words[-1]}" ends its name'
    if last in COMPANY_ENDS:
        return f'a company: "{words[-1]}" ends its name'
    if last in COMPASS_WORDS and words[-2].lower() in _PLACE_PARTICLES:
        return f'a region or a company: "{words[-2]} {words[-1]}" ends its name'
    if last in PLACE_ENDS or last in BODY_ENDS:
        return f'a place or a body: "{words[-1]}" ends its name'
    if last in STREET_ENDS and _ADDRESS_BEFORE.search(text, max(0, start - MAX_OWNER), start) is not None \
            and _WHO_AFTER.match(text, end) is None:
        return f'a street: "{words[-1]}" ends its name after "on" or "off"'
    kind = kind_ends(words)
    if kind is not None:
        return kind
    if start > 0 and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES:
        return "a title in quotation marks"
    titled = inside_quoted_title(text, start, end)  # '"Green Harbours: Shipping Routes for a Cleaner Sea"'
    if titled is not None:
        return titled
    owner = _OFFICE_OWNER.search(text, max(0, start - MAX_OWNER), start)
    if owner is not None and is_role_word(owner.group(1).lower()):
        return f'what an office has: after "{owner.group()}"'
    return None


SITE_NOUNS = _words("""
    campus causeway bridge airport hospital clinic centre center stadium building school college
    university mosque library museum highway avenue road street square
""")
"""Lower-case nouns of the sites pages name after people, written after the name ("the Sheikh
Zayed campus", "the Nelson Mandela bridge")."""
_THE_OR_OWNER = re.compile(r"(?:(?<![\w'’-])[Tt]he|\w['’]s)[ \t]+$")
_SITE_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(SITE_NOUNS)) + r")(?![\w'’-])")


def site_after(text: str, start: int, end: int) -> str | None:
    """Why a name after "the" or a possessive, with a noun of `SITE_NOUNS` after it, is a
    site's ("Kuwait University's Sheikh Jaber Al-Ahmad campus", "the President Kaunda
    bridge"), or None: a person takes no "the" and is no one's site, so a ruler's or an
    officer's title before the name does not save it ("the university's Professor Ana Ruiz
    said" has no site noun after it)."""
    site = _SITE_AFTER.match(text, end)
    if site is None or _THE_OR_OWNER.search(text, max(0, start - MAX_OWNER), start) is None:
        return None
    return f'a site named after someone: "{site.group(1)}" after the name'


_AFTER_THE = re.compile(r"\b(?:(?P<the>[Tt]he)|[Aa]n?)\s+(?:(?P<state>[A-Z][A-Z.]{1,5})\s)?$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def after_article(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether an article stands right before ``start``: "the" ("on the Blue Nile"), "the"
    and a state's short name ("the US Federal Reserve"), or "a"/"an" before a name that is
    not a modifier ("as a Primary Information Provider in …"; not "a Tom Pellow penalty",
    where the name is the penalty's): English names a body or a thing so, not a person."""
    found = _AFTER_THE.search(text, max(sentence_start, start - 14), start)
    if found is None or found.group("state") is not None and found.group("state") not in country_forms():
        return False  # "to the UN Serhii Kyslytsia": the UN's representative, named after it
    if found.group("the") is not None:
        return True
    following = _NEXT_WORD.match(text, end, end + 30)
    return following is None or following.group(1) in FUNCTION_WORDS
