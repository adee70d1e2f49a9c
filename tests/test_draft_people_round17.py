"""People, round 17: a letter's salutation, papers' names in other languages, landforms in other
languages, protected areas, an advertisement's line, and the labels, headings and offers of
notices, listings and statistics releases (`names_salutations`, `names_labels`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_labels import furniture_sign
from generator.drafting.names_salutations import salutation
from generator.drafting.pageevidence import OutletNames


def test_a_salutation_addresses_readers_not_a_person() -> None:
    text = ("Dear Valued Customer,\n"
            "Berth 2 will close on Monday, said Houssein Ali Robleh, the operations manager.\n")
    assert people(text) == ["Houssein Ali Robleh"]
    assert salutation(["Dearly", "Loved"], "Dearly Loved wife", 0) == 'a salutation: "Dearly" opens it'


def test_a_surname_dear_is_no_salutation() -> None:
    text = "\"The road is open,\" said Rosa Dear, the county engineer.\n"
    assert people(text) == ["Rosa Dear"]


def test_a_paper_in_spanish_or_portuguese_is_no_person() -> None:
    text = ("\"The money is there,\" Marroquín told Prensa del Altiplano.\n"
            "Diário de Notícias quoted Finance Minister Joaquim Miranda Sarmento.\n")
    assert people(text) == ["Joaquim Miranda Sarmento"]


def test_a_person_whose_surname_is_eco_is_kept() -> None:
    text = "\"Lists are the origin of culture,\" said Umberto Eco in 2009.\n"
    assert people(text) == ["Umberto Eco"]


def test_an_outlets_copyright_name_keeps_its_particles() -> None:
    outlets = OutletNames("Text.\n© 2026 Prensa del Altiplano. All rights reserved.\n")
    assert outlets.holds(["Prensa", "del", "Altiplano"])
    assert not outlets.holds(["Prensa", "Libre"])


def test_a_landform_in_spanish_opens_a_places_name() -> None:
    text = ("Ríos, 23, attacked on the ascent of Cumbre de Alaska, said coach Luis Saldarriaga.\n"
            "Nevado Salkantay and Volcán Misti were closed, said Rosa Quispe Mamani.\n")
    assert people(text) == ["Luis Saldarriaga", "Rosa Quispe Mamani"]


def test_a_landform_word_ending_a_name_is_a_surname() -> None:
    text = "\"The slope is unstable,\" said Rosa Monte, a geologist, near Pointe du Bout.\n"
    assert people(text) == ["Rosa Monte"]


def test_monte_opens_a_place_only_before_a_particle() -> None:
    text = ("Serra da Malagueta expects more visitors, said Ana Paula Monteiro.\n"
            "\"I was lucky,\" said Monte Irvin.\n")
    assert people(text) == ["Ana Paula Monteiro", "Monte Irvin"]


def test_a_protected_area_is_no_person_even_after_a_title_like_word() -> None:
    text = ("The boat was seized inside the Palau National Marine Sanctuary on Wednesday.\n"
            "Attorney General Rhonda Kloulechad said charges would follow.\n")
    assert people(text) == ["Rhonda Kloulechad"]


def test_an_advertisements_line_names_nobody() -> None:
    text = ("Ad: Surangel & Sons — Hardware, Building Supplies, Free Delivery in Koror\n"
            "Captain Ismael Ngiraked said the crew was held.\n")
    assert people(text) == ["Ismael Ngiraked"]


def test_labels_headings_and_offers_of_a_notice_are_no_people() -> None:
    text = ("Weekly Price List, Nyabugogo Market\n"
            "Affected Areas: Kilimani, Kileleshwa, Lavington\n"
            "Special Offer: Zero Fees on International Transfers until 31 March.\n"
            "\"Traders are holding stock,\" said market manager Jean Bosco Nsengiyumva.\n")
    assert people(text) == ["Jean Bosco Nsengiyumva"]


def test_a_person_named_in_a_headline_and_in_a_results_list_is_kept() -> None:
    text = ("National Trials in Eldoret\n"
            "Results: 1. Faith Chepngetich 3:58.21; 2. Nelly Chepchirchir 4:01.30; 3. Winnie Nanyondo 4:02.77\n"
            "\"I am ready,\" Chepngetich said.\n")
    assert people(text) == ["Faith Chepngetich", "Nelly Chepchirchir", "Winnie Nanyondo"]


def test_an_interviews_turn_label_is_a_speakers() -> None:
    text = "Tom Hale: I think the road will reopen on Monday.\n"
    assert furniture_sign(text, [(0, 8)], "Tom Hale") is None
    assert furniture_sign("Travel Tip for Visitors\n", [(0, 10)], "Travel Tip") is not None


def test_a_title_and_a_word_after_the_name_nobody() -> None:
    text = ("The council wishes to notify the General Public that Mendana Avenue will close.\n"
            "\"We apologise,\" said Lord Mayor Eddie Siapu.\n")
    assert people(text) == ["Eddie Siapu"]


def test_a_title_and_a_surname_without_the_name_a_person() -> None:
    text = "General Tuwei said the team would be named. \"It is ready,\" General Tuwei said.\n"
    assert people(text) == ["Tuwei"]


def test_a_malaysian_honours_second_word_is_the_titles() -> None:
    text = "Committee chairman Datuk Amar Douglas Uggah Embas visited evacuees, he said.\n"
    assert people(text) == ["Douglas Uggah Embas"]


def test_amar_is_a_given_name_without_an_honour_before_it() -> None:
    text = "\"We will rebuild,\" said Amar Singh, the district officer.\n"
    assert people(text) == ["Amar Singh"]


def test_a_numbered_ministers_numeral_is_the_offices() -> None:
    text = "Utusan Malaysia quotes Finance Minister II Amir Hamzah Azizan on subsidy cuts.\n"
    assert people(text) == ["Amir Hamzah Azizan"]


def test_a_suffix_after_a_name_is_kept() -> None:
    text = "\"The vote is close,\" said Senator John Warner III on Monday.\n"
    assert people(text) == ["John Warner III"]


def test_a_government_statistician_is_a_title() -> None:
    text = "\"The survey covered 6,000 households,\" said Government Statistician Kemueli Naiqama.\n"
    assert people(text) == ["Kemueli Naiqama"]


def test_a_trade_in_ing_ends_a_firms_name() -> None:
    text = ("Free estimates on all work from Kessler Roofing, the ad says.\n"
            "\"We waited ten years,\" said resident Harold Finch.\n")
    assert people(text) == ["Harold Finch"]


def test_a_cycling_team_in_a_results_list_is_no_person() -> None:
    text = ("Stage 5 result:\n"
            "1. Julián Ríos (COL) Team Medellín 3h 41m 08s\n"
            "\"My legs were good,\" Ríos said.\n")
    assert people(text) == ["Julián Ríos"]


def test_a_signature_on_its_own_line_is_a_person() -> None:
    text = ("If the Kremlin were winning its war, it would not need to borrow an army.\n"
            "Alan Pritchard\n"
            "Asked by Fiona Rattray (Strathallan and Ochil)\n")
    assert people(text) == ["Alan Pritchard", "Fiona Rattray"]
