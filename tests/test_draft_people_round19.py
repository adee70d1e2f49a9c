"""People, round 19: bodies named in another language, a people's name cut from a longer
one, a body's English noun before its name (`names_bodies`), "Counsel" as a title, and a
given name shortened to an initial (`names_initials`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_bodies import body_noun_before, body_words
from generator.drafting.names_initials import initial_last


def test_foreign_bodies_opened_by_their_head_noun_are_no_people() -> None:
    text = ("The operators' association Navieras de Pitiusas said a cap would cut sailings.\n"
            '"We cannot wait," dike warden Hendrik Jan Wolters told Omroep IJsseldelta.\n'
            "Badan Nasional Penanggulangan Bencana said 4,000 people had fled.\n")
    assert people(text) == ["Hendrik Jan Wolters"]


def test_a_band_with_a_plural_article_is_no_person() -> None:
    text = "Ramón Ortega founded Conjunto Los Guayabos with three cousins in 1961.\n"
    assert people(text) == ["Ramón Ortega"]


def test_surnames_with_particles_and_articles_are_kept() -> None:
    assert not body_words(["Gabriel", "dos", "Santos"])
    assert not body_words(["Ana", "de", "los", "Santos"])
    assert not body_words(["Marine", "Le", "Pen"])
    text = "Forward Gabriel dos Santos signed on Thursday, said Carlos da Silva.\n"
    assert people(text) == ["Gabriel dos Santos", "Carlos da Silva"]


def test_a_peoples_name_and_a_lone_legal_form_are_no_people() -> None:
    text = ("3. Major General Shin Geum Cheol — Korean People's Army officer deployed to Russia.\n"
            "4. Korea Ryonbong General Corporation (DPRK) — asset freeze.\n")
    assert people(text) == ["Shin Geum Cheol"]


def test_a_body_noun_before_a_name_makes_it_a_body() -> None:
    text = ("The ruling was a victory for the environmental foundation Groen Dijkland, which had challenged it.\n"
            "Water board Drents Overijsselse Delta said the work was 60 percent finished.\n"
            "Councillor Marieke de Vries said residents needed information.\n")
    assert people(text) == ["Marieke de Vries"]


def test_a_body_noun_as_a_verbs_object_leaves_the_name() -> None:
    text = "The club's captain told the board Ana Ruiz had resigned."
    assert not body_noun_before(text, text.index("Ana"))
    assert not body_noun_before("the union's leader, Ana Ruiz, said", 20)


def test_counsel_is_a_title_before_the_name() -> None:
    text = "Senior Crown Counsel Loto Ielemia told the court that Teuea had received payments.\n"
    assert people(text) == ["Loto Ielemia"]


def test_a_donors_shortened_name_is_no_person_but_an_inner_initial_is_kept() -> None:
    text = ("Recent donations\nGlenda R., Portsmouth — EC$ 50 — 5 hours ago\n"
            "Anna K. Berg opened the gala on Friday.\n")
    assert people(text) == ["Anna K. Berg"]
    assert initial_last(["Glenda", "R."])
    assert not initial_last(["Li", "W"]) and not initial_last(["Michael", "J.", "Fox"])


def test_a_papers_article_and_an_executive_order_are_no_people() -> None:
    text = ("Der Tagesspiegel wrote on Monday that the budget was late.\n"
            "The measures follow Executive Order 14024, Under Secretary Brian Nelson said.\n")
    assert people(text) == ["Brian Nelson"]


def test_a_surname_like_an_article_or_a_document_is_kept() -> None:
    assert not body_words(["Tarun", "Das"]) and not body_words(["Das", "Gupta"])
    assert not body_words(["Le", "Thanh", "Hai"]) and not body_words(["Ana", "Order"])
