"""Mentions: names and aliases link to the right entity, or to none."""

from generator.mentions import Gazetteer
from generator.model import Corpus, Country, Markdown, Person, Where
from generator.segment import parse_seed

W = Where("x", 1)
EMPTY = Markdown("", 1)


def person(pid: str, name: str, *aliases: str) -> Person:
    return Person(pid, name, aliases, "", None, None, EMPTY, "published", W)


def corpus(*people: Person, countries=()) -> Corpus:
    return Corpus(".", {}, {p.id: p for p in people}, {c.code: c for c in countries}, {}, ())


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    seed = parse_seed("s", text)
    return [(seed.text[m.start:m.end], m.key) for m in gazetteer.find(seed)]


KP = Country("KP", "North Korea", "Korea, Democratic People's Republic of",
             ("North Korean", "Pyongyang"), EMPTY, "published", W)
RU = Country("RU", "Russia", "Russian Federation", ("Russian", "Kremlin", "Moscow"), EMPTY, "published", W)


def test_longest_name_wins_and_words_are_whole():
    g = Gazetteer.build(corpus(countries=[KP, RU]))
    assert found(g, "North Korean troops left North Korea's border for Russia, not Russians.") == [
        ("North Korean", "KP"), ("North Korea", "KP"), ("Russia", "RU")]


def test_shared_surname_goes_to_the_last_person_named_in_full():
    g = Gazetteer.build(corpus(person("kim-yong-hyun", "Kim Yong-hyun", "Kim"),
                               person("kim-tong-hyung", "Kim Tong-hyung", "Kim")))
    text = "Kim spoke first.\nMinister Kim Yong-hyun arrived. Kim said no.\nKim Tong-hyung wrote. Kim agreed.\n"
    assert found(g, text) == [("Kim Yong-hyun", "kim-yong-hyun"), ("Kim", "kim-yong-hyun"),
                              ("Kim Tong-hyung", "kim-tong-hyung"), ("Kim", "kim-tong-hyung")]


def test_unique_alias_links_directly_and_case_matters():
    g = Gazetteer.build(corpus(person("lloyd-austin", "Lloyd Austin", "Austin"), countries=[RU]))
    assert found(g, "Austin said the kremlin and the Kremlin's forces.") == [
        ("Austin", "lloyd-austin"), ("Kremlin", "RU")]


def test_accented_names_match():
    g = Gazetteer.build(corpus(person("jose-albares", "José Manuel Albares", "Albares")))
    assert found(g, "José Manuel Albares met Albares-style critics; Albares left.") == [
        ("José Manuel Albares", "jose-albares"), ("Albares", "jose-albares"), ("Albares", "jose-albares")]
