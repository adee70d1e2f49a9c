"""The country alias table: names, demonyms, capitals and institutions → ISO codes.

pycountry gives every country's ISO name, common name and official name;
this table adds what news prose writes instead:

* ``NAMES``: short and colloquial names pycountry lacks ("Britain", "Russia",
  "Ivory Coast") and abbreviations ("U.S.", "UK", "DPRK");
* ``DEMONYMS``: adjectives and nouns of a state's people or government
  ("Spanish", "North Korean", "Ukrainians") — counted as the state.  The
  table is the project's (`generator.demonyms`), shared with the claim
  analysis, which counts "Ukrainians" as people;
* ``METONYMS``: capitals and institutions that stand for a government
  ("Moscow said", "the Kremlin", "Downing Street").  A capital counts only
  when it is used for the state, not as a place ("talks in Madrid");
* ``NOT_COUNTRIES``: regions, continents and organisations that look like
  country names but are not states here ("Korean Peninsula", "Gaza",
  "European Union").  Brussels stands for the EU, not Belgium, so it is
  not a metonym.
"""

from __future__ import annotations

import functools

import pycountry

from ..demonyms import DEMONYMS

NAMES: dict[str, str] = {
    "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "United States": "US",
    "America": "US", "United States of America": "US",
    "Britain": "GB", "Great Britain": "GB", "UK": "GB", "U.K.": "GB", "United Kingdom": "GB",
    "Russia": "RU", "Russian Federation": "RU",
    "North Korea": "KP", "DPRK": "KP", "South Korea": "KR", "ROK": "KR", "Republic of Korea": "KR",
    "China": "CN", "PRC": "CN", "Taiwan": "TW",
    "People’s Republic of China": "CN", "Republic of China": "TW",  # Taiwan's own name; "People's Republic of China" is longer and matches first
    "Iran": "IR", "Syria": "SY", "Vietnam": "VN",
    "Laos": "LA", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD",
    "Czech Republic": "CZ", "Czechia": "CZ", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
    "Netherlands": "NL", "Holland": "NL", "Turkey": "TR", "Türkiye": "TR",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD", "DRC": "CD",
    "Republic of Congo": "CG", "Burma": "MM", "Myanmar": "MM", "Macedonia": "MK",
    "North Macedonia": "MK", "Eswatini": "SZ", "Swaziland": "SZ", "Cape Verde": "CV",
    "East Timor": "TL", "Vatican": "VA", "Holy See": "VA", "Palestine": "PS",
    "UAE": "AE", "United Arab Emirates": "AE", "Brunei": "BN", "Micronesia": "FM",
    "Saudi Arabia": "SA", "South Africa": "ZA", "New Zealand": "NZ", "Sri Lanka": "LK",
    "Hellenic": "GR",  # the Greek state's own adjective: "the Hellenic Police", "Hellenic Coast Guard"
}

DISPLAY_NAMES: dict[str, str] = {
    "RU": "Russia", "VN": "Vietnam", "LA": "Laos", "SY": "Syria", "BN": "Brunei",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "TR": "Turkey",
}
"""Everyday names where pycountry has only the formal one ("Russian Federation")."""

CAPITALS: dict[str, str] = {
    "Washington": "US", "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Beijing": "CN",
    "Pyongyang": "KP", "Seoul": "KR", "Tokyo": "JP", "London": "GB", "Paris": "FR",
    "Berlin": "DE", "Madrid": "ES", "Rome": "IT", "Lisbon": "PT", "Warsaw": "PL",
    "Tehran": "IR", "Ankara": "TR", "New Delhi": "IN", "Islamabad": "PK", "Kabul": "AF",
    "Riyadh": "SA", "Cairo": "EG", "Damascus": "SY", "Baghdad": "IQ", "Ottawa": "CA",
    "Canberra": "AU", "Taipei": "TW", "Hanoi": "VN", "Manila": "PH", "Jakarta": "ID",
    "Bangkok": "TH", "Minsk": "BY", "Tbilisi": "GE", "Budapest": "HU", "Prague": "CZ",
    "Vienna": "AT", "Athens": "GR", "Stockholm": "SE", "Oslo": "NO", "Helsinki": "FI",
    "Copenhagen": "DK", "Dublin": "IE", "Bern": "CH", "The Hague": "NL", "Rabat": "MA",
    "Algiers": "DZ", "Tripoli": "LY", "Nairobi": "KE", "Abuja": "NG", "Pretoria": "ZA",
    "Brasília": "BR", "Brasilia": "BR", "Buenos Aires": "AR", "Mexico City": "MX",
    "Havana": "CU", "Caracas": "VE", "Bogotá": "CO", "Bogota": "CO", "Santiago": "CL",
    "Lima": "PE", "Bucharest": "RO", "Sofia": "BG", "Belgrade": "RS", "Zagreb": "HR",
    "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Chisinau": "MD", "Yerevan": "AM",
    "Baku": "AZ", "Doha": "QA", "Abu Dhabi": "AE", "Amman": "JO", "Beirut": "LB",
    "Wellington": "NZ",  # "Wellington and Canberra signed": as Canberra, its government
}
"""Capitals that news prose uses for their governments ("Madrid said")."""

INSTITUTIONS: dict[str, str] = {
    "White House": "US", "Pentagon": "US", "State Department": "US", "Capitol Hill": "US",
    "Kremlin": "RU", "Downing Street": "GB", "Whitehall": "GB", "Élysée": "FR",
    "Elysee": "FR", "Elysée": "FR", "Quai d'Orsay": "FR", "Bundestag": "DE",
    "Zhongnanhai": "CN", "Blue House": "KR", "Knesset": "IL", "Moncloa": "ES",
    "Palacio de la Moncloa": "ES", "Bankova": "UA", "Verkhovna Rada": "UA", "Duma": "RU",
    "Commerce Department": "US", "Justice Department": "US", "Treasury Department": "US",
    "Defense Department": "US", "Energy Department": "US", "Labor Department": "US",
    "Homeland Security Department": "US",
}
"""Institutions that stand for their state whatever the sentence ("the Kremlin").
"The Commerce Department" is the US federal department's own form (elsewhere a
"Ministry of Commerce" or a "Department for …")."""

SHORT_FORMS: dict[str, tuple[str, ...]] = {"Congo": ("CD", "CG"), "Congolese": ("CD", "CG"),
                                           "Dominican": ("DO", "DM"), "Dominicans": ("DO", "DM")}
"""Short names and demonyms shared by two states: they are whichever of them the article
also names in full ("the Democratic Republic of Congo … Congo has reported"), else the
table's ("Congo" is pycountry's name of the Republic of the Congo), and a shared demonym,
which no table gives, the first state's, the one news pages mean far more often ("Dominican
citizens" are the Dominican Republic's unless the page names Dominica)."""

METONYMS: dict[str, str] = {**CAPITALS, **INSTITUTIONS}

NOT_COUNTRIES = frozenset({
    "Korean Peninsula", "Korea", "Gaza", "Gaza Strip", "West Bank", "Crimea", "Donbas",
    "Middle East", "Europe", "European", "European Union", "EU", "Asia", "Asian",
    "Africa", "African", "Latin America", "South America", "North America",
    "Central America", "Caribbean", "Balkans", "Scandinavia", "Arctic", "Antarctica",
    # a region's adjective, matched before "American" ("the Central American Cup")
    "Central American", "Latin American", "North American", "South American",
    "Pacific", "Atlantic", "NATO", "UN", "United Nations", "Brussels",
    "New Mexico", "New Jersey", "North Jersey", "South Jersey", "Jersey City", "Jersey Shore",
    # territories that pycountry lists with a code of their own but that are no states
    "Greenland", "Faroe Islands", "Puerto Rico", "Guam", "Gibraltar", "Bermuda", "New Caledonia",
    "French Polynesia", "Réunion", "Martinique", "Guadeloupe", "French Guiana", "Aruba", "Curaçao",
    "Cayman Islands", "British Virgin Islands", "Turks and Caicos Islands", "Anguilla", "Montserrat",
    "Falkland Islands", "Isle of Man", "American Samoa", "Northern Mariana Islands",
    "Virgin Islands", "U.S. Virgin Islands",
    "Hong Kong", "Macao", "Macau", "Mayotte", "Saint Pierre and Miquelon", "Wallis and Futuna",
    "Saint Barthélemy", "Saint Martin", "Sint Maarten", "Bonaire", "Norfolk Island", "Christmas Island",
    "Cocos Islands", "Tokelau", "Pitcairn Islands", "Saint Helena", "Svalbard", "Åland Islands", "Jersey",
    "Guernsey", "British Indian Ocean Territory", "French Southern Territories",
})
"""Forms that must never give a country, even where a longer match would."""


def pycountry_names() -> dict[str, str]:
    """Every pycountry name, common name and official name without a comma → code."""
    names: dict[str, str] = {}
    for record in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            value = getattr(record, attribute, None)
            if value and "," not in value:
                names.setdefault(value, record.alpha_2)
    return names


@functools.cache
def country_forms() -> dict[str, str]:
    """Every written form that names a state → its code: pycountry, `NAMES`, `DEMONYMS`."""
    return {**pycountry_names(), **NAMES, **DEMONYMS}


@functools.cache
def place_words() -> frozenset[str]:
    """Every form of the tables, states and not: none of them is a person's name."""
    return frozenset({*country_forms(), *METONYMS, *NOT_COUNTRIES})


@functools.cache
def subdivision_names() -> frozenset[str]:
    """pycountry's names of provinces, states and regions of two words or more ("Nova
    Scotia", "Nuevo León", "Western Australia"): a place, never a person's full name.
    One-word names ("Victoria", "Georgia") are left out: many are given names too."""
    return frozenset(s.name for s in pycountry.subdivisions if " " in s.name and "," not in s.name)
