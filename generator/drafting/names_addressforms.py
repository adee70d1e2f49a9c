"""Forms of address for rulers, chiefs and elders that stand before a name and are no part of it.

    >>> address_form(["Oba", "Rilwan", "Akiolu"], 0), address_form(["Afioga", "Tuala", "Tiresa", "Malietoa"], 0)
    (True, True)
    >>> address_form(["Oba", "Minako"], 0)
    False
    >>> address_form(["Respected", "Comrade", "Kim", "Jong", "Un"], 0), address_form(["Comrade", "Valdés"], 0)
    (True, True)
    >>> address_form(["El", "Hadj", "Omar", "Sy"], 0), address_form(["Messali", "Hadj"], 1)
    (True, False)

Pages of the Pacific, Africa and Asia write a ruler's, a chief's or an elder's form of address
capitalised before the full name as English pages write "Sir" ("Oba Rilwan Akiolu", a Yoruba
king; "Togbe Afede XIV", an Ewe chief; "Afioga Tuala Tiresa Malietoa", Samoan for a chief;
"Kgosi Leruo Molotlegi", a Tswana chief; "Mzee Jomo Kenyatta", Swahili for an elder; "Daw Aung
San Suu Kyi", Burmese for a woman).  `lexicon.ROLE_WORDS` lists the Fijian, Malay and Hausa
ones ("Ratu", "Datuk", "Mallam"); these are the rest.  Some are surnames too (a Japanese
"Oba", a Nigerian "Igwe"), so one counts only with a name of two words or more after it: "Oba
Minako" keeps her surname.  Left out: words that are given names or that the name keeps as its
own ("Adi", "Nii", "Haji": "Azlan Haji Mahmud"; "Tengku", "Pengiran").  Spanish and Portuguese pages
write "Doña" or "Don" before an elder's full name ("Doña Hilda Flores") as English pages write "Mrs".
West African pages write "El Hadj" before the full name of a man who has made the pilgrimage ("El
Hadj Omar Sy"); "Hadj" alone ends some names ("Messali Hadj")."""

from __future__ import annotations

ADDRESS_FORMS = frozenset("""
    oba ooni alaafin igwe obong togbe togbui kabaka omukama inkosi kgosi mzee
    morena ntate mme
    mama
    afioga susuga
    pehin
    daw khun kyai thiru
    don doña dona dom
    hadj hadji elhadj elhadji
""".split())
"""Rulers' and chiefs' titles of West Africa (Yoruba, Igbo, Efik, Ewe), of Uganda and southern
Africa; Sesotho forms of address for a chief and for a man and a woman ("Morena Lebohang
Molapo", "Ntate Thabo Mokoena", "Mme Palesa Mokoena", as "Chief", "Mr", "Mrs"); the Setswana
ones are `SETSWANA_FORMS`; the Swahili
form of respect for an older woman in East African copy ("Mama Wanjiru Kamau"); Samoan forms
of address for chiefs and orators; the Bruneian title of the highest ministers ("Pehin");
Burmese, Thai, Javanese and Tamil forms of address; the pilgrim's "Hadj" (after "El",
`ARTICLES`); the Spanish and Portuguese forms of respect for an elder ("Doña Hilda Flores", "Don Aurelio Paz", "Dona Maria Silva"), which
"Don" and "Dona" as given names ("Don Bradman") never have two name words after."""

ARTICLES = frozenset("el al".split())
"""Arabic articles written before a form of address ("El Hadj")."""

MIN_NAME_AFTER = 2
"""Name words a form of address needs after it: one alone may be the surname it also is."""


COMMON_NOUN_FORMS = frozenset("comrade comrades excellency excellencies".split())
"""Forms of address that are English common nouns and never a surname: official agencies'
copy of one-party states writes "Comrade Kim Jong Un", "Comrade Valdés", and protocol copy
"His Excellency Babatunde Olawale".  Kept in the name, they hide the registered person
("Comrade Kim Jong Un" is not kim-jong-un) and propose a second one for a surname alone."""

SETSWANA_FORMS = frozenset("mma rra".split())
"""Setswana forms of address for a woman and a man, as "Mrs" and "Mr" ("Mma Keitumetse Dube",
"Mma Dube", "Rra Sello"): no name of their own, so one name word after them is enough."""


def address_form(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of a capitalised run's ``words`` is a form of address of
    `ADDRESS_FORMS` with a name of `MIN_NAME_AFTER` words or more after it, or one of
    `COMMON_NOUN_FORMS` or `SETSWANA_FORMS` with any name after it."""
    low = words[i].lower()
    after = len(words) - i - 1
    if low in ARTICLES and after > MIN_NAME_AFTER and words[i + 1].lower() in ADDRESS_FORMS:
        return True  # "El Hadj Omar Sy": the article of a form of address
    if low in SETSWANA_FORMS:
        return after >= 1  # "Mma Modise": the form and a surname
    return (low in ADDRESS_FORMS and after >= MIN_NAME_AFTER) or (low in COMMON_NOUN_FORMS and after >= 1) \
        or (low.endswith("ed") and after >= 2 and words[i + 1].lower() in COMMON_NOUN_FORMS)  # "Respected Comrade"
