"""The words a synthetic corpus is written in, and the small draws from them.

Countries, plain words (weighted, most frequent first), syllables for names,
roles, publishers, page clutter and numbers: ``words(rng, 3)`` → three plain
words, the common ones more often; ``number(rng)`` → ``(["about", "8,000",
"troops"], "about 8,000")``.  Every draw takes the caller's ``Random``: one
seed, one corpus.
"""

from __future__ import annotations

from random import Random

COUNTRIES = {code: (name, demonym) for code, name, demonym in (entry.split(":") for entry in """
US:United States:American|GB:United Kingdom:British|FR:France:French|DE:Germany:German|IT:Italy:Italian
|ES:Spain:Spanish|PL:Poland:Polish|UA:Ukraine:Ukrainian|RU:Russia:Russian|BY:Belarus:Belarusian
|KP:North Korea:North Korean|KR:South Korea:South Korean|JP:Japan:Japanese|CN:China:Chinese|TW:Taiwan:Taiwanese
|IN:India:Indian|PK:Pakistan:Pakistani|IR:Iran:Iranian|IQ:Iraq:Iraqi|SY:Syria:Syrian|IL:Israel:Israeli
|TR:Turkey:Turkish|SA:Saudi Arabia:Saudi|AE:United Arab Emirates:Emirati|EG:Egypt:Egyptian|LY:Libya:Libyan
|SD:Sudan:Sudanese|ET:Ethiopia:Ethiopian|KE:Kenya:Kenyan|NG:Nigeria:Nigerian|ZA:South Africa:South African
|ML:Mali:Malian|NE:Niger:Nigerien|BR:Brazil:Brazilian|AR:Argentina:Argentine|MX:Mexico:Mexican
|CA:Canada:Canadian|AU:Australia:Australian|NZ:New Zealand:New Zealander|ID:Indonesia:Indonesian
|PH:Philippines:Filipino|VN:Vietnam:Vietnamese|TH:Thailand:Thai|MM:Myanmar:Burmese|AF:Afghanistan:Afghan
|KZ:Kazakhstan:Kazakh|GE:Georgia:Georgian|AM:Armenia:Armenian|AZ:Azerbaijan:Azerbaijani|MD:Moldova:Moldovan
|RO:Romania:Romanian|HU:Hungary:Hungarian|CZ:Czechia:Czech|SK:Slovakia:Slovak|FI:Finland:Finnish
|SE:Sweden:Swedish|NO:Norway:Norwegian|EE:Estonia:Estonian|LV:Latvia:Latvian
|LT:Lithuania:Lithuanian""".replace("\n", "").split("|"))}
"""60 ISO 3166-1 codes, each with the name and demonym its seeds use (both registered)."""
CODES = tuple(COUNTRIES)
WORDS = tuple(dict.fromkeys("""the of and to in that on for with as by at from was were is are has have had said would
could will not but after over more their its this which into against new been also than officials forces troops region
border military talks minister report government security defence foreign state army week meeting statement sources
analysts capital shells drones support aid weapons visit leaders ministry plan deal agreement envoy council parliament
election vote economy trade sanctions exports oil gas prices market bank budget ceasefire offensive front line units
brigade attack strike air systems missile launch test programme nuclear energy grain port ships navy coast talks
summit delegation president spokesman adviser intelligence assessment estimate figures losses casualties reinforcements
training exercises equipment ammunition supplies factories workers engineers pressure warning threat response allies
partners neighbours cooperation treaty alliance commitment promise request proposal dispute tension crisis conflict
war peace negotiations mediators observers monitors inspectors satellite images evidence claims denial reports
journalists residents villages towns roads bridges railway convoy logistics fuel shortages winter spring summer autumn
morning evening earlier later recently already still again soon during before while since under without between
across near towards""".split()))
"""Plain words, most frequent first: no name, number word, month or abbreviation among them."""
WORD_TABLE = tuple(w for rank, w in enumerate(WORDS) for _ in range(round(200 / (rank + 10)) or 1))
"""Each word as often as its weight 1/(rank + 10): a uniform draw from it is a weighted draw, and fast."""
SYLLABLES = tuple("ka ri vo len mar ta del sor ni ba lu ven os ra mi dar ke lo fen ha zu tor el an is be gor val ne"
                  " sa pe rin".split())
ROLES = ("Defence minister", "Foreign minister", "Ministry spokesperson", "Army general", "Military analyst",
         "Opposition leader", "Prime minister", "President", "Ambassador", "Intelligence official", "Regional governor")
PUBLISHERS = ("Bench Wire", "Harbour Times", "Evening Ledger", "Northern Post", "Capital Dispatch", "Daily Courier",
              "Global Monitor", "Morning Herald", "Lakeside Gazette", "Frontier Report")
CLUTTER = ("Advertisement", "Share this article", "Sign up for the morning briefing", "Read more", "Related coverage",
           "All rights reserved", "Follow us for updates", "Comments are closed")
UNITS = ("troops", "soldiers", "shells", "drones", "missiles", "civilians", "workers", "refugees", "vehicles")
QUALIFIERS = ("", "about", "at least", "up to", "nearly", "more than")
RESERVED = {w.capitalize() for w in WORDS} | {t for pair in COUNTRIES.values() for t in " ".join(pair).split()}
"""Words a person's name may not be: a name must never be found where no one is named."""


def words(rng: Random, k: int) -> list[str]:
    return rng.choices(WORD_TABLE, k=k)


def number(rng: Random) -> tuple[list[str], str]:
    """``["about", "8,000", "troops"]`` and its value ``"about 8,000"``."""
    qualifier = rng.choice(QUALIFIERS)
    figure = f"{rng.choice((1, 2, 3, 5, 8, 10, 12, 15, 25, 40)) * rng.choice((100, 1000)):,}"
    return [*qualifier.split(), figure, rng.choice(UNITS)], f"{qualifier} {figure}".strip()


def sentence(tokens: list[str], end: str = ".") -> str:
    text = " ".join(tokens)
    return text[:1].upper() + text[1:] + end


def name_part(rng: Random, syllables: int) -> str:
    while (part := "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()) in RESERVED:
        pass
    return part
