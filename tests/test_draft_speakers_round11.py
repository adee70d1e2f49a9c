"""Attribution rules of round 11: role variations, unnamed sources, forecasts, a
name and a colon, findings and subordinate clauses after a frame, and cuts of
statements that must not start or end inside a clause.

Each test drafts a short invented article (no registry) and checks every
candidate's quote and speaker, in order; the negative cases show what a rule
must not do.
"""

from __future__ import annotations

import pytest

from generator.drafting.attribution import find_frames, quoted_spans
from drafthelpers import claims
from generator.drafting.framegrammar import OCCASION, named_colon
from generator.drafting.sources import indefinite_pronoun, indefinite_subject, unnamed_source
from generator.drafting.variation import is_variation




def test_a_role_before_an_honorific_and_a_name_is_the_names() -> None:
    assert claims("The Rift Valley Regional Police Commander, Mr. Joseph Kiprono Cheruiyot, said the syndicate had "
                  "targeted young people.",
                  "The Regional Commander said more arrests were expected.") == [
        ("the syndicate had targeted young people", "joseph-kiprono-cheruiyot"),
        ("more arrests were expected", "joseph-kiprono-cheruiyot")]


def test_an_expertise_noun_is_the_person_introduced_with_it() -> None:
    assert claims("Detective Senior Sergeant Aroha Tane says staff were threatened during the robbery.",
                  "Two men were arrested on Monday morning at an address in Washdyke.",
                  "The detective says a third man is actively being sought.") == [
        ("staff were threatened during the robbery", "aroha-tane"),
        ("Two men were arrested on Monday morning at an address in Washdyke", ""),
        ("a third man is actively being sought", "aroha-tane")]


def test_an_expertise_noun_is_the_person_named_in_the_sentence_before() -> None:
    assert claims("Mette Kjærgaard, who leads the Asia programme at the Aarhus Centre for Security Studies, "
                  "studies the region.",
                  'Kjærgaard expects the soldiers to learn fast. "The survivors will be the most experienced '
                  'soldiers in Asia," the researcher says.') == [
        ("Mette Kjærgaard, who leads the Asia programme at the Aarhus Centre for Security Studies, studies the region",
         ""),
        ("Kjærgaard expects the soldiers to learn fast", "mette-kjaergaard"),
        ("The survivors will be the most experienced soldiers in Asia", "mette-kjaergaard")]


def test_a_former_role_is_the_person_named_in_the_sentence_before() -> None:
    assert claims("NATO Secretary General Mark Rutte met the ministers in Brussels.",
                  'Rutte said the deployment was a dangerous expansion of the war. "What happens in Kursk does not '
                  'stay in Kursk," the former Dutch prime minister said.') == [
        ("NATO Secretary General Mark Rutte met the ministers in Brussels", ""),
        ("the deployment was a dangerous expansion of the war", "mark-rutte"),
        ("What happens in Kursk does not stay in Kursk", "mark-rutte")]


def test_an_unnamed_source_is_no_variation() -> None:
    assert claims('Tom Hale said the talks had stalled. "The engineer will know more next week," the official said.'
                  ) == [("the talks had stalled", "tom-hale"), ("The engineer will know more next week", "")]
    assert (is_variation("the researcher"), is_variation("the former Dutch prime minister"),
            is_variation("the official"), is_variation("a researcher")) == (True, True, False, False)


def test_an_ambassador_is_the_diplomat() -> None:
    found = claims("JAKARTA — South Korea's ambassador to Indonesia, Park Seong-jin, met journalists on Thursday.",
                   'Park said Seoul was most worried about the exchange. "We are watching what Pyongyang gets in '
                   'return," the diplomat said.')
    assert found[-1] == ("We are watching what Pyongyang gets in return", "park-seong-jin")


def test_an_unnamed_official_described_at_length_is_nobody() -> None:
    assert claims("Antony Blinken met his counterparts in Brussels on Monday.",
                  "A senior State Department official travelling with the secretary said some of the soldiers "
                  "had already been killed.",
                  "A NATO diplomat said the allies were divided on the response.") == [
        ("Antony Blinken met his counterparts in Brussels on Monday", ""),
        ("some of the soldiers had already been killed", ""),
        ("the allies were divided on the response", "")]


@pytest.mark.parametrize("phrase, expected", [
    ("A senior State Department official travelling with the secretary", True),
    ("an official who asked not to be named", True),
    ("A State Department spokesperson", False),  # no unnamed source's noun
    ("the official", False),  # definite: `speakers._unnamed` reads it
    ("an official Kim Jong Un trusts", False),  # a name after the noun
])
def test_unnamed_source(phrase: str, expected: bool) -> None:
    assert unnamed_source(phrase) is expected


def test_he_after_an_unnamed_subject_is_nobody() -> None:
    assert claims('Vladimir Putin declined to deny anything. "What we do with our ally is our business," he told '
                  'journalists.',
                  'A retired Argentine general I spoke to this week put it more bluntly. "The Russians will spend '
                  'those boys the way they spent their own prisoners," he said.') == [
        ("Vladimir Putin declined to deny anything", ""),
        ("What we do with our ally is our business", "vladimir-putin"),
        ("A retired Argentine general I spoke to this week put it more bluntly", ""),
        ("The Russians will spend those boys the way they spent their own prisoners", "")]


def test_he_after_a_named_person_is_still_theirs() -> None:
    assert claims("A retired general spoke first at the meeting in Buenos Aires.",
                  'Then Vladimir Putin answered. "What we do with our ally is our business," he said.')[-1] == (
        "What we do with our ally is our business", "vladimir-putin")
    assert (indefinite_subject("A retired Argentine general said"), indefinite_subject("A decision by the minister"),
            indefinite_subject("A 45-year-old man was")) == (True, False, False)


def test_a_forecast_with_a_pronoun_subject_is_the_speakers() -> None:
    assert claims('Hala El-Sayed, a shipping economist in Cairo, said premiums remained high. '
                  '"The canal can cut its fees," she said. She expected traffic to stabilise around 65 ships a day.'
                  )[-1] == ("She expected traffic to stabilise around 65 ships a day", "hala-el-sayed")


def test_an_expected_event_is_no_forecast_of_anyone() -> None:
    assert claims("Traffic is expected to rise to 70 ships this year.") == [
        ("Traffic is expected to rise to 70 ships this year", "")]


def test_a_name_and_a_colon_before_a_quotation() -> None:
    assert claims("Moscow's line has not moved. Dmitry Peskov: cooperation with Pyongyang \"is not directed against "
                  "third countries\". The Kremlin did not deny the deployment.") == [
        ("Moscow's line has not moved", ""),
        ("is not directed against third countries", "dmitry-peskov"),
        ("The Kremlin did not deny the deployment", "")]


def test_a_label_is_no_named_colon() -> None:
    assert named_colon("TOM HALE: The Corporation disputes \"that\".") is None
    assert named_colon("Dmitry Peskov: it \"is not directed\".") == ((0, 13), 13, 18)


def test_a_finding_that_follows_its_words() -> None:
    assert claims("About one in three water points audited in four regions was not working when auditors visited, "
                  "the Auditor-General has found.",
                  '"Behind each broken pump there is a village that walks further for water," Auditor-General '
                  'Petrina Shivute-Amukwaya said when the report was tabled.') == [
        ("About one in three water points audited in four regions was not working when auditors visited",
         "petrina-shivute-amukwaya"),
        ("Behind each broken pump there is a village that walks further for water", "petrina-shivute-amukwaya")]


def test_found_with_an_object_is_no_finding() -> None:
    text = "Rescuers found the wreck on Sunday."
    assert find_frames(text, quoted_spans(text)) == []


def test_a_view_without_its_comma() -> None:
    assert claims("Radosław Sikorski spoke in Warsaw on Monday.",
                  "Sikorski also appealed to Beijing. In his opinion China is the one capital Pyongyang still "
                  "listens to.")[-1] == ("China is the one capital Pyongyang still listens to", "radoslaw-sikorski")


def test_a_frame_between_a_short_subject_and_its_predicate() -> None:
    assert claims("Volodymyr Zelensky spoke to reporters in Kyiv on Monday.",
                  "Ukraine, he told KBS, would gladly share its battlefield experience with South Korean forces."
                  )[-1] == ("Ukraine, he told KBS, would gladly share its battlefield experience with South Korean "
                            "forces", "volodymyr-zelensky")


def test_a_speech_act_joined_by_and() -> None:
    assert claims('The Ukrainian Canadian Congress said in a statement that the deployment showed "the war has '
                  'already gone global" and called on the federal government to speed up deliveries of promised '
                  'armoured vehicles.') == [
        ('the deployment showed "the war has already gone global"', "ukrainian-canadian-congress"),
        ("the federal government to speed up deliveries of promised armoured vehicles", "ukrainian-canadian-congress")]


def test_a_participle_after_a_preposition_is_no_frame() -> None:
    text = "The army awaits deliveries of promised armoured vehicles."
    assert find_frames(text, quoted_spans(text)) == []


def test_no_conjunction_is_left_before_a_frame_and_nobody_is_no_speaker() -> None:
    assert claims("Officials there say the deployment has changed the threat on the peninsula, even if nobody "
                  "expects the North to start a war.") == [
        ("the deployment has changed the threat on the peninsula", ""),
        ("the North to start a war", "")]
    assert (indefinite_pronoun("Nobody"), indefinite_pronoun("no one"), indefinite_pronoun("Nobel")) == (True, True, False)


def test_a_request_keeps_its_asker() -> None:
    assert claims("Han Jae-seok spoke to us in Seoul.",
                  "Han: He asked for air defence, and I understand why. My own view is that we should go step by "
                  "step.")[1:] == [
        ("He asked for air defence, and I understand why", "han-jae-seok"),
        ("My own view is that we should go step by step", "han-jae-seok")]


def test_an_occasion_used_to_speak() -> None:
    assert claims("South Korean President Yoon Suk Yeol used a session on global governance to warn that military "
                  "cooperation between Moscow and Pyongyang threatens the security of the Indo-Pacific.") == [
        ("South Korean President Yoon Suk Yeol used a session on global governance", ""),
        ("military cooperation between Moscow and Pyongyang threatens the security of the Indo-Pacific",
         "yoon-suk-yeol")]


def test_no_occasion_without_a_speech_verb_and_that() -> None:
    assert [OCCASION.search(t) for t in ("He took a train to Kyiv to see that the bridge stood.",
                                         "She used the money to say thanks.")] == [None, None]
