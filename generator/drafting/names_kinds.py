"""Names whose own words say they are a club's, a road's, a building's or a company's, not a person's.

    >>> kind_of_name(["Deportivo", "Lempa"])
    'a club: "Deportivo" opens its name'
    >>> kind_of_name(["Rita", "Real"]) is None
    True

News pages in Spanish, Portuguese, French and English name clubs, roads, bridges, grounds and
companies with a generic word before or after a place's or a founder's name ("Atlético Izalco",
"Circunvalación de Santo Domingo", "Ponte Vasco da Gama", "Atlântico Ligações Marítimas",
"Eswatini Sugar Marketing Board").  The words of these tables are no given names (as a first
word) and no surnames (as a last word), so they hold after a title too ("the Eswatini Sugar
Marketing Board said": "Eswatini" is read as a title).  Words that are also common given names
or surnames ("Vila", "Monte", "Porto", "Rio", "Cruz", "Alameda", "Kaizer") are left out.

`craft_names` reads the page: a name it writes after "the" and a noun for a vessel ("the ferry
Kunta Kinteh"), after "aboard the" or "the captain of the" ("the captain of the Mwezi Star") or before "Island" ("Kunta Kinteh Island") is a ship's or an island's wherever it
stands without a cue ("as Kunta Kinteh goes in for repairs").
"""

from __future__ import annotations

import re

from .lexicon import VESSEL_NOUNS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CLUB_HEADS = _words("""
    real atlético atletico deportivo deportiva deportes sporting sportivo sportif esporte
    dynamo dinamo stade olympique olimpia olímpico olimpico independiente cercle
    sport rapid slavia maccabi hapoel beitar celta académica academica ferroviário ferroviario
    ferroviária ferroviaria casa team
""")
"""First words of sports clubs' names in Spanish, Portuguese, French and Central European use
("Real Madrid", "Deportivo Lempa", "Sporting Cristal", "Dynamo Dresden", "Stade Rennais",
"Independiente Medellín", "Cercle Brugge", "Maccabi Tel Aviv", "Académica do Mindelo", "Casa
Pia"), and the "Team" of cycling and motor-racing teams ("Team Medellín", "Team Los Altos").
"Real" is a surname ("Rita Real") but never a given name, so only a first word counts."""

WAY_HEADS = _words("""
    circunvalación circunvalacion carretera autopista autovía autovia rodovia estrada calzada calçada
    ponte puente pont praça praca travessa avenue paseo malecón malecon
    estádio estadio aeroporto aeropuerto aéroport hôpital hospital escola escuela école liceo lycée
    colégio mercado marché palácio palacio palais museo musée museu igreja iglesia église catedral
    via viale corso largo strada
""")
"""First words of the names of roads, bridges, squares, grounds and buildings in Spanish,
Portuguese, French and Italian ("Circunvalación de Santo Domingo", "Ponte Vasco da Gama",
"Estádio Nacional", "Escola Amílcar Cabral", "Via Cristoforo Colombo"), which write the kind
before the name.  A name right after one is the road's, even where the run is cut before it
("Via" is also an English preposition)."""

ROMANCE_BODY_HEADS = _words("""
    junta cabildo ayuntamiento prefeitura câmara camara mairie conseil conselho consejo gobierno governo
    gouvernement ministerio ministério ministère secretaría secretaria guardia polícia policía supremo
    fête festa fiesta feria premio prémio prêmio prix taça copa coupe liga ligue
""")
"""First words of the names of Spanish, Portuguese and French councils, governments, courts and
forces ("Junta de Andalucía", "Prefeitura de São Paulo", "Supremo Tribunal Federal"), of feasts
and prizes ("Fête de la Musique", "Prémio Camões") and of cups and leagues ("Taça de Portugal")."""

COMPANY_WORDS = _words("""
    ligações ligacoes marítimas maritimas marítimos maritimos marítima maritima navegação navegacao
    navegación navegacion naviera linhas líneas lineas aéreas aereas aéreos aereos correios correos
    telecomunicações telecomunicaciones eletricidade electricidad électricité combustíveis
    transportadora comercial distribuidora comercializadora constructora inmobiliaria imobiliária
    clube futebol fútbol futbol calcio
""")
"""Trades of Portuguese, Spanish and French companies' names, wherever they stand ("Atlântico
Ligações Marítimas", "Linhas Aéreas", "Correios de Cabo Verde"), and the club and football words
of a club's full name ("Vila Nova Futebol Clube"): no given name, no surname."""

BODY_ENDS = _words("board trust")
"""Last words of statutory bodies' names ("Eswatini Sugar Marketing Board", "National Health
Trust"), taken in names of three words or more, or after a field of `BODY_FIELDS`: "Board" is a
rare surname too ("Mary Board")."""

BODY_FIELDS = _words("""
    marketing development licensing planning housing tourism health water revenue tender tenders
    examinations examination investment procurement parole censorship lottery lotteries
""")
"""Fields of statutory boards and trusts, no given names: "Marketing Board" alone is a body's
name where the page writes its product in lower case ("sugar")."""

KIND_ENDS = _words("""
    bhd tbk sdn
    cement refinery refineries banking textiles plastics fertilisers fertilizers tobacco cables beverages
    construction engineering properties petroleum energy telecoms
    sports chiefs pirates warriors eagles lions tigers leopards sharks bulls arrows stars rockets
    azul roja
""")
"""Last words of Malaysian and Indonesian companies' legal forms written short ("Sime Darby Bhd",
"Astra International Tbk"), English trades and goods that end companies' names ("Dangote
Cement", "Sumitomo Mitsui Banking"; "Sugar", "Steel", "Power" and "Mills" are surnames), "Sports" ending a club's name ("Rayon Sports") and the animal,
warrior and missile plurals that end clubs' names ("Orlando Pirates", "Golden Arrows") and the
Spanish colours that end clubs' and bodies' names and no surname ("Cruz Azul", "Cruz Roja";
"Blanco", "Rojo" and "Amarilla" are surnames): no surname."""


def kind_of_name(words: list[str], previous: str = "") -> str | None:
    """Why the name ``words`` (two words or more) is a club's, a road's, a building's or a
    company's, or None; ``previous`` is the capitalised word cut from the run before it."""
    if len(words) < 2:
        return None
    first, last = words[0].lower(), words[-1].lower().rstrip(".")
    if previous.lower() in WAY_HEADS:
        return f'a road or a building: "{previous}" opens its name'
    if first in ROMANCE_BODY_HEADS:
        return f'a body, a feast or a prize: "{words[0]}" opens its name'
    if first in CLUB_HEADS:
        return f'a club: "{words[0]}" opens its name'
    if first in WAY_HEADS:
        return f'a road or a building: "{words[0]}" opens its name'
    if last in KIND_ENDS or last in BODY_ENDS and (len(words) >= 3 or words[-2].lower() in BODY_FIELDS):
        return f'a body, a company or a club: "{words[-1]}" ends its name'
    trade = next((w for w in words if w.lower() in COMPANY_WORDS), None)
    return f'a company: "{trade}" names its trade' if trade is not None else None


_NAME = r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:da|de|do|dos|das|del|van|von|bin|al)[ \t]+)?[A-Z][\w'’-]*){1,3})"
_AFTER_VESSEL = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:" + "|".join(sorted(VESSEL_NOUNS)) + r")s?[ \t]+" + _NAME)
_ABOARD = re.compile(r"(?<![\w'’-])(?:aboard|on[ \t]+board|(?:captain|skipper|master|crew|passengers|sinking|wreck|hull|deck)"
                     r"[ \t]+of)[ \t]+the[ \t]+" + _NAME)
"""A name after "aboard the", "on board the" or a ship's part, crew or fate and "of the" ("the
captain of the Mwezi Star", "the sinking of the Sea Falcon"): a person's name takes no "the"."""
_BEFORE_ISLAND = re.compile(r"(?<![\w'’-])" + _NAME + r"[ \t]+(?:Island|Isle|Islet)(?![\w'’-])")
MAX_CRAFT_USES = 500
"""Matches read in a page: far more than any page has."""


def craft_names(text: str) -> frozenset[str]:
    """Names of two words or more the page writes after "the" and a vessel's noun
    (`lexicon.VESSEL_NOUNS`) or before "Island": a vessel's or an island's on the whole page,
    where it is named bare elsewhere too ("as Kunta Kinteh goes in")."""
    found: set[str] = set()
    for pattern in (_AFTER_VESSEL, _ABOARD, _BEFORE_ISLAND):
        for count, match in enumerate(pattern.finditer(text)):
            if count >= MAX_CRAFT_USES:
                break
            words = match.group(1).split()  # "The Kunta Kinteh Island": the match may take a word before
            found |= {" ".join(words[i:]) for i in range(len(words) - 1)}
    return frozenset(found)
