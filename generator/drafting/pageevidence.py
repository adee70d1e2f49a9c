"""Evidence from the page around a capitalised name that it is no person's.

`names._name_span` asks these for a name with no cue, or only a speech verb next
to it (a title or a role noun before a name outweighs all of them):

* `OutletNames`: the page's own name, as its copyright line ("© 2026 Nile Horizon
  Media") or its masthead in capitals on the first line ("ØRESUND MONTHLY") writes
  it: "she told Nile Horizon" names the outlet, not a person;
* `credit_line`: a line of credits ("Text: … | Photography: …", "Music: … by …") or an
  advertisement's ("Ad: …"), a
  contact line with an e-mail address, or a name alone on its line above a
  journalist's role ("Staff writer"), or opening a reporter's note ("… covers energy for
  the Herald"): the people who made or sell the page, named
  only in its furniture;
* `thing_context`: a name a page speaks of as a thing: after a business deal's
  noun ("a joint venture with Kanematsu Hoshi"), after a colour ("a silver Mazda
  Demio": a car), before a telephone number ("via Crime Stoppers on 0800 555 111":
  a hotline), opened by a verb of a page's interface ("Watch Kurakhove", "Keep
  Current") or holding a word no name holds ("Removed Anytime", "Atacameño
  Indigenous": an adverb, an adjective in "-ous").

Every pattern is matched at a fixed position or searched within a bounded window.
"""

from __future__ import annotations

import re

from .names_outlets import coordinated_outlets
from .lexicon import AD_LABEL, ATTRIBUTION_VERBS, FUNCTION_WORDS, LEADER_NOUNS, MEDIA_WORDS, ORGANISATION_WORDS

MAX_COPYRIGHTS = 20
"""Copyright signs read for the outlet's name: a page has one or two."""

_LEGAL_FORMS = frozenset("aps ab as ag sa srl pty pte gmbh limited ltd plc inc llc publishing publications".split())
_OUTLET_TAIL = MEDIA_WORDS | ORGANISATION_WORDS | _LEGAL_FORMS
"""Words an outlet's full name may add after the name a text calls it by
("Nile Horizon Media", "Øresund Monthly ApS")."""

_COPYRIGHT = re.compile(r"©[ \t]*(?:\d{4}(?:[-–]\d{4})?,?[ \t]+)?(?:[Tt]he[ \t]+)?")
_OUTLET_WORD = re.compile(r"[^\W\d_][\w&'’.-]*")
_AFTER_OUTLET = re.compile(r"[ \t]*,[ \t]*[A-Z]")
"""A comma and a capitalised word after the name: "© Julien Morel, The Paris Observer",
a photographer's credit, not the page's owner."""


class OutletNames:
    """The page's own name, as lower-case word tuples."""

    def __init__(self, text: str):
        self.names: set[tuple[str, ...]] = set()
        for count, sign in enumerate(_COPYRIGHT.finditer(text)):
            if count >= MAX_COPYRIGHTS:
                break
            self._add_run(text, sign.end())
        self.names |= coordinated_outlets(text)  # "Diario Tiempo and Proceso Digital said": two papers
        masthead = _masthead(text)
        if masthead:
            self.names.add(masthead)

    def _add_run(self, text: str, position: int) -> None:
        words: list[str] = []
        last = position
        while len(words) < 6:
            word = _OUTLET_WORD.match(text, position)
            if word is None or not (word.group()[0].isupper() or _inner_particle(text, word)):
                break
            words.append(word.group().rstrip(".").lower())
            last = word.end()
            if word.group().endswith(".") or text[last:last + 1] not in (" ", "\t"):
                break
            position = last + 1
        if words and not _AFTER_OUTLET.match(text, last):
            self.names.add(tuple(words))  # not "© Julien Morel, The Paris Observer": a photographer's credit

    def holds(self, words: list[str]) -> bool:
        """Whether ``words`` are the outlet's name, or its name less the outlet's trailing words,
        or that name with an edition's words after it ("Al-Sour English" of "Al-Sour TV")."""
        key = tuple(w.lower() for w in words)
        return any(outlet[:len(key)] == key and all(w in _OUTLET_TAIL for w in outlet[len(key):])
                   or _edition_of(key, outlet) or _place_dropped(key, outlet) for outlet in self.names)


def _place_dropped(key: tuple[str, ...], outlet: tuple[str, ...]) -> bool:
    """Whether ``key`` (two words or more) is the outlet's name less a particle and a place
    ("Le Réveil" of "© Le Réveil de Dakar", "Jornal da Beira" less "da Beira"): a paper's
    short name."""
    return len(key) >= 2 and len(outlet) > len(key) + 1 and outlet[:len(key)] == key \
        and outlet[len(key)] in OUTLET_PARTICLES


OUTLET_PARTICLES = frozenset("de del da do dos das du des di la el".split())
"""Lower-case words inside the names of papers in Romance languages ("© 2026 Prensa del
Altiplano", "Diário de Notícias", "Correio da Manhã"): the name goes on after one."""
_CAPITALISED_AFTER = re.compile(r"[ \t][^\W\d_]")


def _inner_particle(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is such a particle with a capitalised word right after it."""
    after = _CAPITALISED_AFTER.match(text, word.end())
    return word.group() in OUTLET_PARTICLES and after is not None and after.group()[-1].isupper()


EDITION_WORDS = frozenset("""
    english arabic french spanish portuguese russian chinese urdu hindi swahili turkish persian
    español français online digital web international edition plus live
""".split())
"""Words an outlet adds to its name for an edition or a service in another language
("Al-Sour English", "Gulf Times Online"): the outlet still, not a person."""


def _edition_of(key: tuple[str, ...], outlet: tuple[str, ...]) -> bool:
    """Whether ``key`` is the outlet's name less its trailing words, then edition words only."""
    stem = len(outlet)
    while stem > 0 and outlet[stem - 1] in _OUTLET_TAIL:
        stem -= 1
    return 0 < stem < len(key) and key[:stem] == outlet[:stem] and all(w in EDITION_WORDS for w in key[stem:])


MAX_MASTHEAD = 40


def _masthead(text: str) -> tuple[str, ...] | None:
    """The first line's words when it is a short line all in capitals (the outlet's masthead),
    or one in title case that ends with a word for a paper ("Caribe Sur Noticias": a story's
    "told Caribe Sur" names the page's own outlet, in any language `MEDIA_WORDS` holds)."""
    first = text.lstrip()[:MAX_MASTHEAD + 1].split("\n", 1)[0].strip()
    words = first.split()
    if not 1 <= len(words) <= 4 or len(first) > MAX_MASTHEAD or not all(w.isalpha() for w in words):
        return None
    titled = len(words) >= 2 and words[-1].lower() in MEDIA_WORDS and all(w[0].isupper() for w in words)
    return tuple(w.lower() for w in words) if first.upper() == first or titled else None


_THE_NAME_NOUN = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,2})[ \t]+([a-z][a-z-]*)")
MAX_MODIFIER_USES = 500
"""Uses of "the <Name> <noun>" read in a page: far more than any page has."""
THING_USES = 2
"""Uses as a modifier after "the" that make a name a thing's: one may be a person's ("the
Jeffrey Epstein case"), a name the page keeps using so ("the Coral Link outage", "the Coral
Link submarine cable") is a thing's."""


PERSON_MODIFIED = frozenset("""
    campaign team family estate case cases trial affair scandal files interview speech visit
    years doctrine plan memoir biography verdict indictment
""".split())
"""Nouns a person's name qualifies besides a leader's (`lexicon.LEADER_NOUNS`): "the Kamala
Harris campaign", "the Jeffrey Epstein files"."""


def modified_things(text: str) -> frozenset[str]:
    """Names of several words the page writes at least `THING_USES` times between "the" and a
    lower-case noun, other than a leader's ("the Biden administration")."""
    uses: dict[str, int] = {}
    for count, found in enumerate(_THE_NAME_NOUN.finditer(text)):
        if count >= MAX_MODIFIER_USES:
            break
        noun = found.group(2)
        if noun in FUNCTION_WORDS or noun in LEADER_NOUNS or noun in PERSON_MODIFIED or noun in ATTRIBUTION_VERBS:
            continue
        name = " ".join(found.group(1).split())
        uses[name] = uses.get(name, 0) + 1
    return frozenset(name for name, n in uses.items() if n >= THING_USES)


_CREDIT_LABEL = re.compile(r"[ \t]*(?:Text|Words|Photos?|Photography|Pictures|Music|Video|Illustrations?|Graphics"
                           r"|Camera|Editing|Design|Additional reporting|Reporting)[ \t]*:", re.I)
_ADVERT_LABEL = re.compile(r"[ \t]*" + AD_LABEL + r"[ \t]*:", re.I)
"""A label opening an advertisement's line ("Ad: Surangel & Sons — …, Free Delivery in Koror"),
in English, Spanish, French, Portuguese, Malay and Swahili: the advertiser's offer in title
case, no person of the story."""
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
_JOURNALIST_ROLE = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+){0,2}(?:writer|reporter|correspondent|editor|columnist"
                              r"|photographer|contributor)s?[ \t]*(?:\n|$)", re.I)
MAX_LINE = 300
"""Characters of a line read for its credit label or e-mail address."""


MAX_CONTACT = 200
"""Characters of a contact line at most: a paragraph may give an address in passing."""
MAX_PROMPT = 60
"""Characters of an interface prompt's line at most: a paragraph may open with an imperative too."""
_FIRST_WORD = re.compile(r"[ \t]*([A-Za-z]+)")


def _opens_with_prompt(text: str, line_start: int) -> bool:
    first = _FIRST_WORD.match(text, line_start)
    return first is not None and first.group(1)[:1].isupper() and first.group(1).lower() in INTERFACE_VERBS


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` stands on a line of credits or contacts."""
    line_start = text.rfind("\n", max(0, start - MAX_LINE), start) + 1
    if line_start == 0 and start > MAX_LINE:
        return False  # a long paragraph: running text, not a credit line
    if _CREDIT_LABEL.match(text, line_start) or _ADVERT_LABEL.match(text, line_start):
        return True  # "Ad: Surangel & Sons — Hardware, Free Delivery": an advertiser's own words
    line_end = text.find("\n", end, end + MAX_LINE)
    line_end = len(text) if line_end < 0 and end + MAX_LINE >= len(text) else line_end
    if line_end < 0:
        return False  # a long paragraph
    if line_end - line_start <= MAX_CONTACT and _EMAIL.search(text, line_start, line_end):
        return True  # "Noémie Favre, communications, press@…": a contact line
    if line_end - line_start <= MAX_PROMPT and _opens_with_prompt(text, line_start):
        return True  # "Keep Current with Maren Holt": a button's or a prompt's line
    if not text[line_start:start].strip() and _REPORTER_BIO.match(text, end, line_end):
        return True  # "Tomáš Hrubý covers foreign policy for Tatra Review.": the reporter's note
    alone = not text[line_start:start].strip() and not text[end:line_end].strip()
    return alone and line_end < len(text) and _JOURNALIST_ROLE.match(text, line_end + 1) is not None


_REPORTER_BIO = re.compile(r"[ \t]+(?:covers|reports[ \t]+(?:on|for|from)|writes[ \t]+(?:about|on|for))[ \t]+"
                           r"[^\n]{1,120}?[ \t]for[ \t]+(?:the[ \t]+)?[A-Z]")
"""A reporter's note under the story, opening its line with the name: "… covers foreign
and security policy for Tatra Review", "… reports on energy for the Herald"; the beat,
then "for" and the outlet's capitalised name, perhaps after "the" (a person quoted in the story "covers" no
beat for anyone)."""


_DEAL_BEFORE = re.compile(r"\b(?:joint[ -]venture|merger|subsidiary|stake|shares|takeover|acquisition|buyout)"
                          r"[ \t]+(?:with|of|in)[ \t]+$", re.I)
_COLOUR_BEFORE = re.compile(r"\b(?:silver|white|black|red|blue|grey|gray|green|yellow|gold|maroon|beige|brown"
                            r"|orange|purple)[ \t]+$")
"""A colour in lower case right before a name: a vehicle's or a product's make, not a person."""
_PHONE_AFTER = re.compile(r"[ \t]+(?:on|at)[ \t]+\+?\(?\d[\d \t()-]{5,20}\d")
INTERFACE_VERBS = frozenset("""
    watch keep follow read stay sign join subscribe share click tap download listen save bookmark
    discover explore learn see view try get load show support donate visit contact register log
    unroll print comment retweet repost email send stream shop buy order
""".split())
"""Imperatives of a page's buttons and prompts ("Watch …", "Keep Current with …"); none
is a given name (unlike "Will", "Mark", "Grant", "Bill", "Skip", left out)."""
NEVER_NAME_WORDS = frozenset("anytime anywhere everywhere nowhere today tonight tomorrow yesterday forever".split())
"""Adverbs no name holds ("This Thread may be Removed Anytime!")."""
_ADJECTIVE = re.compile(r"[^\W\d_]{3,}ous")
"""An adjective in "-ous" ("Indigenous", "Famous"): no given name or surname ends so."""
_BODY_LIST = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                        r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?,[ \t]*){1,4}"
                        r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?,?[ \t]+(?:and|&)[ \t]+$")
"""A body's name listing its fields before "and": "Ministry of Agriculture, Water and | Land
Reform": the words after "and" are the list's last field, not a person."""
MAX_BEFORE = 40
MAX_BODY_LIST = 100


def _ends_body_list(text: str, start: int) -> bool:
    found = _BODY_LIST.search(text, max(0, start - MAX_BODY_LIST), start)
    return found is not None and found.group(1).lower().rstrip("s") in ORGANISATION_WORDS


def thing_context(text: str, words: list[str], start: int, end: int, initial: bool) -> str | None:
    """Why the name ``words`` at ``start``–``end`` is a thing's, or None; ``initial``: it opens a sentence."""
    before = text[max(0, start - MAX_BEFORE):start]
    if _ends_body_list(text, start):
        return "a body's field: the last of a list after its \"of\""
    if _DEAL_BEFORE.search(before):
        return "a company: after a business deal's noun"
    if _COLOUR_BEFORE.search(before):
        return "a make: after a colour"
    if _PHONE_AFTER.match(text, end, end + 40):
        return "a hotline: before a telephone number"
    if initial and len(words) > 1 and words[0].lower() in INTERFACE_VERBS:
        return "an interface prompt: opened by an imperative"
    if any(w.lower() in NEVER_NAME_WORDS or _ADJECTIVE.fullmatch(w) for w in words):
        return "a phrase: holds a word no name holds"
    return None
