"""Words written before a name that describe the person and are no part of the name.

    >>> is_occupation("trucker"), is_occupation("wayne")
    (True, False)

A local paper opens a sentence with what a person does ("Trucker Wayne MacIsaac,
who hauls scallops …", "Gardener Ruth Nambeye, 46, said …"): capitalised by the
sentence, the noun is no given name.  `lexicon.PERSON_NOUNS` lists the nouns a
page may also write in lower case; these are more trades of the same kind.  Many
are surnames too (Baker, Cook, Gardener), so `names` strips one only at a sentence's
start and only when a name of two words is left after it.

Some councils and services write a title as a short abbreviation the general
title table lacks ("Cr Helen Okafor-Reid", an Australian or New Zealand
councillor; "Supt", "Insp", "Det" of police ranks): `TITLE_SHORT_FORMS`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


OCCUPATION_NOUNS = _words("""
    trucker truckie gardener baker butcher cook chef cleaner carpenter builder labourer laborer
    vendor hawker stallholder smallholder fishmonger mason tailor potter herder shepherd rancher
    grower courier porter janitor caretaker housekeeper waiter waitress bartender barista
    hairdresser barber cashier clerk accountant banker programmer technician salesman saleswoman
    beekeeper winemaker brewer nanny caregiver carer midwife dentist pharmacist vet veterinarian
    optician therapist instructor trainer ranger lifeguard logger roofer decorator plasterer
    bricklayer locksmith blacksmith jeweller jeweler seamstress weaver fisher fisherwoman boatman
    ferryman deckhand skipper crewman steelworker dockworker docker longshoreman machinist foreman
    contractor landowner villager householder motorist pedestrian hiker climber mountaineer
    surfer rower cabbie busker bookseller shopowner storekeeper innkeeper hotelier
    restaurateur publican grocer florist farmworker herdsman cattleman
    housewife househusband homemaker commuter shopper stallkeeper guide
    opener
    bandleader promoter drummer guitarist bassist saxophonist trumpeter pianist violinist cellist
    singer songwriter choreographer photographer
    flyhalf fly-half scrumhalf scrum-half fullback full-back flanker
    wicketkeeper wicket-keeper spinner paceman seamer allrounder all-rounder sprinter hurdler
""")
"""Trades a sentence may open with before a person's full name, with the musicians', the
stage's and the camera's ("Pianist Mitsuko Tanaka", "Promoter Abena Owusu"), and the playing
positions of rugby and cricket and the events of athletics that `lexicon.PERSON_NOUNS` lacks
("Flyhalf Caleb Muntz kicked the penalty", "Wicketkeeper Mohammad Rizwan took four catches").
Positions that are common words of places and things too ("Centre", "Lock", "Prop", "Guard")
are left out."""

DESCRIPTOR_NOUNS = _words("""
    debutant debutante newcomer teenager youngster rookie substitute olympian paralympian
    skipper novice
""")
"""Nouns a sports page opens a sentence or a headline with to describe a player by a surname
alone ("Debutant Mané completes comeback", "Teenager Ortiz rescues point", "Substitute Benítez
scored"): none is a given name or a surname, so unlike `OCCUPATION_NOUNS` (Baker, Cook) one
counts before a single name word, and the surname is left to find its full name."""

TITLE_SHORT_FORMS = _words("cr clr cmdr supt insp det amb atty eng")
"""Abbreviated titles missing from `lexicon.ROLE_WORDS`: councillor ("Cr"), commander,
superintendent, inspector, detective, ambassador, attorney, and the registered engineer's "Eng."
of East African and Arab pages ("Eng. Faith Rotich"), whose full stop ends no sentence."""


def is_occupation(word: str) -> bool:
    """Whether the lower-case ``word`` is a trade of `OCCUPATION_NOUNS`."""
    return word in OCCUPATION_NOUNS


def is_descriptor(word: str) -> bool:
    """Whether the lower-case ``word`` is a descriptor of `DESCRIPTOR_NOUNS`."""
    return word in DESCRIPTOR_NOUNS


def is_short_title(word: str) -> bool:
    """Whether the lower-case ``word`` (full stop removed) is a title's abbreviation of `TITLE_SHORT_FORMS`."""
    return word.rstrip(".") in TITLE_SHORT_FORMS


TITLE_COMPOUND_ENDS = ("-general", "-elect", "-in-chief")
"""The ends of hyphenated titles ("Auditor-General", "Solicitor-General", "President-elect",
"Commander-in-Chief"): a surname never ends so, whatever word comes before."""


ROLE_COMPOUND_ENDS = (
    "minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "president",
    "chef", "chefin", "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "bürgermeister",
    "bürgermeisterin", "botschafter", "botschafterin", "direktor", "direktorin",
)
"""Role nouns German, Dutch and the Scandinavian languages close a one-word title with
("Finanzminister", "Bundeskanzler", "CDU-Fraktionschef", "Regierungssprecher",
"Ministerpräsident", "statsminister"): written before a name they are its title."""

ROLE_COMPOUND_MIN = 4
"""Letters a compound must have before its role noun: "Kanzler" or "Chef" alone is a surname
too, and "administer" ends in "minister" with only "ad" before it."""

LONG_ROLE_MIN, LONG_ROLE_LENGTH = 3, 10
"""A role noun of ten letters or more ("bürgermeister", "botschafter", "vorsitzende") ends no
English or German word but a title, so three letters before it do ("Baubürgermeister", a
city's councillor for building; "Vizebotschafter" has more)."""


def is_title_compound(word: str) -> bool:
    """Whether the lower-case ``word`` is a hyphenated title ending as `TITLE_COMPOUND_ENDS` do,
    or a one-word compound title ending in a role noun of `ROLE_COMPOUND_ENDS`."""
    if word.endswith(TITLE_COMPOUND_ENDS) and word.split("-", 1)[0].isalpha():
        return True
    end = next((e for e in ROLE_COMPOUND_ENDS if word.endswith(e)), None)
    least = LONG_ROLE_MIN if end is not None and len(end) >= LONG_ROLE_LENGTH else ROLE_COMPOUND_MIN
    return end is not None and len(word) - len(end) >= least \
        and word[:-len(end)].replace("-", "").isalpha()
