"""A government named by its seat: "the government in Freetown", "ministries in Port Vila".

`places.CAPITALS` lists the capitals that news prose uses alone for their governments
("Moscow said"); most other capitals are named only as places.  After a government's noun
and "in", any capital stands for its state's government, so this wider table is read only
there: it never makes "in Freetown" alone a state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SEATS: dict[str, str] = {
    # Africa
    "Freetown": "SL", "Monrovia": "LR", "Conakry": "GN", "Bissau": "GW", "Dakar": "SN", "Banjul": "GM",
    "Bamako": "ML", "Ouagadougou": "BF", "Niamey": "NE", "Accra": "GH", "Lomé": "TG", "Lome": "TG",
    "Porto-Novo": "BJ", "Cotonou": "BJ", "Yamoussoukro": "CI", "Abidjan": "CI", "Nouakchott": "MR",
    "Libreville": "GA", "Yaoundé": "CM", "Yaounde": "CM", "Malabo": "GQ", "Bangui": "CF",
    "N'Djamena": "TD", "Brazzaville": "CG", "Kinshasa": "CD", "Luanda": "AO", "Windhoek": "NA",
    "Gaborone": "BW", "Harare": "ZW", "Lusaka": "ZM", "Lilongwe": "MW", "Maputo": "MZ",
    "Mbabane": "SZ", "Maseru": "LS", "Antananarivo": "MG", "Port Louis": "MU", "Moroni": "KM",
    "Dodoma": "TZ", "Kampala": "UG", "Kigali": "RW", "Gitega": "BI", "Juba": "SS", "Khartoum": "SD",
    "Addis Ababa": "ET", "Asmara": "ER", "Mogadishu": "SO", "Tunis": "TN", "Praia": "CV",
    # Americas and the Caribbean
    "Castries": "LC", "Kingstown": "VC", "Bridgetown": "BB", "Basseterre": "KN", "Roseau": "DM",
    "Port of Spain": "TT", "Georgetown": "GY", "Paramaribo": "SR", "Nassau": "BS", "Belmopan": "BZ",
    "Tegucigalpa": "HN", "Managua": "NI", "San Salvador": "SV", "Guatemala City": "GT",
    "Panama City": "PA", "San José": "CR", "Santo Domingo": "DO", "Port-au-Prince": "HT",
    "Quito": "EC", "La Paz": "BO", "Asunción": "PY", "Montevideo": "UY", "Kingston": "JM",
    "St. John's": "AG", "St George's": "GD", "St. George's": "GD",
    # Asia and the Pacific
    "Port Vila": "VU", "Suva": "FJ", "Apia": "WS", "Nuku'alofa": "TO", "Honiara": "SB",
    "Port Moresby": "PG", "Tarawa": "KI", "Majuro": "MH", "Funafuti": "TV", "Dili": "TL",
    "Kuala Lumpur": "MY", "Putrajaya": "MY", "Phnom Penh": "KH", "Vientiane": "LA", "Naypyidaw": "MM",
    "Dhaka": "BD", "Kathmandu": "NP", "Thimphu": "BT", "Colombo": "LK", "Malé": "MV", "Male": "MV",
    "Ulaanbaatar": "MN", "Astana": "KZ", "Bishkek": "KG", "Tashkent": "UZ", "Dushanbe": "TJ",
    "Ashgabat": "TM", "Muscat": "OM", "Sanaa": "YE", "Manama": "BH", "Kuwait City": "KW",
    # Europe
    "Reykjavik": "IS", "Valletta": "MT", "Nicosia": "CY", "Ljubljana": "SI", "Bratislava": "SK",
    "Sarajevo": "BA", "Podgorica": "ME", "Skopje": "MK", "Tirana": "AL",
}
"""Capitals beyond `places.CAPITALS`, each the seat of one state's government (a capital
shared with a region's name, such as Victoria, is left out)."""

_FIELD = r"(?:[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and|&|[A-Z][\w'’-]*)){0,4})?"
"""The field a ministry's full name gives after "of": "Ministry of Foreign Affairs"."""
_SEAT = re.compile(r"(?<![\w-])(?:[Gg]overnments?|[Mm]inistr(?:y|ies)" + _FIELD + r"|[Aa]uthorities)[ \t]+in[ \t]+"
                   r"(" + "|".join(sorted(map(re.escape, SEATS), key=len, reverse=True)) + r")(?![\w'’-])")
"""A government's noun, "in" and a seat ("the government in Freetown", "the Ministry of Foreign
Affairs in Muscat")."""


def government_seats(text: str, start: int, end: int) -> Iterator[tuple[str, int, str]]:
    """``(code, offset, written)`` of each government named by its seat in ``text[start:end]``."""
    for match in _SEAT.finditer(text, start, end):
        yield SEATS[match.group(1)], match.start(1), match.group(1)
