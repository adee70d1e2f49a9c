"""One East Slavic given name in its Russian and its Ukrainian form: Vladimir/Volodymyr.

    >>> cognate_name("Vladimir Zelensky", "Volodymyr Zelenskyy"), cognate_name("Aleksandr Syrsky", "Oleksandr Syrsky")
    (True, True)
    >>> cognate_name("Vitaly Klitschko", "Wladimir Klitschko"), cognate_name("Vladimir Putin", "Volodymyr Zelenskyy")
    (False, False)

Russian agencies write Ukrainian people under the Russian form of their given name
("Vladimir Zelensky", "Aleksandr Syrsky", "Dmitry Kuleba"), and Ukrainian pages write Russians
the other way.  These are not transliterations of one spelling, which `variants.spelling_key`
folds (Sergey/Serhiy, Zelensky/Zelenskyy), but the same baptismal name in two languages, whose
vowels and endings differ (the Ukrainian "olo" for the Russian "la", "o" for a final "y", "y"
for "i").  A table of the common names is the only safe reading: a rule on the letters would
take Vitaly for Vladimir.  Only the given name is read this way; the surname must still be one
spelling (`spelling_key`), so two people who share a surname are never merged.
"""

from __future__ import annotations

from .ids import name_key
from .variants import spelling_key

COGNATE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("vladimir", "volodymyr", "uladzimir"),
    ("aleksandr", "alexander", "alexandr", "oleksandr", "aliaksandr"),
    ("aleksei", "alexei", "alexey", "oleksii", "oleksiy", "aliaksei"),
    ("andrei", "andrey", "andrii", "andriy"),
    ("dmitry", "dmitri", "dmytro", "dzmitry"),
    ("mikhail", "mykhailo"),
    ("nikolai", "nikolay", "mykola", "mikalai"),
    ("pavel", "pavlo", "paval"),
    ("pyotr", "petr", "petro", "piotr"),
    ("oleg", "oleh"),
    ("igor", "ihor"),
    ("yevgeny", "evgeny", "yevgeni", "yevhen", "yauhen"),
    ("kirill", "kyrylo"),
    ("vasily", "vasili", "vasyl"),
    ("grigory", "grigori", "hryhoriy", "hryhorii"),
    ("fyodor", "fedor", "fedir"),
    ("semyon", "semen"),
    ("yelena", "elena", "olena"),
    ("tatyana", "tatiana", "tetiana", "tetyana"),
    ("irina", "iryna"),
    ("yekaterina", "ekaterina", "kateryna"),
    ("natalya", "natalia", "nataliia", "nataliya"),
    ("yulia", "yuliya", "yuliia"),
)
"""Russian, Ukrainian and Belarusian forms of one given name, in the Latin spellings agencies use."""

_GROUP_OF: dict[str, int] = {spelling_key(form): n for n, forms in enumerate(COGNATE_GROUPS) for form in forms}


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one spelling or one name of `COGNATE_GROUPS`."""
    first, second = spelling_key(a), spelling_key(b)
    return first == second or (first in _GROUP_OF and _GROUP_OF[first] == _GROUP_OF.get(second))


def cognate_name(a: str, b: str) -> bool:
    """Whether two full names have one surname spelling and given names that are one name
    in two East Slavic languages (initials and suffixes ignored)."""
    first, second = name_key(a).split(), name_key(b).split()
    return len(first) == len(second) > 1 and spelling_key(first[-1]) == spelling_key(second[-1]) \
        and all(same_given_name(x, y) for x, y in zip(first[:-1], second[:-1]))
