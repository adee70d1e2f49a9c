"""Names of bodies that read like people's: bodies named in another language, a people's
name cut from a longer one, a body's English noun right before its name.

    >>> body_words(["Omroep", "IJsseldelta"])
    True
    >>> body_words(["Conjunto", "Los", "Guayabos"])
    True
    >>> body_words(["Gabriel", "dos", "Santos"])
    False
    >>> body_noun_before("the environmental foundation Groen Dijkland said", 29)
    True
    >>> body_noun_before("the union's leader, Ana Ruiz, said", 20)
    False

English copy keeps a foreign body's name as the body writes it ("Omroep IJsseldelta",
"Navieras de Pitiusas", "Waterschap Rijn en IJssel", "Badan Nasional Penanggulangan
Bencana"): two or more capitalised words, as a person's name is.  Its head noun (broadcaster,
shipping companies, water board, agency) opens it in Dutch, the Romance languages and
Indonesian, and no given name is such a noun, so `FOREIGN_BODY_NOUNS` marks it.  A plural
article inside a run ("Conjunto Los Guayabos", "Banda Los Recoditos") names a band, a club or
a place, never a person: surnames with an article write a particle first ("de los Santos").
"""

from __future__ import annotations

import re

from .lexicon import ATTRIBUTION_VERBS, OBJECT_REPORTING_VERBS
from .names_german import german_article_inside

FOREIGN_BODY_NOUNS = frozenset("""
    omroep waterschap hoogheemraadschap stichting vereniging gemeente partij provincie
    verband bundesverband verein stiftung gesellschaft genossenschaft kammer partei stadtwerke
    naviera navieras compañía compania sociedad asociación asociacion fundación fundacion
    autoridad federación federacion confederación confederacion sindicato partido
    ayuntamiento agrupación agrupacion conjunto grupo orquesta cooperativa empresa
    companhia sociedade associação associacao fundação fundacao autoridade federação
    federacao confederação confederacao prefeitura clube orquestra
    associazione fondazione federazione confederazione società societa compagnia comune
    autorità autorita sindacato
    syndicat fondation société societe compagnie confédération confederation mairie autorité
    badan kementerian lembaga yayasan partai perusahaan persatuan dinas
""".split())
"""Head nouns of bodies' names in other languages, which open the name: Dutch (broadcaster,
water board, foundation, association, municipality, party, province), German (association,
foundation, society, cooperative, chamber, party, municipal utilities), Spanish, Portuguese, Italian and French
(shipping company, company, society, association, foundation, authority, federation, union,
party, town hall, band, group, orchestra, cooperative) and Indonesian (agency, ministry,
institute, foundation, party, company, union, office).  None is a given name or a common
surname.  English words of the kind are in `lexicon.ORGANISATION_WORDS`."""

PLURAL_ARTICLES = frozenset({"los", "las", "gli", "os"})
"""Plural articles of Spanish, Italian and Portuguese: capitalised inside a name, a body's."""
_PARTICLES_BEFORE_ARTICLE = frozenset({"de", "da", "di", "do"})
"""Particles that may stand before a plural article in a surname ("de los Santos")."""

PEOPLE_COLLECTIVES = frozenset({"people", "peoples", "folk", "folks"})
"""Nouns for a whole people: last in a run ("Korean People" cut from "the Korean People's
Army") they end a nation's or a body's name, never a person's."""

LONE_BODY_WORDS = frozenset({"corporation", "company", "incorporated", "limited", "holdings",
                             "order", "decree", "directive", "ordinance"})
"""Legal forms written out and an executive's acts: alone after a title's word ("Korea
Ryonbong General Corporation", "Executive Order") they end a company's or a document's name,
no surname."""

LEADING_ARTICLES = frozenset({"der", "die", "het"})
"""German and Dutch definite articles, which open a paper's, a party's or a band's name ("Der
Tagesspiegel", "Die Linke", "Het Parool") and no person's.  Left out: articles that are also
surnames or given names ("Das", "Le", "La", "De", "Les", "O")."""

_POSSESSIVE = re.compile(r"['’]s?$")


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".").lower()


def body_words(words: list[str]) -> bool:
    """Whether the words of a run name a body: a foreign body's head noun among them, a
    capitalised plural article after a word that is no particle, a people's noun last, a
    written legal form or an act alone, or a German or Dutch article first."""
    keys = [_key(w) for w in words]
    if any(k in FOREIGN_BODY_NOUNS for k in keys) or keys and keys[-1] in PEOPLE_COLLECTIVES:
        return True
    if len(keys) == 1 and keys[0] in LONE_BODY_WORDS or len(keys) > 1 and keys[0] in LEADING_ARTICLES:
        return True
    if german_article_inside(words):
        return True  # "Bund der Steuerzahler", "Donnerstag den Bau": German's article (`names_german`)
    return any(i and words[i][:1].isupper() and k in PLURAL_ARTICLES and keys[i - 1] not in _PARTICLES_BEFORE_ARTICLE
               for i, k in enumerate(keys))


BODY_NOUNS = frozenset("""
    foundation charity board party union association federation band orchestra choir
    club trust society guild syndicate cooperative coalition alliance movement
""".split())
"""English nouns for a body that English writes right before its name in lower case
("the environmental foundation Groen Dijkland", "water board Drents Overijsselse Delta",
"local party Gemeentebelangen Deventer"), as `lexicon.COMPANY_NOUNS` are for companies."""

_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")
MAX_BEFORE = 60
"""Characters before a name read for the noun right before it and a verb some words back."""


def body_noun_before(text: str, start: int) -> bool:
    """Whether a body's noun in lower case stands right before ``start``, as the name's
    kind, not as the object of a verb of telling ("told the board Ana Ruiz had left")."""
    found = _BEFORE.search(text, max(0, start - MAX_BEFORE), start)
    if found is None or found.group(1) not in BODY_NOUNS:
        return False
    verbs = ATTRIBUTION_VERBS | OBJECT_REPORTING_VERBS
    window = text[max(0, found.start(1) - 30):found.start(1)].lower().split()
    return not any(w in verbs for w in window[-3:])
